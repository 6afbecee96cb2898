//! The gazetteer: people, states, cities, regions, seas, organisations and
//! sites, with the names they go by, loaded from `ontology/gazetteer/*.tsv`.

use std::collections::{HashMap, HashSet};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::data::{list, optional, tsv_rows, DataFiles};
use super::folding::Folding;
use super::last_names::LastNames;
use super::makers::{WeaponMakers, STANDING_PATH};
use super::vessels::Vessels;
use super::KnowledgeError;

/// The header line every gazetteer table starts with: its 13 columns, in order.
const GAZETTEER_HEADER: &[&str] = &[
    "id",
    "type",
    "label_en",
    "label_id",
    "aliases",
    "short",
    "demonyms",
    "country",
    "capital_of",
    "wikidata",
    "geonames",
    "iso2",
    "iso3",
];

/// What a gazetteer entity is: its `type` column, and its class in the
/// ontology (`ng:Person`, `ng:State` ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntityKind {
    /// A leader, minister or official.
    Person,
    /// A country or territory of ISO 3166-1 (and Kosovo).
    State,
    /// A city or town.
    City,
    /// An area that is not a state: a province, a disputed area, a part of
    /// the world (`Balkans`).
    Region,
    /// A sea, ocean, strait or gulf.
    Sea,
    /// An international body, armed force, ministry or news agency.
    Organisation,
    /// A non-state armed group (Houthis, Hezbollah): acts for itself, not for a state.
    ArmedGroup,
    /// An island, base, test range or other named site.
    Site,
}

impl EntityKind {
    /// The kind a `type` cell names (`Person`, `State` ...), if any.
    pub(crate) fn parse(name: &str) -> Option<Self> {
        Some(match name {
            "Person" => Self::Person,
            "State" => Self::State,
            "City" => Self::City,
            "Region" => Self::Region,
            "Sea" => Self::Sea,
            "Organisation" => Self::Organisation,
            "ArmedGroup" => Self::ArmedGroup,
            "Site" => Self::Site,
            _ => return None,
        })
    }

    /// Whether entities of this kind can act and speak (PROV agents): people,
    /// states and organisations, not places.
    pub fn is_agent(self) -> bool {
        matches!(
            self,
            Self::Person | Self::State | Self::Organisation | Self::ArmedGroup
        )
    }

    /// The kind's name as written in the `type` column and in the ontology.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Self::Person => "Person",
            Self::State => "State",
            Self::City => "City",
            Self::Region => "Region",
            Self::Sea => "Sea",
            Self::Organisation => "Organisation",
            Self::ArmedGroup => "ArmedGroup",
            Self::Site => "Site",
        }
    }

    /// Whether entities of this kind can be where an event takes place.
    pub(crate) fn is_place(self) -> bool {
        matches!(
            self,
            Self::State | Self::City | Self::Region | Self::Sea | Self::Site
        )
    }
}

/// Index of an entity in [`Gazetteer::entities`].
pub type EntityIdx = usize;

/// One row of a gazetteer table, its ids linked to entities.
#[derive(Debug, Clone)]
pub struct Entity {
    /// The `id` column: the ASCII slug of the entity's IRI, unique across
    /// every table.
    pub id: String,
    /// The `type` column.
    pub kind: EntityKind,
    /// The English name (`label_en`, always set).
    pub label_en: String,
    /// The Indonesian name (`label_id`); `None` when it is the English one.
    pub label_id: Option<String>,
    /// Other full names in any language (`aliases`).
    pub aliases: Vec<String>,
    /// The state a person belongs to or a place or organisation is in (the
    /// `country` column, linked); `None` for seas, international bodies and
    /// disputed areas.
    pub country: Option<EntityIdx>,
    /// For a capital city, the state it is the capital of (`capital_of`, linked).
    pub capital_of: Option<EntityIdx>,
    /// The Wikidata item, checked to be a Q-identifier (`Q7184`).
    pub wikidata: Option<String>,
    /// The GeoNames id (`geonames`).
    pub geonames: Option<String>,
    /// The ISO 3166-1 alpha-2 code (states only).
    pub iso2: Option<String>,
    /// The ISO 3166-1 alpha-3 code (states only).
    pub iso3: Option<String>,
}

