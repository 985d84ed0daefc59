//! The storage layer against the real localStorage of headless Chromium
//! (wasm-bindgen-test; run by `make test-wasm`).
#![cfg(target_arch = "wasm32")]

#[path = "support/sample_document.rs"]
mod sample_document;

use cto_compass::domain::calculator::scenarios::{Scenario, Scenarios};
use cto_compass::domain::document::{
    KEY_PREFIX, KeptAsideKey, Unreadable, current_version, encode, storage_key,
};
use cto_compass::domain::preferences::{Currency, Preferences};
use cto_compass::domain::workspace::Workspace;
use cto_compass::domain::workspace::notes::Note;
use cto_compass::storage::{AppStorage, Loaded, LocalStore, Notice, Persisted, WriteError};
use leptos::prelude::*;
use sample_document::{FIXTURES, SampleNotes, expected};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Short, so the filler can use up the very last bytes.
const FILLER_PREFIX: &str = "~";

fn raw() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Empties localStorage: each test starts from a fresh browser's state.
fn reset() {
    raw().clear().unwrap();
}

/// Fills localStorage to the last byte, the way a full disk or a greedy host page would.
fn fill_storage() {
    let storage = raw();
    let mut chunk = 1 << 20;
    let mut n = 0;
    while chunk > 0 {
        let value = "x".repeat(chunk);
        if storage
            .set_item(&format!("{FILLER_PREFIX}{n}"), &value)
            .is_ok()
        {
            n += 1;
        } else {
            chunk /= 2;
        }
    }
    assert!(
        storage.set_item("cto-compass/x", "").is_err(),
        "storage should be full"
    );
}

fn empty_filler() {
    let storage = raw();
    let keys: Vec<String> = (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|k| k.starts_with(FILLER_PREFIX))
        .collect();
    for key in keys {
        storage.remove_item(&key).unwrap();
    }
}

/// The document stored under `D`'s key now, as the app reads it.
fn stored<D: cto_compass::domain::document::Document>() -> Option<D> {
    let raw = raw().get_item(&storage_key::<D>()).unwrap()?;
    Some(
        cto_compass::domain::document::decode::<D>(&raw)
            .unwrap()
            .doc,
    )
}

fn store() -> LocalStore {
    LocalStore::open().expect("localStorage is reachable in a normal page")
}

#[wasm_bindgen_test]
fn a_document_round_trips_under_the_app_prefix() {
    reset();
    let store = store();
    assert_eq!(store.load::<Preferences>(), Loaded::Empty);
    let prefs = Preferences {
        currency: Some(Currency::Gbp),
        ..Preferences::default()
    };
    store.save(&prefs).unwrap();
    assert_eq!(
        raw()
            .get_item("cto-compass/preferences")
            .unwrap()
            .as_deref(),
        Some(r#"{"version":2,"data":{"currency":"GBP"}}"#)
    );
    match store.load::<Preferences>() {
        Loaded::Found(decoded) => assert_eq!(decoded.doc, prefs),
        other => panic!("{other:?}"),
    }
}

#[wasm_bindgen_test]
fn a_corrupted_document_is_moved_aside_with_its_raw_text_intact() {
    reset();
    let corrupted = "{\"version\":1,\"data\":{\"currency\":\"EU";
    raw()
        .set_item(&storage_key::<Preferences>(), corrupted)
        .unwrap();
    let store = store();
    let Loaded::KeptAside { kept, reason } = store.load::<Preferences>() else {
        panic!("expected the text to be kept aside");
    };
    assert!(matches!(reason, Unreadable::NotJson(_)), "{reason:?}");
    assert_eq!(kept.document, "preferences");
    assert_eq!(
        raw().get_item(&kept.to_key()).unwrap().as_deref(),
        Some(corrupted)
    );
    assert_eq!(raw().get_item(&storage_key::<Preferences>()).unwrap(), None);
    let listed = store.kept_aside();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].key, kept);
    assert_eq!(listed[0].chars, corrupted.chars().count());
    // The app starts afresh on the freed key.
    assert_eq!(store.load::<Preferences>(), Loaded::Empty);
}

