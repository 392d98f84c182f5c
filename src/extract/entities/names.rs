//! Proposes name spans with evidence for their kind, from rules and word lists.
//!
//! [`propose`] finds runs of capitalised words, peels honorifics and titles off them ("Mr",
//! "Foreign Minister"), extends organisation names by a lower-case head ("Nato information
//! office") and scores each run for person, organisation, place and other from its shape, the
//! gazetteers and its neighbours. It knows nothing of other mentions: merging "Lavrov" into
//! "Sergei Lavrov" and choosing one kind per entity happen in `coref`; `tagged` adds the
//! trained recogniser's evidence and names.

use std::collections::HashSet;

use super::lexicon::{self, has};
use super::roles;
use super::words::{Doc, Shape};
use crate::extract::gazetteer::{self, NameWord};
use crate::extract::{EntityKind, Gender};
use crate::text::Span;

/// Scores for each kind a name may be; the entity's kind is the largest sum over its mentions.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Evidence {
    pub person: i32,
    pub organization: i32,
    pub place: i32,
    pub other: i32,
}

impl Evidence {
    /// Adds `score` to the evidence for `kind` (kinds other than the four names are ignored).
    pub fn add(&mut self, kind: EntityKind, score: i32) {
        match kind {
            EntityKind::Person => self.person += score,
            EntityKind::Organization => self.organization += score,
            EntityKind::Place => self.place += score,
            EntityKind::Other => self.other += score,
            _ => {}
        }
    }

    /// Adds another mention's evidence.
    pub fn merge(&mut self, other: Evidence) {
        self.person += other.person;
        self.organization += other.organization;
        self.place += other.place;
        self.other += other.other;
    }

    /// The largest score for any kind.
    pub fn strongest(&self) -> i32 {
        self.person.max(self.organization).max(self.place).max(self.other)
    }

    /// The best-supported kind, or `None` when nothing speaks for any.
    pub fn best(&self) -> Option<EntityKind> {
        let ranked = [
            (self.person, EntityKind::Person),
            (self.organization, EntityKind::Organization),
            (self.place, EntityKind::Place),
            (self.other, EntityKind::Other),
        ];
        let (score, kind) = ranked
            .into_iter()
            .fold((0, None), |best, (s, k)| if s > best.0 { (s, Some(k)) } else { best });
        if score > 0 { kind } else { None }
    }
}

/// A proposed name mention.
#[derive(Debug, Clone)]
pub struct Proposal {
    /// The mention as the text has it: honorific included ("Mr Lavrov"), title and possessive
    /// ending excluded.
    pub mention: Span,
    /// The name alone ("Lavrov"), without honorific.
    pub name: Span,
    /// Number of words in the name.
    pub name_words: usize,
    pub evidence: Evidence,
    /// A role found with the name ("Foreign Minister", "a NATO spokeswoman" → "NATO
    /// spokeswoman").
    pub role: Option<String>,
    pub gender: Option<Gender>,
    /// The gender of a "he" or "she" that follows the name in its sentence: a weaker cue than
    /// `gender`, used when nothing else tells.
    pub pronoun_gender: Option<Gender>,
    /// An upper-case form in capitalised text ("REN QI" in a byline): the name to show is
    /// title-cased.
    pub upper: bool,
}

/// Proposes every name mention of the article, in text order.
pub fn propose(doc: &Doc) -> Vec<Proposal> {
    let seen = Seen::new(doc);
    let mut out = Vec::new();
    let words = &doc.words;
    let mut i = 0;
    while i < words.len() {
        if !is_name_word(doc, i, &seen) {
            i += 1;
            continue;
        }
        let end = run_end(doc, i, &seen);
        // A month on its own is a date's business ("in November"); a lone letter or little
        // word ("C", "The") is no name.
        let lone = doc.low(words[i].stem);
        if end == i + 1 && (is_month(lone) || lone.chars().count() == 1 || is_little_word(lone)) {
            i = end;
            continue;
        }
        if in_byline(doc, i) || after_by(doc, i) {
            out.push(byline_proposal(doc, i, end));
        } else {
            split_run(doc, i, end, &mut out);
        }
        i = end;
    }
    out
}

