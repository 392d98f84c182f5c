//! The seed articles' comparison gold (`../shared/seeds/gold.json`, key `comparison`): entities
//! linked across the two reports, aligned quotes with the expected finding kinds, quotes only
//! one outlet has, the facts and the disputed claim.

mod common;

use common::{Seeds, spans_overlap};
use parallax::report::Report;

fn entity_in<'r>(
    report: &'r Report,
    article: usize,
    name: &str,
) -> Option<&'r parallax::report::Entity> {
    let lower = name.to_lowercase();
    report.articles[article].entities.iter().find(|e| {
        e.name.to_lowercase() == lower || e.mentions.iter().any(|m| m.text.to_lowercase() == lower)
    })
}

#[test]
fn same_entities_are_linked_and_nothing_else_is() {
    let seeds = Seeds::load();
    let report = seeds.report();
    for pair in seeds.comparison()["same_entity"].as_array().expect("same_entity is a list") {
        let names: Vec<&str> =
            seeds.keys.iter().map(|k| pair[k.as_str()].as_str().expect("a name")).collect();
        let ids: Vec<String> = names
            .iter()
            .enumerate()
            .map(|(article, name)| {
                entity_in(&report, article, name)
                    .unwrap_or_else(|| panic!("{name} is an entity of article {article}"))
                    .id
                    .clone()
            })
            .collect();
        let linked = report
            .entities
            .iter()
            .find(|x| x.members.iter().any(|m| m.article == 0 && m.entity == ids[0]));
        let linked = linked.unwrap_or_else(|| panic!("{} has a cross-article entity", names[0]));
        assert!(
            linked.members.iter().any(|m| m.article == 1 && m.entity == ids[1]),
            "{} and {} should be one entity, got {linked:?}",
            names[0],
            names[1]
        );
    }
    // No cross-article entity joins two entities that gold lists as different ones.
    for linked in report.entities.iter().filter(|x| x.members.len() > 1) {
        let names: Vec<&str> = linked
            .members
            .iter()
            .map(|m| {
                let article = &report.articles[m.article];
                article
                    .entities
                    .iter()
                    .find(|e| e.id == m.entity)
                    .expect("member exists")
                    .name
                    .as_str()
            })
            .collect();
        for (article, name) in linked.members.iter().map(|m| m.article).zip(&names) {
            if let Some(gold) = seeds.gold_entity(article, name) {
                for (other_article, other) in linked.members.iter().map(|m| m.article).zip(&names) {
                    if other_article == article {
                        continue;
                    }
                    if let Some(other_gold) = seeds.gold_entity(other_article, other) {
                        assert!(
                            seeds.same_entity(article, &gold, other_article, &other_gold),
                            "{gold} and {other_gold} are different entities but were linked"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn aligned_quotes_have_the_expected_finding() {
    let seeds = Seeds::load();
    let report = seeds.report();
    for aligned in
        seeds.comparison()["aligned_quotes"].as_array().expect("aligned_quotes is a list")
    {
        let kind = aligned["expect"].as_str().expect("expect is a kind");
        let spans: Vec<(usize, usize, usize)> = seeds
            .keys
            .iter()
            .enumerate()
            .flat_map(|(article, key)| {
                let text = &seeds.texts[article];
                aligned[key.as_str()]
                    .as_array()
                    .expect("quotes are a list")
                    .iter()
                    .map(move |q| {
                        let q = q.as_str().expect("a quote");
                        let start = text
                            .find(q)
                            .unwrap_or_else(|| panic!("gold quote {q:?} is in the text"));
                        (article, start, start + q.len())
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        let found = report.findings.iter().any(|f| {
            f.kind == kind
                && spans.iter().all(|&(article, start, end)| {
                    f.spans.iter().any(|s| {
                        s.article == article && spans_overlap((s.start, s.end), (start, end))
                    })
                })
        });
        assert!(
            found,
            "no {kind} finding covers {spans:?}; findings: {:#?}",
            kinds_and_summaries(&report)
        );
    }
}

#[test]
fn quotes_only_one_outlet_has_are_found() {
    let seeds = Seeds::load();
    let report = seeds.report();
    for (article, key) in seeds.keys.iter().enumerate() {
        for quote in seeds.comparison()["quotes_only_in"][key.as_str()].as_array().expect("a list")
        {
            let quote = quote.as_str().expect("a quote");
            let start = seeds.texts[article].find(quote).expect("gold quote is in the text");
            let found = report.findings.iter().any(|f| {
                f.kind == "quote_only_in"
                    && f.spans.iter().any(|s| {
                        s.article == article
                            && spans_overlap((s.start, s.end), (start, start + quote.len()))
                    })
            });
            assert!(found, "no quote_only_in finding for {quote:?} in {key}");
        }
    }
}

#[test]
fn facts_are_paired_and_judged() {
    let seeds = Seeds::load();
    let report = seeds.report();
    for fact in seeds.comparison()["facts"].as_array().expect("facts is a list") {
        let verdict = fact["verdict"].as_str().expect("a verdict");
        let kind = if verdict.starts_with("agree") {
            "fact_agrees"
        } else if verdict.starts_with("stated differently") {
            "fact_stated_differently"
        } else if verdict.starts_with("only one") {
            "fact_only_in"
        } else {
            "fact_differs"
        };
        let spans: Vec<(usize, usize, usize)> = seeds
            .keys
            .iter()
            .enumerate()
            .filter_map(|(article, key)| {
                let text = fact[key.as_str()].as_str()?;
                // The fact's words, in the sentence the gold "what" describes: take the
                // occurrence whose sentence shares most words with it.
                let start =
                    seeds.best_occurrence(article, text, fact["what"].as_str().expect("what"));
                Some((article, start, start + text.len()))
            })
            .collect();
        let found = report.findings.iter().any(|f| {
            f.kind == kind
                && f.spans.len() == spans.len()
                && spans.iter().all(|&(article, start, end)| {
                    f.spans.iter().any(|s| {
                        s.article == article && spans_overlap((s.start, s.end), (start, end))
                    })
                })
        });
        assert!(
            found,
            "no {kind} finding for {fact}; findings: {:#?}",
            kinds_and_summaries(&report)
        );
    }
}

#[test]
fn the_conflicting_claim_is_found() {
    let seeds = Seeds::load();
    let report = seeds.report();
    for conflict in seeds.comparison()["conflicting_claims"].as_array().expect("a list") {
        let article = seeds.article_index(conflict["article"].as_str().expect("an article key"));
        let text = &seeds.texts[article];
        let locate = |field: &str| {
            let needle = conflict[field].as_str().expect("a passage");
            let start = text.find(needle).unwrap_or_else(|| panic!("{needle:?} is in the text"));
            (start, start + needle.len())
        };
        let (claim, against) = (locate("claim"), locate("against"));
        let found = report.findings.iter().any(|f| {
            f.kind == "claim_disputed"
                && f.spans
                    .iter()
                    .any(|s| s.article == article && spans_overlap((s.start, s.end), claim))
                && f.spans
                    .iter()
                    .any(|s| s.article == article && spans_overlap((s.start, s.end), against))
        });
        assert!(
            found,
            "no claim_disputed finding for {conflict}; findings: {:#?}",
            kinds_and_summaries(&report)
        );
    }
}

fn kinds_and_summaries(report: &Report) -> Vec<String> {
    report.findings.iter().map(|f| format!("{}: {}", f.kind, f.summary)).collect()
}
