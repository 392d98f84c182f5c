//! Speaker phrases: the noun phrase that names who speaks, read backwards from a cue verb
//! ("Nato spokeswoman Oana Lungescu said"), forwards after an inverted cue ("said the NATO
//! press office") or after "according to"; split into its name, role and gender hints.
//!
//! Works on the words of one sentence only; knows nothing of entities.

use std::borrow::Cow;

use super::lexicon::{self, Pronoun};
use super::words::{Tok, is_capitalised};
use crate::extract::{Gender, gazetteer};
use crate::text::{Span, chars};

/// A phrase that names a speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Phrase {
    /// The whole phrase: "Nato spokeswoman Oana Lungescu", "the NATO press office", "a source".
    pub span: Span,
    /// The name in it, when it has one: "Oana Lungescu", "Lavrov" (of "Mr Lavrov"),
    /// "NATO press office".
    pub name: Option<Span>,
    /// Role words kept apart from the name ("Nato spokeswoman"; an appositive "a NATO spokeswoman").
    pub role: Option<Span>,
    pub pronoun: Option<Pronoun>,
    /// What the honorific or role words say of the speaker's gender.
    pub gender: Option<Gender>,
    /// Whether the name looks like an organisation's rather than a person's.
    pub organisation: bool,
    /// Whether the name looks like a person's: two or more capitalised words, or a name after
    /// an honorific or role.
    pub person: bool,
}

/// Longest phrase worth reading, in tokens.
const MAX_PHRASE: usize = 10;

/// The speaker phrase that ends right before `toks[cue]` (skipping adverbs and auxiliaries and
/// an appositive between commas), within `toks[floor..]`.
pub fn backward(text: &str, toks: &[Tok], floor: usize, cue: usize) -> Option<Phrase> {
    let mut end = cue;
    while end > floor
        && toks[end - 1].word
        && lexicon::is_skippable_adverb(&toks[end - 1].lower(text))
    {
        end -= 1;
    }
    // Bracketed asides and appositives between commas, innermost last: "Rep. John Mica
    // (R-Fla.) said", "Scott Pruitt, the attorney general of Oklahoma, one of the states
    // suing, said".
    let mut appositive: Option<Span> = None;
    for _ in 0..4 {
        if end > floor + 1 && toks[end - 1].text(text) == ")" {
            let open = (floor..end - 1).rev().take(12).find(|&i| toks[i].text(text) == "(")?;
            end = open;
            continue;
        }
        if end <= floor || toks[end - 1].text(text) != "," {
            break;
        }
        let close = end - 1;
        let mut open = close;
        while open > floor && close - open < 30 && toks[open - 1].text(text) != "," {
            open -= 1;
        }
        if open == close {
            return None;
        }
        let segment = &toks[open..close];
        if open == floor || !is_appositive(text, segment) {
            // The name itself between commas after its description: "the minister, Ana
            // Lind, said".
            let is_name = segment.len() <= 6
                && segment.iter().all(|t| !t.word || is_capitalised(t.text(text)))
                && segment.iter().any(|t| t.word)
                && appositive.is_none();
            let role =
                if open > floor { description_before(text, toks, floor, open - 1) } else { None };
            let role = role.filter(|_| is_name)?;
            let mut phrase = build(text, segment, Some(role));
            phrase.person = true;
            return Some(phrase);
        }
        let this = toks[open].span.cover(toks[close - 1].span);
        appositive = Some(appositive.map_or(this, |later| this.cover(later)));
        end = open - 1;
    }
    let mut start = end;
    while start > floor && end - start < MAX_PHRASE {
        let tok = toks[start - 1];
        let word = tok.text(text);
        if !tok.word {
            // "Mr." and initials keep their full stop inside a name.
            if word == "."
                && start >= floor + 2
                && start < end
                && abbreviation_dot(text, toks[start - 2])
            {
                start -= 1;
                continue;
            }
            break;
        }
        let lw = chars::lower(word);
        if start == end
            && let Some(pronoun) = lexicon::pronoun(&lw)
        {
            return Some(pronoun_phrase(tok.span, pronoun));
        }
        if is_capitalised(word) && !lexicon::is_calendar_word(&lw) {
            start -= 1;
            continue;
        }
        if lexicon::is_determiner(&lw) {
            start -= 1;
            // "Mr Morgan of the Sierra Club": the phrase goes on before "of the".
            let joined = start > floor + 1
                && matches!(toks[start - 1].lower(text).as_ref(), "of" | "for" | "at")
                && is_capitalised(toks[start - 2].text(text));
            if joined {
                start -= 1;
                continue;
            }
            break;
        }
        if start == end && matches!(lw.as_ref(), "of" | "for") {
            break;
        }
        if lexicon::stops_phrase(&lw)
            || lexicon::is_cue_verb(&lw)
            || word.chars().any(char::is_numeric)
        {
            break;
        }
        start -= 1;
    }
    // A determiner alone, or nothing, is no speaker.
    let has_content =
        (start..end).any(|i| toks[i].word && !lexicon::is_determiner(&toks[i].lower(text)));
    if !has_content {
        return None;
    }
    Some(build(text, &toks[start..end], appositive))
}

