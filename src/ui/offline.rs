//! Offline use after the first visit: registers the service worker (`assets/sw.js`, copied
//! next to the page by Trunk), which keeps the app's files and serves them without a network.

use wasm_bindgen_futures::JsFuture;

/// Where Trunk puts the service worker; its scope is the folder the page is in.
const SCRIPT: &str = "./sw.js";

/// Registers the service worker, where the browser has them.
pub fn keep_offline() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    // Only secure pages (https, or this computer) have `navigator.serviceWorker`.
    if !js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        return;
    }
    let registration = navigator.service_worker().register(SCRIPT);
    yew::platform::spawn_local(async move {
        // Without it the page works as before, only not offline: nothing to tell the reader.
        let _ = JsFuture::from(registration).await;
    });
}
