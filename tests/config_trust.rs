//! Issue 13: what the configuration trusts. Only the element decides where data goes
//! (RELIABILITY PRIV-9); links are judged on the browser's parse, not their prefix (SEC-13);
//! `prices-as-of` is a real, past date and month counts never overflow; and a JSON block
//! that `JSON.parse` accepts loses at most the field our reader cannot hold.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;

use smp_widget::domain::config::{
    parse_booking_url, parse_lead_url, Config, ConfigWarning, Mode, ParsedUrl, Sources,
};
use smp_widget::domain::date::Date;
use smp_widget::domain::prices::DEFAULT_AS_OF;

/// The browser's `URL`, natively: the `url` crate implements the same WHATWG parser.
/// (`URL.protocol` keeps the colon that `Url::scheme` leaves out.)
fn parse_url(raw: &str) -> Option<ParsedUrl> {
    let url = url::Url::parse(raw).ok()?;
    Some(ParsedUrl {
        protocol: format!("{}:", url.scheme()),
        username: url.username().to_owned(),
        password: url.password().unwrap_or_default().to_owned(),
        hostname: url.host_str().unwrap_or_default().to_owned(),
        href: url.as_str().to_owned(),
    })
}

fn today() -> Date {
    Date::new(2026, 11, 30).unwrap()
}

/// The configuration of an element with these layers, on a page that is (or is not) on
/// this machine.
fn load(
    remote: Option<&str>,
    inline: Option<&str>,
    attributes: &[(&str, &str)],
    page_is_local: bool,
) -> (Config, Vec<ConfigWarning>) {
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
        page_is_local,
        today: today(),
    })
}

fn messages(warnings: &[ConfigWarning]) -> Vec<String> {
    warnings.iter().map(ConfigWarning::message).collect()
}

// ---- A. PRIV-9: only the page decides where data goes ----

#[test]
fn priv_9_config_src_cannot_set_lead_url() {
    let remote = r#"{"clinic": "Remote Clinic", "lead_url": "https://evil.example/x"}"#;
    let (config, warnings) = load(Some(remote), None, &[], false);
    assert_eq!(config.lead_url, None);
    assert_eq!(config.lead_host, None);
    assert_eq!(
        config.clinic, "Remote Clinic",
        "other options still come from it"
    );
    assert_eq!(warnings.len(), 1, "{:#?}", messages(&warnings));
    assert_eq!(warnings[0].field, "lead-url");
    assert!(warnings[0].is_security(), "logged as console.error");
    assert_eq!(
        warnings[0].message(),
        "lead_url rejected: may only be set on the element (attribute or inline JSON), \
         not in config_src (\"https://evil.example/x\"); using the default"
    );
}

#[test]
fn priv_9_config_src_cannot_turn_on_data_layer_share_outcome_or_utm() {
    let remote = r#"{"data_layer": true, "share_outcome": "yes", "utm": true,
                     "lead-url": "https://evil.example/x", "lead_url": "https://evil.example/y"}"#;
    let (config, warnings) = load(Some(remote), None, &[], false);
    assert!(!config.data_layer && !config.share_outcome && !config.utm);
    assert_eq!(config.lead_url, None);
    let fields: Vec<&str> = warnings.iter().map(|w| w.field).collect();
    assert_eq!(
        fields,
        ["data-layer", "share-outcome", "utm", "lead-url"],
        "one line per field, even when the file spells it twice"
    );
    assert!(warnings.iter().all(ConfigWarning::is_security));
    assert!(messages(&warnings)[0].starts_with("data_layer rejected: may only be set on"));
}

