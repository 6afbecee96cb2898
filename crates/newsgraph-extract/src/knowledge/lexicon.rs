//! Per-language lexicons (`ontology/lexicons/<lang>/`) and the event types
//! (`ontology/events.tsv`). Each language is a folder; nothing in Rust names
//! a language or an event type.

use std::collections::HashSet;

use regex::{Regex, RegexBuilder};

use super::data::{list, optional, tsv_rows, DataFiles};
use super::gazetteer::EntityKind;
use super::morphology::Morphology;
use super::KnowledgeError;
use crate::patterns::{
    ascii_boundaries, ascii_letters, prefilter_form, PatternSet, LAZY_DFA_CACHE,
};
use crate::temporal::{DateLexicon, DatePatterns, Precision, RelativeDate, TimeUnit};

/// What the rules know about one kind of event: which mentions fill its roles.
#[derive(Debug, Clone)]
pub struct EventType {
    /// Local name of the ontology class, e.g. `Meeting`.
    pub name: String,
    /// Groups of entity kinds that may be actors, in order of preference.
    pub actor_groups: Vec<Vec<EntityKind>>,
    /// Whether actors are reported as the states they stand for.
    pub actors_as_states: bool,
    /// Fewest actors (at least 1 counts) a statement needs to be an event of
    /// its own; with fewer it can only add to an event already found.
    pub min_actors: usize,
    /// 0 means no limit.
    pub max_actors: usize,
    /// Entity kinds that may be the event's place, in order of preference.
    pub place_kinds: Vec<EntityKind>,
    /// Whether the place must follow the trigger (a destination) or may be anywhere.
    pub place_after_trigger: bool,
    /// How many days one such event may last: mentions of it that many days
    /// apart (a visit's arrival and its talks) are still one event.
    pub duration_days: u32,
    /// Indexes of the event types whose place fills a missing place of this
    /// one when they share an actor and a time (a meeting during a visit), in
    /// order of preference.
    pub place_from: Vec<usize>,
    /// Whether an event of this type without a place is dropped: a visit
    /// without a destination says too little to be a fact.
    pub place_required: bool,
    /// Whether each pair of the event's parties gets a derived key (who met whom).
    pub pair_keys: bool,
    /// Whether mentions whose actors only overlap are one event (an exercise
    /// told as "Russia and Belarus" in the lead and "Russia" with a guest
    /// state later); otherwise one actor set must hold the other.
    pub merge_overlap: bool,
    /// Whether states named as watching the event (references.tsv
    /// `observer`: "sent officers to observe the drill") are left out of its
    /// actors.
    pub observers_out: bool,
    /// Whether the state that makes a named weapon system
    /// (`lists/weapon-makers.tsv`) is the other party of an event whose
    /// sentence names only one state ("Taiwan's purchase of F-16V jets").
    pub maker_party: bool,
    /// Whether the state each person among the actors serves is an actor
    /// too (a minister's visit is their state's).
    pub home_states: bool,
    /// Whether the state the event's place lies in is an actor too (the
    /// host of a visit, CAMEO's "host a visit").
    pub host_state: bool,
    /// Whether the people and organisations a statement names for the
    /// states among the actors are actors too, beside those states (who
    /// signs a deal, the maker it is with).
    pub named_parties: bool,
    /// Whether two statements naming only different weapon systems
    /// (`lists/weapon-makers.tsv`) are two events: a submarine deal signed
    /// beside a fighter deal between the same states.
    pub distinct_systems: bool,
    /// Whether a place in the actors' own country (where a launch starts)
    /// is the event's place rather than the waters it reaches.
    pub home_over_waters: bool,
    /// Whether a named series the sentence names (`lists/standing-parties.tsv`:
    /// "Keris Woomera", "Garuda Shield") brings its standing states as actors.
    pub standing_parties: bool,
    /// Whether an event the text gives no place is in the dateline's city
    /// (the report is filed where the talks are).
    pub dateline_place: bool,
}

/// Whether an event has happened or is only planned (`ng:occurred`,
/// `ng:expected`); a negated one is not an event at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    /// It happened.
    Occurred,
    /// It is planned, expected or possible.
    Expected,
}

impl Status {
    /// The name used in data files and IRIs: `occurred` or `expected`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Occurred => "occurred",
            Self::Expected => "expected",
        }
    }
}

