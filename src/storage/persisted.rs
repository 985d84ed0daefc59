//! One document as app state: read once at start, saved on every change, and kept in step
//! with other tabs through the `storage` event.

use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;

use super::app_storage::{AppStorage, Notice};
use super::local_store::{Loaded, LocalStore};
use crate::domain::document::{self, Document};

/// A document the app holds in a signal and writes through to localStorage.
pub struct Persisted<D: Document + Send + Sync> {
    value: RwSignal<D>,
    /// False while unreadable text sits under the document's key: writing would destroy it.
    may_write: StoredValue<bool>,
    storage: AppStorage,
}

impl<D: Document + Send + Sync> Clone for Persisted<D> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<D: Document + Send + Sync> Copy for Persisted<D> {}

impl<D: Document + Send + Sync> Persisted<D> {
    /// Reads the document (or starts from its default) and follows other tabs' changes.
    pub fn open(storage: AppStorage) -> Self {
        let persisted = Persisted {
            value: RwSignal::new(D::default()),
            may_write: StoredValue::new(storage.store().is_some()),
            storage,
        };
        if let Some(store) = storage.store() {
            persisted.reload(store);
            storage.register(Arc::new(move || persisted.reload(store)));
            let listener = window_event_listener(ev::storage, move |event| {
                let ours = event.key().is_none_or(|key| {
                    store.logical_key(&key).as_deref()
                        == Some(document::storage_key::<D>().as_str())
                });
                let same_area = event
                    .storage_area()
                    .is_some_and(|area| store.is_area(&area));
                if ours && same_area {
                    persisted.reload(store);
                }
            });
            // The listener outlives nothing it reads: gone with the owner that holds the signal.
            on_cleanup(move || listener.remove());
        }
        persisted
    }

    /// Takes what is stored now, telling the user if it had to be kept aside.
    fn reload(&self, store: LocalStore) {
        let (doc, may_write) = match store.load::<D>() {
            Loaded::Empty => (D::default(), true),
            Loaded::Found(decoded) => (decoded.doc, true),
            Loaded::KeptAside { kept, reason } => {
                self.storage.push(Notice::KeptAside {
                    what: D::DESCRIPTION,
                    kept,
                    reason: reason.to_string(),
                });
                (D::default(), true)
            }
            Loaded::LeftInPlace { reason, .. } => {
                self.storage.push(Notice::LeftInPlace {
                    what: D::DESCRIPTION,
                    key: document::storage_key::<D>(),
                    reason: reason.to_string(),
                });
                (D::default(), false)
            }
        };
        // Only a real change notifies, so re-reading what is already shown re-renders nothing.
        if self.value.with_untracked(|current| *current != doc) {
            self.value.set(doc);
        }
        self.may_write.set_value(may_write);
    }

    /// The current document; tracked, so views re-render when it changes.
    pub fn get(&self) -> D {
        self.value.get()
    }

    pub fn with<R>(&self, f: impl FnOnce(&D) -> R) -> R {
        self.value.with(f)
    }

    /// Reads without subscribing, for event handlers.
    pub fn with_untracked<R>(&self, f: impl FnOnce(&D) -> R) -> R {
        self.value.with_untracked(f)
    }

    /// Changes the document and saves it. If saving fails the change still holds in this page
    /// and a notice says it will not be kept. A change that would break the document's rules
    /// is not made (see [`Persisted::try_update`]).
    pub fn update(&self, change: impl FnOnce(&mut D)) {
        if let Err(reason) = self.try_update(change) {
            web_sys::console::error_1(&format!("A change was not made: {reason}").into());
        }
    }

    /// Changes the document and saves it, unless the change would break the document's rules:
    /// then nothing changes and the reason comes back, for the page to show. Nothing invalid
    /// is ever stored, so a reload (or another tab) never finds the document unreadable.
    pub fn try_update(&self, change: impl FnOnce(&mut D)) -> Result<(), String> {
        let mut doc = self.value.get_untracked();
        change(&mut doc);
        if self.value.with_untracked(|current| *current == doc) {
            return Ok(());
        }
        doc.validate()?;
        self.value.set(doc);
        self.save();
        Ok(())
    }

    fn save(&self) {
        let Some(store) = self.storage.store() else {
            return;
        };
        if !self.may_write.get_value() && !self.free_the_key(store) {
            return;
        }
        let outcome = self.value.with_untracked(|doc| store.save(doc));
        self.storage.record_write(outcome);
    }

    /// Tries again to move unreadable text off the document's key, so saving cannot destroy
    /// it. True when the key is free to write.
    fn free_the_key(&self, store: LocalStore) -> bool {
        let free = match store.load::<D>() {
            Loaded::LeftInPlace { .. } => false,
            Loaded::KeptAside { kept, reason } => {
                self.storage.push(Notice::KeptAside {
                    what: D::DESCRIPTION,
                    kept,
                    reason: reason.to_string(),
                });
                true
            }
            // Another tab or the user cleared or replaced it meanwhile.
            Loaded::Empty | Loaded::Found(_) => true,
        };
        if free {
            self.storage.dismiss_where(
                |n| matches!(n, Notice::LeftInPlace { what, .. } if *what == D::DESCRIPTION),
            );
        }
        self.may_write.set_value(free);
        free
    }
}
