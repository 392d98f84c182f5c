//! Data-driven entity tests: each `tests/data/entities/NAME.txt` (an invented article) is
//! paired with `NAME.expected`, the entities found in it, one per line. Run with
//! `UPDATE_EXPECT=1` to rewrite the expected files, then review the diff.

use std::fmt::Write as _;
use std::path::Path;

use parallax::extract;
use parallax::text;

/// Renders the entities of `input` as the expected files have them.
fn render(input: &str) -> String {
    let article = text::parse(input);
    let entities = extract::extract(&article).entities;
    let mut out = String::new();
    for entity in &entities {
        let mut mentions: Vec<&str> = entity.mentions.iter().map(|m| m.span.slice(input)).collect();
        mentions.dedup();
        write!(out, "{} {:?} {:?}", entity.kind.as_str(), entity.name, mentions)
            .expect("writing to a String cannot fail");
        if let Some(role) = &entity.role {
            write!(out, " role={role:?}").expect("writing to a String cannot fail");
        }
        if let Some(gender) = entity.gender {
            write!(out, " gender={gender:?}").expect("writing to a String cannot fail");
        }
        if let Some(value) = &entity.value {
            write!(out, " value={value:?}").expect("writing to a String cannot fail");
        }
        if let Some(phrase) = entity.phrase {
            write!(out, " phrase={:?}", phrase.slice(input))
                .expect("writing to a String cannot fail");
        }
        out.push('\n');
    }
    out
}

/// Compares the rendering of `input_path` with its `.expected` file, or rewrites it.
fn check(input_path: &Path) -> Option<String> {
    let input = std::fs::read_to_string(input_path).expect("test inputs are UTF-8 files");
    let expected_path = input_path.with_extension("expected");
    let actual = render(&input);
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(&expected_path, &actual).expect("the expected file can be written");
        return None;
    }
    let expected = std::fs::read_to_string(&expected_path).unwrap_or_else(|err| {
        panic!("{}: {err}; run with UPDATE_EXPECT=1 to create it", expected_path.display())
    });
    (expected != actual)
        .then(|| format!("{}:\n--- expected\n{expected}--- actual\n{actual}", input_path.display()))
}

#[test]
fn entities_match_expected_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/entities");
    let mut inputs: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/data/entities exists")
        .map(|entry| entry.expect("a directory entry can be read").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .collect();
    inputs.sort();
    assert!(!inputs.is_empty(), "no test inputs in {}", dir.display());
    let failures: Vec<String> = inputs.iter().filter_map(|path| check(path)).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