/// Phrases of `references.tsv` that point to the states of an event.
#[derive(Debug, Default)]
pub struct StatePhrases {
    /// The whole text between an event noun and a state right after it that
    /// makes the state its possessor ("peluncuran rudal jarak pendek *Korea Utara*").
    pub possessors_after: Vec<Regex>,
    /// Phrases that refer back to the last two states named ("kedua negara",
    /// "both countries"): they take part in an event of states.
    pub state_pairs: Vec<Regex>,
    /// Trigger texts that list who takes part in an event told before ("the
    /// air forces involved are from …"): the states they name join it.
    pub participant_lists: Vec<Regex>,
    /// Trigger texts that hand weapons over ("delivered", "mengirimkan"): the
    /// other party is who receives them, never the maker of what is handed.
    pub handovers: Vec<Regex>,
    /// Text between a meeting trigger and the first of several hosts of one
    /// state that makes them one group met together ("a meeting with Russian
    /// officials, including A and B"), not a meeting with each.
    pub host_groups: Vec<Regex>,
    /// Text before the people who travel with the one person of an event
    /// ("accompanied by", "a delegation that included"): they take part too
    /// (`companion`, `extract::named_parties::add_companions`).
    pub companions: Vec<Regex>,
    /// Text right after a state's name or demonym that makes the phrase name
    /// its capital ("the Moroccan *capital*"); group 1 ends the phrase.
    pub capitals: Vec<Regex>,
    /// Text right before a demonym that lets it take a `capital` phrase ("*the* Moroccan").
    pub capital_before: Vec<Regex>,
    /// Text right before a state's name that makes the phrase name its
    /// capital ("*ibu kota* Turki").
    pub capital_prefix: Vec<Regex>,
    /// A phrase that names the capital of the state in focus, the state or
    /// city named last ("arrived in *the capital*"); group 1 is the phrase.
    pub capital_alone: Vec<Regex>,
    /// Text right after a state's name or demonym that makes the phrase name
    /// the city of that state named last ("the Saudi *city*"); group 1 ends it.
    pub city_after: Vec<Regex>,
    /// A phrase that names the city named last ("di *kota itu*"); group 1 is the phrase.
    pub city_alone: Vec<Regex>,
    /// Cues that the states of their clause only watch an event ("sent
    /// officers to observe", "sebagai peninjau"): in a type with `observers`
    /// they take no part in it.
    pub observers: Vec<Regex>,
    /// Marks that end one clause and open another ("; ", ", while",
    /// "sementara"): an observer cue reaches no further.
    pub clause_breaks: Vec<Regex>,
    /// Marks that join two clauses or two list items (", and", ", dan"): a
    /// clause break only between two triggers of one type ("X visited A, and
    /// Y visited B"), not in a list ("Japan, Korea, and the US held drills").
    pub clause_joins: Vec<Regex>,
    /// Clauses that name states or people reacting to an event from outside
    /// (", which North Korea condemned", "drawing criticism from China"):
    /// the names from such a cue to the end of its clause take no part in
    /// an event told before the cue (`critic`).
    pub critics: Vec<Regex>,
    /// Text right before a trigger (anchored at `$`) that makes the names
    /// before it in its clause react to the event rather than act in it
    /// ("China *condemned the* drills"; `critic_of`).
    pub critics_of: Vec<Regex>,
    /// A clause of time telling another act ("hours after South Korea and
    /// the United States ended their drills", `aside`): a trigger inside it
    /// takes no names of the main clause before it.
    pub asides: Vec<Regex>,
    /// The text from a meeting noun on that names only whom it is held with
    /// ("Talks with Prime Minister X focused on …"): with no person before
    /// it, the person in focus holds it (`implicit_subject`).
    pub implicit_subjects: Vec<Regex>,
    /// A trip told before, as the subject of what it includes ("the trip
    /// would include talks with …", `trip_part`): whoever is named before
    /// it (a speaker) neither travels nor talks; the traveller in focus does.
    pub trip_parts: Vec<Regex>,
    /// A counterpart named by no state ("his counterpart", "mitranya"): in a
    /// meeting abroad, the host state's official (`counterpart`).
    pub counterparts: Vec<Regex>,
    /// Text right before the person an article interviews ("We spoke to",
    /// "mewawancarai"): the "I" and "we" of the answers are that person's.
    pub interviewees: Vec<Regex>,
    /// Text before a trigger, from the sentence's start, that puts the event on
    /// the sidelines of a gathering told before ("On the sidelines of the
    /// opening, …", "Di sela pembukaan, …"): it is held where that one is.
    pub sidelines: Vec<Regex>,
    /// A first-person subject ("we", "kami"): in an interview's answer, the
    /// interviewee (`interviewee`).
    pub first_person: Vec<Regex>,
    /// Text right before a trigger (anchored at `$`) that tells another
    /// occasion than the one reported ("their previous meeting", "last visited").
    pub other_occasions: Vec<Regex>,
    /// Text right after a trigger (anchored at `^`) that does so ("uji coba
    /// sebelumnya", "kunjungan balasan").
    pub other_occasions_after: Vec<Regex>,
    /// Text right before a trigger (anchored at `$`) that tells an event apart
    /// from those told before it ("its own exercise", "a separate meeting").
    pub own_events: Vec<Regex>,
    /// Text right after a trigger (anchored at `^`) that does so ("latihan
    /// sendiri", "pertemuan terpisah").
    pub own_events_after: Vec<Regex>,
    /// Text right before a trigger noun (anchored at `$`) that makes it refer
    /// back to the event reported ("Ruto's visit", "the talks"; `back_reference`):
    /// a date beyond another trigger after it is that trigger's, not its own.
    pub back_references: Vec<Regex>,
    /// Text right after a trigger noun (anchored at `^`) that does so
    /// ("kunjungan tersebut", "pembicaraan keduanya"; `back_reference_after`).
    pub back_references_after: Vec<Regex>,
    /// The text from such a noun to a date after it (anchored at `^`) that
    /// puts the date in a relative clause about a later noun ("… kesepakatan
    /// gandum yang ditinggalkan Moskow pada Juli lalu"; `back_reference_clause`).
    pub back_reference_clauses: Vec<Regex>,
    /// Text right before a trigger (anchored at `$`, from the comma on) that
    /// sets it off as an apposition restating the event of its sentence
    /// (", its first ICBM test in three months"; `appositive`).
    pub appositives: Vec<Regex>,
    /// Text right after a trigger set off by a comma (anchored at `^`) that
    /// does so (", uji coba ICBM *pertamanya*"; `appositive_after`).
    pub appositives_after: Vec<Regex>,
    /// An inserted relative clause, from the comma that opens it to the end
    /// of its words (", who visited Beijing last month"): what it tells is
    /// its own, not the main clause's (`inserted_clause`).
    pub inserted_clauses: Vec<Regex>,
    /// Text right before an organisation's name (anchored at `$`) that names
    /// its members as a party of a gathering of people ("leaders of the",
    /// "talks with"): "Xi met leaders of the GCC" is a meeting of Xi and the GCC.
    pub group_before: Vec<Regex>,
    /// Text right after an organisation's name (anchored at `^`) that does so
    /// ("the Quad leaders met").
    pub group_after: Vec<Regex>,
    /// Text right before a state's name (anchored at `$`) that makes it the
    /// flag of a warship or navy ("kapal perang Angkatan Laut India").
    pub vessel_before: Vec<Regex>,
    /// Text right after a state's name or demonym (anchored at `^`) that
    /// does so ("Australian frigate", "Chinese navy flotilla").
    pub vessel_after: Vec<Regex>,
}

/// A row of `triggers.tsv`: a pattern that states an event of one type.
#[derive(Debug)]
pub(crate) struct Trigger {
    /// The rule id (`en.meeting.met`), written as provenance.
    pub rule: String,
    /// The actor usually follows the trigger (a noun: "kunjungan Shoigu", "undangan").
    pub subject_after: bool,
    /// A passive verb ("dikunjungi Blinken"): the agent follows it, and what
    /// it acts on (for a trip, the destination) stands before it.
    pub passive: bool,
    /// A gathering named for an organisation ("KTT ASEAN", "summit of the
    /// G20"): the organisation named right by the trigger takes part, and with
    /// it the event needs no second actor.
    pub organisation: bool,
    /// A port call (`subject` = `vessel`: "INS Sahyadri berlabuh di Ambon"):
    /// its actor is a warship or a navy, reported as its state, never a person.
    pub vessel: bool,
    /// A definite noun that names an event told before ("the launch", "uji
    /// coba tersebut"; `reads` = `follow_up`): it only adds its date and place
    /// to that event, and never states one of its own.
    pub follow_up: bool,
    /// A noun naming a repeat of an event told before ("another launch", "a
    /// similar test"; `reads` = `repeat`): it continues the latest event of
    /// its type, on another day as another event of its actors, and never
    /// states one alone.
    pub repeat: bool,
    /// A repeat that recalls an earlier occasion (`reads` = `recall`: "the
    /// last edition was held in 2023"): dated, it is marked as another
    /// occasion, so later statements of the reported one pass it over.
    pub recall: bool,
    /// A signing states a meeting only of people (`reads` = `people`): "X
    /// signed a pact with Y" meets face to face only when X or Y is a person;
    /// two states named alone signed, they did not meet.
    pub people: bool,
    /// Index into [`Knowledge::event_types`](super::Knowledge::event_types).
    pub event_type: usize,
    /// The trigger words, case-insensitive: a match is the trigger's span.
    pub pattern: Regex,
    /// The rule fires only if this also matches the sentence.
    pub requires: Option<Regex>,
    /// The rule does not fire if this matches the sentence; a match that
    /// holds the group `(?P<hit>…)` only drops the trigger matches it overlaps.
    pub excludes: Option<Regex>,
}

