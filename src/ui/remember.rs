//! "Remember my answers on this device": what was kept last time, read once at start.
//! Saving and forgetting are effects of `update` (`ui::effects`).

use crate::domain::progress::{decode, Saved};

use super::store::ProgressStore;

/// Now, in ms since the epoch, by the browser's clock.
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// Progress the visitor chose to remember last time (unreadable or stale: deleted). Read
/// once, when the widget starts.
pub fn remembered_progress(store: &ProgressStore) -> Option<Saved> {
    let text = store.load()?;
    let decoded = decode(&text, now_ms());
    if decoded.is_err() {
        store.remove();
    }
    decoded.ok()
}
