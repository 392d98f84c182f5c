//! The seeds gold for entities (issue #3, item 5): every person with every listed mention and
//! role, every organisation and place with its kind, every date and counted number.
//!
//! Reads `../shared/seeds/gold.json` and the two seed articles at test time; fails with a clear
//! message when they are missing.

use std::path::{Path, PathBuf};

use parallax::extract::{self, Entity, EntityKind};
use parallax::text;
use serde_json::Value;

fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|err| {
        panic!("the seeds are needed for this test: cannot read {}: {err}", path.display())
    })
}

/// Each seed article's key, text and gold.
fn seeds() -> Vec<(String, String, Value)> {
    let gold: Value = serde_json::from_str(&read(&seeds_dir().join("gold.json")))
        .expect("gold.json is valid JSON");
    let articles = gold["articles"].as_object().expect("gold.json has an `articles` object");
    articles
        .iter()
        .map(|(key, article)| {
            let file = article["file"].as_str().expect("each gold article names its file");
            (key.clone(), read(&seeds_dir().join(file)), article.clone())
        })
        .collect()
}

fn strings(value: &Value) -> Vec<&str> {
    value.as_array().map(|a| a.iter().filter_map(Value::as_str).collect()).unwrap_or_default()
}

fn kind_of(name: &str) -> EntityKind {
    match name {
        "person" => EntityKind::Person,
        "organization" => EntityKind::Organization,
        "place" => EntityKind::Place,
        other => panic!("gold names an unknown entity type `{other}`"),
    }
}

fn mention_texts<'a>(text: &'a str, entity: &Entity) -> Vec<&'a str> {
    entity.mentions.iter().map(|m| m.span.slice(text)).collect()
}

fn describe(text: &str, entities: &[Entity]) -> String {
    entities
        .iter()
        .map(|e| {
            format!("  {:?} {:?} {:?} role={:?}", e.kind, e.name, mention_texts(text, e), e.role)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn seed_entities_match_the_gold() {
    let mut failures = Vec::new();
    for (key, text, gold) in seeds() {
        let article = text::parse(&text);
        let entities = extract::extract(&article).entities;
        let owner = |mention: &str| {
            entities.iter().position(|e| mention_texts(&text, e).contains(&mention))
        };
        // Which gold entity each found entity was matched to: one found entity must not stand
        // for two gold ones ("Nato" is not its "Nato information office").
        let mut claimed: Vec<Option<&str>> = vec![None; entities.len()];
        for want in gold["entities"].as_array().expect("gold entities are a list") {
            let name = want["name"].as_str().expect("a gold entity has a name");
            let kind = kind_of(want["type"].as_str().expect("a gold entity has a type"));
            let mut kinds = vec![kind];
            kinds.extend(strings(&want["also"]).into_iter().map(kind_of));
            let mentions = strings(&want["mentions"]);
            let owners: Vec<Option<usize>> = mentions.iter().map(|m| owner(m)).collect();
            let Some(Some(first)) = owners.first().copied() else {
                failures.push(format!("{key}: {name}: mention {:?} not found", mentions.first()));
                continue;
            };
            let found = &entities[first];
            match claimed[first] {
                Some(other) => failures.push(format!("{key}: {name} and {other} are one entity")),
                None => claimed[first] = Some(name),
            }
            if !kinds.contains(&found.kind) {
                failures.push(format!("{key}: {name}: kind {:?}, want {kinds:?}", found.kind));
            }
            if kind == EntityKind::Person && owners.iter().any(|o| *o != Some(first)) {
                failures.push(format!(
                    "{key}: {name}: mentions {mentions:?} are not one entity ({owners:?})"
                ));
            }
            if let Some(role) = want["role"].as_str() {
                let have = found.role.as_deref().unwrap_or("").to_lowercase();
                if !have.contains(&role.to_lowercase()) {
                    failures.push(format!("{key}: {name}: role {:?}, want {role:?}", found.role));
                }
            }
        }
        for date in strings(&gold["dates"]) {
            let found = entities
                .iter()
                .any(|e| e.kind == EntityKind::Date && mention_texts(&text, e).contains(&date));
            if !found {
                failures.push(format!("{key}: date {date:?} not found"));
            }
        }
        for number in strings(&gold["numbers"]) {
            let found = entities.iter().any(|e| {
                matches!(e.kind, EntityKind::Number | EntityKind::Money | EntityKind::Percent)
                    && e.phrase.is_some_and(|p| p.slice(&text).contains(number))
            });
            if !found {
                failures.push(format!("{key}: number phrase {number:?} not found"));
            }
        }
        if !failures.is_empty() {
            failures.push(format!("{key}: entities found:\n{}", describe(&text, &entities)));
        }
    }
    assert!(failures.is_empty(), "seed entities differ from the gold:\n{}", failures.join("\n"));
}
