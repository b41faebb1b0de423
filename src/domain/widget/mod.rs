//! The whole widget as a pure state machine: its state (split by concern), the actions a
//! visitor or the page can take, one `update` that answers each with the next state and
//! the effects the shell must run (send a contact request, save or forget progress, tell
//! the page), and `screen`, which resolves everything the UI shows. No `web_sys`, no Yew:
//! the shell in `ui/` renders a `Screen` and runs `Effect`s; tests drive it natively.

mod action;
mod cost_lines;
mod effect;
mod resume;
mod screen;
mod state;
mod update;

pub use action::Action;
pub use cost_lines::{cost_lines, CostLines};
pub use effect::Effect;
pub use resume::{has_progress, resume};
pub use screen::{
    screen, BackTo, CostedPlan, EstimatorScreen, LeadScreen, LiveText, Screen, SummaryScreen, View,
};
pub use state::{ContactState, EstimatorChoices, OptIns, QuizState, WidgetState};
pub use update::{initial_effects, update, Update};
