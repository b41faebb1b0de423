//! The same element back on the page (a framework's keep-alive cache, a carousel): the
//! widget starts again where the visitor was, with the page's options as they are now.

use std::rc::Rc;

use crate::domain::config::Config;
use crate::domain::outputs::lead::{LeadFailure, LeadStatus};
use crate::domain::quiz::questions::Step;

use super::{update, Action, Update, WidgetState};

/// The state a widget had when its element left the page, resumed under `config` (read
/// again from the element): the answers, the step, the estimator's choices, the contact
/// form and the opt-ins stay; the new options apply as a live change would apply them
/// (the page's language, if it changed, is spoken). Focus stays where the page has it.
/// A contact request that was on its way when the element left gets no answer any more:
/// it shows as failed, so the visitor can send it again or call.
pub fn resume(kept: &WidgetState, config: Rc<Config>) -> WidgetState {
    let mut state = match update(kept, Action::Reconfigure(config)) {
        Update::Next { state, .. } => state,
        Update::Refused => kept.clone(),
    };
    if state.contact.status == LeadStatus::Sending {
        state.contact.status = LeadStatus::Failed(LeadFailure::NotSent);
    }
    state.moved = false;
    state
}

/// Whether `state` holds anything of the visitor's to resume: they are in the quiz or past
/// it, or chose something in the estimator. A widget still as it started keeps nothing, so
/// a page that mounts and drops widgets nobody used keeps no memory for them.
pub fn has_progress(state: &WidgetState) -> bool {
    let estimator = &state.estimator;
    state.quiz.quiz.step != Step::Start
        || (estimator.open && !estimator.only)
        || estimator.place.is_some()
        || estimator.sessions.is_some()
        || estimator.start.is_some()
}
