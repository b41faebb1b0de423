//! Issue 13, native half: what the start screen promises is true for each configuration,
//! and phrases with placeholders fill by name.

use smp_widget::domain::config::privacy::privacy_sentences;
use smp_widget::domain::config::Config;
use smp_widget::domain::copy::lang::Lang;
use smp_widget::domain::copy::text::{fill, Key};

fn said(config: &Config) -> String {
    privacy_sentences(config)
        .iter()
        .map(|k| k.text(Lang::En))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Checks PRIV-8 (issue 13 item 3) (docs/reliability.md).
#[test]
fn the_start_screen_says_what_this_configuration_sends() {
    let quiet = Config::default();
    assert_eq!(
        said(&quiet),
        "Your answers stay in this browser. Nothing is sent anywhere."
    );

    let counts = Config {
        data_layer: true,
        ..Config::default()
    };
    let text = said(&counts);
    assert!(!text.contains("Nothing is sent"), "{text}");
    assert!(
        text.contains("record only your start and finish, the city you choose for prices and the buttons you press, never your answers"),
        "{text}"
    );

    let sharing = Config {
        data_layer: true,
        share_outcome: true,
        ..Config::default()
    };
    assert!(said(&sharing).contains("Your result is shared only if you check the box"));

    let contact = Config {
        lead_url: Some("https://forms.example-clinic.com/smp".into()),
        lead_host: Some("forms.example-clinic.com".into()),
        ..Config::default()
    };
    let text = said(&contact);
    assert!(!text.contains("Nothing is sent"), "{text}");
    assert!(text.contains("only if you ask it to contact you"), "{text}");

    // Every sentence exists in Spanish too.
    for config in [quiet, counts, sharing, contact] {
        for key in privacy_sentences(&config) {
            assert!(!key.text(Lang::Es).is_empty(), "{key:?}");
            assert_ne!(key.text(Lang::Es), key.text(Lang::En), "{key:?}");
        }
    }
}

/// Checks PRIV-9 (docs/reliability.md).
#[test]
fn the_consent_names_the_receiving_host_in_both_languages() {
    for lang in [Lang::En, Lang::Es] {
        let line = fill(
            Key::LeadReceiver.text(lang),
            &[("host", "forms.example-clinic.com")],
        );
        assert!(line.contains("forms.example-clinic.com"), "{line}");
        assert!(!line.contains('{'), "{line}");
    }
    assert_eq!(fill("a {x} b {y}", &[("y", "2"), ("x", "1")]), "a 1 b 2");
    assert_eq!(fill("{missing} {", &[]), "{missing} {");
}

/// Every field an event can carry to the page's analytics is one the start screen names,
/// in both languages: a new payload field without its words fails here.
///
/// Checks PRIV-8 (docs/reliability.md).
#[test]
fn the_analytics_sentence_names_every_field_an_event_carries() {
    use smp_widget::domain::outputs::events::{Cta, WidgetEvent};
    use smp_widget::domain::quiz::outcome::Outcome;

    let every_event = [
        WidgetEvent::Ready,
        WidgetEvent::Start,
        WidgetEvent::Complete,
        WidgetEvent::OutcomeShared {
            outcome: Outcome::WaitForFlareUp,
        },
        WidgetEvent::Estimate {
            city: "Miami, FL".into(),
        },
        WidgetEvent::Cta(Cta::Calendar),
    ];
    // One of each kind: a new kind of event does not compile here until it has a number,
    // and then fails below until it is in the list.
    let kind = |event: &WidgetEvent| match event {
        WidgetEvent::Ready => 0,
        WidgetEvent::Start => 1,
        WidgetEvent::Complete => 2,
        WidgetEvent::OutcomeShared { .. } => 3,
        WidgetEvent::Estimate { .. } => 4,
        WidgetEvent::Cta(_) => 5,
    };
    let kinds: Vec<usize> = every_event.iter().map(kind).collect();
    assert_eq!(kinds, (0..=5).collect::<Vec<_>>(), "one event of each kind");
    let all_on = Config {
        data_layer: true,
        share_outcome: true,
        ..Config::default()
    };
    // The words that stand for each field, English then Spanish.
    let named = |field: &str| match field {
        "city" => ("the city you choose", "la ciudad que elige"),
        "cta" => ("the buttons you press", "los botones que presiona"),
        "outcome" => ("Your result", "Su resultado"),
        other => panic!("the start screen does not name the field `{other}`"),
    };
    for event in every_event {
        for (field, _) in event.payload() {
            let (en, es) = named(field);
            let say = |lang| {
                privacy_sentences(&all_on)
                    .iter()
                    .map(|k| k.text(lang))
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            assert!(say(Lang::En).contains(en), "{field}: {}", say(Lang::En));
            assert!(say(Lang::Es).contains(es), "{field}: {}", say(Lang::Es));
        }
    }
}
