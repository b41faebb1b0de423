//! The types options are read as, each from whatever a layer gave: text, a number (a JSON
//! number, or an attribute's text), a yes/no flag, a price range, the price table, and the
//! options that name one of a few words.

use super::lenient::{Loose, ParseNumber, Read};
use super::refusal::Refusal;
use crate::domain::config::placement::{Mode, Parts};
use crate::domain::config::theme::Rgb;
use crate::domain::pricing::prices::ClinicPrice;
use crate::domain::pricing::prices::PriceBasis;

impl Read for String {
    fn read(value: &Loose, _: ParseNumber<'_>) -> Result<Self, Refusal> {
        value.as_text().map(str::to_owned).ok_or(Refusal::NotText)
    }
}

/// A finite number: a JSON number, or text in plain decimal notation (an attribute's
/// value) as the page's parser reads it. An infinity (`1e400`, which `JSON.parse` reads as
/// one), `NaN`, hexadecimal, `Infinity` or an empty text is refused.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Number(pub f64);

impl Number {
    /// Reads text as an attribute holds it, spaces around it aside: `[+|-]digits[.digits]`
    /// (a lone `.5` or `5.` too), then an optional `e`/`E` exponent; nothing else.
    pub fn from_text(text: &str, parse_number: ParseNumber<'_>) -> Result<f64, Refusal> {
        let text = text.trim();
        Some(text)
            .filter(|t| is_decimal(t))
            .and_then(parse_number)
            .filter(|n| n.is_finite())
            .ok_or(Refusal::NotNumber)
    }
}

/// Whether text is plain decimal notation, so that every parser reads it the same way.
fn is_decimal(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut at = usize::from(matches!(bytes.first(), Some(b'+' | b'-')));
    let digits = |at: &mut usize| {
        let from = *at;
        while bytes.get(*at).is_some_and(u8::is_ascii_digit) {
            *at += 1;
        }
        *at - from
    };
    let mut mantissa = digits(&mut at);
    if bytes.get(at) == Some(&b'.') {
        at += 1;
        mantissa += digits(&mut at);
    }
    if mantissa == 0 {
        return false;
    }
    if matches!(bytes.get(at), Some(b'e' | b'E')) {
        at += 1;
        at += usize::from(matches!(bytes.get(at), Some(b'+' | b'-')));
        if digits(&mut at) == 0 {
            return false;
        }
    }
    at == bytes.len()
}

impl Read for Number {
    fn read(value: &Loose, parse_number: ParseNumber<'_>) -> Result<Self, Refusal> {
        match value {
            Loose::Number(n) if n.is_finite() => Ok(Number(*n)),
            Loose::Text(text) => Number::from_text(text, parse_number).map(Number),
            _ => Err(Refusal::NotNumber),
        }
    }
}

/// Yes or no: a JSON boolean, or a word (an attribute present with no value means yes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Flag(pub bool);

impl Read for Flag {
    fn read(value: &Loose, _: ParseNumber<'_>) -> Result<Self, Refusal> {
        match value {
            Loose::Bool(b) => Ok(Flag(*b)),
            Loose::Text(text) => match text.trim().to_ascii_lowercase().as_str() {
                "" | "true" | "yes" | "1" | "on" => Ok(Flag(true)),
                "false" | "no" | "0" | "off" => Ok(Flag(false)),
                _ => Err(Refusal::NotFlag),
            },
            _ => Err(Refusal::NotFlag),
        }
    }
}

/// Whole dollars, from a number or its text.
fn whole_dollars(value: &Loose, parse_number: ParseNumber<'_>) -> Result<u32, Refusal> {
    let Number(n) = Number::read(value, parse_number)?;
    if n < 0.0 {
        return Err(Refusal::Negative);
    }
    if n > 1_000_000.0 {
        return Err(Refusal::Implausible);
    }
    Ok(n.round() as u32)
}

/// A `low`–`high` range in whole dollars, low first.
pub(crate) fn range_of(
    low: &Loose,
    high: &Loose,
    parse_number: ParseNumber<'_>,
) -> Result<(u32, u32), Refusal> {
    let low = whole_dollars(low, parse_number)?;
    let high = whole_dollars(high, parse_number)?;
    if low > high {
        return Err(Refusal::LowAboveHigh);
    }
    Ok((low, high))
}

