//! `make bench`, part 2: what the release build weighs and how fast it is in a browser. A
//! report, not a test: it prints every figure, then fails loudly if the app is over its size
//! budget (and if it cannot measure).
//!
//! 1. Every file in dist/: raw, gzip (level 9) and brotli (quality 11) sizes, and the total a
//!    first visit loads against the budget of 120 KB brotli.
//! 2. Ten cold loads in headless Chromium, each with a fresh profile and an empty cache: the
//!    median time from navigation start to the first paint (the static shell) and to the
//!    app's own `cto-compass:mounted` mark.
//! 3. Responsiveness, median of 20 in the browser: a keypress in the calculator to the updated
//!    total, and Continue to the next wizard question.
//! 4. Lighthouse (npm, tools/bench) with Debian's Chromium, mobile settings, on the home page,
//!    a wizard question and the calculator: the four category scores and FCP, LCP, TBT, CLS.
//!    The server sends brotli, as static hosts do. Throttling is applied to the real load
//!    (`--throttling-method=devtools`). Three runs each; the median run is shown, with the
//!    time until the page is interactive beside the paints.

#[path = "../support/mod.rs"]
mod support;

use std::io::Write;
use std::time::Duration;

use serde_json::{Value, json};
use support::browser::Browser;
use support::server::{Options, StaticServer};
use support::{MOUNT, dist_dir};

const BUDGET_BROTLI: usize = 120 * 1024;
const LOADS: usize = 10;
const INTERACTIONS: usize = 20;
const LIGHTHOUSE_RUNS: usize = 3;

/// Files in dist/ that a first visit does not load: the host script for other sites' pages.
const NOT_LOADED_BY_THE_APP: &[&str] = &["embed.js"];

fn gzip_size(bytes: &[u8]) -> usize {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap().len()
}

fn brotli_size(bytes: &[u8]) -> usize {
    support::server::brotli_compress(bytes).len()
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

/// Prints the table and returns the brotli total of what a first visit loads.
fn size_table() -> usize {
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
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let loaded = !NOT_LOADED_BY_THE_APP.contains(&name.as_str());
        println!(
            "| {name}{} | {} | {} | {} |",
            if loaded {
                ""
            } else {
                " (not loaded by the app)"
            },
            kb(bytes.len()),
            kb(g),
            kb(b)
        );
        if loaded {
            raw += bytes.len();
            gz += g;
            br += b;
        }
    }
    println!(
        "| **a first visit loads** | **{}** | **{}** | **{}** |",
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
    br
}

async fn cold_loads() {
    let server = StaticServer::start(&dist_dir(), MOUNT);
    let url = server.url(MOUNT);
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
        timing_row(what, values, 0);
    }
}

fn timing_row(what: &str, values: &mut [f64], decimals: usize) {
    if values.is_empty() {
        println!("| {what} | n/a | | |");
        return;
    }
    let min = values.iter().cloned().fold(f64::MAX, f64::min);
    let max = values.iter().cloned().fold(f64::MIN, f64::max);
    println!(
        "| {what} | {:.decimals$} ms | {min:.decimals$} ms | {max:.decimals$} ms |",
        median(values)
    );
}

/// Records, in the page, the time from an input event (`keydown` or `click`, by its own
/// timestamp) to the first change under `watched`, and to the frame after it.
const LATENCY_PROBE: &str = "
    const [eventName, watched] = arguments;
    window.latencies = [];
    window.started = null;
    document.addEventListener(eventName, e => { window.started = e.timeStamp; }, true);
    new MutationObserver(() => {
        const started = window.started;
        if (started === null) return;
        window.started = null;
        const dom = performance.now() - started;
        requestAnimationFrame(() => window.latencies.push([dom, performance.now() - started]));
    }).observe(document.querySelector(watched), { subtree: true, childList: true, characterData: true });
    return true;";

async fn wait_for_latency(browser: &Browser, count: usize) -> (f64, f64) {
    browser
        .wait_until(
            "the update",
            &format!("return window.latencies.length === {count}"),
        )
        .await;
    let last = browser
        .eval("return window.latencies[window.latencies.length - 1]")
        .await;
    (last[0].as_f64().unwrap(), last[1].as_f64().unwrap())
}

