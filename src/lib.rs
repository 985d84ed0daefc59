//! CTO Compass: helps a company decide how to get technical leadership.
//!
//! `domain` is the pure core (no browser types, tested natively); `storage` is the only code
//! that touches localStorage; `views` holds one module per page and `ui` the pieces they
//! share.

pub mod domain;
pub mod storage;

mod app;
mod ui;
mod views;

pub use app::start;
