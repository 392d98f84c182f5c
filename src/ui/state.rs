//! The app's state as a reducer: the articles the reader is editing, the latest report, and
//! messages about files that could not be loaded.
//!
//! Analysis runs in a Web Worker (`super::worker`): a moment after the last edit the root
//! component sends the worker [`State::request`], and the reply comes back as
//! `Action::Analysed`, kept only if nothing changed meanwhile. An HTML page (dropped, picked or
//! pasted) waits in its draft, stamped, until the worker has read its story
//! ([`State::pages_to_read`] → `Action::PageRead`). Texts are `Rc<str>` so that cloning the
//! state for each action stays cheap with a 5 MB article.

use std::rc::Rc;

use serde::{Deserialize, Serialize};
use yew::prelude::*;

use super::worker::{self, PageJob, PageRead, Request, Response};
use crate::Report;
use crate::compare::{Correction, Corrections};
use crate::text::html;

/// The most articles the app compares: comparison is pairwise, and 20 is more reports of one
/// event than a reader can follow.
pub const MAX_ARTICLES: usize = 20;

/// One article as the reader is editing it.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    /// Stable for the draft's lifetime; keys the components and maps report entries back.
    pub id: usize,
    pub name: String,
    pub text: Rc<str>,
    /// What the reader (or the page the text came from) says of the article's parts; `None`
    /// leaves a part to the engine, an empty text says there is none.
    pub parts: Parts,
    /// Set while `text` is an HTML page waiting for the worker to read its story: the stamp
    /// its reply must carry.
    pub page: Option<u64>,
}

/// The parts of an article the reader can set, over what the engine reads from the text.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Parts {
    #[serde(default)]
    pub outlet: Option<String>,
    #[serde(default)]
    pub headline: Option<String>,
    /// A day, `YYYY-MM-DD`.
    #[serde(default)]
    pub date: Option<String>,
}

/// Which of [`Parts`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Outlet,
    Headline,
    Date,
}

impl Parts {
    pub fn get(&self, part: Part) -> Option<&str> {
        match part {
            Part::Outlet => self.outlet.as_deref(),
            Part::Headline => self.headline.as_deref(),
            Part::Date => self.date.as_deref(),
        }
    }

    fn set(&mut self, part: Part, value: Option<String>) {
        match part {
            Part::Outlet => self.outlet = value,
            Part::Headline => self.headline = value,
            Part::Date => self.date = value,
        }
    }
}

impl Draft {
    /// Whether there is anything to analyse.
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty()
    }
}

/// A draft as it is saved between visits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedDraft {
    pub name: String,
    pub text: String,
    /// Absent in drafts saved before the parts could be set.
    #[serde(default)]
    pub parts: Parts,
}

/// The engine's report for the drafts as they were at `revision`.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    pub revision: u64,
    /// The draft behind each of `report.articles`, in order (empty drafts are left out).
    pub draft_ids: Vec<usize>,
    /// The text each of `report.articles` was made from, for showing the passages it points at.
    pub texts: Vec<Rc<str>>,
    pub report: Report,
}

