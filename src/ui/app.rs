use std::rc::Rc;

use yew::prelude::*;

use crate::domain::config::Config;
use crate::domain::estimate::Place;
use crate::domain::labels::outcome_title;
use crate::domain::lang::Lang;
use crate::domain::outcome::assess;
use crate::domain::quiz::Step;
use crate::domain::text::Key;

use super::estimator::Estimator;
use super::format::{money, today};
use super::help::HelpBar;
use super::outcome::OutcomeView;
use super::question::QuestionStep;
use super::quiz_state::{use_quiz, QuizHandle};
use super::start::StartScreen;
use super::summary::PrintSummary;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The validated marketer configuration.
    pub config: Rc<Config>,
    /// The language to speak, already resolved from attribute, page and browser.
    pub lang: Lang,
    /// Called once, after the first render: the embed layer hides the fallback then.
    #[prop_or_default]
    pub on_ready: Callback<()>,
}

/// The estimator's pre-selected place: the marketer's city if the table lists it, else the
/// clinic's own price if configured, else "not listed" (never a guess from location).
fn default_place(config: &Config) -> Place {
    match config.prices.find(&config.city) {
        Some(i) => Place::Listed(i),
        None if config.clinic_price.is_some() => Place::Clinic,
        None => Place::NotListed,
    }
}

/// The root: one reducer, one live region, the step on screen and the help bar.
#[component]
pub fn App(props: &AppProps) -> Html {
    let quiz = use_quiz();
    let lang = props.lang;
    let today = *use_memo((), |_| today());
    {
        let on_ready = props.on_ready.clone();
        use_effect_with((), move |_| on_ready.emit(()));
    }
    let state = quiz.state();
    let moved = state.moved;
    let assessment = match state.quiz.step {
        Step::Outcome => assess(&state.quiz.answers).ok(),
        _ => None,
    };
    let config = props.config.clone();
    let place = state.place.unwrap_or_else(|| default_place(&config));
    let sessions = state
        .sessions
        .or(assessment.as_ref().map(|a| a.sessions.max))
        .unwrap_or(3);
    let start = state.start.unwrap_or_else(|| today.next_monday());
    let act = |f: fn(&QuizHandle)| {
        let quiz = quiz.clone();
        Callback::from(move |_| f(&quiz))
    };

    let mut status = String::new();
    let view = if state.estimating {
        if let Ok(e) = crate::domain::estimate::estimate(
            &config.prices,
            config.clinic_price,
            place,
            sessions,
            config.payment,
        ) {
            status.push_str(Key::EstimatedCost.text(lang));
            status.push_str(": ");
            status.push_str(&money(lang, f64::from(e.low)));
            status.push_str(" \u{2013} ");
            status.push_str(&money(lang, f64::from(e.high)));
        }
        let (q1, q2, q3) = (quiz.clone(), quiz.clone(), quiz.clone());
        html! {
            <Estimator {lang} config={config.clone()} {place} {sessions} {start} {today} {moved}
                from_quiz={assessment.as_ref().map(|a| a.sessions)}
                on_place={Callback::from(move |p| q1.choose_place(p))}
                on_sessions={Callback::from(move |n| q2.choose_sessions(n))}
                on_start={Callback::from(move |d| q3.choose_start(d))}
                on_back_to_result={assessment.is_some().then(|| act(QuizHandle::close_estimator))} />
        }
    } else {
        match (state.quiz.step, &assessment) {
            (Step::Question(question), _) => {
                let progress = state.quiz.progress().unwrap_or((1, 1));
                let on_answer = quiz.clone();
                html! {
                    <QuestionStep {lang} {question} answers={state.quiz.answers} {progress} {moved}
                        on_answer={Callback::from(move |answer| on_answer.answer(answer))}
                        on_next={act(QuizHandle::next)}
                        on_back={act(QuizHandle::back)} />
                }
            }
            (Step::Outcome, Some(assessment)) => {
                status.push_str(outcome_title(assessment.outcome).text(lang));
                let on_edit = quiz.clone();
                html! {
                    <OutcomeView {lang} assessment={assessment.clone()} answers={state.quiz.answers} {moved}
                        on_edit={Callback::from(move |question| on_edit.edit(question))}
                        on_start_over={act(QuizHandle::start_over)}
                        on_estimate={act(QuizHandle::open_estimator)} />
                }
            }
            // The start screen; also where an (unreachable) incomplete outcome recovers to.
            _ => html! {
                <StartScreen {lang} {moved} on_start={act(QuizHandle::begin)}
                    on_skip_to_cost={act(QuizHandle::open_estimator)} />
            },
        }
    };
    let printable = state.estimating || assessment.is_some();
    html! {
        <div class="widget" lang={lang.tag()}>
            <p class="sr-only" role="status">{ status }</p>
            { view }
            <HelpBar config={config.clone()} {lang} />
            if printable {
                <PrintSummary {lang} config={config.clone()} assessment={assessment.clone()} {place} {sessions} {start} />
            }
        </div>
    }
}
