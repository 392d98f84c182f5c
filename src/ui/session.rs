//! The last session (the articles as the reader left them), kept in the browser's IndexedDB
//! between visits as JSON text. Writing to IndexedDB happens off the page's thread, so saving a
//! 5 MB article does not freeze the page as a synchronous `localStorage` write would; only
//! making the JSON and handing it over run on it, a slice of text per task: the JSON is kept
//! in several records, as IndexedDB copies each record's value in the task that puts it
//! (about 45 ms for 5 MB in one).
//!
//! A session over [`LIMIT_BYTES`], or one the browser refuses (its storage quota), is not
//! kept: [`save`] says why, and forgets the older session so that it does not come back in
//! place of this one.

use gloo::storage::{LocalStorage, Storage};
use gloo::timers::future::TimeoutFuture;
use serde::{Deserialize, Serialize};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbRequest, IdbTransaction, IdbTransactionMode};

use super::components::labels::megabytes;
use super::state::SavedDraft;
use super::worker::slices;

/// The most text kept between visits: reading it back when the page opens must stay quick,
/// and three 5 MB articles fit.
pub const LIMIT_BYTES: usize = 16 * 1024 * 1024;

const DATABASE: &str = "parallax";
/// The last session's JSON, in records keyed 0, 1, 2… (before they were kept in several, in
/// one record keyed "last"): read back in key order and joined.
const STORE: &str = "session";
/// Where versions before IndexedDB kept the drafts (in `localStorage`, as a list): read when
/// IndexedDB has no session, and removed at the next save, which supersedes it.
const LEGACY_KEY: &str = "parallax.drafts.v1";

/// A set of articles as it is kept between visits and carried by a permalink. New fields
/// must be `#[serde(default)]` (here and in [`SavedDraft`]) so older sessions and links still
/// open.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    #[serde(default)]
    pub articles: Vec<SavedDraft>,
}

impl Session {
    /// The size of its text, names included, in bytes.
    pub fn bytes(&self) -> usize {
        self.articles.iter().map(|draft| draft.name.len() + draft.text.len()).sum()
    }

    /// Whether any article has text: a session without any is not worth keeping.
    pub fn has_text(&self) -> bool {
        self.articles.iter().any(|draft| !draft.text.trim().is_empty())
    }
}

/// The session kept on the last visit, if any.
pub async fn load() -> Result<Option<Session>, JsValue> {
    let database = open().await?;
    let read = async {
        let transaction = database.transaction_with_str(STORE)?;
        let request = transaction.object_store(STORE)?.get_all()?;
        settled(&request).await
    };
    let value = read.await;
    database.close();
    let json = String::from(value?.unchecked_into::<js_sys::Array>().join(""));
    if json.is_empty() {
        return Ok(None);
    }
    // The parser's own message would bring its formatting code into the page for nothing:
    // an unreadable session is only ever dropped.
    serde_json::from_str(&json).map(Some).map_err(|_| "the kept session is unreadable".into())
}

/// Keeps `session` for the next visit; a session without text is forgotten instead. On error,
/// the message for the reader says why the session will not be kept.
pub async fn save(session: &Session) -> Result<(), String> {
    LocalStorage::delete(LEGACY_KEY);
    if !session.has_text() {
        return forget().await.map_err(|error| not_kept(&reason(&error)));
    }
    let result = match too_big(session.bytes()) {
        Some(why) => Err(why),
        None => put(session).await.map_err(|error| reason(&error)),
    };
    if let Err(why) = result {
        // The older session would otherwise come back on the next visit in place of this one.
        let _ = forget().await;
        return Err(not_kept(&why));
    }
    Ok(())
}

/// The drafts an earlier version of the app kept, if there are any.
pub fn legacy() -> Option<Session> {
    let articles = LocalStorage::get::<Vec<SavedDraft>>(LEGACY_KEY).ok()?;
    Some(Session { articles })
}

/// Removes the kept session.
pub async fn forget() -> Result<(), JsValue> {
    write(async |store| store.clear().map(drop)).await
}

async fn put(session: &Session) -> Result<(), JsValue> {
    // JSON text, as in a permalink: the page's wasm already has the code for it.
    let json = json(session, || TimeoutFuture::new(0)).await;
    write(async |store| {
        store.clear()?;
        for (key, slice) in slices(&json).enumerate() {
            // Each slice becomes a JS string in the task of the previous one's success, while
            // the transaction is still active: all are kept, or none.
            settled(&store.put_with_key(&JsValue::from_str(slice), &(key as u32).into())?).await?;
        }
        Ok(())
    })
    .await
}

/// `session` as JSON (what `serde_json::to_string` makes of it), awaiting `pause()` before
/// each slice of text ([`slices`]) is escaped: made at once, with the copy of the texts before
/// it, it held the page for about 45 ms with a 5 MB article. The session is written without
/// its texts, and each text goes where that has it empty.
async fn json<F: Future<Output = ()>>(session: &Session, pause: impl Fn() -> F) -> String {
    let without_texts = Session {
        articles: session
            .articles
            .iter()
            .map(|draft| SavedDraft {
                name: draft.name.clone(),
                text: String::new(),
                parts: draft.parts.clone(),
            })
            .collect(),
    };
    let skeleton = serde_json::to_string(&without_texts).expect("a session serialises");
    // Only a draft's own `text` field reads so: inside a JSON string a quote is escaped.
    const EMPTY_TEXT: &str = r#""text":"""#;
    let mut around = skeleton.split(EMPTY_TEXT);
    let mut json = String::with_capacity(session.bytes() + skeleton.len());
    json.push_str(around.next().unwrap_or_default());
    for (draft, after) in session.articles.iter().zip(around) {
        json.push_str(&EMPTY_TEXT[..EMPTY_TEXT.len() - 1]);
        for slice in slices(&draft.text) {
            pause().await;
            let quoted = serde_json::to_string(slice).expect("a string serialises");
            json.push_str(&quoted[1..quoted.len() - 1]);
        }
        json.push('"');
        json.push_str(after);
    }
    json
}