/// A row of `status.tsv`: words near a trigger that say its status.
#[derive(Debug)]
pub(crate) struct StatusCue {
    /// `None` for a negation: the event did not happen and is not planned.
    pub status: Option<Status>,
    /// The cue must stand before the trigger (else after it).
    pub before: bool,
    /// Most bytes allowed between cue and trigger.
    pub max_gap: usize,
    /// The cue governs its clause (side `before scope`, `after scope`): it
    /// outranks any nearer plain cue and a resolved date ("denied reports that
    /// X had met Y", "cancelled a planned visit").
    pub governs: bool,
    /// The cue words, case-insensitive.
    pub pattern: Regex,
    /// The pattern has a group `(?P<cue>…)`: the cue stands on that group
    /// only, the rest of the match is its context ("discussed the possible
    /// *transfer*": a trigger inside the context is not reached).
    pub cue_group: bool,
}

/// A row of `attribution.tsv`: how a sentence names its source.
#[derive(Debug)]
pub struct Attribution {
    /// The rule id (`en.attr.according`), written as provenance.
    pub rule: String,
    /// A reporter ("according to KCNA") is never a party; a speaker ("North
    /// Korea said") may be one.
    pub reporter: bool,
    /// Case-sensitive, with a named group `source` around who says so.
    pub pattern: Regex,
}

/// The rows of `page.tsv`: page layout written in this language (segmentation
/// applies every language's rules to every page).
#[derive(Debug, Default)]
pub(crate) struct PageRules {
    /// Lines left out of extraction (advertisements, "Read more:").
    pub skip_line: Vec<Regex>,
    /// Lines left out together with the next non-empty line ("Baca Juga" and its link).
    pub skip_with_next: Vec<Regex>,
    /// Lines before which the body ends ("Related Articles").
    pub end_body: Vec<Regex>,
    /// Regexes with named groups `author` (and optionally `editor`).
    pub byline: Vec<Regex>,
    /// Regexes with named groups `publisher` and `place`; the body starts after the match.
    pub dateline: Vec<Regex>,
}

/// The lexicon of one language (`lexicons/<code>/`): the rules the stages
/// apply to its articles, patterns compiled.
#[derive(Debug)]
pub struct Language {
    /// The folder name under `lexicons/`, a lower-case language subtag (`en`, `id`).
    pub code: String,
    /// Common words (`stopwords.txt`), to detect the language of a text.
    pub(crate) stopwords: HashSet<String>,
    /// Abbreviations, periods included (`Mr.`, `U.S.`), whose final period
    /// ends no sentence (`abbreviations.txt`).
    pub(crate) abbreviations: HashSet<String>,
    pub(crate) triggers: Vec<Trigger>,
    /// All trigger patterns at once, to skip sentences that hold none.
    pub trigger_set: PatternSet,
    pub(crate) status_cues: Vec<StatusCue>,
    /// All status cue patterns at once: a sentence is searched for the few
    /// cues it holds, not for each cue in turn.
    pub status_set: PatternSet,
    /// Regexes with a named group `source`, and whether the source may also be a party.
    pub attributions: Vec<Attribution>,
    /// All attribution patterns at once, to skip sentences that quote no one.
    pub attribution_set: PatternSet,
    /// Month and weekday names and date phrases (`dates.tsv`).
    pub dates: DateLexicon,
    /// The date patterns built from `dates`.
    pub date_patterns: crate::temporal::DatePatterns,
    pub(crate) page: PageRules,
    /// Phrases that refer back to the last two people named ("the two leaders").
    pub pair_references: Vec<Regex>,
    /// Text right before a name that gives it a role ("in", "to", "by", "welcomed").
    pub before_name: BeforeName,
    /// Text right before a name that makes an organisation's name a weapon's
    /// ("rudal permukaan-ke-permukaan Fatah"), so it names no party.
    pub weapon_names: Vec<Regex>,
    /// Text right after a name that does the same ("Fatah series
    /// surface-to-surface missile").
    pub weapon_names_after: Vec<Regex>,
    /// Words in a sentence that point back to the time told last ("at the
    /// time", "the same month"), with the precision they keep of it: none
    /// keeps it whole; a day ("the same day") asks for the last day told.
    pub time_anaphors: Vec<(Regex, Option<Precision>)>,
    /// Text between two destinations that makes the second a further leg of the trip.
    pub next_legs: Vec<Regex>,
    /// Text right after a name that makes it only relate someone else ("'s neighbour").
    pub relations: Vec<Regex>,
    /// Words between two names that keep the first from qualifying the second ("and").
    pub joiners: Vec<Regex>,
    /// A word that never ends an attribution's source: "met Xi in Moscow and said".
    pub source_ends: Vec<Regex>,
    /// The mark right after a name or a date that makes it possess what follows ("'s").
    pub possessives: Vec<Regex>,
    /// Phrases that point to states not named where the event is: a possessor
    /// after the noun, the two states just named.
    pub(crate) state_phrases: StatePhrases,
    /// Text right after a speaker's attribution that makes it speak of its own act ("said it").
    pub self_references: Vec<Regex>,
    /// Text from a trigger on that opens the list of its parties ("talks
    /// between", anchored at `^`): the names in that list are its only parties.
    pub betweens: Vec<Regex>,
    /// Words next to a trigger that make it refer back to an event already told ("latihan ini").
    pub anaphors: Vec<Regex>,
    /// Trigger texts that refer back by themselves ("rudal itu jatuh").
    pub anaphors_in_trigger: Vec<Regex>,
    /// Anaphors before a trigger that take part in the event as known
    /// ("ikut serta dalam latihan"): with no such event told before, they introduce it.
    pub introducers: Vec<Regex>,
    /// Pronouns that stand for the person named last ("he", "ia").
    pub pronouns: Vec<Regex>,
    /// The whole text from a sentence's start to a trigger that opens an
    /// adverbial clause without a subject ("Saat", "While", "During his"):
    /// the subject is the main clause's, after the comma that closes it.
    pub fronted_clauses: Vec<Regex>,
    /// "Since" dates: the time of something else, or the start of the event itself.
    pub other_time_references: OtherTime,
    /// Titles and roles that introduce a person or organisation (`titles.tsv`).
    pub titles: super::titles::Titles,
}

/// What the text right before a name makes of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameCue {
    /// A location ("in", "di"), not a party.
    Locative,
    /// The one who acts ("oleh", "by").
    Agent,
    /// The one who acts, after a passive verb that may stand apart from the
    /// event noun ("uji coba rudal anti-satelit yang dilakukan Rusia").
    PassiveAgent,
    /// Who made what the event uses ("a missile developed by", "rudal yang
    /// dibuat oleh"): never the one who fires it.
    Maker,
    /// Where someone goes ("to", "ke").
    Destination,
    /// What is talked about, not a venue ("the war in").
    Topic,
    /// The guest a host receives ("welcomed").
    Guest,
    /// What a weapon is fired at ("menghantam", "struck"): a launch at a
    /// state or a city is an attack, not a test.
    Target,
    /// Where a weapon is fired to ("ke arah", "toward"): an attack when it is
    /// a city; toward a state it may be a test over its sea ("ke arah Jepang").
    Toward,
    /// Only relates someone else, as the state an envoy is posted to
    /// ("ambassador to Indonesia"): no party.
    Relation,
    /// What an event is aimed at or answers ("to counter", "untuk menangkal").
    Adversary,
    /// A place the event is held in or around ("in", "di wilayah", "around"),
    /// unlike other locatives ("against"): a state so named may be the
    /// place of an event whose parties are states.
    Within,
}

