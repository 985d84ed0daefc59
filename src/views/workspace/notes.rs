//! Notes: a searchable list, newest change first, and an editor that saves a moment after
//! each pause in typing. A deleted note can be brought back with "Undo".

use leptos::prelude::*;

use super::{BackToWorkspace, Missing, legacy_problem, workspace};
use crate::domain::route::Route;
use crate::domain::workspace::notes::{
    MAX_BODY, MAX_NOTES, MAX_TITLE, Note, parse_tags, parse_tags_leniently, search,
};
use crate::storage::AppStorage;
use crate::ui::clock::{fresh_id, local_moment, now};
use crate::ui::delete_everything::DeletedNote;
use crate::ui::fields::{FormErrors, TextArea, TextField};
use crate::ui::forms::{focus_soon, go};
use crate::ui::page::PageHeading;

#[component]
pub fn NotesPage() -> impl IntoView {
    let workspace = workspace();
    let query = RwSignal::new(String::new());
    let refused = RwSignal::new(None::<String>);
    let new_note = move |_| {
        if workspace.with_untracked(|w| w.notes.len()) >= MAX_NOTES {
            refused.set(Some(format!(
                "You have {MAX_NOTES} notes, the most the workspace keeps: delete one to write another."
            )));
            return;
        }
        let note = Note::new(fresh_id(), now());
        let route = Route::Note(note.id.clone());
        match workspace.try_update(|w| w.notes.push(note)) {
            Ok(()) => go(&route),
            Err(reason) => refused.set(Some(format!("The note could not be added: {reason}."))),
        }
    };
    // Searched once per change, for both the count and the list.
    let results = Memo::new(move |_| {
        workspace.with(|w| {
            query.with(|q| {
                let found: Vec<Note> = search(&w.notes, q).into_iter().cloned().collect();
                (found, w.notes.len())
            })
        })
    });
    let count = move || {
        let (found, total) = results.get();
        let q = query.get();
        if q.trim().is_empty() {
            match total {
                0 => String::new(),
                1 => "1 note".to_owned(),
                n => format!("{n} notes"),
            }
        } else {
            format!("{} of {total} notes match “{}”", found.len(), q.trim())
        }
    };
    view! {
        <div class="notes">
            <BackToWorkspace />
            <PageHeading title=Route::Notes.title() />
            <p class="lede">"What you learn along the way: needs, interviews, calls, decisions."</p>
            <UndoDelete />
            <p>
                <button type="button" class="button" on:click=new_note>"New note"</button>
            </p>
            <div role="alert">
                {move || refused.get().map(|message| view! { <p class="error-message">{message}</p> })}
            </div>
            <div class="form-group search-notes" role="search">
                <label class="label" for="note-search">"Search notes"</label>
                <p class="hint" id="note-search-hint">"Finds notes with every word you type, in the title, text or tags."</p>
                <input
                    class="input input--wide"
                    id="note-search"
                    type="search"
                    autocomplete="off"
                    aria-describedby="note-search-hint"
                    prop:value=move || query.get()
                    on:input=move |ev| query.set(event_target_value(&ev))
                />
            </div>
            <p class="status" role="status" id="note-count">{count}</p>
            {move || {
                let (found, total) = results.get();
                if total == 0 {
                    return view! { <p class="quiet">"No notes yet. Start with what you need from a CTO."</p> }.into_any();
                }
                view! {
                    <ul class="note-list">
                        {found.into_iter().map(|note| view! { <NoteSummary note /> }).collect_view()}
                    </ul>
                }
                    .into_any()
            }}
        </div>
    }
}

#[component]
fn NoteSummary(note: Note) -> impl IntoView {
    let excerpt = note.excerpt();
    view! {
        <li class="note-list__item">
            <h2 class="note-list__title">
                <a href=Route::Note(note.id.clone()).href()>{note.display_title().to_owned()}</a>
            </h2>
            {(!excerpt.is_empty()).then(|| view! { <p class="note-list__excerpt">{excerpt}</p> })}
            <p class="note-list__meta">
                {(!note.tags.is_empty())
                    .then(|| {
                        view! {
                            <span class="visually-hidden">"Tags: "</span>
                            {note.tags.iter().map(|t| view! { <span class="note-tag">{t.clone()}</span> }).collect_view()}
                        }
                    })}
                <span class="quiet">{format!("Changed {}", local_moment(note.updated))}</span>
            </p>
        </li>
    }
}