/// The speaker phrase that starts at `toks[from]` and runs forwards to a comma, a preposition
/// or a time word, within `toks[..limit]`.
pub fn forward(text: &str, toks: &[Tok], from: usize, limit: usize) -> Option<Phrase> {
    let first = toks.get(from).filter(|t| t.word && from < limit)?;
    let first_lower = first.lower(text);
    if let Some(pronoun) = lexicon::pronoun(&first_lower) {
        return Some(pronoun_phrase(first.span, pronoun));
    }
    // A phrase does not open with a preposition, a time or an object pronoun.
    let opens_badly = lexicon::stops_phrase(&first_lower)
        || lexicon::ends_inverted_speaker(&first_lower)
        || lexicon::is_calendar_word(&first_lower)
        || matches!(first_lower.as_ref(), "of" | "for" | "him" | "her" | "them" | "us" | "me");
    if opens_badly {
        return None;
    }
    let mut end = from;
    let mut named = false;
    while end < limit && end - from < MAX_PHRASE {
        let tok = toks[end];
        let word = tok.text(text);
        if !tok.word {
            if word == "." && end > from && abbreviation_dot(text, toks[end - 1]) {
                end += 1;
                continue;
            }
            break;
        }
        let lw = chars::lower(word);
        let stops = lexicon::ends_inverted_speaker(&lw) || lexicon::is_calendar_word(&lw);
        if end > from && (stops || lexicon::is_cue_verb(&lw)) {
            break;
        }
        if lw == "of" || lw == "for" {
            // "a spokesman for the Pentagon": go on only into a name or a determiner.
            let next = toks.get(end + 1).filter(|t| t.word && end + 1 < limit);
            let goes_on = next.is_some_and(|n| {
                is_capitalised(n.text(text)) || lexicon::is_determiner(&n.lower(text))
            });
            if !goes_on {
                break;
            }
        } else if !is_capitalised(word) && lexicon::stops_phrase(&lw) {
            break;
        } else if !is_capitalised(word)
            && named
            && !(lexicon::is_org_word(&lw) || lexicon::is_role_word(&lw))
        {
            // After a name, a lower-case word is its verb: "Hillary Clinton chimed in".
            break;
        }
        named = named || is_capitalised(word);
        end += 1;
    }
    if end == from {
        return None;
    }
    Some(build(text, &toks[from..end], None))
}

/// The description right before a comma, back to its determiner: "the minister" of "the
/// minister, Ana Lind, said".
fn description_before(text: &str, toks: &[Tok], floor: usize, comma: usize) -> Option<Span> {
    let mut start = comma;
    while start > floor && comma - start < 6 && toks[start - 1].word {
        start -= 1;
        if lexicon::is_determiner(&toks[start].lower(text)) {
            return Some(toks[start].span.cover(toks[comma - 1].span));
        }
    }
    None
}

