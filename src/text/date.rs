//! Publication dates as news text writes them: "Published: Oct 19, 2021", "October 19, 2021",
//! "19 October 2021", "Tuesday, 19 Oct. 2021 12:30 GMT", "2021-10-19". Reads one line at a
//! time; knows nothing of where the line sits in the article.

use super::Date;

/// A date found in a line, and whether the line says nothing else (a metadata line such as
/// "Updated: 19 October 2021 at 12:30 GMT", which is not part of the story).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub date: Date,
    pub whole_line: bool,
}

/// Finds the first full date (day, month and year, or ISO) in `line`.
pub fn find(line: &str) -> Option<Found> {
    // Words are runs of letters, digits and hyphens; everything else separates them. The
    // number of words looked at is bounded so that a long paragraph costs nothing.
    let words: Vec<&str> = line
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .take(24)
        .collect();
    let mut found = None;
    let mut used = 0..0;
    for idx in 0..words.len() {
        let rest = &words[idx..];
        if let Some(date) = iso(rest[0]) {
            found = Some(date);
            used = idx..idx + 1;
            break;
        }
        let three = match rest {
            [a, b, c, ..] => {
                (month_of(a).zip(day_of(b)).or_else(|| month_of(b).zip(day_of(a)))).zip(year_of(c))
            }
            _ => None,
        };
        if let Some(((month, day), year)) = three {
            found = Some(Date { year, month: Some(month), day: Some(day) });
            used = idx..idx + 3;
            break;
        }
    }
    let date = found?;
    let whole_line = words.len() < 24
        && words
            .iter()
            .enumerate()
            .all(|(idx, word)| used.contains(&idx) || is_metadata_word(word));
    Some(Found { date, whole_line })
}

pub(super) fn iso(word: &str) -> Option<Date> {
    let mut parts = word.split('-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || year.len() != 4 || month.len() != 2 || day.len() != 2 {
        return None;
    }
    let date = Date { year: year_of(year)?, month: Some(month_number(month)?), day: day_of(day) };
    date.day.map(|_| date)
}

fn month_number(s: &str) -> Option<u8> {
    s.parse::<u8>().ok().filter(|m| (1..=12).contains(m))
}

fn year_of(word: &str) -> Option<i32> {
    if word.len() != 4 {
        return None;
    }
    word.parse::<i32>().ok().filter(|y| (1800..=2200).contains(y))
}

fn day_of(word: &str) -> Option<u8> {
    let digits = word.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h']);
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse::<u8>().ok().filter(|d| (1..=31).contains(d))
}

/// The month a name or abbreviation stands for, in any case.
pub fn month_of(word: &str) -> Option<u8> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    if word.len() < 3 || word.len() > 9 || !word.is_ascii() {
        return None;
    }
    let mut lower = [0u8; 9];
    for (slot, b) in lower.iter_mut().zip(word.bytes()) {
        *slot = b.to_ascii_lowercase();
    }
    let lower = &lower[..word.len()];
    MONTHS
        .iter()
        .position(|month| {
            let month = month.as_bytes();
            lower == month
                || (lower.len() == 3 && month.starts_with(lower))
                || lower == b"sept" && month.starts_with(b"sept")
        })
        .map(|idx| idx as u8 + 1)
}

/// Words a date line may carry besides the date: labels, weekdays, times and time zones.
fn is_metadata_word(word: &str) -> bool {
    if word.len() <= 2 && word.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    const WORDS: [&str; 48] = [
        "published",
        "updated",
        "posted",
        "last",
        "modified",
        "first",
        "date",
        "on",
        "at",
        "am",
        "pm",
        "a",
        "m",
        "p",
        "gmt",
        "utc",
        "bst",
        "cet",
        "cest",
        "edt",
        "est",
        "cdt",
        "cst",
        "pdt",
        "pst",
        "et",
        "pt",
        "ist",
        "hkt",
        "sgt",
        "jst",
        "ict",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thurs",
        "fri",
        "sat",
        "sun",
    ];
    WORDS.iter().any(|w| word.eq_ignore_ascii_case(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(year: i32, month: u8, day: u8) -> Date {
        Date { year, month: Some(month), day: Some(day) }
    }

    #[test]
    fn reads_the_usual_forms() {
        for line in [
            "Published: Oct 19, 2021",
            "October 19, 2021",
            "19 October 2021",
            "Tuesday, 19 Oct. 2021 12:30 GMT",
            "2021-10-19",
            "Updated 19th October 2021",
        ] {
            let found = find(line).unwrap_or_else(|| panic!("no date in {line:?}"));
            assert_eq!(found.date, day(2021, 10, 19), "{line}");
            assert!(found.whole_line, "{line}");
        }
    }

    #[test]
    fn a_date_inside_a_sentence_is_not_a_date_line() {
        let found = find("The treaty was signed on May 5, 1955 in Paris.").expect("a date");
        assert_eq!(found.date, day(1955, 5, 5));
        assert!(!found.whole_line);
        assert_eq!(find("It rose 31 points in 2021."), None);
        assert_eq!(find("2021-13-40"), None);
    }
}
