//! The estimator and the treatment plan (docs/content.md §2–3), natively: table-driven figures,
//! properties, and the price-table configuration's validation.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;

use smp_widget::domain::config::options::Layer;
use smp_widget::domain::config::{Config, Sources};
use smp_widget::domain::date::Date;
use smp_widget::domain::pricing::estimate::{
    estimate, monthly_payment, EstimateError, PaymentTerms, Place, RangeSource,
};
use smp_widget::domain::pricing::plan::{session_dates, Plan};
use smp_widget::domain::pricing::prices::ClinicPrice;
use smp_widget::domain::pricing::prices::{PriceBasis, PriceTable};

fn table() -> PriceTable {
    PriceTable::default()
}

#[test]
fn every_city_and_session_count_gives_the_expected_range() {
    // (city, sessions, low, high): 3–4 sessions are the article's whole-treatment range;
    // fewer sessions scale it (low as if over 4 sessions, high as if over 3), to $10.
    #[rustfmt::skip]
    let rows: &[(&str, u8, u32, u32)] = &[
        ("New York, NY", 4, 2200, 5000), ("New York, NY", 3, 2200, 5000),
        ("New York, NY", 2, 1100, 3330), ("New York, NY", 1, 550, 1670),
        ("Chicago, IL", 4, 2000, 4750), ("Chicago, IL", 3, 2000, 4750),
        ("Chicago, IL", 2, 1000, 3170), ("Chicago, IL", 1, 500, 1580),
        ("Miami, FL", 4, 2000, 5000), ("Miami, FL", 2, 1000, 3330),
        ("Birmingham, AL", 4, 1750, 4000), ("Birmingham, AL", 3, 1750, 4000),
        ("Birmingham, AL", 2, 880, 2670), ("Birmingham, AL", 1, 440, 1330),
        ("Austin, TX", 4, 1800, 4500), ("Austin, TX", 1, 450, 1500),
        ("Los Angeles, CA", 4, 2000, 5000), ("Los Angeles, CA", 1, 500, 1670),
    ];
    let t = table();
    for (city, sessions, low, high) in rows {
        let i = t.find(city).unwrap();
        let e = estimate(&t, None, Place::Listed(i), *sessions, None).unwrap();
        assert_eq!(
            (e.low, e.high),
            (*low, *high),
            "{city}, {sessions} sessions"
        );
        assert_eq!(e.source, RangeSource::City);
        assert_eq!(e.scaled, *sessions < 3);
        assert_eq!(
            e.hours,
            (3 * sessions, 4 * sessions),
            "3 to 4 hours a session"
        );
    }
}

#[test]
fn a_city_not_listed_gets_the_tables_whole_span_labelled_as_derived() {
    let e = estimate(&table(), None, Place::NotListed, 3, None).unwrap();
    assert_eq!(
        (e.low, e.high, e.source),
        (1750, 5000, RangeSource::DerivedFromTable)
    );
}

#[test]
fn the_clinic_price_is_used_when_configured_and_never_invented() {
    assert_eq!(
        estimate(&table(), None, Place::Clinic, 3, None),
        Err(EstimateError::NoClinicPrice)
    );
    let clinic = Some(ClinicPrice {
        low: 2500,
        high: 4000,
    });
    let e = estimate(&table(), clinic, Place::Clinic, 4, None).unwrap();
    assert_eq!((e.low, e.high, e.source), (2500, 4000, RangeSource::Clinic));
}

#[test]
fn per_session_prices_multiply() {
    let mut t = table();
    t.basis = PriceBasis::PerSession;
    let e = estimate(&t, None, Place::Listed(0), 3, None).unwrap();
    assert_eq!((e.low, e.high), (6600, 15000));
}

