//! What crosses between the engine's worker and its helper, as text: numbers, each followed
//! by a comma, and strings, each after its length in bytes. An extraction's decoding checks
//! every span against the article's text and every speaker against the entities, so what
//! comes back is an extraction of that text or nothing. (serde's derives for these types,
//! with gloo's bridge for the helper, made the worker 32 kB gzip larger, over the download
//! budget; with this format and a plain `Worker` the whole of the sharing adds 12 kB. An
//! extraction takes a third of its JSON's size, too.)

use crate::extract::{
    Claim, Diagnostic, Entity, EntityId, EntityKind, Extraction, Gender, Mention, MentionKind,
    Quote,
};
use crate::text::Span;

const ENTITY_KINDS: [EntityKind; 8] = [
    EntityKind::Person,
    EntityKind::Organization,
    EntityKind::Place,
    EntityKind::Date,
    EntityKind::Number,
    EntityKind::Money,
    EntityKind::Percent,
    EntityKind::Other,
];
const GENDERS: [Gender; 2] = [Gender::Female, Gender::Male];
const MENTION_KINDS: [MentionKind; 2] = [MentionKind::Name, MentionKind::Pronoun];

/// `extraction` as text.
pub fn encode(extraction: &Extraction) -> String {
    let mut out = Writer::default();
    out.number(extraction.entities.len());
    for entity in &extraction.entities {
        out.one_of(&ENTITY_KINDS, entity.kind);
        out.text(&entity.name);
        out.option(entity.role.as_deref(), Writer::text);
        out.option(entity.value.as_deref(), Writer::text);
        out.option(entity.phrase, Writer::span);
        out.option(entity.gender, |out, gender| out.one_of(&GENDERS, gender));
        out.number(entity.mentions.len());
        for mention in &entity.mentions {
            out.one_of(&MENTION_KINDS, mention.kind);
            out.span(mention.span);
        }
    }
    out.number(extraction.quotes.len());
    for quote in &extraction.quotes {
        out.span(quote.span);
        out.option(quote.speaker, |out, id| out.number(id.0));
        out.option(quote.speaker_text, Writer::span);
        out.option(quote.cue, Writer::span);
        out.number(usize::from(quote.partial));
    }
    out.number(extraction.claims.len());
    for claim in &extraction.claims {
        out.span(claim.span);
        out.option(claim.speaker, |out, id| out.number(id.0));
        out.option(claim.speaker_text, Writer::span);
        out.span(claim.cue);
    }
    out.number(extraction.diagnostics.len());
    for diagnostic in &extraction.diagnostics {
        out.option(diagnostic.span, Writer::span);
        out.text(&diagnostic.message);
    }
    out.written()
}

/// The extraction `encoded` holds, if it is one of `text`: `None` for anything else.
pub fn decode(encoded: &str, text: &str) -> Option<Extraction> {
    let mut input = Reader::new(encoded, text);
    let mut entities = Vec::with_capacity(input.count()?);
    for _ in 0..entities.capacity() {
        let kind = input.one_of(&ENTITY_KINDS)?;
        let name = input.text()?.to_owned();
        let role = input.option(|input| input.text().map(str::to_owned))?;
        let value = input.option(|input| input.text().map(str::to_owned))?;
        let phrase = input.option(Reader::span)?;
        let gender = input.option(|input| input.one_of(&GENDERS))?;
        let mut mentions = Vec::with_capacity(input.count()?);
        for _ in 0..mentions.capacity() {
            let kind = input.one_of(&MENTION_KINDS)?;
            mentions.push(Mention { kind, span: input.span()? });
        }
        entities.push(Entity { kind, name, role, value, phrase, gender, mentions });
    }
    let speaker = |input: &mut Reader| {
        input.option(|input| input.number().filter(|&id: &usize| id < entities.len()).map(EntityId))
    };
    let mut quotes = Vec::with_capacity(input.count()?);
    for _ in 0..quotes.capacity() {
        let span = input.span()?;
        let speaker = speaker(&mut input)?;
        let speaker_text = input.option(Reader::span)?;
        let cue = input.option(Reader::span)?;
        let partial = input.one_of(&[false, true])?;
        quotes.push(Quote { span, speaker, speaker_text, cue, partial });
    }
    let mut claims = Vec::with_capacity(input.count()?);
    for _ in 0..claims.capacity() {
        let span = input.span()?;
        let speaker = speaker(&mut input)?;
        let speaker_text = input.option(Reader::span)?;
        claims.push(Claim { span, speaker, speaker_text, cue: input.span()? });
    }
    let mut diagnostics = Vec::with_capacity(input.count()?);
    for _ in 0..diagnostics.capacity() {
        let span = input.option(Reader::span)?;
        diagnostics.push(Diagnostic { span, message: input.text()?.to_owned() });
    }
    input.end(Extraction { entities, quotes, claims, diagnostics })
}

