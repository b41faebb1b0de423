use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::domain::config::Config;
use crate::domain::date::Date;
use crate::domain::estimate::{Estimate, Place, RangeSource, MAX_SESSIONS, MIN_SESSIONS};
use crate::domain::lang::Lang;
use crate::domain::prices::PriceBasis;
use crate::domain::text::{fill, Key};
use crate::domain::widget::EstimatorScreen;

use super::chart::city_chart;
use super::class::with_class;
use super::format::{day, money, money_range, percent};
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
    /// Present when there is a quiz result to go back to.
    pub on_back_to_result: Option<Callback<()>>,
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
        let label = match n {
            1 => Key::SessionsOneTouchUp,
            2 => Key::SessionsTwoSmall,
            3 => Key::SessionsThree,
            _ => Key::SessionsFour,
        };
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
    html! {
        <section class="step estimator">
            <h2 class="step-heading" tabindex="-1" ref={heading}>{ phrase(Key::EstimateHeading, lang) }</h2>
            <div class="field">
                <label class="field-label" for="smp-city">{ phrase(Key::CityLabel, lang) }</label>
                <select id="smp-city" class="select" onchange={on_city}>
                    { for clinic_option }
                    { for city_options }
                    <option value="other" selected={screen.place == Place::NotListed}>{ phrase(Key::CityOther, lang) }</option>
                </select>
            </div>
            <fieldset class="field">
                <legend class="field-label">{ phrase(Key::SessionsQuestion, lang) }</legend>
                if let Some(range) = screen.from_quiz {
                    <p class="hint from-quiz">
                        { phrase(Key::SessionsFromQuiz, lang) }{ " " }{ range.min }
                        if range.max != range.min { { "\u{2013}" }{ range.max } }
                    </p>
                }
                <div class="choices sessions">{ for session_choices }</div>
            </fieldset>
            if let Ok(estimate) = &screen.estimate {
                { summary(lang, config, screen.place, estimate, screen.stale_prices) }
            }
            { city_chart(lang, &config.prices, clinic_chart, screen.place) }
            <h3>{ phrase(Key::PlanHeading, lang) }</h3>
            <div class="field">
                <label class="field-label" for="smp-start">{ phrase(Key::StartDateLabel, lang) }</label>
                <input id="smp-start" class="date-input" type="date" value={screen.start.iso()} onchange={on_start} />
            </div>
            { timeline(lang, screen.start, screen.sessions) }
            <div class="nav">
                if let Some(back) = props.on_back_to_result.clone() {
                    <button type="button" class="button secondary back-to-result" onclick={back.reform(|_: MouseEvent| ())}>
                        { phrase(Key::BackToResult, lang) }
                    </button>
                }
                <button type="button" class="button secondary print-button" onclick={print}>
                    { phrase(Key::PrintSummary, lang) }
                </button>
            </div>
        </section>
    }
}

/// "Or about $X to $Y a month for N months at R APR (estimate)", one phrase with its
/// numbers in place (and its own wording for a single month).
fn monthly_line(lang: Lang, low: f64, high: f64, months: u16, apr_percent: f64) -> String {
    let template = if months == 1 {
        Key::MonthlyPaymentOneMonth
    } else {
        Key::MonthlyPayment
    };
    fill(
        template.text(lang),
        &[
            ("low", &money(lang, low.round())),
            ("high", &money(lang, high.round())),
            ("months", &months.to_string()),
            ("apr", &percent(lang, apr_percent)),
        ],
    )
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

fn summary(lang: Lang, config: &Config, place: Place, estimate: &Estimate, stale: bool) -> Html {
    let covers = match (estimate.basis, estimate.scaled) {
        (PriceBasis::PerSession, _) => Key::CoversPerSession,
        (PriceBasis::WholeTreatment, true) => Key::CoversScaled,
        (PriceBasis::WholeTreatment, false) => Key::CoversTreatment,
    };
    let source = match (estimate.source, place) {
        (RangeSource::City, Place::Listed(i)) => {
            let city = config.prices.city_name(i).unwrap_or_default().to_owned();
            html! { <>{ phrase(Key::SourceCity, lang) }{ " " }{ city }</> }
        }
        (RangeSource::Clinic, _) => html! { { phrase(Key::SourceClinic, lang) } },
        _ => html! { { phrase(Key::SourceDerived, lang) } },
    };
    let clinic_note = (config.clinic_price.is_none() && config.prices.find(&config.city).is_none()).then(|| {
        html! { <p class="hint no-clinic-price">{ config.clinic.clone() }{ " (" }{ config.city.clone() }{ ") " }{ phrase(Key::NoClinicPrice, lang) }</p> }
    });
    html! {
        <div class="estimate">
            <p class="estimate-label">{ phrase(Key::EstimatedCost, lang) }</p>
            <p class="estimate-range">
                { money_range(lang, estimate.low, estimate.high) }
            </p>
            <p class="estimate-covers">{ phrase(covers, lang) }{ ". " }{ source }{ "." }</p>
            { for clinic_note }
            <p class="estimate-hours">
                { phrase(Key::HoursInChair, lang) }{ " " }{ estimate.hours.0 }{ "\u{2013}" }{ estimate.hours.1 }{ " " }{ phrase(Key::HoursWord, lang) }
            </p>
            if let (Some((low, high)), Some(terms)) = (estimate.monthly, config.payment) {
                <p class="estimate-monthly">
                    { monthly_line(lang, low, high, terms.months, terms.apr_percent) }
                </p>
            }
            <p class="estimate-date">{ phrase(Key::PricesAsOf, lang) }{ " " }{ day(lang, config.prices.as_of) }{ "." }</p>
            if stale {
                <p class="notice stale-prices">{ phrase(Key::PricesOutOfDate, lang) }</p>
            }
            <p class="notice not-a-quote">{ phrase(Key::NotAQuote, lang) }</p>
        </div>
    }
}
