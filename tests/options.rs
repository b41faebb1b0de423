//! Issue 14 item 2: the options are declared once. The registry is the one list: the
//! guide's table, the JSON keys serde reads, the attributes, the loader's observed
//! attributes and the options a `config-src` file may not set all agree with it.
#![cfg(not(target_arch = "wasm32"))]

use smp_widget::domain::config::options::wire::Number;
use smp_widget::domain::config::options::{
    observed_attributes, Entry, Layer, Loose, OptionId, Written, OPTIONS,
};
use smp_widget::domain::config::{Config, Problem, Refusal, Source};

/// The rows of EMBEDDING.md's option table, cell by cell.
fn guide_rows() -> Vec<Vec<String>> {
    let guide = std::fs::read_to_string("EMBEDDING.md").unwrap();
    let section = guide
        .split("\n## Options\n")
        .nth(1)
        .expect("an Options section");
    let table = section
        .split("\n\n")
        .find(|block| block.starts_with("| attribute |"))
        .expect("the option table");
    table
        .lines()
        .map(|line| {
            let line = line.trim().trim_start_matches('|').trim_end_matches('|');
            line.split(" | ")
                .map(|cell| cell.trim().to_owned())
                .collect()
        })
        .collect()
}

fn code(name: Option<&str>) -> String {
    name.map_or("—".to_owned(), |n| format!("`{n}`"))
}

/// From issue 14.
#[test]
fn embedding_md_lists_every_option_as_the_registry_declares_it() {
    let rows = guide_rows();
    assert_eq!(
        rows[0],
        [
            "attribute",
            "JSON key",
            "type",
            "default",
            "changes live",
            "notes"
        ]
    );
    let expected: Vec<Vec<String>> = OPTIONS
        .iter()
        .map(|spec| {
            vec![
                code(spec.attribute),
                code(spec.json_key),
                spec.id.guide().value_type.to_owned(),
                spec.id.guide().default.to_owned(),
                if spec.live { "yes" } else { "no" }.to_owned(),
            ]
        })
        .collect();
    let written: Vec<Vec<String>> = rows[2..].iter().map(|row| row[..5].to_vec()).collect();
    assert_eq!(
        written,
        expected,
        "EMBEDDING.md's option table differs from src/domain/config/options/table.rs; its first \
         five columns should read:\n{}",
        expected
            .iter()
            .map(|row| format!("| {} |", row.join(" | ")))
            .collect::<Vec<_>>()
            .join("\n")
    );
    // The notes say "not from `config-src`" exactly where the registry says so.
    for (row, spec) in rows[2..].iter().zip(OPTIONS) {
        if spec.json_key.is_some() {
            assert_eq!(
                row[5].contains("not from `config-src`"),
                !spec.from_config_src,
                "{:?}: {}",
                spec.id,
                row[5]
            );
        }
    }
}

/// From issue 14.
#[test]
fn the_registry_is_in_declaration_order_and_names_each_option_once() {
    for (i, spec) in OPTIONS.iter().enumerate() {
        assert_eq!(spec.id as usize, i, "{:?}", spec.id);
        assert_eq!(spec.id.spec(), spec);
        assert_eq!(
            spec.json_key.unwrap_or(spec.name),
            spec.name,
            "a JSON key is the option's name"
        );
        if let Some(attribute) = spec.attribute {
            assert_eq!(attribute.replace('-', "_"), spec.name, "{attribute}");
        }
    }
    let mut names: Vec<&str> = OPTIONS.iter().map(|s| s.name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), OPTIONS.len());
}

/// From issue 14.
#[test]
fn only_the_element_sets_what_sends_data_or_decides_the_layout() {
    let element_only: Vec<&str> = OPTIONS
        .iter()
        .filter(|spec| !spec.from_config_src)
        .filter_map(|spec| spec.attribute)
        .collect();
    assert_eq!(
        element_only,
        [
            "mode",
            "launcher",
            "share-outcome",
            "data-layer",
            "utm",
            "lead-url",
            "config-src"
        ]
    );
}

