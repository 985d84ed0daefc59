//! One module per page.

pub mod assessment;
pub mod calculator;
pub mod embed_builder;
pub mod guide;
pub mod home;
pub mod not_found;
pub mod settings;
pub mod workspace;
