//! Rules about the extraction source itself, checked by reading it:
//! - no word of any language the data knows (lexicons, lists, gazetteer
//!   names, event types) stands in a string literal of the stages' code:
//!   words belong in `ontology/`;
//! - no function of the workspace (this crate's stages, loaders and readers,
//!   and the top package's store, summary, serve and CLI) is longer than 80 lines.
//!
//! Both scans skip comments (which quote example sentences on purpose) and
//! `#[cfg(test)]` code (whose fixtures are sentences).

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The longest function the stages may hold, in lines.
const MAX_FUNCTION_LINES: usize = 80;

/// The shortest word that counts (one letter is regex syntax or a unit more
/// often than a word).
const MIN_WORD: usize = 2;

fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The source files of the stages that must name no word: what reads the
/// text and decides (not the data loaders, whose literals are the data
/// format's own keywords, nor the article reader's messages). `describe.rs`
/// writes RDF, whose terms are English ("headline"): it is held to naming no
/// event type.
fn stage_files() -> Vec<PathBuf> {
    let src = crate_dir().join("src");
    let mut files: Vec<PathBuf> = ["segment.rs", "recognise.rs", "temporal.rs"]
        .iter()
        .map(|f| src.join(f))
        .collect();
    files.extend(rust_files(&src.join("extract")));
    files.extend(rust_files(&src.join("recognise")));
    files
}

/// Every source file of the crate (its tests' own files aside): all of them
/// keep their functions short.
fn all_source_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = rust_files(dir);
    for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            files.extend(all_source_files(&path));
        }
    }
    files
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        // A file of tests is test code as a whole.
        .filter(|p| p.file_name().is_some_and(|n| n != "tests.rs"))
        .collect();
    files.sort();
    files
}

/// Rust source split into code (strings and comments blanked, line breaks
/// kept) and the string and char literals with their line numbers.
struct Scanned {
    code: Vec<char>,
    /// (start, line, content)
    literals: Vec<(usize, usize, String)>,
}

fn scan(source: &str) -> Scanned {
    let chars: Vec<char> = source.chars().collect();
    let mut code = chars.clone();
    let mut literals = Vec::new();
    let line_of = |i: usize| chars[..i].iter().filter(|c| **c == '\n').count() + 1;
    let blank = |code: &mut Vec<char>, from: usize, to: usize| {
        for c in &mut code[from..to] {
            if *c != '\n' {
                *c = ' ';
            }
        }
    };
    let mut i = 0;
    while i < chars.len() {
        let at = |k: usize| chars.get(i + k).copied().unwrap_or('\0');
        let end = if at(0) == '/' && at(1) == '/' {
            let mut j = i;
            while j < chars.len() && chars[j] != '\n' {
                j += 1;
            }
            j
        } else if at(0) == '/' && at(1) == '*' {
            block_comment_end(&chars, i)
        } else if let Some((start, content_end, end)) = raw_string(&chars, i) {
            literals.push((i, line_of(i), chars[start..content_end].iter().collect()));
            end
        } else if at(0) == '"' && !identifier_char(i.checked_sub(1).map(|k| chars[k])) {
            let close = quoted_end(&chars, i + 1, '"');
            literals.push((i, line_of(i), chars[i + 1..close].iter().collect()));
            close + 1
        } else if at(0) == '\'' && (at(1) == '\\' || at(2) == '\'') {
            let close = quoted_end(&chars, i + 1, '\'');
            literals.push((i, line_of(i), chars[i + 1..close].iter().collect()));
            close + 1
        } else {
            i += 1;
            continue;
        };
        blank(&mut code, i, end.min(chars.len()));
        i = end;
    }
    Scanned { code, literals }
}

fn identifier_char(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() || c == '_')
}

fn block_comment_end(chars: &[char], mut i: usize) -> usize {
    let mut depth = 0;
    while i < chars.len() {
        if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
            depth += 1;
            i += 2;
        } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
            depth -= 1;
            i += 2;
            if depth == 0 {
                return i;
            }
        } else {
            i += 1;
        }
    }
    i
}

/// A raw string starting at `i` (`r"…"`, `r#"…"#`, `br"…"`): (content start,
/// content end, end).
fn raw_string(chars: &[char], i: usize) -> Option<(usize, usize, usize)> {
    if identifier_char(i.checked_sub(1).map(|k| chars[k])) {
        return None;
    }
    let mut j = i;
    if chars.get(j) == Some(&'b') {
        j += 1;
    }
    if chars.get(j) != Some(&'r') {
        return None;
    }
    j += 1;
    let hashes = chars[j..].iter().take_while(|c| **c == '#').count();
    j += hashes;
    if chars.get(j) != Some(&'"') {
        return None;
    }
    let start = j + 1;
    let mut k = start;
    while k < chars.len() {
        if chars[k] == '"'
            && chars[k + 1..]
                .iter()
                .take(hashes)
                .filter(|c| **c == '#')
                .count()
                == hashes
        {
            return Some((start, k, k + 1 + hashes));
        }
        k += 1;
    }
    Some((start, chars.len(), chars.len()))
}

