//! Issue 14 item 5: messages are templates with named placeholders, the same names in both
//! languages, filled at render; none is glued from word fragments.

use std::collections::BTreeSet;

use smp_widget::domain::copy::lang::Lang;
use smp_widget::domain::copy::text::{fill, Key};

fn placeholders(text: &str) -> BTreeSet<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}

/// From issue 14.
#[test]
fn every_phrase_has_the_same_placeholders_in_both_languages() {
    for key in Key::ALL {
        let (en, es) = (key.text(Lang::En), key.text(Lang::Es));
        assert!(!en.trim().is_empty() && !es.trim().is_empty(), "{key:?}");
        assert_eq!(placeholders(en), placeholders(es), "{key:?}: {en} / {es}");
    }
}

/// From issue 14.
#[test]
fn step_monthly_and_consent_lines_are_one_phrase_each() {
    let step = |lang| fill(Key::StepOf.text(lang), &[("n", "2"), ("m", "5")]);
    assert_eq!(step(Lang::En), "Step 2 of 5");
    assert_eq!(step(Lang::Es), "Paso 2 de 5");
    let consent = fill(
        Key::LeadConsent.text(Lang::Es),
        &[("clinic", "Desert Skin")],
    );
    assert!(
        consent.starts_with("Acepto que Desert Skin use estos datos"),
        "{consent}"
    );
    let values = [
        ("low", "$150"),
        ("high", "$420"),
        ("months", "12"),
        ("apr", "9.9%"),
    ];
    assert_eq!(
        fill(Key::MonthlyPayment.text(Lang::En), &values),
        "Or about $150 to $420 a month for 12 months at 9.9% APR (estimate)"
    );
    let one = fill(Key::MonthlyPaymentOneMonth.text(Lang::Es), &values);
    assert!(one.contains("durante 1 mes,"), "{one}");
    for key in [Key::StepOf, Key::LeadConsent, Key::MonthlyPayment] {
        for lang in [Lang::En, Lang::Es] {
            assert!(
                !placeholders(key.text(lang)).is_empty(),
                "{key:?} is a template"
            );
        }
    }
}
