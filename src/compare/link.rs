//! Entities linked across articles: one [`LinkedEntity`] per real-world entity.
//!
//! Candidate pairs between two articles are scored by how they match (the same text, case only,
//! a spelling or transliteration variant, acronym and long form, a surname alone), then merged
//! strongest first. A cluster never takes two entities of one article, so a chain of weak
//! matches cannot join two different people.

use crate::extract::{Entity, EntityId, EntityKind, Extraction};
use crate::sorting;

/// How a member's name matches the cluster's first member.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LinkReason {
    /// The member the cluster is named after.
    First,
    Same,
    /// Differs only in case ("Nato" / "NATO").
    Case,
    /// A spelling or transliteration variant ("Sergei" / "Sergey").
    Spelling,
    /// An acronym and its long form ("UN" / "United Nations").
    Acronym,
    /// A short form of the first name ("Bill" / "William").
    Nickname,
    /// A surname alone in one article, the full name in another.
    Surname,
}

impl LinkReason {
    pub fn as_str(self) -> &'static str {
        match self {
            LinkReason::First => "first",
            LinkReason::Same => "same",
            LinkReason::Case => "case",
            LinkReason::Spelling => "spelling",
            LinkReason::Acronym => "acronym",
            LinkReason::Surname => "surname",
            LinkReason::Nickname => "nickname",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Member {
    pub article: usize,
    pub entity: EntityId,
    pub reason: LinkReason,
}

/// One real-world entity across articles.
///
/// Invariant: at most one member per article; members in article order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkedEntity {
    pub name: String,
    pub kind: EntityKind,
    pub members: Vec<Member>,
}

impl LinkedEntity {
    pub fn in_article(&self, article: usize) -> Option<EntityId> {
        self.members.iter().find(|m| m.article == article).map(|m| m.entity)
    }
}

/// For each article, for each of its entities, the index of its linked entity: the lookup
/// quotes and claims need for their speakers, built once instead of searched per speaker.
pub fn cross_index(linked: &[LinkedEntity], extractions: &[Extraction]) -> Vec<Vec<Option<usize>>> {
    let mut index: Vec<Vec<Option<usize>>> =
        extractions.iter().map(|e| vec![None; e.entities.len()]).collect();
    for (idx, entity) in linked.iter().enumerate() {
        for member in &entity.members {
            index[member.article][member.entity.0] = Some(idx);
        }
    }
    index
}

/// Entities that name things (people, organisations, places, other names); dates and numbers
/// are facts, compared elsewhere.
pub fn is_named(kind: EntityKind) -> bool {
    matches!(
        kind,
        EntityKind::Person | EntityKind::Organization | EntityKind::Place | EntityKind::Other
    )
}

/// Links the named entities of all articles.
pub fn link(extractions: &[Extraction]) -> Vec<LinkedEntity> {
    let nodes: Vec<(usize, EntityId)> = extractions
        .iter()
        .enumerate()
        .flat_map(|(article, extraction)| {
            extraction
                .entities
                .iter()
                .enumerate()
                .filter(|(_, entity)| is_named(entity.kind))
                .map(move |(idx, _)| (article, EntityId(idx)))
        })
        .collect();
    let entity = |node: usize| {
        let (article, id) = nodes[node];
        extractions[article].entity(id)
    };
    // Names are folded once, not once per pair.
    let names: Vec<Name> = (0..nodes.len()).map(|node| Name::new(entity(node))).collect();

    let mut candidates = Vec::new();
    for a in 0..nodes.len() {
        for b in a + 1..nodes.len() {
            if nodes[a].0 == nodes[b].0 {
                continue;
            }
            if let Some(reason) = matches(&names[a], &names[b]) {
                candidates.push((reason, a, b));
            }
        }
    }
    drop_ambiguous_surnames(&mut candidates, &nodes);
    // Strongest first; ties in input order, so the result is deterministic.
    sorting::sort(&mut candidates);

    let mut cluster_of: Vec<usize> = (0..nodes.len()).collect();
    let mut clusters: Vec<Vec<usize>> = (0..nodes.len()).map(|node| vec![node]).collect();
    for (_, a, b) in candidates {
        let (ca, cb) = (cluster_of[a], cluster_of[b]);
        if ca == cb {
            continue;
        }
        let clash =
            clusters[ca].iter().any(|&x| clusters[cb].iter().any(|&y| nodes[x].0 == nodes[y].0));
        if clash {
            continue;
        }
        let moved = std::mem::take(&mut clusters[cb]);
        for &node in &moved {
            cluster_of[node] = ca;
        }
        clusters[ca].extend(moved);
    }

    clusters
        .into_iter()
        .filter(|cluster| !cluster.is_empty())
        .map(|mut cluster| {
            sorting::sort_by_key(&mut cluster, |&node| nodes[node]);
            let first = entity(cluster[0]);
            let members = cluster
                .iter()
                .enumerate()
                .map(|(pos, &node)| Member {
                    article: nodes[node].0,
                    entity: nodes[node].1,
                    reason: if pos == 0 {
                        LinkReason::First
                    } else {
                        name_match(first, entity(node)).unwrap_or(LinkReason::Same)
                    },
                })
                .collect();
            LinkedEntity { name: first.name.clone(), kind: first.kind, members }
        })
        .collect()
}

/// A surname alone that fits two people of one other article ("Clinton" beside Bill and
/// Hillary Clinton) links to neither: guessing would merge the wrong person.
fn drop_ambiguous_surnames(
    candidates: &mut Vec<(LinkReason, usize, usize)>,
    nodes: &[(usize, EntityId)],
) {
    let surname_links = |node: usize, other_article: usize| {
        candidates
            .iter()
            .filter(|&&(reason, a, b)| {
                reason == LinkReason::Surname
                    && ((a == node && nodes[b].0 == other_article)
                        || (b == node && nodes[a].0 == other_article))
            })
            .count()
    };
    let ambiguous: Vec<bool> = candidates
        .iter()
        .map(|&(reason, a, b)| {
            reason == LinkReason::Surname
                && (surname_links(a, nodes[b].0) > 1 || surname_links(b, nodes[a].0) > 1)
        })
        .collect();
    let mut flags = ambiguous.into_iter();
    candidates.retain(|_| !flags.next().expect("one flag per candidate"));
}

/// Whether two entities of different articles name the same thing, and how.
pub fn name_match(a: &Entity, b: &Entity) -> Option<LinkReason> {
    matches(&Name::new(a), &Name::new(b))
}

/// An entity's name prepared once for matching against every name of the other articles
/// (a long article pair tries millions of pairs).
struct Name<'e> {
    entity: &'e Entity,
    folded: String,
    words: Vec<Word>,
    /// The letters of the name if it could be an acronym ("UN": two to eight capitals).
    acronym: Option<String>,
    /// The first letters of its capitalised words ("United Nations": "UN").
    initials: String,
}

