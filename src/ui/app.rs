use std::rc::Rc;

use yew::prelude::*;

use crate::domain::config::Config;
use crate::domain::labels::outcome_title;
use crate::domain::lang::Lang;
use crate::domain::outcome::assess;
use crate::domain::quiz::Step;

use super::help::HelpBar;
use super::outcome::OutcomeView;
use super::question::QuestionStep;
use super::quiz_state::use_quiz;
use super::start::StartScreen;

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

/// The root: one reducer over the quiz, one live region, the step on screen and the help bar.
#[component]
pub fn App(props: &AppProps) -> Html {
    let quiz = use_quiz();
    let lang = props.lang;
    {
        let on_ready = props.on_ready.clone();
        use_effect_with((), move |_| on_ready.emit(()));
    }
    let state = quiz.state();
    let moved = state.moved;
    let mut status = "";
    let view = match state.quiz.step {
        Step::Start => {
            let quiz = quiz.clone();
            html! { <StartScreen {lang} {moved} on_start={Callback::from(move |_| quiz.begin())} /> }
        }
        Step::Question(question) => {
            let progress = state.quiz.progress().unwrap_or((1, 1));
            let (on_answer, on_next, on_back) = (quiz.clone(), quiz.clone(), quiz.clone());
            html! {
                <QuestionStep {lang} {question} answers={state.quiz.answers} {progress} {moved}
                    on_answer={Callback::from(move |answer| on_answer.answer(answer))}
                    on_next={Callback::from(move |_| on_next.next())}
                    on_back={Callback::from(move |_| on_back.back())} />
            }
        }
        Step::Outcome => match assess(&state.quiz.answers) {
            Ok(assessment) => {
                status = outcome_title(assessment.outcome).text(lang);
                let (on_edit, on_start_over) = (quiz.clone(), quiz.clone());
                html! {
                    <OutcomeView {lang} {assessment} answers={state.quiz.answers} {moved}
                        on_edit={Callback::from(move |question| on_edit.edit(question))}
                        on_start_over={Callback::from(move |_| on_start_over.start_over())} />
                }
            }
            // Unreachable through the UI (Next needs an answer); recover rather than panic.
            Err(_) => {
                let quiz = quiz.clone();
                html! { <StartScreen {lang} {moved} on_start={Callback::from(move |_| quiz.begin())} /> }
            }
        },
    };
    html! {
        <div class="widget" lang={lang.tag()}>
            <p class="sr-only" role="status">{ status }</p>
            { view }
            <HelpBar config={props.config.clone()} {lang} />
        </div>
    }
}
