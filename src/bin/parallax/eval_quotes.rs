//! `parallax eval-quotes DIR`: scores quote detection and speakers against PolNeAR.
//!
//! DIR holds `text/NAME.txt` and `attributions/NAME_ANNOTATOR.ann` (brat standoff, code-point
//! offsets, `s e;s e` for discontinuous spans, `E` lines tying Attribution, Content, Cue and
//! Source). The first `.ann` per article (sorted by name) is the gold. Each Content that holds
//! quotation marks gives one gold quote per quoted piece (the text between a pair of marks),
//! with its attribution's Source. A predicted quote matches a gold one (one to one) when their
//! spans overlap by at least half the gold span. A matched quote's speaker is right when a name
//! mention of the predicted entity overlaps the gold Source, or the entity's surname (the last
//! word of its name) is a word of the Source; a speaker given as words ("a source") is right
//! when they overlap the Source. For a Source that is a pronoun, the predicted entity's surname
//! must appear in the nearest earlier Source that names someone: PolNeAR has no coreference,
//! so that is the closest gold for whom the pronoun stands. The table also gives the looser
//! rule as issue #3 words it, under which a pronoun resolved to any entity counts when the
//! pronoun's own mention overlaps the Source.

use std::collections::BTreeMap;
use std::path::Path;

use parallax::extract::{EntityId, Extraction, MentionKind, gazetteer};
use parallax::sorting;
use parallax::text::{self, Span};

/// Totals over all articles.
#[derive(Debug, Default)]
struct Score {
    articles: usize,
    gold: usize,
    predicted: usize,
    matched: usize,
    /// Matched quotes whose gold has a Source.
    with_source: usize,
    speaker_right: usize,
    pronoun_sources: usize,
    pronoun_right: usize,
    /// The same under the rule as issue #3 words it (see [`score_article`]).
    literal_right: usize,
    pronoun_literal_right: usize,
}

/// One gold quote: the quoted piece and its Source.
#[derive(Debug, Clone)]
struct Gold {
    span: Span,
    source: Option<Vec<Span>>,
    /// For a pronoun Source: the nearest earlier Source that is a name.
    antecedent: Option<String>,
}

pub fn run(args: &[String]) -> Result<(), String> {
    let mut show_errors = false;
    let mut dir = None;
    for arg in args {
        match arg.as_str() {
            "--errors" => show_errors = true,
            flag if flag.starts_with("--") => return Err(format!("unknown option `{flag}`")),
            path => dir = Some(path),
        }
    }
    let dir = Path::new(
        dir.ok_or("eval-quotes needs the PolNeAR split folder (e.g. ../shared/data/polnear/dev)")?,
    );
    let texts = dir.join("text");
    let mut names: Vec<String> = std::fs::read_dir(&texts)
        .map_err(|err| format!("cannot read {}: {err}", texts.display()))?
        .filter_map(|entry| entry.ok())
        .filter_map(|entry| {
            entry.file_name().to_str().and_then(|n| n.strip_suffix(".txt")).map(str::to_owned)
        })
        .collect();
    sorting::sort(&mut names);
    let annotations = annotation_files(&dir.join("attributions"))?;
    let mut score = Score::default();
    for name in &names {
        let Some(ann) = annotations.get(name) else { continue };
        let path = texts.join(format!("{name}.txt"));
        let content = std::fs::read_to_string(&path)
            .map_err(|err| format!("cannot read {}: {err}", path.display()))?;
        let ann_text = std::fs::read_to_string(ann)
            .map_err(|err| format!("cannot read {}: {err}", ann.display()))?;
        let gold = gold_quotes(&content, &ann_text);
        let article = text::parse(&content);
        let extraction = parallax::extract::extract(&article);
        score.articles += 1;
        score_article(name, &content, &gold, &extraction, &mut score, show_errors);
    }
    print_table(dir, &score);
    Ok(())
}

