//! The width a box is laid out at, followed as it changes: charts are drawn at their real size
//! in CSS pixels, so they measure their box and draw again when it changes.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// The width of `node`'s element in whole CSS pixels, 0 until it is first laid out. The
/// observer stops with the component that asked.
pub fn width_of(node: NodeRef<Div>) -> ReadSignal<f64> {
    let (width, set_width) = signal(0.0);
    let kept = StoredValue::new_local(None);
    node.on_load(move |element| {
        let measured = element.clone();
        let measure = move || {
            let now = measured.get_bounding_client_rect().width().floor();
            if now != width.get_untracked() {
                set_width.set(now);
            }
        };
        // At once, so the first frame painted has the chart at its width; then on every change.
        measure();
        let callback = Closure::<dyn FnMut()>::new(measure);
        if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
            observer.observe(&element);
            kept.set_value(Some((observer, callback)));
        }
    });
    on_cleanup(move || {
        kept.try_with_value(|k| k.as_ref().map(|(observer, _)| observer.disconnect()));
    });
    width
}
