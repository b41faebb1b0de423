//! The marketer's configuration: one typed schema, validated once. Each bad field gives one
//! warning naming it and falls back to its default; nothing here can fail.

use super::lang::Lang;

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

/// Accepts only an absolute `https://` URL with a host, written as is (no leading spaces,
/// no control characters, no backslashes): the browser would otherwise "repair" it into
/// something else. Returned unchanged, so it renders byte for byte.
pub fn parse_booking_url(raw: &str) -> Result<String, &'static str> {
    let scheme_end = raw.find(':').ok_or("scheme not allowed")?;
    let scheme = raw.get(..scheme_end).unwrap_or("");
    if !scheme.eq_ignore_ascii_case("https") {
        return Err("scheme not allowed");
    }
    if raw
        .chars()
        .any(|c| c.is_control() || c.is_whitespace() || c == '\\')
    {
        return Err("spaces, control characters and backslashes are not allowed");
    }
    let rest = raw.get(scheme_end + 1..).unwrap_or("");
    let Some(after_slashes) = rest.strip_prefix("//") else {
        return Err("must be an absolute https:// address");
    };
    let authority = after_slashes.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority.rsplit('@').next().unwrap_or("");
    if host.is_empty() || host.starts_with(':') {
        return Err("has no host");
    }
    Ok(raw.to_owned())
}

/// One rejected field: which, why, and the value as given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigWarning {
    pub field: &'static str,
    pub problem: &'static str,
    pub value: String,
}

impl ConfigWarning {
    /// The one console line a marketer reads, e.g.
    /// `booking-url rejected: scheme not allowed ("javascript:alert(1)"); using the default`.
    pub fn message(&self) -> String {
        let mut line = String::with_capacity(64 + self.value.len());
        line.push_str(self.field);
        line.push_str(" rejected: ");
        line.push_str(self.problem);
        line.push_str(" (\"");
        line.extend(self.value.chars().take(80));
        line.push_str("\"); using the default");
        line
    }
}

/// The validated configuration the widget runs with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    pub clinic: String,
    pub phone: Phone,
    /// `None` when not configured or rejected: the CTA falls back to the phone.
    pub booking_url: Option<String>,
    pub city: String,
    /// `None`: follow the page's or the browser's language.
    pub lang: Option<Lang>,
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

impl Config {
    /// Builds the configuration from attribute values (`get("phone")` and so on).
    pub fn from_attributes(get: impl Fn(&str) -> Option<String>) -> (Config, Vec<ConfigWarning>) {
        let mut config = Config::default();
        let mut warnings = Vec::new();
        let mut reject = |field: &'static str, problem: &'static str, value: &str| {
            warnings.push(ConfigWarning {
                field,
                problem,
                value: value.to_owned(),
            })
        };
        if let Some(raw) = get("clinic") {
            match clean_text(&raw) {
                Ok(clinic) => config.clinic = clinic,
                Err(problem) => reject("clinic", problem, &raw),
            }
        }
        if let Some(raw) = get("phone") {
            match Phone::parse(&raw) {
                Ok(phone) => config.phone = phone,
                Err(problem) => reject("phone", problem, &raw),
            }
        }
        if let Some(raw) = get("booking-url") {
            match parse_booking_url(&raw) {
                Ok(url) => config.booking_url = Some(url),
                Err(problem) => reject("booking-url", problem, &raw),
            }
        }
        if let Some(raw) = get("city") {
            match clean_text(&raw) {
                Ok(city) => config.city = city,
                Err(problem) => reject("city", problem, &raw),
            }
        }
        if let Some(raw) = get("lang") {
            match Lang::from_tag(&raw) {
                Some(lang) => config.lang = Some(lang),
                None => reject("lang", "is not \"en\" or \"es\"", &raw),
            }
        }
        (config, warnings)
    }
}
