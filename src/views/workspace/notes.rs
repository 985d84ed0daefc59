//! Notes: a searchable list, newest change first, and an editor that saves a moment after
//! each pause in typing. A deleted note can be brought back with "Undo".

use leptos::prelude::*;

use chrono::{DateTime, Utc};

use super::autosave::{SaveState, SaveStatus};
use super::{BackToWorkspace, Missing, UndoDelete, workspace};
use crate::domain::merge::other_version;
use crate::domain::route::Route;
use crate::domain::text::isolate;
use crate::domain::workspace::Workspace;
use crate::domain::workspace::drafts::{NOTE_BODY, NOTE_TAGS, NOTE_TITLE, NoteDraft};
use crate::domain::workspace::notes::{MAX_BODY, MAX_NOTES, MAX_TITLE, Note, Typed, search};
use crate::domain::workspace::removed::Removed;
use crate::storage::Persisted;
use crate::ui::clock::{fresh_id, local_moment, now};
use crate::ui::delete_everything::Deleted;
use crate::ui::fields::{FormErrors, TextArea, TextField};
use crate::ui::forms::go;
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
            format!(
                "{} of {total} notes match “{}”",
                found.len(),
                isolate(q.trim())
            )
        }
    };
    view! {
        <div class="notes">
            <BackToWorkspace />
            <PageHeading title=Route::Notes.title() lede="What you learn along the way: needs, interviews, calls, decisions." />
            <UndoDelete focus_after="note-search" />
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

/// The note being edited: what is typed, what was last written, and how far saving has got.
#[derive(Clone, Copy)]
struct NoteEditor {
    workspace: Persisted<Workspace>,
    errors: FormErrors,
    id: StoredValue<String>,
    created: DateTime<Utc>,
    title: RwSignal<String>,
    body: RwSignal<String>,
    tags: RwSignal<String>,
    state: RwSignal<SaveState>,
    /// The write waiting for typing to pause.
    pending: StoredValue<Option<TimeoutHandle>>,
    /// Deleted from this page: nothing more is written.
    gone: StoredValue<bool>,
    /// What this page last read or wrote: only what is typed differently from it is written,
    /// so another tab's changes to the other fields of this note are not overwritten.
    baseline: StoredValue<Typed>,
    /// Another tab's version of this note, changed while this page had unsaved typing: kept
    /// as a note of its own, with its id.
    /// as a note of its own (its id), or only shown here when the workspace has no room.
    other: RwSignal<Option<(Option<String>, Typed)>>,
}

impl NoteEditor {
    fn new(note: &Note, errors: FormErrors) -> NoteEditor {
        let draft = NoteDraft::from_note(note);
        NoteEditor {
            workspace: workspace(),
            errors,
            id: StoredValue::new(note.id.clone()),
            created: note.created,
            title: RwSignal::new(draft.title),
            body: RwSignal::new(draft.body),
            tags: RwSignal::new(draft.tags),
            state: RwSignal::new(SaveState::Saved),
            pending: StoredValue::new(None),
            gone: StoredValue::new(false),
            baseline: StoredValue::new((note.title.clone(), note.body.clone(), note.tags.clone())),
            other: RwSignal::new(None),
        }
    }

    /// What is typed now, with the tags as they would be kept. Tags that are refused stand as
    /// their raw text, which no list of kept tags equals: so they never read as saved.
    fn typed(self) -> Typed {
        let draft = NoteDraft {
            title: self.title.get_untracked(),
            body: self.body.get_untracked(),
            tags: self.tags.get_untracked(),
        };
        let tags = draft
            .check_tags()
            .unwrap_or_else(|_| vec![draft.tags.clone()]);
        (draft.title, draft.body, tags)
    }

    /// Follows another tab's changes to this note at once, field by field, keeping what is
    /// typed here and not yet saved on top. When a field was changed both here and there,
    /// keeps both versions: what is typed here stays in this note, the other tab's becomes a
    /// note of its own, and the page says so.
    fn follow_other_tabs(self, id: String) {
        Effect::new(move |_| {
            let Some(stored) = self.workspace.with(|w| {
                w.note(&id)
                    .map(|n| (n.title.clone(), n.body.clone(), n.tags.clone()))
            }) else {
                return;
            };
            let baseline = self.baseline.get_value();
            let typed = self.typed();
            if stored == baseline || self.gone.get_value() {
                return;
            }
            self.baseline.set_value(stored.clone());
            // Field by field: only a field changed here and there, differently, is a conflict.
            let title_clash =
                typed.0 != baseline.0 && stored.0 != baseline.0 && typed.0 != stored.0;
            let body_clash = typed.1 != baseline.1 && stored.1 != baseline.1 && typed.1 != stored.1;
            let tags_clash = typed.2 != baseline.2 && stored.2 != baseline.2 && typed.2 != stored.2;
            // The other tab's change shows in each field not typed in here; what is typed
            // here is written on top of it.
            if typed.0 == baseline.0 {
                self.title.set(stored.0.clone());
            }
            if typed.1 == baseline.1 {
                self.body.set(stored.1.clone());
            }
            if typed.2 == baseline.2 {
                self.tags.set(stored.2.join(", "));
            }
            if !(title_clash || body_clash || tags_clash) {
                return;
            }
            let mut copy = Note::new(fresh_id(), now());
            copy.title = other_version(
                if stored.0.trim().is_empty() {
                    "Untitled note"
                } else {
                    &stored.0
                },
                MAX_TITLE,
            );
            copy.body.clone_from(&stored.1);
            copy.tags.clone_from(&stored.2);
            let copy_id = copy.id.clone();
            self.cancel_pending();
            // At the most notes the workspace keeps, the other version is only shown here.
            let kept = self.workspace.try_update(|w| w.notes.push(copy)).is_ok();
            self.other.set(Some((kept.then_some(copy_id), stored)));
            self.write(false);
        });
    }

    /// Writes what is typed now into the note. A title or tags that are refused are left as
    /// they were (the error shows beside them), unless the visitor is leaving: then they are
    /// made to fit (see `NoteDraft::to_write`).
    fn write(self, leaving: bool) {
        if self.gone.get_value() {
            return;
        }
        let draft = NoteDraft {
            title: self.title.get_untracked(),
            body: self.body.get_untracked(),
            tags: self.tags.get_untracked(),
        };
        let (title, tag_list, problems) = draft.to_write(leaving);
        // Leaving keeps the messages: the field still shows what they are about.
        if !leaving || problems.is_empty() {
            self.errors.show_quietly(problems);
        }
        let baseline = self.baseline.get_value();
        let (created, id) = (self.created, self.id.get_value());
        let typed = (title.as_deref(), draft.body.as_str(), tag_list.as_deref());
        let outcome = self.workspace.try_update(|w| {
            let Some(n) = w.note_mut(&id) else {
                // Deleted elsewhere (another tab) while being written here: keep what is typed.
                let mut n = Note::new(id, created);
                n.title = title.clone().unwrap_or_else(|| baseline.0.clone());
                n.body.clone_from(&draft.body);
                n.tags = tag_list.clone().unwrap_or_else(|| baseline.2.clone());
                n.updated = now().max(created);
                w.notes.push(n);
                return;
            };
            if n.take_typed(&baseline, typed) {
                n.updated = now().max(n.created);
            }
        });
        match outcome {
            Ok(()) => {
                let tags = tag_list.unwrap_or(baseline.2);
                let title = title.unwrap_or(baseline.0);
                self.baseline.set_value((title, draft.body, tags));
                self.state.set(SaveState::Saved);
            }
            Err(reason) => self.state.set(SaveState::Refused(reason)),
        }
    }

    /// Forgets the write waiting for a pause; returns whether there was one.
    fn cancel_pending(self) -> bool {
        match self.pending.try_get_value() {
            Some(Some(handle)) => {
                handle.clear();
                self.pending.set_value(None);
                true
            }
            _ => false,
        }
    }

    /// Writes at once what is waiting for a pause.
    /// `leaving`: the page is going, so tags that break a limit are cut to fit rather than
    /// left unsaved (not when the visitor only switched tabs).
    fn flush(self, leaving: bool) {
        if self.cancel_pending() {
            self.write(leaving);
        }
    }

    /// One write a moment after typing pauses, rather than one per keystroke; and none lost
    /// when the tab closes, reloads or goes to the background.
    fn save_as_typed(self, id: String) {
        Effect::new(move |first: Option<()>| {
            self.title.track();
            self.body.track();
            self.tags.track();
            if first.is_none() {
                return;
            }
            self.cancel_pending();
            // Shown from another tab (see `follow_other_tabs`), or typed back to what is
            // saved: nothing of this page's to write.
            if self.typed() == self.baseline.get_value() {
                self.state.set(SaveState::Saved);
                return;
            }
            self.state.set(SaveState::Pending);
            let later = move || {
                self.pending.set_value(None);
                self.write(false);
            };
            let handle = set_timeout_with_handle(later, std::time::Duration::from_millis(500));
            self.pending.set_value(handle.ok());
        });
        let hide = window_event_listener(leptos::ev::pagehide, move |_| self.flush(true));
        let switch = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().visibility_state() == web_sys::VisibilityState::Hidden {
                self.flush(false);
            }
        });
        // Leaving the page keeps the last words too; a note left blank is not kept.
        on_cleanup(move || {
            hide.remove();
            switch.remove();
            self.flush(true);
            if self.gone.try_get_value() == Some(false) {
                self.workspace.update(|w| {
                    if w.note(&id).is_some_and(Note::is_blank) {
                        w.remove_note(&id);
                    }
                });
            }
        });
    }
}

