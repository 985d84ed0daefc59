//! Links out of the current page: to the full app, and to the clipboard.

use leptos::prelude::*;

use crate::domain::route::Route;

/// The address of a view in the full app, outside any host page: no options, no brand.
pub fn full_app_href(route: &Route) -> String {
    let location = window().location();
    format!(
        "{}{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default(),
        route.href()
    )
}

/// Asks the asynchronous clipboard API to copy text, where the browser offers it: the promise
/// settles once the browser has copied or refused.
pub fn copy_text(text: &str) -> Option<js_sys::Promise> {
    use wasm_bindgen::{JsCast, JsValue};
    let navigator = window().navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).ok()?;
    let write = js_sys::Reflect::get(&clipboard, &JsValue::from_str("writeText")).ok()?;
    let write = write.dyn_ref::<js_sys::Function>()?;
    write
        .call1(&clipboard, &JsValue::from_str(text))
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()
}

/// Copies text and, once the browser has answered (it may refuse: a frame without
/// permission), puts what happened in `status`, a `role="status"` line.
pub fn copy_and_say(
    text: &str,
    status: RwSignal<String>,
    copied: &'static str,
    refused: &'static str,
) {
    let request = copy_text(text);
    leptos::task::spawn_local(async move {
        let done = match request {
            Some(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
            None => false,
        };
        status.set(if done { copied } else { refused }.to_owned());
    });
}
