//! The reader's corrections to the engine: merge two entities, split one out of its linked
//! entity, separate some mentions of an entity into an entity of their own, give a quote
//! another speaker (or none).
//!
//! Corrections name entities and quotes by their ids in the report the reader was looking at
//! when making them ("e3" of article 1; quote 2 of article 0), and apply in order, each to the
//! result of the ones before it, so that a list built one correction at a time from the
//! corrected report stays valid. Those within one article change the extractions (before
//! anything is compared); those across articles change the linked entities (before quotes,
//! facts and findings are worked out), so everything downstream follows them. A correction
//! that names nothing that exists (the text changed since) is skipped, never a panic.

use serde::{Deserialize, Serialize};

use super::link::{LinkedEntity, Member, name_match};
use crate::extract::{EntityId, Extraction, Mention, MentionKind};
use crate::sorting;
use crate::text::{Article, Span};

/// One entity of one article, as the report names it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct EntityRef {
    pub article: usize,
    /// The entity's id in its article's report ("e3").
    pub entity: String,
}

impl EntityRef {
    pub fn new(article: usize, entity: impl Into<String>) -> EntityRef {
        EntityRef { article, entity: entity.into() }
    }

    fn id(&self) -> Option<EntityId> {
        self.entity.strip_prefix('e')?.parse().ok().map(EntityId)
    }
}

/// One correction by the reader.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum Correction {
    /// The two are one entity. In one article, the second's mentions join the first (and the
    /// second's id goes, ids after it move down by one); across articles, their linked
    /// entities join.
    Merge { first: EntityRef, second: EntityRef },
    /// This entity is not the same as the others of its linked entity: it stands alone.
    Split { entity: EntityRef },
    /// These mentions of the entity (named by where they start in the article's text) are of
    /// someone or something else: they become a new entity of the same type, the last of its
    /// article (other ids stay). Its name is the longest name among them; a quote or claim
    /// goes with it if the mention nearest to it moved. Skipped unless a name mention both
    /// moves and stays.
    Separate { entity: EntityRef, mentions: Vec<usize> },
    /// Quote `quote` of `article` is spoken by entity `speaker` of that article (`None`: the
    /// speaker is not known).
    Speaker { article: usize, quote: usize, speaker: Option<String> },
}

/// The reader's corrections, in the order they were made.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Corrections {
    pub list: Vec<Correction>,
}

impl Corrections {
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
}

/// A correction across articles, left for after linking; ids are those after every
/// correction within articles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkFix {
    Merge((usize, EntityId), (usize, EntityId)),
    Split((usize, EntityId)),
}

/// Applies the corrections within articles to `extractions` (of `articles`); returns those
/// across articles, for [`apply_to_links`].
pub fn apply_to_extractions(
    articles: &[Article],
    extractions: &mut [Extraction],
    corrections: &Corrections,
) -> Vec<LinkFix> {
    let mut fixes = Vec::new();
    let resolve = |extractions: &[Extraction], entity: &EntityRef| {
        let id = entity.id()?;
        (extractions.get(entity.article)?.entities.len() > id.0).then_some((entity.article, id))
    };
    for correction in &corrections.list {
        match correction {
            Correction::Merge { first, second } => {
                let (Some(a), Some(b)) =
                    (resolve(extractions, first), resolve(extractions, second))
                else {
                    continue;
                };
                if a == b {
                    continue;
                }
                if a.0 == b.0 {
                    merge_within(&mut extractions[a.0], a.1, b.1);
                    let remap = |id: EntityId| removed(id, a.1, b.1);
                    for fix in &mut fixes {
                        for node in fix_nodes(fix) {
                            if node.0 == a.0 {
                                node.1 = remap(node.1);
                            }
                        }
                    }
                } else {
                    fixes.push(LinkFix::Merge(a, b));
                }
            }
            Correction::Split { entity } => {
                if let Some(node) = resolve(extractions, entity) {
                    fixes.push(LinkFix::Split(node));
                }
            }
            Correction::Separate { entity, mentions } => {
                if let (Some((article, id)), Some(text)) =
                    (resolve(extractions, entity), articles.get(entity.article).map(|a| &a.text))
                {
                    separate_within(&mut extractions[article], text, id, mentions);
                }
            }
            Correction::Speaker { article, quote, speaker } => {
                let Some(extraction) = extractions.get_mut(*article) else {
                    continue;
                };
                let speaker = match speaker {
                    Some(id) => match EntityRef::new(*article, id.clone()).id() {
                        Some(id) if id.0 < extraction.entities.len() => Some(id),
                        _ => continue,
                    },
                    None => None,
                };
                if let Some(quote) = extraction.quotes.get_mut(*quote) {
                    quote.speaker = speaker;
                    quote.speaker_text = None;
                }
            }
        }
    }
    fixes
}

