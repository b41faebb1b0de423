use std::rc::Rc;

use yew::prelude::*;

use crate::domain::config::Config;
use crate::domain::copy::lang::Lang;
use crate::domain::copy::text::Key;
use crate::domain::date::Date;
use crate::domain::outputs::events::{Cta, WidgetEvent};
use crate::domain::widget::{screen, LiveText, View};

use super::commands::Commands;
use super::effects::{use_run_effects, Shell};
use super::estimator::{estimator, EstimatorProps};
use super::focus::{trap_tab, use_focus_on_step};
use super::help::help_bar;
use super::keep::Keep;
use super::lead::{lead_form, LeadFormProps, LeadRequest};
use super::outcome::{checked, outcome_view, OutcomeViewProps};
use super::page_link::use_page_commands;
use super::phrase::phrase;
use super::pictures::PatternPictures;
use super::question::{question_step, QuestionStepProps};
use super::reducer::{use_widget, WidgetControl};
use super::start::{start_screen, StartScreenProps};
use super::summary::print_summary;
use crate::shell::clock::{now_ms, today};
use crate::shell::format::{money_range, Intl};
use crate::shell::remember::remembered_progress;
use crate::shell::store::ProgressStore;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The validated marketer configuration (later changes arrive as commands).
    pub config: Rc<Config>,
    /// The language to speak, already resolved from attribute, page and browser.
    pub lang: Lang,
    /// Called once, after the first render: the embed layer hides the fallback then.
    #[prop_or_default]
    pub on_ready: Callback<()>,
    /// Events for the host page (payloads never carry answers), with whether to push them
    /// to `dataLayer` too.
    #[prop_or_default]
    pub on_event: Callback<(WidgetEvent, bool)>,
    /// Where the page's `open()`, `close()`, `reset()` and attribute changes arrive.
    #[prop_or_default]
    pub commands: Commands,
    /// Where progress is kept when the visitor opts in; by default nowhere.
    #[prop_or_default]
    pub store: ProgressStore,
    /// Sends a "contact me" request to the clinic's endpoint (the embed layer's fetch).
    #[prop_or_default]
    pub send_lead: Callback<LeadRequest>,
    /// The state to resume from when the same element comes back to the page, and where
    /// the state rendered is kept for the next time it leaves; by default neither.
    #[prop_or_default]
    pub keep: Keep,
    /// This widget's pattern pictures: the embed layer has them drawn while the page is
    /// idle after the first render; by default each is drawn when first shown.
    #[prop_or_default]
    pub pictures: PatternPictures,
}

/// The day planned from when the browser's clock gives no valid date.
const UNKNOWN_TODAY: Date = Date {
    year: 2026,
    month: 1,
    day: 1,
};