impl Name<'_> {
    fn new(entity: &Entity) -> Name<'_> {
        let folded = fold(&entity.name);
        let words = folded.split_whitespace().map(Word::new).collect();
        let letters: String = entity.name.chars().filter(|ch| ch.is_alphabetic()).collect();
        let count = letters.chars().count();
        let acronym = ((2..=8).contains(&count) && letters.chars().all(char::is_uppercase))
            .then_some(letters);
        let initials = entity
            .name
            .split(|ch: char| ch.is_whitespace() || ch == '-')
            .filter_map(|word| word.chars().next())
            .filter(|first| first.is_uppercase())
            .collect();
        Name { entity, folded, words, acronym, initials }
    }

    /// "UN" is an acronym of "United Nations": the initials of its capitalised words.
    fn is_acronym_of(&self, long: &Name) -> bool {
        self.acronym.as_ref().is_some_and(|letters| *letters == long.initials)
    }
}

/// One word of a folded name, with what [`variant`] compares.
struct Word {
    text: String,
    chars: usize,
    skeleton: String,
    first: Option<char>,
    last: Option<char>,
}

impl Word {
    fn new(text: &str) -> Word {
        Word {
            chars: text.chars().count(),
            skeleton: skeleton(text),
            first: text.chars().next(),
            last: text.chars().last(),
            text: text.to_owned(),
        }
    }
}

