//! Lists of what the visitor keeps (saved scenarios, review dates, damaged data kept aside), or a
//! quiet line saying there is nothing yet.

use leptos::prelude::*;

/// A `<ul class=class>` of `items`, each drawn by `item`; with no items, `empty` as a quiet
/// line instead of an empty list.
pub fn list_or_empty<T, V: IntoView + 'static>(
    items: Vec<T>,
    class: &'static str,
    empty: &'static str,
    item: impl FnMut(T) -> V,
) -> AnyView {
    if items.is_empty() {
        return view! { <p class="quiet">{empty}</p> }.into_any();
    }
    view! { <ul class=class>{items.into_iter().map(item).collect_view()}</ul> }.into_any()
}
