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
    /// Replaces every article with the ones saved on an earlier visit.
    Restore(Vec<SavedDraft>),
    /// Puts a dropped or picked file into the first empty article, or a new one (unless there
    /// are [`MAX_ARTICLES`] already); an HTML page is then read for its story.
    FileLoaded(LoadedFile),
    /// Says why a dropped file was not loaded; the articles stay as they are.
    FileRejected(String),
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
        }
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
                    outlet: draft.parts.outlet.clone(),
                    headline: draft.parts.headline.clone(),
                    date: draft.parts.date.clone(),
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
                        // What the page's tags say; a part they leave out is left to the engine.
                        draft.parts =
                            Parts { outlet: read.outlet, headline: read.headline, date: read.date };
                        state.corrections = Rc::default();
                    }
                    None => changed = false,
                }
            }
            Action::LoadExample => state = State::at_revision(stamp, super::example()),
            Action::Clear => state = State { revision: stamp, ..State::default() },
            Action::Restore(saved) => state = State::at_revision(stamp, saved),
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
            Action::FileRejected(message) => {
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
        }
        Rc::new(state)
    }
}

#[cfg(test)]
mod tests {
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

    #[test]
    fn the_example_has_two_named_articles() {
        let state = reduce(State::default(), Action::LoadExample);
        assert_eq!(state.drafts.len(), 2);
        assert!(state.drafts.iter().all(|draft| !draft.is_empty() && !draft.name.is_empty()));
    }
}
