//! The root state and its typed handle: views call `quiz.answer(..)`, `quiz.back()`,
//! never a raw dispatch. Everything the widget remembers between renders lives here, in
//! one reducer: one hook type instead of one per piece of state, which is smaller wasm and
//! one place to read what can change.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::answers::{Answer, QuestionId};
use crate::domain::config::{Config, Parts};
use crate::domain::date::Date;
use crate::domain::estimate::Place;
use crate::domain::lang::Lang;
use crate::domain::lead::{LeadEdit, LeadError, LeadForm, LeadStatus};
use crate::domain::progress::Saved;
use crate::domain::quiz::{Quiz, QuizError, Step};

/// The widget's state: the pure quiz, the estimator's choices, the page's configuration
/// and language, and whether the last change was the visitor moving between steps (only
/// then does focus follow to the new heading).
#[derive(Clone, Default, PartialEq)]
pub(super) struct WidgetState {
    pub quiz: Quiz,
    /// The validated configuration; the page may replace it (changed attributes).
    pub config: Rc<Config>,
    /// The language spoken; the visitor may switch at any time, answers stay.
    pub lang: Lang,
    /// The visitor opted in to keeping their progress on this device.
    pub remember: bool,
    /// When the kept progress expires (ms since the epoch): fixed when the visitor opted
    /// in, so saving again never extends it.
    pub remember_until: u64,
    /// How many times the visitor pressed Start: each press is one `smp:start`.
    pub starts: u32,
    /// The visitor ticked "share my type of result" on the result on screen (cleared when
    /// they leave it).
    pub share_outcome: bool,
    /// The estimator is open (over the quiz, whose state is kept).
    pub estimating: bool,
    /// The visitor's estimator choices; `None`: the default (marketer's city, the quiz's
    /// sessions, next Monday).
    pub place: Option<Place>,
    pub sessions: Option<u8>,
    pub start: Option<Date>,
    pub moved: bool,
    /// Next was pressed on a question with no answer (cleared by any other quiz action).
    pub unanswered: bool,
    /// The marketer offers only the estimator: it is the first and only page. Taken from
    /// the configuration when the visitor (re)starts, not on every change of it, so a page
    /// that changes `parts` mid-quiz does not pull the screen from under the visitor.
    pub estimator_only: bool,
    /// The contact form, while a result or estimate is on screen (it starts empty each
    /// time the visitor comes back to one).
    pub lead: LeadForm,
    pub lead_status: LeadStatus,
}

impl WidgetState {
    fn new(config: Rc<Config>, lang: Lang, remember: Option<u64>) -> Self {
        let estimator_only = config.parts == Parts::EstimatorOnly;
        WidgetState {
            config,
            lang,
            remember: remember.is_some(),
            remember_until: remember.unwrap_or_default(),
            estimating: estimator_only,
            estimator_only,
            ..WidgetState::default()
        }
    }

    /// A result or an estimate is on screen: what the summary and the contact form need.
    pub fn printable(&self) -> bool {
        self.estimating || self.quiz.step == Step::Outcome
    }
}

/// The visitor moving through the quiz, or changing an answer or an estimator choice.
pub(super) enum QuizAction {
    Begin,
    Answer(Answer),
    Next,
    Back,
    Edit(QuestionId),
    StartOver,
    OpenEstimator,
    CloseEstimator,
    ChoosePlace(Place),
    ChooseSessions(u8),
    ChooseStart(Date),
}

pub(super) enum Action {
    Quiz(QuizAction),
    SwitchLanguage(Lang),
    /// On with the expiry fixed now (ms since the epoch), or off.
    Remember(Option<u64>),
    ShareOutcome(bool),
    Reconfigure(Rc<Config>),
    EditLead(LeadEdit),
    LeadRefused(LeadError),
    LeadSending,
    LeadDone {
        sent: bool,
    },
}

impl Reducible for WidgetState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        // Changes beside the quiz: no step moves, the quiz's messages stay.
        match action {
            Action::SwitchLanguage(lang) => next.lang = lang,
            Action::Remember(until) => {
                next.remember = until.is_some();
                next.remember_until = until.unwrap_or_default();
            }
            Action::ShareOutcome(on) => next.share_outcome = on && self.quiz.step == Step::Outcome,
            Action::Reconfigure(config) => next.config = config,
            Action::EditLead(edit) => next.lead.apply(edit),
            Action::LeadRefused(problem) => next.lead_status = LeadStatus::Refused(problem),
            Action::LeadSending => next.lead_status = LeadStatus::Sending,
            // The answer to a request the visitor has since walked away from is dropped.
            Action::LeadDone { sent } if self.lead_status == LeadStatus::Sending => {
                next.lead_status = if sent {
                    LeadStatus::Sent
                } else {
                    LeadStatus::Failed
                }
            }
            Action::LeadDone { .. } => return self,
            Action::Quiz(action) => {
                return match self.after(next, action) {
                    Some(next) => Rc::new(next),
                    // Refused (the UI cannot send such an action, but never panic): the
                    // same state, so nothing re-renders.
                    None => self,
                };
            }
        }
        Rc::new(next)
    }
}