/// The corrections that make two linked entities one, given each one's members: in every
/// article naming both, the second's entity joins the first's; then, if the second is named
/// where the first is not, the two linked entities join.
pub fn merge_linked(first: &[EntityRef], second: &[EntityRef]) -> Vec<Correction> {
    let mut out = Vec::new();
    let mut first_now: Vec<EntityRef> = first.to_vec();
    for b in second {
        let Some(a) = first.iter().find(|a| a.article == b.article) else {
            continue;
        };
        out.push(Correction::Merge { first: a.clone(), second: b.clone() });
        let (Some(ia), Some(ib)) = (a.id(), b.id()) else {
            continue;
        };
        // Ids after the removed one move down; the first's own id may be among them.
        for member in first_now.iter_mut().filter(|m| m.article == b.article) {
            if let Some(id) = member.id() {
                member.entity = format!("e{}", removed(id, ia, ib).0);
            }
        }
    }
    let elsewhere = second.iter().find(|b| first.iter().all(|a| a.article != b.article));
    if let (Some(a), Some(b)) = (first_now.first(), elsewhere) {
        out.push(Correction::Merge { first: a.clone(), second: b.clone() });
    }
    out
}

fn fix_nodes(fix: &mut LinkFix) -> Vec<&mut (usize, EntityId)> {
    match fix {
        LinkFix::Merge(a, b) => vec![a, b],
        LinkFix::Split(a) => vec![a],
    }
}

/// Where id `id` is once `second` has been merged into `first` and removed.
fn removed(id: EntityId, first: EntityId, second: EntityId) -> EntityId {
    let id = if id == second { first } else { id };
    if id.0 > second.0 { EntityId(id.0 - 1) } else { id }
}

/// Moves `second`'s mentions into `first`, points its quotes and claims at `first`, and
/// removes it.
fn merge_within(extraction: &mut Extraction, first: EntityId, second: EntityId) {
    let absorbed = extraction.entities.remove(second.0);
    let first_now = removed(first, first, second);
    let target = &mut extraction.entities[first_now.0];
    target.mentions.extend(absorbed.mentions);
    sorting::sort_by_key(&mut target.mentions, |m| (m.span.start, m.span.end));
    target.mentions.dedup_by_key(|m| m.span);
    if target.role.is_none() {
        target.role = absorbed.role;
    }
    if target.gender.is_none() {
        target.gender = absorbed.gender;
    }
    for quote in &mut extraction.quotes {
        quote.speaker = quote.speaker.map(|id| removed(id, first, second));
    }
    for claim in &mut extraction.claims {
        claim.speaker = claim.speaker.map(|id| removed(id, first, second));
    }
}

/// Moves the mentions of `id` starting at `starts` into a new entity, the last (see
/// [`Correction::Separate`]).
fn separate_within(extraction: &mut Extraction, text: &str, id: EntityId, starts: &[usize]) {
    let entity = &extraction.entities[id.0];
    let (moved, kept): (Vec<Mention>, Vec<Mention>) =
        entity.mentions.iter().partition(|m| starts.contains(&m.span.start));
    let longest_name = |mentions: &[Mention]| {
        mentions
            .iter()
            .filter(|m| m.kind == MentionKind::Name)
            .map(|m| &text[m.span.range()])
            .max_by_key(|name| name.chars().count())
            .map(str::to_owned)
    };
    let (Some(new_name), Some(kept_name)) = (longest_name(&moved), longest_name(&kept)) else {
        return;
    };
    let mut separated = entity.clone();
    separated.name = new_name;
    separated.role = None;
    separated.mentions = moved;
    let new_id = EntityId(extraction.entities.len());

    // The nearest mention to a quote says whose it is; ties stay with the entity.
    let nearest_moved = |span: Span| {
        let gap = |m: &Mention| {
            span.start.saturating_sub(m.span.end) + m.span.start.saturating_sub(span.end)
        };
        let best = |mentions: &[Mention]| mentions.iter().map(gap).min().unwrap_or(usize::MAX);
        best(&separated.mentions) < best(&kept)
    };
    for quote in &mut extraction.quotes {
        if quote.speaker == Some(id) && nearest_moved(quote.cue.unwrap_or(quote.span)) {
            quote.speaker = Some(new_id);
        }
    }
    for claim in &mut extraction.claims {
        if claim.speaker == Some(id) && nearest_moved(claim.cue) {
            claim.speaker = Some(new_id);
        }
    }

    let entity = &mut extraction.entities[id.0];
    if !kept.iter().any(|m| text[m.span.range()] == entity.name) {
        entity.name = kept_name;
    }
    entity.mentions = kept;
    extraction.entities.push(separated);
}

