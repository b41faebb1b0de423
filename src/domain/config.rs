//! The marketer's configuration: one typed schema, validated once. Each bad field gives one
//! warning naming it and falls back to its default; nothing here can fail.

use super::date::Date;
use super::decimal::parse_decimal;
use super::estimate::{estimate, ClinicPrice, Estimate, EstimateError, PaymentTerms, Place};
use super::json::Json as Value;
use super::lang::Lang;
use super::prices::{default_cities, CityPrice, PriceBasis, PriceTable};
use super::theme::{parse_font, Rgb, DEFAULT_BRAND, MIN_TEXT_CONTRAST};
use super::url::SCHEME_PROBLEM;
pub use super::url::{parse_booking_url, parse_lead_url, CheckedUrl, ParsedUrl};

/// The clinic of CONTENT.md §4, used for every field the marketer leaves out.
pub const DEFAULT_CLINIC: &str = "Beverly Hills Hair Restoration";
pub const DEFAULT_PHONE: &str = "760.501.0080";
pub const DEFAULT_CITY: &str = "Palm Desert, CA";

/// A phone number fit for a `tel:` link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phone {
    /// As the marketer wrote it, for people to read.
    pub display: String,
    /// Digits and a leading `+` only, for `tel:`.
    pub dial: String,
}

impl Phone {
    /// Accepts digits, spaces, `+ - ( ) .` only, with 7 to 15 digits (E.164's longest).
    pub fn parse(raw: &str) -> Result<Phone, &'static str> {
        let display = raw.trim();
        let allowed =
            |c: char| c.is_ascii_digit() || matches!(c, '+' | '-' | '(' | ')' | ' ' | '.');
        if !display.chars().all(allowed) {
            return Err("only digits, spaces and + - ( ) . are allowed");
        }
        if display.char_indices().any(|(i, c)| c == '+' && i != 0) {
            return Err("'+' may only come first");
        }
        let digits: String = display.chars().filter(char::is_ascii_digit).collect();
        if !(7..=15).contains(&digits.len()) {
            return Err("needs 7 to 15 digits");
        }
        let mut dial = String::with_capacity(digits.len() + 1);
        if display.starts_with('+') {
            dial.push('+');
        }
        dial.push_str(&digits);
        Ok(Phone {
            display: display.to_owned(),
            dial,
        })
    }

    pub fn tel_href(&self) -> String {
        let mut href = String::with_capacity(self.dial.len() + 4);
        href.push_str("tel:");
        href.push_str(&self.dial);
        href
    }
}

/// One rejected (or adjusted) field: which, why, and the value as given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigWarning {
    pub field: &'static str,
    pub problem: &'static str,
    pub value: String,
}

impl ConfigWarning {
    /// The one console line a marketer reads, naming the field as a JSON block spells it,
    /// e.g. `booking_url rejected: scheme not allowed ("javascript:alert(1)"); using the default`.
    pub fn message(&self) -> String {
        let mut line = String::with_capacity(64 + self.value.len());
        line.extend(self.field.chars().map(|c| if c == '-' { '_' } else { c }));
        if self.field == "brand-color" && self.problem == CONTRAST_PROBLEM {
            line.push_str(" adjusted: ");
        } else {
            line.push_str(" rejected: ");
        }
        line.push_str(self.problem);
        line.push_str(" (\"");
        line.extend(self.value.chars().take(80));
        line.push_str("\")");
        if self.problem != CONTRAST_PROBLEM {
            line.push_str("; using the default");
        }
        line
    }

    /// A link refused for its scheme, or an option that sends data (or decides the layout)
    /// set by the `config-src` file, is a security event, logged as an error.
    pub fn is_security(&self) -> bool {
        self.problem == SCHEME_PROBLEM || self.problem == ELEMENT_ONLY_PROBLEM
    }
}

