//! Pieces of interface that several views share.

pub mod clock;
pub mod confirm;
pub mod delete_everything;
pub mod download;
pub mod embedding;
pub mod fields;
pub mod forms;
pub mod later;
pub mod layout;
pub mod links;
pub mod lists;
pub mod locale;
pub mod measure;
pub mod notices;
pub mod page;
pub mod parts;
pub mod pause;
pub mod router;
pub mod text;
