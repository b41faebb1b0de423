//! One set of cost lines (issue 26 item 2): `screen` writes the estimate's sentences once,
//! the estimator shows them and the printed summary prints the same ones; every line is
//! whole (no placeholder left, nothing empty) on every path, place and session count, in
//! both languages, with and without the marketer's own prices and terms.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use smp_widget::domain::config::Config;
use smp_widget::domain::copy::lang::Lang;
use smp_widget::domain::copy::text::{fill, Key};
use smp_widget::domain::date::Date;
use smp_widget::domain::pricing::estimate::{PaymentTerms, Place, MAX_SESSIONS, MIN_SESSIONS};
use smp_widget::domain::pricing::prices::ClinicPrice;
use smp_widget::domain::quiz::answers::{Answer, AreaDetail, BodyArea, HairLossPattern};
use smp_widget::domain::quiz::outcome::Procedure;
use smp_widget::domain::quiz::questions::options;
use smp_widget::domain::widget::{screen, Action, CostLines, Screen, View, WidgetState};

mod common;
use common::{step, Plain};

const TODAY: Date = Date {
    year: 2026,
    month: 11,
    day: 30,
};

/// The default clinic, and one with its own price, an eyebrow price, payment terms and a
/// price table over its age limit.
fn configs() -> Vec<Rc<Config>> {
    let mut own = Config {
        clinic_price: Some(ClinicPrice {
            low: 2500,
            high: 4000,
        }),
        payment: Some(PaymentTerms {
            months: 12,
            apr_percent: 9.99,
        }),
        max_price_age_months: 1,
        ..Config::default()
    };
    own.area_prices.set(
        Procedure::Eyebrows,
        ClinicPrice {
            low: 400,
            high: 800,
        },
    );
    vec![Rc::new(Config::default()), Rc::new(own)]
}

/// The first answers that lead to a result for the scalp and for each other area.
fn openings() -> Vec<Vec<Answer>> {
    let mut all = vec![vec![]];
    for (area, detail) in [
        (BodyArea::Eyebrows, AreaDetail::BrowsThinnedWithAge),
        (BodyArea::LipsOrLashes, AreaDetail::LipsDarkerOrDefined),
        (BodyArea::Areola, AreaDetail::AreolaAfterSurgery),
        (BodyArea::Vitiligo, AreaDetail::VitiligoOnFace),
        (BodyArea::Scars, AreaDetail::ScarOnBody),
    ] {
        all.push(vec![
            Answer::Pattern(HairLossPattern::OtherArea),
            Answer::Area(area),
            Answer::AreaDetail(detail),
        ]);
    }
    all
}

/// On the estimator after a quiz that opened with `first`.
fn estimator(config: &Rc<Config>, lang: Lang, first: &[Answer]) -> WidgetState {
    let mut state = WidgetState::new(config.clone(), lang, None);
    step(&mut state, Action::Begin);
    for answer in first {
        step(&mut state, Action::Answer(*answer));
        step(&mut state, Action::Next);
    }
    while let View::Question {
        question, answers, ..
    } = screen(&state, TODAY, &Plain).view
    {
        step(&mut state, Action::Answer(options(question, &answers)[0]));
        step(&mut state, Action::Next);
    }
    step(&mut state, Action::OpenEstimator);
    state
}

fn lines_of(shown: &Screen) -> (Option<Rc<CostLines>>, Option<Rc<CostLines>>) {
    let View::Estimator(estimator) = &shown.view else {
        panic!("not the estimator: {:?}", shown.view)
    };
    let printed = shown
        .summary
        .as_ref()
        .and_then(|s| s.costed.as_ref())
        .expect("the summary prints the estimate the visitor sees");
    (estimator.lines.clone(), printed.lines.clone())
}

