//! Issue 14 item 3 in a real browser (headless Chromium through wasm-bindgen-test): the
//! configuration, kept progress and the contact request go through the browser's own
//! `JSON.parse`/`JSON.stringify` and serde, and a block `JSON.parse` accepts loses at most
//! its bad fields.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

use smp_widget::domain::config::options::Layer;
use smp_widget::domain::config::{Config, Problem, Sources, LATEST_PRICES_AS_OF};
use smp_widget::domain::copy::lang::Lang;
use smp_widget::domain::outputs::lead::{lead_body, LeadForm};
use smp_widget::domain::outputs::progress::{decode, encode, expiry_from, ProgressError, Stored};
use smp_widget::domain::quiz::answers::{Answer, Answers, HairLossPattern};
use smp_widget::domain::quiz::questions::{record, Step};
use smp_widget::js_json;

wasm_bindgen_test_configure!(run_in_browser);

/// As the widget reads a JSON block.
fn layer(text: &str) -> Layer {
    js_json::parse(text).unwrap_or_else(|| Layer::not_an_object(text))
}

fn lines(inline: &str) -> (Config, Vec<String>) {
    let (config, problems) = Config::from_sources(Sources {
        remote: None,
        inline: Some(layer(inline)),
        attribute: &|_| None,
        parse_url: &|_| None,
        parse_number: &|text| Some(js_sys::Number::parse_float(text)),
        page_is_local: false,
        today: LATEST_PRICES_AS_OF,
    });
    (config, problems.iter().map(Problem::to_string).collect())
}

/// From issue 13.
#[wasm_bindgen_test]
fn a_number_json_parse_reads_as_infinity_refuses_only_its_field() {
    let (config, lines) =
        lines(r#"{"clinic": "Ana's Clinic", "radius": 1e400, "city": "Indio, CA"}"#);
    assert_eq!(config.clinic, "Ana's Clinic");
    assert_eq!(config.city, "Indio, CA");
    assert_eq!(config.theme.radius_px, 10);
    assert_eq!(
        lines,
        [
            "radius rejected: must be a number (\"<number>\" in the JSON block); \
          the default is used until it is fixed"
        ]
    );
}

/// From issue 13.
#[wasm_bindgen_test]
fn a_lone_surrogate_reads_as_u_fffd_and_costs_nothing_else() {
    let (config, lines) = lines(r#"{"clinic": "\ud800 X", "city": "Indio, CA"}"#);
    assert_eq!(config.clinic, "\u{fffd} X");
    assert_eq!(config.city, "Indio, CA");
    assert!(lines.is_empty(), "{lines:?}");
}

/// From issue 14.
#[wasm_bindgen_test]
fn each_bad_field_is_one_line_and_numbers_in_text_use_the_browsers_reader() {
    let (config, lines) = lines(
        r#"{"clinic": 42, "radius": "12.5", "z_index": "0x10", "payment_months": "24",
            "payment_apr": " 4.5 ", "colour": "red", "mode": "popup"}"#,
    );
    assert_eq!(config.theme.radius_px, 13);
    assert_eq!(
        config.payment.map(|p| (p.months, p.apr_percent)),
        Some((24, 4.5))
    );
    assert_eq!(
        lines,
        [
            "clinic rejected: must be text (\"42\" in the JSON block); \
             the default is used until it is fixed",
            "z_index rejected: must be a number (\"0x10\" in the JSON block); \
             the default is used until it is fixed",
            "colour rejected: names no option (see EMBEDDING.md's table) \
             (\"colour\" in the JSON block); ignored",
        ]
    );
}

/// From issue 14.
#[wasm_bindgen_test]
fn text_that_is_not_an_object_is_one_line() {
    for text in ["[1, 2]", "\"clinic\"", "42", "null"] {
        let (_, lines) = lines(text);
        assert_eq!(lines.len(), 1, "{text}: {lines:?}");
        assert!(
            lines[0].starts_with("config rejected: must be a JSON object"),
            "{text}"
        );
    }
    for text in ["{not json", ""] {
        let (_, lines) = lines(text);
        assert_eq!(lines.len(), 1, "{text}: {lines:?}");
        assert!(
            lines[0].starts_with("config rejected: the JSON block is not valid JSON at line 1"),
            "{text}: {lines:?}"
        );
    }
}

/// Issue 28: a block the browser refuses says where it breaks, whatever the engine's own
/// message says (Safari's names no place).
#[wasm_bindgen_test]
fn a_trailing_comma_is_named_with_its_line_and_column() {
    let (config, lines) = lines("{\n  \"clinic\": \"Ana's Clinic\",\n}");
    assert_eq!(config.clinic, "Beverly Hills Hair Restoration");
    assert_eq!(
        lines,
        [
            "config rejected: the JSON block is not valid JSON at line 3, column 1 \
          (character 30): expected a name in quotes (remove the comma before }); it sets \
          nothing until it is fixed"
        ]
    );
}

/// From issue 14.
#[wasm_bindgen_test]
fn any_depth_json_parse_takes_is_refused_without_exhausting_the_stack() {
    let deep = format!(
        r#"{{"prices": {}1{}}}"#,
        "[".repeat(5_000),
        "]".repeat(5_000)
    );
    let (_, lines) = lines(&deep);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].contains("expected at most 32 levels of nesting"),
        "{lines:?}"
    );
}

/// From issue 14.
#[wasm_bindgen_test]
fn progress_round_trips_through_the_browsers_json() {
    let now = 1_795_000_000_000;
    let mut answers = Answers::default();
    record(
        &mut answers,
        Answer::Pattern(HairLossPattern::CrownThinning),
    )
    .unwrap();
    let text = js_json::stringify(&encode(&answers, Step::Start, expiry_from(now))).unwrap();
    assert!(
        text.starts_with(r#"{"v":1,"expires":1795086400000,"p":"2"#)
            && text.ends_with(r#","s":10}"#),
        "{text}"
    );
    let stored: Stored = js_json::parse(&text).unwrap();
    assert_eq!(decode(&stored, now + 1).map(|s| s.answers), Ok(answers));
    for bad in [
        r#"{"v":1}"#,
        r#"{"v":"1","expires":1,"p":"","s":10}"#,
        "[]",
        "{",
    ] {
        let read = js_json::parse::<Stored>(bad).ok_or(ProgressError::Corrupt);
        assert_eq!(read.err(), Some(ProgressError::Corrupt), "{bad}");
    }
}

/// From issue 14.
#[wasm_bindgen_test]
fn the_contact_request_is_written_by_json_stringify_in_its_order() {
    let form = LeadForm {
        name: " Ana \"<b>\" ".into(),
        contact: "ana@example.com".into(),
        consent: true,
        include_answers: false,
    };
    let body = lead_body(&form, Lang::En, None).unwrap();
    assert_eq!(
        js_json::stringify(&body).unwrap(),
        r#"{"name":"Ana \"<b>\"","contact":"ana@example.com","lang":"en-US","source":"smp-widget"}"#
    );
}
