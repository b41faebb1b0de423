//! What can be wrong with the options, as data. [`Reason`] says why one value is refused;
//! [`Problem`] is one console line, which the embed layer logs once each, every one at the
//! same level (`console.error`): each names the option as the marketer wrote it (the
//! attribute `booking-url`, or the JSON key as spelled), where (the attribute, the JSON
//! block, the config-src file), what is wrong and what the widget does until it is fixed.

use std::fmt;

use super::registry::OptionId;

/// Why a value is refused: the words after `rejected:` in its console line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
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

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Reason::NotText => "must be text",
            Reason::NotNumber => "must be a number",
            Reason::NotFlag => "must be true or false",
            Reason::Empty => "is empty",
            Reason::TooLong => "is longer than 120 characters",
            Reason::ControlCharacters => "contains control characters",
            Reason::PhoneCharacters => "only digits, spaces and + - ( ) . are allowed",
            Reason::PhonePlus => "'+' may only come first",
            Reason::PhoneDigits => "needs 7 to 15 digits",
            Reason::Scheme => "scheme not allowed, only https://",
            Reason::Spaces => "spaces, control characters and backslashes are not allowed",
            Reason::NotAbsolute => "must be an absolute https:// address",
            Reason::InvalidUrl => "is not a valid URL",
            Reason::UserInfo => "has a user name or password",
            Reason::NoHost => "has no host",
            Reason::LocalHttp => "http is allowed only for localhost on a localhost page",
            Reason::NotLang => "is not \"en\" or \"es\"",
            Reason::NotDate => "must be a date like 2025-01-31",
            Reason::DateOutOfRange => "must be a date from 2000 to 2100",
            Reason::AfterToday => "is after today",
            Reason::NotPriceBasis => "must be \"treatment\" or \"session\"",
            Reason::NotRange => "must look like 2500-4000",
            Reason::Negative => "must not be negative",
            Reason::Implausible => "is implausibly large",
            Reason::LowAboveHigh => "low is greater than high",
            Reason::NotPriceList => "must be a list of {city, low, high}",
            Reason::NoCity => "an entry has no city name",
            Reason::CityTwice => "lists a city twice",
            Reason::NoValidEntry => "has no valid entry",
            Reason::NotAreaPrices => "must be an object like {\"eyebrows\": \"400-800\"}",
            Reason::UnknownArea => {
                "names no area: use eyebrows, lips, lash-line, areola, vitiligo or scars"
            }
            Reason::MaxAge => "must be 1 to 120",
            Reason::PaymentMonths => "must be a whole number of months, 1 to 120",
            Reason::PaymentApr => "must be 0 to 36",
            Reason::NotMode => "must be \"inline\" or \"popup\"",
            Reason::NotParts => "must be \"quiz\", \"estimator\" or \"both\"",
            Reason::NotColour => "is not a colour like #0b5c66 or rgb(11, 92, 102)",
            Reason::Radius => "must be 0 to 32 (px)",
            Reason::Font(why) => why,
            Reason::ZIndex => "must be a whole number, 0 or more",
            Reason::Launcher => "must be a CSS selector of 1 to 100 characters",
        })
    }
}

/// Where the marketer wrote a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// An attribute of `<smp-widget>`.
    Attribute,
    /// The JSON block inside the element.
    Block,
    /// The file `config-src` names.
    File,
}

impl Source {
    /// How a console line names it.
    fn place(self) -> &'static str {
        match self {
            Source::Attribute => "the attribute",
            Source::Block => "the JSON block",
            Source::File => "the config-src file",
        }
    }
}

/// A value's place: where, and the name the marketer wrote it under (`booking-url` as an
/// attribute, the JSON key as spelled: `booking_url` or `booking-url`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Written {
    /// Where.
    pub source: Source,
    /// The attribute's name, or the JSON key, as written.
    pub name: String,
}

/// Where a JSON text stops being JSON: what a marketer needs to find a trailing comma or a
/// missing quote in their block or file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct JsonBreak {
    /// Line, from 1.
    pub line: usize,
    /// Column on that line, in characters, from 1.
    pub column: usize,
    /// Characters before it, from the start of the text.
    pub offset: usize,
    /// What was expected there.
    pub expected: &'static str,
}

