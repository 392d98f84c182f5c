//! In-article coreference of names: groups proposals into entities and picks each entity's kind,
//! name, role and gender.
//!
//! Rules, in order: the same name in any case or with dashes lost ("NATO"/"Nato",
//! "NatoRussia"/"Nato-Russia") is one entity; a one-word name that is the surname or the common
//! first name of a multi-word person joins that person ("Lavrov", "Mr Lavrov", "Hillary"); an
//! upper-case word that spells the initials of a longer name joins it ("UN" / "United Nations").
//! The kind is the one with most evidence summed over all mentions, so one strong cue (an
//! honorific, a title) outweighs a weak one elsewhere.

use std::collections::BTreeMap;

use super::lexicon;
use super::names::{Evidence, Proposal};
use super::words::Doc;
use crate::extract::gazetteer;
use crate::extract::{Entity, EntityKind, Gender, Mention, MentionKind};
use crate::sorting;

/// A group of proposals that name one thing.
struct Group {
    proposals: Vec<usize>,
    evidence: Evidence,
}

/// Groups the proposals into entities (people, organisations, places, other names).
pub fn resolve(doc: &Doc, proposals: &[Proposal]) -> Vec<Entity> {
    // 1. Exact names, folded for case and dashes.
    let mut by_key: BTreeMap<String, usize> = BTreeMap::new();
    let mut groups: Vec<Group> = Vec::new();
    let mut group_of = vec![0; proposals.len()];
    for (idx, p) in proposals.iter().enumerate() {
        let key = fold(doc.str(p.name));
        let group = *by_key.entry(key).or_insert_with(|| {
            groups.push(Group { proposals: Vec::new(), evidence: Evidence::default() });
            groups.len() - 1
        });
        groups[group].proposals.push(idx);
        groups[group].evidence.merge(p.evidence);
        group_of[idx] = group;
    }
    // 2. A middle name or initial makes no other person: "Donald J. Trump" is "Donald Trump".
    let mut target: Vec<usize> = (0..groups.len()).collect();
    let mut by_ends: BTreeMap<String, usize> = BTreeMap::new();
    for (g, group) in groups.iter().enumerate() {
        let p = &proposals[group.proposals[0]];
        if p.name_words >= 3 && is_person(&group.evidence) {
            let words: Vec<&str> = doc.str(p.name).split_whitespace().collect();
            if let (Some(first), Some(last)) = (words.first(), words.last()) {
                by_ends.insert(fold(&format!("{first} {last}")), g);
            }
        }
    }
    for (g, group) in groups.iter().enumerate() {
        let p = &proposals[group.proposals[0]];
        if p.name_words == 2
            && let Some(&h) = by_ends.get(&fold(doc.str(p.name)))
        {
            target[g] = h;
        }
    }
    // 3. One-word names join the multi-word person they are part of.
    let mut by_part: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (g, group) in groups.iter().enumerate() {
        let p = &proposals[group.proposals[0]];
        if p.name_words >= 2 && is_person(&group.evidence) && target[g] == g {
            let words: Vec<&str> = doc.str(p.name).split_whitespace().collect();
            // The surname with its particles: "van Dam" of "Pieter van Dam".
            let mut first_of_surname = words.len().saturating_sub(1);
            while first_of_surname > 1
                && lexicon::NAME_CONNECTORS
                    .contains(&words[first_of_surname - 1].to_ascii_lowercase())
            {
                first_of_surname -= 1;
            }
            by_part.entry(fold(&words[first_of_surname..].join(" "))).or_default().push(g);
            // The first name alone names the person too ("Hillary", "Mitt"); a known place
            // stays a place (checked where single words join).
            if let Some(first) = words.first()
                && first.chars().filter(|c| c.is_alphabetic()).count() > 1
            {
                by_part.entry(fold(first)).or_default().push(g);
            }
        }
    }
    for (g, group) in groups.iter().enumerate() {
        let p = &proposals[group.proposals[0]];
        let Some(people) = by_part.get(&fold(doc.str(p.name))) else { continue };
        if people.contains(&g) {
            continue;
        }
        // A known place stays a place ("Washington") unless something marks a person.
        let name = doc.str(p.name);
        if gazetteer::is_place(&name.to_ascii_lowercase())
            && group.evidence.place > group.evidence.person
        {
            continue;
        }
        // Of several people sharing it, the one the article names most in full: news calls
        // its main figure by surname and relatives by first name ("Clinton" is Hillary, not
        // her daughter Chelsea Clinton). Ties go to the one named first.
        let chosen = people.iter().copied().max_by_key(|&h| {
            (
                groups[h].proposals.len(),
                std::cmp::Reverse(proposals[groups[h].proposals[0]].name.start),
            )
        });
        if let Some(h) = chosen {
            target[g] = h;
        }
    }
    // 4. A first word alone stands for the organisation it begins ("Wells" for Wells Fargo),
    //    unless it is a place or a person's name, or the longer name is a part of it ("Nato"
    //    is not its "Nato information office").
    let mut by_first: BTreeMap<String, usize> = BTreeMap::new();
    for (g, group) in groups.iter().enumerate() {
        let p = &proposals[group.proposals[0]];
        let last = doc.str(p.name).split_whitespace().last().unwrap_or_default();
        let part = lexicon::ORG_HEADS.contains(&last.to_ascii_lowercase());
        if p.name_words >= 2
            && !part
            && group.evidence.best() == Some(EntityKind::Organization)
            && let Some(first) = doc.str(p.name).split_whitespace().next()
        {
            by_first.entry(fold(first)).or_insert(g);
        }
    }
    for (g, group) in groups.iter().enumerate() {
        let p = &proposals[group.proposals[0]];
        let name = doc.str(p.name);
        if p.name_words == 1
            && target[g] == g
            && matches!(group.evidence.best(), None | Some(EntityKind::Organization))
            && !gazetteer::is_place(&name.to_ascii_lowercase())
            && let Some(&h) = by_first.get(&fold(name))
        {
            target[g] = h;
        }
    }
    // 5. Acronyms join the long name whose initials they spell.
    let mut by_initials: BTreeMap<String, usize> = BTreeMap::new();
    for (g, group) in groups.iter().enumerate() {
        let p = &proposals[group.proposals[0]];
        if p.name_words >= 2 && !is_person(&group.evidence) {
            let initials = initials(doc.str(p.name));
            if initials.len() >= 2 {
                by_initials.entry(initials).or_insert(g);
            }
        }
    }
    for (g, group) in groups.iter().enumerate() {
        let p = &proposals[group.proposals[0]];
        let name = doc.str(p.name);
        if p.name_words == 1 && name.chars().all(|c| c.is_uppercase() || c == '.') {
            let letters: String = name.chars().filter(|c| c.is_alphabetic()).collect();
            if let Some(&h) = by_initials.get(&letters)
                && target[g] == g
            {
                target[g] = h;
            }
        }
    }
    // Collect the members of each final group, in text order.
    let mut members: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (idx, &g) in group_of.iter().enumerate() {
        members.entry(target[g]).or_default().push(idx);
    }
    members.into_values().filter_map(|idxs| entity(doc, proposals, &idxs)).collect()
}

