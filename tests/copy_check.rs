//! Issue 19: the copy check, in both languages. Item 5: every key in both languages; a
//! capital where a sentence starts; numbers agreeing with their nouns (1 session, 2
//! sessions; 1 mes, 2 meses); the forbidden-claims lint. Item 1: on every path beyond the
//! scalp, no scalp-only wording and the procedure named. Items 2 and 3: the Spanish a
//! patient reads correctly, and the lines that were built wrong.
#![cfg(not(target_arch = "wasm32"))]

use smp_widget::domain::copy::labels::{
    answer_label, estimate_covers, fixed_notes, hours_in_chair, monthly_payment, outcome_summary,
    outcome_title, prices_out_of_date, procedure_name, session_choice, sessions_noun,
    shared_answer_labels,
};
use smp_widget::domain::copy::lang::Lang;
use smp_widget::domain::copy::text::{fill, Key};
use smp_widget::domain::outputs::lead::shared_answers;
use smp_widget::domain::pricing::estimate::{Estimate, RangeSource};
use smp_widget::domain::pricing::prices::PriceBasis;
use smp_widget::domain::quiz::answers::HairLossPattern;
use smp_widget::domain::quiz::assessment::assess;
use smp_widget::domain::quiz::outcome::{Outcome, Procedure};

mod common;
use common::every_path;

/// Sample values for every placeholder, as the views fill them.
fn filled(key: Key, lang: Lang, n: &str) -> String {
    fill(
        key.text(lang),
        &[
            ("n", n),
            ("m", "5"),
            ("low", "$150"),
            ("high", "$420"),
            ("months", n),
            ("apr", "9.9%"),
            ("clinic", "Desert Skin Studio"),
            ("host", "forms.example-clinic.com"),
            ("city", "Miami, FL"),
            ("date", "December 19, 2022"),
            ("procedure", procedure_name(Procedure::Eyebrows).text(lang)),
        ],
    )
}

/// Phrases only ever shown mid-sentence: after a number ("3–4 sessions"), after a date and
/// a colon in the plan ("Mon, Dec 1: redness…", lowercase after a colon in both
/// languages), inside parentheses, or in a `{procedure}` placeholder.
const MID_SENTENCE: &[Key] = &[
    Key::SessionOne,
    Key::SessionMany,
    Key::CityClinicSuffix,
    Key::ProcScalp,
    Key::ProcEyebrows,
    Key::ProcLips,
    Key::ProcLashLine,
    Key::ProcAreola,
    Key::ProcVitiligo,
    Key::ProcScars,
];

/// Where a sentence starts in `text`: its start, and after `. `, `? ` or `! `.
fn sentence_starts(text: &str) -> Vec<&str> {
    let mut starts = vec![text];
    for (i, _) in text.match_indices(['.', '?', '!']) {
        let rest = &text[i + 1..];
        if let Some(after) = rest.strip_prefix(' ') {
            starts.push(after);
        }
    }
    starts
}

/// Whether a sentence starting with `start` starts with a capital (or a number, or a
/// capital after an opening `¿`, `¡`, quotation mark or parenthesis).
fn capitalised(start: &str) -> bool {
    let first = start
        .chars()
        .find(|c| !matches!(c, '¿' | '¡' | '\u{201c}' | '"' | '('));
    first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '$')
}

/// From issue 19, item 5.
#[test]
fn every_key_is_in_both_languages() {
    for key in Key::ALL {
        for lang in Lang::ALL {
            let text = key.text(lang);
            assert!(!text.trim().is_empty(), "{key:?} has no {lang:?}");
            assert_eq!(text.trim(), text, "{key:?} ({lang:?}) has stray spaces");
            assert!(
                !text.contains("  "),
                "{key:?} ({lang:?}) has a double space"
            );
        }
    }
}

