//! The root state and its typed handle: components call `quiz.answer(..)`, `quiz.back()`,
//! never a raw dispatch.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::answers::{Answer, Answers, QuestionId};
use crate::domain::date::Date;
use crate::domain::estimate::Place;
use crate::domain::quiz::{Quiz, QuizError, Step};

/// The widget's state: the pure quiz plus whether the last change was the visitor moving
/// between steps (only then does focus follow to the new heading).
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct WidgetState {
    pub quiz: Quiz,
    /// The estimator is open (over the quiz, whose state is kept).
    pub estimating: bool,
    /// The visitor's estimator choices; `None`: the default (marketer's city, the quiz's
    /// sessions, next Monday).
    pub place: Option<Place>,
    pub sessions: Option<u8>,
    pub start: Option<Date>,
    pub moved: bool,
    /// Next was pressed on a question with no answer (cleared by any other action).
    pub unanswered: bool,
    /// The marketer offers only the estimator: it is the first and only page.
    pub estimator_only: bool,
}

impl WidgetState {
    fn new(estimator_only: bool) -> Self {
        WidgetState {
            estimating: estimator_only,
            estimator_only,
            ..WidgetState::default()
        }
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
}

impl Reducible for WidgetState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.unanswered = false;
        // A refused action (the UI cannot send one, but never panic) leaves state as it was.
        let moved = match action {
            Action::Begin => {
                next.quiz.begin();
                true
            }
            Action::Answer(answer) => {
                if next.quiz.answer(answer).is_err() {
                    return self;
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
                next = WidgetState::new(self.estimator_only);
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
        };
        next.moved = moved;
        Rc::new(next)
    }
}

/// What components hold to read and change the quiz.
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
}

#[hook]
pub fn use_quiz(estimator_only: bool, restored: Option<(Answers, Step)>) -> QuizHandle {
    QuizHandle {
        state: use_reducer(move || {
            let mut state = WidgetState::new(estimator_only);
            if let Some((answers, step)) = restored {
                state.quiz = Quiz { answers, step };
            }
            state
        }),
    }
}