impl Analysis {
    /// The index in `report.articles` of draft `id`, if it was analysed.
    pub fn article_index(&self, id: usize) -> Option<usize> {
        self.draft_ids.iter().position(|&draft| draft == id)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub drafts: Vec<Draft>,
    next_id: usize,
    /// Bumped on every change to a draft; analysis and saving follow it.
    pub revision: u64,
    pub analysis: Option<Rc<Analysis>>,
    /// Problems with dropped files, shown until dismissed.
    pub messages: Vec<String>,
    /// The reader's corrections to the engine; they name entities and quotes by index, so an
    /// edit to the articles' text drops them.
    pub corrections: Rc<Corrections>,
    /// Whether the articles to start with (a link's, the last visit's or the example) are
    /// still being read; no article is shown until they are, so none can be edited and lost.
    pub loading: bool,
    /// The articles before "Clear all" or opening a link, until the next change: *Undo*
    /// brings them back.
    pub undo: Option<Replaced>,
}

/// Articles the reader's action replaced, and which action it was.
#[derive(Debug, Clone, PartialEq)]
pub struct Replaced {
    pub by: Replacement,
    pub drafts: Vec<Draft>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Replacement {
    /// *Clear all*.
    Clear,
    /// A permalink opened over the reader's own articles.
    Link,
}

/// A file that was dropped on the page or picked, and read as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadedFile {
    pub name: String,
    pub text: String,
}

pub enum Action {
    /// Adds an empty article, unless there are [`MAX_ARTICLES`] already.
    Add,
    Remove(usize),
    Rename(usize, String),
    /// Sets the text of a draft; an HTML page is then read for its story.
    Edit(usize, String),
    /// The reader sets one part of a draft (outlet, headline, date).
    SetPart(usize, Part, String),
    /// The worker read the story of a draft's HTML page.
    PageRead(PageRead),
    /// Replaces every article with the built-in example.
    LoadExample,
    /// Replaces every article with two empty ones.
    Clear,
    /// The articles to start with (saved on an earlier visit, or the example); ignored once
    /// the reader has changed anything.
    Restore(Vec<SavedDraft>),
    /// Replaces every article with a permalink's; *Undo* brings back the reader's own.
    Open(Vec<SavedDraft>),
    /// Brings back the articles that *Clear all* or a permalink replaced.
    Undo,
    /// Puts a dropped or picked file into the first empty article, or a new one (unless there
    /// are [`MAX_ARTICLES`] already); an HTML page is then read for its story.
    FileLoaded(LoadedFile),
    /// Says why a dropped file was not loaded; the articles stay as they are.
    FileRejected(String),
    /// Says why a permalink could not be opened; the articles stay as they are.
    LinkRejected(String),
    DismissMessages,
    /// A report from the worker; kept if it describes the drafts as they are now.
    Analysed(Response),
    /// Adds a correction to the engine's report (merge, split, reassign a speaker).
    Correct(Correction),
    /// Drops every correction.
    ResetCorrections,
}

impl Default for State {
    fn default() -> State {
        let empty = |name: &str| SavedDraft {
            name: name.to_owned(),
            text: String::new(),
            parts: Parts::default(),
        };
        State::with_drafts(vec![empty("Article 1"), empty("Article 2")])
    }
}

impl State {
    /// A state holding these drafts, not yet analysed.
    pub fn with_drafts(saved: Vec<SavedDraft>) -> State {
        State::at_revision(1, saved)
    }

    /// A state holding these drafts at `revision`; drafts that are HTML pages wait to be read.
    fn at_revision(revision: u64, saved: Vec<SavedDraft>) -> State {
        let drafts: Vec<Draft> = saved
            .into_iter()
            .take(MAX_ARTICLES)
            .enumerate()
            .map(|(id, draft)| Draft {
                id,
                page: html::looks_like_html(&draft.text).then_some(revision),
                name: draft.name,
                text: Rc::from(draft.text),
                parts: draft.parts,
            })
            .collect();
        State {
            next_id: drafts.len(),
            drafts,
            revision,
            analysis: None,
            messages: Vec::new(),
            corrections: Rc::default(),
            loading: false,
            undo: None,
        }
    }

    /// The state before the articles to start with are read: no article yet.
    pub fn loading() -> State {
        State { loading: true, ..State::with_drafts(Vec::new()) }
    }

    /// The drafts as they are now, for *Undo*, unless there is nothing to bring back.
    fn replaced(&self, by: Replacement) -> Option<Replaced> {
        let worth_keeping = self.drafts.iter().any(|draft| !draft.is_empty());
        worth_keeping.then(|| Replaced { by, drafts: self.drafts.clone() })
    }

    /// The drafts in the form they are saved in.
    pub fn saved(&self) -> Vec<SavedDraft> {
        self.drafts
            .iter()
            .map(|draft| SavedDraft {
                name: draft.name.clone(),
                text: draft.text.to_string(),
                parts: draft.parts.clone(),
            })
            .collect()
    }

    /// The HTML pages waiting to be read whose stamp is newer than `since`: each stamp is the
    /// revision that set its text, so a page is asked for once.
    pub fn pages_to_read(&self, since: u64) -> Vec<PageJob> {
        self.drafts
            .iter()
            .filter_map(|draft| {
                let stamp = draft.page.filter(|&stamp| stamp > since)?;
                Some(PageJob { draft: draft.id, stamp, html: draft.text.to_string() })
            })
            .collect()
    }

