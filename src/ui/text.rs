//! Small text helpers for what the views print; the pure ones live in the core.

pub use crate::domain::capitalise;