/// Applies the corrections across articles to the linked entities. A merge that would put
/// two entities of one article into one linked entity is skipped (merge them within their
/// article first); an entity the linker left out (a date, a number) is not linked by a split.
pub fn apply_to_links(
    linked: &mut Vec<LinkedEntity>,
    extractions: &[Extraction],
    fixes: &[LinkFix],
) {
    let find = |linked: &[LinkedEntity], (article, id): (usize, EntityId)| {
        linked.iter().position(|e| e.members.iter().any(|m| m.article == article && m.entity == id))
    };
    for fix in fixes {
        match *fix {
            LinkFix::Merge(a, b) => {
                let (Some(ca), Some(cb)) = (find(linked, a), find(linked, b)) else {
                    continue;
                };
                let clash = ca == cb
                    || linked[ca]
                        .members
                        .iter()
                        .any(|x| linked[cb].members.iter().any(|y| x.article == y.article));
                if clash {
                    continue;
                }
                let moved = linked.remove(cb);
                let ca = if cb < ca { ca - 1 } else { ca };
                let mut members: Vec<(usize, EntityId)> = linked[ca]
                    .members
                    .iter()
                    .chain(&moved.members)
                    .map(|m| (m.article, m.entity))
                    .collect();
                sorting::sort(&mut members);
                linked[ca] = cluster(extractions, &members);
            }
            LinkFix::Split(node) => {
                let Some(c) = find(linked, node) else {
                    continue;
                };
                if linked[c].members.len() < 2 {
                    continue;
                }
                let rest: Vec<(usize, EntityId)> = linked[c]
                    .members
                    .iter()
                    .map(|m| (m.article, m.entity))
                    .filter(|&n| n != node)
                    .collect();
                linked[c] = cluster(extractions, &rest);
                linked.push(cluster(extractions, &[node]));
            }
        }
    }
}