    /// How many articles the current analysis is about.
    pub fn analysed_count(&self) -> usize {
        self.analysed_drafts().count()
    }

    /// How many drafts wait for their HTML page to be read.
    pub fn pages_waiting(&self) -> usize {
        self.drafts.iter().filter(|draft| draft.page.is_some()).count()
    }

    /// Whether the report describes the drafts as they are now.
    pub fn is_current(&self) -> bool {
        self.analysis.as_ref().is_some_and(|analysis| analysis.revision == self.revision)
    }

    fn push_draft(&mut self, name: String, text: Rc<str>, page: Option<u64>) {
        let id = self.next_id;
        self.drafts.push(Draft { id, name, text, parts: Parts::default(), page });
        self.next_id += 1;
    }

    /// The message when an article would be one too many.
    fn too_many(what: &str) -> String {
        format!(
            "{what}: Parallax compares at most {MAX_ARTICLES} articles. Remove one to make room."
        )
    }

    /// A name for a new article that no other article has yet.
    fn fresh_name(&self) -> String {
        (self.drafts.len() + 1..)
            .map(|n| format!("Article {n}"))
            .find(|name| self.drafts.iter().all(|draft| &draft.name != name))
            .expect("the range is unbounded, and only finitely many names are taken")
    }

    fn draft_mut(&mut self, id: usize) -> Option<&mut Draft> {
        self.drafts.iter_mut().find(|draft| draft.id == id)
    }

    /// What the worker must analyse for the drafts as they are now; `None` when the report
    /// is already current.
    pub fn request(&self) -> Option<Request> {
        (!self.is_current()).then(|| Request {
            revision: self.revision,
            articles: self
                .analysed_drafts()
                .map(|draft| worker::Article {
                    name: draft.name.clone(),
                    text: draft.text.to_string(),
                    parts: draft.parts.clone(),
                })
                .collect(),
            corrections: (*self.corrections).clone(),
        })
    }

