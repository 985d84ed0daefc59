//! Parts of a long page drawn just after the rest of it, while the app starts.

use std::cell::Cell;
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::domain::route::Route;

thread_local! {
    /// True while the app starts and splitting its first render is safe: only start-up is
    /// split up.
    static STARTING: Cell<bool> = const { Cell::new(false) };
    /// True from a split start until the first page's last [`InTurn`] is drawn: a part that
    /// arrives after start-up (the calculator's lower blocks) still draws in several tasks.
    static IN_TURNS: Cell<bool> = const { Cell::new(false) };
}

/// Called just before the app is mounted. The first render is split only when the page opens
/// fresh at its top, standalone:
/// - not in a host's frame, whose height follows the content: placeholders would make it jump;
/// - not on a reload or a step back, where the browser puts back the scroll position before
///   the later parts exist;
/// - not at a named section (`#/page#section`), which might be in a later part.
pub fn app_starting() {
    let hash = window().location().hash().unwrap_or_default();
    let split = !crate::storage::in_frame()
        && Route::section_of(&hash).is_none()
        && navigation_type().as_deref() == Some("navigate");
    STARTING.set(split);
    IN_TURNS.set(split);
}

/// Whether the first render is being split (a fresh open at the top of the page): parts of
/// the page that come later may then arrive later; otherwise they must be there at once.
pub fn splitting() -> bool {
    STARTING.get()
}

/// Called once the app is mounted: after two more tasks, [`Later`] draws at once again. Two,
/// because a `Later` drawn in the first may hold one of its own (no deeper nesting): timers
/// of the same delay run in the order they were set, so these come after every `Later` of
/// start-up.
pub fn app_mounted() {
    set_timeout(
        || set_timeout(|| STARTING.set(false), Duration::ZERO),
        Duration::ZERO,
    );
}

/// How this page was opened: "navigate", "reload" or "back_forward".
fn navigation_type() -> Option<String> {
    let entry = window()
        .performance()?
        .get_entries_by_type("navigation")
        .get(0);
    js_sys::Reflect::get(&entry, &JsValue::from_str("type"))
        .ok()?
        .as_string()
}

/// While the app starts, draws its children in a task after the one that draws the page
/// around them: the first render of a long page then comes as several short tasks, and a slow
/// phone can answer a tap between them. Afterwards (moving between pages, changing the
/// currency) it draws them at once, so nothing on screen blinks.
///
/// Until drawn it leaves an empty `[data-later]` placeholder a screen high (so whatever follows
/// stays out of sight), which the end-to-end tests wait on.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    if !STARTING.get() {
        return children().into_any();
    }
    let ready = RwSignal::new(false);
    // A timer, not an animation frame: frames do not come to a hidden tab, and the page must
    // be whole there too.
    set_timeout(move || _ = ready.try_set(true), Duration::ZERO);
    (move || {
        if ready.get() {
            // Drawn once: a signal read directly among the children must not redraw them all.
            untrack(|| children()).into_any()
        } else {
            view! { <div data-later=""></div> }.into_any()
        }
    })
    .into_any()
}

/// In a part that arrives after start-up, draws its children in a task of their own (after the
/// ones before it), so a slow phone is not blocked while the whole part draws at once. Only the
/// first time after a split start: a later redraw (a new currency) draws at once. `last` ends
/// that time. Until drawn, the same placeholder as [`Later`]'s.
#[component]
pub fn InTurn(#[prop(optional)] last: bool, children: ChildrenFn) -> impl IntoView {
    if !IN_TURNS.get() {
        return children().into_any();
    }
    view! {
        <Suspense fallback=|| view! { <div data-later=""></div> }>
            {move || {
                let children = children.clone();
                Suspend::new(async move {
                    crate::ui::parts::next_task().await;
                    if last {
                        IN_TURNS.set(false);
                    }
                    children()
                })
            }}
        </Suspense>
    }
    .into_any()
}
