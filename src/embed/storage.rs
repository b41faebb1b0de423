//! The visitor's opted-in progress in `localStorage`, under one namespaced key. Storage
//! that throws (blocked cookies, Safari private mode, a full quota) falls back to memory
//! for this page, with at most one debug line.

use std::cell::{Cell, RefCell};

use wasm_bindgen::JsValue;

use crate::domain::outputs::progress::KEY;

thread_local! {
    static MEMORY: RefCell<Option<String>> = const { RefCell::new(None) };
    static SAID: Cell<bool> = const { Cell::new(false) };
}

// Guarded `web_sys` calls, not gloo-storage: its `LocalStorage::raw()` unwraps
// `window.localStorage`, which throws where storage is blocked (Safari private windows,
// cookies off), and a panic here would take the widget down with it.
fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn note_fallback() {
    if !SAID.with(|s| s.replace(true)) {
        gloo_console::debug!(JsValue::from_str(
            "[smp-widget] storage is not available; progress is kept for this page only"
        ));
    }
}

pub fn load() -> Option<String> {
    let stored = local().and_then(|s| s.get_item(KEY).ok().flatten());
    stored.or_else(|| MEMORY.with(|m| m.borrow().clone()))
}

pub fn save(text: &str) {
    let saved = local()
        .map(|s| s.set_item(KEY, text).is_ok())
        .unwrap_or(false);
    if !saved {
        note_fallback();
        MEMORY.with(|m| *m.borrow_mut() = Some(text.to_owned()));
    }
}

pub fn remove() {
    if let Some(storage) = local() {
        let _ = storage.remove_item(KEY);
    }
    MEMORY.with(|m| *m.borrow_mut() = None);
}
