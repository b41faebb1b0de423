//! Issue 13: what the configuration trusts. Only the element decides where data goes
//! (docs/reliability.md PRIV-9); links are judged on the browser's parse, not their prefix (SEC-13);
//! `prices-as-of` is a real, past date and month counts never overflow; and a JSON block
//! that `JSON.parse` accepts loses at most the field the option cannot take.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use serde::de::value::{Error as DeError, MapDeserializer, SeqDeserializer};
use serde::de::{Deserializer, IntoDeserializer, Visitor};
use serde::Deserialize;

use smp_widget::domain::config::options::{Layer, OptionId};
use smp_widget::domain::config::placement::Mode;
use smp_widget::domain::config::{
    parse_booking_url, parse_lead_url, Config, ParsedUrl, Problem, Refusal, Sources,
};
use smp_widget::domain::date::Date;
use smp_widget::domain::pricing::prices::DEFAULT_AS_OF;

mod common;
use common::parse_url;

fn today() -> Date {
    Date::new(2026, 11, 30).unwrap()
}

/// A JSON layer's text as the widget reads it: parsed (here by serde_json, in the browser
/// by `JSON.parse`), then serde reads the value; text that is not an object sets nothing.
fn layer(text: &str) -> Layer {
    serde_json::from_str(text).unwrap_or_else(|_| Layer::not_an_object(text))
}

/// The configuration of an element with these layers, on a page that is (or is not) on
/// this machine.
fn load(
    remote: Option<&str>,
    inline: Option<&str>,
    attributes: &[(&str, &str)],
    page_is_local: bool,
) -> (Config, Vec<Problem>) {
    load_layers(
        remote.map(layer),
        inline.map(layer),
        attributes,
        page_is_local,
    )
}

fn load_layers(
    remote: Option<Layer>,
    inline: Option<Layer>,
    attributes: &[(&str, &str)],
    page_is_local: bool,
) -> (Config, Vec<Problem>) {
    let attribute = |name: &str| {
        attributes
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| (*v).to_owned())
    };
    Config::from_sources(Sources {
        remote,
        inline,
        attribute: &attribute,
        parse_url: &parse_url,
        parse_number: &|text| text.parse().ok(),
        page_is_local,
        today: today(),
    })
}

fn messages(problems: &[Problem]) -> Vec<String> {
    problems.iter().map(Problem::to_string).collect()
}

/// The field each line names.
fn fields(problems: &[Problem]) -> Vec<&'static str> {
    problems
        .iter()
        .map(|p| p.option().map_or("config", OptionId::name))
        .collect()
}

// ---- A. PRIV-9: only the page decides where data goes ----

/// Checks PRIV-9 (docs/reliability.md).
#[test]
fn config_src_cannot_set_lead_url() {
    let remote = r#"{"clinic": "Remote Clinic", "lead_url": "https://evil.example/x"}"#;
    let (config, warnings) = load(Some(remote), None, &[], false);
    assert_eq!(config.lead_url, None);
    assert_eq!(config.lead_host, None);
    assert_eq!(
        config.clinic, "Remote Clinic",
        "other options still come from it"
    );
    assert_eq!(warnings.len(), 1, "{:#?}", messages(&warnings));
    assert_eq!(warnings[0].option(), Some(OptionId::LeadUrl));
    assert!(warnings[0].is_security(), "logged as console.error");
    assert_eq!(
        warnings[0].to_string(),
        "lead_url rejected: may only be set on the element (an attribute or the JSON block) \
         (\"https://evil.example/x\" in the config-src file); ignored: set it on the element"
    );
}

/// Checks PRIV-9 (docs/reliability.md).
#[test]
fn config_src_cannot_turn_on_data_layer_share_outcome_or_utm() {
    let remote = r#"{"data_layer": true, "share_outcome": "yes", "utm": true,
                     "lead-url": "https://evil.example/x", "lead_url": "https://evil.example/y"}"#;
    let (config, warnings) = load(Some(remote), None, &[], false);
    assert!(!config.data_layer && !config.share_outcome && !config.utm);
    assert_eq!(config.lead_url, None);
    assert_eq!(
        fields(&warnings),
        ["data_layer", "share_outcome", "utm", "lead_url"],
        "one line per field, in the file's order, even when the file spells it twice"
    );
    assert!(warnings.iter().all(Problem::is_security));
    assert!(messages(&warnings)[0].starts_with("data_layer rejected: may only be set on"));
}

