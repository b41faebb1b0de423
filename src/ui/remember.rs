//! "Remember my answers on this device": what was restored at start, and saving while the
//! visitor wants it.

use yew::prelude::*;

use crate::domain::answers::Answers;
use crate::domain::progress::{decode, encode, Saved};
use crate::domain::quiz::Step;

use super::store::ProgressStore;

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

/// Saved only while the visitor asks for it; every change re-saves with the expiry fixed
/// when they opted in (`until`), never a later one.
#[hook]
pub fn use_save_progress(
    store: ProgressStore,
    remember: bool,
    until: u64,
    answers: Answers,
    step: Step,
) {
    use_effect_with(
        (remember, until, answers, step),
        move |(remember, until, answers, step)| {
            if *remember {
                store.save(&encode(answers, *step, *until));
            }
        },
    );
}
