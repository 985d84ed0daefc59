//! The storage the whole app shares: the store (when there is one), the notices about it and
//! the documents open on it.

use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;

use super::local_store::{KeptAside, LocalStore, Unavailable};
use crate::domain::document::{self, KeptAsideKey};
use crate::domain::transfer;

/// One message about the state of the user's saved data.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Notice {
    /// Nothing can be kept: the app works, but only until the page is closed.
    Unavailable,
    /// Some documents could not be written ([`AppStorage::unsaved`] says which and why);
    /// what changed in them lives only in this page until a retry succeeds.
    NotSaving,
    /// A newer version of the app, open in another tab, wrote a document this version cannot
    /// read: it is left alone and no longer written here until the page is reloaded.
    Updated,
    /// Records changed in two tabs at once, each kept in both versions: how the visitor
    /// would name them.
    BothKept { items: Vec<String> },
    /// Unreadable text was moved aside and the app started afresh.
    KeptAside {
        what: &'static str,
        kept: KeptAsideKey,
        reason: String,
    },
    /// Unreadable text could not be moved aside; it stays where it was, and changes to
    /// `what` are not saved until it can be.
    LeftInPlace {
        what: &'static str,
        key: String,
        reason: String,
    },
}

type Action = Arc<dyn Fn() + Send + Sync>;

/// What storage can ask of an open document.
pub(super) struct OpenDocument {
    /// Forget everything: the data was deleted.
    pub reset: Action,
    /// Write again what could not be written.
    pub retry: Action,
    /// The document as an export file holds it, when the page holds changes storage does not.
    pub unsaved: Arc<dyn Fn() -> Option<(&'static str, String)> + Send + Sync>,
}

/// A document whose changes are not written, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unsaved {
    pub name: &'static str,
    /// As the visitor would name it: "your saved cost scenarios".
    pub what: &'static str,
    pub reason: String,
}

/// Shared through context; cheap to copy.
#[derive(Clone, Copy)]
pub struct AppStorage {
    store: Option<LocalStore>,
    notices: RwSignal<Vec<Notice>>,
    /// Bumped whenever this app's keys change, here or in another tab.
    revision: RwSignal<u32>,
    open_documents: StoredValue<Vec<OpenDocument>>,
    /// Documents whose last write failed or was not made, in the order they failed.
    unsaved: RwSignal<Vec<Unsaved>>,
    /// A retry is running (so a retry's success does not start another).
    retrying: StoredValue<bool>,
    /// A retry is waiting on a timer.
    waiting: StoredValue<bool>,
}

impl AppStorage {
    /// Opens localStorage; when it cannot be used, the first notice says so.
    pub fn connect() -> AppStorage {
        Self::connect_with(None, true)
    }

    /// Opens localStorage under a namespace. With `keep` false (the app framed by another
    /// site, where browsers block or partition storage) nothing is stored at all: the app works
    /// in memory and the first notice says that answers will not be kept.
    pub fn connect_with(namespace: Option<&'static str>, keep: bool) -> AppStorage {
        let store = if keep {
            LocalStore::open_in(namespace)
        } else {
            Err(Unavailable::Blocked)
        };
        // Inside a host's frame the footer says it in one quiet line (ui::layout); a banner
        // there would alarm a visitor who only came to answer ten questions.
        let notices = match store {
            Ok(_) => Vec::new(),
            Err(_) if in_frame() => Vec::new(),
            Err(Unavailable::Blocked | Unavailable::Missing) => vec![Notice::Unavailable],
        };
        let storage = AppStorage {
            store: store.ok(),
            notices: RwSignal::new(notices),
            revision: RwSignal::new(0),
            open_documents: StoredValue::new(Vec::new()),
            unsaved: RwSignal::new(Vec::new()),
            retrying: StoredValue::new(false),
            waiting: StoredValue::new(false),
        };
        if storage.store.is_some() {
            let store = storage.store;
            let listener = window_event_listener(ev::storage, move |event| {
                let ours = event
                    .key()
                    .is_none_or(|key| store.is_some_and(|store| store.logical_key(&key).is_some()));
                if ours {
                    storage.touch();
                    // Another tab may have made room.
                    storage.retry_soon();
                }
            });
            on_cleanup(move || listener.remove());
        }
        storage
    }

    pub fn store(&self) -> Option<LocalStore> {
        self.store
    }

    pub(super) fn register(&self, document: OpenDocument) {
        self.open_documents.update_value(|docs| docs.push(document));
    }

    fn touch(&self) {
        self.revision.update(|r| *r = r.wrapping_add(1));
    }

    /// Whether what the visitor enters is kept in this browser.
    pub fn keeps(&self) -> bool {
        self.store.is_some()
    }

    /// The notices to show, oldest first.
    pub fn notices(&self) -> Vec<Notice> {
        self.notices.get()
    }

    pub fn push(&self, notice: Notice) {
        if matches!(
            notice,
            Notice::KeptAside { .. } | Notice::LeftInPlace { .. }
        ) {
            self.touch();
        }
        if self.notices.with_untracked(|list| !list.contains(&notice)) {
            self.notices.update(|list| list.push(notice));
        }
    }

    pub fn dismiss(&self, notice: &Notice) {
        self.dismiss_where(|n| n == notice);
    }

    pub fn dismiss_where(&self, matches: impl Fn(&Notice) -> bool) {
        if self
            .notices
            .with_untracked(|list| list.iter().any(&matches))
        {
            self.notices.update(|list| list.retain(|n| !matches(n)));
        }
    }

