//! Dates: "Nov 1", "October 18, 2021", "2002", "Monday", "earlier this month", "yesterday".
//!
//! Each keeps its text and gets a normalised value: ISO 8601 at the precision the text gives
//! ("2002", "2021-11-01"; "--11-01" for a day with no year), or `relative:<text>` for a relative
//! date ("relative:earlier this month") unless the article's publication date is known, in which
//! case it is resolved against it ("2021-10"; a weekday to the latest such day on or before the
//! publication date).

use super::lexicon::{self, has};
use super::words::{Doc, Shape};
use crate::extract::{Entity, EntityKind, Mention, MentionKind};
use crate::text::Date;

/// A date found, with the words it covers (so numbers do not count them again).
pub struct Found {
    pub entity: Entity,
    pub words: std::ops::Range<usize>,
}

/// Qualifiers before a relative period: "earlier this month", "early next month".
const QUALIFIERS: &[&str] = &["earlier", "later", "early", "late", "mid", "end", "start"];
const DEICTIC: &[&str] = &["this", "next", "last", "past", "coming", "previous"];
const PERIODS: &[&str] = &[
    "week", "month", "year", "weekend", "spring", "summer", "autumn", "fall", "winter", "decade",
    "century", "quarter",
];
const DAY_WORDS: &[(&str, i64)] =
    &[("yesterday", -1), ("today", 0), ("tomorrow", 1), ("tonight", 0)];