#[wasm_bindgen_test]
fn two_corruptions_in_the_same_moment_keep_both_copies() {
    reset();
    let store = store();
    let first = store.keep_aside("preferences", "one").unwrap();
    let second = store.keep_aside("preferences", "two").unwrap();
    assert_ne!(first, second);
    assert_eq!(store.read(&first.to_key()).as_deref(), Some("one"));
    assert_eq!(store.read(&second.to_key()).as_deref(), Some("two"));
    assert_eq!(store.kept_aside().len(), 2);
}

#[wasm_bindgen_test]
fn a_document_from_a_newer_version_is_left_in_place_not_kept_aside() {
    reset();
    let newer = r#"{"version":9,"data":{"currency":"EUR","theme":"dark"}}"#;
    raw()
        .set_item(&storage_key::<Preferences>(), newer)
        .unwrap();
    assert_eq!(store().load::<Preferences>(), Loaded::Newer { found: 9 });
    assert_eq!(
        raw()
            .get_item(&storage_key::<Preferences>())
            .unwrap()
            .as_deref(),
        Some(newer)
    );
    assert!(store().kept_aside().is_empty());
}

#[wasm_bindgen_test]
fn the_same_unreadable_text_is_kept_aside_once() {
    reset();
    let store = store();
    let first = store.keep_aside("preferences", "{oops").unwrap();
    let again = store.keep_aside("preferences", "{oops").unwrap();
    assert_eq!(first, again);
    assert_eq!(store.kept_aside().len(), 1);
}

#[wasm_bindgen_test]
fn old_versions_are_migrated_on_read_and_written_back_at_the_current_version() {
    for (version, fixture) in FIXTURES {
        reset();
        raw()
            .set_item(&storage_key::<SampleNotes>(), fixture)
            .unwrap();
        let store = store();
        let Loaded::Found(decoded) = store.load::<SampleNotes>() else {
            panic!("v{version} did not load");
        };
        assert_eq!(decoded.doc, expected(), "v{version}");
        // Reading changes nothing on disk: an older tab may still be using that format.
        assert_eq!(
            raw()
                .get_item(&storage_key::<SampleNotes>())
                .unwrap()
                .as_deref(),
            Some(fixture)
        );
        store.save(&decoded.doc).unwrap();
        let stored = raw()
            .get_item(&storage_key::<SampleNotes>())
            .unwrap()
            .unwrap();
        assert_eq!(stored, encode(&expected()));
        assert!(stored.starts_with(&format!(
            "{{\"version\":{}",
            current_version::<SampleNotes>()
        )));
    }
}

#[wasm_bindgen_test]
fn a_full_storage_refuses_writes_as_full_and_keeps_what_was_there() {
    reset();
    let store = store();
    let before = Preferences {
        currency: Some(Currency::Usd),
        ..Preferences::default()
    };
    store.save(&before).unwrap();
    fill_storage();
    let new_document = store.save(&expected());
    empty_filler();
    assert_eq!(new_document, Err(WriteError::Full));
    match store.load::<Preferences>() {
        Loaded::Found(decoded) => assert_eq!(decoded.doc, before),
        other => panic!("{other:?}"),
    }
}

#[wasm_bindgen_test]
fn unreadable_text_that_cannot_be_copied_aside_is_left_in_place() {
    reset();
    let corrupted = "not json at all";
    raw()
        .set_item(&storage_key::<Preferences>(), corrupted)
        .unwrap();
    fill_storage();
    let loaded = store().load::<Preferences>();
    empty_filler();
    assert!(
        matches!(
            loaded,
            Loaded::LeftInPlace {
                error: WriteError::Full,
                ..
            }
        ),
        "{loaded:?}"
    );
    assert_eq!(
        raw()
            .get_item(&storage_key::<Preferences>())
            .unwrap()
            .as_deref(),
        Some(corrupted)
    );
}

/// Runs `test` inside a reactive owner, as the app's components do.
fn with_owner(test: impl FnOnce()) {
    let owner = Owner::new();
    owner.with(test);
    // Disposes of what the test opened: no retry timer outlives it into the next test.
    owner.cleanup();
}