#[component]
pub fn NotePage(id: String) -> impl IntoView {
    let workspace = workspace();
    let Some(note) = workspace.with_untracked(|w| w.note(&id).cloned()) else {
        return view! { <Missing what="note" back=Route::Notes /> }.into_any();
    };
    let errors = FormErrors::new(&Route::Note(id.clone()));
    let editor = NoteEditor::new(&note, errors);
    editor.save_as_typed(id.clone());
    editor.follow_other_tabs(id.clone());

    let deleted = expect_context::<Deleted>().0;
    let delete = move |_| {
        editor.cancel_pending();
        editor.write(true);
        editor.gone.set_value(true);
        let mut removed = None;
        workspace.update(|w| removed = w.remove_note(&editor.id.get_value()));
        // A blank note goes without ceremony: there is nothing to bring back.
        deleted.set(
            removed
                .filter(|(_, n)| !n.is_blank())
                .map(|(i, n)| Removed::Note(i, n)),
        );
        go(&Route::Notes);
    };

    view! {
        <div class="note-editor prose">
            <a class="back-link" href=Route::Notes.href()>"All notes"</a>
            <PageHeading title=Route::Note(String::new()).title() />
            <NoteTimes id />
            <SaveStatus state=editor.state />
            <OtherVersion editor />
            <TextField id=NOTE_TITLE label="Title" value=editor.title errors maxlength=MAX_TITLE />
            <TextArea id=NOTE_BODY label="Note" value=editor.body errors rows=12 maxlength=MAX_BODY />
            <TextField
                id=NOTE_TAGS
                label="Tags (optional)"
                hint="Separate tags with commas, for example: hiring, security"
                value=editor.tags
                errors
            />
            <div class="button-row">
                <a class="button" href=Route::Notes.href()>"Done"</a>
                <button type="button" class="button button--warning button-row__apart" on:click=delete>
                    "Delete note"
                </button>
            </div>
        </div>
    }
    .into_any()
}

