//! Titles and roles that introduce a person or organisation by name
//! ("Defence Minister X", "Menteri Pertahanan X", "defence firm X"), and the
//! heads that make a name a site ("Puslatpur X", "X Naval Base"), read
//! from `ontology/lexicons/<lang>/titles.tsv`. A name right after such a
//! title (or before such a head) becomes an entity of its own when the
//! gazetteer does not list it (`recognise::open_world`).

use std::collections::HashSet;

use regex::{Regex, RegexBuilder};

use super::data::{tsv_rows, DataFiles};
use super::gazetteer::EntityKind;
use super::KnowledgeError;
use crate::patterns::{ascii_boundaries, PatternSet, SET_DFA_CACHE};

/// One language's titles, as one pattern per kind of entity they introduce.
#[derive(Debug, Default)]
pub struct Titles {
    /// (kind introduced, the alternation of its titles), case as written in the data.
    pub titles: Vec<(EntityKind, Regex)>,
    /// What may stand between a title and the state it is of ("of the").
    pub links: Vec<Regex>,
    /// Titles of the home state's offices (anchored at `^`): held by a
    /// person with no state named, they serve the `home_state` (an
    /// Indonesian report's "Wakil Menteri Pertahanan X" is Indonesia's).
    pub home_titles: Vec<Regex>,
    /// What may stand after a title (and its state) before the place its
    /// holder is posted to ("Duta Besar Cina *untuk* Indonesia Wang Lutong",
    /// "Ambassador *to* Indonesia …"): that place is no word of the name.
    pub posts: Vec<Regex>,
    /// Heads written after a site's name ("Naval Base", "Cosmodrome"): the
    /// name and its head together name a site ("Sattahip Naval Base").
    pub site_heads: Option<Regex>,
    /// Heads written after a region's name ("Region", "province"): the name
    /// and its head together name a region ("Jizzakh region").
    pub region_heads: Option<Regex>,
    /// Common nouns written after a place's name that are no part of it
    /// ("the Kanggye area", "Jizzakh region"): the name alone names a region,
    /// as annotators and gazetteers write it.
    pub area_heads: Option<Regex>,
    /// Heads written after a company's name ("Industries", "Group"): the
    /// name and its head together name an organisation ("Sindhu Group").
    pub organisation_heads: Option<Regex>,
    /// Heads written before a company's name, part of it ("PT Sinar").
    pub organisation_prefixes: Option<Regex>,
    /// The state whose law the `organisation_prefix` legal form is of
    /// ("PT" is Indonesian): a company so named is of it unless the text
    /// names another before it (`prefix_state`, a gazetteer id).
    pub prefix_state: Option<String>,
    /// Whole names a head would make a company that are none ("Carrier
    /// Strike Group", "National Defence"), anchored at both ends.
    pub not_organisations: Option<Regex>,
    /// Every title and head pattern above at once: most sentences hold none,
    /// and one pass over them says so (`None` when there are none).
    pub any: Option<PatternSet>,
    /// Lower-case words that may stand inside a name ("bin", "van").
    pub particles: HashSet<String>,
    /// A role right after a state's name or demonym (anchored at `^`) that
    /// makes the phrase a reference to a person of that state ("the North
    /// Korean *leader*", "Russia's *president*").
    pub roles: Vec<Regex>,
    /// A role right before a state's name (anchored at `$`) that makes the
    /// phrase a reference to a person of that state when no name follows
    /// ("*Presiden* Kazakhstan terbang ke Beijing", "*mitranya dari* Korea
    /// Selatan"): languages that put the state after the role.
    pub roles_before: Vec<Regex>,
    /// A role right before the name of a state's force or agency (anchored
    /// at `$`) that names an official of that state ("*Panglima* TNI",
    /// "*Komandan* Komando Indo-Pasifik AS"); a leader of a movement is not one.
    pub force_roles_before: Vec<Regex>,
    /// What must stand right before a demonym for it to open a role
    /// reference (anchored at `$`: "*the* Russian president", "*his* Kenyan counterpart").
    pub role_determiners: Vec<Regex>,
    /// A role before a state's name, joined by "of" (anchored at `$`: "*the
    /// prime minister of* Malaysia"): the same reference written the other way.
    pub roles_of: Vec<Regex>,
    /// A group right after joined demonyms that stands for their states
    /// ("the Estonian and Finnish *defence ministers*", "Uzbek and Afghan
    /// *officials*"), anchored at `^`.
    pub group_roles: Vec<Regex>,
    /// What may join two demonyms before one role ("the Estonian *and*
    /// Finnish defence ministers"), the whole text between them.
    pub role_coordinators: Vec<Regex>,
    /// A role standing alone, with no state or name after it ("*Presiden*
    /// kemudian menerima …", "*the prime minister* met …"): group `role` is
    /// the role; a match of group `det` ("kedua menteri") is a pair, no one.
    pub bare_roles: Vec<Regex>,
    /// The state whose officials a bare role names when the article titled
    /// nobody with it (Indonesian "Menhan" is Indonesia's), if the language's
    /// press has one.
    pub home_state: Option<String>,
    /// Forms of one role in lower case ("menteri luar negeri", "menlu"):
    /// a bare role names the person titled with any of them (`same_role`).
    pub same_roles: Vec<Vec<String>>,
}

