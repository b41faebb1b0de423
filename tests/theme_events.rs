//! The embed-facing parts of the domain: theme safety, event payloads, UTM pass-through and
//! the options a marketer sets.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;

use smp_widget::domain::config::options::Layer;
use smp_widget::domain::config::placement::{Mode, Parts};
use smp_widget::domain::config::theme::{parse_font, theme_css, Rgb, DEFAULT_BRAND};
use smp_widget::domain::config::{Config, Sources};
use smp_widget::domain::date::Date;
use smp_widget::domain::outputs::events::{with_utm, Cta, Field, WidgetEvent};
use smp_widget::domain::quiz::outcome::Outcome;

const WHITE: Rgb = Rgb(255, 255, 255);

#[test]
fn colours_parse_strictly() {
    assert_eq!(Rgb::parse("#0b5c66"), Some(Rgb(11, 92, 102)));
    assert_eq!(Rgb::parse("#FFF"), Some(WHITE));
    assert_eq!(Rgb::parse(" rgb(1, 2, 3) "), Some(Rgb(1, 2, 3)));
    for bad in [
        "red",
        "#12345",
        "#gggggg",
        "rgb(1,2)",
        "rgb(1,2,3,4)",
        "rgb(256,0,0)",
        "#000;}*{x:y",
        "url(x)",
        "",
    ] {
        assert_eq!(Rgb::parse(bad), None, "{bad:?}");
    }
    assert_eq!(Rgb(11, 92, 102).hex(), "#0b5c66");
}

#[test]
fn a_colour_failing_contrast_is_darkened_until_white_text_passes() {
    assert!(
        DEFAULT_BRAND.contrast(WHITE) >= 4.5,
        "the default theme passes"
    );
    let yellow = Rgb(255, 255, 0);
    assert!(yellow.contrast(WHITE) < 1.1);
    let fixed = yellow.darkened_for_white_text(4.5);
    assert!(fixed.contrast(WHITE) >= 4.5);
    assert_eq!(Rgb(0, 0, 0).contrast(WHITE).round(), 21.0);
}

#[test]
fn theme_options_are_validated_and_warned_about() {
    let attrs = |name: &str| -> Option<String> {
        match name {
            "brand-color" => Some("#ffff00".into()),
            "radius" => Some("99".into()),
            "font" => Some("x;}body{display:none".into()),
            "mode" => Some("popup".into()),
            "parts" => Some("estimator".into()),
            "z-index" => Some("-4".into()),
            "share-outcome" => Some("".into()),
            "utm" => Some("maybe".into()),
            _ => None,
        }
    };
    let (config, warnings) = Config::from_attributes(attrs);
    let lines: Vec<String> = warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(lines.len(), 5, "{lines:#?}");
    assert!(lines[0].starts_with("brand-color adjusted"));
    assert!(lines[1].starts_with("radius rejected"));
    assert!(lines[2].starts_with("font rejected"));
    assert!(lines[3].starts_with("z-index rejected"));
    assert!(lines[4].starts_with("utm rejected"));
    assert!(config.theme.brand.contrast(WHITE) >= 4.5);
    assert_eq!(
        (config.mode, config.parts),
        (Mode::Popup, Parts::EstimatorOnly)
    );
    assert!(config.share_outcome, "a bare attribute means yes");
    assert!(!config.utm);
    assert_eq!(config.theme.radius_px, 10);
}

#[test]
fn the_theme_sheet_holds_only_custom_properties_and_the_font() {
    let css = theme_css(Rgb(1, 2, 3), 6, "inherit", 10);
    assert_eq!(css, ":host{--smp-brand:#010203;--smp-radius:6px;--smp-z:10;}:host,.smp-app{font-family:inherit;}");
    assert!(parse_font("Georgia, \"Times New Roman\", serif").is_ok());
    assert!(parse_font("a}b").is_err());
}