    /// Records the outcome of writing one document: a failure keeps it on the list of what is
    /// not saved (and raises the notice, unless `told` already says why elsewhere) and retries
    /// it a moment later; a success takes it off, and tries the others again at once, as a write
    /// that fits may mean there is room again.
    pub(super) fn record_write(
        &self,
        name: &'static str,
        what: &'static str,
        outcome: Result<(), String>,
        told: bool,
    ) {
        match outcome {
            Ok(()) => {
                if self
                    .unsaved
                    .with_untracked(|list| list.iter().any(|u| u.name == name))
                {
                    self.unsaved.update(|list| list.retain(|u| u.name != name));
                }
                if self.unsaved.with_untracked(|list| list.is_empty()) {
                    self.dismiss_where(|n| matches!(n, Notice::NotSaving));
                } else {
                    self.retry_now();
                }
            }
            Err(reason) => {
                let entry = Unsaved { name, what, reason };
                let listed = self
                    .unsaved
                    .with_untracked(|list| list.iter().find(|u| u.name == name).cloned());
                if listed.as_ref() != Some(&entry) {
                    self.unsaved
                        .update(|list| match list.iter_mut().find(|u| u.name == name) {
                            Some(old) => *old = entry,
                            None => list.push(entry),
                        });
                }
                // Raised when the document first fails, not at each retry: a visitor who
                // dismissed it is not told again until another document fails.
                if !told && listed.is_none() {
                    self.push(Notice::NotSaving);
                }
                self.retry_soon();
            }
        }
    }

    /// Tries again every document not saved, now.
    fn retry_now(&self) {
        if self.retrying.get_value() {
            return;
        }
        self.retrying.set_value(true);
        self.open_documents
            .with_value(|docs| docs.iter().map(|d| d.retry.clone()).collect::<Vec<_>>())
            .iter()
            .for_each(|retry| retry());
        self.retrying.set_value(false);
    }

    /// Tries again in a few seconds (space can be freed by another tab or another site's
    /// data being cleared, with no event here), and again after that while anything is unsaved.
    fn retry_soon(&self) {
        if self.waiting.get_value() || self.unsaved.with_untracked(Vec::is_empty) {
            return;
        }
        self.waiting.set_value(true);
        let storage = *self;
        set_timeout(
            move || {
                // Gone with the app (a test's owner, say): nothing to retry.
                if storage.waiting.try_set_value(false).is_some() {
                    return;
                }
                storage.retry_now();
                storage.retry_soon();
            },
            std::time::Duration::from_secs(3),
        );
    }

    /// The documents whose changes are not written, and why. Tracked.
    pub fn unsaved(&self) -> Vec<Unsaved> {
        self.unsaved.get()
    }

    /// Whether `name`'s changes are all written. Tracked, so a status line can follow it.
    pub fn is_saved(&self, name: &str) -> bool {
        self.store.is_some()
            && self
                .unsaved
                .with(|list| list.iter().all(|u| u.name != name))
    }

    /// What is not saved, as an export file: it can be imported once storage works again.
    pub fn unsaved_file(&self) -> String {
        let documents: Vec<String> = self.open_documents.with_value(|docs| {
            docs.iter()
                .filter_map(|d| (d.unsaved)())
                .map(|(name, envelope)| format!("\"{name}\":{envelope}"))
                .collect()
        });
        format!(
            "{{\"file\":\"{}\",\"format\":{},\"exported\":\"{}\",\"documents\":{{{}}}}}",
            transfer::FILE_KIND,
            transfer::FILE_FORMAT,
            document::timestamp(chrono::Utc::now()),
            documents.join(",")
        )
    }

    /// Whether changes are being kept: there is storage, and every write succeeded.
    /// Tracked, so a status line can follow it.
    pub fn is_saving(&self) -> bool {
        self.store.is_some() && self.unsaved.with(Vec::is_empty)
    }

    /// Copies of unreadable text, newest first. Tracked: re-read when keys change.
    pub fn kept_aside(&self) -> Vec<KeptAside> {
        self.revision.track();
        self.store
            .map(|store| store.kept_aside())
            .unwrap_or_default()
    }

    /// The text stored under one of this app's keys.
    pub fn read(&self, key: &str) -> Option<String> {
        self.store.and_then(|store| store.read(key))
    }

    /// Roughly how many bytes this app's keys and values take: browsers count them as UTF-16.
    /// Tracked: re-read when keys change in another tab.
    pub fn used_bytes(&self) -> usize {
        self.revision.track();
        let Some(store) = self.store else {
            return 0;
        };
        store
            .keys()
            .iter()
            .map(|key| {
                let value = store.read(key).unwrap_or_default();
                2 * (key.encode_utf16().count() + value.encode_utf16().count())
            })
            .sum()
    }

    pub fn remove_kept_aside(&self, kept: &KeptAsideKey) {
        if let Some(store) = self.store {
            store.remove(&kept.to_key());
            self.dismiss_where(|n| matches!(n, Notice::KeptAside { kept: k, .. } if k == kept));
            self.touch();
        }
    }

    /// Deletes everything this app keeps in this browser and returns every open document to
    /// its defaults. Returns how many keys were removed.
    pub fn remove_everything(&self) -> usize {
        let Some(store) = self.store else {
            return 0;
        };
        let removed = store.remove_everything();
        let resets: Vec<Action> = self
            .open_documents
            .with_value(|docs| docs.iter().map(|d| d.reset.clone()).collect());
        resets.iter().for_each(|reset| reset());
        self.unsaved.set(Vec::new());
        self.notices
            .update(|list| list.retain(|n| matches!(n, Notice::Unavailable)));
        self.touch();
        removed
    }
}

/// Whether this page is shown inside another page's frame.
pub fn in_frame() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    match window.top() {
        Ok(Some(top)) => !js_sys::Object::is(&top, &window),
        // Reading `top` can itself be refused; only a framed page gets that far.
        _ => true,
    }
}
