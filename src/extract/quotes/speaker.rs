//! Speaker resolution: a speaker phrase → an entity of the article, or the phrase's own words.
//!
//! A name is linked to the entity one of whose mentions covers it, else to the person whose
//! surname it is, else (when it clearly names a person or an organisation) to a new entity.
//! "he" and "she" go to the nearest person before them, within a few paragraphs, whose gender
//! does not disagree (honorifics, role words, common first names); the pronoun is then added to
//! that entity's mentions. Lookups are bounded by paragraphs, so the cost stays linear.

use std::collections::HashMap;

use super::lexicon::{self, Pronoun};
use super::phrase::Phrase;
use crate::extract::Gender;
use crate::extract::{Entity, EntityId, EntityKind, Mention, MentionKind, gazetteer};
use crate::sorting;
use crate::text::{Span, chars};

/// Who a phrase resolved to: an entity, or the words themselves ("a source").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Speaker {
    pub entity: Option<EntityId>,
    pub text: Option<Span>,
}

impl Speaker {
    pub fn is_some(self) -> bool {
        self.entity.is_some() || self.text.is_some()
    }
}

/// Resolves speaker phrases of one article, in text order.
pub struct Resolver<'a> {
    text: &'a str,
    entities: &'a mut Vec<Entity>,
    /// Name mentions of people and organisations, sorted by start: (span, entity).
    mentions: Vec<(Span, EntityId)>,
    /// What is known of each entity's gender.
    gender: Vec<Option<Gender>>,
    /// Speakers resolved so far, in the order found: (position, entity).
    history: Vec<(usize, EntityId)>,
    /// Per entity: its index in `history` when it last spoke.
    last_spoke: Vec<Option<usize>>,
    /// Entities by the lower-case last word of their name, for surname look-ups that do not
    /// scan every entity or the whole history for each speaker.
    by_last_word: HashMap<String, Vec<EntityId>>,
    /// Every speaker resolved so far, entity or words, in the order found: (position, speaker).
    recent: Vec<(usize, Speaker)>,
    /// Entities made here for speakers the entity finder did not have.
    created_from: usize,
    /// Per entity: whether something shows it is a person (a gender, a role, a known first
    /// name, having spoken), so that "he" is not taken for a misread title.
    person_like: Vec<bool>,
    /// Where the previous paragraph starts: speakers since then come first for pronouns.
    near: usize,
}

