//! Why one value is refused, as data and as the words after `rejected:` in its console
//! line. Its own file: the lenient readers refuse values, and problems report them.

use std::fmt;

/// Why a value is refused: the words after `rejected:` in its console line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Not a string.
    NotText,
    /// Not a finite number, nor text that reads as one.
    NotNumber,
    /// Not a boolean, nor a yes/no word.
    NotFlag,
    /// Only spaces.
    Empty,
    /// Over 120 characters.
    TooLong,
    /// Holds a control character.
    ControlCharacters,
    /// A phone number with a character other than digits, spaces and `+ - ( ) .`.
    PhoneCharacters,
    /// A phone number with a `+` other than first.
    PhonePlus,
    /// A phone number with fewer than 7 or more than 15 digits.
    PhoneDigits,
    /// A link whose scheme could run code or is not a web address: a security event.
    Scheme,
    /// A link with spaces, control characters or backslashes, which the browser repairs.
    Spaces,
    /// A link not written `https://host…`.
    NotAbsolute,
    /// A link the browser's `URL` cannot parse.
    InvalidUrl,
    /// A link with a user name or password, which hides the real host from a reader.
    UserInfo,
    /// A link without a host.
    NoHost,
    /// A plain `http:` lead endpoint that is not this machine, or not on a page of it.
    LocalHttp,
    /// A language other than English or Spanish.
    NotLang,
    /// Not a `YYYY-MM-DD` date.
    NotDate,
    /// A date before 2000 or after 2100.
    DateOutOfRange,
    /// A date after the visitor's today.
    AfterToday,
    /// Not `treatment` or `session`.
    NotPriceBasis,
    /// Not `low-high` text or a `{low, high}` object.
    NotRange,
    /// A price below zero.
    Negative,
    /// A price over a million dollars.
    Implausible,
    /// A range whose low end is above its high end.
    LowAboveHigh,
    /// A price table that is not a list.
    NotPriceList,
    /// A price table entry without a city.
    NoCity,
    /// A price table entry for a city listed before.
    CityTwice,
    /// A price table none of whose entries can be used.
    NoValidEntry,
    /// Area prices that are not an object of ranges by area.
    NotAreaPrices,
    /// An area price for an area the widget does not know.
    UnknownArea,
    /// A price age outside 1 to 120 months.
    MaxAge,
    /// A payment term that is not a whole number of months from 1 to 120.
    PaymentMonths,
    /// An APR outside 0 to 36 %.
    PaymentApr,
    /// Not `inline` or `popup`.
    NotMode,
    /// Not `quiz`, `estimator` or `both`.
    NotParts,
    /// Not a colour the widget reads.
    NotColour,
    /// A corner radius outside 0 to 32 px.
    Radius,
    /// A font list the theme refuses, and why.
    Font(&'static str),
    /// A z-index that is not a whole number from 0.
    ZIndex,
    /// A launcher selector that is empty, over 100 characters, or holds control characters.
    Launcher,
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Refusal::NotText => "must be text",
            Refusal::NotNumber => "must be a number",
            Refusal::NotFlag => "must be true or false",
            Refusal::Empty => "is empty",
            Refusal::TooLong => "is longer than 120 characters",
            Refusal::ControlCharacters => "contains control characters",
            Refusal::PhoneCharacters => "only digits, spaces and + - ( ) . are allowed",
            Refusal::PhonePlus => "'+' may only come first",
            Refusal::PhoneDigits => "needs 7 to 15 digits",
            Refusal::Scheme => "scheme not allowed, only https://",
            Refusal::Spaces => "spaces, control characters and backslashes are not allowed",
            Refusal::NotAbsolute => "must be an absolute https:// address",
            Refusal::InvalidUrl => "is not a valid URL",
            Refusal::UserInfo => "has a user name or password",
            Refusal::NoHost => "has no host",
            Refusal::LocalHttp => "http is allowed only for localhost on a localhost page",
            Refusal::NotLang => "is not \"en\" or \"es\"",
            Refusal::NotDate => "must be a date like 2025-01-31",
            Refusal::DateOutOfRange => "must be a date from 2000 to 2100",
            Refusal::AfterToday => "is after today",
            Refusal::NotPriceBasis => "must be \"treatment\" or \"session\"",
            Refusal::NotRange => "must look like 2500-4000",
            Refusal::Negative => "must not be negative",
            Refusal::Implausible => "is implausibly large",
            Refusal::LowAboveHigh => "low is greater than high",
            Refusal::NotPriceList => "must be a list of {city, low, high}",
            Refusal::NoCity => "an entry has no city name",
            Refusal::CityTwice => "lists a city twice",
            Refusal::NoValidEntry => "has no valid entry",
            Refusal::NotAreaPrices => "must be an object like {\"eyebrows\": \"400-800\"}",
            Refusal::UnknownArea => {
                "names no area: use eyebrows, lips, lash-line, areola, vitiligo or scars"
            }
            Refusal::MaxAge => "must be 1 to 120",
            Refusal::PaymentMonths => "must be a whole number of months, 1 to 120",
            Refusal::PaymentApr => "must be 0 to 36",
            Refusal::NotMode => "must be \"inline\" or \"popup\"",
            Refusal::NotParts => "must be \"quiz\", \"estimator\" or \"both\"",
            Refusal::NotColour => "is not a colour like #0b5c66 or rgb(11, 92, 102)",
            Refusal::Radius => "must be 0 to 32 (px)",
            Refusal::Font(why) => why,
            Refusal::ZIndex => "must be a whole number, 0 or more",
            Refusal::Launcher => "must be a CSS selector of 1 to 100 characters",
        })
    }
}