#[test]
fn out_of_range_input_is_a_typed_error() {
    assert_eq!(
        estimate(&table(), None, Place::Listed(0), 0, None),
        Err(EstimateError::SessionsOutOfRange(0))
    );
    assert_eq!(
        estimate(&table(), None, Place::Listed(0), 5, None),
        Err(EstimateError::SessionsOutOfRange(5))
    );
    assert_eq!(
        estimate(&table(), None, Place::Listed(99), 3, None),
        Err(EstimateError::UnknownCity(99))
    );
    let empty = PriceTable {
        cities: vec![],
        ..table()
    };
    assert_eq!(
        estimate(&empty, None, Place::NotListed, 3, None),
        Err(EstimateError::EmptyTable)
    );
}

#[test]
fn monthly_payments_use_the_amortisation_formula_and_handle_zero_apr() {
    let zero = monthly_payment(
        3600.0,
        PaymentTerms {
            months: 12,
            apr_percent: 0.0,
        },
    );
    assert!((zero - 300.0).abs() < 1e-9);
    // $5,000 over 24 months at 9.99 % APR is $230.70 a month (standard amortisation).
    let m = monthly_payment(
        5000.0,
        PaymentTerms {
            months: 24,
            apr_percent: 9.99,
        },
    );
    assert!((m - 230.70).abs() < 0.01, "{m}");
    let e = estimate(
        &table(),
        None,
        Place::Listed(0),
        3,
        Some(PaymentTerms {
            months: 12,
            apr_percent: 0.0,
        }),
    )
    .unwrap();
    let (low, high) = e.monthly.unwrap();
    assert!((low - 2200.0 / 12.0).abs() < 1e-9 && (high - 5000.0 / 12.0).abs() < 1e-9);
}

#[test]
fn the_plan_follows_the_healing_week_and_settling() {
    let start = Date::new(2026, 11, 30).unwrap(); // a Monday
    let plan = Plan::new(start, 3);
    assert_eq!(
        plan.sessions,
        vec![start, start.add_days(7), start.add_days(14)],
        "at least a week apart"
    );
    assert_eq!(session_dates(start, 3), plan.sessions);
    // Issue 25 item 3 (review H4): the healing week, then 2 to 3 weeks of settling: by
    // about the fourth week after the last session, never the earliest day as if certain.
    assert_eq!(
        plan.settled,
        start.add_days(14 + 28),
        "settled about 4 weeks after the last session"
    );
    // Review H2: no "healed result" a month on; the plan ends when the pigment has settled.
    assert_eq!(plan.final_look, plan.settled);
    assert_eq!(
        plan.span_days(),
        42,
        "the picture's axis: first session to the settled pigment"
    );
    assert_eq!(
        (plan.start(), plan.last_session()),
        (start, start.add_days(14))
    );
    // A touch-up is one session; more than four are never planned.
    assert_eq!(Plan::new(start, 1).sessions, vec![start]);
    assert_eq!(Plan::new(start, 9).sessions.len(), 4);
    assert_eq!(Plan::new(start, 0).sessions.len(), 1);
}

#[test]
fn dates_are_right_on_known_days() {
    assert_eq!(Date::from_days(0), Date::new(1970, 1, 1).unwrap());
    assert_eq!(
        Date::new(2026, 11, 24).unwrap().weekday(),
        1,
        "2026-11-24 is a Tuesday"
    );
    assert_eq!(
        Date::new(2026, 11, 24).unwrap().next_monday(),
        Date::new(2026, 11, 30).unwrap()
    );
    assert_eq!(
        Date::new(2026, 11, 30).unwrap().next_monday(),
        Date::new(2026, 12, 7).unwrap(),
        "strictly after"
    );
    assert_eq!(
        Date::new(2024, 2, 28).unwrap().add_days(1),
        Date::new(2024, 2, 29).unwrap()
    );
    assert_eq!(Date::new(2025, 2, 29), None);
    assert_eq!(Date::parse_iso("2026-12-07"), Date::new(2026, 12, 7));
    assert_eq!(Date::parse_iso("2026-13-07"), None);
    assert_eq!(Date::new(2026, 1, 5).unwrap().iso(), "2026-01-05");
}