#[test]
fn priv_9_config_src_cannot_set_mode() {
    let (config, warnings) = load(Some(r#"{"mode": "popup"}"#), None, &[], false);
    assert_eq!(config.mode, Mode::Inline);
    assert_eq!(messages(&warnings).len(), 1);
    assert!(warnings[0].is_security());
    assert!(warnings[0]
        .message()
        .starts_with("mode rejected: may only be set on the element"));
}

#[test]
fn priv_9_the_element_still_sets_them_and_precedence_holds() {
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
    let fields: Vec<&str> = warnings.iter().map(|w| w.field).collect();
    assert_eq!(fields, ["lead-url", "mode"], "{:#?}", messages(&warnings));
}

// ---- B. SEC-13: URLs checked by parsing, not by prefix ----

#[test]
fn sec_13_lead_url_with_userinfo_is_refused() {
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
        assert_eq!(warnings[0].problem, "has a user name or password", "{raw}");
    }
    // The function the loader-side tests use agrees.
    assert!(parse_lead_url("http://localhost:@evil.example/x", &parse_url, true).is_err());
}

#[test]
fn sec_13_booking_url_with_userinfo_is_refused() {
    for raw in [
        "https://user@clinic.example:8443/a",
        "https://clinic.example:443@evil.example/book",
    ] {
        assert_eq!(
            parse_booking_url(raw, &parse_url),
            Err("has a user name or password"),
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

#[test]
fn sec_13_http_lead_url_only_for_localhost_on_a_localhost_page() {
    let lead = |raw: &str, page_is_local: bool| {
        let (config, warnings) = load(None, None, &[("lead-url", raw)], page_is_local);
        (config.lead_host, warnings.first().map(|w| w.problem))
    };
    let local_only = Some("http is allowed only for localhost on a localhost page");
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
    assert_eq!(warnings[0].problem, "scheme not allowed");
}

#[test]
fn sec_13_lead_host_is_the_host_the_browser_will_connect_to() {
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

#[test]
fn sec_13_the_decision_is_made_on_the_parse_given() {
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
        Err("scheme not allowed")
    );
    assert_eq!(
        parse_lead_url("http://localhost/lead", &|_| None, true),
        Err("is not a valid URL")
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

#[test]
fn issue_13_prices_as_of_after_today_is_refused() {
    for (raw, problem) in [
        ("2026-12-01", "is after today"),
        ("2099-01-01", "is after today"),
        ("2101-01-01", "must be a date from 2000 to 2100"),
        ("1999-12-31", "must be a date from 2000 to 2100"),
        ("0001-01-01", "must be a date from 2000 to 2100"),
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
            (warnings[0].field, warnings[0].problem),
            ("prices-as-of", problem),
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

#[test]
fn issue_13_months_until_saturates_instead_of_overflowing() {
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
    #[test]
    fn issue_13_months_until_never_overflows_for_any_dates(a in any_date(), b in any_date()) {
        // The exact count, in a type that cannot overflow, clamped to an i32.
        let exact = (i128::from(b.year) - i128::from(a.year)) * 12 + i128::from(b.month)
            - i128::from(a.month)
            - i128::from(b.day < a.day);
        let clamped = exact.clamp(i128::from(i32::MIN), i128::from(i32::MAX));
        prop_assert_eq!(i128::from(a.months_until(b)), clamped);
    }

    #[test]
    fn issue_13_months_until_is_negative_exactly_when_the_date_is_earlier(
        a in (-100_000i64..100_000).prop_map(Date::from_days),
        b in (-100_000i64..100_000).prop_map(Date::from_days),
    ) {
        prop_assert_eq!(a.months_until(b) >= 0, a <= b, "{:?} → {:?}", a, b);
    }
}

// ---- D. A block that JSON.parse accepts loses at most the bad field ----

#[test]
fn issue_13_a_number_too_large_refuses_only_its_field() {
    let (config, warnings) = load(
        None,
        Some(r#"{"clinic":"Ana's Clinic","radius":1e400}"#),
        &[],
        false,
    );
    assert_eq!(config.clinic, "Ana's Clinic");
    assert_eq!(config.theme.radius_px, 10);
    assert_eq!(messages(&warnings).len(), 1, "{:#?}", messages(&warnings));
    assert_eq!(
        (warnings[0].field, warnings[0].problem),
        ("radius", "must be a number")
    );
}

#[test]
fn issue_13_a_lone_surrogate_refuses_at_most_its_field() {
    let (config, warnings) = load(
        None,
        Some(r#"{"clinic":"\ud800 X", "city":"Indio, CA"}"#),
        &[],
        false,
    );
    assert_eq!(config.city, "Indio, CA");
    assert_eq!(
        config.clinic, "\u{fffd} X",
        "as the browser would hand it over"
    );
    assert!(warnings.is_empty(), "{:#?}", messages(&warnings));
}
