//! Parts of a long page drawn just after the rest of it, while the app starts.

use std::cell::Cell;
use std::time::Duration;

use leptos::prelude::*;

thread_local! {
    /// True while the app starts: only start-up is split up.
    static STARTING: Cell<bool> = const { Cell::new(true) };
}

/// Called once the app is mounted: after two more tasks, [`Later`] draws at once again. Two,
/// because a `Later` drawn in the first may hold one of its own; timers of the same delay run
/// in the order they were set, so these come after every `Later` of start-up.
pub fn app_mounted() {
    set_timeout(
        || set_timeout(|| STARTING.set(false), Duration::ZERO),
        Duration::ZERO,
    );
}

/// While the app starts, draws its children in a task after the one that draws the page
/// around them: the first render of a long page then comes as several short tasks, and a slow
/// phone can answer a tap between them. Afterwards (moving between pages, changing the
/// currency) it draws them at once, so nothing on screen blinks.
///
/// Until drawn it leaves an empty `[data-later]` placeholder, which the end-to-end tests wait
/// on.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    if !STARTING.get() {
        return children().into_any();
    }
    let ready = RwSignal::new(false);
    // A timer, not an animation frame: frames do not come to a hidden tab or to a frame
    // scrolled out of sight on another site's page, and the page must be whole there too.
    set_timeout(move || _ = ready.try_set(true), Duration::ZERO);
    (move || {
        if ready.get() {
            children().into_any()
        } else {
            view! { <div data-later=""></div> }.into_any()
        }
    })
    .into_any()
}
