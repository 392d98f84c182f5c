//! The pieces of the page, one function component per file (and the pure helpers they share:
//! `marks` cuts an article into marked segments, `labels` names things for the reader).

mod article_card;
mod article_summary;
mod article_view;
mod claim_list;
mod entities_view;
mod entity_card;
mod entity_list;
mod export;
mod findings;
mod header;
pub mod labels;
mod long_text;
pub mod marks;
mod messages;
mod passage;
mod permalink;
mod progress;
mod quote_list;
mod quotes_view;
mod separate;
mod undo_note;
mod views;

pub use article_card::{ArticleCard, ArticleCardProps};
pub use article_summary::{ArticleSummary, ArticleSummaryProps};
pub use article_view::{ArticleView, ArticleViewProps};
pub use claim_list::{ClaimList, ClaimListProps};
pub use entities_view::{EntitiesView, EntitiesViewProps};
pub use entity_card::{EntityCard, EntityCardProps};
pub use entity_list::{EntityList, EntityListProps};
pub use export::{Export, ExportProps};
pub use findings::{FindingsView, FindingsViewProps};
pub use header::{Header, HeaderProps};
pub use long_text::read_in_slices;
pub use messages::{Messages, MessagesProps};
pub use passage::{Passages, PassagesProps};
pub use permalink::{Permalink, PermalinkProps};
pub use progress::{Progress, ProgressProps};
pub use quote_list::{QuoteList, QuoteListProps};
pub use quotes_view::{QuotesView, QuotesViewProps};
pub use undo_note::{UndoNote, UndoNoteProps};
pub use views::{ReportViews, ReportViewsProps, Shared, SharedArticle, focus};

/// How many items a list shows before it says how many more there are: a 5 MB article can
/// have thousands of entities, and rendering them all would stall the page.
pub const LIST_LIMIT: usize = 60;

/// How many findings a view shows at first, and how many more each "Show more" adds.
pub const PAGE: usize = 50;
