//! Every line of text a visitor can reach, natively: the start screen, each question on
//! every path, every result, the estimator and plan for every procedure, place and number
//! of sessions, the calendar file, the printed summary and the contact form, in one
//! language, composed from the same domain functions and phrases the views use. Money and
//! dates are written as the browser's `Intl` writes them for en-US and es-US.

use smp_widget::domain::config::privacy::privacy_sentences;
use smp_widget::domain::config::Config;
use smp_widget::domain::copy::format::Formatter;
use smp_widget::domain::copy::labels::{
    answer_label, calendar_title, fixed_notes, lead_language_note, outcome_summary, outcome_title,
    prices_out_of_date, procedure_name, question_heading, question_hint, scale_label,
    session_choice, session_hours, sessions_noun, shared_answer_labels,
};
use smp_widget::domain::copy::lang::Lang;
use smp_widget::domain::copy::text::{fill, Key};
use smp_widget::domain::date::Date;
use smp_widget::domain::pricing::estimate::{
    Estimate, PaymentTerms, Place, MAX_SESSIONS, MIN_SESSIONS,
};
use smp_widget::domain::pricing::plan::Plan;
use smp_widget::domain::pricing::prices::{ClinicPrice, PriceBasis, PriceTable};
use smp_widget::domain::quiz::answers::{Answers, PatternScale, QuestionId};
use smp_widget::domain::quiz::assessment::assess;
use smp_widget::domain::quiz::outcome::{Procedure, SessionRange};
use smp_widget::domain::quiz::questions::{options, path, record};
use smp_widget::domain::widget::cost_lines;

use super::every_path;

/// One line a visitor can read, and where.
#[derive(Clone, Debug)]
pub struct Line {
    /// Where it shows, e.g. "Eyebrows result: note".
    pub at: String,
    /// What the visitor asked about on this path.
    pub procedure: Procedure,
    /// The text, placeholders filled.
    pub text: String,
    /// The one notice beyond the scalp that must name the scalp to say why it has no price.
    pub names_the_scalp_on_purpose: bool,
}

/// The configurations whose lines differ: the built-in default (no clinic price, nothing
/// sent), and one with every option that adds a line (a clinic price and an area price,
/// monthly payments, prices past their age limit, the page's statistics, the result shared,
/// contact requests).
pub fn configurations() -> Vec<Config> {
    let mut full = Config {
        clinic: "Desert Skin Studio".into(),
        clinic_price: Some(ClinicPrice {
            low: 2500,
            high: 4200,
        }),
        payment: Some(PaymentTerms {
            months: 12,
            apr_percent: 9.99,
        }),
        max_price_age_months: 12,
        share_outcome: true,
        data_layer: true,
        lead_url: Some("https://forms.example-clinic.com/smp".into()),
        lead_host: Some("forms.example-clinic.com".into()),
        booking_url: Some("https://clinic.example/book".into()),
        ..Config::default()
    };
    for procedure in Procedure::ALL {
        full.area_prices.set(
            procedure,
            ClinicPrice {
                low: 400,
                high: 800,
            },
        );
    }
    let one_month = Config {
        payment: Some(PaymentTerms {
            months: 1,
            apr_percent: 0.0,
        }),
        ..Config::default()
    };
    let per_session = Config {
        prices: PriceTable {
            basis: PriceBasis::PerSession,
            ..Config::default().prices
        },
        ..Config::default()
    };
    vec![Config::default(), full, one_month, per_session]
}

const TODAY: Date = Date {
    year: 2026,
    month: 12,
    day: 1,
};