#[test]
fn the_summary_prints_the_estimators_own_lines_and_every_line_is_whole() {
    let mut checked = 0;
    for config in configs() {
        let places: Vec<Place> = (0..config.prices.cities.len())
            .map(Place::Listed)
            .chain([Place::Clinic, Place::NotListed])
            .collect();
        for lang in Lang::ALL {
            for first in openings() {
                let mut state = estimator(&config, lang, &first);
                for place in &places {
                    for sessions in MIN_SESSIONS..=MAX_SESSIONS {
                        step(&mut state, Action::ChoosePlace(*place));
                        step(&mut state, Action::ChooseSessions(sessions));
                        let (shown, printed) = lines_of(&screen(&state, TODAY, &Plain));
                        assert_eq!(shown, printed, "{lang:?} {first:?} {place:?} {sessions}");
                        let Some(lines) = shown else { continue };
                        checked += 1;
                        let all = [
                            Some(&lines.range),
                            Some(&lines.covers),
                            lines.hours.as_ref(),
                            lines.no_clinic_price.as_ref(),
                            lines.monthly.as_ref(),
                            lines.as_of.as_ref(),
                            lines.stale.as_ref(),
                        ];
                        for line in all.into_iter().flatten() {
                            assert!(
                                !line.trim().is_empty() && !line.contains(['{', '}']),
                                "{lang:?} {first:?} {place:?} {sessions}: {line:?}"
                            );
                        }
                        // The city table's date and age only under a figure from the table.
                        let from_table = first.is_empty();
                        assert_eq!(lines.as_of.is_some(), from_table, "{lines:?}");
                        // The article's table (2022) is past both clinics' age limits.
                        assert_eq!(lines.stale.is_some(), from_table, "{lines:?}");
                        assert_eq!(lines.monthly.is_some(), config.payment.is_some());
                    }
                }
            }
        }
    }
    // The scalp at every place and count, both languages, both clinics; and the eyebrows
    // at the clinic's own price.
    assert!(checked >= 2 * 2 * 8 * 4, "{checked}");
}

#[test]
fn the_lines_are_written_in_the_visitors_language_through_the_formatter() {
    let config = &configs()[1];
    for (lang, words) in [(Lang::En, "Prices published"), (Lang::Es, "Precios")] {
        let mut state = estimator(config, lang, &[]);
        step(&mut state, Action::ChoosePlace(Place::Listed(0)));
        let (Some(lines), _) = lines_of(&screen(&state, TODAY, &Plain)) else {
            panic!("no estimate")
        };
        assert!(
            lines.range.starts_with('$') && lines.range.contains("\u{2013}$"),
            "{lines:?}"
        );
        let as_of = lines.as_of.clone().expect("the table's date");
        assert!(as_of.starts_with(words) && as_of.ends_with('.'), "{as_of}");
        assert!(lines.monthly.clone().expect("terms").contains("9.99%"));
    }
}

#[test]
fn the_printed_summary_is_written_whole_by_screen_with_todays_date_passed_in() {
    for config in configs() {
        for lang in Lang::ALL {
            let mut state = estimator(&config, lang, &[]);
            for sessions in MIN_SESSIONS..=MAX_SESSIONS {
                step(&mut state, Action::ChooseSessions(sessions));
                let shown = screen(&state, TODAY, &Plain);
                let summary = shown.summary.expect("printable beside the estimator");
                assert!(
                    summary.prepared.contains("day 2026-11-30")
                        && summary.prepared.contains(&config.clinic),
                    "{lang:?}: {}",
                    summary.prepared
                );
                assert_eq!(
                    summary.contact,
                    format!("{}, {}", config.clinic, config.phone.display)
                );
                let costed = summary.costed.expect("seen");
                // Each session, then about when the pigment has settled.
                assert_eq!(costed.plan.len(), usize::from(sessions) + 1, "{costed:?}");
                assert!(
                    costed
                        .plan
                        .iter()
                        .all(|l| l.contains("day 20") && !l.contains(['{', '}'])),
                    "{costed:?}"
                );
                assert!(
                    costed.plan_note.contains(Key::PlanHealingWeek.text(lang)),
                    "{costed:?}"
                );
            }
        }
    }
}

/// docs/content.md §2: sessions, hours, healing and their dates are the scalp's. Another
/// area's printed plan has no date, and says the clinic plans it with the visitor.
#[test]
fn the_printed_plan_of_another_area_has_no_borrowed_dates_and_names_the_clinic() {
    for config in configs() {
        for lang in Lang::ALL {
            for first in openings().into_iter().skip(1) {
                let state = estimator(&config, lang, &first);
                let summary = screen(&state, TODAY, &Plain).summary.expect("printable");
                let costed = summary.costed.expect("seen");
                assert!(costed.plan.is_empty(), "{first:?}: {:?}", costed.plan);
                assert_eq!(
                    costed.plan_note,
                    fill(
                        Key::PlanAreaVaries.text(lang),
                        &[("clinic", &config.clinic)]
                    ),
                    "{first:?}"
                );
            }
        }
    }
}
