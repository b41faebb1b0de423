//! The widget's state, split by concern: the quiz, the estimator's choices, the contact
//! form, the visitor's opt-ins; plus the page's configuration and the language spoken.

use std::rc::Rc;

use crate::domain::config::placement::Parts;
use crate::domain::config::Config;
use crate::domain::copy::lang::Lang;
use crate::domain::date::Date;
use crate::domain::outputs::lead::{LeadForm, LeadStatus};
use crate::domain::outputs::progress::Saved;
use crate::domain::pricing::estimate::Place;
use crate::domain::quiz::questions::{Quiz, Step};

/// The quiz and how the visitor moves through it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct QuizState {
    /// Answers and the step on screen.
    pub quiz: Quiz,
    /// Next was pressed on a question with no answer (cleared by any other quiz action).
    pub unanswered: bool,
    /// How many times the visitor pressed Start.
    pub starts: u32,
}

/// The estimator: whether it is open, and what the visitor chose there. `None` means the
/// default (the marketer's city, the quiz's sessions, next Monday), resolved by `screen`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EstimatorChoices {
    /// The estimator is on screen (over the quiz, whose state is kept).
    pub open: bool,
    /// The marketer offers only the estimator: it is the first and only page. A page that
    /// changes `parts` mid-quiz does not pull the screen from under the visitor: see
    /// `update`'s `apply_parts` for what applies at once.
    pub only: bool,
    /// The visitor has seen the estimator since they (re)started: only then does the
    /// printed summary carry a cost and a plan.
    pub seen: bool,
    /// The chosen place.
    pub place: Option<Place>,
    /// The chosen number of sessions.
    pub sessions: Option<u8>,
    /// The chosen start date.
    pub start: Option<Date>,
}

/// The contact form, while a result or estimate is on screen (it starts empty each time the
/// visitor comes back to one).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ContactState {
    /// What the visitor typed and ticked.
    pub form: LeadForm,
    /// Where the request stands.
    pub status: LeadStatus,
    /// The number of the last request sent; answers to older ones are dropped.
    pub request: u32,
}

/// What the visitor agreed to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OptIns {
    /// Progress is kept on this device until this time (ms since the epoch), fixed when the
    /// visitor ticked the box; `None`: nothing is kept.
    pub remember_until: Option<u64>,
    /// The visitor ticked "share my type of result" on the result on screen (cleared when
    /// they leave it).
    pub share_outcome: bool,
}

/// The whole state of one widget.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WidgetState {
    /// The quiz.
    pub quiz: QuizState,
    /// The estimator's choices.
    pub estimator: EstimatorChoices,
    /// The contact form.
    pub contact: ContactState,
    /// The visitor's opt-ins.
    pub opt_ins: OptIns,
    /// The language spoken; the visitor may switch at any time, answers stay.
    pub lang: Lang,
    /// The validated configuration; the page may replace it.
    pub config: Rc<Config>,
    /// The last change was the visitor moving between steps: only then does focus follow
    /// to the new heading.
    pub moved: bool,
}

impl WidgetState {
    /// A fresh widget for this configuration and language, with the progress the visitor
    /// chose to keep last time, if any.
    pub fn new(config: Rc<Config>, lang: Lang, restored: Option<Saved>) -> Self {
        let only = config.parts == Parts::EstimatorOnly;
        let mut state = WidgetState {
            config,
            lang,
            estimator: EstimatorChoices {
                open: only,
                only,
                seen: only,
                ..EstimatorChoices::default()
            },
            ..WidgetState::default()
        };
        if let Some(saved) = restored {
            state.quiz.quiz = Quiz {
                answers: saved.answers,
                step: saved.step,
                returning: false,
            };
            state.opt_ins.remember_until = Some(saved.expires_ms);
        }
        state
    }

    /// A result or an estimate is on screen: what the summary and the contact form need.
    pub fn printable(&self) -> bool {
        self.estimator.open || self.quiz.quiz.step == Step::Outcome
    }
}
