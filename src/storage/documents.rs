//! Every stored document opened as app state, from the one list in
//! [`crate::domain::stored`]: start-up opens them all and provides each as context; export and
//! import read and replace them together.

use leptos::prelude::*;

use super::{AppStorage, Persisted};
use crate::domain::stored::with_stored_documents;
use crate::domain::transfer::Bundle;

macro_rules! documents {
    ($($field:ident: $doc:ty,)*) => {
        /// Every document the app keeps, as one handle.
        #[derive(Clone, Copy)]
        pub struct Documents {
            $(pub $field: Persisted<$doc>,)*
        }

        impl Documents {
            /// Reads every document and provides each to the app as `Persisted<D>` context.
            pub fn open(storage: AppStorage) -> Documents {
                let documents = Documents {
                    $($field: Persisted::open(storage),)*
                };
                $(provide_context(documents.$field);)*
                documents
            }

            /// The documents the app has provided.
            pub fn from_context() -> Documents {
                Documents {
                    $($field: expect_context(),)*
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
