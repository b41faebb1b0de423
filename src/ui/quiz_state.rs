//! The root state and its typed handle: components call `quiz.answer(..)`, `quiz.back()`,
//! never a raw dispatch.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::answers::{Answer, QuestionId};
use crate::domain::quiz::Quiz;

/// The widget's state: the pure quiz plus whether the last change was the visitor moving
/// between steps (only then does focus follow to the new heading).
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct WidgetState {
    pub quiz: Quiz,
    pub moved: bool,
}

pub(super) enum Action {
    Begin,
    Answer(Answer),
    Next,
    Back,
    Edit(QuestionId),
    StartOver,
}

impl Reducible for WidgetState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
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
            Action::Next => next.quiz.advance().is_ok(),
            Action::Back => {
                next.quiz.back();
                true
            }
            Action::Edit(question) => next.quiz.edit(question).is_ok(),
            Action::StartOver => {
                next.quiz.start_over();
                true
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
}

#[hook]
pub fn use_quiz() -> QuizHandle {
    QuizHandle {
        state: use_reducer(WidgetState::default),
    }
}
