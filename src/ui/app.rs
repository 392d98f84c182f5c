//! The root component: owns the state, has the engine's worker analyse the articles a moment
//! after the last edit, keeps the articles between visits, and takes files dropped anywhere on
//! the page.

use gloo::storage::{LocalStorage, Storage};
use gloo::timers::callback::Timeout;
use gloo::worker::Spawnable;
use yew::prelude::*;

use super::components::{ArticleCard, Header, Messages, ReportViews, Shared};
use super::files;
use super::state::{Action, LoadedFile, SavedDraft, State};
use super::worker::{Analyser, Json, LOADER};

/// Where the articles are kept between visits.
const STORAGE_KEY: &str = "parallax.drafts.v1";

/// How long after the last keystroke the engine runs, so typing stays smooth.
const ANALYSE_DELAY_MS: u32 = 250;

/// The articles from the last visit, or the example on a first visit.
fn initial_state() -> State {
    match LocalStorage::get::<Vec<SavedDraft>>(STORAGE_KEY) {
        Ok(saved) if !saved.is_empty() => State::with_drafts(saved),
        _ => State::with_drafts(super::example()),
    }
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(initial_state);
    let dragging = use_state(|| false);

    // The engine's worker, started once; its replies come back as actions.
    let worker = {
        let dispatcher = state.dispatcher();
        use_memo((), move |()| {
            Analyser::spawner()
                .encoding::<Json>()
                .callback(move |response| dispatcher.dispatch(Action::Analysed(response)))
                .spawn_with_loader(LOADER)
        })
    };

    {
        // After each change: wait for a pause in typing, then send the worker the articles
        // and save them. Dropping the timeout (on the next change) cancels it; a reply to an
        // older request is dropped by the reducer.
        // The handle holds this render's state; copying the texts waits for the pause, so a
        // render with a 5 MB article does not copy it.
        let current = state.clone();
        use_effect_with(state.revision, move |_| {
            let timeout = Timeout::new(ANALYSE_DELAY_MS, move || {
                if let Some(request) = current.request() {
                    worker.send(request);
                }
                // A text too large for the browser's storage quota is still analysed; it is
                // just not kept for the next visit.
                let _ = LocalStorage::set(STORAGE_KEY, current.saved());
            });
            move || drop(timeout)
        });
    }

    let dispatch = |make: fn() -> Action| {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(make()))
    };
    let on_example = dispatch(|| Action::LoadExample);
    let on_add = dispatch(|| Action::Add);
    let on_clear = dispatch(|| Action::Clear);
    let on_dismiss = dispatch(|| Action::DismissMessages);
    let on_rename = {
        let state = state.clone();
        Callback::from(move |(id, name)| state.dispatch(Action::Rename(id, name)))
    };
    let on_edit = {
        let state = state.clone();
        Callback::from(move |(id, text)| state.dispatch(Action::Edit(id, text)))
    };
    let on_remove = {
        let state = state.clone();
        Callback::from(move |id| state.dispatch(Action::Remove(id)))
    };
    let on_correct = {
        let state = state.clone();
        Callback::from(move |correction| state.dispatch(Action::Correct(correction)))
    };
    let on_reset_corrections = dispatch(|| Action::ResetCorrections);

    let on_dragover = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            // Without this the browser would open the file instead of letting the page have it.
            event.prevent_default();
            if !*dragging {
                dragging.set(true);
            }
        })
    };
    let on_dragleave = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            // Only leaving the window ends the drag; moving between children fires too.
            if event.related_target().is_none() {
                dragging.set(false);
            }
        })
    };
    let on_drop = {
        let dragging = dragging.clone();
        let dispatcher = state.dispatcher();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(false);
            let Some(list) = event.data_transfer().and_then(|transfer| transfer.files()) else {
                return;
            };
            let dropped: Vec<web_sys::File> =
                (0..list.length()).filter_map(|i| list.get(i)).collect();
            read_files(dropped, dispatcher.clone());
        })
    };

    let analysis = state.analysis.clone();
    let stale = !state.is_current();
    let can_remove = state.drafts.len() > 1;
    let report_notes = analysis.as_ref().map(|a| a.report.notes.clone()).unwrap_or_default();
    html! {
        <div
            class={classes!("page", dragging.then_some("dragging"))}
            ondragover={on_dragover}
            ondragleave={on_dragleave}
            ondrop={on_drop}
        >
            <Header {on_example} {on_add} {on_clear} />
            <main>
                <Messages errors={state.messages.clone()} notes={report_notes} {on_dismiss} />
                <section class="articles">
                    { for state.drafts.iter().enumerate().map(|(idx, draft)| {
                        let report = analysis.as_ref().and_then(|analysis| {
                            let article = analysis.article_index(draft.id)?;
                            analysis.report.articles.get(article).cloned()
                        });
                        html! {
                            <ArticleCard
                                key={draft.id}
                                draft={draft.clone()}
                                number={idx + 1}
                                {report}
                                {stale}
                                {can_remove}
                                on_rename={on_rename.clone()}
                                on_edit={on_edit.clone()}
                                on_remove={on_remove.clone()}
                            />
                        }
                    }) }
                </section>
                if let Some(analysis) = analysis {
                    <ReportViews
                        analysis={Shared(analysis.clone())}
                        {stale}
                        corrections={Shared(state.corrections.clone())}
                        {on_correct}
                        {on_reset_corrections}
                    />
                }
            </main>
            <footer class="footer">
                { "Parallax runs entirely in this page: the articles never leave your computer." }
            </footer>
            <div class="drop-overlay" aria-hidden="true">
                <p>{ "Drop .txt or .md files to add them as articles" }</p>
            </div>
        </div>
    }
}

/// Reads the dropped files one after another (so they keep their order) and dispatches each
/// one's text, or a message saying why it was not loaded.
fn read_files(dropped: Vec<web_sys::File>, dispatcher: UseReducerDispatcher<State>) {
    yew::platform::spawn_local(async move {
        for file in dropped {
            let file = gloo::file::File::from(file);
            let name = file.name();
            if file.size() > files::MAX_FILE_BYTES {
                dispatcher.dispatch(Action::FileRejected(files::too_large(&name, file.size())));
                continue;
            }
            let action = match gloo::file::futures::read_as_bytes(&file).await {
                Ok(bytes) => match files::decode(&name, &bytes) {
                    Ok(text) => Action::FileLoaded(LoadedFile { name, text }),
                    Err(message) => Action::FileRejected(message),
                },
                Err(err) => Action::FileRejected(format!("“{name}” could not be read: {err}")),
            };
            dispatcher.dispatch(action);
        }
    });
}