fn pronoun_phrase(span: Span, pronoun: Pronoun) -> Phrase {
    let gender = match pronoun {
        Pronoun::He => Some(Gender::Male),
        Pronoun::She => Some(Gender::Female),
        _ => None,
    };
    Phrase {
        span,
        name: None,
        role: None,
        pronoun: Some(pronoun),
        gender,
        organisation: false,
        person: false,
    }
}

/// Whether a full stop after this word belongs to it: honorifics and initials.
fn abbreviation_dot(text: &str, tok: Tok) -> bool {
    let word = tok.text(text);
    tok.word
        && (lexicon::honorific(&chars::lower(word)).is_some()
            || (word.chars().count() == 1 && is_capitalised(word)))
}

/// Whether the words between two commas describe the name before them: "a NATO spokeswoman",
/// "the first deputy chairman of …", "45", "who chairs the committee", "spokesman for …".
fn is_appositive(text: &str, toks: &[Tok]) -> bool {
    let Some(first) = toks.first() else { return false };
    let lw = first.lower(text);
    // A party and state tag: "R-Ky.", "D-Mo.".
    let party_tag = {
        let mut chars = lw.chars();
        matches!((chars.next(), chars.next()), (Some('r' | 'd' | 'i'), Some('-')))
    };
    party_tag
        || lexicon::is_determiner(&lw)
        || matches!(lw.as_ref(), "who" | "which" | "whose")
        || lw.chars().all(char::is_numeric)
        || lexicon::is_role_word(&lw)
        || lexicon::role_gender(&lw).is_some()
}

/// Splits a phrase's words into name, role and hints.
fn build(text: &str, toks: &[Tok], appositive: Option<Span>) -> Phrase {
    // "Mr Morgan of the Sierra Club" is Mr Morgan: a name before "of"/"for"/"at" is the head.
    let cut = toks.iter().position(|t| matches!(t.text(text), "of" | "for" | "at"));
    if let Some(cut) = cut.filter(|&c| c > 0 && is_capitalised(toks[c - 1].text(text))) {
        let mut phrase = build(text, &toks[..cut], appositive);
        phrase.span = toks[0].span.cover(toks[toks.len() - 1].span);
        return phrase;
    }
    let span = toks[0].span.cover(toks[toks.len() - 1].span);
    let words: Vec<(usize, Cow<str>)> =
        toks.iter().enumerate().filter(|(_, t)| t.word).map(|(i, t)| (i, t.lower(text))).collect();
    let mut gender = None;
    for (_, lw) in &words {
        gender = gender.or(lexicon::role_gender(lw)).or(lexicon::honorific(lw).flatten());
    }
    if let Some(appositive) = appositive {
        for word in appositive.slice(text).split(|c: char| !c.is_alphanumeric()) {
            gender = gender.or(lexicon::role_gender(&chars::lower(word)));
        }
    }
    let head = toks.iter().rposition(|t| t.word).map(|i| toks[i]);
    let head_capitalised = head.is_some_and(|h| is_capitalised(h.text(text)));
    let lead = words.iter().take_while(|(_, lw)| lexicon::is_determiner(lw)).count();
    let mut phrase = Phrase {
        span,
        name: None,
        role: appositive,
        pronoun: None,
        gender,
        organisation: false,
        person: false,
    };
    let Some(head) = head else { return phrase };
    let head_lower = head.lower(text);
    if !head_capitalised {
        // "the NATO press office": a described organisation with a name in it.
        let named = words.iter().skip(lead).any(|(i, _)| is_capitalised(toks[*i].text(text)));
        if named && lexicon::is_org_word(&head_lower) && lead < words.len() {
            phrase.name = Some(toks[words[lead].0].span.cover(head.span));
            phrase.organisation = true;
        }
        return phrase;
    }
    // The last run of capitalised words (with inner dots and particles) is the name; role
    // words at its front are the role.
    let mut run_start = toks.len();
    while run_start > 0 {
        let tok = toks[run_start - 1];
        let word = tok.text(text);
        let particle = matches!(
            word,
            "of" | "de" | "van" | "von" | "al" | "bin" | "da" | "du" | "la" | "le" | "der"
        );
        if (tok.word && (is_capitalised(word) || (particle && run_start < toks.len())))
            || word == "."
        {
            run_start -= 1;
        } else {
            break;
        }
    }
    while run_start < toks.len() && !is_capitalised(toks[run_start].text(text)) {
        run_start += 1;
    }
    let run = &toks[run_start..];
    let (Some(run_first), Some(run_head)) = (run.first(), run.iter().rev().find(|t| t.word)) else {
        return phrase;
    };
    let run_words: Vec<Cow<str>> = run.iter().filter(|t| t.word).map(|t| t.lower(text)).collect();
    let organisation = run_words.iter().any(|w| lexicon::is_org_word(w))
        || (run_words.len() == 1 && is_acronym(head.text(text)));
    if organisation {
        phrase.name = Some(run_first.span.cover(run_head.span));
        phrase.organisation = true;
        return phrase;
    }
    let last_role = run.iter().rposition(|t| t.word && lexicon::is_role_word(&t.lower(text)));
    let name_start = match last_role {
        Some(i) => run[i + 1..].iter().position(|t| t.word).map(|p| i + 1 + p),
        None => Some(0),
    };
    let Some(name_start) = name_start else { return phrase };
    let name = &run[name_start..];
    let name_words = name.iter().filter(|t| t.word).count();
    let Some(name_first) = name.first() else { return phrase };
    phrase.name = Some(name_first.span.cover(run_head.span));
    if run_start + name_start > 0 {
        let role_end = toks[run_start + name_start - 1].span;
        let role_start = toks[lead.min(run_start + name_start - 1)].span;
        phrase.role = Some(role_start.cover(role_end));
    }
    let titled = last_role.is_some() || run_start > lead;
    // A lone capitalised word right before a speech verb is most often a surname ("Smith
    // said"); places and organisations are covered by the entity finder's mentions first.
    let lone = name_words == 1
        && toks.len() == 1
        && !gazetteer::is_place(&head_lower)
        && !gazetteer::is_common_word(&head_lower)
        && !lexicon::is_calendar_word(&head_lower);
    phrase.person = name_words >= 2 || titled || lone;
    if gender.is_none() {
        phrase.gender = name.first().and_then(|first| lexicon::first_name_gender(first.text(text)));
    }
    phrase
}

