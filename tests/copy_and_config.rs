//! What the widget may say (docs/content.md "Corrections", docs/reliability.md MED-2), both languages
//! complete, and the marketer configuration's validation.
#![cfg(not(target_arch = "wasm32"))]

use smp_widget::domain::config::options::OptionId;
use smp_widget::domain::config::{parse_booking_url, Config, Phone};
use smp_widget::domain::copy::labels::fixed_notes;
use smp_widget::domain::copy::lang::Lang;
use smp_widget::domain::copy::text::Key;
use smp_widget::domain::quiz::outcome::Procedure;

mod common;
use common::parse_url;

/// MED-2: claims the widget never makes, in any language.
const BANNED: &[&str] = &[
    "regrow",
    "cure",
    "guarantee",
    "fda-approved",
    "fda approved",
    "permanent results",
];

fn lint(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    BANNED.iter().copied().find(|word| lower.contains(word))
}

/// Checks MED-2 (docs/reliability.md).
#[test]
fn no_shipped_string_claims_regrowth_a_cure_or_a_guarantee() {
    for key in Key::ALL {
        for lang in Lang::ALL {
            let text = key.text(lang);
            assert_eq!(lint(text), None, "{key:?} ({lang:?}): {text}");
        }
    }
    let config = Config::default();
    assert_eq!(lint(&config.clinic), None);
    // The lint itself catches what it must.
    assert_eq!(lint("SMP can successfully REGROW hair"), Some("regrow"));
    assert_eq!(lint("Guaranteed results"), Some("guarantee"));
}

/// Checks MED-2 (docs/reliability.md).
#[test]
fn the_shipped_demo_and_loader_claim_no_regrowth_cure_or_guarantee() {
    for file in ["index.html", "loader/loader.js"] {
        let text = std::fs::read_to_string(file).unwrap();
        assert_eq!(lint(&text), None, "{file}");
    }
}

#[test]
fn every_phrase_exists_in_english_and_spanish() {
    assert!(Key::ALL.len() > 100);
    let mut same = Vec::new();
    for key in Key::ALL {
        let (en, es) = (key.text(Lang::En), key.text(Lang::Es));
        assert!(
            !en.trim().is_empty() && !es.trim().is_empty(),
            "{key:?} is missing a translation"
        );
        assert_eq!(en.trim(), en, "{key:?} has stray spaces");
        if en == es {
            same.push(*key);
        }
    }
    // Every phrase is translated (even "Areola" explains itself in each language).
    assert!(same.is_empty(), "untranslated: {same:?}");
    // The language switch names the *other* language, in that language.
    assert_eq!(
        (
            Key::OtherLanguage.text(Lang::En),
            Key::OtherLanguage.text(Lang::Es)
        ),
        ("Español", "English")
    );
}

/// Issue 25 item 2: every result says what the procedure does and does not do for its area:
/// on hair-bearing skin (scalp, brows, lash line) that it grows no hair; for the areola,
/// vitiligo and scars, that it changes how the skin looks, without calling a medical use
/// "not a medical treatment"; and that pigment fades.
#[test]
fn the_fixed_notes_say_what_the_procedure_does_and_does_not_do_for_each_area() {
    for procedure in Procedure::ALL {
        for lang in Lang::ALL {
            let notes: Vec<&str> = fixed_notes(procedure)
                .iter()
                .map(|k| k.text(lang))
                .collect();
            let all = notes.join(" ");
            assert!(notes[0].contains(match lang {
                Lang::En => "self-assessment, not a diagnosis",
                Lang::Es => "autoevaluación, no un diagnóstico",
            }));
            let (grows_no_hair, fades, consultation) = match lang {
                Lang::En => ("grows no hair", "fades", "consultation"),
                Lang::Es => ("No hace crecer", "pierde intensidad", "consulta"),
            };
            let hair_bearing = matches!(
                procedure,
                Procedure::Scalp | Procedure::Eyebrows | Procedure::LashLine
            );
            assert_eq!(
                all.contains(grows_no_hair),
                hair_bearing,
                "{procedure:?}: {all}"
            );
            assert!(all.contains(fades) && all.contains(consultation), "{all}");
            assert!(
                !all.contains("not a medical treatment")
                    && !all.contains("no un tratamiento médico"),
                "{all}"
            );
        }
    }
    for (procedure, says) in [
        (Procedure::Areola, "not how it feels"),
        (Procedure::Vitiligo, "does not treat the vitiligo itself"),
        (Procedure::Scars, "does not remove it"),
        (Procedure::Lips, "not volume"),
    ] {
        assert!(
            fixed_notes(procedure)[1].text(Lang::En).contains(says),
            "{procedure:?}"
        );
    }
}