/// `"2500-4000"` (an attribute) or `{"low": 2500, "high": 4000}` (JSON).
impl Read for ClinicPrice {
    fn read(value: &Loose, parse_number: ParseNumber<'_>) -> Result<Self, Refusal> {
        let (low, high) = match value {
            Loose::Text(text) => {
                let (low, high) = text.split_once('-').ok_or(Refusal::NotRange)?;
                let (low, high) = (Loose::Text(low.to_owned()), Loose::Text(high.to_owned()));
                range_of(&low, &high, parse_number)?
            }
            Loose::Map(_) => range_of(value.get("low"), value.get("high"), parse_number)?,
            _ => return Err(Refusal::NotRange),
        };
        Ok(ClinicPrice { low, high })
    }
}

/// The price table's entries as given; each is checked on its own when applied (a bad one
/// falls back to the default table's entry for its city).
#[derive(Clone, Debug, PartialEq)]
pub struct PriceList(pub Vec<Loose>);

impl Read for PriceList {
    fn read(value: &Loose, _: ParseNumber<'_>) -> Result<Self, Refusal> {
        match value {
            Loose::List(entries) => Ok(PriceList(entries.clone())),
            _ => Err(Refusal::NotPriceList),
        }
    }
}

/// The clinic's prices by area as given (`{"eyebrows": "400-800", …}`); each entry is
/// checked on its own when applied (a bad one is warned about and left out).
#[derive(Clone, Debug, PartialEq)]
pub struct AreaPriceMap(pub Vec<(String, Loose)>);

impl Read for AreaPriceMap {
    fn read(value: &Loose, _: ParseNumber<'_>) -> Result<Self, Refusal> {
        match value {
            Loose::Map(members) => Ok(AreaPriceMap(members.clone())),
            _ => Err(Refusal::NotAreaPrices),
        }
    }
}

/// One of a few words, spaces around it aside; anything else (text or not) is refused
/// with the option's own reason.
fn word<T: Copy>(value: &Loose, words: &[(&str, T)], refused: Refusal) -> Result<T, Refusal> {
    let text = value.as_text().map(str::trim).ok_or(refused)?;
    words
        .iter()
        .find(|(w, _)| *w == text)
        .map(|(_, v)| *v)
        .ok_or(refused)
}

impl Read for Mode {
    fn read(value: &Loose, _: ParseNumber<'_>) -> Result<Self, Refusal> {
        word(
            value,
            &[("inline", Mode::Inline), ("popup", Mode::Popup)],
            Refusal::NotMode,
        )
    }
}

impl Read for Parts {
    fn read(value: &Loose, _: ParseNumber<'_>) -> Result<Self, Refusal> {
        word(
            value,
            &[
                ("both", Parts::QuizAndEstimator),
                ("quiz", Parts::QuizOnly),
                ("estimator", Parts::EstimatorOnly),
            ],
            Refusal::NotParts,
        )
    }
}

impl Read for PriceBasis {
    fn read(value: &Loose, _: ParseNumber<'_>) -> Result<Self, Refusal> {
        word(
            value,
            &[
                ("treatment", PriceBasis::WholeTreatment),
                ("session", PriceBasis::PerSession),
            ],
            Refusal::NotPriceBasis,
        )
    }
}

/// A colour the widget reads (`#rgb`, `#rrggbb`, `rgb(r, g, b)`), with the text it came as.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Colour {
    /// The colour.
    pub rgb: Rgb,
    /// As written, for the line that says it was darkened.
    pub text: String,
}

impl Read for Colour {
    fn read(value: &Loose, _: ParseNumber<'_>) -> Result<Self, Refusal> {
        let text = value.as_text().ok_or(Refusal::NotColour)?;
        let rgb = Rgb::parse(text).ok_or(Refusal::NotColour)?;
        Ok(Colour {
            rgb,
            text: text.to_owned(),
        })
    }
}
