//! What can be wrong with the options, as data: [`Problem`] is one console line (with the
//! [`Refusal`] of a value, when that is what is wrong), which the embed layer logs once each, every one at the
//! same level (`console.error`): each names the option as the marketer wrote it (the
//! attribute `booking-url`, or the JSON key as spelled), where (the attribute, the JSON
//! block, the config-src file), what is wrong and what the widget does until it is fixed.

use std::fmt;

use super::refusal::Refusal;
use super::registry::OptionId;

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
        reason: Refusal,
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
    pub fn refusal(&self) -> Option<Refusal> {
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
                reason: Refusal::Scheme,
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