/// What the article's plain text capitalises: the yardstick for words in shouting lines and
/// at sentence starts.
struct Seen<'d> {
    /// Words capitalised on their own in mid-sentence ("Trump said"): a sentence-initial use
    /// of them is a name even when the word is also common.
    standalone: HashSet<&'d str>,
    /// Words capitalised anywhere in mid-sentence outside shouting lines.
    plain: HashSet<&'d str>,
}

impl<'d> Seen<'d> {
    fn new(doc: &'d Doc) -> Seen<'d> {
        let mut standalone = HashSet::new();
        let mut plain = HashSet::new();
        for (idx, w) in doc.words.iter().enumerate() {
            if !w.capitalised || w.initial || w.shouting {
                continue;
            }
            plain.insert(doc.low(w.stem));
            if !doc.words.get(idx + 1).is_some_and(|n| n.capitalised) {
                standalone.insert(doc.low(w.stem));
            }
        }
        Seen { standalone, plain }
    }
}

/// Whether word `idx` can be part of a name.
/// A word that is never part of a name, whatever its capitals: a weekday, a calendar word, a
/// contraction, a party label ("R-Utah"), a word with digits, a month next to a date.
pub fn never_in_name(doc: &Doc, idx: usize) -> bool {
    let Some(w) = doc.words.get(idx) else { return true };
    let low = doc.low(w.stem);
    has(lexicon::WEEKDAYS, low)
        || lexicon::NEVER_NAMES.contains(low)
        || is_contraction(low)
        || is_party_label(doc.str(w.stem))
        || low.bytes().any(|b| b.is_ascii_digit())
        || (is_month(low) && is_date_neighbour(doc, idx))
}

fn is_name_word(doc: &Doc, idx: usize, seen: &Seen) -> bool {
    let w = &doc.words[idx];
    if w.shape != Shape::Word || !(w.capitalised || w.all_caps) {
        return false;
    }
    if never_in_name(doc, idx) {
        return false;
    }
    let low = doc.low(w.stem);
    // An upper-case word is an acronym ("WHO") unless it is a longer common word set in
    // capitals ("ABSTRACT").
    let acronym =
        w.all_caps && !w.caps_sentence && (low.len() <= 4 || !gazetteer::is_common_word(low));
    if w.all_caps && !acronym && !w.caps_sentence {
        return false;
    }
    // In a title-case or upper-case line capitals say little: a word there is a name's when
    // the article's plain text capitalises it too, or it is an acronym, a known place or
    // first name, or a title.
    if w.shouting
        && !acronym
        && !in_byline(doc, idx)
        && !after_by(doc, idx)
        && !seen.plain.contains(low)
        && !gazetteer::is_place(low)
        && gazetteer::first_name(low).is_none()
        && !is_title_or_honorific(low)
    {
        return false;
    }
    if (w.initial || w.shouting)
        && !acronym
        && gazetteer::is_common_word(low)
        && !seen.standalone.contains(low)
    {
        // A capitalised common word where grammar or a headline capitalises anyway: "However",
        // "Following", "They". A title or honorific still leads into a name.
        return is_title_or_honorific(low) && next_is_name_like(doc, idx);
    }
    true
}

/// A function word that title case capitalises ("The", "And").
fn is_little_word(low: &str) -> bool {
    matches!(
        low,
        "the" | "a" | "an" | "and" | "or" | "but" | "of" | "in" | "on" | "at" | "to" | "for"
    )
}

/// "D-N.C.", "R-Utah": a party and state label after a US politician's name.
fn is_party_label(word: &str) -> bool {
    let mut chars = word.chars();
    matches!(
        (chars.next(), chars.next(), chars.next()),
        (Some('D' | 'R' | 'I'), Some('-'), Some(c)) if c.is_uppercase()
    )
}

/// "I’m", "We're", "Don't": a pronoun or verb with a clitic, never a name.
fn is_contraction(low: &str) -> bool {
    ["m", "re", "ll", "ve", "d", "n't", "n’t"].iter().any(|end| {
        low.strip_suffix(end).is_some_and(|rest| rest.ends_with('\'') || rest.ends_with('’'))
            || (end.starts_with('n') && low.ends_with(end))
    })
}

fn is_month(low: &str) -> bool {
    lexicon::MONTHS.iter().any(|&(m, _)| m == low.trim_end_matches('.'))
}

/// A month next to a number is a date ("Nov 1", "1 November", "March 2019").
fn is_date_neighbour(doc: &Doc, idx: usize) -> bool {
    let number_at = |j: usize| doc.words.get(j).is_some_and(|w| w.shape == Shape::Number);
    number_at(idx + 1)
        || (idx > 0 && number_at(idx - 1))
        || (doc.is_punct(idx + 1, ".") && number_at(idx + 2))
}

fn is_title_or_honorific(low: &str) -> bool {
    lexicon::TITLES.contains(low) || lexicon::HONORIFICS.iter().any(|&(h, _)| h == low)
}

fn next_is_name_like(doc: &Doc, idx: usize) -> bool {
    doc.words.get(idx + 1).is_some_and(|w| w.shape == Shape::Word && (w.capitalised || w.all_caps))
}

/// The end (exclusive) of the run of name words starting at `start`: capitalised words, with
/// connectors ("Bank of England") and abbreviation dots ("Mr. Lavrov", "George W. Bush")
/// inside. A possessive ends the run.
fn run_end(doc: &Doc, start: usize, seen: &Seen) -> usize {
    let words = &doc.words;
    let mut end = start + 1;
    loop {
        if words[end - 1].possessive {
            return end;
        }
        let Some(next) = words.get(end) else { return end };
        if next.sentence != words[start].sentence {
            return end;
        }
        if next.shape == Shape::Word && is_name_word(doc, end, seen) && !next.initial {
            end += 1;
            continue;
        }
        // A dot after an abbreviation or initial inside a name: "Mr. Lavrov", "W. Bush".
        if doc.is_punct(end, ".")
            && is_short_form(doc, end - 1)
            && words.get(end + 1).is_some_and(|w| w.capitalised && w.sentence == next.sentence)
        {
            end += 2;
            continue;
        }
        let low = doc.low(next.span);
        if matches!(low, "and" | "&" | "on")
            && end + 1 < words.len()
            && is_name_word(doc, end + 1, seen)
            && joins_organisation(doc, start, end)
        {
            end += 2;
            continue;
        }
        if next.shape == Shape::Word
            && lexicon::NAME_CONNECTORS.contains(low)
            && words.get(end + 1).is_some_and(|w| w.capitalised && !w.initial)
            && !of_place(doc, end)
        {
            end += 2;
            continue;
        }
        return end;
    }
}

/// Whether "and", "&" or "on" at `connector` is inside one organisation's name: after its head
/// ("Commission on Presidential Debates") or before a short run that ends in one ("Securities
/// and Exchange Commission").
fn joins_organisation(doc: &Doc, start: usize, connector: usize) -> bool {
    let words = &doc.words;
    let capitalised = |j: usize| {
        words.get(j).is_some_and(|w| {
            w.capitalised && w.shape == Shape::Word && doc.same_sentence(connector, j)
        })
    };
    if !capitalised(connector + 1) || connector == 0 {
        return false;
    }
    let after_head = lexicon::ORG_HEADS.contains(doc.low_at(connector - 1));
    match doc.low_at(connector) {
        "on" => return after_head,
        // "Standard & Poor’s", "Johnson & Johnson".
        "&" => return true,
        _ => {}
    }
    // "the NATO Information Office and Military Liaison Mission" are two organisations;
    // "Mr. McConnell and White House officials" are no organisation at all.
    if after_head || !gazetteer::is_common_word(doc.low_at(connector - 1)) {
        return false;
    }
    // "Office of Management and Budget", "Department of Health and Human Services".
    let head_of = (start + 1..connector)
        .any(|j| doc.low_at(j) == "of" && lexicon::ORG_HEADS.contains(doc.low_at(j - 1)));
    head_of
        || (connector + 1..connector + 4)
            .take_while(|&j| capitalised(j))
            .any(|j| lexicon::ORG_HEADS.contains(doc.low_at(j)))
}

/// "Chuck Schumer of New York", "a Democrat of New Jersey": "of" and a place after a name that
/// is no organisation's ("Bank of England", "University of Texas") end the name.
fn of_place(doc: &Doc, connector: usize) -> bool {
    let words = &doc.words;
    if doc.low_at(connector) != "of"
        || lexicon::ORG_HEADS.contains(doc.low_at(connector - 1))
        || lexicon::TITLES.contains(doc.low_at(connector - 1))
    {
        return false;
    }
    let first = connector + 1;
    let place = |len: usize| {
        let last = first + len - 1;
        last < words.len()
            && words[first..=last].iter().all(|w| w.capitalised)
            && gazetteer::is_place(
                doc.low(Span::new(words[first].span.start, words[last].stem.end)),
            )
    };
    place(1) || place(2) || place(3)
}

/// A word a dot may follow inside a name: an honorific or title abbreviation, or an initial.
fn is_short_form(doc: &Doc, idx: usize) -> bool {
    let w = &doc.words[idx];
    let low = doc.low(w.stem);
    w.shape == Shape::Word && (low.chars().count() == 1 || lexicon::ABBREVIATIONS.contains(low))
}

/// The reporter's name from the byline: the whole run is a person.
fn byline_proposal(doc: &Doc, start: usize, end: usize) -> Proposal {
    let span = Span::new(doc.words[start].span.start, doc.words[end - 1].stem.end);
    let mut evidence = Evidence::default();
    evidence.add(EntityKind::Person, 20);
    Proposal {
        mention: span,
        name: span,
        name_words: end - start,
        evidence,
        role: Some("reporter".to_owned()),
        gender: None,
        pronoun_gender: None,
        upper: doc.words[start].all_caps,
    }
}

/// Whether word `idx` is in the reporter's name that the text layer found in the byline.
fn in_byline(doc: &Doc, idx: usize) -> bool {
    doc.article.byline.is_some_and(|byline| byline.contains(doc.words[idx].span))
}

/// Whether the run at `start` follows a paragraph-initial "By": a byline the text layer did not
/// mark ("By REN QI in Moscow").
fn after_by(doc: &Doc, start: usize) -> bool {
    start
        .checked_sub(1)
        .is_some_and(|j| doc.low_at(j) == "by" && doc.words[j].initial && doc.words[j].capitalised)
}

/// The proposals for the words `start..end` taken as one run of name words (a name another
/// finder saw there, e.g. the trained recogniser): honorifics, titles and roles peeled off
/// and each name scored as [`propose`] would.
pub fn propose_run(doc: &Doc, start: usize, end: usize) -> Vec<Proposal> {
    let mut out = Vec::new();
    if start < end && end <= doc.words.len() {
        split_run(doc, start, end, &mut out);
    }
    out
}

/// Splits a run of name words into an optional leading name, a title and a name, and proposes
/// each name in it.
fn split_run(doc: &Doc, start: usize, end: usize, out: &mut Vec<Proposal>) {
    let words = &doc.words;
    let low = |j: usize| doc.low(words[j].stem);
    let last_low = low(end - 1);
    let org_like = lexicon::ORG_HEADS.contains(last_low);
    // Honorific: "Mr Lavrov", "Mrs. Clinton".
    if let Some(&(_, gender)) = lexicon::HONORIFICS.iter().find(|&&(h, _)| h == low(start)) {
        let mut name_start = start + 1;
        if doc.is_punct(name_start, ".") {
            name_start += 1;
        }
        // "Miss Universe Alicia Machado", "Miss America": a title, not an honorific.
        let pageant = low(start) == "miss"
            && end - name_start >= 3
            && (gazetteer::is_common_word(low(name_start)) || gazetteer::is_place(low(name_start)));
        if pageant {
            let mut p = base(doc, name_start + 1, end);
            p.role = Some(doc.str(words[start].span.cover(words[name_start].stem)).to_owned());
            p.gender = gender;
            p.evidence.add(EntityKind::Person, 6);
            finish_person(doc, start, end, &mut p);
            out.push(p);
            return;
        }
        if name_start < end && !org_like {
            let mut p = base(doc, name_start, end);
            p.mention = words[start].span.cover(p.name);
            p.gender = gender;
            p.evidence.add(EntityKind::Person, 10);
            finish_person(doc, start, end, &mut p);
            out.push(p);
            return;
        }
    }
    if !org_like && let Some((title_start, title_end)) = title_in_run(doc, start, end) {
        if title_start > start {
            // "Nato" of "Nato Secretary General Jens Stoltenberg": a name of its own, most
            // often an organisation's or a country's.
            let before = out.len();
            split_run(doc, start, title_start, out);
            for p in &mut out[before..] {
                p.evidence.add(EntityKind::Organization, 1);
            }
        }
        let mut p = base(doc, title_end, end);
        p.evidence.add(EntityKind::Person, 6);
        let role_span = words[start].span.cover(words[title_end - 1].stem);
        let role_span = roles::extend_left(doc, start, role_span);
        p.role = Some(doc.str(role_span).to_owned());
        p.gender = roles::gender_of(doc.low(role_span));
        finish_person(doc, start, end, &mut p);
        out.push(p);
        return;
    }
    // "Democrat Hillary Clinton", "Russian dissident…": a party or nationality word before a
    // first name is the person's role.
    if !org_like
        && end - start >= 3
        && is_group_word(low(start))
        && gazetteer::first_name(low(start + 1)).is_some()
    {
        let mut p = base(doc, start + 1, end);
        p.role = Some(doc.str(words[start].stem).to_owned());
        p.evidence.add(EntityKind::Person, 4);
        finish_person(doc, start, end, &mut p);
        out.push(p);
        return;
    }
    // "President", "Foreign Minister" alone: a role with no name.
    if (start..end).all(|j| lexicon::TITLES.contains(low(j)) || doc.is_punct(j, ".")) {
        return;
    }
    let mut p = base(doc, start, end);
    score(doc, start, end, &mut p);
    out.push(p);
}

/// The proposal for the name words `start..end`, with no evidence yet.
fn base(doc: &Doc, start: usize, end: usize) -> Proposal {
    let words = &doc.words;
    let name = Span::new(words[start].span.start, words[end - 1].stem.end);
    let name_words = (start..end).filter(|&j| words[j].shape == Shape::Word).count();
    Proposal {
        mention: name,
        name,
        name_words,
        evidence: Evidence::default(),
        role: None,
        gender: None,
        pronoun_gender: None,
        // "REN QI" is a name in capitals; "NATO" is an acronym and keeps its form.
        upper: words[start..end].iter().all(|w| w.all_caps || w.shape != Shape::Word)
            && (name_words >= 2 || words[start].caps_sentence),
    }
}

/// The title words in a run that stand before a person's name: "Foreign Minister" of "Foreign
/// Minister Sergei Lavrov", "Secretary of State" of "Secretary of State John Kerry". Returns the
/// word range of the title; the name follows it.
fn title_in_run(doc: &Doc, start: usize, end: usize) -> Option<(usize, usize)> {
    // "Representative-elect", "ex-President": the title inside.
    let low = |j: usize| {
        let low = doc.low(doc.words[j].stem);
        let low = low.strip_suffix("-elect").unwrap_or(low);
        low.strip_prefix("ex-").unwrap_or(low)
    };
    // The last title head with a name after it.
    let head =
        (start..end.saturating_sub(1)).rev().find(|&j| lexicon::TITLE_HEADS.contains(low(j)))?;
    // Through following title words, connectors and abbreviation dots: "Secretary General",
    // "Secretary of State", "Rep." of "Rep. Gwen Moore".
    let in_title = |j: usize| {
        lexicon::TITLES.contains(low(j))
            || lexicon::NAME_CONNECTORS.contains(low(j))
            || doc.is_punct(j, ".")
    };
    let mut title_end = head + 1;
    while title_end < end - 1 && in_title(title_end) {
        title_end += 1;
    }
    // Back through title words: "Foreign Minister", "Deputy Prime Minister", "Lt. Gen.".
    let mut title_start = head;
    while title_start > start
        && (lexicon::TITLES.contains(low(title_start - 1)) || doc.is_punct(title_start - 1, "."))
    {
        title_start -= 1;
    }
    let rest: Vec<usize> =
        (title_end..end).filter(|&j| doc.words[j].shape == Shape::Word).collect();
    // "General Electric", "Major League": a single common word after the title is no name.
    if rest.is_empty()
        || (rest.len() == 1 && gazetteer::is_common_word(low(rest[0])))
        || gazetteer::is_place(doc.low(doc.words[title_end].span.cover(doc.words[end - 1].stem)))
    {
        return None;
    }
    Some((title_start, title_end))
}

/// Scores a run that has no honorific or title in it.
fn score(doc: &Doc, start: usize, end: usize, p: &mut Proposal) {
    let words = &doc.words;
    let low_name = doc.low(p.name);
    let last_low = doc.low(words[end - 1].stem);
    let single = p.name_words == 1;
    if lexicon::ORG_HEADS.contains(last_low) && !gazetteer::is_place(low_name) {
        p.evidence.add(EntityKind::Organization, 5);
    }
    if let Some(tail) = org_tail(doc, end) {
        p.mention = p.mention.cover(tail);
        p.name = p.mention;
        p.evidence.add(EntityKind::Organization, 6);
        return;
    }
    if gazetteer::is_place(low_name) {
        p.evidence.add(EntityKind::Place, 5);
    }
    if single && is_group_word(low_name) {
        p.evidence.add(EntityKind::Other, 4);
    }
    if !single && lexicon::PLACE_HEADS.contains(last_low) {
        // "Kestrel Falls", "Marrow Dam": a person's surname is rarely a word for a place, and
        // unless the name starts with a known first name ("Lily Lake") this outweighs the
        // recogniser, which knows invented places no better than invented people.
        let first_name = gazetteer::first_name(doc.low(words[start].stem)).is_some();
        p.evidence.add(EntityKind::Place, if first_name { 5 } else { 9 });
    }
    if doc.article.dateline.is_some_and(|dateline| dateline.contains(p.name)) {
        // "KESTREL FALLS, March 10 —": a dateline names the place the story was filed from.
        p.evidence.add(EntityKind::Place, 8);
    }
    if !single && lexicon::EVENT_HEADS.contains(last_low) {
        // "Election Day", "Affordable Care Act", "Cold War": events and laws are other.
        p.evidence.add(EntityKind::Other, 5);
    }
    let connected =
        (start..end).any(|j| matches!(doc.low_at(j), "of" | "for" | "&" | "and" | "on"));
    if !single && (connected || doc.low_at(start) == "the") {
        // "Voice of America", "The Daily Beast": people's names have neither.
        p.evidence.add(EntityKind::Organization, 2);
    }
    let first = words[start];
    if single && first.all_caps && !first.caps_sentence && doc.str(first.stem).chars().count() <= 6
    {
        p.evidence.add(EntityKind::Organization, 3);
    }
    if !single && let Some(gender) = gazetteer::first_name(doc.low(first.stem)) {
        p.evidence.add(EntityKind::Person, 3);
        p.gender = gender;
    }
    let before = start.checked_sub(1).map_or("", |j| doc.low_at(j));
    if matches!(before, "in" | "at" | "from" | "near" | "across") {
        p.evidence.add(EntityKind::Place, 1);
    }
    // A name that qualifies a role or an office ("Nato spokeswoman", "Kremlin press office") is
    // mostly an organisation's.
    let after = doc.words.get(end).filter(|w| !w.capitalised && !words[end - 1].possessive);
    if after.is_some_and(|w| {
        lexicon::ROLE_NOUNS.contains(doc.low(w.stem)) || org_tail(doc, end).is_some()
    }) {
        p.evidence.add(EntityKind::Organization, 1);
    }
    // "the Kremlin said", "the Pentagon’s": an institution. Not "the Obama administration",
    // where the name only qualifies a noun.
    let qualifies_noun = !words[end - 1].possessive
        && doc.words.get(end).is_some_and(|w| {
            w.shape == Shape::Word
                && !w.capitalised
                && !lexicon::SPEECH_VERBS.contains(doc.low(w.stem))
                && !has(AUXILIARIES, doc.low(w.stem))
        });
    if single && before == "the" && !qualifies_noun {
        p.evidence.add(EntityKind::Organization, 1);
    }
    if start > 0 && lexicon::ORG_NOUNS.contains(before) && doc.same_sentence(start - 1, start) {
        p.evidence.add(EntityKind::Organization, 4);
    }
    finish_person(doc, start, end, p);
    add_name_word_evidence(doc, start, end, p);
    if !single {
        // Two or three rare words are most often a person's name ("Kamala Lopez"); common
        // words make a thing's name ("Equal Rights Amendment", "Fancy Bear").
        let common = (start..end).any(|j| {
            let low = doc.low_at(j);
            doc.words[j].shape == Shape::Word
                && gazetteer::first_name(low).is_none()
                && (gazetteer::is_common_word(low)
                    || gazetteer::is_place(low)
                    || is_group_word(low))
        });
        if common {
            p.evidence.add(EntityKind::Organization, 3);
        } else if p.evidence.best().is_none() {
            p.evidence.add(EntityKind::Person, 1);
        }
    }
}

/// What annotated news says of the run's words: "Reuters" is mostly an organisation's name,
/// "Clinton" a person's, "United" never a person's.
fn add_name_word_evidence(doc: &Doc, start: usize, end: usize, p: &mut Proposal) {
    let single = p.name_words == 1;
    let weight = if single { 2 } else { 1 };
    for j in start..end {
        let kind = match gazetteer::name_word(doc.low_at(j)) {
            Some(NameWord::Person) => EntityKind::Person,
            Some(NameWord::Organization) => EntityKind::Organization,
            Some(NameWord::Place) => EntityKind::Place,
            Some(NameWord::Other) => EntityKind::Other,
            Some(NameWord::Thing) if !single => EntityKind::Organization,
            _ => continue,
        };
        p.evidence.add(kind, weight);
    }
}

/// A demonym or a group of people, singular or plural, alone or in a compound: "Russian",
/// "Americans", "African-American", "Democrats", "Missourians".
pub fn is_group_word(low: &str) -> bool {
    let last = low.rsplit(['-', '‐']).next().unwrap_or(low);
    // "Missourians", "Floridians": people of a place, by the shape of the word.
    if last.len() > 6 && last.ends_with("ians") {
        return true;
    }
    let singular = last.strip_suffix('s').unwrap_or(last);
    [last, singular].iter().any(|w| gazetteer::is_demonym(w) || lexicon::GROUP_NOUNS.contains(w))
}

/// Adds the person evidence of the name's neighbours: a role noun before or an appositive role
/// after it, a speech verb.
fn finish_person(doc: &Doc, start: usize, end: usize, p: &mut Proposal) {
    // "his fellow Missourians urged him": a group of people is no person.
    if p.name_words == 1 && is_group_word(doc.low(p.name)) {
        return;
    }
    if p.role.is_none()
        && let Some(role) = roles::find(doc, start, end)
    {
        p.evidence.add(EntityKind::Person, 4);
        if p.gender.is_none() {
            p.gender = roles::gender_of(doc.low(role));
        }
        p.role = Some(doc.str(role).to_owned());
    }
    let after = doc.low_at(end);
    let before = start.checked_sub(1).map_or("", |j| doc.low_at(j));
    // "Officials in Geneva said": after a preposition the name is not the speaker.
    let governed = has(PREPOSITIONS, before);
    if let Some((kind, gender)) = next_pronoun(doc, end) {
        p.evidence.add(kind, 1);
        p.pronoun_gender = gender;
    }
    if (lexicon::SPEECH_VERBS.contains(after) && !governed) || has(INVERSION_VERBS, before) {
        p.evidence.add(EntityKind::Person, 2);
    }
}

/// The kind (and gender) that the next personal pronoun in the sentence suggests: "he", "she",
/// "his", "her" for a person, "it", "its" for an organisation. Looks a few words ahead only.
fn next_pronoun(doc: &Doc, end: usize) -> Option<(EntityKind, Option<Gender>)> {
    let last = (end + 8).min(doc.words.len());
    // Another name before the pronoun may be what it refers to: stop there.
    (end..last)
        .take_while(|&j| doc.same_sentence(end - 1, j) && !doc.words[j].capitalised)
        .find_map(|j| match doc.low_at(j) {
            "he" | "his" | "him" | "himself" => Some((EntityKind::Person, Some(Gender::Male))),
            "she" | "her" | "hers" | "herself" => Some((EntityKind::Person, Some(Gender::Female))),
            "it" | "its" | "itself" => Some((EntityKind::Organization, None)),
            _ => None,
        })
}

/// Speech verbs that put the speaker after them ("said Lavrov"); "told" and "asked" put the
/// listener there instead.
const INVERSION_VERBS: &[&str] =
    &["said", "says", "added", "adds", "wrote", "writes", "noted", "explained", "continued"];

/// Auxiliary and common verbs that may follow a name used as a subject.
const AUXILIARIES: &[&str] = &[
    "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can", "should",
    "may", "might", "must", "did", "does", "do",
];

/// Prepositions that put a name in a phrase of its own.
const PREPOSITIONS: &[&str] =
    &["in", "at", "from", "to", "of", "for", "with", "by", "on", "near", "across", "into", "about"];

/// A lower-case organisation head after a name: "information office" of "Nato information
/// office". Returns the span of the tail.
fn org_tail(doc: &Doc, end: usize) -> Option<Span> {
    let words = &doc.words;
    if words[end - 1].possessive {
        return None;
    }
    let word_at = |j: usize| {
        words.get(j).filter(|w| {
            w.shape == Shape::Word && !w.capitalised && w.sentence == words[end - 1].sentence
        })
    };
    let first = word_at(end)?;
    if lexicon::ORG_TAIL_HEADS.contains(doc.low(first.stem)) {
        return Some(first.stem);
    }
    let second = word_at(end + 1)?;
    (lexicon::ORG_TAIL_MODIFIERS.contains(doc.low(first.span))
        && lexicon::ORG_TAIL_HEADS.contains(doc.low(second.stem)))
    .then(|| first.span.cover(second.stem))
}