/// Options honoured only from the element itself, its attributes or its inline JSON block
/// (RELIABILITY PRIV-9): those that send data somewhere, and `mode`, which the loader acts
/// on before any `config-src` file arrives. Set in `config-src`, each is ignored with one
/// security warning.
pub const ELEMENT_ONLY: &[&str] = &["lead-url", "data-layer", "share-outcome", "utm", "mode"];

const ELEMENT_ONLY_PROBLEM: &str =
    "may only be set on the element (attribute or inline JSON), not in config_src";

/// The earliest `prices-as-of` accepted.
pub const EARLIEST_PRICES_AS_OF: Date = Date {
    year: 2000,
    month: 1,
    day: 1,
};

/// The latest `prices-as-of` accepted, whatever the clock says.
pub const LATEST_PRICES_AS_OF: Date = Date {
    year: 2100,
    month: 12,
    day: 31,
};

const CONTRAST_PROBLEM: &str = "white text on it is below 4.5:1 contrast; darkened until it passes";

/// Inline on the page, or a launcher button that opens a dialog.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    Inline,
    Popup,
}

/// Which parts the widget offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Parts {
    #[default]
    QuizAndEstimator,
    QuizOnly,
    EstimatorOnly,
}

/// The marketer's look, already made safe.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Theme {
    pub brand: Rgb,
    pub radius_px: u8,
    /// A font-family list, or `inherit`.
    pub font: String,
    pub z_index: i32,
}

impl Default for Theme {
    fn default() -> Self {
        Theme {
            brand: DEFAULT_BRAND,
            radius_px: 10,
            font: "inherit".to_owned(),
            z_index: 2_147_483_000,
        }
    }
}

fn flag(value: &Value) -> Result<bool, &'static str> {
    match value {
        Value::Bool(b) => Ok(*b),
        Value::String(s) => match s.trim().to_ascii_lowercase().as_str() {
            "" | "true" | "yes" | "1" | "on" => Ok(true),
            "false" | "no" | "0" | "off" => Ok(false),
            _ => Err("must be true or false"),
        },
        _ => Err("must be true or false"),
    }
}

/// The validated configuration the widget runs with.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub clinic: String,
    pub phone: Phone,
    /// `None` when not configured or rejected: the CTA falls back to the phone.
    pub booking_url: Option<String>,
    /// The estimator's pre-selected city.
    pub city: String,
    /// `None`: follow the page's or the browser's language.
    pub lang: Option<Lang>,
    pub prices: PriceTable,
    /// The clinic's own range; never invented when absent.
    pub clinic_price: Option<ClinicPrice>,
    /// Older prices carry a "may be out of date" note.
    pub max_price_age_months: u16,
    /// Off unless the marketer sets both months and APR.
    pub payment: Option<PaymentTerms>,
    pub mode: Mode,
    pub parts: Parts,
    pub theme: Theme,
    /// The marketer's own launcher element (popup mode), as a CSS selector.
    pub launcher: Option<String>,
    /// Opt-in: the outcome category goes into `smp:complete`.
    pub share_outcome: bool,
    /// Opt-in: events are also pushed to `window.dataLayer`.
    pub data_layer: bool,
    /// Opt-in: the page's `utm_*` parameters are added to the booking link.
    pub utm: bool,
    /// The clinic's own endpoint for "contact me" requests; no form without it.
    pub lead_url: Option<String>,
    /// The host `lead_url` sends to (as the browser parsed it), for the consent sentence;
    /// set together with `lead_url`.
    pub lead_host: Option<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            clinic: DEFAULT_CLINIC.to_owned(),
            phone: Phone {
                display: DEFAULT_PHONE.to_owned(),
                dial: "7605010080".to_owned(),
            },
            booking_url: None,
            city: DEFAULT_CITY.to_owned(),
            lang: None,
            prices: PriceTable::default(),
            clinic_price: None,
            max_price_age_months: 12,
            payment: None,
            mode: Mode::default(),
            parts: Parts::default(),
            theme: Theme::default(),
            launcher: None,
            share_outcome: false,
            data_layer: false,
            utm: false,
            lead_url: None,
            lead_host: None,
        }
    }
}