fn matches(na: &Name, nb: &Name) -> Option<LinkReason> {
    let (a, b) = (na.entity, nb.entity);
    let kinds_fit = a.kind == b.kind
        || matches!(
            (a.kind, b.kind),
            (EntityKind::Organization, EntityKind::Place)
                | (EntityKind::Place, EntityKind::Organization)
        );
    if !kinds_fit {
        return None;
    }
    if a.name == b.name {
        return Some(LinkReason::Same);
    }
    if na.folded == nb.folded {
        return Some(LinkReason::Case);
    }
    if a.kind != b.kind {
        return None;
    }
    let (ta, tb) = (&na.words, &nb.words);
    if ta.len() == tb.len() && ta.iter().zip(tb).all(|(x, y)| variant(x, y)) {
        return Some(LinkReason::Spelling);
    }
    if a.kind == EntityKind::Person {
        return person_match(ta, tb);
    }
    if na.is_acronym_of(nb) || nb.is_acronym_of(na) {
        return Some(LinkReason::Acronym);
    }
    None
}

/// People match on the surname when the first names do not conflict: "Lavrov" joins
/// "Sergei Lavrov", but "Bill Clinton" stays apart from "Hillary Clinton".
fn person_match(a: &[Word], b: &[Word]) -> Option<LinkReason> {
    let (last_a, last_b) = (a.last()?, b.last()?);
    if !variant(last_a, last_b) {
        return None;
    }
    match (a.len(), b.len()) {
        (1, _) | (_, 1) => Some(LinkReason::Surname),
        _ => {
            let (first_a, first_b) = (&a[0], &b[0]);
            let initial = |x: &str, y: &str| x.len() == 1 && y.starts_with(x);
            if variant(first_a, first_b)
                || initial(&first_a.text, &first_b.text)
                || initial(&first_b.text, &first_a.text)
            {
                Some(LinkReason::Spelling)
            } else {
                nickname(&first_a.text, &first_b.text).then_some(LinkReason::Nickname)
            }
        }
    }
}

/// Common English short forms of first names: "Bill Kristol" is "William Kristol".
fn nickname(a: &str, b: &str) -> bool {
    const NICKNAMES: &[(&str, &str)] = &[
        ("alex", "alexander"),
        ("andy", "andrew"),
        ("ben", "benjamin"),
        ("beth", "elizabeth"),
        ("bill", "william"),
        ("billy", "william"),
        ("bob", "robert"),
        ("bobby", "robert"),
        ("charlie", "charles"),
        ("chris", "christopher"),
        ("chuck", "charles"),
        ("dan", "daniel"),
        ("dave", "david"),
        ("dick", "richard"),
        ("don", "donald"),
        ("ed", "edward"),
        ("greg", "gregory"),
        ("hank", "henry"),
        ("harry", "henry"),
        ("jack", "john"),
        ("jeff", "jeffrey"),
        ("jen", "jennifer"),
        ("jerry", "gerald"),
        ("jim", "james"),
        ("jimmy", "james"),
        ("joe", "joseph"),
        ("johnny", "john"),
        ("kate", "katherine"),
        ("larry", "lawrence"),
        ("liz", "elizabeth"),
        ("maggie", "margaret"),
        ("matt", "matthew"),
        ("mike", "michael"),
        ("nick", "nicholas"),
        ("pat", "patrick"),
        ("peggy", "margaret"),
        ("rick", "richard"),
        ("rob", "robert"),
        ("ron", "ronald"),
        ("sam", "samuel"),
        ("steve", "stephen"),
        ("sue", "susan"),
        ("ted", "edward"),
        ("tim", "timothy"),
        ("tom", "thomas"),
        ("tony", "anthony"),
        ("will", "william"),
    ];
    NICKNAMES.iter().any(|&(short, long)| (a == short && b == long) || (a == long && b == short))
}

/// Lower case, punctuation and hyphens dropped, diacritics of Latin letters folded.
fn fold(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for ch in name.chars() {
        if ch.is_alphanumeric() {
            out.extend(ascii_fold(ch).to_lowercase());
        } else if ch.is_whitespace() && !out.ends_with(' ') && !out.is_empty() {
            out.push(' ');
        }
    }
    out.trim_end().to_owned()
}

fn ascii_fold(ch: char) -> char {
    match ch {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' | 'č' | 'ć' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' | 'ń' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        'š' | 'ś' => 's',
        'ž' | 'ź' | 'ż' => 'z',
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'A',
        'É' | 'È' | 'Ê' | 'Ë' => 'E',
        'Ö' | 'Ó' | 'Ò' => 'O',
        'Ü' | 'Ú' => 'U',
        other => other,
    }
}