#[wasm_bindgen_test]
fn when_storage_is_full_changes_stay_in_memory_and_a_notice_says_they_are_not_kept() {
    reset();
    with_owner(|| {
        let storage = AppStorage::connect();
        let prefs = Persisted::<Preferences>::open(storage);
        assert!(storage.notices().is_empty());

        fill_storage();
        prefs.update(|p| p.currency = Some(Currency::Gbp));
        assert_eq!(
            prefs.get().currency,
            Some(Currency::Gbp),
            "the change holds in the page"
        );
        let notices = storage.notices();
        assert!(matches!(&notices[..], [Notice::NotSaving]), "{notices:?}");
        let unsaved = storage.unsaved();
        assert!(
            matches!(&unsaved[..], [u] if u.what == "your settings" && u.reason.contains("full")),
            "{unsaved:?}"
        );
        assert_eq!(raw().get_item(&storage_key::<Preferences>()).unwrap(), None);

        empty_filler();
        prefs.update(|p| p.currency = Some(Currency::Eur));
        assert!(
            storage.notices().is_empty(),
            "a successful save takes the notice down"
        );
        assert_eq!(
            stored::<Preferences>().unwrap().currency,
            Some(Currency::Eur)
        );
    });
}

#[wasm_bindgen_test]
fn a_corrupted_document_at_start_raises_a_notice_naming_the_kept_copy() {
    reset();
    raw()
        .set_item(&storage_key::<Preferences>(), "{oops")
        .unwrap();
    with_owner(|| {
        let storage = AppStorage::connect();
        let prefs = Persisted::<Preferences>::open(storage);
        assert_eq!(prefs.get(), Preferences::default());
        let notices = storage.notices();
        let [Notice::KeptAside { what, kept, .. }] = &notices[..] else {
            panic!("{notices:?}");
        };
        assert_eq!(*what, "your settings");
        assert_eq!(storage.read(&kept.to_key()).as_deref(), Some("{oops"));
        assert_eq!(storage.kept_aside().len(), 1);
    });
}

#[wasm_bindgen_test]
fn unreadable_text_left_in_place_is_never_overwritten_and_is_moved_once_there_is_room() {
    reset();
    raw()
        .set_item(&storage_key::<Preferences>(), "{oops")
        .unwrap();
    fill_storage();
    with_owner(|| {
        let storage = AppStorage::connect();
        let prefs = Persisted::<Preferences>::open(storage);
        assert!(matches!(
            &storage.notices()[..],
            [Notice::LeftInPlace { .. }]
        ));

        prefs.update(|p| p.currency = Some(Currency::Gbp));
        assert_eq!(
            raw()
                .get_item(&storage_key::<Preferences>())
                .unwrap()
                .as_deref(),
            Some("{oops")
        );

        empty_filler();
        prefs.update(|p| p.currency = Some(Currency::Eur));
        let notices = storage.notices();
        let [Notice::KeptAside { kept, .. }] = &notices[..] else {
            panic!("{notices:?}");
        };
        assert_eq!(storage.read(&kept.to_key()).as_deref(), Some("{oops"));
        assert_eq!(
            stored::<Preferences>().unwrap().currency,
            Some(Currency::Eur)
        );
    });
}

fn dispatch_storage_event(key: Option<&str>, new_value: Option<&str>) {
    let init = web_sys::StorageEventInit::new();
    init.set_key(key);
    init.set_new_value(new_value);
    init.set_storage_area(Some(&raw()));
    let event = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
    web_sys::window()
        .unwrap()
        .dispatch_event(event.unchecked_ref())
        .unwrap();
}

#[wasm_bindgen_test]
fn a_change_from_another_tab_shows_up_and_a_clear_returns_to_defaults() {
    reset();
    with_owner(|| {
        let storage = AppStorage::connect();
        let prefs = Persisted::<Preferences>::open(storage);
        // What another tab's write looks like from here: the value changes, then the event.
        let key = storage_key::<Preferences>();
        let text = encode(&Preferences {
            currency: Some(Currency::Gbp),
            ..Preferences::default()
        });
        raw().set_item(&key, &text).unwrap();
        dispatch_storage_event(Some(&key), Some(&text));
        assert_eq!(prefs.get().currency, Some(Currency::Gbp));

        // Keys that are not ours (the host page's) are ignored.
        raw().set_item("theme", "dark").unwrap();
        dispatch_storage_event(Some("theme"), Some("dark"));
        assert_eq!(prefs.get().currency, Some(Currency::Gbp));

        raw().clear().unwrap();
        dispatch_storage_event(None, None);
        assert_eq!(prefs.get(), Preferences::default());
    });
}

