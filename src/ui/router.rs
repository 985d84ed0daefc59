//! Hash routing: the current [`Route`] as a signal that follows the address bar.
//!
//! A hash may also name a section of the page (`#/guide#benefits`); the router scrolls to it,
//! since the browser cannot (the whole fragment is the route).

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::route::Route;

fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// The current route. On each change the tab's title follows; on arrival at a new page it
/// scrolls to the top and focus moves to the page's heading (or to the named section), so
/// screen readers announce the new page as they would after a full load.
pub fn hash_route() -> ReadSignal<Route> {
    let (route, set_route) = signal(Route::from_hash(&current_hash()));
    let listener = window_event_listener(ev::hashchange, move |_| {
        let next = Route::from_hash(&current_hash());
        let changed = next != route.get_untracked();
        if changed {
            set_route.set(next);
        }
        arrive(changed);
    });
    on_cleanup(move || listener.remove());
    Effect::new(move |_| document().set_title(&route.get().document_title()));
    if Route::section_of(&current_hash()).is_some() {
        arrive(false);
    }
    route
}

/// For a page drawn only after its part of the app arrived: the arrival at the route change
/// found no page yet.
pub fn arrive_late(new_page: bool) {
    arrive(new_page);
}

/// After the new view has rendered, takes the reader to where the address points.
fn arrive(new_page: bool) {
    request_animation_frame(move || {
        let hash = current_hash();
        match Route::section_of(&hash).and_then(|id| document().get_element_by_id(id)) {
            Some(section) => {
                section.scroll_into_view();
                focus(&section);
            }
            None if new_page => {
                window().scroll_to_with_x_and_y(0.0, 0.0);
                if let Ok(Some(heading)) = document().query_selector("main h1") {
                    focus(&heading);
                }
            }
            None => {}
        }
    });
}

/// Focuses an element that carries `tabindex="-1"`, without scrolling it again.
fn focus(element: &web_sys::Element) {
    if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&options);
    }
}