/// Another tab's version of this note, kept as a note of its own: what it says, and the
/// choice of keeping both, only this one, or only the other.
#[component]
fn OtherVersion(editor: NoteEditor) -> impl IntoView {
    let (workspace, other) = (editor.workspace, editor.other);
    let keep = move |theirs: bool| {
        if let Some((id, (title, body, tags))) = other.get_untracked() {
            if theirs {
                editor.title.set(title);
                editor.body.set(body);
                editor.tags.set(tags.join(", "));
            }
            if let Some(id) = id {
                workspace.update(|w| _ = w.remove_note(&id));
            }
        }
        other.set(None);
    };
    move || {
        other.get().map(|(id, (title, body, _))| {
            let title = if title.trim().is_empty() { "Untitled note".to_owned() } else { title };
            let kept = id.is_some();
            let where_kept = match id {
                Some(id) => view! {
                    "Both versions are kept. What you typed is here; the other tab's version is now the note "
                    <a href=Route::Note(id).href()>"“"<bdi>{other_version(&title, MAX_TITLE)}</bdi>"”"</a>
                    ":"
                }
                .into_any(),
                None => view! {
                    {format!("What you typed is here. The workspace holds {MAX_NOTES} notes, the most it keeps, so the other tab's version could not become a note of its own: copy what you need from it, or keep it instead of what you typed.")}
                }
                .into_any(),
            };
            view! {
                <section class="notice" role="alert" aria-labelledby="other-version-title">
                    <div class="notice__header">
                        <h2 class="notice__title" id="other-version-title">"Changed in another tab while you were typing"</h2>
                    </div>
                    <div class="notice__body">
                        <p>{where_kept}</p>
                        <blockquote class="other-version"><bdi>{body}</bdi></blockquote>
                        <p class="button-row">
                            {kept.then(|| view! {
                                <button type="button" class="button button--secondary" on:click=move |_| other.set(None)>
                                    "Keep both"
                                </button>
                            })}
                            <button type="button" class="button button--secondary" on:click=move |_| keep(false)>
                                "Keep only what I typed"
                            </button>
                            <button type="button" class="button button--secondary" on:click=move |_| keep(true)>
                                "Keep only the other version"
                            </button>
                        </p>
                </div>
                </section>
            }
        })
    }
}

/// When the note was written and last changed.
#[component]
fn NoteTimes(id: String) -> impl IntoView {
    let workspace = workspace();
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
    view! { <p class="quiet note-editor__times">{times}</p> }
}