/// The root: one reducer over the pure state machine, the screen it resolves, and the
/// effects it describes run after each render. In popup mode, the dialog around it all.
#[component]
pub fn App(props: &AppProps) -> Html {
    let (store, keep) = (props.store.clone(), props.keep.clone());
    let control = use_widget(
        props.config.clone(),
        props.lang,
        move || remembered_progress(&store),
        move || keep.take(),
    );
    props.keep.track(control.state());
    let dialog = use_node_ref();
    let heading = use_node_ref();
    use_page_commands(
        props.commands.clone(),
        control.clone(),
        dialog.clone(),
        props.on_ready.clone(),
        props.on_event.clone(),
    );
    use_run_effects(
        control.clone(),
        Shell {
            on_event: props.on_event.clone(),
            store: props.store.clone(),
            send_lead: props.send_lead.clone(),
            inside: heading.clone(),
        },
    );
    // Read each render (a few calls): a page left open past midnight plans from the new day.
    let shown = screen(control.state(), today().unwrap_or(UNKNOWN_TODAY), &Intl);
    use_focus_on_step(heading.clone(), shown.focus_key, shown.move_focus);
    let config = control.state().config.clone();
    let lang = shown.lang;
    let act = |f: fn(&WidgetControl)| {
        let control = control.clone();
        Callback::from(move |()| f(&control))
    };
    let on_cta = {
        let control = control.clone();
        Callback::from(move |cta: Cta| control.cta(cta))
    };

    let view = match shown.view {
        View::Start {
            privacy,
            skip_to_cost,
        } => start_screen(
            StartScreenProps {
                lang,
                privacy,
                on_start: act(WidgetControl::begin),
                on_skip_to_cost: skip_to_cost.then(|| act(WidgetControl::open_estimator)),
            },
            heading.clone(),
        ),
        View::Question {
            question,
            answers,
            progress,
            last,
            unanswered,
            choices,
            heading: heading_key,
        } => {
            let on_answer = control.clone();
            question_step(
                QuestionStepProps {
                    lang,
                    question,
                    answers,
                    progress,
                    last,
                    unanswered,
                    choices,
                    heading_key,
                    on_answer: Callback::from(move |answer| on_answer.answer(answer)),
                    on_next: act(WidgetControl::next),
                    on_back: act(WidgetControl::back),
                    pictures: props.pictures.clone(),
                },
                heading.clone(),
            )
        }
        View::Outcome {
            assessment,
            can_estimate,
            share,
        } => {
            let (on_edit, on_share) = (control.clone(), control.clone());
            outcome_view(
                OutcomeViewProps {
                    lang,
                    assessment,
                    on_edit: Callback::from(move |question| on_edit.edit(question)),
                    on_start_over: act(WidgetControl::start_over),
                    on_estimate: can_estimate.then(|| act(WidgetControl::open_estimator)),
                    on_print: on_cta.reform(|_| Cta::Print),
                    share: share.map(|ticked| {
                        (ticked, Callback::from(move |on| on_share.share_outcome(on)))
                    }),
                },
                heading.clone(),
            )
        }
        View::Estimator(estimate) => {
            let (c1, c2, c3) = (control.clone(), control.clone(), control.clone());
            let back = estimate.back;
            // The plan shown is the plan a calendar file holds.
            let (start, sessions) = (estimate.start, estimate.sessions);
            estimator(
                EstimatorProps {
                    lang,
                    config: config.clone(),
                    screen: estimate,
                    on_place: Callback::from(move |p| c1.choose_place(p)),
                    on_sessions: Callback::from(move |n| c2.choose_sessions(n)),
                    on_start: Callback::from(move |d| c3.choose_start(d)),
                    on_print: on_cta.reform(|_| Cta::Print),
                    on_calendar: {
                        let control = control.clone();
                        Callback::from(move |()| control.add_to_calendar(start, sessions, now_ms()))
                    },
                    on_back: back.map(|to| (to, act(WidgetControl::close_estimator))),
                },
                heading.clone(),
            )
        }
    };
    let status = match shown.status {
        LiveText::Silent => String::new(),
        LiveText::Outcome(title) => title.text(lang).to_owned(),
        LiveText::Estimate { low, high } => {
            let mut text = String::from(Key::EstimatedCost.text(lang));
            text.push_str(": ");
            text.push_str(&money_range(lang, low, high));
            text
        }
    };
    let lead = shown.lead.as_ref().map(|lead| {
        let (on_edit, on_send) = (control.clone(), control.clone());
        lead_form(LeadFormProps {
            lang,
            clinic: &config.clinic,
            lead,
            on_edit: Callback::from(move |edit| on_edit.edit_lead(edit)),
            on_send: Callback::from(move |()| on_send.send_lead()),
        })
    });
    let on_remember = {
        let control = control.clone();
        Callback::from(move |event: Event| control.remember(checked(&event), now_ms()))
    };
    let switch_lang = {
        let (control, other) = (control.clone(), shown.other_lang);
        Callback::from(move |_: MouseEvent| control.switch_language(other))
    };
    let widget = html! {
        // Session-replay tools on the host page record open shadow roots: the common
        // masking markers keep the answers, the result and its reasons (in the status line
        // and the printable summary too) and contact details out of their recordings.
        <div class="widget fs-mask rr-mask ph-no-capture sentry-mask" lang={lang.tag()}
            data-hj-suppress="" data-clarity-mask="true" data-private="">
            <div class="widget-bar">
                <button type="button" class="link-button lang-switch" lang={shown.other_lang.tag()} onclick={switch_lang}>
                    { phrase(Key::OtherLanguage, lang) }
                </button>
            </div>
            <p class="sr-only" role="status">{ status }</p>
            <div class="step-area">
                { view }
                { for lead }
            </div>
            { help_bar(&config, lang, &on_cta) }
            <div class="privacy-row">
                <label class="remember">
                    <input type="checkbox" class="remember-box" checked={shown.remember} onchange={on_remember} />
                    <span>{ phrase(Key::RememberProgress, lang) }</span>
                </label>
                if shown.remember {
                    <button type="button" class="link-button forget-answers" onclick={act(WidgetControl::forget).reform(|_: MouseEvent| ())}>
                        { phrase(Key::ForgetAnswers, lang) }
                    </button>
                }
            </div>
            if let Some(summary) = &shown.summary {
                { print_summary(lang, summary) }
            }
        </div>
    };
    if !shown.popup {
        return widget;
    }
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
}