/// The `references.tsv` patterns read right before a name, as one set: one
/// search per name instead of one per pattern. Pattern `i` marks `kinds[i]`.
#[derive(Debug)]
pub struct BeforeName {
    /// The patterns with ASCII word boundaries, case-insensitive, in file order.
    pub set: PatternSet,
    /// The cue each pattern of `set` marks, by pattern index.
    pub kinds: Vec<NameCue>,
    /// The patterns with non-ASCII letters, hence Unicode word boundaries,
    /// apart: in the set, one of them made any non-ASCII character in the
    /// text (a curly quote) send the whole set's search from the lazy DFA to
    /// the PikeVM, 3% of an `extract`. Each alone keeps its literal prefilter.
    unicode: Vec<(Regex, NameCue)>,
}

impl BeforeName {
    /// One case-insensitive set over the `before_name` patterns, each with its cue kind.
    fn build(patterns: Vec<(Regex, NameCue)>) -> Result<Self, regex::Error> {
        let (unicode, ascii): (Vec<_>, Vec<_>) = patterns
            .into_iter()
            .partition(|(r, _)| !ascii_letters(r.as_str()));
        Ok(Self {
            set: PatternSet::new(
                &ascii.iter().map(|(r, _)| r.as_str()).collect::<Vec<_>>(),
                true,
                LAZY_DFA_CACHE,
            )?,
            kinds: ascii.into_iter().map(|(_, kind)| kind).collect(),
            unicode,
        })
    }

    /// The cues of the text before a name (its tail, where the patterns end with `$`).
    pub fn cues(&self, before: &str) -> Vec<NameCue> {
        let mut cues: Vec<NameCue> = self
            .set
            .matches(before)
            .iter()
            .map(|i| self.kinds[i])
            .collect();
        cues.extend(
            self.unicode
                .iter()
                .filter(|(r, _)| r.is_match(before))
                .map(|(_, kind)| *kind),
        );
        cues
    }
}

/// One set of `patterns` that finds which of them a text may hold, in one pass.
fn prefilter_set<'a>(
    patterns: impl Iterator<Item = &'a Regex>,
    case_insensitive: bool,
) -> Result<PatternSet, regex::Error> {
    let patterns: Vec<_> = patterns.map(|p| prefilter_form(p.as_str())).collect();
    // A roomy lazy-DFA cache: with the default one the set's DFA thrashes on
    // long sentences and the search falls back to the (4x slower) PikeVM.
    PatternSet::new(&patterns, case_insensitive, LAZY_DFA_CACHE)
}

fn compile(
    files: &DataFiles,
    path: &str,
    line: usize,
    pattern: &str,
) -> Result<Regex, KnowledgeError> {
    RegexBuilder::new(&ascii_boundaries(pattern))
        .case_insensitive(true)
        .build()
        .map_err(|e| KnowledgeError::Tsv {
            path: files.display_path(path),
            line,
            message: format!("invalid pattern `{pattern}`: {e}"),
        })
}

/// Like [`compile`], but keeps case: page layout and attribution rules rely on capitals.
fn compile_exact(
    files: &DataFiles,
    path: &str,
    line: usize,
    pattern: &str,
) -> Result<Regex, KnowledgeError> {
    Regex::new(&ascii_boundaries(pattern)).map_err(|e| KnowledgeError::Tsv {
        path: files.display_path(path),
        line,
        message: format!("invalid pattern `{pattern}`: {e}"),
    })
}

/// Reads `events.tsv` and links each `place_from` to its type.
pub(crate) fn load_event_types(files: &DataFiles) -> Result<Vec<EventType>, KnowledgeError> {
    let path = "events.tsv";
    let text = files.get(path).ok_or_else(|| KnowledgeError::Missing {
        path: files.display_path(path),
    })?;
    let header = [
        "type",
        "actors",
        "actors_as_states",
        "min_actors",
        "max_actors",
        "place_kinds",
        "place_side",
        "duration_days",
        "place_from",
        "place_required",
        "pair_keys",
        "merge_overlap",
        "observers",
        "maker",
        "home_states",
        "host_state",
        "named_parties",
        "distinct_systems",
        "home_over_waters",
        "standing_parties",
        "dateline_place",
    ];
    let mut types = Vec::new();
    let mut place_from_names = Vec::new();
    for row in tsv_rows(files, path, text, &header)? {
        let event_type = parse_event_type(&row.cells).map_err(|message| row.error(message))?;
        types.push(event_type);
        place_from_names.push((row.line, row.cells[8].trim().to_string()));
    }
    for (index, (line, names)) in place_from_names.into_iter().enumerate() {
        for name in list(&names) {
            let other =
                types
                    .iter()
                    .position(|t| t.name == name)
                    .ok_or_else(|| KnowledgeError::Tsv {
                        path: files.display_path(path),
                        line,
                        message: format!("place_from `{name}` is not an event type of this file"),
                    })?;
            types[index].place_from.push(other);
        }
    }
    Ok(types)
}

/// One row of `events.tsv` (place_from still unresolved), or what is wrong.
fn parse_event_type(c: &[&str]) -> Result<EventType, String> {
    let kinds = |cell: &str| -> Result<Vec<EntityKind>, String> {
        list(cell)
            .iter()
            .map(|k| EntityKind::parse(k).ok_or_else(|| format!("unknown entity type `{k}`")))
            .collect()
    };
    let number = |cell: &str, column: &str| -> Result<usize, String> {
        cell.trim()
            .parse()
            .map_err(|_| format!("{column} `{cell}` is not a whole number"))
    };
    Ok(EventType {
        name: c[0].trim().to_string(),
        actor_groups: c[1].split('>').map(kinds).collect::<Result<Vec<_>, _>>()?,
        actors_as_states: yes_or_no(c[2], "actors_as_states")?,
        min_actors: number(c[3], "min_actors")?,
        max_actors: number(c[4], "max_actors")?,
        place_kinds: kinds(c[5])?,
        place_after_trigger: match c[6].trim() {
            "after" => true,
            "any" => false,
            other => return Err(format!("place_side `{other}` must be after or any")),
        },
        duration_days: number(c[7], "duration_days")? as u32,
        place_from: Vec::new(),
        place_required: yes_or_no(c[9], "place_required")?,
        pair_keys: yes_or_no(c[10], "pair_keys")?,
        merge_overlap: yes_or_no(c[11], "merge_overlap")?,
        observers_out: yes_or_no(c[12], "observers")?,
        maker_party: yes_or_no(c[13], "maker")?,
        home_states: yes_or_no(c[14], "home_states")?,
        host_state: yes_or_no(c[15], "host_state")?,
        named_parties: yes_or_no(c[16], "named_parties")?,
        distinct_systems: yes_or_no(c[17], "distinct_systems")?,
        home_over_waters: yes_or_no(c[18], "home_over_waters")?,
        standing_parties: yes_or_no(c[19], "standing_parties")?,
        dateline_place: yes_or_no(c[20], "dateline_place")?,
    })
}

