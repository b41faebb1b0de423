//! The "contact me" request: consent first, allow-listed fields only, answers only when the
//! visitor opts in (docs/reliability.md PRIV-3, PRIV-4).
#![cfg(not(target_arch = "wasm32"))]

use serde::de::{Deserializer, IgnoredAny, MapAccess, Visitor};
use smp_widget::domain::config::{parse_lead_url, Config};
use smp_widget::domain::copy::lang::Lang;
use smp_widget::domain::outputs::lead::{lead_body, LeadBody, LeadError, LeadForm};
use smp_widget::domain::quiz::answers::{
    Answer, Answers, HairLength, HairLossPattern, KeloidHistory, Motivation, SkinCondition,
};
use smp_widget::domain::quiz::outcome::Outcome;
use smp_widget::domain::quiz::questions::record;

mod common;
use common::parse_url;

fn answers() -> Answers {
    let mut a = Answers::default();
    for answer in [
        Answer::Pattern(HairLossPattern::CrownThinning),
        Answer::HairLength(HairLength::ShavedOrBuzzed),
        Answer::SkinCondition(SkinCondition::PsoriasisOrOtherFlareUp),
        Answer::Keloid(KeloidHistory::Never),
        Answer::Motivation(Motivation::ConsideredForAWhile),
    ] {
        record(&mut a, answer).unwrap();
    }
    a
}

/// The body as JSON text, as `JSON.stringify` writes the value serde gives it.
fn text(body: &LeadBody) -> String {
    serde_json::to_string(body).unwrap()
}

/// The body's keys, in the order they are written.
fn keys(body: &LeadBody) -> Vec<String> {
    struct Keys;
    impl<'de> Visitor<'de> for Keys {
        type Value = Vec<String>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Vec<String>, A::Error> {
            let mut keys = Vec::new();
            while let Some(key) = map.next_key::<String>()? {
                map.next_value::<IgnoredAny>()?;
                keys.push(key);
            }
            Ok(keys)
        }
    }
    serde_json::Deserializer::from_str(&text(body))
        .deserialize_map(Keys)
        .unwrap()
}

/// Checks PRIV-3 (docs/reliability.md).
#[test]
fn nothing_is_sent_without_consent() {
    let form = LeadForm {
        name: "Ana".into(),
        contact: "ana@example.com".into(),
        consent: false,
        include_answers: true,
    };
    assert_eq!(lead_body(&form, Lang::En, None), Err(LeadError::NoConsent));
}

/// Checks PRIV-4 (docs/reliability.md).
#[test]
fn only_contact_fields_unless_answers_are_opted_in() {
    let a = answers();
    let mut form = LeadForm {
        name: " Ana Ruiz ".into(),
        contact: "(760) 555-0100".into(),
        consent: true,
        include_answers: false,
    };
    let body = lead_body(&form, Lang::Es, Some((&a, Outcome::WaitForFlareUp))).unwrap();
    assert_eq!(keys(&body), ["name", "contact", "lang", "source"]);
    let body = text(&body);
    assert!(!body.to_lowercase().contains("psoriasis") && !body.contains("wait-for"));
    form.include_answers = true;
    let body = lead_body(&form, Lang::Es, Some((&a, Outcome::WaitForFlareUp))).unwrap();
    assert_eq!(
        keys(&body),
        ["name", "contact", "lang", "source", "outcome", "answers"]
    );
    let body = text(&body);
    assert!(body.contains("Psoriasis or another sensitive-skin condition is flaring up"));
    assert!(body.contains("\"name\":\"Ana Ruiz\""));
}

#[test]
fn contact_details_are_checked() {
    let form = |name: &str, contact: &str| LeadForm {
        name: name.into(),
        contact: contact.into(),
        consent: true,
        include_answers: false,
    };
    assert_eq!(
        lead_body(&form("", "ana@example.com"), Lang::En, None),
        Err(LeadError::NoName)
    );
    assert_eq!(
        lead_body(&form("Ana", "ana"), Lang::En, None),
        Err(LeadError::NoContact)
    );
    assert_eq!(
        lead_body(&form("Ana", "12345"), Lang::En, None),
        Err(LeadError::NoContact)
    );
    assert!(lead_body(&form("Ana", "ana@example.com"), Lang::En, None).is_ok());
    let body = lead_body(&form("Ana \"<b>\"", "+1 760 555 0100"), Lang::En, None).unwrap();
    assert_eq!(body.name, "Ana \"<b>\"", "kept as typed");
    assert!(
        text(&body).contains("\\\"<b>\\\""),
        "escaped by the JSON writer"
    );
}

#[test]
fn the_lead_endpoint_is_https_or_this_machine() {
    // On a page served from this machine (the only place plain http may go).
    let accepted = |raw: &str| parse_lead_url(raw, &parse_url, true).is_ok();
    assert!(accepted("https://crm.clinic.example/leads"));
    assert!(accepted("http://127.0.0.1:8080/lead"));
    assert!(accepted("http://localhost/lead"));
    for bad in [
        "http://clinic.example/lead",
        "http://localhost.evil.example/x",
        "javascript:alert(1)",
        "//x.example",
    ] {
        assert!(!accepted(bad), "{bad}");
    }
    let (config, warnings) =
        Config::from_attributes(|n| (n == "lead-url").then(|| "ftp://x".to_owned()));
    assert_eq!((config.lead_url, warnings.len()), (None, 1));
}
