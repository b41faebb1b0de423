use std::rc::Rc;

use yew::prelude::*;

use crate::domain::config::{Config, Mode, Parts};
use crate::domain::events::{Cta, WidgetEvent};
use crate::domain::labels::outcome_title;
use crate::domain::lang::Lang;
use crate::domain::outcome::assess;
use crate::domain::privacy::privacy_sentences;
use crate::domain::progress::expiry_from;
use crate::domain::quiz::Step;
use crate::domain::text::Key;

use super::commands::Commands;
use super::estimator::{estimator, EstimatorProps};
use super::focus::{trap_tab, use_focus_on_step};
use super::format::{money_range, today};
use super::help::help_bar;
use super::lead::{lead_form, send_lead, LeadFormProps, LeadRequest};
use super::outcome::{checked, outcome_view, OutcomeViewProps};
use super::page_link::{use_page_commands, use_widget_events};
use super::phrase::phrase;
use super::question::{question_step, QuestionStepProps};
use super::quiz_state::{use_quiz, QuizHandle};
use super::remember::{now_ms, remembered_progress, use_save_progress};
use super::start::{start_screen, StartScreenProps};
use super::store::ProgressStore;
use super::summary::print_summary;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The validated marketer configuration (later changes arrive as commands).
    pub config: Rc<Config>,
    /// The language to speak, already resolved from attribute, page and browser.
    pub lang: Lang,
    /// Called once, after the first render: the embed layer hides the fallback then.
    #[prop_or_default]
    pub on_ready: Callback<()>,
    /// Events for the host page; payloads never carry answers.
    #[prop_or_default]
    pub on_event: Callback<WidgetEvent>,
    /// Where the page's `open()`, `close()`, `reset()` and attribute changes arrive.
    #[prop_or_default]
    pub commands: Commands,
    /// Where progress is kept when the visitor opts in; by default nowhere.
    #[prop_or_default]
    pub store: ProgressStore,
    /// Sends a "contact me" request to the clinic's endpoint (the embed layer's fetch).
    #[prop_or_default]
    pub send_lead: Callback<LeadRequest>,
}