fn yes_or_no(cell: &str, column: &str) -> Result<bool, String> {
    match cell.trim() {
        "yes" => Ok(true),
        "no" => Ok(false),
        other => Err(format!("{column} `{other}` must be yes or no")),
    }
}

/// Reads the lexicon of every folder of `lexicons/`, sorted by code.
pub(crate) fn load_languages(
    files: &DataFiles,
    event_types: &[EventType],
) -> Result<Vec<Language>, KnowledgeError> {
    let mut codes: Vec<String> = files
        .matching("lexicons/", "")
        .filter_map(|(path, _)| {
            path.strip_prefix("lexicons/")?
                .split('/')
                .next()
                .map(String::from)
        })
        .collect();
    codes.sort();
    codes.dedup();
    // One thread per language (their regexes compile independently), joined in code order.
    std::thread::scope(|scope| {
        let loading: Vec<_> = codes
            .iter()
            .map(|code| scope.spawn(move || load_language(files, code, event_types)))
            .collect();
        loading
            .into_iter()
            .map(|thread| {
                thread
                    .join()
                    .unwrap_or_else(|e| std::panic::resume_unwind(e))
            })
            .collect()
    })
}

impl Language {
    /// The event type (index into the event types) of the trigger rule `trigger` indexes.
    pub fn trigger_type(&self, trigger: usize) -> usize {
        self.triggers[trigger].event_type
    }
}

/// Replaces each `<<name>>` in a pattern with the alternation of the lines of
/// `lists/name.txt` (names shared by every language: weapon systems, missiles).
fn expand_lists(
    files: &DataFiles,
    path: &str,
    line: usize,
    pattern: &str,
) -> Result<String, KnowledgeError> {
    let mut out = String::with_capacity(pattern.len());
    let mut rest = pattern;
    while let Some(start) = rest.find("<<") {
        let Some(len) = rest[start + 2..].find(">>") else {
            break;
        };
        let name = &rest[start + 2..start + 2 + len];
        let list = files
            .get(&format!("lists/{name}.txt"))
            .ok_or_else(|| KnowledgeError::Tsv {
                path: files.display_path(path),
                line,
                message: format!("`<<{name}>>` names no list: there is no lists/{name}.txt"),
            })?;
        let mut alternatives: Vec<&str> = list
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        // Longest first, so that "Leopard 2" is not cut to "Leopard".
        alternatives.sort_by_key(|a| std::cmp::Reverse(a.len()));
        out.push_str(&rest[..start]);
        out.push_str("(?:");
        out.push_str(&alternatives.join("|"));
        out.push(')');
        rest = &rest[start + 2 + len + 2..];
    }
    out.push_str(rest);
    Ok(out)
}

fn words(text: Option<&str>) -> HashSet<String> {
    text.unwrap_or("")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}

/// "Since" dates (`other_time`, `own_start` and `dated_clause` rows of `references.tsv`).
#[derive(Debug, Default)]
pub struct OtherTime {
    /// Text right before a date that makes it the time of something else ("sejak", "since").
    pub anchors: Vec<Regex>,
    /// Text from an event's trigger to such a date that makes the date the
    /// start of that event ("latihan yang digelar sejak 4 November").
    pub own_start: Vec<Regex>,
    /// Text from such a date to a trigger after it that makes the date the
    /// time of the trigger's clause ("since September, when Pyongyang fired").
    pub dated_clause: Vec<Regex>,
}

/// What `references.tsv` holds, by kind.
#[derive(Default)]
struct References {
    pair_references: Vec<Regex>,
    before_name: Vec<(Regex, NameCue)>,
    weapon_names: Vec<Regex>,
    weapon_names_after: Vec<Regex>,
    time_anaphors: Vec<(Regex, Option<Precision>)>,
    next_legs: Vec<Regex>,
    relations: Vec<Regex>,
    self_references: Vec<Regex>,
    betweens: Vec<Regex>,
    anaphors: Vec<Regex>,
    pronouns: Vec<Regex>,
    fronted_clauses: Vec<Regex>,
    other_time_references: OtherTime,
    anaphors_in_trigger: Vec<Regex>,
    introducers: Vec<Regex>,
    joiners: Vec<Regex>,
    source_ends: Vec<Regex>,
    possessives: Vec<Regex>,
    state_phrases: StatePhrases,
}

/// Runs `load` (files, path, text) on the language's data file `name`; one
/// loader per data file, and a language may lack any of them.
fn read_file<T>(
    files: &DataFiles,
    dir: &str,
    name: &str,
    load: impl Fn(&DataFiles, &str, &str) -> Result<T, KnowledgeError>,
) -> Result<Option<T>, KnowledgeError> {
    let path = format!("{dir}/{name}");
    match files.get(&path) {
        Some(text) => load(files, &path, text).map(Some),
        None => Ok(None),
    }
}

/// Reads `triggers.tsv` of one language; a stem written `<~stem:affixes>` in a
/// pattern stands for its forms (`morphology.tsv`).
fn load_triggers(
    files: &DataFiles,
    path: &str,
    text: &str,
    event_types: &[EventType],
    morphology: &Morphology,
) -> Result<Vec<Trigger>, KnowledgeError> {
    let mut triggers = Vec::new();
    for row in tsv_rows(
        files,
        path,
        text,
        &["rule", "type", "pattern", "requires", "excludes"],
    )? {
        let c = &row.cells;
        let event_type = event_types
            .iter()
            .position(|t| t.name == c[1].trim())
            .ok_or_else(|| {
                row.error(format!(
                    "event type `{}` is not declared in events.tsv",
                    c[1].trim()
                ))
            })?;
        let expand = |cell: &str| {
            morphology
                .expand(&expand_lists(files, path, row.line, cell)?)
                .map_err(|message| row.error(message))
        };
        let optional_regex = |cell: &str| {
            optional(cell)
                .map(|p| compile(files, path, row.line, &expand(&p)?))
                .transpose()
        };
        let subject = c.get(5).map(|c| c.trim()).unwrap_or("");
        let (subject_after, passive) = match subject {
            "" | "before" | "organisation" | "vessel" => (false, false),
            "after" => (true, false),
            "passive" => (true, true),
            other => {
                return Err(row.error(format!(
                "subject `{other}` must be before, after, passive, organisation, vessel or empty"
            )))
            }
        };
        let reads = c.get(6).map(|c| c.trim()).unwrap_or("");
        if !["", "event", "follow_up", "repeat", "recall", "people"].contains(&reads) {
            return Err(row.error(format!(
                "reads `{reads}` must be event, follow_up, repeat, recall, people or empty"
            )));
        }
        triggers.push(Trigger {
            subject_after,
            passive,
            organisation: subject == "organisation",
            vessel: subject == "vessel",
            follow_up: reads == "follow_up",
            repeat: reads == "repeat" || reads == "recall",
            recall: reads == "recall",
            people: reads == "people",
            rule: c[0].trim().to_string(),
            event_type,
            pattern: compile(files, path, row.line, &expand(c[2].trim())?)?,
            requires: optional_regex(c[3])?,
            excludes: optional_regex(c[4])?,
        });
    }
    Ok(triggers)
}