impl Titles {
    /// Whether the language introduces any entity by title.
    pub fn is_empty(&self) -> bool {
        self.titles.is_empty()
    }
}

/// One set of every title and head pattern, to skip the sentences that hold none.
fn any_title(titles: &Titles) -> Result<Option<PatternSet>, regex::Error> {
    let every = titles
        .titles
        .iter()
        .map(|(_, r)| r)
        .chain(titles.site_heads.iter())
        .chain(titles.region_heads.iter())
        .chain(titles.area_heads.iter())
        .chain(titles.organisation_heads.iter())
        .chain(titles.organisation_prefixes.iter());
    let patterns: Vec<&str> = every.map(Regex::as_str).collect();
    if patterns.is_empty() {
        return Ok(None);
    }
    PatternSet::new(&patterns, false, SET_DFA_CACHE).map(Some)
}

/// Reads `titles.tsv`: `kind<TAB>pattern`, kind `person`, `organisation`
/// or `site` (a title; a site's stands before its name), `region` or
/// `city` (a place noun before a name, not part of it: "the province of
/// X"), `site_head` or `region_head` (a head after a site's or region's name, part of it), `area_head` (a noun after a place's name, no part of it), `organisation_head` or `organisation_prefix` (a head after or before a company's name, part of it), `not_organisation` (a whole name such a head makes that is no company), `link` (text between a title and its state, anchored at `^`)
/// `home_title` (a title of the home state's offices, anchored at `^`),
/// `particle` (a word that may stand inside a name), `role` (a role after a
/// state's name that refers to a person of it, anchored at `^`; `role_before`
/// the same before the state's name, anchored at `$`; `force_role_before`
/// before the name of a state's force or agency) or
/// `role_determiner` (what opens such a reference before a demonym, at `$`),
/// `role_of` (a role joined by "of" before a state's name, at `$`),
/// `group_role` (a group after joined demonyms, standing for their states, at `^`)
/// or `role_coordinator` (what may join demonyms before one role),
/// `bare_role` (a role with no state or name after it) and `home_state` (the
/// state a bare role names when the article titled nobody with it) and
/// `same_role` (forms of one role, `|`-separated), `prefix_state` (the state
/// of a company named with an `organisation_prefix`).
pub fn load_titles(files: &DataFiles, path: &str, text: &str) -> Result<Titles, KnowledgeError> {
    let mut by_kind: Vec<(EntityKind, Vec<String>)> = Vec::new();
    // (row kind, its patterns): heads, joined into one alternation each.
    let mut heads: Vec<(&str, Vec<String>)> = HEAD_KINDS.iter().map(|k| (*k, Vec::new())).collect();
    let mut titles = Titles::default();
    for row in tsv_rows(files, path, text, &["kind", "pattern"])? {
        let pattern = row.cells[1].trim();
        if let Some(list) = anchored_list(&mut titles, row.cells[0].trim()) {
            let regex = Regex::new(&ascii_boundaries(pattern))
                .map_err(|e| row.error(format!("invalid pattern `{pattern}`: {e}")))?;
            list.push(regex);
            continue;
        }
        let kind = match row.cells[0].trim() {
            "person" => EntityKind::Person,
            "organisation" => EntityKind::Organisation,
            "site" => EntityKind::Site,
            "region" => EntityKind::Region,
            "city" => EntityKind::City,
            head if HEAD_KINDS.contains(&head) => {
                Regex::new(pattern).map_err(|e| row.error(format!("invalid pattern `{pattern}`: {e}")))?;
                if let Some((_, patterns)) = heads.iter_mut().find(|(k, _)| *k == head) {
                    patterns.push(pattern.to_string());
                }
                continue;
            }
            kind @ ("particle" | "home_state" | "prefix_state" | "same_role") => {
                value_row(&mut titles, kind, pattern);
                continue;
            }
            other => {
                return Err(row.error(format!(
                    "kind `{other}` must be person, organisation, site, region, city, {}, link, home_title, particle, role, role_before, force_role_before, role_determiner, role_of, group_role, role_coordinator, bare_role, home_state, prefix_state or same_role",
                    HEAD_KINDS.join(", ")
                )))
            }
        };
        Regex::new(pattern).map_err(|e| row.error(format!("invalid pattern `{pattern}`: {e}")))?;
        match by_kind.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, patterns)) => patterns.push(pattern.to_string()),
            None => by_kind.push((kind, vec![pattern.to_string()])),
        }
    }
    // A title that ends in a point ("Maj. Gen.") has no word boundary after
    // it: the space that follows ends it.
    let alternation = |patterns: &[String]| {
        RegexBuilder::new(&ascii_boundaries(&format!(
            r"\b(?:{})(?:\b|\s)",
            patterns.join("|")
        )))
        .build()
        .map_err(|e| KnowledgeError::Invalid {
            path: files.display_path(path),
            message: e.to_string(),
        })
    };
    for (kind, patterns) in by_kind {
        titles.titles.push((kind, alternation(&patterns)?));
    }
    for (kind, patterns) in heads.iter().filter(|(_, p)| !p.is_empty()) {
        let regex = if *kind == "not_organisation" {
            Regex::new(&format!("^(?:{})$", patterns.join("|"))).map_err(|e| {
                KnowledgeError::Invalid {
                    path: files.display_path(path),
                    message: e.to_string(),
                }
            })?
        } else {
            alternation(patterns)?
        };
        *head_slot(&mut titles, kind) = Some(regex);
    }
    titles.any = any_title(&titles).map_err(|e| KnowledgeError::Invalid {
        path: files.display_path(path),
        message: e.to_string(),
    })?;
    Ok(titles)
}