fn is_person(evidence: &Evidence) -> bool {
    evidence.best() == Some(EntityKind::Person)
}

/// A name folded for matching: lower case, letters and digits only, spaces kept as one.
fn fold(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if c.is_whitespace() && !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out
}

/// The initials of a name's capitalised words: "United Nations" → "UN", "Bank of England" →
/// "BE".
fn initials(name: &str) -> String {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter_map(|word| word.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

/// Builds one entity from its proposals.
fn entity(doc: &Doc, proposals: &[Proposal], idxs: &[usize]) -> Option<Entity> {
    let mut evidence = Evidence::default();
    for &i in idxs {
        evidence.merge(proposals[i].evidence);
    }
    let fullest = idxs.iter().map(|&i| &proposals[i]).max_by_key(|p| {
        let capitals = doc.str(p.name).chars().all(|c| !c.is_lowercase());
        (p.name_words, !p.upper, !capitals, std::cmp::Reverse(p.name.start))
    })?;
    let kind = evidence.best().unwrap_or(if fullest.name_words >= 2 {
        EntityKind::Person
    } else {
        EntityKind::Organization
    });
    let name = if fullest.upper {
        title_case(doc.str(fullest.name))
    } else {
        doc.str(fullest.name).to_owned()
    };
    let is_person = kind == EntityKind::Person;
    let role = if is_person { idxs.iter().find_map(|&i| proposals[i].role.clone()) } else { None };
    let gender: Option<Gender> = if is_person {
        idxs.iter().find_map(|&i| proposals[i].gender).or_else(|| pronoun_gender(proposals, idxs))
    } else {
        None
    };
    let mut mentions: Vec<Mention> = idxs
        .iter()
        .map(|&i| Mention { kind: MentionKind::Name, span: proposals[i].mention })
        .collect();
    sorting::sort_by_key(&mut mentions, |m| (m.span.start, m.span.end));
    mentions.dedup();
    Some(Entity { kind, name, role, value: None, phrase: None, gender, mentions })
}

/// The gender most pronouns after the mentions point to, when they agree by a clear margin.
fn pronoun_gender(proposals: &[Proposal], idxs: &[usize]) -> Option<Gender> {
    let (mut female, mut male) = (0, 0);
    for &i in idxs {
        match proposals[i].pronoun_gender {
            Some(Gender::Female) => female += 1,
            Some(Gender::Male) => male += 1,
            None => {}
        }
    }
    if female > 2 * male {
        Some(Gender::Female)
    } else if male > 2 * female {
        Some(Gender::Male)
    } else {
        None
    }
}

/// "REN QI" → "Ren Qi".
fn title_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut start = true;
    for c in name.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphanumeric() && c != '\'' && c != '’';
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_and_dashes() {
        assert_eq!(fold("Nato-Russia Council"), fold("NatoRussia council"));
        assert_eq!(initials("United Nations"), "UN");
        assert_eq!(title_case("REN QI"), "Ren Qi");
    }
}
