//! `make bench`, part 1: micro-benchmarks of the pure core, natively. A plain timed loop: each
//! case runs until at least half a second has passed, five times over, and the best of the
//! five is printed as nanoseconds per call (the least disturbed by the rest of the machine).
//! The app's crate is compiled at opt-level 3 for benches (Cargo.toml, profile.bench).

use std::hint::black_box;
use std::time::{Duration, Instant};

use cto_compass::domain::assessment::read_share_query;
use cto_compass::domain::assessment::scoring::{reasons, score, what_would_change};
use cto_compass::domain::calculator::flips::flips;
use cto_compass::domain::calculator::form::{Form, FractionalMode, read_query};
use cto_compass::domain::calculator::model::compare;
use cto_compass::domain::calculator::switch::{SwitchPlan, switch};

/// A complete set of answers, as a share link carries them.
const ANSWERS: &str = "v=1&currency=USD&stage=early&industry=technology&leadership=nobody&team=1-3&budget=6000&challenges=expertise,roadmap&time=days-1-2&horizon=year&need=leadership&ownership=nice";

fn ns_per_call(mut call: impl FnMut()) -> f64 {
    let mut best = f64::MAX;
    for _ in 0..5 {
        let mut calls = 0u64;
        let started = Instant::now();
        while started.elapsed() < Duration::from_millis(500) {
            for _ in 0..100 {
                call();
            }
            calls += 100;
        }
        best = best.min(started.elapsed().as_nanos() as f64 / calls as f64);
    }
    best
}

fn main() {
    let shared = read_share_query(ANSWERS);
    assert!(shared.problems.is_empty(), "{:?}", shared.problems);
    let answers = shared.answers;
    assert!(answers.is_complete());
    let outcome = score(&answers);

    let inputs = Form::default().to_inputs();
    let (form_from_link, problems) = read_query(
        &cto_compass::domain::calculator::form::share_query(&Form::default()),
    );
    assert!(problems.is_empty(), "{problems:?}");

    let four_options = format!(
        "calculator: cost model, four options over {} months (defaults)",
        inputs.horizon_months
    );
    let retainer = Form {
        fractional: FractionalMode::Retainer,
        ..Form::default()
    };
    let plan = SwitchPlan::default();

    let cases: Vec<(&str, f64)> = vec![
        (
            "assessment: score a complete set of answers",
            ns_per_call(|| {
                black_box(score(black_box(&answers)));
            }),
        ),
        (
            "assessment: the result page's reasons",
            ns_per_call(|| {
                black_box(reasons(black_box(&answers), black_box(&outcome)));
            }),
        ),
        (
            "assessment: what would change the result",
            ns_per_call(|| {
                black_box(what_would_change(black_box(&answers)));
            }),
        ),
        (
            "assessment: read a share link",
            ns_per_call(|| {
                black_box(read_share_query(black_box(ANSWERS)));
            }),
        ),
        (
            &four_options,
            ns_per_call(|| {
                black_box(compare(black_box(&inputs)));
            }),
        ),
        (
            "calculator: a keypress (form to inputs, then the cost model)",
            ns_per_call(|| {
                black_box(compare(&black_box(&form_from_link).to_inputs()));
            }),
        ),
        (
            "calculator: what flips the answer, every main input (defaults, 8 rows)",
            ns_per_call(|| {
                black_box(flips(black_box(&form_from_link)));
            }),
        ),
        (
            "calculator: what flips the answer (a retainer, 7 rows)",
            ns_per_call(|| {
                black_box(flips(black_box(&retainer)));
            }),
        ),
        (
            "calculator: fractional now, full-time from month 12 (defaults)",
            ns_per_call(|| {
                black_box(switch(black_box(&inputs), black_box(plan)));
            }),
        ),
    ];

    println!("\n## The pure core, natively (best of 5 runs of 0.5 s each)\n");
    println!("| what | ns per call |");
    println!("| --- | ---: |");
    for (what, ns) in cases {
        println!("| {what} | {ns:.0} |");
    }
}
