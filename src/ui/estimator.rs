use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::domain::config::Config;
use crate::domain::copy::labels::{procedure_name, session_choice};
use crate::domain::copy::lang::Lang;
use crate::domain::copy::text::{fill, Key};
use crate::domain::date::Date;
use crate::domain::pricing::estimate::{EstimateError, Place, MAX_SESSIONS, MIN_SESSIONS};
use crate::domain::pricing::plan::Plan;
use crate::domain::widget::{BackTo, CostLines, EstimatorScreen};

use super::chart::city_chart;
use super::class::with_class;
use super::phrase::phrase;
use super::timeline::timeline;

/// What the estimator shows and does. A plain view: the root owns the state and the
/// heading's focus, as for every other step.
pub struct EstimatorProps {
    pub lang: Lang,
    /// Prices, clinic price, payment terms, the clinic's name.
    pub config: Rc<Config>,
    /// Where, how many sessions and from when (defaults resolved), the estimate, and
    /// whether the prices are stale: all decided by `screen`.
    pub screen: EstimatorScreen,
    pub on_place: Callback<Place>,
    pub on_sessions: Callback<u8>,
    pub on_start: Callback<Date>,
    /// "Print or save my summary" was pressed.
    pub on_print: Callback<()>,
    /// "Add the plan to my calendar" was pressed.
    pub on_calendar: Callback<()>,
    /// The way back (to the result, or to the start screen) and what it does; absent when
    /// the estimator is the only page.
    pub on_back: Option<(BackTo, Callback<()>)>,
}

/// City and sessions in, a labelled range, chart and dated plan out.
pub fn estimator(props: EstimatorProps, heading: NodeRef) -> Html {
    let lang = props.lang;
    let config = &props.config;
    let screen = &props.screen;

    let on_city = props.on_place.reform(|event: Event| {
        let value = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            .map(|s| s.value())
            .unwrap_or_default();
        parse_place(&value)
    });
    let on_start = {
        let on_start = props.on_start.clone();
        Callback::from(move |event: Event| {
            let value = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .map(|i| i.value())
                .unwrap_or_default();
            if let Some(date) = Date::parse_iso(&value) {
                on_start.emit(date);
            }
        })
    };
    let clinic_option = config.clinic_price.map(|_| {
        html! {
            <option value="clinic" selected={screen.place == Place::Clinic}>
                { config.clinic.clone() }{ " (" }{ phrase(Key::CityClinicSuffix, lang) }{ ")" }
            </option>
        }
    });
    let city_options = config.prices.cities.iter().enumerate().map(|(i, city)| {
        html! {
            <option value={["city-", &i.to_string()].concat()} selected={screen.place == Place::Listed(i)}>
                { city.city.clone() }
            </option>
        }
    });
    let session_choices = (MIN_SESSIONS..=MAX_SESSIONS).map(|n| {
        let on_change = props.on_sessions.reform(move |_: Event| n);
        let checked = screen.sessions == n;
        let label = session_choice(n);
        let class = if checked {
            "choice compact is-checked"
        } else {
            "choice compact"
        };
        with_class(
            html! {
                <label>
                    <input type="radio" name="sessions" {checked} onchange={on_change} />
                    <span class="choice-label">{ phrase(label, lang) }</span>
                </label>
            },
            class,
        )
    });
    let clinic_chart = config.clinic_price.map(|p| (config.clinic.clone(), p));
    let print = props.on_print.reform(|_: MouseEvent| ());
    let calendar = props.on_calendar.reform(|_: MouseEvent| ());
    html! {
        <section class="step estimator">
            <h2 class="step-heading" tabindex="-1" ref={heading}>{ phrase(Key::EstimateHeading, lang) }</h2>
            // The city prices are the scalp's: another area has no city to choose.
            if screen.procedure.is_scalp() {
            <div class="field">
                <label class="field-label" for="smp-city">{ phrase(Key::CityLabel, lang) }</label>
                <select id="smp-city" class="select" onchange={on_city}>
                    { for clinic_option }
                    { for city_options }
                    <option value="other" selected={screen.place == Place::NotListed}>{ phrase(Key::CityOther, lang) }</option>
                </select>
            </div>
            }
            // Sessions, their length and the plan are the scalp's (docs/content.md §2): another
            // area is told the clinic plans them (`PlanAreaVaries`) and offers no choice.
            if screen.procedure.is_scalp() {
            <fieldset class="field">
                // The quiz's figure is part of the group's name: read with the question.
                <legend class="field-label">
                    { phrase(Key::SessionsQuestion, lang) }
                    if let Some(range) = screen.from_quiz {
                        <span class="hint from-quiz">
                            { phrase(Key::SessionsFromQuiz, lang) }{ " " }{ range.min }
                            if range.max != range.min { { "\u{2013}" }{ range.max } }
                        </span>
                    }
                </legend>
                <div class="choices sessions">{ for session_choices }</div>
            </fieldset>
            }
            if let Some(lines) = &screen.lines {
                { summary(lang, lines) }
            } else if screen.estimate == Err(EstimateError::NoAreaPrice) {
                <p class="notice area-no-price">{ fill(Key::AreaNoPrice.text(lang), &[
                    ("procedure", procedure_name(screen.procedure).text(lang)),
                    ("clinic", &config.clinic),
                ]) }</p>
            }
            if screen.procedure.is_scalp() {
                { city_chart(lang, &config.prices, clinic_chart, screen.place) }
            }
            <h3 class="plan-heading">{ phrase(Key::PlanHeading, lang) }</h3>
            if screen.procedure.is_scalp() {
            <div class="field start-field">
                <label class="field-label" for="smp-start">{ phrase(Key::StartDateLabel, lang) }</label>
                <input id="smp-start" class="date-input" type="date" value={screen.start.iso()} onchange={on_start} />
            </div>
            { timeline(lang, &Plan::new(screen.start, screen.sessions)) }
            } else {
                <p class="notice plan-area-varies">{ fill(Key::PlanAreaVaries.text(lang), &[("clinic", &config.clinic)]) }</p>
            }
            <div class="nav take-home">
                if screen.procedure.is_scalp() {
                <button type="button" class="button secondary calendar-button" onclick={calendar}>
                    { phrase(Key::CalendarButton, lang) }
                </button>
                }
                <button type="button" class="button secondary print-button" onclick={print}>
                    { phrase(Key::PrintSummary, lang) }
                </button>
                { for props.on_back.clone().map(|(to, back)| back_button(lang, to, back)) }
            </div>
        </section>
    }
}