#[test]
fn prices_older_than_the_configured_age_are_flagged() {
    let t = table(); // 2022-12-19
    assert!(t.is_stale(Date::new(2026, 11, 24).unwrap(), 12));
    assert!(!t.is_stale(Date::new(2023, 12, 18).unwrap(), 12));
    assert!(t.is_stale(Date::new(2023, 12, 19).unwrap(), 12));
    assert!(!t.is_stale(Date::new(2026, 11, 24).unwrap(), 60));
    // How old, in whole months: the notice says "more than 3 years old" on Nov 24, 2026.
    assert_eq!(t.age_in_months(Date::new(2026, 11, 24).unwrap()), 47);
    assert_eq!(t.age_in_months(Date::new(2023, 12, 18).unwrap()), 11);
    assert_eq!(
        t.age_in_months(Date::new(2022, 1, 1).unwrap()),
        0,
        "a date before the prices"
    );
}

/// A JSON layer's text as the widget reads it (in the browser through `JSON.parse`).
fn layer(text: &str) -> Layer {
    serde_json::from_str(text).unwrap_or_else(|_| Layer::not_an_object(text))
}

fn from_json(json: &str) -> (Config, Vec<String>) {
    let none = |_: &str| None;
    let (config, warnings) = Config::from_sources(Sources {
        remote: None,
        inline: Some(layer(json)),
        attribute: &none,
        parse_url: &|_| None,
        parse_number: &|text| text.parse().ok(),
        page_is_local: false,
        today: Date::new(2026, 11, 30).unwrap(),
    });
    (config, warnings.iter().map(|w| w.to_string()).collect())
}

#[test]
fn a_bad_price_table_is_rejected_entry_by_entry_with_one_warning_each() {
    let (config, warnings) = from_json(
        r#"{"prices": [
            {"city": "Chicago, IL", "low": -5, "high": 4000},
            {"city": "Miami, FL", "low": 5000, "high": 2000},
            {"city": "", "low": 1, "high": 2},
            {"city": "Denver, CO", "low": 1900, "high": 4200},
            {"city": "denver, co", "low": 1, "high": 2},
            {"city": "Austin, TX", "low": "cheap", "high": 4500},
            {"city": "Boise, ID", "low": 1500, "high": 3500}
        ]}"#,
    );
    assert_eq!(warnings.len(), 5, "{warnings:#?}");
    assert!(warnings[0].starts_with("prices rejected: must not be negative"));
    assert!(warnings[1].starts_with("prices rejected: low is greater than high"));
    assert!(warnings[2].starts_with("prices rejected: an entry has no city name"));
    assert!(warnings[3].starts_with("prices rejected: lists a city twice"));
    assert!(warnings[4].starts_with("prices rejected: must be a number"));
    let cities: Vec<(&str, u32, u32)> = config
        .prices
        .cities
        .iter()
        .map(|c| (c.city.as_str(), c.low, c.high))
        .collect();
    assert_eq!(
        cities,
        vec![
            ("Chicago, IL", 2000, 4750), // the default table's entry for that city
            ("Miami, FL", 2000, 5000),
            ("Denver, CO", 1900, 4200),
            ("Austin, TX", 1800, 4500),
            ("Boise, ID", 1500, 3500),
        ]
    );
}

#[test]
fn price_options_and_payment_terms_are_validated() {
    let (config, warnings) = from_json(
        r#"{"clinic_price": {"low": 2500, "high": 4000}, "prices_as_of": "2026-06-01",
            "price_basis": "session", "payment_months": 12, "payment_apr": 0, "max_price_age_months": 6}"#,
    );
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(
        config.clinic_price,
        Some(ClinicPrice {
            low: 2500,
            high: 4000
        })
    );
    assert_eq!(config.prices.as_of, Date::new(2026, 6, 1).unwrap());
    assert_eq!(config.prices.basis, PriceBasis::PerSession);
    assert_eq!(
        config.payment,
        Some(PaymentTerms {
            months: 12,
            apr_percent: 0.0
        })
    );
    assert_eq!(config.max_price_age_months, 6);

    let (config, warnings) = from_json(
        r#"{"clinic_price": "4000-2500", "prices_as_of": "yesterday", "price_basis": "hour",
            "payment_apr": 99, "payment_months": 12, "max_price_age_months": "NaN", "colour": "red"}"#,
    );
    assert_eq!(warnings.len(), 7, "{warnings:#?}");
    assert_eq!(config.clinic_price, None);
    assert_eq!(
        config.payment, None,
        "months without a valid APR: no payment line"
    );
    assert_eq!(config.max_price_age_months, 12);
    assert!(warnings
        .iter()
        .any(|w| w.starts_with("colour rejected: names no option")));

    let (_, warnings) = from_json("{not json");
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].starts_with("config rejected: the JSON block is not valid JSON"));
}

