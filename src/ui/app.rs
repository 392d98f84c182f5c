//! The root component: owns the state, has the engine's worker analyse the articles a moment
//! after the last edit (and read the story of an HTML page at once), keeps the articles between
//! visits, opens permalinks, and takes files dropped anywhere on the page or picked.

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use yew::prelude::*;

use super::components::{
    ArticleCard, Header, Messages, Progress, ReportViews, Shared, SharedArticle, UndoNote,
};
use super::engine_worker::EngineWorker;
use super::files;
use super::permalink;
use super::session::{self, Session};
use super::state::{Action, LoadedFile, State};

/// How long after the last keystroke the engine runs, so typing stays smooth.
const ANALYSE_DELAY_MS: u32 = 250;

/// How long after the last change the articles are saved: later than the analysis, so the two
/// copies of a long text are made in different tasks, and never on each keystroke.
const SAVE_DELAY_MS: u32 = 1000;

#[component]
pub fn App() -> Html {
    let state = use_reducer(State::loading);
    let dragging = use_state(|| false);
    // Why the articles are not kept between visits, when they are not.
    let not_kept = use_state(|| None::<String>);

    {
        // Once: the articles to start with, then permalinks opened later in this tab.
        let dispatcher = state.dispatcher();
        use_effect_with((), move |()| {
            yew::platform::spawn_local(start(dispatcher.clone()));
            let on_hash_change = Closure::<dyn Fn()>::new(move || {
                yew::platform::spawn_local(open_link(dispatcher.clone()));
            });
            let window = web_sys::window();
            if let Some(window) = &window {
                let _ = window.add_event_listener_with_callback(
                    "hashchange",
                    on_hash_change.as_ref().unchecked_ref(),
                );
            }
            move || {
                if let Some(window) = window {
                    let _ = window.remove_event_listener_with_callback(
                        "hashchange",
                        on_hash_change.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }

    // The engine's worker, started once; its replies come back as actions.
    let worker = {
        let dispatcher = state.dispatcher();
        use_memo((), move |()| {
            let reading = dispatcher.clone();
            EngineWorker::start(
                move |response| dispatcher.dispatch(Action::Analysed(response)),
                move |read| reading.dispatch(Action::PageRead(read)),
            )
        })
    };
    // The newest stamp of an HTML page already sent to be read (stamps only grow).
    let pages_sent = use_mut_ref(|| 0u64);

    {
        // An HTML page is sent to be read at once: until then its draft shows the raw page.
        let current = state.clone();
        let worker = worker.clone();
        use_effect_with(state.revision, move |_| {
            let mut sent = pages_sent.borrow_mut();
            for job in current.pages_to_read(*sent) {
                *sent = job.stamp.max(*sent);
                worker.read_page(job);
            }
        });
    }

    {
        // After each change: wait for a pause in typing, then send the worker the articles
        // (which ends an analysis still under way); after a longer pause, save them. Dropping
        // the timeouts (on the next change) cancels them; a reply to an older request is
        // dropped by the reducer.
        // The handle holds this render's state; copying the texts waits for the pause, so a
        // render with a 5 MB article does not copy it.
        let current = state.clone();
        let not_kept = not_kept.clone();
        use_effect_with(state.revision, move |_| {
            let timeouts = (!current.loading).then(|| {
                let analysing = current.clone();
                let analyse = Timeout::new(ANALYSE_DELAY_MS, move || {
                    if let Some(request) = analysing.request() {
                        worker.analyse(request);
                    }
                });
                let save = Timeout::new(SAVE_DELAY_MS, move || {
                    let kept = Session { articles: current.saved() };
                    yew::platform::spawn_local(async move {
                        // Too big to keep is not an error: the page goes on, and says so.
                        not_kept.set(session::save(&kept).await.err());
                    });
                });
                (analyse, save)
            });
            move || drop(timeouts)
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
    let on_part = {
        let state = state.clone();
        Callback::from(move |(id, part, value)| state.dispatch(Action::SetPart(id, part, value)))
    };
    let on_files = {
        let dispatcher = state.dispatcher();
        Callback::from(move |picked: Vec<web_sys::File>| read_files(picked, dispatcher.clone()))
    };
    let on_correct = {
        let state = state.clone();
        Callback::from(move |correction| state.dispatch(Action::Correct(correction)))
    };
    let on_reset_corrections = dispatch(|| Action::ResetCorrections);
    let on_undo = dispatch(|| Action::Undo);
    let articles = {
        let state = state.clone();
        Callback::from(move |()| Session { articles: state.saved() })
    };

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
    let mut notes = analysis.as_ref().map(|a| a.report.notes.clone()).unwrap_or_default();
    notes.extend((*not_kept).clone());
    html! {
        <div
            class={classes!("page", dragging.then_some("dragging"))}
            ondragover={on_dragover}
            ondragleave={on_dragleave}
            ondrop={on_drop}
        >
            <Header {on_example} {on_add} {on_clear} {on_files} {articles} />
            <main>
                <Messages errors={state.messages.clone()} {notes} {on_dismiss} />
                <Progress
                    analysing={stale.then(|| state.analysed_count()).filter(|&n| n > 0)}
                    pages={state.pages_waiting()}
                />
                if let Some(replaced) = &state.undo {
                    <UndoNote by={replaced.by} count={replaced.drafts.len()} {on_undo} />
                }
                <section class="articles">
                    { for state.drafts.iter().enumerate().map(|(idx, draft)| {
                        let report = analysis.as_ref().and_then(|analysis| {
                            let article = analysis.article_index(draft.id)?;
                            SharedArticle::new(Shared(analysis.clone()), article)
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
                                on_part={on_part.clone()}
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
                { "Parallax runs entirely in this page: the articles never leave your computer \
                   unless you share a permalink. They are kept in this browser until you clear \
                   them." }
            </footer>
            <div class="drop-overlay" aria-hidden="true">
                <p>{ "Drop .txt, .md or .html files to add them as articles" }</p>
            </div>
        </div>
    }
}

/// Reads the dropped or picked files one after another (so they keep their order) and
/// dispatches each one's text, or a message saying why it was not loaded.
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
                Ok(bytes) => match files::decode(&name, bytes) {
                    Ok(text) => Action::FileLoaded(LoadedFile { name, text }),
                    Err(message) => Action::FileRejected(message),
                },
                Err(err) => Action::FileRejected(format!("“{name}” could not be read: {err}")),
            };
            dispatcher.dispatch(action);
        }
    });
}

/// The articles to start with: the last visit's (or the example on a first visit), replaced by
/// a permalink's if the page was opened with one.
async fn start(dispatcher: UseReducerDispatcher<State>) {
    let link = match link_fragment() {
        Some(fragment) => Some(permalink::open(&fragment).await),
        None => None,
    };
    let saved = session::load().await.ok().flatten().or_else(session::legacy);
    let saved = saved.filter(Session::has_text);
    // A link opened on a first visit replaces nothing of the reader's: no example first.
    if saved.is_some() || !matches!(link, Some(Ok(_))) {
        let articles = saved.map_or_else(super::example, |session| session.articles);
        dispatcher.dispatch(Action::Restore(articles));
    }
    match link {
        Some(Ok(session)) => opened(&dispatcher, session),
        Some(Err(message)) => dispatcher.dispatch(Action::LinkRejected(message)),
        None => {}
    }
}

/// Opens the permalink in the page's address, if there is one.
async fn open_link(dispatcher: UseReducerDispatcher<State>) {
    let Some(fragment) = link_fragment() else {
        return;
    };
    match permalink::open(&fragment).await {
        Ok(session) => opened(&dispatcher, session),
        Err(message) => dispatcher.dispatch(Action::LinkRejected(message)),
    }
}

/// Shows a permalink's articles and takes them out of the address: from now on they are the
/// reader's session, kept as any other, and reloading does not open the link again over edits.
fn opened(dispatcher: &UseReducerDispatcher<State>, session: Session) {
    dispatcher.dispatch(Action::Open(session.articles));
    if let Some(window) = web_sys::window()
        && let Ok(history) = window.history()
    {
        let location = window.location();
        let address = format!(
            "{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        );
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address));
    }
}

/// The page address's fragment (without the `#`) if it is a permalink.
fn link_fragment() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let fragment = hash.strip_prefix('#')?;
    fragment.starts_with(permalink::PREFIX).then(|| fragment.to_owned())
}
