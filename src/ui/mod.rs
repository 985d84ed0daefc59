//! Pieces of interface that several views share.

pub mod coming_soon;
pub mod download;
pub mod forms;
pub mod layout;
pub mod notices;
pub mod page;
pub mod text;