/// "Note deleted", with Undo, after a note was deleted.
#[component]
fn UndoDelete() -> impl IntoView {
    let workspace = workspace();
    let deleted = expect_context::<DeletedNote>().0;
    let restored = RwSignal::new(None::<String>);
    let undo = move |_| {
        if let Some((index, note)) = deleted.get_untracked() {
            let title = note.display_title().to_owned();
            let id = note.id.clone();
            let outcome = workspace.try_update(|w| w.restore_note(index, note));
            deleted.set(None);
            restored.set(Some(match outcome {
                Ok(()) if workspace.with_untracked(|w| w.note(&id).is_some()) => {
                    format!("“{title}” is back.")
                }
                Ok(()) => format!("“{title}” could not be brought back."),
                Err(reason) => format!("“{title}” could not be brought back: {reason}."),
            }));
            focus_soon("note-search");
        }
    };
    view! {
        <div role="status" class="undo-region">
            {move || {
                deleted
                    .get()
                    .map(|(_, note)| {
                        view! {
                            <div class="confirmation undo">
                                <span>{format!("Deleted “{}”.", note.display_title())}</span>
                                <button type="button" class="button button--secondary button--small" id="undo-delete" on:click=undo>
                                    "Undo"
                                    <span class="visually-hidden">" deleting the note"</span>
                                </button>
                            </div>
                        }
                    })
            }}
            {move || restored.get().map(|message| view! { <p class="confirmation">{message}</p> })}
        </div>
    }
}

/// How far saving has got, as the status line says it.
#[derive(Clone, PartialEq)]
enum SaveState {
    Saved,
    Pending,
    /// The change was refused (a limit of the workspace), with the reason.
    Refused(String),
}

