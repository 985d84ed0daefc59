//! Plain reads and writes against localStorage, with every failure named.

use std::fmt;

use chrono::Utc;
use gloo_storage::{LocalStorage, Storage as _};
use wasm_bindgen::{JsCast, JsValue};

use crate::domain::document::{
    self, Decoded, Document, KEPT_ASIDE_PREFIX, KEY_PREFIX, KeptAsideKey, Unreadable,
};
use crate::domain::sort_small_by;

/// Why the app cannot use localStorage at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unavailable {
    /// Reading `window.localStorage` threw: a cross-site or sandboxed frame, or a browser
    /// setting that blocks site data.
    Blocked,
    /// The browser has no localStorage.
    Missing,
}

/// Why a write did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteError {
    /// The site's share of storage is used up.
    Full,
    /// The browser refused for another reason (the DOMException's name).
    Refused(String),
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WriteError::Full => write!(f, "the browser's storage for this site is full"),
            WriteError::Refused(name) => write!(f, "the browser refused to store data ({name})"),
        }
    }
}

impl WriteError {
    fn from_js(error: JsValue) -> Self {
        let name = error
            .dyn_ref::<web_sys::DomException>()
            .map(|e| e.name())
            .or_else(|| {
                error
                    .dyn_ref::<js_sys::Error>()
                    .map(|e| String::from(e.name()))
            })
            .unwrap_or_else(|| "unknown error".to_owned());
        // Firefox used its own name for the same condition.
        if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
            WriteError::Full
        } else {
            WriteError::Refused(name)
        }
    }
}

/// What reading a document found.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded<D> {
    /// Nothing stored yet.
    Empty,
    Found(Decoded<D>),
    /// The stored text was unreadable; it now lives under `kept` and the document's own key
    /// is free for fresh data.
    KeptAside {
        kept: KeptAsideKey,
        reason: Unreadable,
    },
    /// The stored text was unreadable and could not be copied aside, so it was left where it
    /// is. Saving this document would destroy it: don't, until it can be kept aside.
    LeftInPlace {
        reason: Unreadable,
        error: WriteError,
    },
    /// Written by a newer version of the app (open in another tab): left as it is, and not to
    /// be written by this version, which would lose what it cannot read.
    Newer {
        found: u32,
    },
}

/// A copy of unreadable text, as listed for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeptAside {
    pub key: KeptAsideKey,
    pub chars: usize,
}

/// A handle on localStorage once it is known to be reachable.
///
/// The app always speaks of its keys as `cto-compass/...`. In a namespace (an embed's
/// `namespace` option) they are stored as `cto-compass@<namespace>/...`, so that two embeds
/// on one site, and the full app, each keep their own data and never see the others'.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalStore {
    /// Set once at start-up and kept for the life of the page.
    namespace: Option<&'static str>,
}

impl LocalStore {
    /// Checks that localStorage can be reached without throwing.
    pub fn open() -> Result<LocalStore, Unavailable> {
        Self::open_in(None)
    }

    /// As [`LocalStore::open`], keeping this page's data under its own namespace.
    pub fn open_in(namespace: Option<&'static str>) -> Result<LocalStore, Unavailable> {
        let window = web_sys::window().ok_or(Unavailable::Missing)?;
        match window.local_storage() {
            Ok(Some(_)) => Ok(LocalStore { namespace }),
            Ok(None) => Err(Unavailable::Missing),
            Err(_) => Err(Unavailable::Blocked),
        }
    }

    /// Where a key of the app's really lives in localStorage.
    pub fn physical_key(&self, key: &str) -> String {
        match (self.namespace, key.strip_prefix(KEY_PREFIX)) {
            (Some(space), Some(rest)) => format!("cto-compass@{space}/{rest}"),
            _ => key.to_owned(),
        }
    }

    /// The app's name for a key found in localStorage, if it is one of this store's.
    pub fn logical_key(&self, physical: &str) -> Option<String> {
        match self.namespace {
            None => physical
                .starts_with(KEY_PREFIX)
                .then(|| physical.to_owned()),
            Some(space) => {
                let rest = physical
                    .strip_prefix("cto-compass@")?
                    .strip_prefix(space)?
                    .strip_prefix('/')?;
                Some(format!("{KEY_PREFIX}{rest}"))
            }
        }
    }

    /// The start of every key this store writes, as the user would see it in the browser.
    pub fn prefix(&self) -> String {
        self.physical_key(KEY_PREFIX)
    }

