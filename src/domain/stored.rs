//! The one list of the documents the app keeps in the browser.
//!
//! Everything that handles "every document" reads this list: start-up opens each
//! (`storage::Documents`), export writes each and import reads, plans and replaces each
//! (`transfer`), "your data" names each (`describe_document`). "Delete all my data" needs no
//! list: it removes every key under the app's prefix.
//!
//! To add a stored document:
//! 1. a type implementing [`Document`](super::document::Document) (its `NAME` is part of the
//!    storage key and of export files: never rename it) and
//!    [`Merge`](super::transfer::Merge) (how an import combines the file's copy with ours;
//!    the default replaces it whole);
//! 2. a line below (the order is the order of an import's plan);
//! 3. a fixture of its first shipped version under `tests/fixtures/<name>/`, loaded by
//!    `tests/stored_documents.rs`, and a new fixture for every version shipped after.

/// Calls `$then!` with every stored document as `field: Type`, in the order of the list.
macro_rules! with_stored_documents {
    ($then:ident) => {
        $then! {
            workspace: $crate::domain::workspace::Workspace,
            scenarios: $crate::domain::calculator::scenarios::Scenarios,
            progress: $crate::domain::assessment::Progress,
            history: $crate::domain::assessment::history::History,
            working: $crate::domain::calculator::scenarios::Working,
            preferences: $crate::domain::preferences::Preferences,
        }
    };
}

pub(crate) use with_stored_documents;
