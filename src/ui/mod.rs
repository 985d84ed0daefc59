//! Pieces of interface that several views share.

pub mod clock;
pub mod confirm;
pub mod download;
pub mod fields;
pub mod forms;
pub mod later;
pub mod layout;
pub mod notices;
pub mod page;
pub mod text;