/// Two folded name words are spellings of one name: equal, the same consonant skeleton
/// ("sergei"/"sergey", "mohammed"/"muhammad"), or nearly equal by Jaro-Winkler
/// ("gaddafi"/"qaddafi").
fn variant(a: &Word, b: &Word) -> bool {
    if a.text == b.text {
        return true;
    }
    if a.chars.min(b.chars) < 4 {
        return false;
    }
    (a.skeleton.len() >= 3 && a.skeleton == b.skeleton && a.first == b.first)
        || a.last == b.last && strsim::jaro_winkler(&a.text, &b.text) >= 0.9
}

/// The consonants of a name with common transliteration pairs merged and doubles collapsed.
fn skeleton(name: &str) -> String {
    let mut out = String::new();
    let chars: Vec<char> = name.chars().collect();
    let mut idx = 0;
    while idx < chars.len() {
        let ch = chars[idx];
        let next = chars.get(idx + 1).copied();
        let mapped = match (ch, next) {
            ('k' | 'g' | 'z' | 's' | 't' | 'd' | 'p' | 'c', Some('h')) => {
                idx += 1;
                match ch {
                    'p' => 'f',
                    'c' => 'k',
                    other => other,
                }
            }
            ('c', Some('k')) | ('q', _) => 'k',
            ('w', _) => 'v',
            ('j', _) => 'y',
            _ => ch,
        };
        idx += 1;
        if matches!(mapped, 'a' | 'e' | 'i' | 'o' | 'u' | 'y') {
            continue;
        }
        if !out.ends_with(mapped) {
            out.push(mapped);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Mention, MentionKind};
    use crate::text::Span;

    fn entity(kind: EntityKind, name: &str) -> Entity {
        Entity {
            kind,
            name: name.to_owned(),
            role: None,
            value: None,
            phrase: None,
            gender: None,
            mentions: vec![Mention { kind: MentionKind::Name, span: Span::new(0, 1) }],
        }
    }

    fn person(name: &str) -> Entity {
        entity(EntityKind::Person, name)
    }

    #[test]
    fn transliterations_and_case_variants_match() {
        let org = |name| entity(EntityKind::Organization, name);
        assert_eq!(
            name_match(&person("Sergei Lavrov"), &person("Sergey Lavrov")),
            Some(LinkReason::Spelling)
        );
        assert_eq!(
            name_match(&person("Mohammed Ali"), &person("Muhammad Ali")),
            Some(LinkReason::Spelling)
        );
        assert_eq!(
            name_match(&person("Muammar Gaddafi"), &person("Muammar Qaddafi")),
            Some(LinkReason::Spelling)
        );
        assert_eq!(name_match(&org("Nato"), &org("NATO")), Some(LinkReason::Case));
        assert_eq!(name_match(&org("UN"), &org("United Nations")), Some(LinkReason::Acronym));
    }

    #[test]
    fn conflicting_first_names_stay_apart() {
        assert_eq!(name_match(&person("Hillary Clinton"), &person("Bill Clinton")), None);
        assert_eq!(
            name_match(&person("William Kristol"), &person("Bill Kristol")),
            Some(LinkReason::Nickname)
        );
        assert_eq!(
            name_match(&person("Clinton"), &person("Bill Clinton")),
            Some(LinkReason::Surname)
        );
        assert_eq!(name_match(&person("Anna Smith"), &person("Anne Smyth")), None);
    }

    #[test]
    fn different_kinds_do_not_link() {
        assert_eq!(name_match(&person("Jordan"), &entity(EntityKind::Place, "Jordan")), None);
    }

    #[test]
    fn a_cluster_takes_one_entity_per_article() {
        let extraction = |entities: Vec<Entity>| Extraction { entities, ..Extraction::default() };
        let linked = link(&[
            extraction(vec![person("Bill Clinton"), person("Hillary Clinton")]),
            extraction(vec![person("Clinton")]),
        ]);
        // "Clinton" could be either: it is left unlinked rather than guessed.
        assert_eq!(linked.len(), 3);
        let linked = link(&[
            extraction(vec![person("Bill Clinton"), person("Hillary Clinton")]),
            extraction(vec![person("Hilary Clinton"), person("Clinton")]),
        ]);
        let hillary =
            linked.iter().find(|l| l.name == "Hillary Clinton").expect("Hillary is there");
        assert_eq!(hillary.members.len(), 2);
        assert_eq!(hillary.members[1].reason, LinkReason::Spelling);
    }
}