/// How a surface form names its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameForm {
    /// A full name or alias: names the entity wherever it appears.
    Full,
    /// A short form (a surname): names the entity only within an article that
    /// already named it in full, or when no other entity shares the form.
    Short,
    /// An adjective of nationality ("Russian"): names the state as a modifier.
    Demonym,
}

/// The entities of every gazetteer table, and a matcher over every name
/// they go by.
pub struct Gazetteer {
    /// Every entity, in file order (files sorted by path), rows in file
    /// order: [`EntityIdx`] values index it.
    pub entities: Vec<Entity>,
    by_id: HashMap<String, EntityIdx>,
    matcher: AhoCorasick,
    /// For each matcher pattern, the entities it may name.
    readings: Vec<Readings>,
    /// Places by every name, lower-cased, for datelines ("WASHINGTON --").
    places_by_lowercase_name: HashMap<String, EntityIdx>,
    /// Accent folding: every name is also matched without its marks.
    pub(crate) folding: Folding,
    /// The last words of the people's names, for short references once named in full.
    pub(crate) last_names: LastNames,
    /// Warships named with their navy's prefix (`lists/vessel-prefixes.tsv`).
    pub(crate) vessels: Vessels,
    /// Weapon systems and their makers' states (`lists/weapon-makers.tsv`).
    pub(crate) weapon_makers: WeaponMakers,
    /// The states that hold every edition of a named exercise series.
    pub(crate) standing_parties: WeaponMakers,
    /// Regions too broad to be where one event happens (`lists/broad-regions.txt`).
    broad: HashSet<EntityIdx>,
}

/// The entities one surface form may name, and as which form.
type Readings = Vec<(EntityIdx, NameForm)>;

/// A raw match of a surface form, before short forms are resolved.
#[derive(Debug, Clone)]
pub(crate) struct NameMatch<'g> {
    /// Byte offset of the name's start in the text searched.
    pub start: usize,
    /// Byte offset just past the name's end.
    pub end: usize,
    /// The entities the name may denote, each with the form it has for that entity.
    pub readings: &'g [(EntityIdx, NameForm)],
}

impl Gazetteer {
    /// Reads every gazetteer table and links `country` and `capital_of` ids.
    pub(crate) fn load(files: &DataFiles) -> Result<Self, KnowledgeError> {
        let folding = Folding::load(files)?;
        let (pending, by_id) = read_rows(files)?;
        let mut forms: HashMap<String, Readings> = HashMap::new();
        let mut entities = Vec::with_capacity(pending.len());
        for (idx, p) in pending.iter().enumerate() {
            let mut entity = p.entity.clone();
            entity.country = p.resolve(files, &by_id, &p.country, "country")?;
            entity.capital_of = p.resolve(files, &by_id, &p.capital_of, "capital_of")?;
            let full = std::iter::once(&entity.label_en)
                .chain(entity.label_id.iter())
                .chain(entity.aliases.iter());
            let forms_of = full
                .map(|n| (n, NameForm::Full))
                .chain(p.short.iter().map(|n| (n, NameForm::Short)))
                .chain(p.demonyms.iter().map(|n| (n, NameForm::Demonym)));
            for (name, form) in forms_of {
                add_form(&mut forms, name, idx, form);
                // Text is searched folded where it has marks to fold (`find_names`).
                add_form(&mut forms, &folding.fold(name), idx, form);
            }
            entities.push(entity);
        }
        apply_qids(files, &by_id, &mut entities)?;
        let (matcher, readings) = build_matcher(files, forms)?;
        let places_by_lowercase_name = index_places(&entities);
        let vessels = Vessels::load(files, |id| {
            by_id.get(id).map(|&idx| (idx, entities[idx].kind))
        })?;
        let weapon_makers = WeaponMakers::load(files, |id| {
            by_id.get(id).map(|&idx| (idx, entities[idx].kind))
        })?;
        let standing_parties = WeaponMakers::load_from(files, STANDING_PATH, |id| {
            by_id.get(id).map(|&idx| (idx, entities[idx].kind))
        })?;
        let broad = load_broad(files, &by_id)?;
        let last_names = LastNames::build(&entities).map_err(|e| KnowledgeError::Invalid {
            path: "gazetteer".into(),
            message: format!("cannot index the people's last names: {e}"),
        })?;
        Ok(Self {
            entities,
            by_id,
            matcher,
            readings,
            places_by_lowercase_name,
            folding,
            last_names,
            vessels,
            weapon_makers,
            standing_parties,
            broad,
        })
    }