/// From issue 19, item 5.
#[test]
fn sentences_start_with_a_capital_in_both_languages() {
    let mut wrong = Vec::new();
    for key in Key::ALL {
        for lang in Lang::ALL {
            let text = filled(*key, lang, "2");
            let starts = sentence_starts(&text);
            // A phrase wholly in parentheses is an aside ("(your choice)"), not a sentence.
            let aside = text.starts_with('(') && text.ends_with(')');
            let skip_first = MID_SENTENCE.contains(key) || aside;
            for start in starts.iter().skip(usize::from(skip_first)) {
                if !capitalised(start) {
                    wrong.push(format!("{key:?} ({lang:?}): {text}"));
                }
            }
        }
    }
    // The estimate's "covers" paragraph is whole sentences, in both languages.
    for (basis, scaled, source) in [
        (PriceBasis::WholeTreatment, false, RangeSource::City),
        (
            PriceBasis::WholeTreatment,
            true,
            RangeSource::DerivedFromTable,
        ),
        (PriceBasis::PerSession, false, RangeSource::Clinic),
        (PriceBasis::WholeTreatment, false, RangeSource::Area),
    ] {
        let estimate = Estimate {
            low: 1,
            high: 2,
            source,
            basis,
            sessions: 2,
            hours: (6, 8),
            scaled,
            monthly: None,
        };
        for lang in Lang::ALL {
            for key in estimate_covers(&estimate) {
                let text = filled(key, lang, "2");
                if !capitalised(&text) || !text.ends_with('.') {
                    wrong.push(format!("covers {key:?} ({lang:?}): {text}"));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "lowercase sentence starts:\n{}",
        wrong.join("\n")
    );
}

/// Count nouns, singular and plural, in both languages.
const NOUNS: &[(&str, &str)] = &[
    ("session", "sessions"),
    ("month", "months"),
    ("hour", "hours"),
    ("week", "weeks"),
    ("year", "years"),
    ("minute", "minutes"),
    ("sesión", "sesiones"),
    ("mes", "meses"),
    ("hora", "horas"),
    ("semana", "semanas"),
    ("año", "años"),
    ("minuto", "minutos"),
];

/// Every "<number> <noun>" in `text` whose noun disagrees with the number.
fn disagreements(text: &str) -> Vec<String> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':' | '(' | ')'))
        .filter(|w| !w.is_empty())
        .collect();
    let mut wrong = Vec::new();
    for pair in words.windows(2) {
        // "3–4 hours" counts as its larger number.
        let number = pair[0].rsplit(['–', '-']).next().unwrap_or("");
        let Ok(n) = number.parse::<u32>() else {
            continue;
        };
        let noun = pair[1].to_lowercase();
        for (one, many) in NOUNS {
            if (n == 1 && noun == *many) || (n != 1 && noun == *one) {
                wrong.push(format!("{} {}", pair[0], pair[1]));
            }
        }
    }
    wrong
}