#[wasm_bindgen_test]
fn deleting_everything_removes_only_the_apps_keys_and_resets_open_documents() {
    reset();
    raw().set_item("host-page-key", "keep me").unwrap();
    with_owner(|| {
        let storage = AppStorage::connect();
        let prefs = Persisted::<Preferences>::open(storage);
        prefs.update(|p| p.currency = Some(Currency::Eur));
        store().keep_aside("preferences", "old").unwrap();
        assert_eq!(storage.remove_everything(), 2);
        assert_eq!(prefs.get(), Preferences::default());
        assert!(store().keys().is_empty());
        assert_eq!(
            raw().get_item("host-page-key").unwrap().as_deref(),
            Some("keep me")
        );
        assert!(KEY_PREFIX.starts_with("cto-compass"));
        let _ = KeptAsideKey::parse("unused");
    });
}

#[wasm_bindgen_test]
fn a_change_that_breaks_the_rules_is_refused_and_nothing_is_stored() {
    reset();
    with_owner(|| {
        let storage = AppStorage::connect();
        let notes = Persisted::<SampleNotes>::open(storage);
        notes.update(|n| *n = expected());
        let stored = raw().get_item(&storage_key::<SampleNotes>()).unwrap();

        let refused = notes.try_update(|n| n.notes[0].body.clear());
        assert_eq!(refused, Err("a note is empty".to_owned()));
        assert_eq!(
            notes.get(),
            expected(),
            "the page keeps the last good document"
        );
        assert_eq!(
            raw().get_item(&storage_key::<SampleNotes>()).unwrap(),
            stored,
            "storage never holds a document the next load would refuse"
        );
    });
}

