//! App events become DOM events on the host element (bubbling out of the shadow root), and
//! with the marketer's opt-in, `window.dataLayer` pushes with the same payload.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

use crate::domain::outputs::events::{Field, WidgetEvent};

/// Turns each event into a DOM event on `host`, and a `dataLayer` push when the marketer's
/// option (as configured when the event happens) says so.
pub fn dispatcher(host: HtmlElement) -> yew::Callback<(WidgetEvent, bool)> {
    yew::Callback::from(move |(event, data_layer): (WidgetEvent, bool)| {
        let detail = Object::new();
        for (key, value) in event.payload() {
            let value = match value {
                Field::Text(text) => JsValue::from_str(&text),
            };
            let _ = Reflect::set(&detail, &JsValue::from_str(key), &value);
        }
        let init = CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&detail);
        if let Ok(dom_event) = CustomEvent::new_with_event_init_dict(event.name(), &init) {
            let _ = host.dispatch_event(&dom_event);
        }
        if data_layer {
            push_to_data_layer(event.name(), &detail);
        }
    })
}

/// `window.dataLayer.push({event, ...detail})`, creating the array as Google Tag Manager
/// does when the page has none yet.
fn push_to_data_layer(name: &str, detail: &Object) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let key = JsValue::from_str("dataLayer");
    let layer = match Reflect::get(&window, &key)
        .ok()
        .and_then(|v| v.dyn_into::<Array>().ok())
    {
        Some(layer) => layer,
        None => {
            let layer = Array::new();
            let _ = Reflect::set(&window, &key, &layer);
            layer
        }
    };
    let entry = Object::assign(&Object::new(), detail);
    let _ = Reflect::set(
        &entry,
        &JsValue::from_str("event"),
        &JsValue::from_str(name),
    );
    layer.push(&entry);
}