/// Reads `status.tsv` of one language.
fn load_status(
    files: &DataFiles,
    path: &str,
    text: &str,
) -> Result<Vec<StatusCue>, KnowledgeError> {
    let mut status_cues = Vec::new();
    for row in tsv_rows(files, path, text, &["status", "side", "max_gap", "pattern"])? {
        let c = &row.cells;
        status_cues.push(StatusCue {
            status: match c[0].trim() {
                "expected" => Some(Status::Expected),
                "occurred" => Some(Status::Occurred),
                "negated" => None,
                other => {
                    return Err(row.error(format!(
                        "status `{other}` must be expected, occurred or negated"
                    )))
                }
            },
            before: match c[1].split_whitespace().next() {
                Some("before") => true,
                Some("after") => false,
                _ => {
                    let side = c[1].trim();
                    return Err(row.error(format!("side `{side}` must be before or after")));
                }
            },
            governs: match c[1].split_whitespace().nth(1) {
                None => false,
                Some("scope") => true,
                Some(other) => {
                    return Err(row.error(format!("`{other}` after the side must be scope")))
                }
            },
            max_gap: c[2]
                .trim()
                .parse()
                .map_err(|_| row.error(format!("max_gap `{}` is not a whole number", c[2])))?,
            pattern: compile(files, path, row.line, c[3].trim())?,
            cue_group: c[3].contains("(?P<cue>"),
        });
    }
    Ok(status_cues)
}

/// Reads `attribution.tsv` of one language.
fn load_attributions(
    files: &DataFiles,
    path: &str,
    text: &str,
) -> Result<Vec<Attribution>, KnowledgeError> {
    let mut attributions = Vec::new();
    for row in tsv_rows(files, path, text, &["rule", "role", "pattern"])? {
        let regex = compile_exact(files, path, row.line, row.cells[2].trim())?;
        if regex.capture_names().all(|n| n != Some("source")) {
            return Err(row.error("an attribution pattern needs a named group `(?P<source>…)`"));
        }
        let reporter = match row.cells[1].trim() {
            "reporter" => true,
            "speaker" => false,
            other => return Err(row.error(format!("role `{other}` must be reporter or speaker"))),
        };
        attributions.push(Attribution {
            rule: row.cells[0].trim().to_string(),
            reporter,
            pattern: regex,
        });
    }
    Ok(attributions)
}

/// Reads `dates.tsv` of one language.
fn load_dates(files: &DataFiles, path: &str, text: &str) -> Result<DateLexicon, KnowledgeError> {
    let mut dates = DateLexicon {
        day_first: true,
        ..Default::default()
    };
    for row in tsv_rows(files, path, text, &["kind", "value", "pattern"])? {
        add_date_row(&mut dates, &row.cells).map_err(|message| row.error(message))?;
    }
    Ok(dates)
}

/// Adds one row of `dates.tsv` (kind, value, words or pattern) to the lexicon.
fn add_date_row(dates: &mut DateLexicon, c: &[&str]) -> Result<(), String> {
    let number = |cell: &str| -> Result<u32, String> {
        cell.trim()
            .parse()
            .map_err(|_| format!("value `{cell}` is not a whole number"))
    };
    let kind = c[0].trim();
    match kind {
        "month" => {
            let value = number(c[1])?;
            if !(1..=12).contains(&value) {
                return Err(format!("month `{value}` must be 1 to 12"));
            }
            dates.months.extend(list(c[2]).into_iter().map(|n| (n, value)));
        }
        "weekday" => {
            let value = number(c[1])?;
            dates.weekdays.extend(list(c[2]).into_iter().map(|n| (n, value)));
        }
        "prefix" => dates.prefixes.extend(list(c[2])),
        "ordinal" => dates.ordinals.extend(list(c[2])),
        "day_link" => dates.day_links.extend(list(c[2])),
        "range_link" => dates.range_links.extend(list(c[2])),
        "numeric_order" => dates.day_first = c[1].trim() == "dmy",
        "number" => {
            let value = number(c[1])?;
            dates.numbers.extend(list(c[2]).into_iter().map(|n| (n, value)));
        }
        "unit" => {
            let unit = time_unit(c[1].trim())?;
            dates.units.extend(list(c[2]).into_iter().map(|n| (n, unit)));
        }
        // `later`: counted from the time told last ("two days later").
        "direction" if c[1].trim() == "later" => dates.later_directions.extend(list(c[2])),
        "direction" | "month_direction" => {
            // `before`/`after`: counted from what follows ("tiga hari sebelum KTT").
            let (sign, anchored) = match (c[1].trim(), kind) {
                ("past", _) => (-1, false),
                ("future", _) => (1, false),
                ("before", "direction") => (-1, true),
                ("after", "direction") => (1, true),
                (other, "direction") => {
                    return Err(format!(
                        "direction `{other}` must be past, future, before, after or later"
                    ))
                }
                (other, _) => return Err(format!("{kind} `{other}` must be past or future")),
            };
            let table = match (kind, anchored) {
                (_, true) => &mut dates.anchored_directions,
                ("direction", false) => &mut dates.directions,
                _ => &mut dates.month_directions,
            };
            table.extend(list(c[2]).into_iter().map(|n| (n, sign)));
        }
        "relative" => dates.relative.push(relative_date(c[1].trim(), c[2].trim())?),
        other => {
            return Err(format!(
                "kind `{other}` must be month, weekday, prefix, ordinal, numeric_order, relative, number, unit or direction"
            ))
        }
    }
    Ok(())
}

fn time_unit(name: &str) -> Result<TimeUnit, String> {
    match name {
        "day" => Ok(TimeUnit::Day),
        "week" => Ok(TimeUnit::Week),
        "month" => Ok(TimeUnit::Month),
        "year" => Ok(TimeUnit::Year),
        other => Err(format!("unit `{other}` must be day, week, month or year")),
    }
}

/// A `relative` row: value `UNIT:OFFSET` (e.g. `week:-1`) and its pattern.
fn relative_date(value: &str, pattern: &str) -> Result<RelativeDate, String> {
    let (unit, offset) = value
        .split_once(':')
        .ok_or_else(|| format!("relative value `{value}` must be UNIT:OFFSET, e.g. week:-1"))?;
    let pattern = RegexBuilder::new(&ascii_boundaries(pattern))
        .case_insensitive(true)
        .build()
        .map_err(|e| format!("invalid pattern `{pattern}`: {e}"))?;
    Ok(RelativeDate {
        unit: time_unit(unit)?,
        offset: offset
            .parse()
            .map_err(|_| format!("offset `{offset}` is not a whole number"))?,
        pattern,
    })
}

/// Reads `page.tsv` of one language.
fn load_page(files: &DataFiles, path: &str, text: &str) -> Result<PageRules, KnowledgeError> {
    let mut page = PageRules::default();
    for row in tsv_rows(files, path, text, &["kind", "pattern"])? {
        let regex = compile_exact(files, path, row.line, row.cells[1].trim())?;
        match row.cells[0].trim() {
            "skip_line" => page.skip_line.push(regex),
            "skip_with_next" => page.skip_with_next.push(regex),
            "end_body" => page.end_body.push(regex),
            "byline" => page.byline.push(regex),
            "dateline" => page.dateline.push(regex),
            other => {
                return Err(row.error(format!(
                "kind `{other}` must be skip_line, skip_with_next, end_body, byline or dateline"
            )))
            }
        }
    }
    Ok(page)
}