#[wasm_bindgen_test]
fn a_namespace_keeps_its_own_data_apart() {
    reset();
    let acme = LocalStore::open_in(Some("acme")).unwrap();
    let plain = LocalStore::open().unwrap();
    acme.save(&Preferences {
        currency: Some(Currency::Eur),
        ..Preferences::default()
    })
    .unwrap();
    assert_eq!(
        raw()
            .get_item("cto-compass@acme/preferences")
            .unwrap()
            .as_deref(),
        Some(r#"{"version":2,"data":{"currency":"EUR"}}"#)
    );
    assert!(matches!(plain.load::<Preferences>(), Loaded::Empty));
    assert_eq!(acme.keys(), ["cto-compass/preferences"]);
    assert!(
        plain.keys().is_empty(),
        "the full app does not see the embed's keys"
    );
    assert_eq!(acme.prefix(), "cto-compass@acme/");
    assert_eq!(acme.remove_everything(), 1);
    assert_eq!(raw().length().unwrap(), 0);
}

/// Waits, letting the page's timers run (a retry, say).
async fn sleep(millis: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, millis)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn a_note(id: &str, body: &str) -> Note {
    Note {
        body: body.to_owned(),
        ..Note::new(id.to_owned(), chrono::DateTime::UNIX_EPOCH)
    }
}

#[wasm_bindgen_test]
async fn a_failed_save_stays_named_until_it_is_written_though_another_document_saves() {
    reset();
    let owner = Owner::new();
    let (storage, workspace, scenarios) = owner.with(|| {
        let storage = AppStorage::connect();
        let workspace = Persisted::<Workspace>::open(storage);
        workspace.update(|w| w.notes.push(a_note("n1", &"long text ".repeat(50))));
        (storage, workspace, Persisted::<Scenarios>::open(storage))
    });
    fill_storage();
    owner.with(|| {
        scenarios.update(|s| {
            s.saved.push(Scenario {
                name: "Board plan".into(),
                figures: "h=10".into(),
            })
        });
        // A note a little shorter fits where the scenario does not (each write's lineage
        // takes a few more characters).
        workspace.update(|w| w.notes[0].body = "short ".repeat(77));
    });
    assert_eq!(
        stored::<Workspace>().unwrap().notes[0].body,
        "short ".repeat(77)
    );
    let unsaved = storage.unsaved();
    assert!(
        matches!(&unsaved[..], [u] if u.what == "your saved cost scenarios"),
        "the notice still names the scenarios: {unsaved:?}"
    );
    assert!(storage.notices().contains(&Notice::NotSaving));
    assert!(!scenarios.is_saved() && workspace.is_saved());
    let file = storage.unsaved_file();
    assert!(
        file.contains("Board plan") && !file.contains("short "),
        "{file}"
    );

    empty_filler();
    // Nothing else is written: the retry on a timer writes the scenarios.
    sleep(3_500).await;
    assert!(storage.unsaved().is_empty());
    assert!(!storage.notices().contains(&Notice::NotSaving));
    owner.with(|| {
        // As after a reload: both are there.
        let again = AppStorage::connect();
        assert_eq!(Persisted::<Scenarios>::open(again).get().saved.len(), 1);
        assert_eq!(
            Persisted::<Workspace>::open(again).get().notes[0].body,
            "short ".repeat(77)
        );
    });
    owner.cleanup();
}

#[wasm_bindgen_test]
fn a_document_from_a_newer_version_is_never_written_and_a_notice_asks_for_a_reload() {
    reset();
    let newer = r#"{"version":99,"data":{"notes":"in a shape this version cannot read"}}"#;
    raw().set_item(&storage_key::<Workspace>(), newer).unwrap();
    with_owner(|| {
        let storage = AppStorage::connect();
        let workspace = Persisted::<Workspace>::open(storage);
        assert_eq!(storage.notices(), [Notice::Updated]);
        workspace.update(|w| w.notes.push(a_note("n1", "typed after the update")));
        assert_eq!(
            raw()
                .get_item(&storage_key::<Workspace>())
                .unwrap()
                .as_deref(),
            Some(newer),
            "left in place"
        );
        assert!(store().kept_aside().is_empty(), "nothing moved aside");
        assert!(!workspace.is_saved());
        assert_eq!(storage.notices(), [Notice::Updated], "no second notice");
        assert!(storage.unsaved_file().contains("typed after the update"));
    });
}

#[wasm_bindgen_test]
fn deleting_everything_covers_every_namespace_and_kept_aside_copies() {
    reset();
    raw().set_item("host-page-key", "keep me").unwrap();
    for key in [
        "cto-compass/workspace",
        "cto-compass@alpha/workspace",
        "cto-compass@beta/preferences",
    ] {
        raw().set_item(key, "{}").unwrap();
    }
    with_owner(|| {
        let storage = AppStorage::connect_with(Some("alpha"), true);
        store().keep_aside("workspace", "old").unwrap();
        assert_eq!(storage.remove_everything(), 4);
    });
    assert_eq!(raw().length().unwrap(), 1);
    assert_eq!(
        raw().get_item("host-page-key").unwrap().as_deref(),
        Some("keep me")
    );
}

#[wasm_bindgen_test]
fn two_pages_adding_notes_at_once_both_keep_theirs() {
    reset();
    let (first, second) = (Owner::new(), Owner::new());
    let one = first.with(|| Persisted::<Workspace>::open(AppStorage::connect()));
    let two = second.with(|| Persisted::<Workspace>::open(AppStorage::connect()));
    // The second has not heard of the first's write when it makes its own.
    first.with(|| one.update(|w| w.notes.push(a_note("a1", "from the first"))));
    second.with(|| two.update(|w| w.notes.push(a_note("b1", "from the second"))));
    let ids = |w: &Workspace| w.notes.iter().map(|n| n.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&stored::<Workspace>().unwrap()), ["a1", "b1"]);
    // The same note changed on both sides: both versions are kept, and the page is told.
    second.with(|| two.update(|w| w.notes[0].body = "second's words".into()));
    first.with(|| one.update(|w| w.notes[0].body = "first's words".into()));
    let stored = stored::<Workspace>().unwrap();
    let bodies: Vec<&str> = stored.notes.iter().map(|n| n.body.as_str()).collect();
    assert!(
        bodies.contains(&"first's words") && bodies.contains(&"second's words"),
        "{bodies:?}"
    );
    assert!(first.with(|| one.get()) == stored);
    first.cleanup();
    second.cleanup();
}
