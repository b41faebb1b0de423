//! The long fuzz run (issue 6): the configuration parser and the rule engine under random
//! input for as long as `SMP_FUZZ_SECONDS` says (default: a short smoke run, so the normal
//! test command stays fast). cargo-fuzz needs a nightly toolchain, which this machine cannot
//! fetch; this proptest-driven loop is the stand-in.
#![cfg(not(target_arch = "wasm32"))]

use std::time::{Duration, Instant};

use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;

use smp_widget::domain::config::options::{Layer, OPTIONS};
use smp_widget::domain::config::{Config, Sources};
use smp_widget::domain::date::Date;
use smp_widget::domain::quiz::answers::QuestionId;
use smp_widget::domain::quiz::assessment::assess;
use smp_widget::domain::quiz::questions::{options, Quiz, Step};

fn budget() -> Duration {
    Duration::from_secs(
        std::env::var("SMP_FUZZ_SECONDS")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(2),
    )
}

#[test]
fn fuzz_config_sources_and_quiz_actions() {
    let mut runner = TestRunner::default();
    // JSON-ish text: braces, quotes, keys the schema knows, numbers, escapes.
    let json = proptest::string::string_regex(
        r#"[{}\[\]",:0-9.eE+\- a-z_\\u]{0,120}|\{("(clinic|phone|booking_url|prices|clinic_price|brand_color|payment_apr|mode)": ?("[^"]{0,30}"|-?[0-9]{1,9}(\.[0-9]+)?|\[\{"city": ?"[a-z ,]{0,10}", ?"low": ?-?[0-9]{1,7}, ?"high": ?"?[0-9a-z]{1,7}"?\}\]|true|null),? ?){0,6}\}"#,
    )
    .unwrap();
    let attr = proptest::string::string_regex(r#"[ -~\t\n]{0,40}"#).unwrap();
    let (start, limit) = (Instant::now(), budget());
    let mut executions: u64 = 0;
    while start.elapsed() < limit {
        let text = json.new_tree(&mut runner).unwrap().current();
        let value = attr.new_tree(&mut runner).unwrap().current();
        let field = OPTIONS[(executions as usize) % OPTIONS.len()].attribute;
        let get = |name: &str| (Some(name) == field).then(|| value.clone());
        // The same text as the config-src file and as the inline block, read as the widget
        // reads it (in the browser, `JSON.parse` and serde).
        let layer = || serde_json::from_str(&text).unwrap_or_else(|_| Layer::not_an_object(&text));
        let (config, warnings) = Config::from_sources(Sources {
            remote: Some(layer()),
            inline: Some(layer()),
            attribute: &get,
            parse_url: &|_| None,
            parse_number: &|text| text.parse().ok(),
            page_is_local: false,
            today: Date::new(2026, 11, 30).unwrap(),
        });
        assert!(config
            .prices
            .cities
            .iter()
            .all(|c| c.low <= c.high && !c.city.is_empty()));
        // Every line names its field, where it was written, and ends with what the widget
        // does until it is fixed.
        for warning in &warnings {
            let line = warning.to_string();
            assert!(
                line.contains(" rejected: ") || line.contains(" adjusted: "),
                "{line}"
            );
            assert!(
                [
                    "the attribute",
                    "the JSON block",
                    "the config-src file",
                    "payment-apr"
                ]
                .iter()
                .any(|place| line.contains(place)),
                "{line}"
            );
            assert!(
                [
                    "until it is fixed",
                    "; ignored",
                    "set it on the element",
                    "; it sets nothing",
                    "to keep yours",
                    "until both are set",
                ]
                .iter()
                .any(|end| line.ends_with(end)),
                "{line}"
            );
        }

        // The rule engine: a random walk of visitor actions.
        let mut quiz = Quiz::default();
        let mut seed = executions
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1);
        for _ in 0..40 {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            match (seed >> 33) % 6 {
                0 => quiz.begin(),
                1 => {
                    if let Step::Question(q) = quiz.step {
                        let choices = options(q, &quiz.answers);
                        if !choices.is_empty() {
                            let _ = quiz.answer(choices[(seed >> 40) as usize % choices.len()]);
                        }
                    }
                }
                2 | 3 => {
                    let _ = quiz.advance();
                }
                4 => quiz.back(),
                _ => {
                    let _ =
                        quiz.edit(QuestionId::ALL[(seed >> 45) as usize % QuestionId::ALL.len()]);
                }
            }
            if quiz.step == Step::Outcome {
                assert!(assess(&quiz.answers).is_ok());
            }
        }
        executions += 1;
    }
    println!(
        "fuzz: {executions} executions in {:?} without a panic",
        start.elapsed()
    );
}