async fn responsiveness() {
    let server = StaticServer::start(&dist_dir(), MOUNT);
    let browser = Browser::launch().await;

    // The calculator: select the fractional CTO's day rate and type one digit over it.
    browser
        .driver
        .goto(server.url(&format!("{MOUNT}#/calculator")))
        .await
        .unwrap();
    browser.wait_for_app().await;
    browser
        .driver
        .execute(LATENCY_PROBE, vec![json!("keydown"), json!("#cost-table")])
        .await
        .unwrap();
    let (mut key_dom, mut key_frame) = (Vec::new(), Vec::new());
    for i in 0..INTERACTIONS {
        browser
            .eval("const f = document.getElementById('field-fr-rate'); f.focus(); f.select(); return true;")
            .await;
        // A different digit each time, so the total changes each time.
        browser.press(format!("{}", 1 + i % 9)).await;
        let (dom, frame) = wait_for_latency(&browser, i + 1).await;
        key_dom.push(dom);
        key_frame.push(frame);
    }

    // The wizard: Continue on the first question, then back to it (not timed), twenty times.
    browser
        .driver
        .goto(server.url(&format!("{MOUNT}#/assessment/q/stage")))
        .await
        .unwrap();
    browser.driver.refresh().await.unwrap();
    browser.wait_for_app().await;
    browser
        .wait_for_heading("What stage is your company at?")
        .await;
    browser.click("label[for='stage-early']").await;
    browser
        .driver
        .execute(LATENCY_PROBE, vec![json!("click"), json!("main")])
        .await
        .unwrap();
    let (mut next_dom, mut next_frame) = (Vec::new(), Vec::new());
    for i in 0..INTERACTIONS {
        browser.click_text("Continue").await;
        let (dom, frame) = wait_for_latency(&browser, 2 * i + 1).await;
        next_dom.push(dom);
        next_frame.push(frame);
        browser
            .wait_for_heading("Which industry is your company in?")
            .await;
        browser.click_text("Back").await;
        wait_for_latency(&browser, 2 * i + 2).await;
        browser
            .wait_for_heading("What stage is your company at?")
            .await;
    }
    browser.quit().await;

    println!(
        "\n## Responsiveness ({INTERACTIONS} times each, headless Chromium; aim: under 16 ms)\n"
    );
    println!("| from the input event to | median | min | max |");
    println!("| --- | ---: | ---: | ---: |");
    timing_row("calculator keypress: the total updated", &mut key_dom, 1);
    timing_row("calculator keypress: the next frame", &mut key_frame, 1);
    timing_row("wizard Continue: the next question shown", &mut next_dom, 1);
    timing_row("wizard Continue: the next frame", &mut next_frame, 1);
}

/// One Lighthouse run; its JSON report.
fn lighthouse_run(url: &str) -> Value {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let cli = root.join("tools/bench/node_modules/lighthouse/cli/index.js");
    assert!(
        cli.is_file(),
        "Lighthouse is missing: `make bench` installs it (npm, tools/bench)"
    );
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let output = std::process::Command::new("node")
        .arg(&cli)
        .arg(url)
        .args([
            "--output=json",
            "--output-path=stdout",
            "--quiet",
            "--only-categories=performance,accessibility,best-practices,seo",
            // Slow 4G and a 4x slower CPU applied to the real load (Lighthouse's default,
            // "simulate", estimates instead, and on a local server it never sees the static
            // shell painted before the app: it times the app's page as the largest paint).
            "--throttling-method=devtools",
        ])
        .arg(format!(
            "--chrome-flags={}",
            support::browser::CHROMIUM_FLAGS.join(" ")
        ))
        .env("CHROME_PATH", chromium)
        .output()
        .expect("run node");
    assert!(
        output.status.success(),
        "Lighthouse failed on {url}:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("Lighthouse's JSON report")
}

async fn lighthouse() {
    let server = StaticServer::start_with(
        &dist_dir(),
        MOUNT,
        Options {
            brotli: true,
            ..Options::default()
        },
    );
    println!(
        "\n## Lighthouse (mobile settings: slow 4G and a 4x slower CPU, applied; median of {LIGHTHOUSE_RUNS} runs by performance; served with brotli)\n"
    );
    println!(
        "| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | interactive |"
    );
    println!("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (page, hash) in [
        ("home", ""),
        ("a wizard question", "#/assessment/q/stage"),
        ("calculator", "#/calculator"),
    ] {
        let url = server.url(&format!("{MOUNT}{hash}"));
        let mut runs: Vec<Value> = (0..LIGHTHOUSE_RUNS).map(|_| lighthouse_run(&url)).collect();
        runs.sort_by(|a, b| {
            let score = |r: &Value| {
                r["categories"]["performance"]["score"]
                    .as_f64()
                    .unwrap_or(0.0)
            };
            score(a).partial_cmp(&score(b)).unwrap()
        });
        let report = &runs[runs.len() / 2];
        let score = |category: &str| {
            report["categories"][category]["score"]
                .as_f64()
                .map_or("n/a".to_owned(), |s| format!("{:.0}", s * 100.0))
        };
        let metric = |audit: &str| {
            report["audits"][audit]["displayValue"]
                .as_str()
                .unwrap_or("n/a")
                .replace('\u{a0}', " ")
        };
        println!(
            "| {page} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            score("performance"),
            score("accessibility"),
            score("best-practices"),
            score("seo"),
            metric("first-contentful-paint"),
            metric("largest-contentful-paint"),
            metric("total-blocking-time"),
            metric("cumulative-layout-shift"),
            metric("interactive"),
        );
        // What kept a score below 100, so the table can be acted on.
        for category in ["accessibility", "best-practices", "seo"] {
            if report["categories"][category]["score"].as_f64() == Some(1.0) {
                continue;
            }
            for item in report["categories"][category]["auditRefs"]
                .as_array()
                .into_iter()
                .flatten()
            {
                let id = item["id"].as_str().unwrap_or_default();
                let audit = &report["audits"][id];
                if item["weight"].as_f64().unwrap_or(0.0) > 0.0
                    && audit["score"].as_f64().is_some_and(|s| s < 1.0)
                {
                    println!(
                        "|  ↳ {category}: {} | | | | | | | | |",
                        audit["title"].as_str().unwrap_or(id)
                    );
                }
            }
        }
    }
}

#[tokio::main]
async fn main() {
    let first_visit = size_table();
    cold_loads().await;
    responsiveness().await;
    lighthouse().await;
    if first_visit > BUDGET_BROTLI {
        eprintln!(
            "\n########################################################################\n\
             ## OVER BUDGET: a first visit loads {} brotli; the budget is {}.\n\
             ########################################################################",
            kb(first_visit),
            kb(BUDGET_BROTLI)
        );
        std::process::exit(1);
    }
}
