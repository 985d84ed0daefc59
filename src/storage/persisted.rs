//! One document as app state: read once at start, saved on every change, and merged with
//! other tabs' changes through the `storage` event.
//!
//! Every write carries a fresh id, and the stored text lists the ids of the writes it
//! descends from (its lineage). A tab remembers the versions it read or wrote, by id; when the
//! stored text changes under it, the newest of those in the new text's lineage is the version
//! both tabs started from, and [`Document::merge`] combines the two sides' changes from there.
//! So a tab writes its own changes on top of what is stored now, never over it.

use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;

use super::app_storage::{AppStorage, Notice, OpenDocument};
use super::local_store::{Loaded, LocalStore};
use crate::domain::document::{self, Document};
use crate::domain::merge::{Replica, Version, text_id};
use crate::domain::workspace::new_id;

/// Why this page does not write the document.
#[derive(Clone, Copy, PartialEq)]
enum Blocked {
    No,
    /// Unreadable text is under the key and could not be moved aside: writing would destroy it.
    LeftInPlace,
    /// A newer version of the app wrote it: writing would lose what this version cannot read.
    Newer,
}

/// What this page knows of the stored document.
struct Known<D> {
    replica: Replica<D>,
    /// The stored text as last read or written here: when it is still there, no other tab
    /// has written since.
    text: Option<String>,
    blocked: Blocked,
    /// The page holds changes storage does not.
    dirty: bool,
}