/// "NATO", "FBI", "U.S": two or more capitals and no lower case.
pub fn is_acronym(word: &str) -> bool {
    word.chars().filter(|c| c.is_uppercase()).count() >= 2 && !word.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::super::words::tokenize;
    use super::*;

    fn back(text: &str, cue: &str) -> Phrase {
        let toks = tokenize(text, Span::new(0, text.len()));
        let at =
            toks.iter().position(|t| t.text(text) == cue).expect("the cue is in the test sentence");
        backward(text, &toks, 0, at).expect("a speaker phrase")
    }

    #[test]
    fn role_words_stay_out_of_the_name() {
        let text = "Deputy Health Minister Anna Berg said";
        let phrase = back(text, "said");
        assert_eq!(phrase.name.map(|s| s.slice(text)), Some("Anna Berg"));
        assert_eq!(phrase.role.map(|s| s.slice(text)), Some("Deputy Health Minister"));
        assert!(phrase.person);
    }

    #[test]
    fn an_appositive_is_skipped_and_gives_the_gender() {
        let text = "Kim Lee, a union spokeswoman, said";
        let phrase = back(text, "said");
        assert_eq!(phrase.name.map(|s| s.slice(text)), Some("Kim Lee"));
        assert_eq!(phrase.gender, Some(Gender::Female));
    }

    #[test]
    fn a_described_organisation_keeps_its_description() {
        let text = "said the Acme press office.";
        let toks = tokenize(text, Span::new(0, text.len()));
        let phrase = forward(text, &toks, 1, toks.len()).expect("a speaker phrase");
        assert_eq!(phrase.name.map(|s| s.slice(text)), Some("Acme press office"));
        assert!(phrase.organisation);
    }

    #[test]
    fn a_common_noun_speaker_has_no_name() {
        let text = "the plan failed, a source said";
        let phrase = back(text, "said");
        assert_eq!(phrase.span.slice(text), "a source");
        assert_eq!(phrase.name, None);
    }
}
