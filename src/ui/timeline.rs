//! The treatment plan as a picture (sessions, healing weeks, settling, final look on a time
//! axis) and as a dated list, which is also the screen-reader equivalent.

use yew::prelude::*;

use crate::domain::date::Date;
use crate::domain::lang::Lang;
use crate::domain::plan::{plan, PlanEvent, PlannedDay};
use crate::domain::text::Key;

use super::class::with_class;
use super::format::day;
use super::phrase::phrase;

pub fn timeline(lang: Lang, start: Date, sessions: u8) -> Html {
    let days = plan(start, sessions);
    let span = days
        .last()
        .map_or(1, |d| d.date.to_days() - start.to_days())
        .max(1);
    // Whole-pixel coordinates (integers print without float formatting).
    let x = |date: Date| 10 + 300 * (date.to_days() - start.to_days()) / span;
    let week = (300 * 7 / span).min(300).to_string();
    let marks = days.iter().filter_map(|d| {
        let cx = x(d.date).to_string();
        match d.event {
            PlanEvent::Session(n) => Some(html! {
                <g class="tl-session">
                    <rect class="tl-heal" x={cx.clone()} y="22" width={week.clone()} height="8" />
                    <circle cx={cx.clone()} cy="26" r="7" />
                    <text x={cx} y="14" text-anchor="middle">{ n }</text>
                </g>
            }),
            PlanEvent::SettlingEnds => {
                Some(html! { <circle class="tl-settled" cx={cx} cy="26" r="5" /> })
            }
            PlanEvent::FinalLook => {
                Some(html! { <circle class="tl-final" cx={cx} cy="26" r="7" /> })
            }
            _ => None,
        }
    });
    let items = days.iter().map(|d| {
        with_class(
            html! { <li>{ day(lang, d.date) }{ ": " }{ describe(lang, d) }</li> },
            item_class(d),
        )
    });
    html! {
        <div class="timeline">
            <svg class="timeline-picture" viewBox="0 0 320 40" aria-hidden="true" focusable="false">
                <line class="tl-axis" x1="10" y1="26" x2="310" y2="26" />
                { for marks }
            </svg>
            <ol class="plan-list">{ for items }</ol>
            <p class="hint">{ phrase(Key::PlanCovering, lang) }</p>
        </div>
    }
}

fn item_class(d: &PlannedDay) -> &'static str {
    match d.event {
        PlanEvent::Session(_) => "plan-session",
        PlanEvent::FinalLook => "plan-final",
        _ => "plan-healing",
    }
}

fn describe(lang: Lang, d: &PlannedDay) -> Html {
    let after = |key: Key, n: u8| html! { <>{ phrase(key, lang) }{ " " }{ n }{ ")" }</> };
    match d.event {
        PlanEvent::Session(n) => html! {
            <><strong>{ phrase(Key::PlanSession, lang) }{ " " }{ n }</strong>{ ", " }{ phrase(Key::PlanSessionHours, lang) }</>
        },
        PlanEvent::Redness(n) => html! { <>{ phrase(Key::PlanRedness, lang) }{ " " }{ n }</> },
        PlanEvent::Calmer(n) => after(Key::PlanCalmer, n),
        PlanEvent::SkinEven(n) => after(Key::PlanEven, n),
        PlanEvent::SettlingEnds => html! { { phrase(Key::PlanSettled, lang) } },
        PlanEvent::FinalLook => html! { <strong>{ phrase(Key::PlanFinal, lang) }</strong> },
    }
}