/// The root: one reducer, one live region, the step on screen, the help bar, and in popup
/// mode the dialog around them.
#[component]
pub fn App(props: &AppProps) -> Html {
    let store = props.store.clone();
    let quiz = use_quiz(props.config.clone(), props.lang, move || {
        remembered_progress(&store)
    });
    let dialog = use_node_ref();
    let state = quiz.state();
    // The visitor may switch language at any time; answers stay.
    let lang = state.lang;
    let other_lang = match lang {
        Lang::En => Lang::Es,
        Lang::Es => Lang::En,
    };
    let switch_lang = {
        let quiz = quiz.clone();
        Callback::from(move |_: MouseEvent| quiz.switch_language(other_lang))
    };
    // Read each render (a few calls): a page left open past midnight plans from the new day.
    let today = today();
    use_page_commands(
        props.commands.clone(),
        quiz.clone(),
        dialog.clone(),
        props.on_ready.clone(),
        props.on_event.clone(),
    );
    let config = state.config.clone();
    let moved = state.moved;
    // The start and outcome views are plain functions: their heading's focus lives here.
    let heading = use_node_ref();
    use_save_progress(
        props.store.clone(),
        state.remember,
        state.remember_until,
        state.quiz.answers,
        state.quiz.step,
    );
    let on_remember = {
        let (quiz, store) = (quiz.clone(), props.store.clone());
        Callback::from(move |event: Event| {
            if checked(&event) {
                // The 24 hours start now and do not move when progress is saved again.
                quiz.remember(Some(expiry_from(now_ms())));
            } else {
                store.remove();
                quiz.remember(None);
            }
        })
    };
    let on_forget = {
        let (store, quiz) = (props.store.clone(), quiz.clone());
        Callback::from(move |_: MouseEvent| {
            store.remove();
            quiz.remember(None);
            quiz.start_over();
        })
    };
    let assessment = match state.quiz.step {
        Step::Outcome => assess(&state.quiz.answers).ok(),
        _ => None,
    };
    use_focus_on_step(
        heading.clone(),
        (
            state.quiz.step,
            state.estimating,
            assessment.as_ref().map(|a| a.outcome),
        ),
        moved,
    );
    let place = state.place.unwrap_or_else(|| config.default_place());
    let sessions = state
        .sessions
        .or(assessment.as_ref().map(|a| a.sessions.max))
        .unwrap_or(3);
    let start = state.start.unwrap_or_else(|| today.next_monday());
    let with_estimator = config.parts != Parts::QuizOnly;

    use_widget_events(
        props.on_event.clone(),
        state.starts,
        assessment.is_some(),
        assessment
            .as_ref()
            .filter(|_| state.share_outcome && config.share_outcome)
            .map(|a| a.outcome),
        state
            .estimating
            .then(|| WidgetEvent::estimate(&config, place)),
    );
    let on_cta = props.on_event.reform(WidgetEvent::Cta);
    let act = |f: fn(&QuizHandle)| {
        let quiz = quiz.clone();
        Callback::from(move |_| f(&quiz))
    };

    let mut status = String::new();
    let view = if state.estimating {
        if let Ok(e) = config.estimate(place, sessions) {
            status.push_str(Key::EstimatedCost.text(lang));
            status.push_str(": ");
            status.push_str(&money_range(lang, e.low, e.high));
        }
        let (q1, q2, q3) = (quiz.clone(), quiz.clone(), quiz.clone());
        let on_print = on_cta.reform(|_| Cta::Print);
        estimator(
            EstimatorProps {
                lang,
                config: config.clone(),
                place,
                sessions,
                start,
                today,
                from_quiz: assessment.as_ref().map(|a| a.sessions),
                on_place: Callback::from(move |p| q1.choose_place(p)),
                on_sessions: Callback::from(move |n| q2.choose_sessions(n)),
                on_start: Callback::from(move |d| q3.choose_start(d)),
                on_print,
                on_back_to_result: (assessment.is_some() && !state.estimator_only)
                    .then(|| act(QuizHandle::close_estimator)),
            },
            heading.clone(),
        )
    } else {
        match (state.quiz.step, &assessment) {
            (Step::Question(question), _) => {
                let progress = state.quiz.progress().unwrap_or((1, 1));
                let on_answer = quiz.clone();
                question_step(
                    QuestionStepProps {
                        lang,
                        question,
                        answers: state.quiz.answers,
                        progress,
                        unanswered: state.unanswered,
                        on_answer: Callback::from(move |answer| on_answer.answer(answer)),
                        on_next: act(QuizHandle::next),
                        on_back: act(QuizHandle::back),
                    },
                    heading.clone(),
                )
            }
            (Step::Outcome, Some(assessment)) => {
                status.push_str(outcome_title(assessment.outcome).text(lang));
                let (on_edit, on_share) = (quiz.clone(), quiz.clone());
                outcome_view(
                    OutcomeViewProps {
                        lang,
                        assessment: assessment.clone(),
                        on_edit: Callback::from(move |question| on_edit.edit(question)),
                        on_start_over: act(QuizHandle::start_over),
                        on_estimate: with_estimator.then(|| act(QuizHandle::open_estimator)),
                        share: config.share_outcome.then(|| {
                            (
                                state.share_outcome,
                                Callback::from(move |on| on_share.share_outcome(on)),
                            )
                        }),
                    },
                    heading.clone(),
                )
            }
            // The start screen; also where an (unreachable) incomplete outcome recovers to.
            _ => start_screen(
                StartScreenProps {
                    lang,
                    privacy: privacy_sentences(&config),
                    on_start: act(QuizHandle::begin),
                    on_skip_to_cost: with_estimator.then(|| act(QuizHandle::open_estimator)),
                },
                heading.clone(),
            ),
        }
    };
    let printable = state.printable();
    let lead = config.lead_url.clone().filter(|_| printable).map(|url| {
        let result = assessment.as_ref().map(|a| (state.quiz.answers, a.outcome));
        let on_edit = quiz.clone();
        lead_form(LeadFormProps {
            lang,
            clinic: &config.clinic,
            receiver: config.lead_host.as_deref().unwrap_or_default(),
            form: &state.lead,
            status: state.lead_status,
            result,
            on_edit: Callback::from(move |edit| on_edit.edit_lead(edit)),
            on_send: send_lead(&quiz, &props.send_lead, url, result),
        })
    });
    let widget = html! {
        <div class="widget" lang={lang.tag()}>
            <div class="widget-bar">
                <button type="button" class="link-button lang-switch" lang={other_lang.tag()} onclick={switch_lang}>
                    { phrase(Key::OtherLanguage, lang) }
                </button>
            </div>
            <p class="sr-only" role="status">{ status }</p>
            // Session-replay tools on the host page record open shadow roots: the common
            // masking markers keep answers and contact details out of their recordings.
            <div class="step-area fs-mask rr-mask ph-no-capture sentry-mask"
                data-hj-suppress="" data-clarity-mask="true" data-private="">
                { view }
                { for lead }
            </div>
            { help_bar(&config, lang, &on_cta) }
            <div class="privacy-row">
                <label class="remember">
                    <input type="checkbox" class="remember-box" checked={state.remember} onchange={on_remember} />
                    <span>{ phrase(Key::RememberProgress, lang) }</span>
                </label>
                if state.remember {
                    <button type="button" class="link-button forget-answers" onclick={on_forget}>
                        { phrase(Key::ForgetAnswers, lang) }
                    </button>
                }
            </div>
            if printable {
                { print_summary(lang, &config, assessment.as_ref(), place, sessions, start) }
            }
        </div>
    };
    if config.mode == Mode::Popup {
        let close = {
            let dialog = dialog.clone();
            Callback::from(move |_: MouseEvent| {
                if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
                    d.close();
                }
            })
        };
        let trap = {
            let dialog = dialog.clone();
            Callback::from(move |event: KeyboardEvent| {
                if let Some(d) = dialog.cast::<web_sys::Element>() {
                    trap_tab(&event, &d);
                }
            })
        };
        html! {
            <dialog class="smp-dialog" ref={dialog} aria-label={Key::WidgetTitle.text(lang)} onkeydown={trap}>
                <div class="dialog-bar">
                    <button type="button" class="button secondary dialog-close" onclick={close}>{ phrase(Key::Close, lang) }</button>
                </div>
                { widget }
            </dialog>
        }
    } else {
        widget
    }
}