/// The first `.ann` file of each article, by article name.
fn annotation_files(dir: &Path) -> Result<BTreeMap<String, std::path::PathBuf>, String> {
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .map_err(|err| format!("cannot read {}: {err}", dir.display()))?
        .filter_map(|entry| entry.ok())
        .filter_map(|entry| entry.file_name().to_str().map(str::to_owned))
        .filter(|n| n.ends_with(".ann"))
        .collect();
    sorting::sort(&mut files);
    let mut out = BTreeMap::new();
    for file in files {
        let stem = file.trim_end_matches(".ann");
        let Some((article, _annotator)) = stem.rsplit_once('_') else { continue };
        out.entry(article.to_owned()).or_insert_with(|| dir.join(&file));
    }
    Ok(out)
}

/// The gold quotes of one article from its brat annotation.
fn gold_quotes(content: &str, ann: &str) -> Vec<Gold> {
    // Code-point offset → byte offset.
    let mut bytes: Vec<usize> = content.char_indices().map(|(i, _)| i).collect();
    bytes.push(content.len());
    let byte = |cp: usize| bytes.get(cp).copied().unwrap_or(content.len());
    let mut spans: BTreeMap<&str, (&str, Vec<Span>)> = BTreeMap::new();
    let mut events = Vec::new();
    for line in ann.lines() {
        let mut fields = line.split('\t');
        let (Some(id), Some(body)) = (fields.next(), fields.next()) else { continue };
        if id.starts_with('T') {
            let Some((label, ranges)) = body.split_once(' ') else { continue };
            let fragments = ranges
                .split(';')
                .filter_map(|r| {
                    let (s, e) = r.split_once(' ')?;
                    Some(Span::new(byte(s.trim().parse().ok()?), byte(e.trim().parse().ok()?)))
                })
                .filter(|s| s.start <= s.end)
                .collect();
            spans.insert(id, (label, fragments));
        } else if id.starts_with('E') {
            let mut roles = BTreeMap::new();
            for part in body.split_whitespace() {
                if let Some((role, target)) = part.split_once(':') {
                    roles.insert(
                        role.split('-').next().unwrap_or(role).to_owned(),
                        target.to_owned(),
                    );
                }
            }
            events.push(roles);
        }
    }
    let fragments = |roles: &BTreeMap<String, String>, role: &str| {
        roles.get(role).and_then(|t| spans.get(t.as_str())).map(|(_, f)| f.clone())
    };
    let mut sources: Vec<Span> = events
        .iter()
        .filter_map(|r| fragments(r, "Source"))
        .filter_map(|f| f.first().copied())
        .collect();
    sorting::sort(&mut sources);
    let mut gold: Vec<Gold> = Vec::new();
    for roles in &events {
        let Some(contents) = fragments(roles, "Content") else { continue };
        let source = fragments(roles, "Source");
        let antecedent = source.as_ref().and_then(|s| {
            let first = *s.first()?;
            if !is_pronoun(first.slice(content)) {
                return None;
            }
            sources
                .iter()
                .rev()
                .filter(|s| s.start < first.start)
                .find(|s| !is_pronoun(s.slice(content)) && names_someone(s.slice(content)))
                .map(|s| s.slice(content).to_owned())
        });
        for fragment in contents {
            for span in quoted_pieces(content, fragment) {
                if !gold.iter().any(|g| g.span == span) {
                    gold.push(Gold {
                        span,
                        source: source.clone(),
                        antecedent: antecedent.clone(),
                    });
                }
            }
        }
    }
    sorting::sort_by_key(&mut gold, |g| g.span);
    gold
}