impl<'a> Resolver<'a> {
    pub fn new(text: &'a str, entities: &'a mut Vec<Entity>) -> Resolver<'a> {
        let mut mentions = Vec::new();
        let mut gender = Vec::with_capacity(entities.len());
        let mut person_like = Vec::with_capacity(entities.len());
        for (index, entity) in entities.iter().enumerate() {
            gender.push(entity_gender(text, entity));
            let first = entity.name.split_whitespace().next().unwrap_or("");
            // A name none of whose words is a common word ("Rakeyia Scott", not "Pell
            // Grants") reads as a person's too.
            let words: Vec<&str> = entity.name.split_whitespace().collect();
            let proper = !words.is_empty()
                && words.iter().all(|w| !gazetteer::is_common_word(&w.to_ascii_lowercase()));
            person_like.push(
                gender[index].is_some()
                    || entity.role.is_some()
                    || proper
                    || gazetteer::first_name(&first.to_ascii_lowercase()).is_some(),
            );
            if matches!(
                entity.kind,
                EntityKind::Person | EntityKind::Organization | EntityKind::Place
            ) {
                for mention in entity.mentions.iter().filter(|m| m.kind == MentionKind::Name) {
                    mentions.push((mention.span, EntityId(index)));
                }
            }
        }
        sorting::sort(&mut mentions);
        let created_from = entities.len();
        let mut by_last_word: HashMap<String, Vec<EntityId>> = HashMap::new();
        for (index, entity) in entities.iter().enumerate() {
            if let Some(last) = surname(&entity.name) {
                by_last_word.entry(last.to_lowercase()).or_default().push(EntityId(index));
            }
        }
        Resolver {
            text,
            entities,
            mentions,
            gender,
            history: Vec::new(),
            last_spoke: vec![None; created_from],
            by_last_word,
            recent: Vec::new(),
            created_from,
            person_like,
            near: 0,
        }
    }

    /// Notes where the paragraph before the current one starts.
    pub fn enter_paragraph(&mut self, previous_start: usize) {
        self.near = previous_start;
    }

    /// Resolves a phrase at its place in the text; `window` is where a pronoun may look back to
    /// (the start of an earlier paragraph).
    pub fn resolve(&mut self, phrase: &Phrase, window: usize) -> Speaker {
        let speaker = self.resolve_phrase(phrase, window);
        if phrase.pronoun.is_none() {
            self.recent.push((phrase.span.start, speaker));
        }
        speaker
    }

    fn resolve_phrase(&mut self, phrase: &Phrase, window: usize) -> Speaker {
        if phrase.pronoun == Some(Pronoun::Group) {
            // "it said", "they said": the organisation or group that spoke last, nearby.
            let group = self.recent.iter().rev().take(16).find(|&&(at, speaker)| {
                at >= window
                    && at < phrase.span.start
                    && speaker
                        .entity
                        .is_none_or(|id| self.entities[id.0].kind != EntityKind::Person)
            });
            if let Some(&(_, speaker)) = group {
                if let Some(id) = speaker.entity {
                    self.add_mention(id, Mention { kind: MentionKind::Pronoun, span: phrase.span });
                }
                return speaker;
            }
        }
        if let Some(pronoun) = phrase.pronoun {
            return match self.pronoun(phrase.span, pronoun, window) {
                Some(id) => Speaker { entity: Some(id), text: None },
                None => Speaker { entity: None, text: Some(phrase.span) },
            };
        }
        let Some(name) = phrase.name else {
            return Speaker { entity: None, text: Some(phrase.span) };
        };
        let found = self.covering(name).or_else(|| self.by_surname(name, phrase));
        let id = match found {
            Some(id) => {
                if id.0 >= self.created_from {
                    self.add_mention(id, Mention { kind: MentionKind::Name, span: name });
                }
                Some(id)
            }
            None if phrase.person || phrase.organisation => Some(self.create(phrase, name)),
            None => None,
        };
        match id {
            Some(id) => {
                if self.gender[id.0].is_none() {
                    self.gender[id.0] = phrase.gender;
                }
                self.spoke(phrase.span.start, id);
                self.person_like[id.0] = true;
                Speaker { entity: Some(id), text: None }
            }
            None => Speaker { entity: None, text: Some(phrase.span) },
        }
    }

    /// The entity with a mention that covers the last word of the name.
    fn covering(&self, name: Span) -> Option<EntityId> {
        let head_start = name
            .slice(self.text)
            .rfind(char::is_whitespace)
            .map_or(name.start, |i| name.start + i + 1);
        let head = Span::new(head_start, name.end);
        let from = self.mentions.partition_point(|(span, _)| span.end <= head.start);
        let mut best: Option<EntityId> = None;
        for &(span, id) in
            self.mentions[from..].iter().take_while(|(span, _)| span.start < head.end)
        {
            if span.contains(head) || (span.overlaps(head) && span.overlaps(name)) {
                let kind = self.entities[id.0].kind;
                let better = match best {
                    None => true,
                    Some(old) => {
                        kind == EntityKind::Person
                            && self.entities[old.0].kind != EntityKind::Person
                    }
                };
                if better {
                    best = Some(id);
                }
            }
        }
        best
    }

    /// The person (or organisation) whose name ends with the same word, preferring the one
    /// spoken of most recently.
    fn by_surname(&self, name: Span, phrase: &Phrase) -> Option<EntityId> {
        let last = surname(name.slice(self.text))?.to_lowercase();
        let wanted =
            if phrase.organisation { EntityKind::Organization } else { EntityKind::Person };
        let candidates = self.by_last_word.get(&last)?;
        let fits = |id: &&EntityId| self.entities[id.0].kind == wanted;
        // The latest speaker among them, else the first entity of that name.
        candidates
            .iter()
            .filter(fits)
            .filter_map(|&id| self.last_spoke[id.0].map(|at| (at, id)))
            .max()
            .map(|(_, id)| id)
            .or_else(|| candidates.iter().find(fits).copied())
    }

    /// Notes that `id` spoke at `position`.
    fn spoke(&mut self, position: usize, id: EntityId) {
        self.last_spoke[id.0] = Some(self.history.len());
        self.history.push((position, id));
    }

    fn create(&mut self, phrase: &Phrase, name: Span) -> EntityId {
        let kind = if phrase.organisation { EntityKind::Organization } else { EntityKind::Person };
        let role = phrase.role.map(|r| r.slice(self.text).to_owned());
        self.entities.push(Entity {
            kind,
            name: name.slice(self.text).to_owned(),
            role,
            value: None,
            phrase: None,
            gender: if kind == EntityKind::Person { phrase.gender } else { None },
            mentions: vec![Mention { kind: MentionKind::Name, span: name }],
        });
        self.gender.push(phrase.gender);
        self.person_like.push(true);
        self.last_spoke.push(None);
        let id = EntityId(self.entities.len() - 1);
        if let Some(last) = surname(name.slice(self.text)) {
            self.by_last_word.entry(last.to_lowercase()).or_default().push(id);
        }
        id
    }

    fn add_mention(&mut self, id: EntityId, mention: Mention) {
        let mentions = &mut self.entities[id.0].mentions;
        if mentions.iter().any(|m| m.span == mention.span) {
            return;
        }
        let at = mentions.partition_point(|m| m.span < mention.span);
        mentions.insert(at, mention);
    }

    /// The entity a pronoun stands for, or None when nobody fits: a person whose gender does
    /// not disagree and who is known to be a person (a gender, a role, a first name, or having
    /// spoken). The last speaker since the previous paragraph comes first, as in "…,” she
    /// added"; otherwise the nearest fitting name.
    fn pronoun(&mut self, span: Span, pronoun: Pronoun, window: usize) -> Option<EntityId> {
        let wanted = match pronoun {
            Pronoun::He => Gender::Male,
            Pronoun::She => Gender::Female,
            Pronoun::Group | Pronoun::I => return None,
        };
        let fits = |resolver: &Resolver, id: EntityId| {
            resolver.entities[id.0].kind == EntityKind::Person
                && resolver.person_like[id.0]
                && resolver.gender[id.0].is_none_or(|has| has == wanted)
        };
        let upto = self.mentions.partition_point(|(s, _)| s.start < span.start);
        let named: Vec<(usize, EntityId)> = self.mentions[..upto]
            .iter()
            .rev()
            .take_while(|(s, _)| s.start >= window)
            .take(48)
            .filter(|&&(_, id)| fits(self, id))
            .map(|&(s, id)| (s.start, id))
            .collect();
        let spoke: Vec<(usize, EntityId)> = self
            .history
            .iter()
            .rev()
            .take(64)
            .filter(|&&(at, id)| at < span.start && fits(self, id))
            .copied()
            .collect();
        // In order: a recent speaker known to fit, anyone known to fit, a recent speaker,
        // anyone; the latest within each.
        let known = |&(_, id): &(usize, EntityId)| self.gender[id.0] == Some(wanted);
        let recent = |&(at, _): &(usize, EntityId)| at >= self.near;
        let latest = |a: Option<&(usize, EntityId)>, b: Option<&(usize, EntityId)>| match (a, b) {
            (Some(x), Some(y)) => Some(if y.0 > x.0 { *y } else { *x }),
            (x, y) => x.or(y).copied(),
        };
        let chosen = spoke
            .iter()
            .find(|c| recent(c) && known(c))
            .copied()
            .or_else(|| latest(spoke.iter().find(|c| known(c)), named.iter().find(|c| known(c))))
            .or_else(|| spoke.iter().find(|c| recent(c)).copied())
            .or_else(|| latest(spoke.first(), named.first()));
        let (_, id) = chosen?;
        if self.gender[id.0].is_none() {
            self.gender[id.0] = Some(wanted);
        }
        self.add_mention(id, Mention { kind: MentionKind::Pronoun, span });
        self.spoke(span.start, id);
        Some(id)
    }
}

/// The last word of a name, without a possessive ending.
fn surname(name: &str) -> Option<String> {
    let last = name.split_whitespace().last()?;
    let last =
        last.trim_end_matches("’s").trim_end_matches("'s").trim_end_matches(['’', '\'', '.', ',']);
    (!last.is_empty()).then(|| last.to_owned())
}

/// What the text says of an entity's gender: its role, its first name, an honorific before a
/// mention.
fn entity_gender(text: &str, entity: &Entity) -> Option<Gender> {
    if entity.kind != EntityKind::Person {
        return None;
    }
    if entity.gender.is_some() {
        return entity.gender;
    }
    if let Some(role) = &entity.role {
        for word in role.split_whitespace() {
            if let Some(gender) = lexicon::role_gender(&chars::lower(word)) {
                return Some(gender);
            }
        }
    }
    for mention in &entity.mentions {
        let before = text[..mention.span.start].trim_end();
        let word = before.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
        if let Some(Some(gender)) = lexicon::honorific(&chars::lower(word)) {
            return Some(gender);
        }
    }
    entity.name.split_whitespace().next().and_then(lexicon::first_name_gender)
}
