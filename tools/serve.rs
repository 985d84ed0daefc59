//! `make run`: serves dist/ on http://127.0.0.1:8080/ with the same plain static server the
//! end-to-end tests use, brotli-compressed as most static hosts would.
//!
//! Usage: cargo run --example serve -- [DIR] [PORT] [MOUNT]

#[path = "../tests/support/server.rs"]
#[allow(dead_code)]
mod server;

use std::path::PathBuf;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().unwrap_or_else(|| "dist".into()));
    let port: u16 = args
        .next()
        .map_or(8080, |p| p.parse().expect("PORT is a number"));
    let mount = args.next().unwrap_or_else(|| "/".into());
    let options = server::Options {
        port,
        // Compressed, as static hosts serve it.
        brotli: true,
        ..server::Options::default()
    };
    let server = server::StaticServer::start_with(&dir, &mount, options);
    println!(
        "Serving {} at {} (Ctrl+C to stop)",
        dir.display(),
        server.url(&mount)
    );
    loop {
        std::thread::park();
    }
}