/// Why a session of `bytes` is not kept, if it is over the limit.
fn too_big(bytes: usize) -> Option<String> {
    (bytes > LIMIT_BYTES).then(|| {
        format!(
            "they are {}, more than the {} this page keeps",
            megabytes(bytes as u64),
            megabytes(LIMIT_BYTES as u64)
        )
    })
}

/// What the reader is told when the articles are not kept.
fn not_kept(why: &str) -> String {
    format!("These articles will not be kept for your next visit: {why}.")
}

/// Why the browser refused, in the reader's terms.
fn reason(error: &JsValue) -> String {
    match error.dyn_ref::<web_sys::DomException>() {
        Some(exception) if exception.name() == "QuotaExceededError" => {
            "the browser's storage for this page is full".to_owned()
        }
        Some(exception) => format!("the browser refused to store them ({})", exception.message()),
        None => "the browser refused to store them".to_owned(),
    }
}

/// Opens the database, creating its store on first use.
async fn open() -> Result<IdbDatabase, JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let factory = window.indexed_db()?.ok_or("IndexedDB is not available")?;
    let request = factory.open_with_u32(DATABASE, 1)?;
    let create = {
        let request = request.clone();
        wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
            if let Ok(database) = request.result() {
                let _ = database.unchecked_into::<IdbDatabase>().create_object_store(STORE);
            }
        })
    };
    request.set_onupgradeneeded(Some(create.as_ref().unchecked_ref()));
    // `create` lives until the request settles, after any upgrade has run.
    let database = settled(&request).await;
    request.set_onupgradeneeded(None);
    Ok(database?.unchecked_into())
}

/// Runs one change in a read-write transaction and waits until it is on disk (or refused).
async fn write(
    change: impl AsyncFnOnce(&IdbObjectStore) -> Result<(), JsValue>,
) -> Result<(), JsValue> {
    let database = open().await?;
    let result = async {
        let transaction =
            database.transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)?;
        change(&transaction.object_store(STORE)?).await?;
        finished(&transaction).await
    }
    .await;
    database.close();
    result
}

/// The request's result once it succeeds, or its error.
async fn settled(request: &IdbRequest) -> Result<JsValue, JsValue> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    });
    match JsFuture::from(promise).await {
        Ok(_) => request.result(),
        Err(event) => Err(request.error().ok().flatten().map_or(event, JsValue::from)),
    }
}

/// Waits for the transaction to commit; a refusal (a full quota) aborts it with its error.
async fn finished(transaction: &IdbTransaction) -> Result<(), JsValue> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        transaction.set_oncomplete(Some(&resolve));
        transaction.set_onabort(Some(&reject));
    });
    match JsFuture::from(promise).await {
        Ok(_) => Ok(()),
        Err(event) => Err(transaction.error().map_or(event, JsValue::from)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(name: &str, text: &str) -> SavedDraft {
        SavedDraft { name: name.to_owned(), text: text.to_owned(), parts: Default::default() }
    }

    #[test]
    fn a_session_counts_its_bytes_and_knows_when_it_has_text() {
        let session = Session { articles: vec![draft("a", "é"), draft("bc", " \n")] };
        assert_eq!(session.bytes(), 1 + 2 + 2 + 2);
        assert!(session.has_text());
        assert!(!Session { articles: vec![draft("a", " \t")] }.has_text());
    }

    #[test]
    fn sessions_over_the_limit_are_not_kept_and_the_reader_is_told_why() {
        assert_eq!(too_big(LIMIT_BYTES), None);
        let why = too_big(LIMIT_BYTES + 300 * 1024).expect("over the limit");
        assert_eq!(why, "they are 16.3 MB, more than the 16.0 MB this page keeps");
        assert_eq!(
            not_kept(&why),
            "These articles will not be kept for your next visit: they are 16.3 MB, more than \
             the 16.0 MB this page keeps."
        );
    }

    #[test]
    fn a_session_made_a_slice_at_a_time_is_its_json() {
        let long = "“Quoted”, \\ and\ttabs é ".repeat(40_000);
        for session in [
            Session::default(),
            Session { articles: vec![draft("a \"text\":\"\" b", "")] },
            Session { articles: vec![draft("one", &long), draft("two", "short\n"), draft("", "")] },
        ] {
            let pauses = std::cell::Cell::new(0);
            let made = json(&session, || {
                pauses.set(pauses.get() + 1);
                std::future::ready(())
            });
            // Every pause is ready at once, so one poll makes the whole text.
            let std::task::Poll::Ready(made) = std::pin::pin!(made)
                .poll(&mut std::task::Context::from_waker(std::task::Waker::noop()))
            else {
                panic!("nothing to wait for");
            };
            assert_eq!(made, serde_json::to_string(&session).expect("a session serialises"));
            let slices: usize = session.articles.iter().map(|d| slices(&d.text).count()).sum();
            assert_eq!(pauses.get(), slices, "a pause before each slice of text");
        }
    }

    #[test]
    fn a_session_without_some_field_still_reads() {
        let session: Session = serde_json::from_str("{}").expect("every field has a default");
        assert!(session.articles.is_empty());
    }
}