#[test]
fn lang_tags_are_read_loosely() {
    for (tag, lang) in [
        ("es", Some(Lang::Es)),
        ("es-MX", Some(Lang::Es)),
        ("EN_us", Some(Lang::En)),
        (" en ", Some(Lang::En)),
        ("fr", None),
        ("", None),
    ] {
        assert_eq!(Lang::from_tag(tag), lang, "{tag:?}");
    }
}

#[test]
fn phone_numbers_keep_only_dialable_characters() {
    let cases: &[(&str, Option<&str>)] = &[
        ("760.501.0080", Some("7605010080")),
        ("+1 (760) 501-0080", Some("+17605010080")),
        (" 760 501 0080 ", Some("7605010080")),
        ("760-501-0080 ext 2", None),
        ("javascript:alert(1)", None),
        ("<b>760</b>", None),
        ("12345", None),
        ("1+760", None),
        ("", None),
    ];
    for (raw, dial) in cases {
        assert_eq!(
            Phone::parse(raw).ok().map(|p| p.dial),
            dial.map(str::to_owned),
            "{raw:?}"
        );
    }
}

#[test]
fn booking_links_must_be_plain_https() {
    let accepted = [
        "https://clinic.example/book?x=1#y",
        "HTTPS://clinic.example",
        "https://clinic.example:8443/a",
    ];
    for url in accepted {
        assert_eq!(
            parse_booking_url(url, &parse_url).map(|u| u.url).as_deref(),
            Ok(url),
            "{url}"
        );
    }
    let rejected = [
        "https://user@clinic.example:8443/a",
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "&#106;avascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "//evil.example",
        "http://clinic.example/book",
        " https://clinic.example",
        "https:clinic.example",
        "https:///path",
        "https://clinic.example/a b",
        "https://clinic.example\\@evil.example",
        "",
    ];
    for url in rejected {
        assert!(
            parse_booking_url(url, &parse_url).is_err(),
            "{url:?} must be rejected"
        );
    }
}

#[test]
fn each_bad_attribute_gives_one_warning_naming_it_and_keeps_the_default() {
    let attrs = |name: &str| -> Option<String> {
        match name {
            "clinic" => Some("   ".into()),
            "phone" => Some("call us!".into()),
            "booking-url" => Some("javascript:alert(1)".into()),
            "city" => Some("Palm Springs, CA".into()),
            "lang" => Some("fr".into()),
            _ => None,
        }
    };
    let (config, warnings) = Config::from_attributes(attrs);
    let fields: Vec<_> = warnings.iter().map(|w| w.option()).collect();
    assert_eq!(
        fields,
        [
            OptionId::Clinic,
            OptionId::Phone,
            OptionId::BookingUrl,
            OptionId::Lang
        ]
        .map(Some),
        "{warnings:#?}"
    );
    assert_eq!(config.clinic, "Beverly Hills Hair Restoration");
    assert_eq!(config.phone.dial, "7605010080");
    assert_eq!(config.booking_url, None);
    assert_eq!(config.city, "Palm Springs, CA");
    assert_eq!(config.lang, None);
    // Named as the marketer wrote it (the attribute, not the JSON key), with what the
    // widget does without it: there is no default link (issue 28).
    assert_eq!(
        warnings[2].to_string(),
        "booking-url rejected: scheme not allowed, only https:// \
         (\"javascript:alert(1)\" in the attribute); there is no default: no Book button \
         until it is fixed"
    );
}

#[test]
fn marketer_text_is_kept_as_text() {
    let (config, warnings) = Config::from_attributes(|name| {
        (name == "clinic").then(|| "<img src=x onerror=alert(1)>".to_owned())
    });
    assert!(warnings.is_empty());
    assert_eq!(
        config.clinic, "<img src=x onerror=alert(1)>",
        "stored verbatim; Yew renders it as a text node"
    );
}