/// An `introducer` row refers back as an anaphor does, and told first
/// introduces its event.
fn introducer(refs: &mut References, regex: Regex) {
    refs.anaphors.push(regex.clone());
    refs.introducers.push(regex);
}

/// A `back_reference` row ("Ruto's visit"), `back_reference_after`
/// ("kunjungan tersebut") or `back_reference_clause`.
fn back_reference(phrases: &mut StatePhrases, kind: &str, regex: Regex) {
    match kind {
        "back_reference_after" => phrases.back_references_after.push(regex),
        "back_reference_clause" => phrases.back_reference_clauses.push(regex),
        _ => phrases.back_references.push(regex), // "back_reference"
    }
}

/// The `references.tsv` kinds that describe how a state or person is named
/// around a trigger (`StatePhrases`); gives the pattern back for any other kind.
fn state_phrase(phrases: &mut StatePhrases, kind: &str, regex: Regex) -> Result<(), Regex> {
    match kind {
        "possessor_after" => phrases.possessors_after.push(regex),
        "state_pair" => phrases.state_pairs.push(regex),
        "participant_list" => phrases.participant_lists.push(regex),
        "handover" => phrases.handovers.push(regex),
        "host_group" => phrases.host_groups.push(regex),
        "companion" => phrases.companions.push(regex),
        "capital" => phrases.capitals.push(regex),
        "capital_before" => phrases.capital_before.push(regex),
        "capital_prefix" => phrases.capital_prefix.push(regex),
        "capital_alone" => phrases.capital_alone.push(regex),
        "city_after" => phrases.city_after.push(regex),
        "city_alone" => phrases.city_alone.push(regex),
        "observer" => phrases.observers.push(regex),
        "clause_break" => phrases.clause_breaks.push(regex),
        "clause_join" => phrases.clause_joins.push(regex),
        "critic" => phrases.critics.push(regex),
        "critic_of" => phrases.critics_of.push(regex),
        "aside" => phrases.asides.push(regex),
        "implicit_subject" => phrases.implicit_subjects.push(regex),
        "trip_part" => phrases.trip_parts.push(regex),
        "counterpart" => phrases.counterparts.push(regex),
        "interviewee" => phrases.interviewees.push(regex),
        "sideline" => phrases.sidelines.push(regex),
        "first_person" => phrases.first_person.push(regex),
        "other_occasion" => phrases.other_occasions.push(regex),
        "other_occasion_after" => phrases.other_occasions_after.push(regex),
        "own_event" => phrases.own_events.push(regex),
        "own_event_after" => phrases.own_events_after.push(regex),
        kind @ ("back_reference" | "back_reference_after" | "back_reference_clause") => {
            back_reference(phrases, kind, regex);
        }
        "appositive" => phrases.appositives.push(regex),
        "appositive_after" => phrases.appositives_after.push(regex),
        "inserted_clause" => phrases.inserted_clauses.push(regex),
        "group_before" => phrases.group_before.push(regex),
        "group_after" => phrases.group_after.push(regex),
        "vessel_before" => phrases.vessel_before.push(regex),
        "vessel_after" => phrases.vessel_after.push(regex),
        _ => return Err(regex),
    }
    Ok(())
}

/// Reads `references.tsv` of one language.
fn load_references(
    files: &DataFiles,
    path: &str,
    text: &str,
) -> Result<References, KnowledgeError> {
    let mut refs = References::default();
    for row in tsv_rows(files, path, text, &["kind", "pattern"])? {
        let regex = compile(files, path, row.line, row.cells[1].trim())?;
        match row.cells[0].trim() {
            "pair" => refs.pair_references.push(regex),
            "locative" => refs.before_name.push((regex, NameCue::Locative)),
            "within" => refs.before_name.push((regex, NameCue::Within)),
            "destination" => refs.before_name.push((regex, NameCue::Destination)),
            "then" => refs.time_anaphors.push((regex, None)),
            "then_day" => refs.time_anaphors.push((regex, Some(Precision::Day))),
            "then_month" => refs.time_anaphors.push((regex, Some(Precision::Month))),
            "then_year" => refs.time_anaphors.push((regex, Some(Precision::Year))),
            "next_leg" => refs.next_legs.push(regex),
            "relation" => refs.relations.push(regex),
            "relation_before" => refs.before_name.push((regex, NameCue::Relation)),
            "adversary" => refs.before_name.push((regex, NameCue::Adversary)),
            "topic" => refs.before_name.push((regex, NameCue::Topic)),
            // A ship named after a town is, like a topic, no place of the event.
            "ship_name" => refs.before_name.push((regex, NameCue::Topic)),
            "weapon_name" => refs.weapon_names.push(regex),
            "weapon_name_after" => refs.weapon_names_after.push(regex),
            "self_reference" => refs.self_references.push(regex),
            "between" => refs.betweens.push(regex),
            "guest" => refs.before_name.push((regex, NameCue::Guest)),
            "target" => refs.before_name.push((regex, NameCue::Target)),
            "toward" => refs.before_name.push((regex, NameCue::Toward)),
            "anaphor" => refs.anaphors.push(regex),
            "introducer" => introducer(&mut refs, regex),
            "agent" => refs.before_name.push((regex, NameCue::Agent)),
            "passive_agent" => refs.before_name.push((regex, NameCue::PassiveAgent)),
            "maker_before" => refs.before_name.push((regex, NameCue::Maker)),
            "pronoun" => refs.pronouns.push(regex),
            "fronted" => refs.fronted_clauses.push(regex),
            "other_time" => refs.other_time_references.anchors.push(regex),
            "own_start" => refs.other_time_references.own_start.push(regex),
            "dated_clause" => refs.other_time_references.dated_clause.push(regex),
            "anaphor_in_trigger" => refs.anaphors_in_trigger.push(regex),
            "joiner" => refs.joiners.push(regex),
            "source_end" => refs.source_ends.push(regex),
            "possessive" => refs.possessives.push(regex),
            other => {
                if state_phrase(&mut refs.state_phrases, other, regex).is_ok() {
                    continue;
                }
                return Err(row.error(format!("kind `{other}` must be pair, locative, within, destination, then, then_day, then_month, then_year, next_leg, relation, relation_before, adversary, topic, ship_name, weapon_name, weapon_name_after, self_reference, between, guest, target, toward, anaphor, anaphor_in_trigger, introducer, agent, passive_agent, maker_before, pronoun, fronted, other_time, own_start, dated_clause, joiner, source_end, possessive, possessor_after, state_pair, participant_list, handover, host_group, capital, capital_before, capital_prefix, capital_alone, city_after, city_alone, observer, clause_break, clause_join, critic, critic_of, aside, implicit_subject, trip_part, counterpart, interviewee, sideline, first_person, other_occasion, other_occasion_after, own_event, own_event_after, back_reference, back_reference_after, back_reference_clause, appositive, appositive_after, inserted_clause, group_before, group_after, vessel_before or vessel_after")));
            }
        }
    }
    Ok(refs)
}

