//! Shared by the end-to-end tests and the load benchmark.
#![allow(dead_code)]

pub mod browser;
pub mod server;

use std::path::PathBuf;

/// The release build that `make dist` produced.
pub fn dist_dir() -> PathBuf {
    let dist = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("dist");
    assert!(
        dist.join("index.html").is_file(),
        "dist/ has no release build: run `make dist` first (`make test` does)"
    );
    dist
}
