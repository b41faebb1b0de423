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