/// From issue 19, item 5.
#[test]
fn numbers_agree_with_their_nouns() {
    // The check catches what it must.
    assert_eq!(disagreements("for 1 months"), ["1 months"]);
    assert_eq!(
        disagreements("durante 1 meses, 2 mes"),
        ["1 meses", "2 mes"]
    );
    assert!(disagreements("3–4 sessions, 1 sesión, 12 meses").is_empty());
    // Templates with a wording of their own for one: `labels` never fills them with 1.
    let plural_only = [
        Key::HoursTotal,
        Key::MonthlyPayment,
        Key::PricesOutOfDateYears,
        Key::PricesOutOfDateMonths,
    ];
    let mut wrong = Vec::new();
    for n in ["1", "2", "3", "12", "120"] {
        for key in Key::ALL {
            if n == "1" && plural_only.contains(key) {
                continue;
            }
            for lang in Lang::ALL {
                let text = filled(*key, lang, n);
                for bad in disagreements(&text) {
                    wrong.push(format!("{key:?} ({lang:?}, n = {n}): {bad} in {text}"));
                }
            }
        }
    }
    // The lines built from a count pick the wording for it.
    for lang in Lang::ALL {
        for n in 1u8..=4 {
            let count = format!("{n} {}", sessions_noun(n).text(lang));
            wrong.extend(disagreements(&count));
            let hours = fill(
                hours_in_chair(n).text(lang),
                &[
                    ("n", &n.to_string()),
                    ("low", &(3 * n).to_string()),
                    ("high", &(4 * n).to_string()),
                ],
            );
            wrong.extend(
                disagreements(&hours)
                    .into_iter()
                    .map(|b| format!("{b} in {hours}")),
            );
            assert!(disagreements(session_choice(n).text(lang)).is_empty());
        }
        // The out-of-date notice, for every limit a marketer may set (1 to 120 months).
        for months in 1u16..=120 {
            let line = prices_out_of_date(lang, months);
            wrong.extend(
                disagreements(&line)
                    .into_iter()
                    .map(|b| format!("{b} in {line}")),
            );
            assert!(!line.contains('{'), "{line}");
        }
        for months in [1u16, 2, 12, 120] {
            let line = fill(
                monthly_payment(months).text(lang),
                &[
                    ("months", &months.to_string()),
                    ("low", "$1"),
                    ("high", "$2"),
                    ("apr", "0%"),
                ],
            );
            wrong.extend(
                disagreements(&line)
                    .into_iter()
                    .map(|b| format!("{b} in {line}")),
            );
            let unit = match (lang, months) {
                (Lang::En, 1) => "for 1 month ",
                (Lang::Es, 1) => "durante 1 mes,",
                (Lang::En, _) => "months",
                (Lang::Es, _) => "meses",
            };
            assert!(line.contains(unit), "{line}");
        }
    }
    assert!(
        wrong.is_empty(),
        "numbers and nouns disagree:\n{}",
        wrong.join("\n")
    );
}

/// From issue 19, item 3.
#[test]
fn time_in_the_chair_says_it_is_the_total_over_all_sessions() {
    for lang in Lang::ALL {
        let text = Key::HoursTotal.text(lang).to_lowercase();
        assert!(text.contains("total") && text.contains("{n}"), "{text}");
        let one = Key::HoursOneSession.text(lang).to_lowercase();
        assert!(
            one.contains("1") || one.contains("single") || one.contains("sola"),
            "{one}"
        );
    }
}

/// From issue 19, item 3.
#[test]
fn the_price_date_reads_as_a_date() {
    // "Prices as of Mon, Dec 19, 2022" / "Precios a lun, 19 de dic": one phrase, a date
    // without its weekday (the view's `format::date`), and no dangling "a".
    for lang in Lang::ALL {
        assert!(Key::PricesAsOf.text(lang).contains("{date}"));
    }
    assert!(!Key::PricesAsOf.text(Lang::Es).starts_with("Precios a "));
}

/// MED-2 and the claims docs/content.md's corrections rule out, in any language: parts of
/// words ("regrow" in "regrows") …
const BANNED: &[&str] = &[
    "regrow",
    "guarantee",
    "fda-approved",
    "fda approved",
    "permanent",
    "lifetime",
    "de por vida",
    "recrec",
    "garantiz",
    "depression",
    "depresión",
    "deterioro mental",
    "mental decline",
];

/// … and whole words ("cura", not "oscura").
const BANNED_WORDS: &[&str] = &["cure", "cures", "cured", "cura", "curar", "curan"];

/// From issue 19, item 5.
#[test]
fn the_forbidden_claims_lint_holds_in_both_languages() {
    for key in Key::ALL {
        for lang in Lang::ALL {
            let text = filled(*key, lang, "2").to_lowercase();
            for word in BANNED {
                assert!(
                    !text.contains(word),
                    "{key:?} ({lang:?}): {word:?} in {text}"
                );
            }
            for word in text.split(|c: char| !c.is_alphanumeric() && c != '-') {
                assert!(
                    !BANNED_WORDS.contains(&word),
                    "{key:?} ({lang:?}): {word:?} in {text}"
                );
            }
        }
    }
}