#[component]
pub fn NotePage(id: String) -> impl IntoView {
    let workspace = workspace();
    let storage = expect_context::<AppStorage>();
    let Some(note) = workspace.with_untracked(|w| w.note(&id).cloned()) else {
        return view! { <Missing what="note" back=Route::Notes /> }.into_any();
    };
    let errors = FormErrors::new(&Route::Note(id.clone()));
    let title = RwSignal::new(note.title.clone());
    let body = RwSignal::new(note.body.clone());
    let tags = RwSignal::new(note.tags.join(", "));
    let state = RwSignal::new(SaveState::Saved);
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let gone = StoredValue::new(false);
    // What this page last read or wrote: only what is typed differently from it is written,
    // so another tab's changes to the other fields of this note are not overwritten.
    let baseline = StoredValue::new((note.title.clone(), note.body.clone(), note.tags.clone()));
    let created = note.created;
    let note_id = StoredValue::new(id.clone());

    // Writes what is typed now into the note. Tags that break a limit are left as they were
    // (their error shows beside them), unless the visitor is leaving: then they are cut to fit.
    let write = move |leaving: bool| {
        if gone.get_value() {
            return;
        }
        let typed_tags = tags.get_untracked();
        let tag_list = match parse_tags(&typed_tags) {
            Ok(list) => {
                errors.show_quietly(Vec::new());
                Some(list)
            }
            Err(_) if leaving => Some(parse_tags_leniently(&typed_tags)),
            Err(message) => {
                errors.show_quietly(vec![legacy_problem(message, "note-tags".to_owned())]);
                None
            }
        };
        let (t, b) = (title.get_untracked(), body.get_untracked());
        let (old_t, old_b, old_tags) = baseline.get_value();
        let outcome = workspace.try_update(|w| {
            let id = note_id.get_value();
            let Some(n) = w.note_mut(&id) else {
                // Deleted elsewhere (another tab) while being written here: keep what is typed.
                let mut n = Note::new(id, created);
                n.title = t.clone();
                n.body = b.clone();
                n.tags = tag_list.clone().unwrap_or_else(|| old_tags.clone());
                n.updated = now().max(created);
                w.notes.push(n);
                return;
            };
            let mut changed = false;
            if t != old_t {
                n.title = t.clone();
                changed = true;
            }
            if b != old_b {
                n.body = b.clone();
                changed = true;
            }
            if let Some(list) = &tag_list
                && *list != old_tags
            {
                n.tags = list.clone();
                changed = true;
            }
            if changed {
                n.updated = now().max(n.created);
            }
        });
        match outcome {
            Ok(()) => {
                baseline.set_value((t, b, tag_list.unwrap_or(old_tags)));
                state.set(SaveState::Saved);
            }
            Err(reason) => state.set(SaveState::Refused(reason)),
        }
    };
    let flush = move || {
        if let Some(Some(handle)) = pending.try_get_value() {
            handle.clear();
            pending.set_value(None);
            write(true);
        }
    };
    // One write a moment after typing pauses, rather than one per keystroke.
    Effect::new(move |first: Option<()>| {
        title.track();
        body.track();
        tags.track();
        if first.is_none() {
            return;
        }
        state.set(SaveState::Pending);
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(
            move || {
                pending.set_value(None);
                write(false);
            },
            std::time::Duration::from_millis(500),
        )
        .ok();
        pending.set_value(handle);
    });
    // Closing the tab, reloading or switching away does not wait for the pause.
    let hide = window_event_listener(leptos::ev::pagehide, move |_| flush());
    let switch = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            flush();
        }
    });
    // Leaving the page keeps the last words too; a note left blank is not kept.
    let leaving_id = id.clone();
    on_cleanup(move || {
        hide.remove();
        switch.remove();
        flush();
        if gone.try_get_value() == Some(false) {
            workspace.update(|w| {
                if w.note(&leaving_id).is_some_and(Note::is_blank) {
                    w.remove_note(&leaving_id);
                }
            });
        }
    });

    let deleted = expect_context::<DeletedNote>().0;
    let delete_id = id.clone();
    let delete = move |_| {
        if let Some(handle) = pending.get_value() {
            handle.clear();
            pending.set_value(None);
        }
        write(true);
        gone.set_value(true);
        let mut removed = None;
        workspace.update(|w| removed = w.remove_note(&delete_id));
        // A blank note goes without ceremony: there is nothing to bring back.
        deleted.set(removed.filter(|(_, n)| !n.is_blank()));
        go(&Route::Notes);
    };

    let times = move || {
        workspace.with(|w| {
            w.note(&id).map(|n| {
                format!(
                    "Created {}. Last changed {}.",
                    local_moment(n.created),
                    local_moment(n.updated)
                )
            })
        })
    };
    let status = move || match state.get() {
        SaveState::Pending => "Saving…".to_owned(),
        SaveState::Saved if storage.is_saving() => "Saved".to_owned(),
        SaveState::Saved => "Not kept: see the message at the top of the page".to_owned(),
        SaveState::Refused(reason) => format!("Not saved: {reason}"),
    };
    let settled = move || state.with(|s| *s == SaveState::Saved) && storage.is_saving();

    view! {
        <div class="note-editor prose">
            <a class="back-link" href=Route::Notes.href()>"All notes"</a>
            <h1 class="page-heading" tabindex="-1">{Route::Note(String::new()).title()}</h1>
            <p class="quiet note-editor__times">{times}</p>
            <p class="save-state" role="status" aria-live="polite">
                <span class="save-state__text" class:save-state__text--pending=move || !settled()>
                    {status}
                </span>
                <span class="quiet">" · kept in this browser as you type"</span>
            </p>
            <TextField id="note-title" label="Title" value=title errors maxlength=MAX_TITLE />
            <TextArea id="note-body" label="Note" value=body errors rows=12 maxlength=MAX_BODY />
            <TextField
                id="note-tags"
                label="Tags (optional)"
                hint="Separate tags with commas, for example: hiring, security"
                value=tags
                errors
            />
            <div class="button-row">
                <a class="button" href=Route::Notes.href()>"Done"</a>
                <button type="button" class="button button--warning" on:click=delete>
                    "Delete note"
                </button>
            </div>
        </div>
    }
    .into_any()
}
