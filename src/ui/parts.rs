//! Pieces of the app that release builds put in wasm files of their own, fetched when first
//! needed (ARCHITECTURE.md, "Parts"), and the moment the first page is drawn, after which
//! what is not needed to use it may follow.

use std::cell::{Cell, RefCell};

use leptos::prelude::*;

/// The `performance.mark` set once the first page has rendered (after its part of the app
/// has arrived); `make bench` reads it. The same moment fires [`READY_EVENT`] on the window,
/// on which the start-up script registers the offline worker.
pub const MOUNTED_MARK: &str = "cto-compass:mounted";
pub const READY_EVENT: &str = "cto-compass:ready";

thread_local! {
    static FIRST_PAGE_DRAWN: Cell<bool> = const { Cell::new(false) };
    /// The same, as a signal for [`AfterFirstPage`]; outside any owner, as it lives as long
    /// as the page.
    static DRAWN_SIGNAL: RefCell<Option<ArcRwSignal<bool>>> = const { RefCell::new(None) };
}

fn drawn_signal() -> ArcRwSignal<bool> {
    DRAWN_SIGNAL.with(|cell| {
        cell.borrow_mut()
            .get_or_insert_with(|| ArcRwSignal::new(FIRST_PAGE_DRAWN.get()))
            .clone()
    })
}

/// Whether the first page is on screen yet.
pub fn first_page_is_drawn() -> bool {
    FIRST_PAGE_DRAWN.get()
}

/// The first page is on screen and answers input: mark it, end the split first render, fire
/// the ready event (the offline worker starts fetching in the background) and let
/// [`AfterFirstPage`] draw. Only the first call counts.
pub fn first_page_drawn() {
    if FIRST_PAGE_DRAWN.replace(true) {
        return;
    }
    if let Some(performance) = window().performance() {
        let _ = performance.mark(MOUNTED_MARK);
    }
    crate::ui::later::app_mounted();
    if let Ok(event) = web_sys::Event::new(READY_EVENT) {
        let _ = window().dispatch_event(&event);
    }
    drawn_signal().set(true);
}

/// Draws its children once the first page is drawn (at once after that): for what a page
/// does not need to be used, such as a part of it in a file of its own, so its download
/// does not delay the page.
#[component]
pub fn AfterFirstPage(children: ChildrenFn) -> impl IntoView {
    let drawn = drawn_signal();
    move || drawn.get().then(|| untrack(|| children()))
}

/// Declares a function that draws a part of the app. In release builds it is
/// `#[leptos::lazy]`: it and all the code only it reaches go into a wasm file of its own,
/// fetched on the first call. Debug builds (`trunk serve`) are one wasm, as wasm-split runs
/// only on release builds: there it is a plain `async fn`.
macro_rules! part {
    ($name:ident, |$arg:ident: $ty:ty| $body:expr) => {
        #[cfg(not(debug_assertions))]
        #[leptos::lazy]
        fn $name($arg: $ty) -> leptos::prelude::AnyView {
            $body
        }

        #[cfg(debug_assertions)]
        async fn $name($arg: $ty) -> leptos::prelude::AnyView {
            $body
        }
    };
    ($name:ident, || $body:expr) => {
        #[cfg(not(debug_assertions))]
        #[leptos::lazy]
        fn $name() -> leptos::prelude::AnyView {
            $body
        }

        #[cfg(debug_assertions)]
        async fn $name() -> leptos::prelude::AnyView {
            $body
        }
    };
}
pub(crate) use part;