/// Finds the dates of the article in text order.
pub fn find(doc: &Doc) -> Vec<Found> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.words.len() {
        match date_at(doc, i) {
            Some((end, value)) => {
                let span = doc.words[i].span.cover(doc.words[end - 1].stem);
                let entity = Entity {
                    kind: EntityKind::Date,
                    name: doc.str(span).to_owned(),
                    role: None,
                    value: Some(value),
                    phrase: None,
                    gender: None,
                    mentions: vec![Mention { kind: MentionKind::Name, span }],
                };
                out.push(Found { entity, words: i..end });
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// A date starting at word `i`: its end (exclusive) and value.
fn date_at(doc: &Doc, i: usize) -> Option<(usize, String)> {
    let w = &doc.words[i];
    let low = doc.low(w.stem);
    let known = doc.article.date;
    if w.shape == Shape::Number {
        return number_date(doc, i);
    }
    if w.shape != Shape::Word {
        return None;
    }
    // Month and weekday names are capitalised: most words need no look-up.
    if let Some(month) = w.capitalised.then(|| month_of(low)).flatten() {
        return month_date(doc, i, month);
    }
    if let Some(day) =
        w.capitalised.then(|| lexicon::WEEKDAYS.iter().position(|&d| d == low)).flatten()
    {
        let value = match known {
            Some(date) if date.day.is_some() => weekday_before(date, day).iso(),
            _ => format!("relative:{}", doc.str(w.stem)),
        };
        return Some((i + 1, value));
    }
    if let Some(&(_, offset)) = DAY_WORDS.iter().find(|&&(d, _)| d == low) {
        let value = match known {
            Some(date) if date.day.is_some() => add_days(date, offset).iso(),
            _ => format!("relative:{low}"),
        };
        return Some((i + 1, value));
    }
    relative_period(doc, i)
}

fn month_of(low: &str) -> Option<u8> {
    lexicon::MONTHS.iter().find(|&&(m, _)| m == low).map(|&(_, n)| n)
}

/// The value of a small number word or digits as a day of the month.
fn day_number(doc: &Doc, idx: usize) -> Option<u8> {
    let w = doc.words.get(idx)?;
    if w.shape != Shape::Number {
        return None;
    }
    let day: u8 = doc.str(w.span).parse().ok()?;
    (1..=31).contains(&day).then_some(day)
}

fn year_number(doc: &Doc, idx: usize) -> Option<i32> {
    let w = doc.words.get(idx)?;
    let text = doc.str(w.span);
    if w.shape != Shape::Number || text.len() != 4 {
        return None;
    }
    let year: i32 = text.parse().ok()?;
    (1800..=2100).contains(&year).then_some(year)
}

/// "Nov 1", "Nov. 1, 2021", "November 2021", "in November".
fn month_date(doc: &Doc, i: usize, month: u8) -> Option<(usize, String)> {
    let mut next = i + 1;
    if doc.is_punct(next, ".") {
        next += 1;
    }
    if let Some(day) = day_number(doc, next) {
        let mut end = next + 1;
        let mut year = None;
        let comma = usize::from(doc.is_punct(end, ","));
        if let Some(y) = year_number(doc, end + comma) {
            year = Some(y);
            end += comma + 1;
        }
        let year = year.or_else(|| doc.article.date.map(|d| d.year));
        return Some((end, day_value(year, month, day)));
    }
    if let Some(year) = year_number(doc, next) {
        return Some((next + 1, Date { year, month: Some(month), day: None }.iso()));
    }
    // A month alone is a date only where a preposition makes it one ("in November"); "May"
    // alone is too often a verb or a name.
    let before = i.checked_sub(1).map_or("", |j| doc.low_at(j));
    let full = doc.low(doc.words[i].stem).len() > 3 && doc.low(doc.words[i].stem) != "may";
    (full
        && matches!(before, "in" | "since" | "until" | "by" | "from" | "through" | "last" | "next"))
    .then(|| (i + 1, format!("--{month:02}")))
}

fn day_value(year: Option<i32>, month: u8, day: u8) -> String {
    match year {
        Some(year) => Date { year, month: Some(month), day: Some(day) }.iso(),
        None => format!("--{month:02}-{day:02}"),
    }
}

/// "1 November [2021]" or a year alone ("2002").
fn number_date(doc: &Doc, i: usize) -> Option<(usize, String)> {
    if let Some(day) = day_number(doc, i)
        && let Some(month) = doc.words.get(i + 1).and_then(|w| month_of(doc.low(w.stem)))
        && doc.words[i + 1].capitalised
    {
        let year = year_number(doc, i + 2);
        let end = if year.is_some() { i + 3 } else { i + 2 };
        let year = year.or_else(|| doc.article.date.map(|d| d.year));
        return Some((end, day_value(year, month, day)));
    }
    let year = year_number(doc, i)?;
    // "$2020" or "2020%" or "2,020" is no year; neither is a count of things ("2000 people").
    let before = i.checked_sub(1).map(|j| doc.str(doc.words[j].span)).unwrap_or("");
    let after = doc.words.get(i + 1).map(|w| doc.str(w.span)).unwrap_or("");
    if matches!(before, "$" | "£" | "€")
        || after == "%"
        || has(COUNTED, &after.to_ascii_lowercase())
    {
        return None;
    }
    Some((i + 1, Date { year, month: None, day: None }.iso()))
}

/// Nouns after a four-digit number that make it a count, not a year.
const COUNTED: &[&str] = &[
    "people",
    "members",
    "troops",
    "soldiers",
    "votes",
    "voters",
    "jobs",
    "dollars",
    "euros",
    "miles",
    "kilometres",
    "kilometers",
    "km",
    "feet",
    "metres",
    "meters",
    "tons",
    "tonnes",
    "percent",
    "points",
    "cases",
    "deaths",
    "residents",
    "workers",
    "students",
    "pounds",
];

/// "this month", "earlier this month", "early next month", "last year".
fn relative_period(doc: &Doc, i: usize) -> Option<(usize, String)> {
    let mut j = i;
    if has(QUALIFIERS, doc.low_at(j)) {
        j += 1;
        if doc.low_at(j) == "of" {
            j += 1;
        }
    }
    if !has(DEICTIC, doc.low_at(j)) || !has(PERIODS, doc.low_at(j + 1)) {
        return None;
    }
    let end = j + 2;
    if !doc.same_sentence(i, end - 1) {
        return None;
    }
    let span = doc.words[i].span.cover(doc.words[end - 1].stem);
    let text = doc.low(span);
    let resolved =
        doc.article.date.and_then(|date| resolve_period(date, doc.low_at(j), doc.low_at(j + 1)));
    Some((end, resolved.unwrap_or_else(|| format!("relative:{text}"))))
}

/// "this month" against the publication date: the month of that date; "next year": the year
/// after; weeks and seasons stay relative.
fn resolve_period(date: Date, deictic: &str, period: &str) -> Option<String> {
    let shift = match deictic {
        "this" | "coming" => 0,
        "next" => 1,
        "last" | "past" | "previous" => -1,
        _ => return None,
    };
    match period {
        "year" => Some(format!("{:04}", date.year + shift)),
        "month" => {
            let month = i32::from(date.month?) - 1 + shift;
            let year = date.year + month.div_euclid(12);
            let month = u8::try_from(month.rem_euclid(12) + 1).ok()?;
            Some(Date { year, month: Some(month), day: None }.iso())
        }
        _ => None,
    }
}

/// Days since 1970-01-01 of a full date (proleptic Gregorian).
fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date `days` after 1970-01-01.
fn civil_from_days(days: i64) -> Date {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    // Month and day are in range by construction; years of news fit an i32.
    Date {
        year: i32::try_from(year).unwrap_or(i32::MAX),
        month: u8::try_from(month).ok(),
        day: u8::try_from(day).ok(),
    }
}

fn add_days(date: Date, offset: i64) -> Date {
    let days = days_from_civil(date.year, date.month.unwrap_or(1), date.day.unwrap_or(1));
    civil_from_days(days + offset)
}

/// The latest `weekday` (0 = Monday) on or before `date`: news reports the past.
fn weekday_before(date: Date, weekday: usize) -> Date {
    let days = days_from_civil(date.year, date.month.unwrap_or(1), date.day.unwrap_or(1));
    // 1970-01-01 was a Thursday (index 3).
    let today = (days + 3).rem_euclid(7);
    let back = (today - weekday as i64).rem_euclid(7);
    civil_from_days(days - back)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_day_arithmetic_round_trips() {
        let date = Date { year: 2021, month: Some(10), day: Some(18) };
        assert_eq!(civil_from_days(days_from_civil(2021, 10, 18)), date);
        // 2021-10-18 was a Monday; the Monday on or before it is itself.
        assert_eq!(weekday_before(date, 0), date);
        assert_eq!(weekday_before(date, 4).iso(), "2021-10-15");
        assert_eq!(add_days(date, 14).iso(), "2021-11-01");
        assert_eq!(resolve_period(date, "next", "month").as_deref(), Some("2021-11"));
    }
}
