//! The configuration's JSON reader: strict, total, and never a panic.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;

use smp_widget::domain::json::Json;

#[test]
fn reads_what_marketers_write() {
    let parsed = Json::parse(
        r#" {"a": [1, -2.5e2, true, null], "b": "x\"\\\/\n\u00e9\ud83d\ude00", "c": {}} "#,
    )
    .unwrap();
    assert_eq!(parsed.get("a").as_array().unwrap().len(), 4);
    assert_eq!(parsed.get("a").as_array().unwrap()[1], Json::Number(-250.0));
    assert_eq!(parsed.get("b").as_str(), Some("x\"\\/\né😀"));
    assert_eq!(parsed.get("c"), &Json::Object(vec![]));
    assert_eq!(parsed.get("missing"), &Json::Null);
}

#[test]
fn refuses_what_is_not_json() {
    for bad in [
        "",
        "{",
        "{\"a\" 1}",
        "{\"a\":1,}",
        "[1,]",
        "[01x]",
        "'single'",
        "{a: 1}",
        "\"\\x\"",
        "\"raw\nline\"",
        "1 2",
        "[-]",
        "1.",
        "1e",
        "NaN",
        "Infinity",
        "\"\\ud800\\uZZZZ\"",
        "tru",
        "{\"a\":1}}",
    ] {
        assert_eq!(Json::parse(bad), None, "{bad:?}");
    }
}

#[test]
fn issue_13_a_number_too_large_reads_as_an_infinity_as_json_parse_does() {
    assert_eq!(Json::parse("1e400"), Some(Json::Number(f64::INFINITY)));
    assert_eq!(Json::parse("-1e400"), Some(Json::Number(f64::NEG_INFINITY)));
    assert_eq!(Json::parse("1e-400"), Some(Json::Number(0.0)));
    let block = Json::parse(r#"{"clinic": "A", "radius": 1e400}"#).unwrap();
    assert_eq!(block.get("clinic").as_str(), Some("A"));
    assert_eq!(block.to_text(), r#"{"clinic":"A","radius":<number>}"#);
}

#[test]
fn issue_13_a_lone_surrogate_escape_reads_as_u_fffd() {
    for (text, read) in [
        (r#""\ud800""#, "\u{fffd}"),
        (r#""\udc00x""#, "\u{fffd}x"),
        (r#""\ud800\u0041""#, "\u{fffd}A"),
        (r#""\ud800\ud83d\ude00""#, "\u{fffd}😀"),
        (r#""\ude00\ud83d""#, "\u{fffd}\u{fffd}"),
        (r#""\ud83d\ude00""#, "😀"),
    ] {
        assert_eq!(Json::parse(text), Some(Json::String(read.into())), "{text}");
    }
}

#[test]
fn deep_nesting_is_refused_without_exhausting_the_stack() {
    let deep = "[".repeat(100_000);
    assert_eq!(Json::parse(&deep), None);
    let ok = format!("{}{}", "[".repeat(20), "]".repeat(20));
    assert!(Json::parse(&ok).is_some());
}

#[test]
fn prints_compactly_for_console_messages() {
    let parsed = Json::parse(r#"{"city": "A\"B", "low": -5, "ok": [true, null]}"#).unwrap();
    assert_eq!(
        parsed.to_text(),
        r#"{"city":"A\"B","low":-5,"ok":[true,null]}"#
    );
}

proptest! {
    #[test]
    fn any_text_parses_or_is_refused_without_panic(text in ".{0,300}") {
        let _ = Json::parse(&text);
    }

    /// Any run of `\u` escapes reads as the browser hands such a string to Rust: UTF-16
    /// decoded, each lone surrogate replaced by U+FFFD.
    #[test]
    fn issue_13_any_unicode_escapes_read_as_lossy_utf_16(units in proptest::collection::vec(
        prop_oneof![any::<u16>(), 0xd800u16..0xe000], 0..12,
    )) {
        let mut text = String::from("\"");
        for unit in &units {
            text.push_str(&format!("\\u{unit:04x}"));
        }
        text.push('"');
        prop_assert_eq!(Json::parse(&text), Some(Json::String(String::from_utf16_lossy(&units))));
    }

    #[test]
    fn printed_values_read_back(s in "[a-zA-Z0-9 \"\\\\é]{0,40}", n in -1_000_000i64..1_000_000) {
        let value = Json::Object(vec![("s".into(), Json::String(s)), ("n".into(), Json::Number(n as f64))]);
        prop_assert_eq!(Json::parse(&value.to_text()), Some(value));
    }
}

proptest! {
    /// The widget's own decimal reader agrees with the standard one: exactly for the
    /// prices, rates and timestamps a configuration holds, and to 15 digits otherwise.
    #[test]
    fn decimals_read_as_the_standard_parser_reads_them(
        sign in "[-+]?",
        whole in "[0-9]{0,18}",
        fraction in proptest::option::of("[0-9]{0,18}"),
        exponent in proptest::option::of(-280i32..280),
    ) {
        let mut text = format!("{sign}{whole}");
        if let Some(f) = &fraction {
            text.push('.');
            text.push_str(f);
        }
        if let Some(e) = exponent {
            text.push_str(&format!("e{e}"));
        }
        let ours = smp_widget::domain::decimal::parse_decimal(&text);
        let digits = whole.len() + fraction.as_ref().map_or(0, String::len);
        match text.trim_start_matches(['-', '+']).parse::<f64>() {
            Err(_) => prop_assert_eq!(ours, None, "{}", text),
            Ok(_) if whole.is_empty() && fraction.as_deref().unwrap_or("").is_empty() => {
                prop_assert_eq!(ours, None, "{}", text)
            }
            Ok(_) => {
                let std = text.parse::<f64>().unwrap();
                let ours = ours.unwrap();
                let simple = digits <= 15 && exponent.unwrap_or(0).abs() <= 5;
                if simple || std == 0.0 || std.is_infinite() {
                    prop_assert_eq!(ours, std, "{}", text);
                } else {
                    prop_assert!(((ours - std) / std).abs() < 1e-14, "{} read as {} not {}", text, ours, std);
                }
            }
        }
    }
}
