//! One module per page.

pub mod calculator;
pub mod guide;
pub mod home;
pub mod not_found;
pub mod settings;
pub mod wizard;
pub mod workspace;
