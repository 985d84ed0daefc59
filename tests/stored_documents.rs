//! Every format the app has ever stored must still load. Runs natively against the fixtures
//! the wasm storage tests also use.

#[path = "support/sample_document.rs"]
mod sample_document;

use cto_compass::domain::document::{Document, Unreadable, current_version, decode, encode};
use cto_compass::domain::preferences::{Currency, Preferences};
use sample_document::{FIXTURES, SampleNotes, expected};

#[test]
fn every_shipped_version_of_sample_notes_migrates_to_the_same_document() {
    assert_eq!(current_version::<SampleNotes>() as usize, FIXTURES.len());
    for (version, raw) in FIXTURES {
        let decoded = decode::<SampleNotes>(raw).unwrap_or_else(|e| panic!("v{version}: {e}"));
        assert_eq!(decoded.doc, expected(), "v{version}");
        let migrated = (version < current_version::<SampleNotes>()).then_some(version);
        assert_eq!(decoded.migrated_from, migrated, "v{version}");
    }
}

#[test]
fn a_migrated_document_is_written_back_at_the_current_version() {
    let decoded = decode::<SampleNotes>(FIXTURES[0].1).unwrap();
    assert_eq!(encode(&decoded.doc), FIXTURES[2].1.trim());
}

#[test]
fn a_migration_that_cannot_make_sense_of_old_data_says_so() {
    let err = decode::<SampleNotes>(r#"{"version":2,"data":{"notes":[1,2]}}"#).unwrap_err();
    assert_eq!(
        err,
        Unreadable::MigrationFailed {
            from: 2,
            reason: "a note is not text".into()
        }
    );
    let err = decode::<SampleNotes>(r#"{"version":1,"data":{"text":"\n"}}"#);
    assert!(err.is_ok(), "empty text migrates to no notes");
}

#[test]
fn every_shipped_version_of_preferences_still_loads() {
    let fixtures = [
        (
            include_str!("fixtures/preferences/v1.json"),
            Some(Currency::Eur),
        ),
        (include_str!("fixtures/preferences/v1-unset.json"), None),
        (
            include_str!("fixtures/preferences/v2.json"),
            Some(Currency::Eur),
        ),
    ];
    for (raw, currency) in fixtures {
        let decoded = decode::<Preferences>(raw).unwrap_or_else(|e| panic!("{raw}: {e}"));
        assert_eq!(decoded.doc.currency, currency, "{raw}");
    }
    // Bumping the version means adding a migration and a fixture of the old format here.
    assert_eq!(current_version::<Preferences>(), 2);
}

#[test]
fn a_chosen_number_format_is_kept() {
    use cto_compass::domain::locale::NumberFormat;
    let raw = include_str!("fixtures/preferences/v2.json").trim();
    let decoded = decode::<Preferences>(raw).expect("loads");
    assert_eq!(decoded.doc.number_format, Some(NumberFormat::Space));
    assert_eq!(decoded.migrated_from, None);
    assert_eq!(encode(&decoded.doc), raw);
    let old = decode::<Preferences>(include_str!("fixtures/preferences/v1.json")).unwrap();
    assert_eq!(old.migrated_from, Some(1));
    assert_eq!(old.doc.number_format, None);
}

#[test]
fn preferences_with_unknown_fields_or_currencies_are_unreadable() {
    for raw in [
        r#"{"version":1,"data":{"currency":"JPY"}}"#,
        r#"{"version":1,"data":{"currency":"EUR","theme":"dark"}}"#,
        r#"{"version":1,"data":{"currency":42}}"#,
        r#"{"version":2,"data":{"currency":"EUR","number_format":"arabic"}}"#,
    ] {
        assert!(
            matches!(decode::<Preferences>(raw), Err(Unreadable::WrongShape(_))),
            "{raw}"
        );
    }
    assert_eq!(Preferences::NAME, "preferences");
}

#[test]
fn shipped_self_assessment_answers_load_and_keep_what_the_questions_no_longer_use() {
    use cto_compass::domain::assessment::{Progress, Resume};
    let raw = include_str!("fixtures/assessment/v1.json");
    let decoded = decode::<Progress>(raw).expect("v1 loads");
    let progress = decoded.doc;
    assert_eq!(progress.currency, Some(Currency::Eur));
    assert_eq!(progress.answers["team"], "huge", "kept as saved");
    let (answers, problems) = progress.read();
    assert_eq!(answers.answered_count(), 6);
    assert_eq!(problems.len(), 1);
    assert_eq!(progress.resume(), Resume::Question(4));
    assert_eq!(encode(&progress), raw.trim(), "written back unchanged");
}

#[test]
fn shipped_result_history_loads_and_scores_what_the_questions_still_use() {
    use cto_compass::domain::assessment::history::History;
    use cto_compass::domain::options::Leadership;
    let raw = include_str!("fixtures/assessment-history/v1.json");
    let history = decode::<History>(raw).expect("v1 loads").doc;
    assert_eq!(history.results.len(), 2);
    assert_eq!(history.dropped, 2);
    let entries = history.entries();
    assert_eq!(entries[1].outcome.best(), Leadership::Fractional);
    // "huge" is no answer the team question has: kept, and the result says it is incomplete.
    assert_eq!(history.results[1].answers["team"], "huge", "kept as saved");
    assert!(!entries[0].complete);
    assert!(
        entries[0]
            .changed
            .iter()
            .any(|c| c.topic == "Company stage")
    );
    assert_eq!(encode(&history), raw.trim(), "written back unchanged");
}

#[test]
fn shipped_calculator_documents_load_and_say_what_they_could_not_use() {
    use cto_compass::domain::calculator::form::FractionalMode;
    use cto_compass::domain::calculator::scenarios::{Scenarios, Working};
    let scenarios = decode::<Scenarios>(include_str!("fixtures/scenarios/v1.json"))
        .expect("v1 loads")
        .doc;
    assert_eq!(scenarios.saved.len(), 2);
    let (lean, problems) = scenarios.saved[0].form();
    assert!(problems.is_empty());
    assert_eq!(lean.fractional, FractionalMode::Daily);
    assert_eq!(lean.to_inputs().horizon_months, 12);
    let (_, problems) = scenarios.saved[1].form();
    assert_eq!(
        problems,
        ["“old-setting” is not a setting of the calculator"]
    );

    let working = decode::<Working>(include_str!("fixtures/calculator/v1.json"))
        .expect("v1 loads")
        .doc;
    use cto_compass::domain::calculator::form::{FieldId, read_query};
    let (form, problems) = read_query(&working.figures);
    assert!(problems.is_empty());
    assert_eq!(form.get(FieldId::FrRate), 300.0);
}

#[test]
fn every_shipped_workspace_format_still_loads() {
    use cto_compass::domain::options::Leadership;
    use cto_compass::domain::units::{Cents, Millionths};
    use cto_compass::domain::workspace::Workspace;
    use cto_compass::domain::workspace::candidates::{ranking, rate_text};
    use cto_compass::domain::workspace::kpis::trend;
    use cto_compass::domain::workspace::progress::Facts;
    use cto_compass::domain::workspace::steps::Status;
    use cto_compass::domain::workspace::terms::{Agreement, Clause, Standing};
    let v1 = include_str!("fixtures/workspace/v1.json");
    let v2 = include_str!("fixtures/workspace/v2.json");
    let v3 = include_str!("fixtures/workspace/v3.json");
    let v4 = include_str!("fixtures/workspace/v4.json");
    let facts = Facts::default();
    let decoded = decode::<Workspace>(v1).expect("v1 loads");
    assert_eq!(decoded.migrated_from, Some(1));
    let ws = decoded.doc;
    assert_eq!(ws.notes[0].tags, ["needs"]);
    // Before there were plans, the fractional CTO's seven steps were the only ones.
    assert_eq!(ws.plan, None);
    assert_eq!(ws.plan(), Leadership::Fractional);
    // Ticked by hand then; the steps left "not started" now follow the records, which have
    // a note tagged "needs", a candidate, terms with scope and fee, a KPI and a check-in.
    assert_eq!(ws.steps.0[0], Some(Status::Completed));
    assert_eq!(ws.steps.0[1], Some(Status::InProgress));
    assert!(ws.steps.0[2..].iter().all(Option::is_none));
    assert_eq!(ws.completed(Leadership::Fractional, facts), 4);
    assert_eq!(ws.terms.standing(Clause::Ip), Standing::ToAgree);
    assert!(ws.spend.is_empty() && ws.onboarding.is_empty() && ws.questions.is_empty());
    // Culture fit is unscored and weighted, so Priya is listed but not ranked yet.
    assert_eq!(ranking(&ws.candidates, &ws.weights)[0].score, None);
    // v1 kept money and KPI numbers as floats; v2 as whole cents and millionths.
    assert_eq!(ws.candidates[0].rate, Some(Cents(850_000)));
    assert_eq!(ws.terms.rate, Some(Cents(850_000)));
    assert_eq!(ws.kpis[0].target, Millionths(99_500_000));
    assert_eq!(ws.check_ins[0].readings[0].value, Millionths(98_900_000));
    assert_eq!(trend(&ws.kpis[0], &ws.check_ins)[0].value, 98.9);
    assert_eq!(
        rate_text("£", ws.terms.rate, ws.terms.model),
        "£8,500 a month"
    );
    assert_eq!(ws.terms.reviews.len(), 2);
    assert!(
        encode(&ws).starts_with(
            r#"{"version":4,"data":{"plan":null,"steps":["Completed","InProgress",null,"#
        ),
        "written back at the current version"
    );

    let decoded = decode::<Workspace>(v2).expect("v2 loads");
    assert_eq!(decoded.migrated_from, Some(2));
    assert_eq!(decoded.doc, ws);
    // Since the merge across tabs, the envelope also lists the writes it descends from; the
    // data is the same format 2.
    let with_lineage = include_str!("fixtures/workspace/v2-lineage.json");
    let decoded = decode::<Workspace>(with_lineage).expect("v2 with a lineage loads");
    assert_eq!(decoded.doc, ws);
    assert_eq!(decoded.lineage, ["mix0c1-2f7k", "mi4k2p-1x9z"]);

    // Version 3: a plan per option, each with its own steps' statuses.
    let decoded = decode::<Workspace>(v3).expect("v3 loads");
    assert_eq!(decoded.migrated_from, Some(3));
    let following = decoded.doc;
    assert_eq!(following.plan(), Leadership::FullTime);
    assert_eq!(following.steps.0[7], Some(Status::Completed));
    assert_eq!(following.steps.0[8], Some(Status::InProgress));
    assert_eq!(following.notes, ws.notes);

    // Version 4: statuses from the records unless set by hand, the terms' checklist, spend,
    // onboarding milestones and the founder's own interview questions.
    let decoded = decode::<Workspace>(v4).expect("v4 loads");
    assert_eq!(decoded.migrated_from, None);
    let current = decoded.doc;
    assert_eq!(current.steps, following.steps);
    // A full-time CTO's path: profile ticked, search in progress by hand; the records
    // complete the offer (scope and fee), the first 90 days (a KPI) and the review (a
    // check-in).
    assert_eq!(current.completed(Leadership::FullTime, facts), 4);
    assert_eq!(current.terms.checklist.ip.state, Agreement::Agreed);
    assert_eq!(current.terms.standing(Clause::Nda), Standing::NotNeeded);
    assert_eq!(current.terms.standing(Clause::Cadence), Standing::Noted);
    assert_eq!(current.spend[0].amount, Some(Cents(850_000)));
    assert_eq!(current.onboarding.len(), 2);
    assert_eq!(current.questions[0].criterion, "security");
    assert_eq!(encode(&current), v4.trim(), "written back unchanged");
    // Bumping the version means adding a migration and a fixture of the old format here.
    assert_eq!(current_version::<Workspace>(), 4);
}

#[test]
fn a_workspace_v1_with_amounts_no_version_2_can_hold_is_unreadable_with_a_reason() {
    use cto_compass::domain::workspace::Workspace;
    let v1 = include_str!("fixtures/workspace/v1.json");
    for (from, to) in [
        ("\"rate\":8500.0", "\"rate\":-1.0"),
        ("\"rate\":8500.0", "\"rate\":100000000.01"),
        ("\"target\":99.5", "\"target\":1e13"),
        ("\"target\":99.5", "\"target\":\"high\""),
    ] {
        assert!(v1.contains(from), "{from}");
        let raw = v1.replacen(from, to, 1);
        let error = decode::<Workspace>(&raw).unwrap_err();
        assert!(
            matches!(error, Unreadable::WrongShape(_) | Unreadable::Invalid(_)),
            "{to}: {error:?}"
        );
        assert!(!error.to_string().is_empty());
    }
}

#[test]
fn an_export_file_from_before_whole_cents_still_imports_with_its_amounts() {
    use cto_compass::domain::transfer::{Bundle, plan, read_import};
    use cto_compass::domain::units::{Cents, Millionths};
    use cto_compass::domain::workspace::candidates::rate_text;
    let file = include_str!("fixtures/export/format-1-workspace-v1.json");
    let incoming = read_import(file).expect("the old export reads");
    let result = plan(&Bundle::default(), &incoming)
        .expect("and imports")
        .result;
    let ws = &result.workspace;
    let rates: Vec<Option<Cents>> = ws.candidates.iter().map(|c| c.rate).collect();
    // 187.4567 was shown as 187.46: it is kept to that cent.
    assert_eq!(rates, [Some(Cents(850_000)), Some(Cents(18_746)), None]);
    assert_eq!(rate_text("£", rates[1], None), "£187.46");
    assert_eq!(ws.terms.rate, Some(Cents(850_000)));
    let targets: Vec<Millionths> = ws.kpis.iter().map(|k| k.target).collect();
    assert_eq!(targets, [Millionths(99_950_000), Millionths(2_500_000)]);
    let values: Vec<Millionths> = ws.check_ins[0].readings.iter().map(|r| r.value).collect();
    assert_eq!(values, [Millionths(99_912_346), Millionths(-250_000)]);
    assert_eq!(
        ws.kpis[0].with_unit(ws.check_ins[0].reading(&ws.kpis[0].id).unwrap()),
        "99.91%"
    );
    assert_eq!(result.preferences.currency, Some(Currency::Gbp));
    assert_eq!(result.scenarios.saved.len(), 1);
    assert_eq!(
        result.working.figures,
        "v=1&fr=hourly&horizon=36&fr-rate=300"
    );
    assert_eq!(result.progress.currency, Some(Currency::Eur));
}
