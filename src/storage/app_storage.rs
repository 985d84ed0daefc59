//! The storage the whole app shares: the store (when there is one), the notices about it and
//! the documents open on it.

use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;

use super::local_store::{KeptAside, LocalStore, Unavailable, WriteError};
use crate::domain::document::KeptAsideKey;

/// One message about the state of the user's saved data.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Notice {
    /// Nothing can be kept: the app works, but only until the page is closed.
    Unavailable { in_frame: bool },
    /// The last write failed; what changed since lives only in this page.
    NotSaving { reason: String },
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

type Reload = Arc<dyn Fn() + Send + Sync>;

/// Shared through context; cheap to copy.
#[derive(Clone, Copy)]
pub struct AppStorage {
    store: Option<LocalStore>,
    notices: RwSignal<Vec<Notice>>,
    /// Bumped whenever this app's keys change, here or in another tab.
    revision: RwSignal<u32>,
    /// How to re-read each open document after its key changed under it.
    open_documents: StoredValue<Vec<Reload>>,
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
        let notices = match store {
            Ok(_) => Vec::new(),
            Err(Unavailable::Blocked | Unavailable::Missing) => {
                vec![Notice::Unavailable {
                    in_frame: in_frame(),
                }]
            }
        };
        let storage = AppStorage {
            store: store.ok(),
            notices: RwSignal::new(notices),
            revision: RwSignal::new(0),
            open_documents: StoredValue::new(Vec::new()),
        };
        if storage.store.is_some() {
            let store = storage.store;
            let listener = window_event_listener(ev::storage, move |event| {
                let ours = event
                    .key()
                    .is_none_or(|key| store.is_some_and(|store| store.logical_key(&key).is_some()));
                if ours {
                    storage.touch();
                }
            });
            on_cleanup(move || listener.remove());
        }
        storage
    }

    pub fn store(&self) -> Option<LocalStore> {
        self.store
    }

    pub(super) fn register(&self, reload: Reload) {
        self.open_documents.update_value(|docs| docs.push(reload));
    }

    fn touch(&self) {
        self.revision.update(|r| *r = r.wrapping_add(1));
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
        self.notices.update(|list| {
            if !list.contains(&notice) {
                list.push(notice);
            }
        });
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

    /// Records the outcome of a write: a failure raises the "not saving" notice, the next
    /// success takes it down again.
    pub fn record_write(&self, outcome: Result<(), WriteError>) {
        let not_saving = |n: &Notice| matches!(n, Notice::NotSaving { .. });
        match outcome {
            Ok(()) => self.dismiss_where(not_saving),
            Err(error) => self.notices.update(|list| {
                list.retain(|n| !not_saving(n));
                list.push(Notice::NotSaving {
                    reason: error.to_string(),
                });
            }),
        }
    }

    /// Whether changes are being kept: there is storage, and the last write succeeded.
    /// Tracked, so a status line can follow it.
    pub fn is_saving(&self) -> bool {
        self.store.is_some()
            && self
                .notices
                .with(|list| !list.iter().any(|n| matches!(n, Notice::NotSaving { .. })))
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
        self.open_documents
            .with_value(|docs| docs.iter().for_each(|reload| reload()));
        self.notices.update(|list| {
            list.retain(|n| matches!(n, Notice::Unavailable { .. } | Notice::NotSaving { .. }))
        });
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