/// Checks PRIV-8 (docs/reliability.md).
#[test]
fn event_payloads_carry_no_answer_and_the_outcome_only_once_shared() {
    // Start and complete say nothing but that they happened, whatever the path.
    for quiet in [
        WidgetEvent::Ready,
        WidgetEvent::Start,
        WidgetEvent::Complete,
    ] {
        assert_eq!(quiet.payload(), vec![], "{}", quiet.name());
    }
    assert_eq!(WidgetEvent::Start.name(), "smp:start");
    assert_eq!(WidgetEvent::Complete.name(), "smp:complete");
    // The category leaves only as its own event, sent after the visitor's tick.
    let shared = WidgetEvent::OutcomeShared {
        outcome: Outcome::WaitForFlareUp,
    };
    assert_eq!(shared.name(), "smp:outcome");
    assert_eq!(
        shared.payload(),
        vec![("outcome", Field::Text("wait-for-flare-up".into()))]
    );
    assert_eq!(
        WidgetEvent::Cta(Cta::Book).payload(),
        vec![("cta", Field::Text("book".into()))]
    );
    assert_eq!(
        WidgetEvent::Cta(Cta::Calendar).payload(),
        vec![("cta", Field::Text("calendar".into()))]
    );
    assert_eq!(
        WidgetEvent::Estimate {
            city: "Miami, FL".into()
        }
        .name(),
        "smp:estimate"
    );
}

#[test]
fn utm_parameters_pass_through_to_the_booking_link() {
    assert_eq!(
        with_utm(
            "https://clinic.example/book?x=1#y",
            "?utm_source=fb&gclid=abc&utm_campaign=smp-2026&other=1"
        ),
        "https://clinic.example/book?x=1&utm_source=fb&utm_campaign=smp-2026#y"
    );
    assert_eq!(
        with_utm("https://clinic.example/book", "?utm_source=a%20b"),
        "https://clinic.example/book?utm_source=a%20b"
    );
    assert_eq!(
        with_utm("https://clinic.example/book", ""),
        "https://clinic.example/book"
    );
    // Nothing that would need escaping gets through.
    assert_eq!(
        with_utm("https://c.example/", "?utm_x=\"><script>"),
        "https://c.example/"
    );
}

#[test]
fn a_three_layer_config_merges_in_order() {
    let remote = r#"{"clinic": "Remote", "city": "Miami, FL", "phone": "305 555 0100"}"#;
    let block = r#"{"city": "Chicago, IL", "mode": "popup"}"#;
    let attribute = |name: &str| (name == "mode").then(|| "inline".to_owned());
    let layer = |text: &str| serde_json::from_str::<Layer>(text).unwrap();
    let (config, warnings) = Config::from_sources(Sources {
        remote: Some(layer(remote)),
        inline: Some(layer(block)),
        attribute: &attribute,
        parse_url: &|_| None,
        parse_number: &|text| text.parse().ok(),
        page_is_local: false,
        today: Date::new(2026, 11, 30).unwrap(),
    });
    assert!(warnings.is_empty());
    assert_eq!(
        (config.clinic.as_str(), config.city.as_str()),
        ("Remote", "Chicago, IL")
    );
    assert_eq!(config.mode, Mode::Inline);
}

proptest! {
    #[test]
    fn any_colour_ends_with_readable_white_text(r in any::<u8>(), g in any::<u8>(), b in any::<u8>()) {
        let fixed = Rgb(r, g, b).darkened_for_white_text(4.5);
        prop_assert!(fixed.contrast(WHITE) >= 4.5);
    }

    #[test]
    fn utm_never_breaks_out_of_the_url(query in ".{0,80}") {
        let url = with_utm("https://clinic.example/book", &query);
        prop_assert!(url.starts_with("https://clinic.example/book"));
        prop_assert!(!url.chars().any(|c| c.is_whitespace() || matches!(c, '"' | '<' | '>' | '\'' | '\\')));
    }
}
