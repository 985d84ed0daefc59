//! Work done once the visitor pauses: one save, or one announcement, per pause in typing
//! rather than one per keystroke.

use std::time::Duration;

use leptos::prelude::*;

/// An action waiting for a pause: each [`AfterPause::restart`] puts off the one waiting. Its
/// owner cancels it, or runs it at once, when it goes (`on_cleanup`): only the owner knows
/// which.
#[derive(Clone, Copy)]
pub struct AfterPause {
    pending: StoredValue<Option<TimeoutHandle>>,
    pause: Duration,
}

impl AfterPause {
    pub fn new(pause: Duration) -> AfterPause {
        AfterPause {
            pending: StoredValue::new(None),
            pause,
        }
    }

    /// Runs `action` after the pause, instead of whatever was waiting.
    pub fn restart(self, action: impl FnOnce() + 'static) {
        self.cancel();
        let pending = self.pending;
        let handle = set_timeout_with_handle(
            move || {
                _ = pending.try_set_value(None);
                action();
            },
            self.pause,
        )
        .ok();
        pending.set_value(handle);
    }

    /// Drops the action waiting, if any: whether one was.
    pub fn cancel(self) -> bool {
        match self.pending.try_get_value().flatten() {
            Some(handle) => {
                handle.clear();
                _ = self.pending.try_set_value(None);
                true
            }
            None => false,
        }
    }
}