/// Checks PRIV-9 (docs/reliability.md).
#[test]
fn config_src_cannot_set_mode() {
    let (config, warnings) = load(Some(r#"{"mode": "popup"}"#), None, &[], false);
    assert_eq!(config.mode, Mode::Inline);
    assert_eq!(messages(&warnings).len(), 1);
    assert!(warnings[0].is_security());
    assert!(warnings[0]
        .to_string()
        .starts_with("mode rejected: may only be set on the element"));
}

/// Checks PRIV-9 (docs/reliability.md).
#[test]
fn the_element_still_sets_the_data_sending_options_and_precedence_holds() {
    let remote = r#"{"clinic": "Remote", "city": "Miami, FL", "phone": "305 555 0100",
                     "lead_url": "https://evil.example/x", "mode": "inline"}"#;
    let inline = r#"{"city": "Chicago, IL", "lead_url": "https://forms.clinic.example/leads",
                     "data_layer": true, "share_outcome": true, "mode": "popup"}"#;
    let (config, warnings) = load(
        Some(remote),
        Some(inline),
        &[("phone", "760 555 0199"), ("utm", "")],
        false,
    );
    // Defaults < config-src < inline block < attributes.
    assert_eq!(config.clinic, "Remote");
    assert_eq!(config.city, "Chicago, IL");
    assert_eq!(config.phone.dial, "7605550199");
    assert_eq!(
        config.lead_url.as_deref(),
        Some("https://forms.clinic.example/leads")
    );
    assert_eq!(config.lead_host.as_deref(), Some("forms.clinic.example"));
    assert!(config.data_layer && config.share_outcome && config.utm);
    assert_eq!(config.mode, Mode::Popup);
    // Only the remote file's two element-only fields are reported.
    assert_eq!(
        fields(&warnings),
        ["lead_url", "mode"],
        "{:#?}",
        messages(&warnings)
    );
}

// ---- B. SEC-13: URLs checked by parsing, not by prefix ----

/// Checks SEC-13 (docs/reliability.md).
#[test]
fn lead_url_with_userinfo_is_refused() {
    for raw in [
        "http://localhost:@evil.example/x",
        "http://127.0.0.1:8080@evil.example/x",
        "https://forms.clinic.example@evil.example/x",
        "https://user:secret@forms.clinic.example/x",
        "https://:secret@forms.clinic.example/x",
    ] {
        let (config, warnings) = load(None, None, &[("lead-url", raw)], true);
        assert_eq!((config.lead_url, config.lead_host), (None, None), "{raw}");
        assert_eq!(warnings.len(), 1, "{raw}");
        assert_eq!(warnings[0].refusal(), Some(Refusal::UserInfo), "{raw}");
    }
    // The function the loader-side tests use agrees.
    assert!(parse_lead_url("http://localhost:@evil.example/x", &parse_url, true).is_err());
}