/// The index of the closing `quote` of a literal whose content starts at `i`.
fn quoted_end(chars: &[char], mut i: usize, quote: char) -> usize {
    while i < chars.len() && chars[i] != quote {
        i += if chars[i] == '\\' { 2 } else { 1 };
    }
    i.min(chars.len())
}

/// The ranges of the items that follow `#[cfg(test)]` (a module or a function).
fn test_ranges(code: &[char]) -> Vec<std::ops::Range<usize>> {
    let marker: Vec<char> = "#[cfg(test)]".chars().collect();
    let mut ranges = Vec::new();
    let mut i = 0;
    while i + marker.len() <= code.len() {
        if code[i..i + marker.len()] != marker[..] {
            i += 1;
            continue;
        }
        let mut j = i + marker.len();
        while j < code.len() && code[j] != '{' && code[j] != ';' {
            j += 1;
        }
        let end = if j < code.len() && code[j] == '{' {
            matching_brace(code, j) + 1
        } else {
            j + 1
        };
        ranges.push(i..end.min(code.len()));
        i = end;
    }
    ranges
}

/// The code with test items blanked.
fn without_test_code(mut code: Vec<char>) -> Vec<char> {
    for range in test_ranges(&code) {
        for c in &mut code[range] {
            if *c != '\n' {
                *c = ' ';
            }
        }
    }
    code
}

fn matching_brace(code: &[char], open: usize) -> usize {
    let mut depth = 0;
    for (k, c) in code.iter().enumerate().skip(open) {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return k;
                }
            }
            _ => {}
        }
    }
    code.len().saturating_sub(1)
}

/// The words (runs of letters) of a regex, a name or a literal, lower-cased,
/// with regex syntax taken out first: escapes (`\b`, `\s`, `\p{L}`), group
/// names, flags and format placeholders (`{type_name}`), so that `\bsince` is
/// "since" and `(?P<source>` no word. A run with digits ("iso3166Alpha2") is
/// a name of the code, not a word.
fn words(text: &str) -> Vec<String> {
    static SYNTAX: OnceLock<regex::Regex> = OnceLock::new();
    let syntax = SYNTAX.get_or_init(|| {
        regex::Regex::new(r"\\p\{[^}]*\}|\\.|\(\?P?<[^>]*>|\(\?[a-zA-Z-]*[:)]|\{[\w:]*\}")
            .expect("a valid pattern")
    });
    let plain = syntax.replace_all(text, " ");
    plain
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= MIN_WORD && w.chars().all(char::is_alphabetic))
        .map(str::to_lowercase)
        .collect()
}

/// The names of the capture groups that data patterns fill (`(?P<place>…)`):
/// words of the data format, which the code reads the groups by.
fn group_names(text: &str) -> BTreeSet<String> {
    let group = regex::Regex::new(r"\(\?P?<(\w+)>").expect("a valid pattern");
    group
        .captures_iter(text)
        .map(|c| c[1].to_lowercase())
        .collect()
}

/// The event type names of `events.tsv`, lower-cased.
fn event_types() -> BTreeSet<String> {
    let path = crate_dir().join("../../ontology/events.tsv");
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .skip(1)
        .filter_map(|l| l.split('\t').next())
        .flat_map(words)
        .collect()
}

/// Every word the data knows: lexicon patterns and word lists of every
/// language, shared lists, gazetteer names and aliases, event type names.
fn data_vocabulary() -> BTreeSet<String> {
    let ontology = crate_dir().join("../../ontology");
    let mut files = Vec::new();
    for sub in ["lexicons", "lists", "gazetteer"] {
        collect_data_files(&ontology.join(sub), &mut files);
    }
    files.push(ontology.join("events.tsv"));
    let mut vocabulary = BTreeSet::new();
    let mut groups = BTreeSet::new();
    for file in files {
        let text = fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        groups.extend(group_names(&text));
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            // Links and identifiers are no words of a language.
            for cell in line.split('\t').filter(|c| !c.contains("://")) {
                vocabulary.extend(words(cell));
            }
        }
    }
    &vocabulary - &groups
}

fn collect_data_files(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            collect_data_files(&path, files);
        } else if path.extension().is_some_and(|x| x == "tsv" || x == "txt") {
            files.push(path);
        }
    }
}

/// (line, literal, word) for every literal of `source` outside test code
/// that holds a word of `vocabulary`.
fn words_in_literals(source: &str, vocabulary: &BTreeSet<String>) -> Vec<(usize, String, String)> {
    let scanned = scan(source);
    let tests = test_ranges(&scanned.code);
    // The code's own capture groups are read by name: `caps["unit"]`.
    let vocabulary = vocabulary - &group_names(source);
    let mut found = Vec::new();
    for (start, line, literal) in scanned.literals {
        if tests.iter().any(|r| r.contains(&start)) {
            continue;
        }
        for word in words(&literal) {
            if vocabulary.contains(&word) {
                found.push((line, literal.clone(), word));
            }
        }
    }
    found
}

