//! The treatment plan as one picture on one time axis — the sessions, the healing week
//! after each, the weeks the pigment settles — with the first and last dates on it; the
//! legend below is its text equivalent (the picture is hidden from screen readers): one line
//! per session and the approximate settled date; what happens meanwhile is said once, in a
//! disclosure a phone keeps closed. Nothing in it moves.

use yew::prelude::*;

use crate::domain::copy::lang::Lang;
use crate::domain::copy::text::{fill, Key};
use crate::domain::pricing::plan::{Plan, HEALING_DAYS, SETTLED_AFTER_DAYS};

use super::chart::{percent, wide_screen};
use super::class::with_class;
use super::phrase::phrase;
use crate::shell::format::day;

pub fn timeline(lang: Lang, plan: &Plan) -> Html {
    let span = plan.span_days().max(1);
    // Thousandths of the axis: whole numbers, written as percentages.
    let at = |days: i64| {
        let permille = (days.clamp(0, span) * 1000).checked_div(span).unwrap_or(0);
        percent(permille as u32)
    };
    let last = plan.day_of(plan.last_session());
    let healing = plan.sessions.iter().map(|d| {
        html! { <rect class="tl-heal" x={at(plan.day_of(*d))} width={at(HEALING_DAYS)} y="24" height="16" /> }
    });
    let markers = plan.sessions.iter().zip(1u8..).map(|(d, n)| {
        let x = at(plan.day_of(*d));
        html! {
            <g class="tl-session">
                <circle cx={x.clone()} cy="32" r="11" />
                <text x={x} y="37" text-anchor="middle">{ n }</text>
            </g>
        }
    });
    let final_x = at(plan.span_days());
    let sessions = plan.sessions.iter().zip(1u8..).map(|(d, n)| {
        let line = fill(
            Key::PlanSessionOn.text(lang),
            &[("n", &n.to_string()), ("date", &day(lang, *d))],
        );
        item("plan-session", line.into())
    });
    let dated = |key: Key, date| Html::from(fill(key.text(lang), &[("date", &day(lang, date))]));
    let care = [
        phrase(Key::PlanHealingDays, lang),
        phrase(Key::PlanSettling, lang),
        phrase(Key::PlanCovering, lang),
    ];
    html! {
        <div class="timeline">
            <div class="timeline-frame">
                <svg class="timeline-picture" width="100%" height="66" aria-hidden="true" focusable="false">
                    <line class="tl-axis" x1="0" x2="100%" y1="32" y2="32" />
                    { for healing }
                    <rect class="tl-settle" x={at(last + HEALING_DAYS)} width={at(SETTLED_AFTER_DAYS - HEALING_DAYS)} y="24" height="16" />
                    { for markers }
                    <circle class="tl-final" cx={final_x} cy="32" r="8" />
                    <text class="tl-date tl-start" x="0" y="14">{ day(lang, plan.start()) }</text>
                    <text class="tl-date" x="100%" y="62" text-anchor="end">{ day(lang, plan.final_look) }</text>
                </svg>
            </div>
            <ul class="plan-list">
                { for sessions }
                { item("plan-settled", dated(Key::PlanSettledShort, plan.settled)) }
            </ul>
            // The healing week's key opens what happens then, said once (open at first on a
            // wide screen).
            <details class="more plan-care" open={wide_screen()}>
                <summary><span class="key" aria-hidden="true"></span>{ phrase(Key::PlanHealingShort, lang) }</summary>
                { for care.into_iter().map(|text| html! { <p>{ text }</p> }) }
            </details>
        </div>
    }
}

/// One line of the legend: its key (the colour or mark in the picture), then its text.
fn item(class: &'static str, text: Html) -> Html {
    with_class(
        html! { <li><span class="key" aria-hidden="true"></span>{ text }</li> },
        class,
    )
}