/// "Back to my result" or "Back to the start". The class is a literal in each branch: a
/// class chosen at run time would be parsed into Yew's `Classes` set (1.3 KB of hash table
/// code in the wasm, measured with twiggy).
fn back_button(lang: Lang, to: BackTo, back: Callback<()>) -> Html {
    let onclick = back.reform(|_: MouseEvent| ());
    match to {
        BackTo::Result => html! {
            <button type="button" class="link-button back-to-result" {onclick}>{ phrase(Key::BackToResult, lang) }</button>
        },
        BackTo::Start => html! {
            <button type="button" class="link-button back-to-start" {onclick}>{ phrase(Key::BackToStart, lang) }</button>
        },
    }
}

fn parse_place(value: &str) -> Place {
    match value {
        "clinic" => Place::Clinic,
        other => other
            .strip_prefix("city-")
            .and_then(|i| i.parse().ok())
            .map_or(Place::NotListed, Place::Listed),
    }
}

/// The estimate's lines, as `screen` wrote them.
fn summary(lang: Lang, lines: &CostLines) -> Html {
    html! {
        <div class="estimate">
            <p class="estimate-label">{ phrase(Key::EstimatedCost, lang) }</p>
            <p class="estimate-range">{ lines.range.clone() }</p>
            <p class="estimate-covers">{ lines.covers.clone() }</p>
            if let Some(note) = &lines.no_clinic_price {
                <p class="hint no-clinic-price">{ note.clone() }</p>
            }
            if let Some(hours) = &lines.hours {
                <p class="estimate-hours">{ hours.clone() }</p>
            }
            if let Some(monthly) = &lines.monthly {
                <p class="estimate-monthly">{ monthly.clone() }</p>
            }
            if let Some(as_of) = &lines.as_of {
                <p class="estimate-date">{ as_of.clone() }</p>
            }
            if let Some(stale) = &lines.stale {
                <p class="notice stale-prices">{ stale.clone() }</p>
            }
            <p class="notice not-a-quote">{ phrase(Key::NotAQuote, lang) }</p>
        </div>
    }
}