/// A number the wire carries: counts, indices, spans' offsets and revisions.
pub trait Unsigned {
    fn wide(self) -> u64;
}

impl Unsigned for usize {
    fn wide(self) -> u64 {
        // Lossless: usize is at most 64 bits wide on every target.
        self as u64
    }
}

impl Unsigned for u64 {
    fn wide(self) -> u64 {
        self
    }
}

/// Writes numbers and strings for a [`Reader`] to read back.
#[derive(Default)]
pub struct Writer(String);

impl Writer {
    /// `number` in decimal digits, then a comma (without `write!`'s formatting machinery:
    /// an extraction is tens of thousands of numbers).
    pub fn number(&mut self, number: impl Unsigned) {
        self.decimal(number.wide());
    }

    // One copy for every caller, not one inlined into each.
    #[inline(never)]
    fn decimal(&mut self, mut number: u64) {
        let mut digits = [0; 20];
        let mut start = digits.len();
        loop {
            start -= 1;
            digits[start] = b'0' + (number % 10) as u8;
            number /= 10;
            if number == 0 {
                break;
            }
        }
        self.0.extend(digits[start..].iter().map(|&digit| char::from(digit)));
        self.0.push(',');
    }

    pub fn text(&mut self, text: &str) {
        self.number(text.len());
        self.0.push_str(text);
    }

    fn span(&mut self, span: Span) {
        self.number(span.start);
        self.number(span.end);
    }

    /// `value` by its place in `all`. One missing from `all` (a kind added to the engine and
    /// not here) is written past the end, which no reader takes: the worker then extracts
    /// the article itself rather than read a wrong kind.
    fn one_of<T: PartialEq>(&mut self, all: &[T], value: T) {
        self.number(all.iter().position(|one| *one == value).unwrap_or(all.len()));
    }

    pub fn option<T>(&mut self, value: Option<T>, write: impl FnOnce(&mut Writer, T)) {
        match value {
            None => self.number(0_usize),
            Some(value) => {
                self.number(1_usize);
                write(self, value);
            }
        }
    }

    pub fn written(self) -> String {
        self.0
    }
}

/// Reads what a [`Writer`] wrote; `None` for anything it did not.
pub struct Reader<'a> {
    rest: &'a str,
    /// The article's text, which every span must fit.
    text: &'a str,
}

