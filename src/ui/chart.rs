//! The city comparison: one bar from low to high per city, the visitor's choice and the
//! clinic highlighted, values labelled. The list beside it is the text equivalent.

use yew::prelude::*;

use crate::domain::estimate::{ClinicPrice, Place};
use crate::domain::lang::Lang;
use crate::domain::prices::PriceTable;
use crate::domain::text::Key;

use super::class::with_class;
use super::format::{money, money_range};
use super::phrase::phrase;

const WIDTH: u32 = 320;
const LABEL: u32 = 112;
const ROW: u32 = 30;

pub fn city_chart(
    lang: Lang,
    table: &PriceTable,
    clinic: Option<(String, ClinicPrice)>,
    chosen: Place,
) -> Html {
    let mut rows: Vec<(String, u32, u32, bool, bool)> = Vec::new();
    if let Some((name, price)) = &clinic {
        rows.push((
            name.clone(),
            price.low,
            price.high,
            chosen == Place::Clinic,
            true,
        ));
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
    let max = u64::from(rows.iter().map(|r| r.2).max().unwrap_or(1));
    // `checked_div`: no divide-by-zero panic path, even for a table of zero prices.
    let scale = |v: u32| {
        LABEL
            + (u64::from(WIDTH - LABEL - 8) * u64::from(v))
                .checked_div(max)
                .unwrap_or(0) as u32
    };
    let height = ROW * rows.len() as u32 + 4;
    let bars = rows.iter().enumerate().map(|(i, (name, low, high, chosen, clinic))| {
        let y = ROW * i as u32;
        let class = match (chosen, clinic) {
            (true, true) => "bar-row is-chosen is-clinic",
            (true, false) => "bar-row is-chosen",
            (false, true) => "bar-row is-clinic",
            (false, false) => "bar-row",
        };
        let x = scale(*low);
        let w = (scale(*high) - x).max(2);
        with_class(html! {
            <g>
                <text class="bar-city" x="0" y={(y + 13).to_string()}>{ short(name) }</text>
                <rect class="bar" x={x.to_string()} y={(y + 3).to_string()} width={w.to_string()} height="12" rx="3" />
                <text class="bar-value" x={LABEL.to_string()} y={(y + 27).to_string()}>
                    { money(lang, f64::from(*low)) }{ "\u{2013}" }{ money(lang, f64::from(*high)) }
                </text>
            </g>
        }, class)
    });
    let list = rows.iter().map(|(name, low, high, chosen, _)| {
        html! {
            <li>
                { name.clone() }{ ": " }{ money_range(lang, *low, *high) }
                if *chosen { { " " }{ phrase(Key::ChartYou, lang) } }
            </li>
        }
    });
    html! {
        <figure class="chart">
            <figcaption>{ phrase(Key::ChartHeading, lang) }</figcaption>
            <svg class="city-chart" viewBox={["0 0 320 ", &height.to_string()].concat()} aria-hidden="true" focusable="false">
                { for bars }
            </svg>
            <ul class="sr-only chart-values">{ for list }</ul>
        </figure>
    }
}

/// Long names are cut for the picture only; the list keeps them whole.
fn short(name: &str) -> String {
    if name.chars().count() <= 18 {
        return name.to_owned();
    }
    let mut cut: String = name.chars().take(17).collect();
    cut.push('\u{2026}');
    cut
}
