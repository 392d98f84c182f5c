//! The extraction layer: one [`text::Article`] → [`Extraction`].
//!
//! Entities with all their mentions (in-article coreference: "Mr Lavrov" → Sergei Lavrov),
//! direct quotes with speaker and cue, reported speech as claims, and the dates and numbers
//! that facts are made of. Works on one article at a time; knows nothing of other articles.

pub mod ner;
pub mod quotes;

use crate::text::{self, Span};

pub mod entities;
mod front_coding;
pub mod gazetteer;

/// A word list that build.rs packed (see `front_coding`), named by its file name, as a
/// `LazyLock<String>` that unpacks it on first use.
macro_rules! unpacked_list {
    ($file:literal) => {
        std::sync::LazyLock::new(|| {
            crate::extract::front_coding::unpack(include_str!(concat!(env!("OUT_DIR"), "/", $file)))
        })
    };
}
use unpacked_list;

/// Index of an entity in [`Extraction::entities`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EntityId(pub usize);

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    Date,
    Number,
    Money,
    Percent,
    /// Nationalities, events, laws and other names that are none of the above.
    Other,
}

impl EntityKind {
    /// The name used in the JSON report.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Date => "date",
            EntityKind::Number => "number",
            EntityKind::Money => "money",
            EntityKind::Percent => "percent",
            EntityKind::Other => "other",
        }
    }
}

/// How a mention refers to its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MentionKind {
    /// The name itself, in any form: "Sergei Lavrov", "Mr Lavrov", "Lavrov’s", "REN QI", "UN".
    Name,
    /// A pronoun resolved to the entity ("he", "she").
    Pronoun,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Mention {
    pub kind: MentionKind,
    pub span: Span,
}

/// One entity of one article with all its mentions.
///
/// Invariant: `mentions` is non-empty and in text order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    pub kind: EntityKind,
    /// The fullest form of the name found ("Sergei Lavrov"; "Nato"; "Nov 1").
    pub name: String,
    /// A title or role kept apart from the name: "Foreign Minister", "Nato spokeswoman".
    pub role: Option<String>,
    /// A normalised value for dates and numbers: "2021-11-01", "this month" (relative, left
    /// unresolved when the publication date is unknown), "8", "0.035".
    pub value: Option<String>,
    /// For a number: the phrase it counts ("eight members of Russia’s mission").
    pub phrase: Option<Span>,
    /// For a person: the gender that an honorific ("Mrs"), a role ("spokeswoman") or a common
    /// first name suggests, so that "he"/"she" can be resolved. `None` when nothing says.
    pub gender: Option<Gender>,
    pub mentions: Vec<Mention>,
}

/// A person's gender as the text suggests it (for resolving "he" and "she").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Gender {
    Female,
    Male,
}

/// A direct quote: the words between the quotation marks (marks excluded).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    pub span: Span,
    pub speaker: Option<EntityId>,
    /// The speaker's words where they are no known entity ("a source", "officials").
    pub speaker_text: Option<Span>,
    /// The attribution cue: "said", "told reporters", "according to", "calling them".
    pub cue: Option<Span>,
    /// A quote inside a sentence that goes on around it: `said it would prolong “icy relations”`.
    pub partial: bool,
}

/// Reported speech: "Lavrov said Russia notified NATO of its actions in advance".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    /// The content that is claimed (the part after the cue).
    pub span: Span,
    pub speaker: Option<EntityId>,
    pub speaker_text: Option<Span>,
    pub cue: Span,
}

/// Why an extraction is less than it might be; odd text is not an error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub span: Option<Span>,
    pub message: String,
}

/// Everything found in one article.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Extraction {
    pub entities: Vec<Entity>,
    pub quotes: Vec<Quote>,
    pub claims: Vec<Claim>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Extraction {
    pub fn entity(&self, id: EntityId) -> &Entity {
        &self.entities[id.0]
    }
}

/// Extracts entities, quotes and claims from one article.
pub fn extract(article: &text::Article) -> Extraction {
    let mut entities = entities::find(article);
    let (quotes, claims) = quotes::find(article, &mut entities);
    Extraction { entities, quotes, claims, diagnostics: Vec::new() }
}