const MAX_TEXT: usize = 120;

fn clean_text(raw: &str) -> Result<String, &'static str> {
    let text = raw.trim();
    if text.is_empty() {
        return Err("is empty");
    }
    if text.chars().count() > MAX_TEXT {
        return Err("is longer than 120 characters");
    }
    if text.chars().any(char::is_control) {
        return Err("contains control characters");
    }
    Ok(text.to_owned())
}

/// Every option, by its attribute name; in a JSON block the same names with `_` for `-`.
pub const OPTIONS: &[&str] = &[
    "clinic",
    "phone",
    "booking-url",
    "city",
    "lang",
    "prices",
    "prices-as-of",
    "price-basis",
    "clinic-price",
    "max-price-age-months",
    "payment-months",
    "payment-apr",
    "mode",
    "parts",
    "brand-color",
    "radius",
    "font",
    "z-index",
    "launcher",
    "share-outcome",
    "data-layer",
    "utm",
    "lead-url",
];

fn text_of(value: &Value) -> Result<&str, &'static str> {
    value.as_str().ok_or("must be text")
}

/// A number from JSON, or from an attribute's text.
fn number_of(value: &Value) -> Result<f64, &'static str> {
    let number = match value {
        Value::Number(n) => Some(*n),
        Value::String(s) => parse_decimal(s.trim()),
        _ => None,
    };
    number.filter(|n| n.is_finite()).ok_or("must be a number")
}

fn whole_dollars(value: &Value) -> Result<u32, &'static str> {
    let n = number_of(value)?;
    if n < 0.0 {
        return Err("must not be negative");
    }
    if n > 1_000_000.0 {
        return Err("is implausibly large");
    }
    Ok(n.round() as u32)
}

fn range_of(low: &Value, high: &Value) -> Result<(u32, u32), &'static str> {
    let (low, high) = (whole_dollars(low)?, whole_dollars(high)?);
    if low > high {
        return Err("low is greater than high");
    }
    Ok((low, high))
}

/// Reads `"2500-4000"` (attribute) or `{"low": 2500, "high": 4000}` (JSON).
fn clinic_price_of(value: &Value) -> Result<ClinicPrice, &'static str> {
    let (low, high) = match value {
        Value::String(s) => {
            let (low, high) = s.split_once('-').ok_or("must look like 2500-4000")?;
            range_of(
                &Value::String(low.to_owned()),
                &Value::String(high.to_owned()),
            )?
        }
        Value::Object(_) => range_of(value.get("low"), value.get("high"))?,
        _ => return Err("must look like 2500-4000"),
    };
    Ok(ClinicPrice { low, high })
}

/// Where the options come from, lowest priority first (defaults < `remote` < `inline` <
/// attributes), and what the checks need to know about the page.
pub struct Sources<'a> {
    /// The text of the `config-src` file the loader fetched, if any. Trusted less than the
    /// element: the options in [`ELEMENT_ONLY`] are ignored here (PRIV-9).
    pub remote: Option<&'a str>,
    /// The element's inline `<script type="application/json">` block, if any.
    pub inline: Option<&'a str>,
    /// Attribute values by name; these win over both JSON layers.
    pub attribute: &'a dyn Fn(&str) -> Option<String>,
    /// Parses a URL as the browser's `URL` does; `None` when it throws. Every link option
    /// is decided on its result (SEC-13).
    pub parse_url: &'a dyn Fn(&str) -> Option<ParsedUrl>,
    /// Whether the page itself is on `localhost` or `127.0.0.1`; only then may the lead
    /// endpoint be plain http to this machine.
    pub page_is_local: bool,
    /// The visitor's today: a `prices-as-of` later than this is refused.
    pub today: Date,
}

