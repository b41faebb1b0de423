//! The root state and its typed handle: views call `quiz.answer(..)`, `quiz.back()`,
//! never a raw dispatch. Everything the widget remembers between renders lives here, in
//! one reducer: one hook type instead of one per piece of state, which is smaller wasm and
//! one place to read what can change.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::answers::{Answer, Answers, QuestionId};
use crate::domain::config::{Config, Parts};
use crate::domain::date::Date;
use crate::domain::estimate::Place;
use crate::domain::lang::Lang;
use crate::domain::lead::{LeadError, LeadForm};
use crate::domain::quiz::{Quiz, QuizError, Step};

/// Where the "contact me" request stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LeadStatus {
    /// Being filled in.
    #[default]
    Editing,
    /// Send was pressed and the form said why not.
    Refused(LeadError),
    Sending,
    Sent,
    Failed,
}

/// One change the visitor makes to the contact form.
pub enum LeadEdit {
    Name(String),
    Contact(String),
    Consent(bool),
    IncludeAnswers(bool),
}

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
    /// The marketer offers only the estimator: it is the first and only page.
    pub estimator_only: bool,
    /// The contact form, while a result or estimate is on screen (it starts empty each
    /// time the visitor comes back to one).
    pub lead: LeadForm,
    pub lead_status: LeadStatus,
}

impl WidgetState {
    fn new(config: Rc<Config>, lang: Lang, remember: bool) -> Self {
        let estimator_only = config.parts == Parts::EstimatorOnly;
        WidgetState {
            config,
            lang,
            remember,
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

pub(super) enum Action {
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
    SwitchLanguage(Lang),
    Remember(bool),
    Reconfigure(Rc<Config>),
    EditLead(LeadEdit),
    LeadRefused(LeadError),
    LeadSending,
    LeadDone { sent: bool },
}

impl Reducible for WidgetState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        // Changes beside the quiz: no step moves, the quiz's messages stay.
        match action {
            Action::SwitchLanguage(lang) => next.lang = lang,
            Action::Remember(on) => next.remember = on,
            Action::Reconfigure(config) => next.config = config,
            Action::EditLead(edit) => match edit {
                LeadEdit::Name(name) => next.lead.name = name,
                LeadEdit::Contact(contact) => next.lead.contact = contact,
                LeadEdit::Consent(on) => next.lead.consent = on,
                LeadEdit::IncludeAnswers(on) => next.lead.include_answers = on,
            },
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
            quiz_action => return Rc::new(self.with_quiz_action(next, quiz_action)),
        }
        Rc::new(next)
    }
}

impl WidgetState {
    fn with_quiz_action(&self, mut next: WidgetState, action: Action) -> WidgetState {
        next.unanswered = false;
        // A refused action (the UI cannot send one, but never panic) leaves state as it was.
        let moved = match action {
            Action::Begin => {
                next.quiz.begin();
                true
            }
            Action::Answer(answer) => {
                if next.quiz.answer(answer).is_err() {
                    return self.clone();
                }
                false
            }
            Action::Next => match next.quiz.advance() {
                Ok(()) => true,
                Err(QuizError::Unanswered(_)) => {
                    next.unanswered = true;
                    false
                }
                Err(_) => false,
            },
            Action::Back => {
                next.quiz.back();
                true
            }
            Action::Edit(question) => {
                next.estimating = false;
                next.quiz.edit(question).is_ok()
            }
            Action::StartOver => {
                next = WidgetState::new(self.config.clone(), self.lang, self.remember);
                true
            }
            Action::OpenEstimator => {
                next.estimating = true;
                true
            }
            Action::CloseEstimator => {
                next.estimating = self.estimator_only;
                true
            }
            Action::ChoosePlace(place) => {
                next.place = Some(place);
                false
            }
            Action::ChooseSessions(sessions) => {
                next.sessions = Some(sessions);
                false
            }
            Action::ChooseStart(date) => {
                next.start = Some(date);
                false
            }
            // Handled by `reduce`.
            _ => false,
        };
        next.moved = moved;
        if !next.printable() {
            next.lead = LeadForm::default();
            next.lead_status = LeadStatus::Editing;
        }
        next
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
    pub fn begin(&self) {
        self.state.dispatch(Action::Begin)
    }
    pub fn answer(&self, answer: Answer) {
        self.state.dispatch(Action::Answer(answer))
    }
    pub fn next(&self) {
        self.state.dispatch(Action::Next)
    }
    pub fn back(&self) {
        self.state.dispatch(Action::Back)
    }
    pub fn edit(&self, question: QuestionId) {
        self.state.dispatch(Action::Edit(question))
    }
    pub fn start_over(&self) {
        self.state.dispatch(Action::StartOver)
    }
    pub fn open_estimator(&self) {
        self.state.dispatch(Action::OpenEstimator)
    }
    pub fn close_estimator(&self) {
        self.state.dispatch(Action::CloseEstimator)
    }
    pub fn choose_place(&self, place: Place) {
        self.state.dispatch(Action::ChoosePlace(place))
    }
    pub fn choose_sessions(&self, sessions: u8) {
        self.state.dispatch(Action::ChooseSessions(sessions))
    }
    pub fn choose_start(&self, start: Date) {
        self.state.dispatch(Action::ChooseStart(start))
    }
    pub fn switch_language(&self, lang: Lang) {
        self.state.dispatch(Action::SwitchLanguage(lang))
    }
    pub fn remember(&self, on: bool) {
        self.state.dispatch(Action::Remember(on))
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
    restore: impl FnOnce() -> Option<(Answers, Step)> + 'static,
) -> QuizHandle {
    QuizHandle {
        state: use_reducer(move || {
            let restored = restore();
            let mut state = WidgetState::new(config, lang, restored.is_some());
            if let Some((answers, step)) = restored {
                state.quiz = Quiz { answers, step };
            }
            state
        }),
    }
}
