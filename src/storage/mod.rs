//! The one place that touches the browser's localStorage.
//!
//! [`LocalStore`] reads and writes versioned documents (their format lives in the pure core,
//! [`crate::domain::document`]); [`Persisted`] turns one document into app state that saves
//! itself and follows other tabs; [`AppStorage`] holds the notices that tell the user when
//! storage lets them down. Components use [`Persisted`] and [`AppStorage`]; nothing else
//! calls gloo-storage or the web-sys storage APIs.

mod app_storage;
mod documents;
mod local_store;
mod persisted;

pub use app_storage::{AppStorage, Notice, Unsaved, in_frame};
pub use documents::{Documents, provide_documents, use_document};
pub use local_store::{KeptAside, Loaded, LocalStore, Unavailable, WriteError};
pub use persisted::Persisted;
