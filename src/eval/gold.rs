//! Gold annotations: `STEM.gold.json` beside the article `STEM.json` (the
//! format is written up in `docs/gold-format.md`). Entry point: [`load`].

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::read::{parse_json_document, Article};

/// One gold entity: its Wikidata id when the annotator is sure, and other names.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct GoldEntity {
    #[serde(default)]
    pub wikidata: Option<String>,
    #[serde(default)]
    pub aliases: Option<Vec<String>>,
}

/// One real-world event as a careful reader counts it.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldEvent {
    #[serde(rename = "type")]
    pub event_type: String,
    #[serde(default)]
    pub participants: Vec<String>,
    #[serde(default)]
    pub location: Option<String>,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub status: Option<String>,
    #[serde(default)]
    pub evidence: Option<String>,
    #[serde(default)]
    pub optional: bool,
}

impl GoldEvent {
    /// Participants and place: what a prediction must share to match.
    pub fn entities(&self) -> Vec<&str> {
        let mut all: Vec<&str> = self.participants.iter().map(String::as_str).collect();
        all.extend(self.location.as_deref());
        all.sort_unstable();
        all.dedup();
        all
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct Gold {
    #[serde(default)]
    pub entities: BTreeMap<String, GoldEntity>,
    pub events: Vec<GoldEvent>,
}

/// An article and what it states.
#[derive(Debug, Clone)]
pub struct GoldArticle {
    pub stem: String,
    pub article: Article,
    pub gold: Gold,
}

/// Reads every `STEM.gold.json` below `dirs` (recursively, sorted) with its
/// `STEM.json`; a path may also name one article or its gold file. A pair that cannot be read is reported (file and reason) and
/// left out; the others are returned.
pub fn load(dirs: &[PathBuf]) -> (Vec<GoldArticle>, Vec<String>) {
    let mut files = Vec::new();
    let mut failures = Vec::new();
    for dir in dirs {
        if let Err(error) = gold_files(dir, &mut files) {
            failures.push(format!("{}: {error}", dir.display()));
        }
    }
    let mut seen: HashMap<String, PathBuf> = HashMap::new();
    let mut articles = Vec::new();
    for path in files {
        match load_pair(&path) {
            Ok(article) => {
                if let Some(first) = seen.get(&article.stem) {
                    failures.push(format!(
                        "{}: article `{}` is already annotated in {}; skipped",
                        path.display(),
                        article.stem,
                        first.display()
                    ));
                    continue;
                }
                seen.insert(article.stem.clone(), path.clone());
                articles.push(article);
            }
            Err(message) => failures.push(message),
        }
    }
    (articles, failures)
}

/// The gold files at `path`: every `*.gold.json` below a directory; a gold
/// file itself; for an article `STEM.json`, the `STEM.gold.json` beside it.
fn gold_files(path: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    if !path.is_file() {
        return gold_files_below(path, out);
    }
    let name = path.to_string_lossy();
    let gold = match name.strip_suffix(".json") {
        Some(_) if name.ends_with(".gold.json") => path.to_path_buf(),
        Some(stem) => PathBuf::from(format!("{stem}.gold.json")),
        None => return Err(std::io::Error::other("not a directory nor a .json file")),
    };
    if !gold.is_file() {
        let message = format!("no gold annotation beside it (expected {})", gold.display());
        return Err(std::io::Error::other(message));
    }
    out.push(gold);
    Ok(())
}

fn gold_files_below(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    entries.sort();
    for path in entries {
        if path.is_dir() {
            gold_files_below(&path, out)?;
        } else if path.to_string_lossy().ends_with(".gold.json") {
            out.push(path);
        }
    }
    Ok(())
}

fn load_pair(gold_path: &Path) -> Result<GoldArticle, String> {
    let shown = gold_path.display().to_string();
    let name = gold_path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = name.trim_end_matches(".gold.json").to_string();
    let text = std::fs::read_to_string(gold_path).map_err(|e| format!("{shown}: {e}"))?;
    let gold: Gold = serde_json::from_str(&text).map_err(|e| {
        format!(
            "{shown}:{}:{}: not a gold annotation: {}",
            e.line(),
            e.column(),
            e.to_string().split(" at line ").next().unwrap_or_default()
        )
    })?;
    check_names(&shown, &gold)?;
    let article_path = gold_path.with_file_name(format!("{stem}.json"));
    let article_text = std::fs::read_to_string(&article_path).map_err(|e| {
        format!(
            "{}: cannot read the article of {shown}: {e}",
            article_path.display()
        )
    })?;
    let article = parse_json_document(&article_path.display().to_string(), &article_text)
        .map_err(|e| e.to_string())?;
    Ok(GoldArticle {
        stem,
        article,
        gold,
    })
}

/// Every participant and place of an event must be a key of `entities`.
fn check_names(shown: &str, gold: &Gold) -> Result<(), String> {
    for (i, event) in gold.events.iter().enumerate() {
        for name in event.entities() {
            if !gold.entities.contains_key(name) {
                return Err(format!(
                    "{shown}: events[{i}] names `{name}`, which is not a key of `entities`"
                ));
            }
        }
    }
    Ok(())
}