    /// The entity whose `id` column is `id`.
    pub fn get(&self, id: &str) -> Option<EntityIdx> {
        self.by_id.get(id).copied()
    }

    /// The gazetteer alone, as the entities of an article that introduced none.
    pub fn view(&self) -> Entities<'_> {
        Entities {
            gazetteer: self,
            minted: &[],
        }
    }

    /// The country an entity is in: a state is its own, anything else its
    /// `country` column.
    pub fn country_of(&self, idx: EntityIdx) -> Option<EntityIdx> {
        self.view().country_of(idx)
    }

    /// The state an entity stands for when a role needs a state (see [`Entities::as_state`]).
    pub fn as_state(&self, idx: EntityIdx) -> Option<EntityIdx> {
        self.view().as_state(idx)
    }

    /// The capital city of a state (the first row whose `capital_of` is it).
    pub fn capital_of_state(&self, state: EntityIdx) -> Option<EntityIdx> {
        self.entities
            .iter()
            .position(|e| e.kind == EntityKind::City && e.capital_of == Some(state))
    }

    /// The place whose name, in any letter case, is `name` ("WASHINGTON", "Jakarta").
    pub fn place_named(&self, name: &str) -> Option<EntityIdx> {
        self.places_by_lowercase_name
            .get(&name.trim().to_lowercase())
            .copied()
    }

    /// Every name of the gazetteer found in `text` on word boundaries.
    /// A text with letters to fold ("Erdoğan") is searched folded, and the
    /// matches mapped back to its bytes.
    pub(crate) fn find_names(&self, text: &str) -> Vec<NameMatch<'_>> {
        let folded = self.folding.fold_with_origin(text);
        let (searched, origin) = match &folded {
            Some(f) => (f.text.as_str(), Some(&f.origin)),
            None => (text, None),
        };
        let mut found = Vec::new();
        for m in self.matcher.find_iter(searched) {
            if !is_word_boundary(searched, m.start(), m.end()) {
                continue;
            }
            let (start, end) = match origin {
                Some(origin) => (origin[m.start()], origin[m.end()]),
                None => (m.start(), m.end()),
            };
            found.push(NameMatch {
                start,
                end,
                readings: &self.readings[m.pattern().as_usize()],
            });
        }
        found
    }
}

/// The entities an article's events may point to: the gazetteer's, then
/// those the article itself introduced by a title or role (open-world
/// entities, see `recognise::open_world`), numbered on after the gazetteer's.
#[derive(Clone, Copy)]
pub struct Entities<'a> {
    /// The entities every article shares.
    pub gazetteer: &'a Gazetteer,
    /// The article's own, numbered on after the gazetteer's.
    pub minted: &'a [Entity],
}

impl std::ops::Index<EntityIdx> for Entities<'_> {
    type Output = Entity;

    fn index(&self, idx: EntityIdx) -> &Entity {
        let listed = self.gazetteer.entities.len();
        if idx < listed {
            &self.gazetteer.entities[idx]
        } else {
            &self.minted[idx - listed]
        }
    }
}

impl Entities<'_> {
    /// Whether the entity is a region too broad to be an event's place
    /// ("the Asia-Pacific"), when another place is named.
    pub fn is_broad(&self, idx: EntityIdx) -> bool {
        self.gazetteer.broad.contains(&idx)
    }

    /// Whether the entity was introduced by the article, not listed in the gazetteer.
    pub fn is_minted(&self, idx: EntityIdx) -> bool {
        idx >= self.gazetteer.entities.len()
    }

    /// The country an entity is in: a state is its own, anything else its
    /// `country` column.
    pub fn country_of(&self, idx: EntityIdx) -> Option<EntityIdx> {
        match self[idx].kind {
            EntityKind::State => Some(idx),
            _ => self[idx].country,
        }
    }

    /// The state an entity stands for when a role needs a state: a state is
    /// itself, a capital its country (metonymy), a person or organisation
    /// the country it belongs to.
    pub fn as_state(&self, idx: EntityIdx) -> Option<EntityIdx> {
        let entity = &self[idx];
        match entity.kind {
            EntityKind::State | EntityKind::ArmedGroup => Some(idx),
            EntityKind::City => entity.capital_of,
            EntityKind::Person | EntityKind::Organisation => entity.country,
            _ => None,
        }
    }
}