/// One console line about the configuration. Each names the field as the marketer wrote it
/// and the value as given (its first 80 characters); nothing here throws.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A value the option cannot take: it keeps its default (or a lower layer's value).
    Rejected {
        /// The option.
        option: OptionId,
        /// Why.
        reason: Reason,
        /// The value as given.
        value: String,
        /// Where, and under what name.
        at: Written,
    },
    /// A brand colour too light for white text on it: darkened until it reaches 4.5:1.
    BrandDarkened {
        /// The colour as given.
        value: String,
        /// Where, and under what name.
        at: Written,
    },
    /// An option only the element may set (it sends data, or decides the layout before the
    /// file arrives), found in the `config-src` file: ignored (docs/reliability.md PRIV-9).
    NotFromConfigSrc {
        /// The option.
        option: OptionId,
        /// The value the file gave.
        value: String,
        /// The key as the file spells it.
        name: String,
    },
    /// Payment months without an APR, or the reverse: monthly payments stay off.
    PaymentIncomplete,
    /// A JSON key that names no option.
    UnknownOption {
        /// The key as written.
        key: String,
        /// The block or the file.
        source: Source,
    },
    /// A layer that is JSON but not a JSON object: it sets nothing.
    NotAnObject {
        /// Its first 40 characters, spaces around it aside.
        text: String,
        /// The block or the file.
        source: Source,
    },
    /// A layer that is not JSON: it sets nothing.
    NotJson {
        /// Where it stops being JSON.
        at: JsonBreak,
        /// The block or the file.
        source: Source,
    },
}

impl Problem {
    /// The option this line is about; `None` for the layer as a whole.
    pub fn option(&self) -> Option<OptionId> {
        match self {
            Problem::Rejected { option, .. } | Problem::NotFromConfigSrc { option, .. } => {
                Some(*option)
            }
            Problem::BrandDarkened { .. } => Some(OptionId::BrandColor),
            Problem::PaymentIncomplete => Some(OptionId::PaymentMonths),
            Problem::UnknownOption { .. }
            | Problem::NotAnObject { .. }
            | Problem::NotJson { .. } => None,
        }
    }

    /// Why a value was refused, for the lines that refuse one.
    pub fn reason(&self) -> Option<Reason> {
        match self {
            Problem::Rejected { reason, .. } => Some(*reason),
            _ => None,
        }
    }

    /// A link refused for its scheme, or an option that sends data (or decides the layout)
    /// set by the `config-src` file: a security event (logged at the same level as the rest,
    /// so a marketer filtering the console sees every line).
    pub fn is_security(&self) -> bool {
        matches!(
            self,
            Problem::Rejected {
                reason: Reason::Scheme,
                ..
            } | Problem::NotFromConfigSrc { .. }
        )
    }
}

/// What the widget does until a refused value is fixed: an option with no default is left
/// out (and says what goes with it); the rest keep their default.
fn until_fixed(option: OptionId) -> &'static str {
    match option {
        OptionId::BookingUrl => "there is no default: no Book button until it is fixed",
        OptionId::ClinicPrice => "there is no default: no clinic price shown until it is fixed",
        OptionId::AreaPrices => "that area shows no price until it is fixed",
        OptionId::Prices => "that city keeps the built-in prices until it is fixed",
        OptionId::PaymentMonths | OptionId::PaymentApr => {
            "there is no default: no monthly payment line until it is fixed"
        }
        OptionId::LeadUrl => "there is no default: no contact form until it is fixed",
        _ => "the default is used until it is fixed",
    }
}

/// `name rejected: why ("value" in place); then`.
fn rejected(
    f: &mut fmt::Formatter<'_>,
    name: &str,
    why: &dyn fmt::Display,
    value: &str,
    source: Source,
    then: &str,
) -> fmt::Result {
    write!(f, "{name} rejected: {why} (\"")?;
    shown(f, value)?;
    write!(f, "\" in {}); {then}", source.place())
}

fn shown(f: &mut fmt::Formatter<'_>, value: &str) -> fmt::Result {
    value
        .chars()
        .take(80)
        .try_for_each(|c| fmt::Write::write_char(f, c))
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Rejected {
                option,
                reason,
                value,
                at,
            } => rejected(f, &at.name, reason, value, at.source, until_fixed(*option)),
            Problem::BrandDarkened { value, at } => {
                write!(
                    f,
                    "{} adjusted: white text on it is below 4.5:1 contrast (\"",
                    at.name
                )?;
                shown(f, value)?;
                write!(
                    f,
                    "\" in {}); darkened until it passes: choose a darker colour to keep yours",
                    at.source.place()
                )
            }
            Problem::NotFromConfigSrc { value, name, .. } => rejected(
                f,
                name,
                &"may only be set on the element (an attribute or the JSON block)",
                value,
                Source::File,
                "ignored: set it on the element",
            ),
            Problem::PaymentIncomplete => f.write_str(
                "payment-months rejected: payment-months and payment-apr go together; \
                 monthly payments stay off until both are set",
            ),
            Problem::UnknownOption { key, source } => rejected(
                f,
                key,
                &"names no option (see EMBEDDING.md's table)",
                key,
                *source,
                "ignored",
            ),
            Problem::NotAnObject { text, source } => rejected(
                f,
                "config",
                &"must be a JSON object like {\"clinic\": \"…\"}",
                text,
                *source,
                "it sets nothing",
            ),
            Problem::NotJson { at, source } => write!(
                f,
                "config rejected: {} is not valid JSON at line {}, column {} (character {}): \
                 expected {}; it sets nothing until it is fixed",
                source.place(),
                at.line,
                at.column,
                at.offset,
                at.expected
            ),
        }
    }
}
