//! The estimate's sentences, decided once: the estimator shows them and the printed summary
//! prints the same ones, so the two can never say different things about one estimate.

use crate::domain::config::Config;
use crate::domain::copy::format::Formatter;
use crate::domain::copy::labels::{
    estimate_covers, hours_in_chair, monthly_payment, prices_out_of_date, procedure_name,
};
use crate::domain::copy::lang::Lang;
use crate::domain::copy::text::{fill, Key};
use crate::domain::pricing::estimate::{Estimate, Place, RangeSource};
use crate::domain::quiz::outcome::Procedure;

/// What an estimate says, each a whole line in the visitor's language.
#[derive(Clone, Debug, PartialEq)]
pub struct CostLines {
    /// "$2,000 – $5,000".
    pub range: String,
    /// What the range pays for and where it comes from, each a whole sentence.
    pub covers: String,
    /// The clinic has no price of its own and its city is not in the table: said so, with
    /// no figure invented (`docs/content.md` §3). Never for an area's own price.
    pub no_clinic_price: Option<String>,
    /// The hours in the chair over all the sessions: the scalp's figures (docs/content.md
    /// §2), so none for another area's own price.
    pub hours: Option<String>,
    /// The monthly payment, when the marketer configured terms.
    pub monthly: Option<String>,
    /// "Prices as of <date>.", the city table's date (not for an area's own price).
    pub as_of: Option<String>,
    /// How old the prices are, when over the marketer's limit (not for an area's own price).
    pub stale: Option<String>,
}

/// The lines of `estimate` for `procedure` at `place`, in `lang`.
pub fn cost_lines(
    config: &Config,
    procedure: Procedure,
    place: Place,
    estimate: &Estimate,
    stale_prices: Option<u16>,
    lang: Lang,
    format: &impl Formatter,
) -> CostLines {
    let city = match place {
        Place::Listed(i) => config.prices.city_name(i).unwrap_or_default(),
        _ => "",
    };
    let procedure = procedure_name(procedure).text(lang);
    let covers = estimate_covers(estimate)
        .into_iter()
        .map(|key| fill(key.text(lang), &[("city", city), ("procedure", procedure)]))
        .collect::<Vec<_>>()
        .join(" ");
    let table = estimate.source != RangeSource::Area;
    let no_clinic_price =
        (table && config.clinic_price.is_none() && config.prices.find(&config.city).is_none())
            .then(|| {
                fill(
                    Key::NoClinicPrice.text(lang),
                    &[("clinic", &config.clinic), ("city", &config.city)],
                )
            });
    let (low, high) = estimate.hours;
    let hours = table.then(|| {
        fill(
            hours_in_chair(estimate.sessions).text(lang),
            &[
                ("n", &estimate.sessions.to_string()),
                ("low", &low.to_string()),
                ("high", &high.to_string()),
            ],
        )
    });
    let monthly = estimate
        .monthly
        .zip(config.payment)
        .map(|((low, high), terms)| {
            fill(
                monthly_payment(terms.months).text(lang),
                &[
                    ("low", &format.money(lang, low.round())),
                    ("high", &format.money(lang, high.round())),
                    ("months", &terms.months.to_string()),
                    ("apr", &format.percent(lang, terms.apr_percent)),
                ],
            )
        });
    let as_of = table.then(|| {
        let mut line = fill(
            Key::PricesAsOf.text(lang),
            &[("date", &format.date(lang, config.prices.as_of))],
        );
        line.push('.');
        line
    });
    CostLines {
        range: format.money_range(lang, estimate.low, estimate.high),
        covers,
        no_clinic_price,
        hours,
        monthly,
        as_of,
        stale: stale_prices
            .filter(|_| table)
            .map(|age| prices_out_of_date(lang, age)),
    }
}
