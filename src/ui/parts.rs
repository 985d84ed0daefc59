//! Parts of the app that release builds put in wasm files of their own, fetched when first
//! shown (ARCHITECTURE.md, "Parts"), and the moment the first page is drawn.

use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use leptos::prelude::*;

/// The `performance.mark` set once the first page has rendered (after its part of the app
/// has arrived); `make bench` reads it. The same moment fires [`READY_EVENT`] on the window,
/// on which the start-up script registers the offline worker.
pub const MOUNTED_MARK: &str = "cto-compass:mounted";
pub const READY_EVENT: &str = "cto-compass:ready";

thread_local! {
    static FIRST_PAGE_DRAWN: Cell<bool> = const { Cell::new(false) };
}

/// Whether the first page is on screen yet.
pub fn first_page_is_drawn() -> bool {
    FIRST_PAGE_DRAWN.get()
}

/// The first page is on screen and answers input: mark it, end the split first render and fire
/// the ready event (the offline worker starts fetching in the background). Only the first call
/// counts.
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
}

/// Resolves in a task of its own (a zero-delay timer): what follows does not lengthen the task
/// that ran before, so a slow phone can answer a tap in between. `Send`, as `Suspend` needs.
pub fn next_task() -> impl Future<Output = ()> + Send {
    NextTask {
        state: Arc::default(),
        started: false,
    }
}

#[derive(Default)]
struct NextTaskState {
    done: bool,
    waker: Option<Waker>,
}

struct NextTask {
    state: Arc<Mutex<NextTaskState>>,
    started: bool,
}

impl Future for NextTask {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let Ok(mut state) = self.state.lock() else {
            return Poll::Ready(());
        };
        if state.done {
            return Poll::Ready(());
        }
        state.waker = Some(cx.waker().clone());
        drop(state);
        if !self.started {
            self.started = true;
            let shared = Arc::clone(&self.state);
            set_timeout(
                move || {
                    let waker = shared.lock().ok().and_then(|mut state| {
                        state.done = true;
                        state.waker.take()
                    });
                    if let Some(waker) = waker {
                        waker.wake();
                    }
                },
                Duration::ZERO,
            );
        }
        Poll::Pending
    }
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
}
pub(crate) use part;