fn add_form(
    forms: &mut HashMap<String, Vec<(EntityIdx, NameForm)>>,
    name: &str,
    idx: EntityIdx,
    form: NameForm,
) {
    let name = name.trim();
    if name.is_empty() {
        return;
    }
    let readings = forms.entry(name.to_string()).or_default();
    if !readings.iter().any(|(e, _)| *e == idx) {
        readings.push((idx, form));
    }
}

/// True when the span neither starts nor ends inside a word.
pub fn is_word_boundary(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char)
}

/// Letters and digits, but not the apostrophes that end a possessive ("Russiaʼs").
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() && !matches!(c, 'ʼ' | 'ʻ')
}

/// A gazetteer row read but not yet linked: its `country` and `capital_of`
/// are ids that may name an entry of a later row or file.
struct Pending {
    entity: Entity,
    country: Option<String>,
    capital_of: Option<String>,
    short: Vec<String>,
    demonyms: Vec<String>,
    path: String,
    line: usize,
}

impl Pending {
    fn resolve(
        &self,
        files: &DataFiles,
        by_id: &HashMap<String, EntityIdx>,
        reference: &Option<String>,
        column: &str,
    ) -> Result<Option<EntityIdx>, KnowledgeError> {
        let Some(id) = reference else { return Ok(None) };
        by_id
            .get(id)
            .copied()
            .map(Some)
            .ok_or_else(|| KnowledgeError::Tsv {
                path: files.display_path(&self.path),
                line: self.line,
                message: format!("{column} `{id}` is not the id of any gazetteer entry"),
            })
    }
}

/// Every row of every gazetteer table, with the index of each id.
fn read_rows(
    files: &DataFiles,
) -> Result<(Vec<Pending>, HashMap<String, EntityIdx>), KnowledgeError> {
    let mut pending = Vec::new();
    let mut by_id = HashMap::new();
    // `*-extra.tsv` are the generator's hand-written inputs, already merged into its output;
    // `*-qids.tsv` link rows of the other files (`apply_qids`).
    for (path, text) in files
        .matching("gazetteer/", ".tsv")
        .filter(|(p, _)| !p.ends_with("-extra.tsv") && !p.ends_with("-qids.tsv"))
    {
        for row in tsv_rows(files, path, text, GAZETTEER_HEADER)? {
            let p = parse_row(&row.cells, path, row.line).map_err(|message| row.error(message))?;
            if by_id.insert(p.entity.id.clone(), pending.len()).is_some() {
                return Err(row.error(format!("duplicate id `{}`", p.entity.id)));
            }
            pending.push(p);
        }
    }
    Ok((pending, by_id))
}

/// One row's cells (already checked to number 13) as an unlinked entry, or
/// what is wrong with them.
fn parse_row(c: &[&str], path: &str, line: usize) -> Result<Pending, String> {
    let id = c[0].trim().to_string();
    if id.is_empty()
        || !id
            .chars()
            .all(|ch| ch.is_ascii_alphanumeric() || ch == '_' || ch == '-')
    {
        return Err(format!(
            "id `{id}` must be non-empty ASCII letters, digits, `_` or `-`"
        ));
    }
    // The open world mints `<kind>-Name` ids (`person-Cevdet_Yilmaz`): a listed
    // id of that shape could collide with one minted from an article's text.
    if let Some(prefix) = minted_prefix(&id) {
        return Err(format!(
            "id `{id}` starts with `{prefix}`, which is kept for entities minted from the text; drop the prefix"
        ));
    }
    let kind = EntityKind::parse(c[1].trim()).ok_or_else(|| {
        format!(
            "unknown type `{}` (expected Person, State, City, Region, Sea, Organisation or Site)",
            c[1]
        )
    })?;
    let wikidata = optional(c[9]);
    if let Some(q) = wikidata.as_deref().filter(|q| !is_qid(q)) {
        return Err(format!("wikidata `{q}` is not a Q-identifier"));
    }
    Ok(Pending {
        entity: Entity {
            id,
            kind,
            label_en: c[2].trim().to_string(),
            label_id: optional(c[3]),
            aliases: list(c[4]),
            country: None,
            capital_of: None,
            wikidata,
            geonames: optional(c[10]),
            iso2: optional(c[11]),
            iso3: optional(c[12]),
        },
        country: optional(c[7]),
        capital_of: optional(c[8]),
        short: list(c[5]),
        demonyms: list(c[6]),
        path: path.to_string(),
        line,
    })
}