impl WidgetState {
    /// `next` (a copy of this state) after a quiz action; `None` if the quiz refuses it.
    fn after(&self, mut next: WidgetState, action: QuizAction) -> Option<WidgetState> {
        next.unanswered = false;
        let moved = match action {
            QuizAction::Begin => {
                next.quiz.begin();
                next.starts = self.starts.saturating_add(1);
                true
            }
            QuizAction::Answer(answer) => {
                next.quiz.answer(answer).ok()?;
                false
            }
            QuizAction::Next => match next.quiz.advance() {
                Ok(()) => true,
                Err(QuizError::Unanswered(_)) => {
                    next.unanswered = true;
                    false
                }
                Err(_) => false,
            },
            QuizAction::Back => {
                next.quiz.back();
                true
            }
            QuizAction::Edit(question) => {
                next.estimating = false;
                next.quiz.edit(question).is_ok()
            }
            QuizAction::StartOver => {
                next = WidgetState::new(
                    self.config.clone(),
                    self.lang,
                    self.remember.then_some(self.remember_until),
                );
                next.starts = self.starts;
                true
            }
            QuizAction::OpenEstimator => {
                next.estimating = true;
                true
            }
            QuizAction::CloseEstimator => {
                next.estimating = self.estimator_only;
                true
            }
            QuizAction::ChoosePlace(place) => {
                next.place = Some(place);
                false
            }
            QuizAction::ChooseSessions(sessions) => {
                next.sessions = Some(sessions);
                false
            }
            QuizAction::ChooseStart(date) => {
                next.start = Some(date);
                false
            }
        };
        next.moved = moved;
        if next.quiz.step != Step::Outcome {
            next.share_outcome = false;
        }
        if !next.printable() {
            next.lead = LeadForm::default();
            next.lead_status = LeadStatus::Editing;
        }
        Some(next)
    }
}

/// What views and hooks hold to read and change the state.
#[derive(Clone, PartialEq)]
pub struct QuizHandle {
    state: UseReducerHandle<WidgetState>,
}

impl QuizHandle {
    pub fn state(&self) -> &WidgetState {
        &self.state
    }
    fn quiz(&self, action: QuizAction) {
        self.state.dispatch(Action::Quiz(action))
    }
    pub fn begin(&self) {
        self.quiz(QuizAction::Begin)
    }
    pub fn answer(&self, answer: Answer) {
        self.quiz(QuizAction::Answer(answer))
    }
    pub fn next(&self) {
        self.quiz(QuizAction::Next)
    }
    pub fn back(&self) {
        self.quiz(QuizAction::Back)
    }
    pub fn edit(&self, question: QuestionId) {
        self.quiz(QuizAction::Edit(question))
    }
    pub fn start_over(&self) {
        self.quiz(QuizAction::StartOver)
    }
    pub fn open_estimator(&self) {
        self.quiz(QuizAction::OpenEstimator)
    }
    pub fn close_estimator(&self) {
        self.quiz(QuizAction::CloseEstimator)
    }
    pub fn choose_place(&self, place: Place) {
        self.quiz(QuizAction::ChoosePlace(place))
    }
    pub fn choose_sessions(&self, sessions: u8) {
        self.quiz(QuizAction::ChooseSessions(sessions))
    }
    pub fn choose_start(&self, start: Date) {
        self.quiz(QuizAction::ChooseStart(start))
    }
    pub fn switch_language(&self, lang: Lang) {
        self.state.dispatch(Action::SwitchLanguage(lang))
    }
    /// Keep progress until `until` (ms since the epoch), or forget it (`None`).
    pub fn remember(&self, until: Option<u64>) {
        self.state.dispatch(Action::Remember(until))
    }
    /// The visitor ticked or unticked "share my type of result".
    pub fn share_outcome(&self, on: bool) {
        self.state.dispatch(Action::ShareOutcome(on))
    }
    pub fn reconfigure(&self, config: Rc<Config>) {
        self.state.dispatch(Action::Reconfigure(config))
    }
    pub fn edit_lead(&self, edit: LeadEdit) {
        self.state.dispatch(Action::EditLead(edit))
    }
    pub fn lead_refused(&self, problem: LeadError) {
        self.state.dispatch(Action::LeadRefused(problem))
    }
    pub fn lead_sending(&self) {
        self.state.dispatch(Action::LeadSending)
    }
    pub fn lead_done(&self, sent: bool) {
        self.state.dispatch(Action::LeadDone { sent })
    }
}

/// The root's state: from the configuration and language the page gave, and the progress
/// the visitor chose to keep last time (`restore` runs once; remembering stays on when
/// there was some).
#[hook]
pub fn use_quiz(
    config: Rc<Config>,
    lang: Lang,
    restore: impl FnOnce() -> Option<Saved> + 'static,
) -> QuizHandle {
    QuizHandle {
        state: use_reducer(move || {
            let restored = restore();
            let mut state = WidgetState::new(config, lang, restored.as_ref().map(|s| s.expires_ms));
            if let Some(Saved { answers, step, .. }) = restored {
                state.quiz = Quiz { answers, step };
            }
            state
        }),
    }
}