    /// The drafts the engine reads: the non-empty ones that are not HTML pages waiting to be
    /// read.
    fn analysed_drafts(&self) -> impl Iterator<Item = &Draft> {
        self.drafts.iter().filter(|draft| !draft.is_empty() && draft.page.is_none())
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut state = (*self).clone();
        let mut changed = true;
        // The revision this change makes: it stamps an HTML page set now.
        let stamp = self.revision + 1;
        // Any change to the articles ends the offer to undo the last replacement.
        let undo = state.undo.take();
        match action {
            Action::Add if state.drafts.len() >= MAX_ARTICLES => {
                state.messages.push(State::too_many("No article was added"));
                changed = false;
            }
            Action::Add => {
                let name = state.fresh_name();
                state.push_draft(name, Rc::from(""), None);
            }
            Action::Remove(id) => {
                // The last article stays: there is always a box to paste into.
                if state.drafts.len() > 1 {
                    state.drafts.retain(|draft| draft.id != id);
                    state.corrections = Rc::default();
                }
            }
            Action::Rename(id, name) => match state.draft_mut(id) {
                Some(draft) => draft.name = name,
                None => changed = false,
            },
            Action::Edit(id, text) => match state.draft_mut(id) {
                Some(draft) => {
                    draft.page = html::looks_like_html(&text).then_some(stamp);
                    draft.text = Rc::from(text);
                    state.corrections = Rc::default();
                }
                None => changed = false,
            },
            Action::SetPart(id, part, value) => match state.draft_mut(id) {
                Some(draft) => draft.parts.set(part, Some(value)),
                None => changed = false,
            },
            Action::PageRead(read) => {
                // A reply for a text that has changed since (or a removed draft) is dropped.
                match state
                    .drafts
                    .iter_mut()
                    .find(|d| d.id == read.draft && d.page == Some(read.stamp))
                {
                    Some(draft) => {
                        draft.text = Rc::from(read.text);
                        draft.page = None;
                        draft.parts = read.parts;
                        state.corrections = Rc::default();
                    }
                    None => changed = false,
                }
            }
            Action::LoadExample => state = State::at_revision(stamp, super::example()),
            Action::Clear => {
                let undo = state.replaced(Replacement::Clear);
                state = State { revision: stamp, undo, ..State::default() };
            }
            Action::Restore(saved) if state.loading => state = State::at_revision(stamp, saved),
            Action::Restore(_) => changed = false,
            Action::Open(saved) => {
                let undo = state.replaced(Replacement::Link);
                state = State { undo, ..State::at_revision(stamp, saved) };
            }
            Action::Undo => match undo.clone() {
                Some(replaced) => {
                    // Ids stay unique: new drafts are numbered after every id in use.
                    let after = replaced.drafts.iter().map(|draft| draft.id + 1).max();
                    state.next_id = state.next_id.max(after.unwrap_or(0));
                    state.drafts = replaced.drafts;
                    state.corrections = Rc::default();
                }
                None => changed = false,
            },
            Action::FileLoaded(file) => {
                let page = html::is_html(&file.name, &file.text).then_some(stamp);
                let text = Rc::from(file.text);
                let full = state.drafts.len() >= MAX_ARTICLES;
                match state.drafts.iter_mut().find(|draft| draft.is_empty()) {
                    Some(draft) => {
                        draft.name = file.name;
                        draft.text = text;
                        draft.parts = Parts::default();
                        draft.page = page;
                        state.corrections = Rc::default();
                    }
                    None if full => {
                        state
                            .messages
                            .push(State::too_many(&format!("“{}” was not added", file.name)));
                        changed = false;
                    }
                    None => {
                        state.push_draft(file.name, text, page);
                        state.corrections = Rc::default();
                    }
                }
            }
            Action::FileRejected(message) | Action::LinkRejected(message) => {
                state.messages.push(message);
                changed = false;
            }
            Action::DismissMessages => {
                state.messages.clear();
                changed = false;
            }
            Action::Correct(correction) => {
                Rc::make_mut(&mut state.corrections).list.push(correction);
            }
            Action::ResetCorrections => state.corrections = Rc::default(),
            Action::Analysed(response) => {
                // A reply to an older request: the drafts changed since, another is coming.
                if response.revision != state.revision {
                    return self;
                }
                state.analysis = Some(Rc::new(Analysis {
                    revision: response.revision,
                    draft_ids: state.analysed_drafts().map(|draft| draft.id).collect(),
                    texts: state.analysed_drafts().map(|draft| draft.text.clone()).collect(),
                    report: response.report,
                }));
                changed = false;
            }
        }
        if changed {
            state.revision += 1;
            state.loading = false;
        } else {
            state.undo = undo;
        }
        Rc::new(state)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    fn reduce(state: State, action: Action) -> State {
        (*Rc::new(state).reduce(action)).clone()
    }

    fn text(state: &State) -> Vec<&str> {
        state.drafts.iter().map(|draft| &*draft.text).collect()
    }

    #[test]
    fn a_dropped_file_fills_the_first_empty_article_then_adds_one() {
        let mut state = reduce(State::default(), Action::Edit(0, "first".to_owned()));
        let file = |name: &str| LoadedFile { name: name.to_owned(), text: format!("{name} text") };
        state = reduce(state, Action::FileLoaded(file("b.txt")));
        assert_eq!(text(&state), ["first", "b.txt text"]);
        assert_eq!(state.drafts[1].name, "b.txt");
        state = reduce(state, Action::FileLoaded(file("c.md")));
        assert_eq!(text(&state), ["first", "b.txt text", "c.md text"]);
    }

    #[test]
    fn a_rejected_file_leaves_the_articles_alone() {
        let before = reduce(State::default(), Action::Edit(1, "kept".to_owned()));
        let after = reduce(before.clone(), Action::FileRejected("not text".to_owned()));
        assert_eq!(after.drafts, before.drafts);
        assert_eq!(after.messages, ["not text"]);
        assert!(reduce(after, Action::DismissMessages).messages.is_empty());
    }

    #[test]
    fn the_last_article_cannot_be_removed() {
        let state = reduce(State::default(), Action::Remove(0));
        let state = reduce(state, Action::Remove(1));
        assert_eq!(state.drafts.len(), 1);
        assert_eq!(state.drafts[0].id, 1);
    }

    #[test]
    fn new_articles_get_names_no_other_article_has() {
        let state = reduce(State::default(), Action::Remove(0));
        let state = reduce(state, Action::Add);
        let names: Vec<&str> = state.drafts.iter().map(|draft| draft.name.as_str()).collect();
        assert_eq!(names, ["Article 2", "Article 3"]);
    }

    #[test]
    fn analysis_skips_empty_articles_and_follows_edits() {
        let state = reduce(State::default(), Action::Edit(1, "Only this one has text.".to_owned()));
        assert!(!state.is_current());
        let request = state.request().expect("the drafts changed, so there is work");
        assert_eq!(request.articles.len(), 1);
        let mut stale = request.clone().run();
        stale.revision -= 1;
        let state = reduce(state, Action::Analysed(stale));
        assert!(!state.is_current(), "a reply to an older request is dropped");
        let state = reduce(state, Action::Analysed(request.run()));
        assert!(state.is_current());
        assert!(state.request().is_none());
        let analysis = state.analysis.clone().expect("a current reply sets the analysis");
        assert_eq!(analysis.draft_ids, [1]);
        assert_eq!(analysis.article_index(1), Some(0));
        assert_eq!(analysis.article_index(0), None);
        assert!(!analysis.report.notes.is_empty(), "one article: the report says why");
        let state = reduce(state, Action::Rename(1, "renamed".to_owned()));
        assert!(!state.is_current());
    }

    fn file(name: &str, text: &str) -> LoadedFile {
        LoadedFile { name: name.to_owned(), text: text.to_owned() }
    }

    #[test]
    fn a_twenty_first_article_is_refused_with_a_message() {
        let mut state = State::default();
        for _ in 2..MAX_ARTICLES {
            state = reduce(state, Action::Add);
        }
        for n in 0..MAX_ARTICLES {
            state = reduce(state, Action::Edit(n, format!("Text {n}.")));
        }
        assert_eq!(state.drafts.len(), MAX_ARTICLES);
        let before = state.revision;
        let state = reduce(state, Action::Add);
        let state = reduce(state, Action::FileLoaded(file("extra.txt", "More.")));
        assert_eq!(state.drafts.len(), MAX_ARTICLES);
        assert_eq!(state.revision, before, "nothing changed");
        assert_eq!(state.messages.len(), 2);
        assert!(state.messages[1].starts_with("“extra.txt” was not added"), "{:?}", state.messages);
        assert!(state.messages.iter().all(|m| m.contains("at most 20 articles")));
    }

    #[test]
    fn an_html_page_waits_for_its_story_then_is_analysed_with_its_parts() {
        let page = "<!doctype html><title>T</title><p>Body text here.</p>";
        let state = reduce(State::default(), Action::Edit(0, "Plain text.".to_owned()));
        let state = reduce(state, Action::FileLoaded(file("story.html", page)));
        let stamp = state.drafts[1].page.expect("an .html file waits to be read");
        let jobs = state.pages_to_read(0);
        assert_eq!((jobs.len(), jobs[0].draft, jobs[0].html.as_str()), (1, 1, page));
        assert!(state.pages_to_read(stamp).is_empty(), "asked for once");
        let request = state.request().expect("work to do");
        assert_eq!(request.articles.len(), 1, "the page is not analysed as text");

        let read = jobs[0].clone().run();
        let mut stale = read.clone();
        stale.stamp -= 1;
        let unchanged = reduce(state.clone(), Action::PageRead(stale));
        assert_eq!(unchanged.drafts, state.drafts, "a reply for another text is dropped");

        let state = reduce(state, Action::PageRead(read));
        assert_eq!(&*state.drafts[1].text, "Body text here.");
        assert_eq!(state.drafts[1].page, None);
        assert_eq!(state.drafts[1].parts.headline.as_deref(), Some("T"));
        let state =
            reduce(state, Action::SetPart(1, Part::Outlet, "The Reader's Outlet".to_owned()));
        let request = state.request().expect("the new part is analysed");
        assert_eq!(request.articles.len(), 2);
        let report = request.run().report;
        assert_eq!(report.articles[1].outlet.as_deref(), Some("The Reader's Outlet"));
        assert_eq!(report.articles[1].headline.as_deref(), Some("T"));
    }

    #[test]
    fn pasted_html_is_read_and_an_emptied_part_is_none() {
        let state = reduce(State::default(), Action::Edit(0, "<html><p>Hi.</p>".to_owned()));
        assert!(state.drafts[0].page.is_some());
        let state = reduce(
            state,
            Action::Edit(0, "Outlet\n\nHeadline here\n\nA story, she said.".to_owned()),
        );
        assert_eq!(state.drafts[0].page, None, "no longer a page: nothing to read");
        let state = reduce(state, Action::SetPart(0, Part::Headline, String::new()));
        let report = state.request().expect("work").run().report;
        assert_eq!(report.articles[0].headline, None);
    }

    fn saved(texts: &[&str]) -> Vec<SavedDraft> {
        let draft = |(n, text): (usize, &&str)| SavedDraft {
            name: format!("a{n}.txt"),
            text: (*text).to_owned(),
            parts: Parts::default(),
        };
        texts.iter().enumerate().map(draft).collect()
    }

    #[test]
    fn the_articles_to_start_with_never_replace_the_readers_own() {
        let state = State::loading();
        assert!(state.drafts.is_empty());
        let state = reduce(state, Action::Restore(saved(&["kept"])));
        assert!(!state.loading);
        assert_eq!(text(&state), ["kept"]);
        // Arriving late, after the reader began, they are dropped.
        let state = reduce(state, Action::Edit(0, "edited".to_owned()));
        let state = reduce(state, Action::Restore(saved(&["late"])));
        assert_eq!(text(&state), ["edited"]);
    }

    #[test]
    fn clear_all_can_be_undone_until_the_next_change() {
        let state = reduce(State::default(), Action::Edit(1, "second".to_owned()));
        let state = reduce(state, Action::Add);
        let cleared = reduce(state.clone(), Action::Clear);
        assert_eq!(text(&cleared), ["", ""]);
        assert_eq!(cleared.undo.as_ref().map(|undo| undo.by), Some(Replacement::Clear));
        // A report arriving meanwhile keeps the offer.
        let request = cleared.request().expect("the drafts changed");
        let cleared = reduce(cleared, Action::Analysed(request.run()));
        let undone = reduce(cleared.clone(), Action::Undo);
        assert_eq!(text(&undone), text(&state));
        assert!(undone.undo.is_none());
        let added = reduce(undone, Action::Add);
        let ids: BTreeSet<usize> = added.drafts.iter().map(|draft| draft.id).collect();
        assert_eq!(ids.len(), added.drafts.len(), "ids stay unique after an undo");

        let edited = reduce(cleared, Action::Edit(0, "new".to_owned()));
        assert!(edited.undo.is_none());
        assert_eq!(text(&reduce(edited, Action::Undo)), ["new", ""]);
        let empty = reduce(State::default(), Action::Clear);
        assert!(empty.undo.is_none(), "nothing to bring back");
    }

    #[test]
    fn a_link_replaces_the_readers_articles_and_undo_brings_them_back() {
        let first_visit = reduce(State::loading(), Action::Open(saved(&["linked"])));
        assert_eq!(text(&first_visit), ["linked"]);
        assert!(first_visit.undo.is_none(), "nothing of the reader's was replaced");

        let own = reduce(State::loading(), Action::Restore(saved(&["mine", "also"])));
        let opened = reduce(own.clone(), Action::Open(saved(&["linked"])));
        assert_eq!(text(&opened), ["linked"]);
        assert_eq!(opened.undo.as_ref().map(|undo| undo.by), Some(Replacement::Link));
        let rejected = reduce(opened, Action::LinkRejected("a bad link".to_owned()));
        assert_eq!(rejected.messages, ["a bad link"]);
        assert_eq!(text(&reduce(rejected, Action::Undo)), text(&own));
    }

    #[test]
    fn the_example_has_two_named_articles() {
        let state = reduce(State::default(), Action::LoadExample);
        assert_eq!(state.drafts.len(), 2);
        assert!(state.drafts.iter().all(|draft| !draft.is_empty() && !draft.name.is_empty()));
    }
}