impl Config {
    /// The estimator's pre-selected place: the marketer's city if the table lists it, else
    /// the clinic's own price if configured, else "not listed" (never a guess from location).
    pub fn default_place(&self) -> Place {
        match self.prices.find(&self.city) {
            Some(i) => Place::Listed(i),
            None if self.clinic_price.is_some() => Place::Clinic,
            None => Place::NotListed,
        }
    }

    /// The estimate for a place and a number of sessions under this configuration.
    pub fn estimate(&self, place: Place, sessions: u8) -> Result<Estimate, EstimateError> {
        estimate(
            &self.prices,
            self.clinic_price,
            place,
            sessions,
            self.payment,
        )
    }

    /// Builds the configuration from attribute values only, without a browser: there is no
    /// URL parser, so every link option (`booking-url`, `lead-url`) is refused; the page is
    /// taken as not local; and with no clock, `prices-as-of` is checked against
    /// [`LATEST_PRICES_AS_OF`] only. The widget itself uses [`Config::from_sources`].
    pub fn from_attributes(get: impl Fn(&str) -> Option<String>) -> (Config, Vec<ConfigWarning>) {
        Config::from_sources(Sources {
            remote: None,
            inline: None,
            attribute: &get,
            parse_url: &|_| None,
            page_is_local: false,
            today: LATEST_PRICES_AS_OF,
        })
    }

    /// Defaults ← `config-src` ← JSON block ← attributes. Each bad field: one warning, its
    /// default (or the lower layer's value) kept. An option of [`ELEMENT_ONLY`] in
    /// `config-src` is ignored with one security warning.
    pub fn from_sources(sources: Sources<'_>) -> (Config, Vec<ConfigWarning>) {
        let mut config = Config::default();
        let mut warnings = Vec::new();
        for (json, remote) in [(sources.remote, true), (sources.inline, false)] {
            if let Some(json) = json {
                config.apply_json(json, remote, &sources, &mut warnings);
            }
        }
        for field in OPTIONS {
            if let Some(raw) = (sources.attribute)(field) {
                config.apply(field, &Value::String(raw), &sources, &mut warnings);
            }
        }
        config.finish(&mut warnings);
        (config, warnings)
    }

    /// One JSON layer; `remote` for the `config-src` file.
    fn apply_json(
        &mut self,
        json: &str,
        remote: bool,
        sources: &Sources<'_>,
        warnings: &mut Vec<ConfigWarning>,
    ) {
        let Some(Value::Object(members)) = Value::parse(json) else {
            warnings.push(ConfigWarning {
                field: "config",
                problem: "is not a JSON object",
                value: json.trim().chars().take(40).collect(),
            });
            return;
        };
        let mut refused: Vec<&'static str> = Vec::new();
        for (key, value) in &members {
            let name = key.replace('_', "-");
            match OPTIONS.iter().find(|o| **o == name) {
                Some(field) if remote && ELEMENT_ONLY.contains(field) => {
                    // One line per field, even if the file spells it twice.
                    if !refused.contains(field) {
                        refused.push(field);
                        warnings.push(ConfigWarning {
                            field,
                            problem: ELEMENT_ONLY_PROBLEM,
                            value: shown(value),
                        });
                    }
                }
                Some(field) => self.apply(field, value, sources, warnings),
                None => warnings.push(ConfigWarning {
                    field: "config",
                    problem: "unknown option",
                    value: key.clone(),
                }),
            }
        }
    }

