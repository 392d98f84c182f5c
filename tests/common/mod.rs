//! Shared helpers of the integration tests: loading the seed articles and their gold from
//! `../shared/seeds`, failing with a clear message when they are missing.

#![allow(dead_code)] // Each test file uses its own part of these helpers.

use std::path::PathBuf;

use parallax::sorting;
use serde_json::Value;

/// The seed articles, in gold.json's order, with their gold annotation.
pub struct Seeds {
    pub gold: Value,
    /// The article keys of gold.json ("bangkok-post", "china-daily"), sorted.
    pub keys: Vec<String>,
    pub texts: Vec<String>,
    pub files: Vec<String>,
}

pub fn shared_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared")
}

pub fn read(path: &std::path::Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|err| {
        panic!(
            "cannot read {}: {err}; the tests need ../shared beside the project root",
            path.display()
        )
    })
}

impl Seeds {
    pub fn load() -> Seeds {
        let dir = shared_dir().join("seeds");
        let gold: Value =
            serde_json::from_str(&read(&dir.join("gold.json"))).expect("gold.json is JSON");
        let articles = gold["articles"].as_object().expect("gold.json has articles");
        let keys: Vec<String> = articles.keys().cloned().collect();
        let files: Vec<String> = keys
            .iter()
            .map(|k| articles[k]["file"].as_str().expect("each article names its file").to_owned())
            .collect();
        let texts = files.iter().map(|f| read(&dir.join(f))).collect();
        Seeds { gold, keys, texts, files }
    }

    pub fn report(&self) -> parallax::Report {
        let inputs: Vec<parallax::Input> = self
            .files
            .iter()
            .zip(&self.texts)
            .map(|(f, t)| parallax::Input::new(f.clone(), t.clone()))
            .collect();
        parallax::analyse(&inputs)
    }

    pub fn article(&self, idx: usize) -> &Value {
        &self.gold["articles"][self.keys[idx].as_str()]
    }

    pub fn article_index(&self, key: &str) -> usize {
        self.keys
            .iter()
            .position(|k| k == key)
            .unwrap_or_else(|| panic!("gold has no article {key}"))
    }

    pub fn comparison(&self) -> &Value {
        &self.gold["comparison"]
    }

    /// The gold entity name of article `idx` that has `text` as its name or a mention.
    pub fn gold_entity(&self, idx: usize, text: &str) -> Option<String> {
        let lower = text.to_lowercase();
        self.article(idx)["entities"].as_array()?.iter().find_map(|e| {
            let name = e["name"].as_str()?;
            let hit = name.to_lowercase() == lower
                || e["mentions"]
                    .as_array()?
                    .iter()
                    .any(|m| m.as_str().is_some_and(|m| m.to_lowercase() == lower));
            hit.then(|| name.to_owned())
        })
    }

    /// Whether two gold entities of different articles may be one: gold's `same_entity` pairs
    /// them, or they have one name. Gold lists the links that must be found, not every one
    /// ("Russia" in both articles is one place without being listed).
    pub fn same_entity(&self, a: usize, name_a: &str, b: usize, name_b: &str) -> bool {
        let (ka, kb) = (&self.keys[a], &self.keys[b]);
        name_a.to_lowercase() == name_b.to_lowercase()
            || self.comparison()["same_entity"].as_array().is_some_and(|pairs| {
                pairs.iter().any(|p| p[ka.as_str()] == name_a && p[kb.as_str()] == name_b)
            })
    }

    /// The byte offset of the occurrence of `needle` in article `idx` whose sentence (roughly,
    /// the 200 bytes around it) shares most words with `about`.
    pub fn best_occurrence(&self, idx: usize, needle: &str, about: &str) -> usize {
        let text = &self.texts[idx];
        let about: Vec<String> = about.split_whitespace().map(|w| w.to_lowercase()).collect();
        text.match_indices(needle)
            .map(|(start, _)| {
                let mut lo = start.saturating_sub(150);
                while !text.is_char_boundary(lo) {
                    lo -= 1;
                }
                let mut hi = (start + 150).min(text.len());
                while !text.is_char_boundary(hi) {
                    hi += 1;
                }
                let window = text[lo..hi].to_lowercase();
                let score = about
                    .iter()
                    .filter(|w| w.len() > 3 && window.contains(w.trim_end_matches('s')))
                    .count();
                (score, std::cmp::Reverse(start))
            })
            .max()
            .map(|(_, std::cmp::Reverse(start))| start)
            .unwrap_or_else(|| panic!("{needle:?} is in article {idx}"))
    }
}

/// Whether two byte ranges overlap.
pub fn spans_overlap(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// Data-driven cases: every `*.{ext}` file in `tests/data/{dir}` is read, rendered by
/// `render` (given the file's text), and compared with the `.expected` file beside it.
/// `UPDATE_EXPECT=1` rewrites the expected files instead, to be reviewed in the diff.
pub fn expect_files(dir: &str, ext: &str, render: impl Fn(&str) -> String) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(dir);
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|err| panic!("cannot read {}: {err}", dir.display()))
        .map(|entry| entry.expect("a directory entry can be read").path())
        .filter(|path| path.extension().is_some_and(|found| found == ext))
        .collect();
    sorting::sort(&mut inputs);
    assert!(!inputs.is_empty(), "no cases in {}", dir.display());
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut failures = Vec::new();
    for input in inputs {
        let actual = render(&read(&input));
        let expected_path = input.with_extension("expected");
        if update {
            std::fs::write(&expected_path, &actual).expect("expected files can be written");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_else(|err| {
            panic!("cannot read {} ({err}); run with UPDATE_EXPECT=1", expected_path.display())
        });
        if expected != actual {
            failures.push(format!(
                "{}:\n--- expected\n{expected}--- actual\n{actual}",
                input.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}\n(UPDATE_EXPECT=1 rewrites them)", failures.join("\n"));
}
