//! `make bench`: what the release build weighs and how fast it starts. A report, not a
//! test: it prints numbers and fails only if it cannot measure.
//!
//! 1. Every file in dist/: raw, gzip (level 9) and brotli (quality 11) sizes, and the totals
//!    against the budget of 120 KB brotli for the whole app.
//! 2. Ten cold loads in headless Chromium, each with a fresh profile and an empty cache: the
//!    median time from navigation start to the first paint (the static shell) and to the
//!    app's own `cto-compass:mounted` mark.

#[path = "../support/mod.rs"]
mod support;

use std::io::Write;
use std::time::Duration;

use support::browser::Browser;
use support::dist_dir;
use support::server::StaticServer;

const BUDGET_BROTLI: usize = 120 * 1024;
const LOADS: usize = 10;

fn gzip_size(bytes: &[u8]) -> usize {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap().len()
}

fn brotli_size(bytes: &[u8]) -> usize {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).unwrap();
    out.len()
}

fn kb(bytes: usize) -> String {
    format!("{:.1} KB", bytes as f64 / 1024.0)
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let mid = values.len() / 2;
    if values.len().is_multiple_of(2) {
        (values[mid - 1] + values[mid]) / 2.0
    } else {
        values[mid]
    }
}

fn size_table() {
    let dist = dist_dir();
    let mut files: Vec<_> = std::fs::read_dir(&dist)
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_file())
        .map(|e| e.path())
        .collect();
    files.sort();
    println!("\n## Size of dist/\n");
    println!("| file | raw | gzip -9 | brotli 11 |");
    println!("| --- | ---: | ---: | ---: |");
    let (mut raw, mut gz, mut br) = (0, 0, 0);
    for file in files {
        let bytes = std::fs::read(&file).unwrap();
        let (g, b) = (gzip_size(&bytes), brotli_size(&bytes));
        println!(
            "| {} | {} | {} | {} |",
            file.file_name().unwrap().to_string_lossy(),
            kb(bytes.len()),
            kb(g),
            kb(b)
        );
        raw += bytes.len();
        gz += g;
        br += b;
    }
    println!(
        "| **total** | **{}** | **{}** | **{}** |",
        kb(raw),
        kb(gz),
        kb(br)
    );
    let verdict = if br <= BUDGET_BROTLI {
        "within"
    } else {
        "OVER"
    };
    println!(
        "\nBudget: {} brotli for the whole app; this build is {verdict} it ({} {}).",
        kb(BUDGET_BROTLI),
        kb(BUDGET_BROTLI.abs_diff(br)),
        if br <= BUDGET_BROTLI {
            "to spare"
        } else {
            "over"
        }
    );
}

async fn cold_loads() {
    let server = StaticServer::start(&dist_dir(), "/tools/cto/");
    let url = server.url("/tools/cto/");
    let mut first_paint = Vec::new();
    let mut mounted = Vec::new();
    for _ in 0..LOADS {
        // A new browser each time: empty profile, empty cache.
        let browser = Browser::launch().await;
        browser.driver.goto(&url).await.unwrap();
        browser.wait_for_app().await;
        tokio::time::sleep(Duration::from_millis(100)).await;
        let timing = browser
            .eval(
                "const paint = performance.getEntriesByName('first-contentful-paint')[0];
                 const mark = performance.getEntriesByName('cto-compass:mounted')[0];
                 return [paint ? paint.startTime : null, mark.startTime];",
            )
            .await;
        if let Some(paint) = timing[0].as_f64() {
            first_paint.push(paint);
        }
        mounted.push(timing[1].as_f64().unwrap());
        browser.quit().await;
    }
    println!("\n## Cold loads ({LOADS}, headless Chromium, fresh profile each, 127.0.0.1)\n");
    println!("| from navigation start to | median | min | max |");
    println!("| --- | ---: | ---: | ---: |");
    for (what, values) in [
        ("first contentful paint (static shell)", &mut first_paint),
        ("app mounted (`cto-compass:mounted`)", &mut mounted),
    ] {
        if values.is_empty() {
            println!("| {what} | n/a | | |");
            continue;
        }
        let min = values.iter().cloned().fold(f64::MAX, f64::min);
        let max = values.iter().cloned().fold(f64::MIN, f64::max);
        println!(
            "| {what} | {:.0} ms | {min:.0} ms | {max:.0} ms |",
            median(values)
        );
    }
}

#[tokio::main]
async fn main() {
    size_table();
    cold_loads().await;
}