    fn apply(
        &mut self,
        field: &'static str,
        value: &Value,
        sources: &Sources<'_>,
        warnings: &mut Vec<ConfigWarning>,
    ) {
        let result: Result<(), &'static str> = match field {
            "clinic" => text_of(value).and_then(clean_text).map(|v| self.clinic = v),
            "phone" => text_of(value)
                .and_then(Phone::parse)
                .map(|v| self.phone = v),
            "booking-url" => text_of(value)
                .and_then(|t| parse_booking_url(t, sources.parse_url))
                .map(|v| self.booking_url = Some(v.url)),
            "city" => text_of(value).and_then(clean_text).map(|v| self.city = v),
            "lang" => text_of(value)
                .and_then(|t| Lang::from_tag(t).ok_or("is not \"en\" or \"es\""))
                .map(|v| self.lang = Some(v)),
            "prices" => self.apply_prices(value, warnings),
            "prices-as-of" => text_of(value)
                .and_then(|t| prices_as_of(t, sources.today))
                .map(|v| self.prices.as_of = v),
            "price-basis" => match value.as_str().map(str::trim) {
                Some("treatment") => Ok(PriceBasis::WholeTreatment),
                Some("session") => Ok(PriceBasis::PerSession),
                _ => Err("must be \"treatment\" or \"session\""),
            }
            .map(|v| self.prices.basis = v),
            "clinic-price" => clinic_price_of(value).map(|v| self.clinic_price = Some(v)),
            "max-price-age-months" => number_of(value)
                .and_then(|n| {
                    if (1.0..=120.0).contains(&n) {
                        Ok(n as u16)
                    } else {
                        Err("must be 1 to 120")
                    }
                })
                .map(|v| self.max_price_age_months = v),
            "payment-months" => number_of(value)
                .and_then(|n| {
                    if (1.0..=120.0).contains(&n) && n.fract() == 0.0 {
                        Ok(n as u16)
                    } else {
                        Err("must be a whole number of months, 1 to 120")
                    }
                })
                .map(|months| {
                    let apr = self.payment.map_or(f64::NAN, |p| p.apr_percent);
                    self.payment = Some(PaymentTerms {
                        months,
                        apr_percent: apr,
                    })
                }),
            "payment-apr" => number_of(value)
                .and_then(|n| {
                    if (0.0..=36.0).contains(&n) {
                        Ok(n)
                    } else {
                        Err("must be 0 to 36")
                    }
                })
                .map(|apr| {
                    let months = self.payment.map_or(0, |p| p.months);
                    self.payment = Some(PaymentTerms {
                        months,
                        apr_percent: apr,
                    })
                }),
            "mode" => match value.as_str().map(str::trim) {
                Some("inline") => Ok(Mode::Inline),
                Some("popup") => Ok(Mode::Popup),
                _ => Err("must be \"inline\" or \"popup\""),
            }
            .map(|v| self.mode = v),
            "parts" => match value.as_str().map(str::trim) {
                Some("both") => Ok(Parts::QuizAndEstimator),
                Some("quiz") => Ok(Parts::QuizOnly),
                Some("estimator") => Ok(Parts::EstimatorOnly),
                _ => Err("must be \"quiz\", \"estimator\" or \"both\""),
            }
            .map(|v| self.parts = v),
            "brand-color" => match text_of(value).map(Rgb::parse) {
                Ok(Some(colour)) if colour.contrast(Rgb(255, 255, 255)) >= MIN_TEXT_CONTRAST => {
                    self.theme.brand = colour;
                    Ok(())
                }
                Ok(Some(colour)) => {
                    self.theme.brand = colour.darkened_for_white_text(MIN_TEXT_CONTRAST);
                    warnings.push(ConfigWarning {
                        field,
                        problem: CONTRAST_PROBLEM,
                        value: shown(value),
                    });
                    Ok(())
                }
                _ => Err("is not a colour like #0b5c66 or rgb(11, 92, 102)"),
            },
            "radius" => number_of(value)
                .and_then(|n| {
                    if (0.0..=32.0).contains(&n) {
                        Ok(n.round() as u8)
                    } else {
                        Err("must be 0 to 32 (px)")
                    }
                })
                .map(|v| self.theme.radius_px = v),
            "font" => text_of(value)
                .and_then(parse_font)
                .map(|v| self.theme.font = v),
            "z-index" => number_of(value)
                .and_then(|n| {
                    if n.fract() == 0.0 && (0.0..=2_147_483_647.0).contains(&n) {
                        Ok(n as i32)
                    } else {
                        Err("must be a whole number, 0 or more")
                    }
                })
                .map(|v| self.theme.z_index = v),
            "launcher" => text_of(value)
                .and_then(|t| {
                    let t = t.trim();
                    if t.is_empty() || t.len() > 100 || t.chars().any(char::is_control) {
                        Err("must be a CSS selector of 1 to 100 characters")
                    } else {
                        Ok(t.to_owned())
                    }
                })
                .map(|v| self.launcher = Some(v)),
            "share-outcome" => flag(value).map(|v| self.share_outcome = v),
            "data-layer" => flag(value).map(|v| self.data_layer = v),
            "utm" => flag(value).map(|v| self.utm = v),
            "lead-url" => text_of(value)
                .and_then(|t| parse_lead_url(t, sources.parse_url, sources.page_is_local))
                .map(|v| {
                    self.lead_url = Some(v.url);
                    self.lead_host = Some(v.host);
                }),
            _ => Err("unknown option"),
        };
        if let Err(problem) = result {
            warnings.push(ConfigWarning {
                field,
                problem,
                value: shown(value),
            });
        }
    }

    /// Validates the table entry by entry: a bad entry warns and keeps the default table's
    /// entry for that city, if it has one.
    fn apply_prices(
        &mut self,
        value: &Value,
        warnings: &mut Vec<ConfigWarning>,
    ) -> Result<(), &'static str> {
        let Some(entries) = value.as_array() else {
            return Err("must be a list of {city, low, high}");
        };
        let defaults = default_cities();
        let mut cities: Vec<CityPrice> = Vec::with_capacity(entries.len());
        for entry in entries {
            let get = |k: &str| entry.get(k);
            let city = get("city").as_str().map(str::trim).unwrap_or("");
            let checked = if city.is_empty() {
                Err("an entry has no city name")
            } else if cities.iter().any(|c| c.city.eq_ignore_ascii_case(city)) {
                Err("lists a city twice")
            } else {
                range_of(get("low"), get("high"))
            };
            match checked {
                Ok((low, high)) => cities.push(CityPrice {
                    city: city.to_owned(),
                    low,
                    high,
                }),
                Err(problem) => {
                    warnings.push(ConfigWarning {
                        field: "prices",
                        problem,
                        value: shown(entry),
                    });
                    let fallback = defaults.iter().find(|d| d.city.eq_ignore_ascii_case(city));
                    if let Some(d) = fallback.filter(|d| !cities.iter().any(|c| c.city == d.city)) {
                        cities.push(d.clone());
                    }
                }
            }
        }
        if cities.is_empty() {
            return Err("has no valid entry");
        }
        self.prices.cities = cities;
        Ok(())
    }

    /// Checks that need several fields at once.
    fn finish(&mut self, warnings: &mut Vec<ConfigWarning>) {
        if let Some(terms) = self.payment {
            if terms.months == 0 || terms.apr_percent.is_nan() {
                warnings.push(ConfigWarning {
                    field: "payment-months",
                    problem: "needs both payment-months and payment-apr; monthly payments stay off",
                    value: String::new(),
                });
                self.payment = None;
            }
        }
    }
}

/// The date the prices were gathered: a real date, within the sane years, not after today
/// (a future date would keep the prices from ever looking out of date).
fn prices_as_of(text: &str, today: Date) -> Result<Date, &'static str> {
    let date = Date::parse_iso(text).ok_or("must be a date like 2025-01-31")?;
    if !(EARLIEST_PRICES_AS_OF.year..=LATEST_PRICES_AS_OF.year).contains(&date.year) {
        return Err("must be a date from 2000 to 2100");
    }
    if date > today {
        return Err("is after today");
    }
    Ok(date)
}

/// A value as it appears in a warning: text without quotes' escaping, JSON otherwise.
fn shown(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_text(),
    }
}