/// The pieces between pairs of double quotation marks inside one Content fragment. A mark of
/// another style inside an open quote is nested, not a closer.
fn quoted_pieces(content: &str, fragment: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    let mut push = |start: usize, end: usize| {
        let inner = &content[start..end];
        let lead = inner.len() - inner.trim_start().len();
        let trimmed = inner.trim();
        if !trimmed.is_empty() {
            out.push(Span::new(start + lead, start + lead + trimmed.len()));
        }
    };
    let mut first_mark = true;
    let mut chars = fragment.slice(content).char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        let at = fragment.start + offset;
        // Two apostrophes ('') are one straight double mark in some newswires.
        let c = if c == '\'' && chars.peek().is_some_and(|&(_, n)| n == '\'') {
            chars.next();
            '"'
        } else {
            c
        };
        let width = if content[at..].starts_with("''") { 2 } else { c.len_utf8() };
        let family = match c {
            '“' | '”' => '“',
            '"' => '"',
            '«' | '»' => '«',
            _ => continue,
        };
        let opening = matches!(c, '“' | '«') || (c == '"' && open.is_none());
        match open {
            Some((start, f)) if f == family && !(opening && c != '"') => {
                push(start, at);
                open = None;
            }
            Some(_) => {}
            None if opening => open = Some((at + width, family)),
            None if first_mark => push(fragment.start, at),
            None => {}
        }
        first_mark = false;
    }
    if let Some((start, _)) = open {
        push(start, fragment.end);
    }
    out
}

/// Whether a Source names someone: a capitalised word that is not a common word, a demonym,
/// a party or a title ("The Republican nominee" does not; "Mr. Obama" does).
fn names_someone(words: &str) -> bool {
    words.split(|c: char| !(c.is_alphanumeric() || c == '-')).any(|word| {
        let lower = word.to_lowercase();
        word.chars().next().is_some_and(char::is_uppercase)
            && !gazetteer::is_common_word(&lower)
            && !gazetteer::is_demonym(&lower)
            && !matches!(
                lower.as_str(),
                "president"
                    | "senator"
                    | "sen"
                    | "gov"
                    | "governor"
                    | "rep"
                    | "republican"
                    | "republicans"
                    | "democratic"
                    | "democrat"
                    | "democrats"
                    | "gop"
                    | "secretary"
                    | "minister"
                    | "mr"
                    | "mrs"
                    | "ms"
                    | "dr"
                    | "vice"
                    | "general"
                    | "state"
            )
    })
}

fn is_pronoun(words: &str) -> bool {
    matches!(
        words.trim().to_lowercase().as_str(),
        "he" | "she" | "they" | "it" | "we" | "i" | "him" | "her" | "them" | "you"
    )
}

fn score_article(
    name: &str,
    content: &str,
    gold: &[Gold],
    extraction: &Extraction,
    score: &mut Score,
    show: bool,
) {
    let quotes = &extraction.quotes;
    score.gold += gold.len();
    score.predicted += quotes.len();
    let mut used = vec![false; quotes.len()];
    for g in gold {
        let best = quotes
            .iter()
            .enumerate()
            .filter(|(i, _)| !used[*i])
            .map(|(i, q)| (i, overlap(q.span, g.span)))
            .filter(|&(_, o)| o * 2 >= g.span.len() && o > 0)
            .max_by_key(|&(i, o)| (o, std::cmp::Reverse(i)));
        let Some((index, _)) = best else {
            if show {
                println!("MISS  {name}: «{}»", clip(g.span.slice(content)));
            }
            continue;
        };
        used[index] = true;
        score.matched += 1;
        let Some(source) = &g.source else { continue };
        let quote = &quotes[index];
        let source_text: String =
            source.iter().map(|s| s.slice(content)).collect::<Vec<_>>().join(" ");
        let pronoun = is_pronoun(&source_text);
        // The rule as issue #3 words it: any mention of the entity (a resolved pronoun too)
        // overlapping the Source, or its surname in the Source, or the speaker's words
        // overlapping it.
        let literal = match (quote.speaker, quote.speaker_text) {
            (Some(id), _) => {
                extraction
                    .entity(id)
                    .mentions
                    .iter()
                    .any(|m| source.iter().any(|s| s.overlaps(m.span)))
                    || surname_in(extraction, id, &source_text)
            }
            (None, Some(words)) => !pronoun && source.iter().any(|s| s.overlaps(words)),
            (None, None) => false,
        };
        score.literal_right += usize::from(literal);
        if pronoun {
            score.pronoun_literal_right += usize::from(literal);
        }
        let right = if pronoun {
            score.pronoun_sources += 1;
            let ok = match (quote.speaker, &g.antecedent) {
                (Some(id), Some(antecedent)) => surname_in(extraction, id, antecedent),
                _ => false,
            };
            score.pronoun_right += usize::from(ok);
            ok
        } else {
            match (quote.speaker, quote.speaker_text) {
                (Some(id), _) => {
                    let entity = extraction.entity(id);
                    entity.mentions.iter().any(|m| {
                        m.kind == MentionKind::Name && source.iter().any(|s| s.overlaps(m.span))
                    }) || surname_in(extraction, id, &source_text)
                }
                (None, Some(words)) => source.iter().any(|s| s.overlaps(words)),
                (None, None) => false,
            }
        };
        score.with_source += 1;
        score.speaker_right += usize::from(right);
        if show && !right {
            let predicted = quote
                .speaker
                .map(|id| extraction.entity(id).name.clone())
                .or_else(|| quote.speaker_text.map(|s| s.slice(content).to_owned()))
                .unwrap_or_else(|| "(none)".to_owned());
            let wanted = g
                .antecedent
                .as_ref()
                .map_or(source_text.clone(), |a| format!("{source_text} → {a}"));
            println!(
                "WHO   {name}: «{}» gold [{wanted}] got [{predicted}]",
                clip(g.span.slice(content))
            );
        }
    }
    if show {
        for (quote, _) in quotes.iter().zip(&used).filter(|(_, u)| !**u) {
            println!("EXTRA {name}: «{}»", clip(quote.span.slice(content)));
        }
    }
}