/// A linked entity of these members (in article order), named after the first, as the linker
/// names them.
fn cluster(extractions: &[Extraction], members: &[(usize, EntityId)]) -> LinkedEntity {
    let entity = |&(article, id): &(usize, EntityId)| extractions[article].entity(id);
    let first = entity(&members[0]);
    LinkedEntity {
        name: first.name.clone(),
        kind: first.kind,
        members: members
            .iter()
            .enumerate()
            .map(|(pos, node)| Member {
                article: node.0,
                entity: node.1,
                reason: if pos == 0 {
                    super::LinkReason::First
                } else {
                    name_match(first, entity(node)).unwrap_or(super::LinkReason::Same)
                },
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Report;
    use crate::{Input, analyse_corrected};

    fn analyse(texts: &[&str], list: Vec<Correction>) -> Report {
        let inputs: Vec<Input> =
            texts.iter().enumerate().map(|(i, t)| Input::new(format!("{i}.txt"), *t)).collect();
        analyse_corrected(&inputs, &Corrections { list })
    }

    /// The report id of the entity of `article` named `name`.
    fn id(report: &Report, article: usize, name: &str) -> String {
        let entities = &report.articles[article].entities;
        let found = entities.iter().find(|e| e.name == name);
        found.unwrap_or_else(|| panic!("{name} in article {article}: {entities:?}")).id.clone()
    }

    fn linked_with<'r>(
        report: &'r Report,
        article: usize,
        id: &str,
    ) -> &'r crate::report::LinkedEntity {
        report
            .entities
            .iter()
            .find(|e| e.members.iter().any(|m| m.article == article && m.entity == id))
            .expect("a named entity is in one linked entity")
    }

    const FLOOD_A: &str = "Mayor Anna Vell said the dam held on Monday.\n\nVell thanked the crews.";
    const FLOOD_B: &str =
        "Council leader Marta Quist said the dam held on Monday.\n\nQuist thanked the crews.";

    #[test]
    fn merging_two_people_links_them_and_the_findings_follow() {
        let before = analyse(&[FLOOD_A, FLOOD_B], Vec::new());
        let (vell, quist) = (id(&before, 0, "Anna Vell"), id(&before, 1, "Marta Quist"));
        assert_eq!(linked_with(&before, 0, &vell).members.len(), 1, "not linked by the engine");
        let only =
            |report: &Report| report.findings.iter().filter(|f| f.kind == "entity_only_in").count();
        let merge = Correction::Merge {
            first: EntityRef::new(0, vell.clone()),
            second: EntityRef::new(1, quist.clone()),
        };
        let after = analyse(&[FLOOD_A, FLOOD_B], vec![merge]);
        let linked = linked_with(&after, 0, &vell);
        assert_eq!(linked.members.len(), 2);
        assert_eq!(linked.members[1].entity, quist);
        assert_eq!(after.entities.len(), before.entities.len() - 1);
        assert!(only(&after) < only(&before), "an 'only in' finding per person goes");

        // Splitting the second out again gives the report before the merge.
        let merge_then_split = vec![
            Correction::Merge {
                first: EntityRef::new(0, vell),
                second: EntityRef::new(1, quist.clone()),
            },
            Correction::Split { entity: EntityRef::new(1, quist) },
        ];
        assert_eq!(analyse(&[FLOOD_A, FLOOD_B], merge_then_split).findings, before.findings);
    }

    #[test]
    fn merging_within_an_article_joins_mentions_and_renumbers_the_rest() {
        let text =
            "Anna Vell opened the gates. Marta Quist closed them. \"It held,\" said Tom Reed.";
        let before = analyse(&[text], Vec::new());
        let (vell, quist) = (id(&before, 0, "Anna Vell"), id(&before, 0, "Marta Quist"));
        let reed = id(&before, 0, "Tom Reed");
        let after = analyse(
            &[text],
            vec![Correction::Merge {
                first: EntityRef::new(0, vell.clone()),
                second: EntityRef::new(0, quist),
            }],
        );
        let entities = &after.articles[0].entities;
        assert_eq!(entities.len(), before.articles[0].entities.len() - 1);
        let merged = entities.iter().find(|e| e.id == vell).expect("the first keeps its id");
        let texts: Vec<&str> = merged.mentions.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(texts, ["Anna Vell", "Marta Quist"]);
        // The quote's speaker still names Tom Reed under his new id.
        let quote = &after.articles[0].quotes[0];
        assert_eq!(quote.speaker_name.as_deref(), Some("Tom Reed"));
        assert_ne!(quote.speaker.as_deref(), Some(reed.as_str()), "ids after the merged one move");
    }

    #[test]
    fn separating_mentions_makes_a_new_entity_that_takes_its_quotes() {
        // The engine takes every "Vell" for the mayor; the last is her brother.
        let text = "Mayor Anna Vell opened the gates on Monday.\n\n\"It held,\" Vell said.\n\n\
                    Her brother, the engineer Tom Vell, disagreed. \"It will not hold,\" Vell said.";
        let before = analyse(&[text], Vec::new());
        let vell = id(&before, 0, "Anna Vell");
        let entity = |report: &Report, id: &str| {
            report.articles[0].entities.iter().find(|e| e.id == id).cloned().expect("entity")
        };
        let brother = text.find("Her brother").expect("in the text");
        let starts: Vec<usize> = entity(&before, &vell)
            .mentions
            .iter()
            .filter(|m| m.start > brother)
            .map(|m| m.start)
            .collect();
        assert!(!starts.is_empty(), "{:?}", entity(&before, &vell).mentions);
        let speakers = |report: &Report| {
            report.articles[0].quotes.iter().map(|q| q.speaker_name.clone()).collect::<Vec<_>>()
        };
        assert_eq!(speakers(&before), [Some("Anna Vell".to_owned()), Some("Anna Vell".to_owned())]);

        let separate =
            Correction::Separate { entity: EntityRef::new(0, vell.clone()), mentions: starts };
        let after = analyse(&[text], vec![separate.clone()]);
        let entities = &after.articles[0].entities;
        assert_eq!(entities.len(), before.articles[0].entities.len() + 1);
        let new = entities.last().expect("the new entity is last");
        assert_eq!((new.name.as_str(), new.kind.as_str()), ("Vell", "person"));
        assert_eq!(new.mentions.len(), 1);
        let kept = entity(&after, &vell);
        assert_eq!(kept.name, "Anna Vell", "the rest keep their id and name");
        assert!(kept.mentions.iter().all(|m| m.start < brother));
        assert_eq!(speakers(&after), [Some("Anna Vell".to_owned()), Some("Vell".to_owned())]);

        // Then joined to the brother, who says it.
        let tom = id(&before, 0, "Tom Vell");
        let join = Correction::Merge {
            first: EntityRef::new(0, tom),
            second: EntityRef::new(0, new.id.clone()),
        };
        let after = analyse(&[text], vec![separate, join]);
        assert_eq!(after.articles[0].entities.len(), before.articles[0].entities.len());
        assert_eq!(speakers(&after), [Some("Anna Vell".to_owned()), Some("Tom Vell".to_owned())]);
    }

    #[test]
    fn separating_every_name_or_only_pronouns_is_skipped() {
        let text = "Anna Vell opened the gates. She said Vell would stay.";
        let before = analyse(&[text], Vec::new());
        let vell = id(&before, 0, "Anna Vell");
        let mentions =
            &before.articles[0].entities.iter().find(|e| e.id == vell).expect("entity").mentions;
        let starts = |kind: &str| -> Vec<usize> {
            mentions.iter().filter(|m| m.kind == kind).map(|m| m.start).collect()
        };
        assert!(!starts("pronoun").is_empty(), "{mentions:?}");
        for moved in [starts("name"), starts("pronoun"), Vec::new()] {
            let separate =
                Correction::Separate { entity: EntityRef::new(0, vell.clone()), mentions: moved };
            assert_eq!(analyse(&[text], vec![separate]), before);
        }
    }

    #[test]
    fn reassigning_a_speaker_changes_the_quote_pair_verdict() {
        let a = "\"We will open the gates at noon,\" said Anna Vell, the mayor.";
        let b =
            "\"We will open the gates at noon,\" said Tom Reed.\n\nAnna Vell, the mayor, agreed.";
        let before = analyse(&[a, b], Vec::new());
        let kinds =
            |report: &Report| report.quote_pairs.iter().map(|p| p.kind.clone()).collect::<Vec<_>>();
        assert_eq!(kinds(&before), ["quote_speaker_conflict"], "{:?}", before.articles[1].quotes);
        let fix = Correction::Speaker {
            article: 1,
            quote: 0,
            speaker: Some(id(&before, 1, "Anna Vell")),
        };
        let after = analyse(&[a, b], vec![fix]);
        assert_eq!(kinds(&after), ["quote_identical"]);
        assert_eq!(after.articles[1].quotes[0].speaker_name.as_deref(), Some("Anna Vell"));
    }

    #[test]
    fn corrections_that_name_nothing_are_skipped() {
        let before = analyse(&[FLOOD_A, FLOOD_B], Vec::new());
        let stale = vec![
            Correction::Merge { first: EntityRef::new(0, "e99"), second: EntityRef::new(1, "e0") },
            Correction::Split { entity: EntityRef::new(7, "e0") },
            Correction::Speaker { article: 0, quote: 40, speaker: None },
            Correction::Speaker { article: 0, quote: 0, speaker: Some("x1".to_owned()) },
        ];
        assert_eq!(analyse(&[FLOOD_A, FLOOD_B], stale), before);
    }

    #[test]
    fn merging_linked_entities_merges_within_shared_articles_first() {
        let r = |article, id: &str| EntityRef::new(article, id);
        let fixes = merge_linked(&[r(0, "e1"), r(1, "e2")], &[r(0, "e0"), r(2, "e4")]);
        assert_eq!(
            fixes,
            [
                Correction::Merge { first: r(0, "e1"), second: r(0, "e0") },
                // e0 of article 0 is gone, so e1 is now e0.
                Correction::Merge { first: r(0, "e0"), second: r(2, "e4") },
            ]
        );
        let json = serde_json::to_string(&fixes[0]).expect("corrections serialise");
        assert_eq!(
            json,
            r#"{"action":"merge","first":{"article":0,"entity":"e1"},"second":{"article":0,"entity":"e0"}}"#
        );
    }
}