    fn raw(&self) -> web_sys::Storage {
        // Safe to call: `open` has shown that reading `window.localStorage` does not throw.
        LocalStorage::raw()
    }

    /// Whether `storage` (from a `storage` event) is the area this store works on.
    pub fn is_area(&self, storage: &web_sys::Storage) -> bool {
        js_sys::Object::is(storage, &self.raw())
    }

    pub fn read(&self, key: &str) -> Option<String> {
        self.raw().get_item(&self.physical_key(key)).ok().flatten()
    }

    pub fn write(&self, key: &str, text: &str) -> Result<(), WriteError> {
        self.raw()
            .set_item(&self.physical_key(key), text)
            .map_err(WriteError::from_js)
    }

    pub fn remove(&self, key: &str) {
        LocalStorage::delete(self.physical_key(key));
    }

    /// Every key of this app's, and none of the host page's.
    pub fn keys(&self) -> Vec<String> {
        let raw = self.raw();
        let count = raw.length().unwrap_or(0);
        let mut keys: Vec<String> = (0..count)
            .filter_map(|i| raw.key(i).ok().flatten())
            .filter_map(|key| self.logical_key(&key))
            .collect();
        sort_small_by(&mut keys, |a, b| a < b);
        keys
    }

    /// Reads a document. Unreadable text is moved aside, never dropped.
    pub fn load<D: Document>(&self) -> Loaded<D> {
        match self.read(&document::storage_key::<D>()) {
            Some(raw) => self.interpret(&raw),
            None => Loaded::Empty,
        }
    }

    /// Reads a document's stored text: unreadable text is moved aside, never dropped; text
    /// from a newer version is left alone.
    pub fn interpret<D: Document>(&self, raw: &str) -> Loaded<D> {
        let key = document::storage_key::<D>();
        match document::decode::<D>(raw) {
            Ok(decoded) => Loaded::Found(decoded),
            Err(Unreadable::FromNewerVersion { found, .. }) => Loaded::Newer { found },
            Err(reason) => match self.keep_aside(D::NAME, raw) {
                Ok(kept) => {
                    self.remove(&key);
                    Loaded::KeptAside { kept, reason }
                }
                Err(error) => Loaded::LeftInPlace { reason, error },
            },
        }
    }

    pub fn save<D: Document>(&self, doc: &D) -> Result<(), WriteError> {
        self.write(&document::storage_key::<D>(), &document::encode(doc))
    }

    /// Copies `raw` under a new kept-aside key and returns that key; text already kept aside
    /// for the document keeps its first key, so two tabs reading it never copy it twice.
    pub fn keep_aside(&self, document: &str, raw: &str) -> Result<KeptAsideKey, WriteError> {
        let same = self.kept_aside().into_iter().find(|kept| {
            kept.key.document == document && self.read(&kept.key.to_key()).as_deref() == Some(raw)
        });
        if let Some(kept) = same {
            return Ok(kept.key);
        }
        let at = Utc::now();
        let key = (0..)
            .map(|serial| KeptAsideKey::new(document, at, serial))
            .find(|key| self.read(&key.to_key()).is_none())
            .expect("an unused serial exists");
        self.write(&key.to_key(), raw)?;
        Ok(key)
    }

    /// The copies of unreadable text, newest first.
    pub fn kept_aside(&self) -> Vec<KeptAside> {
        let mut kept: Vec<KeptAside> = self
            .keys()
            .into_iter()
            .filter(|key| key.starts_with(KEPT_ASIDE_PREFIX))
            .filter_map(|key| {
                let chars = self.read(&key)?.chars().count();
                Some(KeptAside {
                    key: KeptAsideKey::parse(&key)?,
                    chars,
                })
            })
            .collect();
        // Newest first.
        sort_small_by(&mut kept, |a, b| {
            (a.key.at, a.key.serial) > (b.key.at, b.key.serial)
        });
        kept
    }

    /// Removes every key the app has written on this site, in every namespace (the full
    /// app's and each embed's), kept-aside copies included. Returns how many.
    pub fn remove_everything(&self) -> usize {
        let raw = self.raw();
        let count = raw.length().unwrap_or(0);
        let keys: Vec<String> = (0..count)
            .filter_map(|i| raw.key(i).ok().flatten())
            .filter(|key| key.starts_with(KEY_PREFIX) || key.starts_with("cto-compass@"))
            .collect();
        for key in &keys {
            let _ = raw.remove_item(key);
        }
        keys.len()
    }
}