/// Checks SEC-13 (docs/reliability.md).
#[test]
fn booking_url_with_userinfo_is_refused() {
    for raw in [
        "https://user@clinic.example:8443/a",
        "https://clinic.example:443@evil.example/book",
    ] {
        assert_eq!(
            parse_booking_url(raw, &parse_url),
            Err(Refusal::UserInfo),
            "{raw}"
        );
        let (config, warnings) = load(
            None,
            Some(&format!(r#"{{"booking_url": "{raw}"}}"#)),
            &[],
            false,
        );
        assert_eq!((config.booking_url, warnings.len()), (None, 1), "{raw}");
    }
}

/// Checks SEC-13 (docs/reliability.md).
#[test]
fn http_lead_url_only_for_localhost_on_a_localhost_page() {
    let lead = |raw: &str, page_is_local: bool| {
        let (config, warnings) = load(None, None, &[("lead-url", raw)], page_is_local);
        (
            config.lead_host,
            warnings.first().and_then(Problem::refusal),
        )
    };
    let local_only = Some(Refusal::LocalHttp);
    // On this machine's page: only this machine, spelled as the parser reads it.
    assert_eq!(
        lead("http://localhost/lead", true),
        (Some("localhost".into()), None)
    );
    assert_eq!(
        lead("http://LocalHost:3000/lead", true),
        (Some("localhost".into()), None)
    );
    assert_eq!(
        lead("http://127.0.0.1:8080/lead", true),
        (Some("127.0.0.1".into()), None)
    );
    assert_eq!(
        lead("http://localhost.evil.example/x", true),
        (None, local_only)
    );
    assert_eq!(lead("http://clinic.example/lead", true), (None, local_only));
    // On a real site, never plain http, not even to localhost.
    assert_eq!(lead("http://localhost/lead", false), (None, local_only));
    assert_eq!(
        lead("http://127.0.0.1:8080/lead", false),
        (None, local_only)
    );
    // https goes anywhere; other schemes nowhere, as a security event.
    assert_eq!(
        lead("https://forms.clinic.example/leads", false),
        (Some("forms.clinic.example".into()), None)
    );
    let (config, warnings) = load(None, None, &[("lead-url", "javascript:alert(1)")], true);
    assert_eq!(config.lead_url, None);
    assert!(warnings[0].is_security(), "{:?}", warnings[0]);
    assert_eq!(warnings[0].refusal(), Some(Refusal::Scheme));
}

/// Checks SEC-13 (docs/reliability.md).
#[test]
fn lead_host_is_the_host_the_browser_will_connect_to() {
    // Percent-escapes in a host are decoded by the parser; a prefix check would miss it.
    let (config, warnings) = load(
        None,
        None,
        &[(
            "lead-url",
            "https://Forms.Example-Clinic.com%2Eevil.example:8443/leads",
        )],
        false,
    );
    assert!(warnings.is_empty(), "{:#?}", messages(&warnings));
    assert_eq!(
        config.lead_host.as_deref(),
        Some("forms.example-clinic.com.evil.example")
    );
    assert_eq!(
        config.lead_url.as_deref(),
        Some("https://Forms.Example-Clinic.com%2Eevil.example:8443/leads"),
        "the URL itself is kept as written"
    );
}

/// Checks SEC-13 (docs/reliability.md).
#[test]
fn a_url_is_judged_on_the_parse_it_is_given_not_its_text() {
    // A parser that reads every URL as javascript: (or as nothing) makes every link
    // refused, whatever its prefix says: the prefix alone decides nothing.
    let hostile = |raw: &str| {
        Some(ParsedUrl {
            protocol: "javascript:".into(),
            href: raw.to_owned(),
            ..ParsedUrl::default()
        })
    };
    assert_eq!(
        parse_booking_url("https://clinic.example/", &hostile),
        Err(Refusal::Scheme)
    );
    assert_eq!(
        parse_lead_url("http://localhost/lead", &|_| None, true),
        Err(Refusal::InvalidUrl)
    );
    // The raw text is still refused when the browser would repair it or resolve it
    // against the page, before any parse.
    for raw in [
        " https://clinic.example",
        "https://clinic.example/a b",
        "https://clinic.example\\@evil.example",
        "https:clinic.example",
        "https:///clinic.example",
        "ftp://clinic.example",
    ] {
        assert!(parse_booking_url(raw, &parse_url).is_err(), "{raw:?}");
        assert!(parse_lead_url(raw, &parse_url, true).is_err(), "{raw:?}");
    }
}

// ---- C. Dates: prices-as-of, months_until ----

/// From issue 13.
#[test]
fn prices_as_of_after_today_is_refused() {
    for (raw, problem) in [
        ("2026-12-01", Refusal::AfterToday),
        ("2099-01-01", Refusal::AfterToday),
        ("2101-01-01", Refusal::DateOutOfRange),
        ("1999-12-31", Refusal::DateOutOfRange),
        ("0001-01-01", Refusal::DateOutOfRange),
    ] {
        let (config, warnings) = load(
            None,
            Some(&format!(r#"{{"prices_as_of": "{raw}"}}"#)),
            &[],
            false,
        );
        assert_eq!(config.prices.as_of, DEFAULT_AS_OF, "{raw}");
        assert_eq!(warnings.len(), 1, "{raw}");
        assert_eq!(
            (warnings[0].option(), warnings[0].refusal()),
            (Some(OptionId::PricesAsOf), Some(problem)),
            "{raw}"
        );
    }
    // Today itself and any earlier day in range are fine, and old prices get stale.
    for raw in ["2026-11-30", "2000-01-01", "2024-02-29"] {
        let (config, warnings) = load(None, None, &[("prices-as-of", raw)], false);
        assert!(warnings.is_empty(), "{raw}: {:#?}", messages(&warnings));
        assert_eq!(config.prices.as_of.iso(), raw);
    }
    let (config, _) = load(None, None, &[("prices-as-of", "2024-02-29")], false);
    assert!(config.prices.is_stale(today(), 12));
}

/// From issue 13.
#[test]
fn months_until_saturates_instead_of_overflowing() {
    let first = Date {
        year: i32::MIN,
        month: 1,
        day: 1,
    };
    let last = Date {
        year: i32::MAX,
        month: 12,
        day: 31,
    };
    assert_eq!(first.months_until(last), i32::MAX);
    assert_eq!(last.months_until(first), i32::MIN);
    let a = Date::new(2025, 1, 31).unwrap();
    assert_eq!(a.months_until(Date::new(2025, 2, 28).unwrap()), 0);
    assert_eq!(a.months_until(Date::new(2025, 3, 31).unwrap()), 2);
    assert_eq!(Date::new(2025, 2, 28).unwrap().months_until(a), -1);
}

fn any_date() -> impl Strategy<Value = Date> {
    (any::<i32>(), any::<u8>(), any::<u8>()).prop_map(|(year, month, day)| Date {
        year,
        month,
        day,
    })
}

proptest! {
    /// From issue 13.
    #[test]
    fn months_until_never_overflows_for_any_dates(a in any_date(), b in any_date()) {
        // The exact count, in a type that cannot overflow, clamped to an i32.
        let exact = (i128::from(b.year) - i128::from(a.year)) * 12 + i128::from(b.month)
            - i128::from(a.month)
            - i128::from(b.day < a.day);
        let clamped = exact.clamp(i128::from(i32::MIN), i128::from(i32::MAX));
        prop_assert_eq!(i128::from(a.months_until(b)), clamped);
    }

    /// From issue 13.
    #[test]
    fn months_until_is_negative_exactly_when_the_date_is_earlier(
        a in (-100_000i64..100_000).prop_map(Date::from_days),
        b in (-100_000i64..100_000).prop_map(Date::from_days),
    ) {
        prop_assert_eq!(a.months_until(b) >= 0, a <= b, "{:?} → {:?}", a, b);
    }
}

// ---- D. A block that JSON.parse accepts loses at most the bad field ----

/// A value as `JSON.parse` gives it, handed to serde as serde-wasm-bindgen hands it: a safe
/// integer as an integer, any other number (an infinity too) as a float, a string as a
/// string (a lone surrogate already U+FFFD), an object's members in order.
#[derive(Clone, Debug)]
enum Js {
    Null,
    Num(f64),
    Str(String),
    Arr(Vec<Js>),
    Obj(Vec<(String, Js)>),
}

impl<'de> IntoDeserializer<'de, DeError> for Js {
    type Deserializer = Js;
    fn into_deserializer(self) -> Js {
        self
    }
}

impl<'de> Deserializer<'de> for Js {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self {
            Js::Null => visitor.visit_unit(),
            Js::Num(n) if n.fract() == 0.0 && n.abs() <= 9_007_199_254_740_991.0 => {
                visitor.visit_i64(n as i64)
            }
            Js::Num(n) => visitor.visit_f64(n),
            Js::Str(s) => visitor.visit_string(s),
            Js::Arr(items) => visitor.visit_seq(SeqDeserializer::new(items.into_iter())),
            Js::Obj(members) => visitor.visit_map(MapDeserializer::new(members.into_iter())),
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map struct enum
        identifier ignored_any
    }
}

fn obj(members: &[(&str, Js)]) -> Js {
    Js::Obj(
        members
            .iter()
            .map(|(k, v)| ((*k).to_owned(), v.clone()))
            .collect(),
    )
}

fn from_js(value: Js) -> Layer {
    Layer::deserialize(value).expect("an object reads as a layer")
}

/// From issue 13.
#[test]
fn a_number_too_large_refuses_only_its_field() {
    // `JSON.parse('{"clinic":"Ana\'s Clinic","radius":1e400}')` gives radius = Infinity.
    let block = obj(&[
        ("clinic", Js::Str("Ana's Clinic".into())),
        ("radius", Js::Num(f64::INFINITY)),
        ("z_index", Js::Num(-f64::INFINITY)),
        ("city", Js::Str("Indio, CA".into())),
    ]);
    let (config, warnings) = load_layers(None, Some(from_js(block)), &[], false);
    assert_eq!(config.clinic, "Ana's Clinic");
    assert_eq!(
        config.city, "Indio, CA",
        "a field after the bad ones is kept too"
    );
    assert_eq!(config.theme.radius_px, 10);
    assert_eq!(config.theme.z_index, 2_147_483_000);
    assert_eq!(
        messages(&warnings),
        [
            "radius rejected: must be a number (\"<number>\" in the JSON block); \
             the default is used until it is fixed",
            "z_index rejected: must be a number (\"<number>\" in the JSON block); \
             the default is used until it is fixed",
        ]
    );
}

/// From issue 14.
#[test]
fn every_bad_field_is_one_line_and_the_rest_of_the_block_stands() {
    let block = layer(
        r##"{"clinic": 42, "phone": "760 555 0199", "radius": "wide", "lang": ["es"],
            "city": {"name": "Indio"}, "prices": "cheap", "utm": "maybe", "parts": null,
            "brand_color": "#0b5c66", "payment_apr": "4.5", "payment_months": 24}"##,
    );
    let (config, warnings) = load_layers(None, Some(block), &[], false);
    assert_eq!(
        messages(&warnings),
        [
            "clinic rejected: must be text (\"42\" in the JSON block); \
             the default is used until it is fixed",
            "radius rejected: must be a number (\"wide\" in the JSON block); \
             the default is used until it is fixed",
            "lang rejected: must be text (\"[\"es\"]\" in the JSON block); \
             the default is used until it is fixed",
            "city rejected: must be text (\"{\"name\":\"Indio\"}\" in the JSON block); \
             the default is used until it is fixed",
            "prices rejected: must be a list of {city, low, high} (\"cheap\" in the JSON block); \
             that city keeps the built-in prices until it is fixed",
            "utm rejected: must be true or false (\"maybe\" in the JSON block); \
             the default is used until it is fixed",
            "parts rejected: must be \"quiz\", \"estimator\" or \"both\" (\"null\" in the JSON block); \
             the default is used until it is fixed",
        ]
    );
    assert_eq!(config.phone.dial, "7605550199");
    assert_eq!(
        config.payment.map(|p| (p.months, p.apr_percent)),
        Some((24, 4.5))
    );
}

/// From issue 14.
#[test]
fn a_block_that_is_not_an_object_is_one_line_and_sets_nothing() {
    for (text, line) in [
        ("[1, 2]", "config rejected: must be a JSON object like {\"clinic\": \"…\"} (\"[1, 2]\" in the JSON block); it sets nothing"),
        ("\"clinic\"", "config rejected: must be a JSON object like {\"clinic\": \"…\"} (\"\"clinic\"\" in the JSON block); it sets nothing"),
        ("42", "config rejected: must be a JSON object like {\"clinic\": \"…\"} (\"42\" in the JSON block); it sets nothing"),
        ("null", "config rejected: must be a JSON object like {\"clinic\": \"…\"} (\"null\" in the JSON block); it sets nothing"),
        ("{not json", "config rejected: the JSON block is not valid JSON at line 1, column 2 (character 1): expected a name in quotes; it sets nothing until it is fixed"),
        ("  ", "config rejected: the JSON block is not valid JSON at line 1, column 3 (character 2): expected a value; it sets nothing until it is fixed"),
    ] {
        let (config, warnings) = load(None, Some(text), &[("city", "Indio, CA")], false);
        assert_eq!(config.city, "Indio, CA", "{text}: the other layers stand");
        assert_eq!(messages(&warnings), [line], "{text}");
    }
    // From the browser's parse too: an array is not an object.
    assert!(Layer::deserialize(Js::Arr(vec![Js::Null])).is_err());
}

/// From issue 14.
#[test]
fn unknown_keys_are_one_line_each_in_order() {
    let (config, warnings) = load(
        None,
        Some(r#"{"colour": "red", "clinic": "A", "config_src": "/x.json", "Clinic": "B"}"#),
        &[],
        false,
    );
    assert_eq!(config.clinic, "A");
    assert_eq!(
        messages(&warnings),
        [
            "colour rejected: names no option (see EMBEDDING.md's table) (\"colour\" in the JSON block); ignored",
            "config_src rejected: names no option (see EMBEDDING.md's table) (\"config_src\" in the JSON block); ignored",
            "Clinic rejected: names no option (see EMBEDDING.md's table) (\"Clinic\" in the JSON block); ignored",
        ]
    );
}

/// From issue 14.
#[test]
fn a_key_spelled_with_hyphens_is_the_same_option_and_counts_once() {
    let (config, warnings) = load(
        None,
        Some(r#"{"booking-url": "https://a.example/", "booking_url": "https://b.example/"}"#),
        &[],
        false,
    );
    assert!(warnings.is_empty(), "{:#?}", messages(&warnings));
    assert_eq!(
        config.booking_url.as_deref(),
        Some("https://a.example/"),
        "the first stands"
    );
}

/// From issue 14.
#[test]
fn payment_terms_come_from_either_layer_and_half_a_pair_is_off() {
    let (config, warnings) = load(
        Some(r#"{"payment_months": 12}"#),
        None,
        &[("payment-apr", "0")],
        false,
    );
    assert!(warnings.is_empty(), "{:#?}", messages(&warnings));
    assert_eq!(
        config.payment.map(|p| (p.months, p.apr_percent)),
        Some((12, 0.0))
    );
    for (inline, attributes) in [
        (Some(r#"{"payment_months": 12}"#), &[][..]),
        (None, &[("payment-apr", "9.99")][..]),
        (
            Some(r#"{"payment_months": 12, "payment_apr": 99}"#),
            &[][..],
        ),
    ] {
        let (config, warnings) = load(None, inline, attributes, false);
        assert_eq!(config.payment, None, "{inline:?} {attributes:?}");
        let last = messages(&warnings).pop().unwrap();
        assert_eq!(
            last,
            "payment-months rejected: payment-months and payment-apr go together; \
             monthly payments stay off until both are set"
        );
    }
}

/// From issue 14.
#[test]
fn nesting_past_the_limit_refuses_the_block_not_the_stack() {
    let deep = format!(r#"{{"prices": {}1{}}}"#, "[".repeat(100), "]".repeat(100));
    let (_, warnings) = load(None, Some(&deep), &[], false);
    assert_eq!(warnings.len(), 1);
    assert_eq!(
        warnings[0].to_string(),
        "config rejected: the JSON block is not valid JSON at line 1, column 45 (character 44): \
         expected at most 32 levels of nesting; it sets nothing until it is fixed"
    );
    // From the browser's parse too (where `JSON.parse` takes any depth): refused once past
    // the limit, without reading further down.
    let mut value = Js::Null;
    for _ in 0..1_000 {
        value = Js::Arr(vec![value]);
    }
    assert!(Layer::deserialize(obj(&[("colour", value)])).is_err());
}

/// From issue 13.
#[test]
fn a_lone_surrogate_refuses_at_most_its_field() {
    // `JSON.parse('{"clinic":"\ud800 X"}')` holds a lone surrogate; the browser hands it to
    // Rust as U+FFFD, and the text is kept as such.
    let block = obj(&[
        ("clinic", Js::Str("\u{fffd} X".into())),
        ("city", Js::Str("Indio, CA".into())),
    ]);
    let (config, warnings) = load_layers(None, Some(from_js(block)), &[], false);
    assert_eq!(config.city, "Indio, CA");
    assert_eq!(
        config.clinic, "\u{fffd} X",
        "as the browser would hand it over"
    );
    assert!(warnings.is_empty(), "{:#?}", messages(&warnings));
}

/// Issue 28 (the security review's low finding): with `utm` on, the page's UTM parameters
/// go only to a booking link the page itself set; one from a shared `config-src` file
/// never learns where the page's visitors came from.
#[test]
fn utm_goes_only_to_a_booking_link_the_page_set() {
    let file = r#"{"booking_url": "https://agency.example/book"}"#;
    let (config, _) = load(Some(file), None, &[("utm", "true")], false);
    assert_eq!(
        config.booking_url.as_deref(),
        Some("https://agency.example/book")
    );
    assert!(!config.booking_url_from_page, "the file's link");
    for (inline, attributes) in [
        (None, &[("booking-url", "https://clinic.example/book")][..]),
        (
            Some(r#"{"booking-url": "https://clinic.example/book"}"#),
            &[][..],
        ),
    ] {
        let (config, _) = load(Some(file), inline, attributes, false);
        assert_eq!(
            config.booking_url.as_deref(),
            Some("https://clinic.example/book")
        );
        assert!(config.booking_url_from_page, "{inline:?} {attributes:?}");
    }
}
