//! Issue 18: the same element back on the page (a framework's keep-alive cache, a carousel)
//! resumes where the visitor was (`domain::widget::resume`), and a widget nobody used keeps
//! nothing (`has_progress`), so a page that mounts and drops widgets keeps no memory for them.

#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use smp_widget::domain::config::placement::Parts;
use smp_widget::domain::config::Config;
use smp_widget::domain::copy::lang::Lang;
use smp_widget::domain::outputs::lead::{LeadFailure, LeadStatus};
use smp_widget::domain::quiz::answers::{Answer, HairLossPattern};
use smp_widget::domain::quiz::questions::Step;
use smp_widget::domain::widget::{has_progress, resume, update, Action, Update, WidgetState};

fn act(state: &WidgetState, action: Action) -> WidgetState {
    match update(state, action) {
        Update::Next { state, .. } => state,
        Update::Refused => panic!("refused"),
    }
}

fn config(clinic: &str, lang: Option<Lang>, parts: Parts) -> Rc<Config> {
    Rc::new(Config {
        clinic: clinic.to_owned(),
        lang,
        parts,
        ..Config::default()
    })
}

#[test]
fn a_fresh_widget_keeps_nothing_a_started_one_keeps_its_progress() {
    let fresh = WidgetState::new(config("A", None, Parts::QuizAndEstimator), Lang::En, None);
    assert!(!has_progress(&fresh));
    let started = act(&fresh, Action::Begin);
    assert!(has_progress(&started));
    // The estimator alone opens at once: only a choice made there is progress.
    let only = WidgetState::new(config("A", None, Parts::EstimatorOnly), Lang::En, None);
    assert!(!has_progress(&only));
    let chose = act(&only, Action::ChooseSessions(3));
    assert!(has_progress(&chose));
}

#[test]
fn resuming_keeps_the_answers_and_step_and_applies_the_options_as_they_are_now() {
    let fresh = WidgetState::new(
        config("Old Clinic", None, Parts::QuizAndEstimator),
        Lang::En,
        None,
    );
    let started = act(&fresh, Action::Begin);
    let answered = act(
        &started,
        Action::Answer(Answer::Pattern(HairLossPattern::RecedingHairline)),
    );
    assert!(started.moved, "a step the visitor took moves focus");
    let back = resume(
        &answered,
        config("New Clinic", None, Parts::QuizAndEstimator),
    );
    assert_eq!(back.quiz, answered.quiz, "answers and step kept");
    assert!(matches!(back.quiz.quiz.step, Step::Question(_)));
    assert_eq!(back.config.clinic, "New Clinic");
    assert!(
        !back.moved,
        "coming back is not a step: focus stays with the page"
    );
}

#[test]
fn resuming_keeps_the_visitors_language_unless_the_page_set_another() {
    let fresh = WidgetState::new(
        config("A", Some(Lang::En), Parts::QuizAndEstimator),
        Lang::En,
        None,
    );
    let switched = act(
        &act(&fresh, Action::Begin),
        Action::SwitchLanguage(Lang::Es),
    );
    assert_eq!(
        resume(
            &switched,
            config("A", Some(Lang::En), Parts::QuizAndEstimator)
        )
        .lang,
        Lang::Es
    );
    let page_spanish = WidgetState::new(
        config("A", Some(Lang::Es), Parts::QuizAndEstimator),
        Lang::Es,
        None,
    );
    let back_in_english = act(
        &act(&page_spanish, Action::Begin),
        Action::SwitchLanguage(Lang::En),
    );
    // The page changed its `lang` while the element was away: the page's choice now.
    let mut away = back_in_english.clone();
    away.config = config("A", Some(Lang::En), Parts::QuizAndEstimator);
    assert_eq!(
        resume(&away, config("A", Some(Lang::Es), Parts::QuizAndEstimator)).lang,
        Lang::Es
    );
}

#[test]
fn a_request_on_its_way_when_the_element_left_shows_as_failed() {
    // The estimator alone: a contact form is on screen from the start.
    let only = || config("A", None, Parts::EstimatorOnly);
    let mut state = WidgetState::new(only(), Lang::En, None);
    state.contact.status = LeadStatus::Sending;
    assert_eq!(
        resume(&state, only()).contact.status,
        LeadStatus::Failed(LeadFailure::NotSent)
    );
    state.contact.status = LeadStatus::Sent;
    assert_eq!(resume(&state, only()).contact.status, LeadStatus::Sent);
}
