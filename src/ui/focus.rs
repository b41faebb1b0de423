use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Moves focus to `target` whenever `step` changes, but only when the visitor moved there
/// (never on first load: the host page keeps its focus).
#[hook]
pub fn use_focus_on_step<T: PartialEq + Clone + 'static>(target: NodeRef, step: T, moved: bool) {
    use_effect_with(step, move |_| {
        if moved {
            if let Some(element) = target.cast::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        }
    });
}

const FOCUSABLE: &str = "a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex=\"-1\"])";

/// Keeps Tab and Shift+Tab cycling inside `container` (the popup dialog): the browser's
/// modal dialog would otherwise let focus out to the browser's own controls.
pub fn trap_tab(event: &web_sys::KeyboardEvent, container: &web_sys::Element) {
    if event.key() != "Tab" {
        return;
    }
    let Ok(nodes) = container.query_selector_all(FOCUSABLE) else {
        return;
    };
    let focusable: Vec<web_sys::HtmlElement> = (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        // Hidden elements (the print-only summary) take no focus.
        .filter(|e| e.offset_parent().is_some())
        .collect();
    let (Some(first), Some(last)) = (focusable.first(), focusable.last()) else {
        return;
    };
    let active = container
        .get_root_node()
        .dyn_into::<web_sys::ShadowRoot>()
        .ok()
        .and_then(|root| root.active_element());
    let at = |e: &web_sys::HtmlElement| active.as_ref().is_some_and(|a| a == e.as_ref());
    let target = match (event.shift_key(), at(first), at(last)) {
        (true, true, _) => Some(last),
        (false, _, true) => Some(first),
        _ => None,
    };
    if let Some(target) = target {
        event.prevent_default();
        let _ = target.focus();
    }
}