/// Whether the entity's surname (the last word of its name) is a word of `words`.
fn surname_in(extraction: &Extraction, id: EntityId, words: &str) -> bool {
    let name = &extraction.entity(id).name;
    let Some(surname) = name.split_whitespace().last() else { return false };
    let surname = surname.trim_end_matches("’s").trim_end_matches("'s").to_lowercase();
    words
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '.'))
        .map(|w| w.trim_end_matches('.').trim_end_matches("’s").to_lowercase())
        .any(|w| !w.is_empty() && w == surname.trim_end_matches('.'))
}

fn overlap(a: Span, b: Span) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

fn clip(words: &str) -> String {
    let flat: String = words.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() > 90 {
        format!("{}…", flat.chars().take(90).collect::<String>())
    } else {
        flat
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

fn print_table(dir: &Path, s: &Score) {
    let precision = ratio(s.matched, s.predicted);
    let recall = ratio(s.matched, s.gold);
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    println!("PolNeAR quotes: {} ({} articles)", dir.display(), s.articles);
    println!("| measure | value | counts |");
    println!("|---|---|---|");
    println!(
        "| detection precision | {precision:.3} | {} of {} predicted |",
        s.matched, s.predicted
    );
    println!("| detection recall | {recall:.3} | {} of {} gold |", s.matched, s.gold);
    println!("| detection F1 | {f1:.3} | |");
    println!(
        "| speaker right | {:.3} | {} of {} matched quotes with a gold Source |",
        ratio(s.speaker_right, s.with_source),
        s.speaker_right,
        s.with_source
    );
    println!(
        "| speaker right, pronoun Sources | {:.3} | {} of {} |",
        ratio(s.pronoun_right, s.pronoun_sources),
        s.pronoun_right,
        s.pronoun_sources
    );
    println!(
        "| speaker right, issue #3 rule (a resolved pronoun's own mention may overlap) | {:.3} | {} of {} |",
        ratio(s.literal_right, s.with_source),
        s.literal_right,
        s.with_source
    );
    println!(
        "| speaker right, pronoun Sources, issue #3 rule | {:.3} | {} of {} |",
        ratio(s.pronoun_literal_right, s.pronoun_sources),
        s.pronoun_literal_right,
        s.pronoun_sources
    );
}
