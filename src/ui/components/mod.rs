//! The pieces of the page, one function component per file.

mod article_card;
mod article_summary;
mod claim_list;
mod comparison;
mod entity_list;
mod header;
mod messages;
mod quote_list;
mod quote_pairs;

pub use article_card::{ArticleCard, ArticleCardProps};
pub use article_summary::{ArticleSummary, ArticleSummaryProps};
pub use claim_list::{ClaimList, ClaimListProps};
pub use comparison::{Comparison, ComparisonProps};
pub use entity_list::{EntityList, EntityListProps};
pub use header::{Header, HeaderProps};
pub use messages::{Messages, MessagesProps};
pub use quote_list::{QuoteList, QuoteListProps};
pub use quote_pairs::{QuotePairs, QuotePairsProps};

/// How many items a list shows before it says how many more there are: a 5 MB article can
/// have thousands of entities, and rendering them all would stall the page.
pub const LIST_LIMIT: usize = 60;
