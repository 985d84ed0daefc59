//! Stored documents as app state, opened when a part of the app first asks for one (so a
//! visit pays for reading only what its page shows), from the one list in
//! [`crate::domain::stored`]; export and import read and replace them together.

use leptos::prelude::*;

use super::{AppStorage, Persisted};
use crate::domain::document::Document;
use crate::domain::stored::with_stored_documents;
use crate::domain::transfer::Bundle;

/// Where documents are opened: the app's storage and its root owner, so a document opened by
/// one page outlives it and every later page shares the same one.
#[derive(Clone)]
struct Shelf {
    storage: AppStorage,
    root: Owner,
}

/// Called once at start, by the app's root: documents are opened later, on first use.
pub fn provide_documents(storage: AppStorage) {
    let root = Owner::current().expect("the app's root owner");
    provide_context(Shelf { storage, root });
}

/// The document `D`, opened (read, and followed across tabs) the first time any page asks.
pub fn use_document<D: Document + Send + Sync + 'static>() -> Persisted<D> {
    if let Some(open) = use_context::<Persisted<D>>() {
        return open;
    }
    let shelf = expect_context::<Shelf>();
    shelf.root.with(|| {
        let open = Persisted::<D>::open(shelf.storage);
        provide_context(open);
        open
    })
}

macro_rules! documents {
    ($($field:ident: $doc:ty,)*) => {
        /// Every document the app keeps, as one handle.
        #[derive(Clone, Copy)]
        pub struct Documents {
            $(pub $field: Persisted<$doc>,)*
        }

        impl Documents {
            /// Every document, opening those no page has asked for yet.
            pub fn open_all() -> Documents {
                Documents {
                    $($field: use_document(),)*
                }
            }

            /// A copy of everything, as export and import see it.
            pub fn bundle(&self) -> Bundle {
                Bundle {
                    $($field: self.$field.with_untracked(Clone::clone),)*
                }
            }

            /// Puts every document in place. An import's plan has checked them all, so none
            /// is refused.
            pub fn replace(&self, bundle: Bundle) -> Result<(), String> {
                let Bundle { $($field,)* } = bundle;
                $(self.$field.try_update(|d| *d = $field)?;)*
                Ok(())
            }
        }
    };
}
with_stored_documents!(documents);