/// "$2,000", as `Intl.NumberFormat` writes whole US dollars in en-US and es-US.
pub fn money(dollars: u32) -> String {
    let digits = dollars.to_string();
    let mut out = String::from("$");
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A price range as `format::money_range` writes it.
pub fn money_range(low: u32, high: u32) -> String {
    [money(low), money(high)].join("\u{2013}")
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_ES: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

/// A date without its weekday, as `format::date` writes it.
pub fn date(lang: Lang, d: Date) -> String {
    let month = usize::from(d.month - 1);
    match lang {
        Lang::En => format!("{} {}, {}", MONTHS_EN[month], d.day, d.year),
        Lang::Es => format!("{} de {} de {}", d.day, MONTHS_ES[month], d.year),
    }
}

/// A day with its weekday, short, as `format::day` writes it.
pub fn day(lang: Lang, d: Date) -> String {
    let month = usize::from(d.month - 1);
    let weekday = usize::from(d.weekday());
    match lang {
        Lang::En => format!(
            "{}, {} {}, {}",
            ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][weekday],
            &MONTHS_EN[month][..3],
            d.day,
            d.year
        ),
        Lang::Es => format!(
            "{}, {} de {} de {}",
            ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"][weekday],
            d.day,
            &MONTHS_ES[month][..3],
            d.year
        ),
    }
}

/// Collects lines for one language.
struct Out {
    lang: Lang,
    lines: Vec<Line>,
}

impl Out {
    fn push(&mut self, at: impl Into<String>, procedure: Procedure, text: impl Into<String>) {
        self.lines.push(Line {
            at: at.into(),
            procedure,
            text: text.into(),
            names_the_scalp_on_purpose: false,
        });
    }

    fn key(&mut self, at: &str, procedure: Procedure, key: Key) {
        let text = key.text(self.lang);
        self.push(format!("{at}: {key:?}"), procedure, text);
    }
}

/// Every line a visitor can reach in `lang`, on every path and configuration.
pub fn visitor_lines(lang: Lang) -> Vec<Line> {
    let mut out = Out {
        lang,
        lines: Vec::new(),
    };
    let scalp = Procedure::Scalp;
    for config in configurations() {
        start_screen(&mut out, &config);
        for procedure in Procedure::ALL {
            estimator(&mut out, &config, procedure);
        }
    }
    let mut procedures_seen = Vec::new();
    for answers in every_path() {
        questions(&mut out, &answers);
        result(&mut out, &answers);
        let procedure = Procedure::of(&answers);
        if !procedures_seen.contains(&procedure) {
            procedures_seen.push(procedure);
            for config in configurations() {
                contact_form(&mut out, &config, &answers);
            }
        }
    }
    out.key("anywhere", scalp, Key::OtherLanguage);
    out.key("popup", scalp, Key::Close);
    out.lines
}

fn start_screen(out: &mut Out, config: &Config) {
    let at = "start";
    let p = Procedure::Scalp;
    for key in [
        Key::WidgetTitle,
        Key::StartIntro,
        Key::StartDuration,
        Key::StartButton,
        Key::SkipToCost,
        Key::HelpBook,
    ] {
        out.key(at, p, key);
    }
    for key in privacy_sentences(config) {
        out.key(at, p, key);
    }
    let help = [Key::HelpQuestions.text(out.lang), config.clinic.as_str()].join(" ");
    out.push("help", p, help);
    let call = [Key::HelpCall.text(out.lang), config.phone.display.as_str()].join(" ");
    out.push("help", p, call);
}

/// Each question on the path to `answers`, as its screen shows it.
fn questions(out: &mut Out, answers: &Answers) {
    let lang = out.lang;
    let mut so_far = Answers::default();
    let steps = path(answers);
    for (n, question) in steps.iter().enumerate() {
        // What the visitor has asked about so far: the scalp until they choose an area.
        let procedure = Procedure::of(&so_far);
        let at = format!("{procedure:?} question {question:?}");
        let step = fill(
            Key::StepOf.text(lang),
            &[("n", &(n + 1).to_string()), ("m", &steps.len().to_string())],
        );
        out.push(&at, procedure, step);
        out.key(&at, procedure, question_heading(*question, &so_far));
        if let Some(hint) = question_hint(*question) {
            out.key(&at, procedure, hint);
        }
        if *question == QuestionId::Pattern {
            for scale in [
                PatternScale::Norwood,
                PatternScale::Ludwig,
                PatternScale::Other,
            ] {
                out.key(&at, procedure, scale_label(scale));
            }
        }
        for option in options(*question, &so_far) {
            out.key(&at, procedure, answer_label(option));
        }
        for key in [
            Key::Next,
            Key::SeeResult,
            Key::Back,
            Key::ChooseOne,
            Key::RememberProgress,
            Key::ForgetAnswers,
        ] {
            out.key(&at, procedure, key);
        }
        if let Some(answer) = answers.get(*question) {
            record(&mut so_far, answer).expect("an answer on the path");
        }
    }
}

/// The result screen for `answers`, and the summary's result part.
fn result(out: &mut Out, answers: &Answers) {
    let lang = out.lang;
    let Ok(assessment) = assess(answers) else {
        panic!("no result for {answers:?}");
    };
    let procedure = assessment.procedure;
    let at = format!("{procedure:?} result ({:?})", assessment.outcome);
    out.key(&at, procedure, outcome_title(assessment.outcome, procedure));
    out.key(&at, procedure, outcome_summary(assessment.outcome));
    out.key(&at, procedure, Key::ReasonsHeading);
    for reason in &assessment.reasons {
        out.key(&at, procedure, reason.text);
        for answer in reason.because {
            let because = format!(
                "{} \u{201c}{}\u{201d} {}",
                Key::YourAnswer.text(lang),
                answer_label(*answer).text(lang),
                Key::ChangeAnswer.text(lang)
            );
            out.push(&at, procedure, because);
        }
    }
    out.push(
        &at,
        procedure,
        sessions_line(lang, procedure, assessment.sessions),
    );
    out.key(&at, procedure, Key::NotesHeading);
    for note in fixed_notes(procedure) {
        out.key(&at, procedure, note);
    }
    for key in [
        Key::ShareOutcome,
        Key::SeeCost,
        Key::PrintSummary,
        Key::StartOver,
        Key::SummaryHeading,
    ] {
        out.key(&at, procedure, key);
    }
    let printed = format!(
        "{} {}",
        Key::SummaryOutcome.text(lang),
        outcome_title(assessment.outcome, procedure).text(lang)
    );
    out.push(format!("{at}: printed"), procedure, printed);
}

/// The result's sessions paragraph, as `ui/outcome.rs` composes it.
pub fn sessions_line(lang: Lang, procedure: Procedure, sessions: SessionRange) -> String {
    let hours = session_hours(procedure, sessions).text(lang);
    if !procedure.is_scalp() {
        return hours.to_owned();
    }
    let count = if sessions.min == sessions.max {
        sessions.min.to_string()
    } else {
        format!("{}\u{2013}{}", sessions.min, sessions.max)
    };
    format!(
        "{} {count} {}. {hours}",
        Key::SessionsLabel.text(lang),
        sessions_noun(sessions.max).text(lang)
    )
}

/// The places the estimator offers for the scalp under `config`.
fn places(config: &Config) -> Vec<Place> {
    let mut places: Vec<Place> = (0..config.prices.cities.len()).map(Place::Listed).collect();
    if config.clinic_price.is_some() {
        places.push(Place::Clinic);
    }
    places.push(Place::NotListed);
    places
}

/// The estimator, its plan, the calendar file and the printed summary's cost and plan,
/// for every place and number of sessions.
fn estimator(out: &mut Out, config: &Config, procedure: Procedure) {
    let lang = out.lang;
    let at = format!("{procedure:?} estimator");
    for key in [
        Key::EstimateHeading,
        Key::PlanHeading,
        Key::PrintSummary,
        Key::BackToResult,
        Key::BackToStart,
        Key::NotAQuote,
        Key::SummaryHeading,
        Key::NotesHeading,
        Key::SummaryContact,
    ] {
        out.key(&at, procedure, key);
    }
    let prepared = fill(
        Key::SummaryPrepared.text(lang),
        &[("date", &date(lang, TODAY)), ("clinic", &config.clinic)],
    );
    out.push(format!("{at}: printed"), procedure, prepared);
    if !procedure.is_scalp() {
        let plan = fill(
            Key::PlanAreaVaries.text(lang),
            &[("clinic", &config.clinic)],
        );
        out.push(format!("{at}: plan"), procedure, plan);
        match config.estimate_for(procedure, Place::NotListed, 3) {
            Ok(estimate) => estimate_lines(out, config, procedure, Place::NotListed, &estimate),
            Err(_) => {
                let notice = fill(
                    Key::AreaNoPrice.text(lang),
                    &[
                        ("procedure", procedure_name(procedure).text(lang)),
                        ("clinic", &config.clinic),
                    ],
                );
                out.lines.push(Line {
                    at: format!("{at}: no price"),
                    procedure,
                    text: notice,
                    names_the_scalp_on_purpose: true,
                });
            }
        }
        return;
    }
    for key in [
        Key::CityLabel,
        Key::CityOther,
        Key::SessionsQuestion,
        Key::StartDateLabel,
        Key::CalendarButton,
        Key::ChartShow,
        Key::ChartHeading,
        Key::ChartCity,
        Key::ChartRange,
        Key::ChartClinic,
        Key::ChartYou,
        Key::PlanHealingShort,
        Key::PlanHealingDays,
        Key::PlanSettling,
        Key::PlanCovering,
    ] {
        out.key(&at, procedure, key);
    }
    // The out-of-date notice, for the limits a marketer may set.
    for months in [1, 6, 12, 18, 48] {
        out.push(&at, procedure, prices_out_of_date(lang, months));
    }
    let clinic_choice = format!("{} ({})", config.clinic, Key::CityClinicSuffix.text(lang));
    out.push(&at, procedure, clinic_choice);
    for range in [
        SessionRange { min: 3, max: 4 },
        SessionRange { min: 1, max: 1 },
    ] {
        let count = if range.min == range.max {
            range.min.to_string()
        } else {
            format!("{}\u{2013}{}", range.min, range.max)
        };
        let hint = format!("{} {count}", Key::SessionsFromQuiz.text(lang));
        out.push(&at, procedure, hint);
    }
    for sessions in MIN_SESSIONS..=MAX_SESSIONS {
        out.key(&at, procedure, session_choice(sessions));
        for place in places(config) {
            if let Ok(estimate) = config.estimate_for(procedure, place, sessions) {
                estimate_lines(out, config, procedure, place, &estimate);
            }
        }
        plan_lines(out, config, sessions);
    }
}

/// Money and dates as the widget's `Intl` writes them for en-US and es-US.
pub struct Written;

impl Formatter for Written {
    fn money(&self, _: Lang, dollars: f64) -> String {
        money(dollars.round() as u32)
    }
    fn percent(&self, _: Lang, percent: f64) -> String {
        format!("{percent}%")
    }
    fn day(&self, lang: Lang, d: Date) -> String {
        day(lang, d)
    }
    fn date(&self, lang: Lang, d: Date) -> String {
        date(lang, d)
    }
}

/// The estimate's lines, exactly as `screen` writes them for the estimator and the printed
/// summary (`cost_lines`).
fn estimate_lines(
    out: &mut Out,
    config: &Config,
    procedure: Procedure,
    place: Place,
    estimate: &Estimate,
) {
    let lang = out.lang;
    let at = format!("{procedure:?} estimate {place:?} x{}", estimate.sessions);
    let stale = Some(config.prices.age_in_months(TODAY));
    let lines = cost_lines(config, procedure, place, estimate, stale, lang, &Written);
    let range = format!("{}: {}", Key::EstimatedCost.text(lang), lines.range);
    out.push(&at, procedure, range);
    for line in [
        Some(lines.covers),
        lines.no_clinic_price,
        lines.hours,
        lines.monthly,
        lines.as_of,
        lines.stale,
    ]
    .into_iter()
    .flatten()
    {
        out.push(&at, procedure, line);
    }
}

/// The scalp's plan for `sessions`: the legend, the summary's paragraph, the calendar file.
fn plan_lines(out: &mut Out, config: &Config, sessions: u8) {
    let lang = out.lang;
    let procedure = Procedure::Scalp;
    let at = format!("plan x{sessions}");
    let plan = Plan::new(TODAY.next_monday(), sessions);
    for (d, n) in plan.sessions.iter().zip(1u8..) {
        let line = fill(
            Key::PlanSessionOn.text(lang),
            &[("n", &n.to_string()), ("date", &day(lang, *d))],
        );
        out.push(&at, procedure, line);
        let title = fill(
            calendar_title(plan.sessions.len()).text(lang),
            &[
                ("n", &n.to_string()),
                ("m", &plan.sessions.len().to_string()),
            ],
        );
        out.push(format!("{at}: calendar"), procedure, title);
    }
    let settled = fill(
        Key::PlanSettledShort.text(lang),
        &[("date", &day(lang, plan.settled))],
    );
    out.push(&at, procedure, settled);
    let range = SessionRange {
        min: sessions,
        max: sessions,
    };
    let printed = [
        session_hours(procedure, range).text(lang),
        Key::PlanHealingWeek.text(lang),
        Key::PlanSettling.text(lang),
    ]
    .join(" ");
    out.push(format!("{at}: printed"), procedure, printed);
    let details = fill(
        Key::CalendarDetails.text(lang),
        &[("clinic", &config.clinic), ("phone", &config.phone.display)],
    );
    out.push(format!("{at}: calendar"), procedure, details);
}

/// The contact form, its preview and every status it can show.
fn contact_form(out: &mut Out, config: &Config, answers: &Answers) {
    let lang = out.lang;
    let Some(host) = config.lead_host.as_deref() else {
        return;
    };
    let procedure = Procedure::of(answers);
    let at = format!("{procedure:?} contact form");
    for key in [
        Key::LeadHeading,
        Key::LeadName,
        Key::LeadContact,
        Key::LeadIncludeAnswers,
        Key::LeadOnlyContact,
        Key::LeadWillSend,
        Key::LeadSend,
        Key::LeadSending,
        Key::LeadSent,
        Key::LeadBusy,
        Key::LeadNotSent,
        Key::LeadTryAgain,
        Key::LeadNeedName,
        Key::LeadNeedContact,
    ] {
        out.key(&at, procedure, key);
    }
    let consent = [
        fill(Key::LeadConsent.text(lang), &[("clinic", &config.clinic)]),
        fill(Key::LeadReceiver.text(lang), &[("host", host)]),
    ]
    .join(" ");
    out.push(&at, procedure, consent);
    let call = fill(
        Key::LeadCall.text(lang),
        &[("phone", &config.phone.display)],
    );
    out.push(&at, procedure, call);
    if let Some(note) = lead_language_note(lang) {
        out.key(&at, procedure, note);
    }
    for label in shared_answer_labels(answers) {
        out.key(&format!("{at}: preview"), procedure, label);
    }
}