/// The `<kind>-` prefix of an id, when it has the shape of a minted id
/// (`recognise::open_world::minted_id`: the kind's name in lower case, then `-`).
fn minted_prefix(id: &str) -> Option<String> {
    const KINDS: [EntityKind; 8] = [
        EntityKind::Person,
        EntityKind::State,
        EntityKind::City,
        EntityKind::Region,
        EntityKind::Sea,
        EntityKind::Organisation,
        EntityKind::ArmedGroup,
        EntityKind::Site,
    ];
    KINDS
        .iter()
        .map(|k| format!("{}-", k.name().to_lowercase()))
        .find(|prefix| id.starts_with(prefix.as_str()))
}

/// The name matcher over every surface form except the stop names, and the
/// readings of each form in the matcher's pattern order.
fn build_matcher(
    files: &DataFiles,
    forms: HashMap<String, Readings>,
) -> Result<(AhoCorasick, Vec<Readings>), KnowledgeError> {
    let stopnames: std::collections::HashSet<&str> = files
        .get("gazetteer/stopnames.txt")
        .unwrap_or("")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let mut surface: Vec<(String, Readings)> = forms
        .into_iter()
        .filter(|(name, _)| !stopnames.contains(name.as_str()))
        .collect();
    surface.sort_by(|a, b| a.0.cmp(&b.0));
    let matcher = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build(surface.iter().map(|(name, _)| name.as_str()))
        .map_err(|e| KnowledgeError::Invalid {
            path: "gazetteer".into(),
            message: e.to_string(),
        })?;
    Ok((matcher, surface.into_iter().map(|(_, r)| r).collect()))
}

/// Places by every name, lower-cased, for lookups of a name the text gives
/// in another case (the first entry listed wins).
fn index_places(entities: &[Entity]) -> HashMap<String, EntityIdx> {
    let mut places = HashMap::new();
    for (idx, e) in entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind.is_place())
    {
        let names = std::iter::once(&e.label_en)
            .chain(e.label_id.iter())
            .chain(e.aliases.iter());
        for name in names {
            places.entry(name.to_lowercase()).or_insert(idx);
        }
    }
    places
}

/// Where the broad regions are listed: gazetteer ids, one per line.
const BROAD_REGIONS: &str = "lists/broad-regions.txt";

/// Reads the broad regions; an id the gazetteer lacks is an error.
/// Links kept apart from the rows they link (`organisations-qids.tsv`: its
/// ids come from a share-alike table, so they live in a file of their own):
/// each row gives an entity of another file its Wikidata id.
fn apply_qids(
    files: &DataFiles,
    by_id: &HashMap<String, EntityIdx>,
    entities: &mut [Entity],
) -> Result<(), KnowledgeError> {
    for (path, text) in files.matching("gazetteer/", "-qids.tsv") {
        for row in tsv_rows(files, path, text, &["id", "wikidata"])? {
            let (id, qid) = (row.cells[0].trim(), row.cells[1].trim());
            let idx = *by_id
                .get(id)
                .ok_or_else(|| row.error(format!("`{id}` is no id of the gazetteer")))?;
            if !is_qid(qid) {
                return Err(row.error(format!("wikidata `{qid}` is not a Q-identifier")));
            }
            match &entities[idx].wikidata {
                Some(own) if own != qid => {
                    return Err(row.error(format!("`{id}` is already linked to {own}, not {qid}")))
                }
                _ => entities[idx].wikidata = Some(qid.to_string()),
            }
        }
    }
    Ok(())
}

/// Whether `q` is a Wikidata item id: `Q` and digits.
fn is_qid(q: &str) -> bool {
    q.len() > 1 && q.starts_with('Q') && q[1..].chars().all(|ch| ch.is_ascii_digit())
}