/// Row kinds of heads, each joined into one alternation; `not_organisation`
/// holds whole names no head makes a company.
const HEAD_KINDS: [&str; 6] = [
    "site_head",
    "region_head",
    "area_head",
    "organisation_head",
    "organisation_prefix",
    "not_organisation",
];

/// Where the alternation of a head kind goes.
fn head_slot<'t>(titles: &'t mut Titles, kind: &str) -> &'t mut Option<Regex> {
    match kind {
        "site_head" => &mut titles.site_heads,
        "region_head" => &mut titles.region_heads,
        "area_head" => &mut titles.area_heads,
        "organisation_head" => &mut titles.organisation_heads,
        "organisation_prefix" => &mut titles.organisation_prefixes,
        _ => &mut titles.not_organisations,
    }
}

/// A row that holds a value, no pattern: a `particle`, the `home_state`,
/// the forms of one role (`same_role`, `|`-separated, in lower case).
fn value_row(titles: &mut Titles, kind: &str, value: &str) {
    match kind {
        "particle" => {
            titles.particles.insert(value.to_string());
        }
        "home_state" => titles.home_state = Some(value.to_string()),
        "prefix_state" => titles.prefix_state = Some(value.to_string()),
        _ => {
            let forms = value.split('|').map(|f| f.trim().to_lowercase());
            titles.same_roles.push(forms.collect());
        }
    }
}

/// The list of anchored patterns a row kind fills (`link`, `role`, …);
/// `None` for a kind that introduces names or heads.
fn anchored_list<'t>(titles: &'t mut Titles, kind: &str) -> Option<&'t mut Vec<Regex>> {
    Some(match kind {
        "link" => &mut titles.links,
        "post" => &mut titles.posts,
        "home_title" => &mut titles.home_titles,
        "role" => &mut titles.roles,
        "role_before" => &mut titles.roles_before,
        "force_role_before" => &mut titles.force_roles_before,
        "role_of" => &mut titles.roles_of,
        "group_role" => &mut titles.group_roles,
        "role_coordinator" => &mut titles.role_coordinators,
        "role_determiner" => &mut titles.role_determiners,
        "bare_role" => &mut titles.bare_roles,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use crate::knowledge::Knowledge;

    #[test]
    fn the_set_of_every_title_matches_where_one_title_or_head_does() {
        let knowledge = Knowledge::embedded().expect("embedded knowledge loads");
        let sentences = [
            "Defence Minister Jane Roe arrived on Monday.",
            "Menteri Pertahanan Kenya tiba di Jakarta.",
            "The drill ended near the Qarlo Naval Base.",
            "Rain fell all week and the roads were closed.",
            "",
        ];
        for language in &knowledge.languages {
            let titles = &language.titles;
            let any = titles.any.as_ref().expect("every lexicon has titles");
            for sentence in sentences {
                let one = titles.titles.iter().any(|(_, r)| r.is_match(sentence))
                    || titles.site_heads.iter().any(|r| r.is_match(sentence))
                    || titles.region_heads.iter().any(|r| r.is_match(sentence));
                assert_eq!(any.is_match(sentence), one, "{}: {sentence}", language.code);
            }
        }
    }
}
