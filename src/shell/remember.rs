//! "Remember my answers on this device": what was kept last time, read once at start.
//! Saving and forgetting are effects of `update` (`ui::effects`).

use crate::domain::outputs::progress::{decode, encode, ProgressError, Saved, Stored};
use crate::domain::widget::Effect;

use super::clock::now_ms;
use super::store::ProgressStore;
use crate::js_json;

/// Progress the visitor chose to remember last time (unreadable or stale: deleted). Read
/// once, when the widget starts.
pub fn remembered_progress(store: &ProgressStore) -> Option<Saved> {
    let text = store.load()?;
    let decoded = js_json::parse::<Stored>(&text)
        .ok_or(ProgressError::Corrupt)
        .and_then(|stored| decode(&stored, now_ms()));
    if decoded.is_err() {
        store.remove();
    }
    decoded.ok()
}

/// The text kept for this progress, written by the browser's own `JSON.stringify`; `None`
/// in the (never seen) case the browser refuses it.
fn progress_text(saved: &Saved) -> Option<String> {
    js_json::stringify(&encode(&saved.answers, saved.step, saved.expires_ms))
}

/// Keeps or forgets progress as `effect` says (other effects are not this module's): the
/// shell's effect runner and a widget kept out of the page (`WidgetHandle::reset`) write
/// the same text the same way.
pub fn keep_progress(store: &ProgressStore, effect: &Effect) {
    match effect {
        Effect::SaveProgress(saved) => {
            if let Some(text) = progress_text(saved) {
                store.save(&text);
            }
        }
        Effect::ForgetProgress => store.remove(),
        _ => {}
    }
}