/// The error for a file whose patterns do not compile together.
fn invalid_patterns(
    files: &DataFiles,
    dir: &str,
    file: &str,
) -> impl FnOnce(regex::Error) -> KnowledgeError {
    let path = files.display_path(&format!("{dir}/{file}"));
    move |e| KnowledgeError::Invalid {
        path,
        message: e.to_string(),
    }
}

/// The trigger rules of a language, their stems spelt out by its affix rules.
fn read_triggers(
    files: &DataFiles,
    dir: &str,
    event_types: &[EventType],
) -> Result<Vec<Trigger>, KnowledgeError> {
    let morphology = read_file(files, dir, "morphology.tsv", Morphology::load)?.unwrap_or_default();
    Ok(read_file(files, dir, "triggers.tsv", |f, p, t| {
        load_triggers(f, p, t, event_types, &morphology)
    })?
    .unwrap_or_default())
}

/// A language's stopwords (lower-cased) and abbreviations.
fn word_lists(files: &DataFiles, dir: &str) -> (HashSet<String>, HashSet<String>) {
    let stopwords = words(files.get(&format!("{dir}/stopwords.txt")))
        .into_iter()
        .map(|w| w.to_lowercase())
        .collect();
    (
        stopwords,
        words(files.get(&format!("{dir}/abbreviations.txt"))),
    )
}

/// The date patterns of a language's `dates.tsv` words.
fn build_date_patterns(
    files: &DataFiles,
    dir: &str,
    dates: &DateLexicon,
) -> Result<DatePatterns, KnowledgeError> {
    DatePatterns::build(dates).map_err(|e| KnowledgeError::Invalid {
        path: files.display_path(&format!("{dir}/dates.tsv")),
        message: format!("the month, weekday or prefix names do not form valid patterns: {e}"),
    })
}

/// The language's date words; without a `dates.tsv`, none, days first.
fn read_dates(files: &DataFiles, dir: &str) -> Result<DateLexicon, KnowledgeError> {
    Ok(
        read_file(files, dir, "dates.tsv", load_dates)?.unwrap_or_else(|| DateLexicon {
            day_first: true,
            ..Default::default()
        }),
    )
}

fn load_language(
    files: &DataFiles,
    code: &str,
    event_types: &[EventType],
) -> Result<Language, KnowledgeError> {
    let dir = format!("lexicons/{code}");
    let (stopwords, abbreviations) = word_lists(files, &dir);
    let triggers = read_triggers(files, &dir, event_types)?;
    let invalid_set = |file: &str| invalid_patterns(files, &dir, file);
    let trigger_set = prefilter_set(triggers.iter().map(|t| &t.pattern), true)
        .map_err(invalid_set("triggers.tsv"))?;
    let status_cues = read_file(files, &dir, "status.tsv", load_status)?.unwrap_or_default();
    let attributions =
        read_file(files, &dir, "attribution.tsv", load_attributions)?.unwrap_or_default();
    let dates = read_dates(files, &dir)?;
    let page = read_file(files, &dir, "page.tsv", load_page)?.unwrap_or_default();
    let titles =
        read_file(files, &dir, "titles.tsv", super::titles::load_titles)?.unwrap_or_default();
    let References {
        pair_references,
        before_name,
        weapon_names,
        weapon_names_after,
        time_anaphors,
        next_legs,
        relations,
        self_references,
        betweens,
        anaphors,
        pronouns,
        fronted_clauses,
        other_time_references,
        anaphors_in_trigger,
        introducers,
        joiners,
        source_ends,
        possessives,
        state_phrases,
    } = read_file(files, &dir, "references.tsv", load_references)?.unwrap_or_default();
    let before_name = BeforeName::build(before_name).map_err(invalid_set("references.tsv"))?;
    let attribution_set = prefilter_set(attributions.iter().map(|a| &a.pattern), false)
        .map_err(invalid_set("attribution.tsv"))?;
    let status_set = prefilter_set(status_cues.iter().map(|c| &c.pattern), true)
        .map_err(invalid_set("status.tsv"))?;
    let date_patterns = build_date_patterns(files, &dir, &dates)?;
    Ok(Language {
        code: code.to_string(),
        date_patterns,
        attribution_set,
        stopwords,
        abbreviations,
        triggers,
        trigger_set,
        status_cues,
        status_set,
        attributions,
        dates,
        page,
        pair_references,
        before_name,
        weapon_names,
        weapon_names_after,
        time_anaphors,
        next_legs,
        relations,
        self_references,
        betweens,
        anaphors,
        anaphors_in_trigger,
        introducers,
        joiners,
        source_ends,
        possessives,
        state_phrases,
        pronouns,
        fronted_clauses,
        other_time_references,
        titles,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn compiled(pattern: &str) -> Regex {
        Regex::new(&ascii_boundaries(pattern)).expect("valid")
    }

    #[test]
    fn ascii_patterns_get_ascii_boundaries_others_keep_unicode_ones() {
        // ASCII letters: the boundary is an ASCII one, and still matches beside quotes.
        assert!(compiled(r"\bmeet\b").as_str().contains("(?-u:\\b)"));
        assert!(compiled(r"\bmeet\b").is_match("“meet” it"));
        // A non-ASCII letter beside the boundary: only a Unicode one matches it.
        let vietnamese = compiled(r"\bbộ\b");
        assert!(!vietnamese.as_str().contains("(?-u:"));
        assert!(vietnamese.is_match("Bộ trưởng bộ quốc phòng"));
        // Punctuation is not a letter: a pattern with a dash keeps ASCII boundaries.
        assert!(compiled(r"\b\d+\s*–\s*\d+\b")
            .as_str()
            .contains("(?-u:\\b)"));
    }

    #[test]
    fn a_prefilter_set_finds_what_each_pattern_matches() {
        let patterns = [compiled(r"\bmeet\b"), compiled(r"\bbộ\b")];
        let set = prefilter_set(patterns.iter(), true).expect("valid set");
        assert!(set.matches("they will meet").matched(0));
        assert!(set.matches("ông bộ trưởng").matched(1));
        assert!(!set.matches("the meeting").matched(0));
    }

    #[test]
    fn before_name_cues_come_from_ascii_and_unicode_patterns_alike() {
        let cues = BeforeName::build(vec![
            (compiled(r"\b(?:in|at)\s+$"), NameCue::Locative),
            (compiled(r"\bchargé d'affaires to\s+$"), NameCue::Relation),
            (compiled(r"\bby\s+$"), NameCue::Agent),
        ])
        .expect("valid set");
        assert_eq!(cues.unicode.len(), 1);
        assert_eq!(cues.cues("the “drills” held in "), vec![NameCue::Locative]);
        assert_eq!(
            cues.cues("met the chargé d'affaires to "),
            vec![NameCue::Relation]
        );
        assert_eq!(cues.cues("a launch by "), vec![NameCue::Agent]);
        assert!(cues.cues("the chargé d'affaires to Japan and ").is_empty());
    }
}
