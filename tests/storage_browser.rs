//! The storage layer against the real localStorage of headless Chromium
//! (wasm-bindgen-test; run by `make test-wasm`).
#![cfg(target_arch = "wasm32")]

#[path = "support/sample_document.rs"]
mod sample_document;

use cto_compass::domain::document::{
    KEY_PREFIX, KeptAsideKey, Unreadable, current_version, encode, storage_key,
};
use cto_compass::domain::preferences::{Currency, Preferences};
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
    };
    store.save(&prefs).unwrap();
    assert_eq!(
        raw()
            .get_item("cto-compass/preferences")
            .unwrap()
            .as_deref(),
        Some(r#"{"version":1,"data":{"currency":"GBP"}}"#)
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
fn a_document_from_a_newer_version_is_kept_aside_not_overwritten() {
    reset();
    let newer = r#"{"version":9,"data":{"currency":"EUR","theme":"dark"}}"#;
    raw()
        .set_item(&storage_key::<Preferences>(), newer)
        .unwrap();
    let Loaded::KeptAside { kept, reason } = store().load::<Preferences>() else {
        panic!("expected the text to be kept aside");
    };
    assert_eq!(
        reason,
        Unreadable::FromNewerVersion {
            found: 9,
            supported: 1
        }
    );
    assert_eq!(
        raw().get_item(&kept.to_key()).unwrap().as_deref(),
        Some(newer)
    );
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
        assert!(
            matches!(&notices[..], [Notice::NotSaving { reason }] if reason.contains("full")),
            "{notices:?}"
        );
        assert_eq!(raw().get_item(&storage_key::<Preferences>()).unwrap(), None);

        empty_filler();
        prefs.update(|p| p.currency = Some(Currency::Eur));
        assert!(
            storage.notices().is_empty(),
            "a successful save takes the notice down"
        );
        assert_eq!(
            raw()
                .get_item(&storage_key::<Preferences>())
                .unwrap()
                .as_deref(),
            Some(r#"{"version":1,"data":{"currency":"EUR"}}"#)
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
            raw()
                .get_item(&storage_key::<Preferences>())
                .unwrap()
                .as_deref(),
            Some(r#"{"version":1,"data":{"currency":"EUR"}}"#)
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
    })
    .unwrap();
    assert_eq!(
        raw()
            .get_item("cto-compass@acme/preferences")
            .unwrap()
            .as_deref(),
        Some(r#"{"version":1,"data":{"currency":"EUR"}}"#)
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
