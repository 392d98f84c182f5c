//! The text layer: raw input → [`Article`].
//!
//! Finds the article's structure (outlet, headline, byline, dateline, body paragraphs,
//! subheadings, and what is not the story: footers, captions, credits, addresses), then its
//! sentences and tokens. Everything is a [`Span`] into the text exactly as given; nothing here
//! rewrites the text. This layer knows nothing of entities or quotes.
//!
//! - Structure (`structure`, with `byline`, `dateline`, `date`, `boilerplate`, `address`):
//!   what each line and paragraph is; set-aside text is never tokenised.
//! - Tokens (`tokens`) and sentences (`sentences`): sentences lie inside one block and cover
//!   all its tokens; the first body paragraph's sentences start after its dateline. A quote of
//!   several sentences is split into them; the closing mark stays with the last one.
//!   Addresses inside a sentence are set aside and give no tokens, the sentence goes on
//!   around them.
//! - HTML pages (`html`): a page saved from a news site → its story's text, and the outlet,
//!   headline and date its tags give; the text is then read like any pasted article.
//!
//! Segmentation is written here rather than taken from a crate: the rules that matter for
//! news (quotes, datelines, titles, dotted abbreviations) are the ones generic splitters get
//! wrong, and the whole layer stays one linear pass with no allocation per token.

mod address;
mod boilerplate;
mod byline;
pub mod chars;
mod date;
mod dateline;
pub mod html;
mod name_case;
mod sentences;
mod span;
mod structure;
mod tokens;
mod words;

pub use name_case::name_case;
pub use span::Span;

/// A calendar date, as precise as the text says: a year, a month of a year, or a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl Date {
    /// ISO 8601 at the date's own precision: `2021`, `2021-10`, `2021-10-18`.
    pub fn iso(&self) -> String {
        match (self.month, self.day) {
            (Some(month), Some(day)) => format!("{:04}-{month:02}-{day:02}", self.year),
            (Some(month), None) => format!("{:04}-{month:02}", self.year),
            _ => format!("{:04}", self.year),
        }
    }

    /// Reads a full ISO 8601 day, `2021-10-18`, as a reader gives a publication date; a day
    /// the calendar does not have (`2021-02-30`) is none.
    pub fn from_iso(text: &str) -> Option<Date> {
        let date = date::iso(text.trim())?;
        let (month, day) = (date.month?, date.day?);
        let leap = date.year % 4 == 0 && (date.year % 100 != 0 || date.year % 400 == 0);
        let days = match month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        (day <= days).then_some(date)
    }
}

/// What a block of the text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BlockKind {
    Outlet,
    Headline,
    Byline,
    /// A paragraph of the story.
    Body,
    /// A heading inside the body ("Advance notification").
    Subheading,
}

/// Why a piece of the text is not analysed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SetAsideReason {
    /// Print-edition or website boilerplate ("Newspapers in English").
    Footer,
    /// A photo caption.
    Caption,
    /// A photo or agency credit marker ("?? AFP ??").
    Credit,
    /// An e-mail address or URL.
    Address,
    /// A separator line ("-", "***").
    Separator,
    /// A line that only gives the publication date ("Published: Oct 19, 2021").
    Metadata,
}

/// A block of analysed text: the headline, the byline line, a body paragraph, a subheading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub span: Span,
}

/// A piece of the text that is deliberately not analysed, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetAside {
    pub reason: SetAsideReason,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters, possibly with inner apostrophes or hyphens ("Lavrov’s", "two-decade-old"):
    /// a possessive is part of its word, also after a final s ("Jones’"). Dotted
    /// abbreviations of single letters keep their dots ("U.S.", "p.m."); other abbreviations
    /// are a word and a `.` ("Mr", ".").
    Word,
    /// Digits, possibly with separators and glued letters ("1,000", "3.5", "2019", "4.2bn",
    /// "1990s", "2021-10-19"). Currency signs and `%` are `Punct` tokens of their own.
    Number,
    /// A quotation mark of any style: " “ ” ‘ ’ « » „ and ' when it opens or closes a quote.
    Quote,
    /// Any other punctuation or symbol.
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub span: Span,
}

/// A sentence: its span, the block it belongs to, and its tokens as a range into
/// [`Article::tokens`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub block: usize,
    pub tokens: std::ops::Range<usize>,
}

/// One article, read.
///
/// Invariants: every span is a char-boundary range into `text`; `blocks`, `sentences` and
/// `tokens` are in text order and do not overlap; every sentence lies inside its block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    pub text: String,
    pub outlet: Option<Span>,
    pub headline: Option<Span>,
    /// The reporter's name(s) only: "Ren Qi" of "By REN QI in Moscow".
    pub byline: Option<Span>,
    /// The place the story is filed from: "MOSCOW" of "MOSCOW: Russia said…".
    pub dateline: Option<Span>,
    /// The publication date, when the text carries one.
    pub date: Option<Date>,
    /// The analysed blocks in text order (headline, byline, body paragraphs, subheadings).
    pub blocks: Vec<Block>,
    pub set_aside: Vec<SetAside>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
}

impl Article {
    /// The text of a span of this article.
    pub fn slice(&self, span: Span) -> &str {
        span.slice(&self.text)
    }

    /// Body paragraphs and subheadings: the story itself.
    pub fn body(&self) -> impl Iterator<Item = &Block> {
        self.blocks.iter().filter(|b| matches!(b.kind, BlockKind::Body | BlockKind::Subheading))
    }

    /// Number of word tokens in the analysed blocks.
    pub fn word_count(&self) -> usize {
        self.tokens.iter().filter(|t| t.kind == TokenKind::Word).count()
    }
}

/// Reads an article from its text. Never fails: empty text gives an empty article.
///
/// Cost is linear in the length of the text: one pass for addresses, one over the lines, one
/// tokenizer pass over the analysed blocks and one splitter pass over their tokens.
pub fn parse(text: &str) -> Article {
    let addresses = address::find(text);
    let structure = structure::read(text, &addresses);
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut sentences = Vec::with_capacity(text.len() / 120);
    for (idx, (block, &text_start)) in
        structure.blocks.iter().zip(&structure.text_starts).enumerate()
    {
        let first = tokens.len();
        let range = Span::new(text_start, block.span.end);
        tokens::tokenize(text, range, &addresses, &mut tokens);
        sentences::split(text, &tokens, first, idx, text_start, &mut sentences);
    }
    Article {
        text: text.to_owned(),
        outlet: structure.outlet,
        headline: structure.headline,
        byline: structure.byline,
        dateline: structure.dateline,
        date: structure.date,
        blocks: structure.blocks,
        set_aside: structure.set_aside,
        sentences,
        tokens,
    }
}