/// Spanish a patient could misread (issue 19 item 2), and what replaced it.
const SPANISH_DEFECTS: &[(&str, &str)] = &[
    (
        "adelgaz",
        "reads as weight loss or a narrower line: cabello ralo, cejas despobladas",
    ),
    (
        "tranquila",
        "calm skin with no clear antecedent: la piel está calmada",
    ),
    (
        "afección sensible",
        "makes the condition sensitive: afección de piel sensible",
    ),
    (
        "trata su caída",
        "\"your fall\": no es un tratamiento para la caída del cabello",
    ),
    (
        "desvanece",
        "suggests the pigment disappears: pierde intensidad",
    ),
    ("vitiligo", "the Spanish spelling is vitíligo"),
    ("cirugía de mama", "US Spanish says cirugía de senos"),
    ("«", "US readers use \u{201c} \u{201d}"),
    ("»", "US readers use \u{201c} \u{201d}"),
    (
        "reservar una consulta",
        "US Spanish asks for an appointment: programar una cita",
    ),
    ("no estoy seguro", "masculine only: no lo sé"),
    (
        "primera sesión el",
        "a label that dangles before its date input",
    ),
];

/// From issue 19, item 2.
#[test]
fn spanish_terms_a_patient_reads_correctly() {
    let mut wrong = Vec::new();
    for key in Key::ALL {
        let text = key.text(Lang::Es);
        let lower = text.to_lowercase();
        for (bad, why) in SPANISH_DEFECTS {
            if lower.contains(bad) {
                wrong.push(format!("{key:?}: {bad:?} ({why}) in {text}"));
            }
        }
        // The acronym is English: spelled out, and said to be English, where it appears.
        if text.contains("SMP") && !text.contains("por sus siglas en inglés") {
            wrong.push(format!("{key:?}: \"SMP\" alone in {text}"));
        }
    }
    // Skin-tone answers agree with "tono" (masculine).
    for key in [Key::OptToneLighter, Key::OptToneMedium, Key::OptToneDarker] {
        let text = key.text(Lang::Es);
        if !text.ends_with('o') {
            wrong.push(format!("{key:?}: {text} does not agree with \"tono\""));
        }
    }
    // The start screen spells the procedure out before any acronym.
    let intro = Key::StartIntro.text(Lang::Es);
    let spelled = intro
        .find("micropigmentación capilar")
        .unwrap_or(usize::MAX);
    assert!(spelled < intro.find("SMP").unwrap_or(usize::MAX), "{intro}");
    assert!(wrong.is_empty(), "Spanish defects:\n{}", wrong.join("\n"));
}

/// Words that describe the scalp procedure, wrong for a visitor asking about another area.
fn scalp_only(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["smp", "scalp", "follicle", "hair loss", "hair transplant"],
        Lang::Es => &[
            "smp",
            "capilar",
            "cuero cabelludo",
            "folículo",
            "caída del cabello",
        ],
    }
}

/// The phrases the estimator shows on a path beyond the scalp (its views: the no-price
/// notice or the clinic's own price, what it covers, the plan the clinic makes), and the
/// summary and contact form around it. Sessions, hours and dates are the scalp's and are
/// not shown there (issue 25 item 1).
const ESTIMATOR_BEYOND_THE_SCALP: &[Key] = &[
    Key::EstimateHeading,
    Key::EstimatedCost,
    Key::SourceArea,
    Key::MonthlyPayment,
    Key::NotAQuote,
    Key::PlanHeading,
    Key::PlanAreaVaries,
    Key::SessionsAreaVaries,
    Key::PrintSummary,
    Key::SummaryHeading,
    Key::SummaryOutcome,
    Key::LeadConsent,
    Key::LeadWillSend,
    Key::LeadClinicLanguage,
];

