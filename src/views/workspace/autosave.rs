//! The workspace's one save rule: what is typed is kept a moment after typing pauses, and at
//! once when a field is left or the tab hidden, with a status line saying so. Every form of
//! the workspace follows it.

use leptos::prelude::*;

use super::workspace;

/// How far saving has got, as the status line says it.
#[derive(Clone, PartialEq)]
pub(super) enum SaveState {
    Saved,
    Pending,
    /// The change was refused (a limit of the workspace, or a field that cannot be read),
    /// with the reason.
    Refused(String),
}

/// A form kept as it is typed: `changed` after each edit, and the write runs once typing
/// pauses.
#[derive(Clone, Copy)]
pub(super) struct Autosave {
    pub state: RwSignal<SaveState>,
    pending: StoredValue<Option<TimeoutHandle>>,
    write: StoredValue<Box<dyn Fn() -> Result<(), String> + Send + Sync>>,
    /// Deleted from this page: nothing more is written.
    stopped: StoredValue<bool>,
}

impl Autosave {
    /// `write` keeps what is typed, or says why it could not all be kept. Also writes when
    /// the tab is hidden or closed.
    pub fn new(write: impl Fn() -> Result<(), String> + Send + Sync + 'static) -> Autosave {
        let autosave = Autosave {
            state: RwSignal::new(SaveState::Saved),
            pending: StoredValue::new(None),
            write: StoredValue::new(Box::new(write)),
            stopped: StoredValue::new(false),
        };
        let hide = window_event_listener(leptos::ev::pagehide, move |_| autosave.flush());
        let switch = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().visibility_state() == web_sys::VisibilityState::Hidden {
                autosave.flush();
            }
        });
        // Leaving the page is not a moment to write: its fields may already be gone. A field
        // left writes at once (`write_now` on `change`, which fires as focus leaves it, before
        // a link is followed); what waits for a pause is only forgotten.
        on_cleanup(move || {
            hide.remove();
            switch.remove();
            autosave.cancel_pending();
        });
        autosave
    }

    /// Something was typed: write it once typing pauses.
    pub fn changed(self) {
        self.cancel_pending();
        self.state.set(SaveState::Pending);
        let later = move || {
            self.pending.set_value(None);
            self.write_now();
        };
        let handle = set_timeout_with_handle(later, std::time::Duration::from_millis(400));
        self.pending.set_value(handle.ok());
    }

    /// Writes at once: for a choice (a radio, a box), which is not typed letter by letter.
    pub fn write_now(self) {
        self.cancel_pending();
        if self.stopped.try_get_value().unwrap_or(true) {
            return;
        }
        let outcome = self.write.try_with_value(|write| write());
        match outcome {
            Some(Ok(())) => self.state.set(SaveState::Saved),
            Some(Err(reason)) => self.state.set(SaveState::Refused(reason)),
            None => {}
        }
    }

    /// Writes nothing more: the record was deleted.
    pub fn stop(self) {
        self.cancel_pending();
        self.stopped.set_value(true);
    }

    /// Writes what is waiting for a pause, if anything.
    pub fn flush(self) {
        if self.cancel_pending() {
            self.write_now();
        }
    }

    fn cancel_pending(self) -> bool {
        match self.pending.try_get_value() {
            Some(Some(handle)) => {
                handle.clear();
                self.pending.set_value(None);
                true
            }
            _ => false,
        }
    }
}

/// Whether what is typed is kept yet, and why not when it is not.
#[component]
pub(super) fn SaveStatus(state: RwSignal<SaveState>) -> impl IntoView {
    let workspace = workspace();
    let status = move || match state.get() {
        SaveState::Pending => "Saving…".to_owned(),
        SaveState::Saved if workspace.is_saved() => "Saved".to_owned(),
        SaveState::Saved => "Not kept: see the message at the top of the page".to_owned(),
        SaveState::Refused(reason) => format!("Not saved: {reason}"),
    };
    let settled = move || state.with(|s| *s == SaveState::Saved) && workspace.is_saved();
    view! {
        <p class="save-state" role="status" aria-live="polite">
            <span class="save-state__text" class:save-state__text--pending=move || !settled()>
                {status}
            </span>
            <span class="quiet">" · kept in this browser as you type"</span>
        </p>
    }
}
