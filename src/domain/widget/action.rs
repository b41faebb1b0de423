//! Everything that can happen to a widget: the visitor's clicks and the page's commands.

use std::rc::Rc;

use crate::domain::config::Config;
use crate::domain::copy::lang::Lang;
use crate::domain::date::Date;
use crate::domain::outputs::events::Cta;
use crate::domain::outputs::lead::{LeadEdit, LeadReply};
use crate::domain::pricing::estimate::Place;
use crate::domain::quiz::answers::{Answer, QuestionId};

/// One thing that happened; `update` decides what it changes.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// "Start the self-assessment".
    Begin,
    /// A choice ticked on the question on screen.
    Answer(Answer),
    /// "Next" (or "See my result" on the last question).
    Next,
    /// "Back".
    Back,
    /// "Change this answer" on a reason of the result.
    Edit(QuestionId),
    /// "Start over", or the page's `reset()`.
    StartOver,
    /// "See what it could cost" / "Skip to the cost".
    OpenEstimator,
    /// "Back to my result".
    CloseEstimator,
    /// A city (or the clinic, or "not listed") chosen in the estimator.
    ChoosePlace(Place),
    /// A number of sessions chosen in the estimator.
    ChooseSessions(u8),
    /// A start date chosen for the plan.
    ChooseStart(Date),
    /// The language button.
    SwitchLanguage(Lang),
    /// "Remember my answers on this device": ticked at `now_ms` (ms since the epoch), or
    /// unticked.
    Remember {
        /// Ticked or not.
        on: bool,
        /// The time of the tick: the 24 hours start here and never move.
        now_ms: u64,
    },
    /// "Forget my answers": remembered progress goes, and the quiz starts over.
    Forget,
    /// "Share my type of result" ticked or unticked on the result.
    ShareOutcome(bool),
    /// A call-to-action pressed (call, book, print).
    Cta(Cta),
    /// "Add the plan to my calendar" on the plan shown (`screen` resolved its start and
    /// sessions), at `now_ms` (ms since the epoch: the file's time stamp).
    AddToCalendar {
        /// The first session's day.
        start: Date,
        /// How many sessions.
        sessions: u8,
        /// Now, in ms since the epoch (UTC).
        now_ms: u64,
    },
    /// The page changed the element's attributes: the configuration read again.
    Reconfigure(Rc<Config>),
    /// A field of the contact form changed.
    EditLead(LeadEdit),
    /// "Send my request".
    SendLead,
    /// The clinic's endpoint answered request number `request`.
    LeadAnswered {
        /// Which request (`Effect::SendLead`'s number) this answers.
        request: u32,
        /// How it answered.
        reply: LeadReply,
    },
}