/// From issue 19, item 1.
#[test]
fn every_path_beyond_the_scalp_names_what_the_visitor_asked_about() {
    let mut wrong = Vec::new();
    let mut procedures = std::collections::HashSet::new();
    for answers in every_path() {
        if answers.pattern != Some(HairLossPattern::OtherArea) {
            assert_eq!(Procedure::of(&answers), Procedure::Scalp);
            continue;
        }
        let result = assess(&answers).unwrap();
        let procedure = result.procedure;
        assert!(!procedure.is_scalp(), "{answers:?}");
        procedures.insert(procedure);
        for lang in Lang::ALL {
            let title = outcome_title(result.outcome, procedure).text(lang);
            let mut shown: Vec<(String, String)> = vec![
                ("title".into(), title.to_owned()),
                (
                    "summary".into(),
                    outcome_summary(result.outcome).text(lang).to_owned(),
                ),
            ];
            for reason in &result.reasons {
                shown.push((
                    format!("{:?}", reason.text),
                    reason.text.text(lang).to_owned(),
                ));
                for answer in reason.because {
                    let label = answer_label(*answer);
                    shown.push((format!("{label:?}"), label.text(lang).to_owned()));
                }
            }
            for note in fixed_notes(procedure) {
                shown.push((format!("{note:?}"), note.text(lang).to_owned()));
            }
            for key in ESTIMATOR_BEYOND_THE_SCALP {
                let text = fill(
                    key.text(lang),
                    &[("procedure", procedure_name(procedure).text(lang))],
                );
                shown.push((format!("{key:?}"), text));
            }
            for (what, text) in &shown {
                let lower = text.to_lowercase();
                for words in scalp_only(lang) {
                    if lower.contains(words) {
                        wrong.push(format!(
                            "{procedure:?} ({lang:?}) {what}: {words:?} in {text}"
                        ));
                    }
                }
            }
            // A fit names the procedure asked about.
            if result.outcome <= Outcome::GoodCandidateWithNotes {
                let name = procedure_name(procedure).text(lang).to_lowercase();
                assert!(
                    title.to_lowercase().contains(&name),
                    "{procedure:?}: {title}"
                );
            }
        }
    }
    assert_eq!(procedures.len(), 6, "{procedures:?}");
    assert!(
        wrong.is_empty(),
        "scalp-only wording beyond the scalp:\n{}",
        wrong.join("\n")
    );
    // On the scalp, the same titles name scalp micropigmentation.
    for lang in Lang::ALL {
        let title = outcome_title(Outcome::GreatCandidate, Procedure::Scalp).text(lang);
        assert!(title
            .to_lowercase()
            .contains(procedure_name(Procedure::Scalp).text(lang)));
    }
}

/// From issue 19, item 3.
#[test]
fn the_contact_preview_is_in_the_visitor_s_language_and_matches_what_is_sent() {
    for answers in every_path().into_iter().step_by(97) {
        let labels = shared_answer_labels(&answers);
        // The clinic receives exactly these, in English.
        let sent: Vec<&str> = labels.iter().map(|k| k.text(Lang::En)).collect();
        assert_eq!(sent, shared_answers(&answers));
        // The visitor reads them in Spanish.
        for label in &labels {
            if *label != Key::OptAreola {
                assert_ne!(label.text(Lang::Es), label.text(Lang::En), "{label:?}");
            }
        }
    }
    // And is told in which language the clinic receives them.
    assert!(Key::LeadClinicLanguage.text(Lang::En).contains("English"));
    assert!(Key::LeadClinicLanguage.text(Lang::Es).contains("inglés"));
}