fn load_broad(
    files: &DataFiles,
    by_id: &HashMap<String, EntityIdx>,
) -> Result<HashSet<EntityIdx>, KnowledgeError> {
    let Some(text) = files.get(BROAD_REGIONS) else {
        return Ok(HashSet::new());
    };
    let mut broad = HashSet::new();
    for (n, line) in text.lines().enumerate() {
        let id = line.trim();
        if id.is_empty() || id.starts_with('#') {
            continue;
        }
        let idx = by_id.get(id).ok_or_else(|| KnowledgeError::Tsv {
            path: files.display_path(BROAD_REGIONS),
            line: n + 1,
            message: format!("`{id}` is no id of the gazetteer"),
        })?;
        broad.insert(*idx);
    }
    Ok(broad)
}

/// The State a list's `state` cell names, through `state_of` (a gazetteer id
/// to its entity and kind), or the message saying why it names none.
pub(crate) fn state_cell(
    state_of: impl Fn(&str) -> Option<(EntityIdx, EntityKind)>,
    state: &str,
) -> Result<EntityIdx, String> {
    match state_of(state) {
        Some((idx, EntityKind::State)) => Ok(idx),
        Some(_) => Err(format!("`{state}` is no State of the gazetteer")),
        None => Err(format!("`{state}` is no id of the gazetteer")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: &str) -> Vec<&str> {
        let mut cells = vec![""; GAZETTEER_HEADER.len()];
        cells[0] = id;
        cells[1] = "Person";
        cells[2] = "Jane Doe";
        cells
    }

    #[test]
    fn a_listed_id_may_not_take_the_shape_of_a_minted_one() {
        for id in ["person-Jane_Doe", "organisation-Acme", "site-Camp_X"] {
            let error = parse_row(&row(id), "people-hand.tsv", 3).err();
            let error = error.unwrap_or_else(|| panic!("`{id}` was accepted"));
            assert!(error.contains(id) && error.contains("minted"), "{error}");
        }
        // A hyphen alone is no minted prefix.
        assert!(parse_row(&row("Jane_Doe-Smith"), "people-hand.tsv", 3).is_ok());
        assert!(parse_row(&row("personal_Envoy"), "people-hand.tsv", 3).is_ok());
    }

    #[test]
    fn international_organisations_carry_their_wikidata_ids() {
        let gazetteer = Gazetteer::load(&DataFiles::embedded()).unwrap();
        let qid = |id: &str| {
            gazetteer.entities[gazetteer.get(id).unwrap()]
                .wikidata
                .clone()
        };
        assert_eq!(qid("NATO").as_deref(), Some("Q7184"));
        assert_eq!(qid("ASEAN").as_deref(), Some("Q7768"));
        // A national body the table of international organisations lacks.
        assert_eq!(qid("Indonesian_National_Armed_Forces"), None);
    }

    #[test]
    fn office_holders_of_a_share_alike_source_carry_their_wikidata_ids() {
        let gazetteer = Gazetteer::load(&DataFiles::embedded()).unwrap();
        let qid = |id: &str| {
            gazetteer.entities[gazetteer.get(id).unwrap()]
                .wikidata
                .clone()
        };
        // Linked apart, in `people-qids.tsv`: their one source is CC BY-SA.
        assert_eq!(qid("Li_Qiang").as_deref(), Some("Q4414390"));
        assert_eq!(qid("Lee_Jae-myung").as_deref(), Some("Q12612463"));
        // Linked in the gazetteer's own rows, from a CC0 source.
        assert_eq!(qid("Xi_Jinping").as_deref(), Some("Q15031"));
    }

    #[test]
    fn a_link_to_an_unknown_id_or_a_second_qid_is_named_as_a_load_error() {
        let path = "gazetteer/organisations-qids.tsv";
        let load = |text: &str| {
            let files = DataFiles::embedded().with_file(path, text);
            Gazetteer::load(&files).err().map(|e| e.to_string())
        };
        let unknown = load("id\twikidata\nNo_Such_Body\tQ1\n").unwrap();
        assert!(
            unknown.contains("No_Such_Body") && unknown.contains(":2"),
            "{unknown}"
        );
        let second = load("id\twikidata\nNATO\tQ7184\nNATO\tQ1\n").unwrap();
        assert!(second.contains("already linked to Q7184"), "{second}");
        let malformed = load("id\twikidata\nNATO\t7184\n").unwrap();
        assert!(malformed.contains("not a Q-identifier"), "{malformed}");
    }
}