#[test]
fn attributes_override_the_json_block() {
    let json = r#"{"city": "Miami, FL", "phone": "305 555 0100"}"#;
    let attribute = |name: &str| (name == "city").then(|| "Austin, TX".to_owned());
    let (config, warnings) = Config::from_sources(Sources {
        remote: None,
        inline: Some(layer(json)),
        attribute: &attribute,
        parse_url: &|_| None,
        parse_number: &|text| text.parse().ok(),
        page_is_local: false,
        today: Date::new(2026, 11, 30).unwrap(),
    });
    assert!(warnings.is_empty());
    assert_eq!(config.city, "Austin, TX");
    assert_eq!(config.phone.dial, "3055550100");
}

proptest! {
    #[test]
    fn ranges_are_ordered_and_more_sessions_never_cost_less(
        low in 0u32..200_000, spread in 0u32..200_000, place in 0usize..8, basis in any::<bool>()
    ) {
        let mut t = table();
        t.cities.push(smp_widget::domain::pricing::prices::CityPrice { city: "X".into(), low, high: low + spread });
        t.basis = if basis { PriceBasis::PerSession } else { PriceBasis::WholeTreatment };
        let place = if place < t.cities.len() { Place::Listed(place) } else { Place::NotListed };
        let mut previous = (0, 0);
        for sessions in 1..=4 {
            let e = estimate(&t, None, place, sessions, None).unwrap();
            prop_assert!(e.low <= e.high);
            prop_assert!(e.low >= previous.0 && e.high >= previous.1);
            previous = (e.low, e.high);
        }
    }

    #[test]
    fn payments_repay_at_least_the_principal(principal in 0.0f64..1_000_000.0, months in 1u16..=120, apr in 0.0f64..=36.0) {
        let m = monthly_payment(principal, PaymentTerms { months, apr_percent: apr });
        prop_assert!(m.is_finite());
        prop_assert!(m * f64::from(months) >= principal - 1e-6);
    }

    #[test]
    fn plan_dates_increase_with_at_least_a_week_between_sessions(days in -20_000i64..40_000, sessions in 1u8..=4) {
        let start = Date::from_days(days);
        let plan = Plan::new(start, sessions);
        let mut all = plan.sessions.clone();
        all.push(plan.settled);
        prop_assert!(all.windows(2).all(|w| w[0] < w[1]), "strictly increasing");
        prop_assert_eq!(plan.final_look, plan.settled, "the plan ends when the pigment has settled");
        let s = session_dates(start, sessions);
        prop_assert_eq!(s.len(), usize::from(sessions));
        prop_assert!(s.windows(2).all(|w| w[1].to_days() - w[0].to_days() >= 7));
        prop_assert_eq!(Date::from_days(start.to_days()), start);
    }

    #[test]
    fn dates_round_trip(days in -1_000_000i64..1_000_000) {
        let date = Date::from_days(days);
        prop_assert_eq!(date.to_days(), days);
        prop_assert_eq!(Date::new(date.year, date.month, date.day), Some(date));
        prop_assert_eq!(date.add_days(1).to_days(), days + 1);
    }

    #[test]
    fn any_config_json_never_panics(json in ".{0,200}") {
        let _ = from_json(&json);
    }
}
