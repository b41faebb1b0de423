//! The marketer's fallback (the element's own children) shows through a `<slot>` in the
//! shadow root. Ready: the widget takes the slot's place. Unmounted or panicked: the slot
//! comes back.

use std::cell::RefCell;

use web_sys::{Element, ShadowRoot};

thread_local! {
    /// Live widgets, so the panic hook can reach them all.
    static MOUNTED: RefCell<Vec<(ShadowRoot, Element)>> = const { RefCell::new(Vec::new()) };
}

pub fn remember(root: &ShadowRoot, container: &Element) {
    MOUNTED.with(|m| {
        if let Ok(mut mounted) = m.try_borrow_mut() {
            mounted.push((root.clone(), container.clone()));
        }
    });
}

pub fn forget(root: &ShadowRoot) {
    MOUNTED.with(|m| {
        if let Ok(mut mounted) = m.try_borrow_mut() {
            mounted.retain(|(r, _)| r != root);
        }
    });
}

/// The rendered widget (`container`) goes in and the fallback's slot goes out, in the
/// same task, so no frame ever shows both. Should the widget fail to go in, the fallback
/// stays.
pub fn replace(root: &ShadowRoot, container: &Element) {
    if root.append_child(container).is_err() {
        return;
    }
    if let Ok(Some(slot)) = root.query_selector("slot") {
        slot.remove();
    }
    let host = root.host();
    let _ = host.set_attribute("data-state", "ready");
}

pub fn show(root: &ShadowRoot) {
    if root.query_selector("slot").ok().flatten().is_some() {
        return;
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Ok(slot) = document.create_element("slot") {
        let _ = root.append_child(&slot);
    }
}

/// Runs inside the panic hook: must not panic itself, so it only tries.
pub fn show_all_after_panic() {
    MOUNTED.with(|m| {
        let Ok(mounted) = m.try_borrow() else {
            return;
        };
        for (root, container) in mounted.iter() {
            container.remove();
            show(root);
            let _ = root.host().set_attribute("data-state", "failed");
        }
    });
}
