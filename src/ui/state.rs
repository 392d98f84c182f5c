//! The app's state as a reducer: the articles the reader is editing, the latest report, and
//! messages about files that could not be loaded.
//!
//! Analysis runs in a Web Worker (`super::worker`): a moment after the last edit the root
//! component sends the worker [`State::request`], and the reply comes back as
//! `Action::Analysed`, kept only if nothing changed meanwhile. Texts are `Rc<str>` so that
//! cloning the state for each action stays cheap with a 5 MB article.

use std::rc::Rc;

use serde::{Deserialize, Serialize};
use yew::prelude::*;

use super::worker::{Request, Response};
use crate::Report;
use crate::compare::{Correction, Corrections};

/// One article as the reader is editing it.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    /// Stable for the draft's lifetime; keys the components and maps report entries back.
    pub id: usize,
    pub name: String,
    pub text: Rc<str>,
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

/// A file that was dropped on the page and read as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadedFile {
    pub name: String,
    pub text: String,
}

pub enum Action {
    /// Adds an empty article.
    Add,
    Remove(usize),
    Rename(usize, String),
    Edit(usize, String),
    /// Replaces every article with the built-in example.
    LoadExample,
    /// Replaces every article with two empty ones.
    Clear,
    /// Replaces every article with the ones saved on an earlier visit.
    Restore(Vec<SavedDraft>),
    /// Puts a dropped file into the first empty article, or a new one.
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
        State::with_drafts(vec![
            SavedDraft { name: "Article 1".to_owned(), text: String::new() },
            SavedDraft { name: "Article 2".to_owned(), text: String::new() },
        ])
    }
}

impl State {
    /// A state holding these drafts, not yet analysed.
    pub fn with_drafts(saved: Vec<SavedDraft>) -> State {
        let drafts: Vec<Draft> = saved
            .into_iter()
            .enumerate()
            .map(|(id, draft)| Draft { id, name: draft.name, text: Rc::from(draft.text) })
            .collect();
        State {
            next_id: drafts.len(),
            drafts,
            revision: 1,
            analysis: None,
            messages: Vec::new(),
            corrections: Rc::default(),
        }
    }

    /// The drafts in the form they are saved in.
    pub fn saved(&self) -> Vec<SavedDraft> {
        self.drafts
            .iter()
            .map(|draft| SavedDraft { name: draft.name.clone(), text: draft.text.to_string() })
            .collect()
    }

    /// Whether the report describes the drafts as they are now.
    pub fn is_current(&self) -> bool {
        self.analysis.as_ref().is_some_and(|analysis| analysis.revision == self.revision)
    }

    fn push_draft(&mut self, name: String, text: Rc<str>) {
        self.drafts.push(Draft { id: self.next_id, name, text });
        self.next_id += 1;
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
                .map(|draft| (draft.name.clone(), draft.text.to_string()))
                .collect(),
            corrections: (*self.corrections).clone(),
        })
    }

    /// The drafts the engine reads: the non-empty ones.
    fn analysed_drafts(&self) -> impl Iterator<Item = &Draft> {
        self.drafts.iter().filter(|draft| !draft.is_empty())
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut state = (*self).clone();
        let mut changed = true;
        match action {
            Action::Add => {
                let name = state.fresh_name();
                state.push_draft(name, Rc::from(""));
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
                    draft.text = Rc::from(text);
                    state.corrections = Rc::default();
                }
                None => changed = false,
            },
            Action::LoadExample => {
                state = State { revision: state.revision, ..State::with_drafts(super::example()) };
            }
            Action::Clear => state = State { revision: state.revision, ..State::default() },
            Action::Restore(saved) => {
                state = State { revision: state.revision, ..State::with_drafts(saved) };
            }
            Action::FileLoaded(file) => {
                let text = Rc::from(file.text);
                state.corrections = Rc::default();
                match state.drafts.iter_mut().find(|draft| draft.is_empty()) {
                    Some(draft) => {
                        draft.name = file.name;
                        draft.text = text;
                    }
                    None => state.push_draft(file.name, text),
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

    #[test]
    fn the_example_has_two_named_articles() {
        let state = reduce(State::default(), Action::LoadExample);
        assert_eq!(state.drafts.len(), 2);
        assert!(state.drafts.iter().all(|draft| !draft.is_empty() && !draft.name.is_empty()));
    }
}