impl<'a> Reader<'a> {
    /// Reads `written`, whose spans are of `text`.
    pub fn new(written: &'a str, text: &'a str) -> Reader<'a> {
        Reader { rest: written, text }
    }

    /// What is left to read, as it was written.
    pub fn rest(self) -> &'a str {
        self.rest
    }

    /// `value`, if all was read.
    pub fn end<T>(self, value: T) -> Option<T> {
        self.rest.is_empty().then_some(value)
    }

    /// A number as [`Writer::number`] writes it: decimal digits, then a comma.
    pub fn number<T: TryFrom<u64>>(&mut self) -> Option<T> {
        T::try_from(self.decimal()?).ok()
    }

    // One copy for every caller, not one inlined into each.
    #[inline(never)]
    fn decimal(&mut self) -> Option<u64> {
        let mut number: u64 = 0;
        for (at, &byte) in self.rest.as_bytes().iter().enumerate() {
            if byte == b',' && at > 0 {
                self.rest = &self.rest[at + 1..];
                return Some(number);
            }
            let digit = byte.wrapping_sub(b'0');
            if digit > 9 {
                return None;
            }
            number = number.checked_mul(10)?.checked_add(u64::from(digit))?;
        }
        None
    }

    /// A list's length, which the text left must be able to hold (so that no number sizes
    /// a vector beyond the input).
    fn count(&mut self) -> Option<usize> {
        self.number().filter(|&count: &usize| count <= self.rest.len())
    }

    pub fn text(&mut self) -> Option<&'a str> {
        let length = self.number()?;
        let text = self.rest.get(..length)?;
        self.rest = &self.rest[length..];
        Some(text)
    }

    fn span(&mut self) -> Option<Span> {
        let (start, end): (usize, usize) = (self.number()?, self.number()?);
        self.text.get(start..end)?;
        Some(Span::new(start, end))
    }

    fn one_of<T: Copy>(&mut self, all: &[T]) -> Option<T> {
        all.get(self.number::<usize>()?).copied()
    }

    pub fn option<T>(
        &mut self,
        read: impl FnOnce(&mut Reader<'a>) -> Option<T>,
    ) -> Option<Option<T>> {
        match self.number::<usize>()? {
            0 => Some(None),
            1 => read(self).map(Some),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_extraction_comes_back_whole() {
        let text = "“We will rebuild the bridge,” Mayor Ana Ruiz said on Monday. She said 3 \
                    cracks were found, officials told reporters. “Soon,” a source said.";
        let extraction = crate::extract::extract(&crate::text::parse(text));
        assert!(extraction.quotes.len() >= 2 && !extraction.claims.is_empty());
        assert!(extraction.entities.iter().any(|entity| entity.role.is_some()));
        let encoded = encode(&extraction);
        assert_eq!(decode(&encoded, text), Some(extraction.clone()));

        let mut odd = extraction;
        odd.diagnostics.push(Diagnostic { span: None, message: "a, b: “é”".to_owned() });
        odd.entities[0].gender = Some(Gender::Female);
        odd.entities[0].value = Some(String::new());
        assert_eq!(decode(&encode(&odd), text), Some(odd));
    }

    #[test]
    fn numbers_come_back_as_written_and_nothing_else_reads_as_one() {
        let mut out = Writer::default();
        for number in [0, 7, 10, 1_234_567, usize::MAX] {
            out.number(number);
        }
        out.number(u64::MAX);
        let written = out.written();
        assert_eq!(written, format!("0,7,10,1234567,{},{},", usize::MAX, u64::MAX));
        let mut input = Reader::new(&written, "");
        for number in [0, 7, 10, 1_234_567, usize::MAX] {
            assert_eq!(input.number(), Some(number));
        }
        assert_eq!(input.number(), Some(u64::MAX));
        assert_eq!(input.rest(), "");
        for odd in [",", "1", "+1,", "-1,", " 1,", "1 ,", "1a,", "18446744073709551616,"] {
            assert_eq!(Reader::new(odd, "").number::<u64>(), None, "{odd:?}");
        }
        assert_eq!(Reader::new("256,", "").number::<u8>(), None, "too wide for its type");
    }

    #[test]
    fn a_kind_the_list_lacks_is_written_so_that_no_reader_takes_it() {
        let mut out = Writer::default();
        out.one_of(&GENDERS[..1], Gender::Male);
        let written = out.written();
        assert_eq!(Reader::new(&written, "").one_of(&GENDERS[..1]), None);
    }

    #[test]
    fn anything_but_an_extraction_of_the_text_is_refused() {
        let text = "“Soon,” Ana Ruiz said.";
        let encoded = encode(&crate::extract::extract(&crate::text::parse(text)));
        assert!(decode(&encoded, text).is_some());
        // Spans past the end of a shorter text, or inside a character.
        assert_eq!(decode(&encoded, "“Soon”"), None);
        assert_eq!(decode(&encoded, &"é".repeat(text.len())), None);
        // Cut short, with more after it, or not this format at all.
        assert_eq!(decode(&encoded[..encoded.len() - 1], text), None);
        assert_eq!(decode(&format!("{encoded}0,"), text), None);
        assert_eq!(decode("", text), None);
        assert_eq!(decode("99999999999,", text), None);
        // A speaker that is no entity of the list.
        let empty = Extraction {
            quotes: vec![Quote {
                span: Span::new(0, 3),
                speaker: Some(EntityId(0)),
                speaker_text: None,
                cue: None,
                partial: false,
            }],
            ..Extraction::default()
        };
        assert_eq!(decode(&encode(&empty), text), None);
    }
}
