//! The city comparison: a real table (caption, column and row headers) whose rows also
//! draw their range as a bar on one shared dollar scale, ticks labelled below. Text is
//! HTML, or SVG text with no `viewBox`, so it never shrinks below the widget's own size;
//! positions are SVG percentages (no `style=""`, which a strict CSP would block).

use yew::prelude::*;

use crate::domain::copy::lang::Lang;
use crate::domain::copy::text::Key;
use crate::domain::pricing::estimate::Place;
use crate::domain::pricing::prices::ClinicPrice;
use crate::domain::pricing::prices::PriceTable;

use super::class::with_class;
use super::phrase::phrase;
use crate::shell::format::{money, money_range};

pub fn city_chart(
    lang: Lang,
    table: &PriceTable,
    clinic: Option<(String, ClinicPrice)>,
    chosen: Place,
) -> Html {
    // (name, low, high, chosen, the clinic's own)
    let mut rows: Vec<(String, u32, u32, bool, bool)> = Vec::new();
    if let Some((name, price)) = clinic {
        rows.push((name, price.low, price.high, chosen == Place::Clinic, true));
    }
    for (i, city) in table.cities.iter().enumerate() {
        rows.push((
            city.city.clone(),
            city.low,
            city.high,
            chosen == Place::Listed(i),
            false,
        ));
    }
    let top = scale_top(rows.iter().map(|r| r.2).max().unwrap_or(0));
    let at = |value: u32| permille(u64::from(value), top);
    let bars = rows.iter().map(|(name, low, high, is_chosen, is_clinic)| {
        let (from, to) = (at(*low), at(*high));
        // At least a sliver, for a range of one price.
        let width = to.saturating_sub(from).max(6);
        let x = from.min(1000 - width);
        let class = match (is_chosen, is_clinic) {
            (true, true) => "bar-row is-chosen is-clinic",
            (true, false) => "bar-row is-chosen",
            (false, true) => "bar-row is-clinic",
            (false, false) => "bar-row",
        };
        with_class(
            html! {
                <tr>
                    <th scope="row">
                        { name.clone() }
                        if *is_clinic { <span class="chart-mark">{ phrase(Key::ChartClinic, lang) }</span> }
                        if *is_chosen { <span class="chart-mark">{ phrase(Key::ChartYou, lang) }</span> }
                    </th>
                    <td>
                        <span class="chart-range">{ money_range(lang, *low, *high) }</span>
                        <svg class="bar-track" width="100%" height="12" aria-hidden="true" focusable="false">
                            <line class="grid" x1="50%" x2="50%" y1="0" y2="12" />
                            <rect class="bar" x={percent(x)} width={percent(width)} y="2" height="8" rx="3" />
                        </svg>
                    </td>
                </tr>
            },
            class,
        )
    });
    // On a phone the comparison waits behind its summary line; the estimate above already
    // gives the chosen place's range.
    html! {
        <details class="more chart" open={wide_screen()}>
        <summary>{ phrase(Key::ChartShow, lang) }</summary>
        <table class="city-chart">
            <caption>{ phrase(Key::ChartHeading, lang) }</caption>
            <thead>
                <tr>
                    <th scope="col">{ phrase(Key::ChartCity, lang) }</th>
                    <th scope="col">{ phrase(Key::ChartRange, lang) }</th>
                </tr>
            </thead>
            <tbody>{ for bars }</tbody>
            // The scale's labels: the same numbers are in every row's text.
            <tfoot aria-hidden="true">
                <tr>
                    <td></td>
                    <td>
                        <svg class="chart-scale" width="100%" height="20" focusable="false">
                            <text x="0" y="15">{ money(lang, 0.0) }</text>
                            <text class="mid" x="50%" y="15" text-anchor="middle">{ money(lang, f64::from(top / 2)) }</text>
                            <text x="100%" y="15" text-anchor="end">{ money(lang, f64::from(top)) }</text>
                        </svg>
                    </td>
                </tr>
            </tfoot>
        </table>
        </details>
    }
}

/// Whether the screen is wide enough to show the estimator's details open at first.
pub(super) fn wide_screen() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(min-width: 720px)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// The scale's end: the smallest of 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10ⁿ dollars that
/// holds `max`, so that the middle tick is a round number too.
pub(super) fn scale_top(max: u32) -> u32 {
    let mut unit: u64 = 1;
    loop {
        for tenths in [10, 15, 20, 25, 30, 40, 50, 60, 80] {
            let top = tenths * unit / 10;
            if top >= u64::from(max.max(2)) && top.is_multiple_of(2) {
                return u32::try_from(top).unwrap_or(u32::MAX);
            }
        }
        unit *= 10;
    }
}

/// `value` in thousandths of `top` (0–1000).
fn permille(value: u64, top: u32) -> u32 {
    // `checked_div`: no divide-by-zero panic path, even for a scale of zero.
    (value * 1000)
        .checked_div(u64::from(top))
        .map_or(0, |p| p.min(1000) as u32)
}

/// Thousandths as an SVG percentage with one decimal, e.g. `44.5%`: integer arithmetic,
/// so no float printer ships.
pub(super) fn percent(permille: u32) -> String {
    [
        (permille / 10).to_string(),
        ".".into(),
        (permille % 10).to_string(),
        "%".into(),
    ]
    .concat()
}