/// MED-4: the out-of-date notice says how old the prices are, in years from a year on.
#[test]
fn the_out_of_date_notice_says_how_old_the_prices_are() {
    let cases = [
        (12, "more than a year old", "más de un año"),
        (23, "more than a year old", "más de un año"),
        (24, "more than 2 years old", "más de 2 años"),
        (47, "more than 3 years old", "más de 3 años"),
        (6, "more than 6 months old", "más de 6 meses"),
        (1, "more than a month old", "más de un mes"),
    ];
    for (months, en, es) in cases {
        assert!(
            prices_out_of_date(Lang::En, months).contains(en),
            "{months}: {}",
            prices_out_of_date(Lang::En, months)
        );
        assert!(
            prices_out_of_date(Lang::Es, months).contains(es),
            "{months}: {}",
            prices_out_of_date(Lang::Es, months)
        );
    }
}

/// One row of `docs/glossary.md`: an idea and the variants each language must not use for it.
struct Term {
    idea: String,
    not_en: Vec<String>,
    not_es: Vec<String>,
}

/// The glossary's table, read from the repository.
fn glossary() -> Vec<Term> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/glossary.md");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let list = |cell: &str| -> Vec<String> {
        match cell {
            "(none)" | "(n/a)" => Vec::new(),
            _ => cell.split(';').map(|t| t.trim().to_lowercase()).collect(),
        }
    };
    let terms: Vec<Term> = text
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| Idea "))
        .map(|l| {
            let cells: Vec<&str> = l.trim_matches('|').split('|').map(str::trim).collect();
            assert_eq!(cells.len(), 5, "a glossary row has five cells: {l}");
            Term {
                idea: cells[0].to_owned(),
                not_en: list(cells[3]),
                not_es: list(cells[4]),
            }
        })
        .collect();
    assert!(terms.len() >= 15, "the glossary table was not read: {path}");
    terms
}