/// From issue 14.
#[test]
fn every_json_key_and_its_hyphenated_spelling_reach_the_option() {
    for spec in OPTIONS {
        let Some(key) = spec.json_key else {
            continue;
        };
        for spelling in [key.to_owned(), key.replace('_', "-")] {
            let layer: Layer =
                serde_json::from_str(&format!(r#"{{"{spelling}": {{"x": [1, null]}}}}"#)).unwrap();
            assert_eq!(
                layer.entries,
                [Entry::Option(spec.id, spelling.clone())],
                "{spelling}"
            );
            assert_eq!(
                layer.options.given(spec.id),
                Some(&Loose::Map(vec![(
                    "x".into(),
                    Loose::List(vec![Loose::Number(1.0), Loose::Null])
                )])),
                "{spelling}"
            );
        }
    }
}

/// From issue 14.
#[test]
fn every_attribute_reaches_its_option_and_config_src_is_the_loaders() {
    let layer = Layer::from_attributes(&|name| Some(format!("value of {name}")));
    let read: Vec<OptionId> = layer
        .entries
        .iter()
        .map(|entry| match entry {
            Entry::Option(id, _) => *id,
            other => panic!("{other:?}"),
        })
        .collect();
    let expected: Vec<OptionId> = OPTIONS
        .iter()
        .filter(|spec| spec.attribute.is_some() && spec.json_key.is_some())
        .map(|spec| spec.id)
        .collect();
    assert_eq!(read, expected);
    for id in read {
        let attribute = id.spec().attribute.unwrap();
        assert_eq!(
            layer.options.given(id),
            Some(&Loose::Text(format!("value of {attribute}")))
        );
    }
    assert_eq!(layer.options.given(OptionId::ConfigSrc), None);
}

/// From issue 14.
#[test]
fn the_loader_observes_the_attributes_build_rs_wrote_from_the_registry() {
    // build.rs expands the same table on its own; what it wrote for the loader matches.
    let written: Vec<String> = serde_json::from_str(include_str!(concat!(
        env!("OUT_DIR"),
        "/observed-attributes.json"
    )))
    .unwrap();
    let observed: Vec<&str> = observed_attributes().collect();
    assert_eq!(written, observed);
    assert!(observed.contains(&"lang") && observed.contains(&"mode"));
    assert!(!observed.contains(&"config-src"));
    // The loader keeps no list of its own: only the placeholder the build fills.
    let loader = std::fs::read_to_string("loader/loader.js").unwrap();
    assert!(loader.contains("var OPTIONS = ['__SMP_OBSERVED__'];"));
    for attribute in ["'booking-url'", "'z-index'", "'lead-url'"] {
        assert!(!loader.contains(attribute), "loader.js lists {attribute}");
    }
    let post_build = std::fs::read_to_string("scripts/post-build.mjs").unwrap();
    assert!(post_build.contains("['__SMP_OBSERVED__']"));
    assert!(post_build.contains("smp-observed-attributes.json"));
}

/// From issue 14.
#[test]
fn numbers_in_attributes_read_as_the_decimal_reader_read_them() {
    let rust = |text: &str| text.parse::<f64>().ok();
    for (text, value) in [
        ("0", 0.0),
        ("-0", -0.0),
        ("2500", 2500.0),
        ("+12", 12.0),
        ("4.9", 4.9),
        ("-250.75", -250.75),
        (".5", 0.5),
        ("5.", 5.0),
        ("1e3", 1000.0),
        ("2.5E-2", 0.025),
        ("1795000000000", 1_795_000_000_000.0),
        ("000123.4500", 123.45),
        (" 12 ", 12.0),
        ("1e-400", 0.0),
    ] {
        assert_eq!(Number::from_text(text, &rust), Ok(value), "{text:?}");
    }
    // Refused before any parser sees them, so the browser's (which reads `0x10`, `Infinity`
    // and an empty text as numbers) and Rust's agree.
    let anything = |_: &str| Some(1.0);
    for text in [
        "", " ", "-", "+", ".", "e5", "1e", "1e+", "1.2.3", "12a", "inf", "-inf", "infinity",
        "Infinity", "NaN", "nan", "0x10", "0b11", "1_000", "--1", "+-1", "1,5", "1 2", "١٢",
    ] {
        assert_eq!(
            Number::from_text(text, &anything),
            Err(Refusal::NotNumber),
            "{text:?}"
        );
        assert_eq!(
            Number::from_text(text, &rust),
            Err(Refusal::NotNumber),
            "{text:?}"
        );
    }
    // Too large for a double: the parser reads an infinity, which is refused.
    for text in ["1e400", "-1e400"] {
        assert_eq!(
            Number::from_text(text, &rust),
            Err(Refusal::NotNumber),
            "{text:?}"
        );
    }
    // As an attribute: one line, the default kept.
    let (config, problems) =
        Config::from_attributes(|name| (name == "max-price-age-months").then(|| "NaN".into()));
    assert_eq!(config.max_price_age_months, 12);
    assert_eq!(
        problems.iter().map(Problem::to_string).collect::<Vec<_>>(),
        [
            "max-price-age-months rejected: must be a number (\"NaN\" in the attribute); \
          the default is used until it is fixed"
        ]
    );
}

/// From issue 14.
#[test]
fn a_bad_value_is_shown_compactly_in_its_line() {
    let value: Loose =
        serde_json::from_str(r#"{"city": "A\"B\n", "low": -5, "mid": 2.5, "ok": [true, null]}"#)
            .unwrap();
    assert_eq!(
        value.shown(),
        r#"{"city":"A\"B ","low":-5,"mid":<number>,"ok":[true,null]}"#
    );
    assert_eq!(Loose::Text("as is \"x\"".into()).shown(), "as is \"x\"");
    let long = Problem::Rejected {
        option: OptionId::Clinic,
        reason: Refusal::TooLong,
        value: "x".repeat(200),
        at: Written {
            source: Source::Attribute,
            name: "clinic".into(),
        },
    };
    assert_eq!(
        long.to_string(),
        format!(
            "clinic rejected: is longer than 120 characters (\"{}\" in the attribute); \
             the default is used until it is fixed",
            "x".repeat(80)
        )
    );
}

/// From issue 14.
#[test]
fn only_a_refused_scheme_and_a_file_setting_an_element_option_are_security() {
    let rejected = |reason| Problem::Rejected {
        option: OptionId::BookingUrl,
        reason,
        value: String::new(),
        at: Written {
            source: Source::Attribute,
            name: "booking-url".into(),
        },
    };
    assert!(rejected(Refusal::Scheme).is_security());
    for reason in [
        Refusal::UserInfo,
        Refusal::Spaces,
        Refusal::InvalidUrl,
        Refusal::NotText,
    ] {
        assert!(!rejected(reason).is_security(), "{reason:?}");
    }
    assert!(Problem::NotFromConfigSrc {
        option: OptionId::Mode,
        value: "popup".into(),
        name: "mode".into(),
    }
    .is_security());
    for other in [
        Problem::BrandDarkened {
            value: "#ff0".into(),
            at: Written {
                source: Source::Block,
                name: "brand_color".into(),
            },
        },
        Problem::PaymentIncomplete,
        Problem::UnknownOption {
            key: "x".into(),
            source: Source::File,
        },
        Problem::NotAnObject {
            text: "[]".into(),
            source: Source::Block,
        },
    ] {
        assert!(!other.is_security(), "{other}");
    }
    let (_, problems) = Config::from_sources(smp_widget::domain::config::Sources {
        remote: None,
        inline: Some(Layer::not_an_object(&format!("  {}", "y".repeat(60)))),
        attribute: &|_| None,
        parse_url: &|_| None,
        parse_number: &|text| text.parse().ok(),
        page_is_local: false,
        today: smp_widget::domain::config::LATEST_PRICES_AS_OF,
    });
    assert_eq!(
        problems[0].to_string(),
        "config rejected: the JSON block is not valid JSON at line 1, column 3 (character 2): \
         expected a value; it sets nothing until it is fixed"
    );
}