/// A document the app holds in a signal and writes through to localStorage.
pub struct Persisted<D: Document + Send + Sync> {
    value: RwSignal<D>,
    sync: StoredValue<Known<D>>,
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
            sync: StoredValue::new(Known {
                replica: Replica::default(),
                text: None,
                blocked: Blocked::No,
                dirty: false,
            }),
            storage,
        };
        if let Some(store) = storage.store() {
            persisted.sync(store);
            storage.register(OpenDocument {
                reset: Arc::new(move || persisted.reset()),
                retry: Arc::new(move || persisted.retry()),
                unsaved: Arc::new(move || persisted.unsaved()),
            });
            let listener = window_event_listener(ev::storage, move |event| {
                let ours = event.key().is_none_or(|key| {
                    store.logical_key(&key).as_deref()
                        == Some(document::storage_key::<D>().as_str())
                });
                let same_area = event
                    .storage_area()
                    .is_some_and(|area| store.is_area(&area));
                if ours && same_area {
                    persisted.sync(store);
                }
            });
            // The listener outlives nothing it reads: gone with the owner that holds the signal.
            on_cleanup(move || listener.remove());
        }
        persisted
    }

    /// Brings the page up to date with what is stored, merging in the page's own changes, and
    /// writes the outcome when the page holds changes storage does not.
    fn sync(&self, store: LocalStore) {
        let raw = store.read(&document::storage_key::<D>());
        let (known_text, blocked) = self.sync.with_value(|s| (s.text == raw, s.blocked));
        if known_text {
            match blocked {
                // Nobody wrote since this page last read or wrote.
                Blocked::No if self.sync.with_value(|s| s.dirty) => return self.write(store),
                Blocked::No => return,
                // Still the newer version's text: nothing to read again until it changes.
                Blocked::Newer if self.sync.with_value(|s| s.dirty) => return self.not_written(),
                Blocked::Newer => return,
                // Perhaps there is room now to move the unreadable text aside.
                Blocked::LeftInPlace => {}
            }
        }
        let mut text = raw;
        let stored = match text.as_deref().map(|t| (t, store.interpret::<D>(t))) {
            None | Some((_, Loaded::Empty)) => None,
            Some((t, Loaded::Found(decoded))) => Some(Version {
                lineage: if decoded.lineage.is_empty() {
                    vec![text_id(t)]
                } else {
                    decoded.lineage
                },
                doc: decoded.doc,
            }),
            Some((_, Loaded::KeptAside { kept, reason })) => {
                self.storage.push(Notice::KeptAside {
                    what: D::DESCRIPTION,
                    kept,
                    reason: reason.to_string(),
                });
                // Moved off the key: nothing is stored now.
                text = None;
                None
            }
            Some((_, Loaded::LeftInPlace { reason, .. })) => {
                // Told once: not again at each retry, after the visitor dismissed it.
                if blocked != Blocked::LeftInPlace {
                    self.storage.push(Notice::LeftInPlace {
                        what: D::DESCRIPTION,
                        key: document::storage_key::<D>(),
                        reason: reason.to_string(),
                    });
                }
                return self.block(Blocked::LeftInPlace);
            }
            Some((t, Loaded::Newer { .. })) => {
                self.storage.push(Notice::Updated);
                let seen = t.to_owned();
                self.sync.update_value(|s| s.text = Some(seen));
                return self.block(Blocked::Newer);
            }
        };
        match blocked {
            Blocked::LeftInPlace => self.storage.dismiss_where(
                |n| matches!(n, Notice::LeftInPlace { what, .. } if *what == D::DESCRIPTION),
            ),
            Blocked::Newer => self.storage.dismiss(&Notice::Updated),
            Blocked::No => {}
        }
        let Some((merged, differs)) = self.sync.try_with_value(|s| {
            self.value
                .with_untracked(|mine| s.replica.merge(mine, stored.as_ref()))
        }) else {
            return;
        };
        // Rare: both sides' records together pass a limit. Nothing is taken or written: the
        // page keeps its own version, unsaved, and merges again at the next chance.
        if let Err(reason) = merged.doc.validate() {
            self.sync.update_value(|s| {
                s.blocked = Blocked::No;
                s.dirty = true;
            });
            let reason = format!("with another tab's changes it would break a rule ({reason})");
            return self
                .storage
                .record_write(D::NAME, D::DESCRIPTION, Err(reason), false);
        }
        if !merged.conflicts.is_empty() {
            self.storage.push(Notice::BothKept {
                items: merged.conflicts.clone(),
            });
        }
        self.sync.update_value(|s| {
            s.replica.took(stored);
            s.text = text;
            s.blocked = Blocked::No;
            s.dirty = differs;
        });
        self.show(merged.doc);
        if differs {
            self.write(store);
        } else {
            self.storage
                .record_write(D::NAME, D::DESCRIPTION, Ok(()), false);
        }
    }

    fn block(&self, blocked: Blocked) {
        self.sync.update_value(|s| s.blocked = blocked);
        if self.sync.with_value(|s| s.dirty) {
            self.not_written();
        }
    }

    fn not_written(&self) {
        let reason = match self.sync.with_value(|s| s.blocked) {
            Blocked::Newer => "a newer version of the app is open in another tab",
            _ => "unreadable text is in the way",
        };
        self.storage
            .record_write(D::NAME, D::DESCRIPTION, Err(reason.to_owned()), true);
    }

    /// Writes what the page holds, continuing the stored text's lineage.
    fn write(&self, store: LocalStore) {
        if self.sync.with_value(|s| s.blocked) != Blocked::No {
            return self.not_written();
        }
        let random = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
        let id = new_id(js_sys::Date::now() as i64, random);
        let lineage = self.sync.with_value(|s| s.replica.lineage_of(&id));
        let doc = self.value.get_untracked();
        let text = document::encode_in(&doc, &lineage);
        match store.write(&document::storage_key::<D>(), &text) {
            Ok(()) => {
                self.sync.update_value(|s| {
                    s.replica.wrote(doc, lineage);
                    s.text = Some(text);
                    s.dirty = false;
                });
                self.storage
                    .record_write(D::NAME, D::DESCRIPTION, Ok(()), false);
            }
            Err(error) => {
                self.sync.update_value(|s| s.dirty = true);
                self.storage
                    .record_write(D::NAME, D::DESCRIPTION, Err(error.to_string()), false);
            }
        }
    }

    fn retry(&self) {
        if let Some(store) = self.storage.store()
            && self.sync.try_with_value(|s| s.dirty) == Some(true)
        {
            self.sync(store);
        }
    }

    /// The data was deleted here: the page holds nothing. What it knew is kept, so a write
    /// from another tab that crossed the deletion merges as one made before it: only what
    /// that tab changed comes back.
    fn reset(&self) {
        self.sync.update_value(|s| {
            s.replica.took(None);
            s.text = None;
            s.blocked = Blocked::No;
            s.dirty = false;
        });
        self.show(D::default());
    }

    fn unsaved(&self) -> Option<(&'static str, String)> {
        (self.sync.try_with_value(|s| s.dirty) == Some(true))
            .then(|| (D::NAME, self.value.with_untracked(document::encode)))
    }

    /// Shows `doc`; only a real change notifies, so re-reading what is shown re-renders nothing.
    fn show(&self, doc: D) {
        if self.value.with_untracked(|current| *current != doc) {
            self.value.set(doc);
        }
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

    /// Whether every change is written. Tracked, so a status line can follow it.
    pub fn is_saved(&self) -> bool {
        self.storage.is_saved(D::NAME)
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
        self.sync.update_value(|s| s.dirty = true);
        if let Some(store) = self.storage.store() {
            // Merges first if another tab wrote since, then writes.
            self.sync(store);
        }
        Ok(())
    }
}