/// Whether `text` uses `term` as a whole word or phrase, ignoring case.
fn uses(text: &str, term: &str) -> bool {
    let lower = text.to_lowercase();
    lower.match_indices(term).any(|(i, _)| {
        let before = lower[..i].chars().next_back();
        let after = lower[i + term.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The variants `text` uses that the glossary rules out in `lang`.
fn off_glossary(glossary: &[Term], lang: Lang, text: &str) -> Vec<String> {
    glossary
        .iter()
        .flat_map(|term| {
            let banned = match lang {
                Lang::En => &term.not_en,
                Lang::Es => &term.not_es,
            };
            banned
                .iter()
                .filter(|variant| uses(text, variant))
                .map(|variant| format!("{variant:?} (for {})", term.idea))
        })
        .collect()
}

/// The dash styles `text` uses besides the one the glossary allows (a closed en dash).
fn other_dashes(text: &str) -> Vec<&'static str> {
    let mut found = Vec::new();
    if text.contains(" \u{2013}") || text.contains("\u{2013} ") {
        found.push("a spaced en dash");
    }
    if text.contains('\u{2014}') {
        found.push("an em dash");
    }
    let chars: Vec<char> = text.chars().collect();
    if chars
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == '-' && w[2].is_ascii_digit())
    {
        found.push("a hyphen between numbers");
    }
    found
}

/// Issue 25 item 4: one term per idea in each language, and one dash style.
#[test]
fn no_phrase_uses_a_term_or_dash_the_glossary_rules_out() {
    let glossary = glossary();
    // The check catches what it must.
    assert!(!off_glossary(&glossary, Lang::Es, "Semana de curación").is_empty());
    assert!(!off_glossary(&glossary, Lang::Es, "Añadir a mi calendario").is_empty());
    assert!(!off_glossary(&glossary, Lang::En, "if you tick the box").is_empty());
    assert!(off_glossary(&glossary, Lang::Es, "la piel está más uniforme").is_empty());
    assert_eq!(other_dashes("$2,000 \u{2013} $5,000"), ["a spaced en dash"]);
    assert_eq!(other_dashes("3-4 hours"), ["a hyphen between numbers"]);
    assert!(other_dashes("3\u{2013}4 sessions, lash-line").is_empty());
    let mut wrong = Vec::new();
    for key in Key::ALL {
        for lang in Lang::ALL {
            let text = filled(*key, lang, "2");
            for bad in off_glossary(&glossary, lang, &text) {
                wrong.push(format!("{key:?} ({lang:?}): {bad} in {text}"));
            }
            for bad in other_dashes(key.text(lang)) {
                wrong.push(format!("{key:?} ({lang:?}): {bad} in {text}"));
            }
        }
    }
    assert!(wrong.is_empty(), "off the glossary:\n{}", wrong.join("\n"));
}

/// Everything the copy check says of one line a visitor can reach.
fn line_problems(glossary: &[Term], lang: Lang, line: &common::render::Line) -> Vec<String> {
    let text = line.text.as_str();
    let lower = text.to_lowercase();
    let mut found = Vec::new();
    if text.contains(['{', '}']) {
        found.push("a placeholder left unfilled".to_owned());
    }
    if text.trim() != text || text.contains("  ") {
        found.push("a stray or double space".to_owned());
    }
    found.extend(
        BANNED
            .iter()
            .filter(|w| lower.contains(*w))
            .map(|w| format!("the forbidden claim {w:?}")),
    );
    found.extend(
        lower
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| BANNED_WORDS.contains(w))
            .map(|w| format!("the forbidden word {w:?}")),
    );
    found.extend(off_glossary(glossary, lang, text));
    found.extend(other_dashes(text).into_iter().map(str::to_owned));
    found.extend(disagreements(text));
    let aside = text.starts_with('(');
    for start in sentence_starts(text).iter().skip(usize::from(aside)) {
        if !capitalised(start) {
            found.push(format!("a sentence starting in lowercase: {start:?}"));
        }
    }
    if !line.procedure.is_scalp() && !line.names_the_scalp_on_purpose {
        found.extend(
            scalp_only(lang)
                .iter()
                .filter(|w| lower.contains(*w))
                .map(|w| format!("the scalp's word {w:?} beyond the scalp")),
        );
    }
    if lang == Lang::Es && text.contains("SMP") && !text.contains("por sus siglas en inglés") {
        found.push("\"SMP\" unexplained in Spanish".to_owned());
    }
    found
}

/// Issue 25 item 5: the full text of every path, in both languages (every question, result,
/// estimate, plan, calendar, summary and contact line a visitor can reach), through the copy
/// check; and every phrase of the table is reached by some path, so none escapes it.
#[test]
fn every_line_on_every_path_passes_the_copy_check_in_both_languages() {
    let glossary = glossary();
    let mut wrong = Vec::new();
    for lang in Lang::ALL {
        let lines = common::render::visitor_lines(lang);
        // Many paths share a line: each distinct text is checked once for each kind of path.
        let mut checked = std::collections::HashSet::new();
        for line in &lines {
            let kind = (line.procedure.is_scalp(), line.names_the_scalp_on_purpose);
            if !checked.insert((line.text.as_str(), kind)) {
                continue;
            }
            for problem in line_problems(&glossary, lang, line) {
                wrong.push(format!(
                    "{lang:?} {}: {problem} in {:?}",
                    line.at, line.text
                ));
            }
        }
        // Every phrase shows on some path (its words up to its first placeholder), but for
        // the one the English form never shows.
        for key in Key::ALL {
            let fixed = key.text(lang).split('{').next().unwrap_or("").trim();
            let hidden = lang == Lang::En && *key == Key::LeadClinicLanguage;
            let reached = fixed.is_empty() || checked.iter().any(|(t, _)| t.contains(fixed));
            if reached == hidden {
                wrong.push(format!("{lang:?} {key:?}: reached = {reached}"));
            }
        }
    }
    wrong.sort();
    wrong.dedup();
    assert!(
        wrong.is_empty(),
        "{} problems on the paths:\n{}",
        wrong.len(),
        wrong
            .iter()
            .take(80)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}
