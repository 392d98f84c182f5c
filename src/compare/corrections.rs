//! The reader's corrections to the engine: merge two entities, split one out of its linked
//! entity, give a quote another speaker (or none).
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
use crate::extract::{EntityId, Extraction};

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

/// Applies the corrections within articles to `extractions`; returns those across articles,
/// for [`apply_to_links`].
pub fn apply_to_extractions(
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
    target.mentions.sort_by_key(|m| (m.span.start, m.span.end));
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
                members.sort();
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