/// (name, first line, lines) of every function in `source` outside test code.
fn functions(source: &str) -> Vec<(String, usize, usize)> {
    let code = without_test_code(scan(source).code);
    let line_at = |i: usize| code[..i].iter().filter(|c| **c == '\n').count() + 1;
    let mut found = Vec::new();
    let mut i = 0;
    while i + 3 < code.len() {
        let keyword = code[i] == 'f'
            && code[i + 1] == 'n'
            && code[i + 2].is_whitespace()
            && !identifier_char(i.checked_sub(1).map(|k| code[k]));
        if !keyword {
            i += 1;
            continue;
        }
        let name: String = code[i + 3..]
            .iter()
            .skip_while(|c| c.is_whitespace())
            .take_while(|c| identifier_char(Some(**c)))
            .collect();
        let mut j = i + 3;
        while j < code.len() && code[j] != '{' && code[j] != ';' {
            j += 1;
        }
        if j < code.len() && code[j] == '{' {
            let close = matching_brace(&code, j);
            found.push((name, line_at(i), line_at(close) - line_at(i) + 1));
        }
        i = j;
    }
    found
}

#[test]
fn the_stages_name_no_word_of_any_language() {
    let vocabulary = data_vocabulary();
    // The vocabulary is real: words of both languages and an event type.
    for word in ["dengan", "with", "meeting", "kunjungan"] {
        assert!(vocabulary.contains(word), "the data should know `{word}`");
    }
    let mut offences = Vec::new();
    let describe = crate_dir().join("src/describe.rs");
    let types = event_types();
    let checks = stage_files()
        .into_iter()
        .map(|f| (f, &vocabulary))
        .chain([(describe, &types)]);
    for (file, vocabulary) in checks {
        let source =
            fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        for (line, literal, word) in words_in_literals(&source, vocabulary) {
            offences.push(format!(
                "{}:{line}: `{word}` in \"{literal}\"",
                file.display()
            ));
        }
    }
    assert!(
        offences.is_empty(),
        "words belong in ontology/, not in the stages' code:\n{}",
        offences.join("\n")
    );
}

#[test]
fn the_word_check_finds_a_planted_word() {
    let vocabulary = data_vocabulary();
    let planted = r##"
        // "dengan" in a comment is an example, not code.
        fn f(t: &str) -> bool { t == "dengan" || t.ends_with(r#"Meeting"#) }
        #[cfg(test)]
        mod tests { const S: &str = "bertemu dengan"; }
        fn g(c: char) -> bool { c == 'x' && "(?-u:\b)\d+".is_empty() }
    "##;
    let found: Vec<String> = words_in_literals(planted, &vocabulary)
        .into_iter()
        .map(|(_, _, word)| word)
        .collect();
    assert_eq!(found, ["dengan", "meeting"]);
    let types: Vec<String> = words_in_literals(planted, &event_types())
        .into_iter()
        .map(|(_, _, word)| word)
        .collect();
    assert_eq!(types, ["meeting"]);
}

#[test]
fn no_function_of_the_workspace_is_long() {
    let mut long = Vec::new();
    let mut seen = 0;
    // This crate, and the top package (store, summary, serve, CLI) beside it.
    let mut files = all_source_files(&crate_dir().join("src"));
    files.extend(all_source_files(&crate_dir().join("../../src")));
    for reached in [
        "knowledge/gazetteer.rs",
        "serve/explorer.rs",
        "summary/mod.rs",
    ] {
        assert!(
            files.iter().any(|f| f.ends_with(reached)),
            "the scan should reach {reached}"
        );
    }
    for file in files {
        let source =
            fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        for (name, line, lines) in functions(&source) {
            seen += 1;
            if lines > MAX_FUNCTION_LINES {
                long.push(format!(
                    "{}:{line}: fn {name} is {lines} lines",
                    file.display()
                ));
            }
        }
    }
    assert!(
        seen > 50,
        "the scan should find the stages' functions, found {seen}"
    );
    assert!(
        long.is_empty(),
        "functions over {MAX_FUNCTION_LINES} lines:\n{}",
        long.join("\n")
    );
}

#[test]
fn the_length_check_counts_a_function_to_its_closing_brace() {
    let body = "    let s = \"}\"; // }\n".repeat(MAX_FUNCTION_LINES);
    let source = format!("fn long() {{\n{body}}}\nfn short() {{ '}}' }}\n#[cfg(test)]\nmod t {{ fn hidden() {{}} }}\n");
    let found = functions(&source);
    assert_eq!(
        found,
        [
            ("long".to_string(), 1, MAX_FUNCTION_LINES + 2),
            ("short".to_string(), MAX_FUNCTION_LINES + 3, 1)
        ]
    );
}
