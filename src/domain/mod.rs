//! The pure core: plain Rust with no browser types, tested natively with `cargo test`.

pub mod document;
pub mod preferences;
pub mod route;

/// The product's name, as it appears in titles and notices.
pub const APP_NAME: &str = "CTO Compass";
