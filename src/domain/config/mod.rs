//! The marketer's configuration: one typed schema, validated once. The options are declared
//! in the registry (`options`); each layer (defaults ← `config-src` ← JSON block ←
//! attributes) is read leniently by serde, and applied here option by option. Each bad
//! field gives one [`Problem`] naming it and keeps its default; nothing here can fail.

pub mod options;
pub mod placement;
pub mod privacy;
pub mod theme;
pub mod url;

use crate::domain::config::options::wire::{
    range_of, AreaPriceMap, Colour, Flag, Number, PriceList,
};
use crate::domain::config::options::{
    Entry, Layer, Lenient, Loose, OptionId, ParseNumber, RawOptions, Read, Written,
};
pub use crate::domain::config::options::{Problem, Refusal, Source};
use crate::domain::config::theme::{parse_font, Rgb, DEFAULT_BRAND, MIN_TEXT_CONTRAST};
pub use crate::domain::config::url::{parse_booking_url, parse_lead_url, CheckedUrl, ParsedUrl};
use crate::domain::copy::lang::Lang;
use crate::domain::date::Date;
use crate::domain::pricing::estimate::{
    area_estimate, estimate, Estimate, EstimateError, PaymentTerms, Place,
};
use crate::domain::pricing::prices::ClinicPrice;
use crate::domain::pricing::prices::{default_cities, AreaPrices, CityPrice, PriceTable};
use crate::domain::quiz::outcome::Procedure;
use placement::{Mode, Parts};

/// The clinic of docs/content.md §4, used for every field the marketer leaves out.
pub const DEFAULT_CLINIC: &str = "Beverly Hills Hair Restoration";
/// The default clinic's phone number, as people read it.
pub const DEFAULT_PHONE: &str = "760.501.0080";
/// The estimator's pre-selected city when the marketer names none.
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
    pub fn parse(raw: &str) -> Result<Phone, Refusal> {
        let display = raw.trim();
        let allowed =
            |c: char| c.is_ascii_digit() || matches!(c, '+' | '-' | '(' | ')' | ' ' | '.');
        if !display.chars().all(allowed) {
            return Err(Refusal::PhoneCharacters);
        }
        if display.char_indices().any(|(i, c)| c == '+' && i != 0) {
            return Err(Refusal::PhonePlus);
        }
        let digits: String = display.chars().filter(char::is_ascii_digit).collect();
        if !(7..=15).contains(&digits.len()) {
            return Err(Refusal::PhoneDigits);
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

    /// The `tel:` link.
    pub fn tel_href(&self) -> String {
        let mut href = String::with_capacity(self.dial.len() + 4);
        href.push_str("tel:");
        href.push_str(&self.dial);
        href
    }
}

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

/// The marketer's look, already made safe.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Theme {
    /// The brand colour, dark enough for white text on it.
    pub brand: Rgb,
    /// The corner radius.
    pub radius_px: u8,
    /// A font-family list, or `inherit`.
    pub font: String,
    /// The popup launcher's stacking order.
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

/// The validated configuration the widget runs with.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// The clinic's name, as text.
    pub clinic: String,
    /// The call button's number.
    pub phone: Phone,
    /// `None` when not configured or rejected: the CTA falls back to the phone.
    pub booking_url: Option<String>,
    /// Whether `booking_url` was set by the page itself (an attribute or the JSON block),
    /// not by a `config-src` file: only then may the page's UTM parameters go to it.
    pub booking_url_from_page: bool,
    /// The estimator's pre-selected city.
    pub city: String,
    /// `None`: follow the page's or the browser's language.
    pub lang: Option<Lang>,
    /// The price table, its date and what a range pays for.
    pub prices: PriceTable,
    /// The clinic's own range; never invented when absent.
    pub clinic_price: Option<ClinicPrice>,
    /// The clinic's own price for a treatment of another area, where configured.
    pub area_prices: AreaPrices,
    /// Older prices carry a "may be out of date" note.
    pub max_price_age_months: u16,
    /// Off unless the marketer sets both months and APR.
    pub payment: Option<PaymentTerms>,
    /// Inline or popup.
    pub mode: Mode,
    /// Which parts the widget offers.
    pub parts: Parts,
    /// The marketer's look.
    pub theme: Theme,
    /// The marketer's own launcher element (popup mode), as a CSS selector.
    pub launcher: Option<String>,
    /// Opt-in: the visitor is offered to share their result's category (`smp:outcome`).
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
            booking_url_from_page: false,
            city: DEFAULT_CITY.to_owned(),
            lang: None,
            prices: PriceTable::default(),
            clinic_price: None,
            area_prices: AreaPrices::default(),
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

fn clean_text(raw: &str) -> Result<String, Refusal> {
    let text = raw.trim();
    if text.is_empty() {
        return Err(Refusal::Empty);
    }
    if text.chars().count() > MAX_TEXT {
        return Err(Refusal::TooLong);
    }
    if text.chars().any(char::is_control) {
        return Err(Refusal::ControlCharacters);
    }
    Ok(text.to_owned())
}

/// Where the options come from, lowest priority first (defaults < `remote` < `inline` <
/// attributes), and what the checks need to know about the page.
pub struct Sources<'a> {
    /// The `config-src` file the loader fetched, if any, as serde read it. Trusted less
    /// than the element: the options a file may not set are ignored here (PRIV-9).
    pub remote: Option<Layer>,
    /// The element's inline `<script type="application/json">` block, if any.
    pub inline: Option<Layer>,
    /// Attribute values by name; these win over both JSON layers.
    pub attribute: &'a dyn Fn(&str) -> Option<String>,
    /// Parses a URL as the browser's `URL` does; `None` when it throws. Every link option
    /// is decided on its result (SEC-13).
    pub parse_url: &'a dyn Fn(&str) -> Option<ParsedUrl>,
    /// Reads number text (an attribute's, or a JSON string's), once the domain has checked
    /// it is plain decimal notation: the browser's `parseFloat` in the widget, `str::parse`
    /// natively.
    pub parse_number: ParseNumber<'a>,
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

    /// The estimate for what the visitor asked about: the scalp's from the price table (or
    /// the clinic's own price); another area's only from the clinic's own price for it.
    pub fn estimate_for(
        &self,
        procedure: Procedure,
        place: Place,
        sessions: u8,
    ) -> Result<Estimate, EstimateError> {
        if procedure.is_scalp() {
            self.estimate(place, sessions)
        } else {
            area_estimate(self.area_prices.get(procedure), sessions, self.payment)
        }
    }

    /// Builds the configuration from attribute values only, without a browser: there is no
    /// URL parser, so every link option (`booking-url`, `lead-url`) is refused; numbers are
    /// read with Rust's own parser; the page is taken as not local; and with no clock,
    /// `prices-as-of` is checked against [`LATEST_PRICES_AS_OF`] only. The widget itself
    /// uses [`Config::from_sources`], with the browser's parsers.
    pub fn from_attributes(get: impl Fn(&str) -> Option<String>) -> (Config, Vec<Problem>) {
        Config::from_sources(Sources {
            remote: None,
            inline: None,
            attribute: &get,
            parse_url: &|_| None,
            parse_number: &|text| text.parse().ok(),
            page_is_local: false,
            today: LATEST_PRICES_AS_OF,
        })
    }

    /// Defaults ← `config-src` ← JSON block ← attributes. Each bad field: one problem, its
    /// default (or the lower layer's value) kept; a layer's problems in the order it holds
    /// them. An option a `config-src` file may not set is ignored there with one security
    /// problem.
    pub fn from_sources(sources: Sources<'_>) -> (Config, Vec<Problem>) {
        let page = Page {
            parse_url: sources.parse_url,
            parse_number: sources.parse_number,
            page_is_local: sources.page_is_local,
            today: sources.today,
        };
        let mut builder = Builder {
            config: Config::default(),
            payment_months: None,
            payment_apr: None,
            problems: Vec::new(),
        };
        let attributes = Layer::from_attributes(sources.attribute);
        for (layer, source) in [
            (sources.remote, Source::File),
            (sources.inline, Source::Block),
            (Some(attributes), Source::Attribute),
        ] {
            if let Some(layer) = layer {
                builder.layer(layer, source, &page);
            }
        }
        builder.finish()
    }
}

/// What the checks know of the page.
struct Page<'a> {
    parse_url: &'a dyn Fn(&str) -> Option<ParsedUrl>,
    parse_number: ParseNumber<'a>,
    page_is_local: bool,
    today: Date,
}

/// The configuration as the layers build it up. The payment terms are kept apart until
/// the end: each layer may give one half, and only both together turn the line on.
struct Builder {
    config: Config,
    payment_months: Option<u16>,
    payment_apr: Option<f64>,
    problems: Vec<Problem>,
}

/// A layer's field, if given: the value as given, and what it reads as (or why not).
fn read<T: Read>(
    field: &mut Lenient<T>,
    parse_number: ParseNumber<'_>,
) -> Option<(Loose, Result<T, Refusal>)> {
    let raw = field.raw.take()?;
    let read = T::read(&raw, parse_number);
    Some((raw, read))
}

/// A number in `range`, or `refused`.
fn within(n: f64, range: std::ops::RangeInclusive<f64>, refused: Refusal) -> Result<f64, Refusal> {
    if range.contains(&n) {
        Ok(n)
    } else {
        Err(refused)
    }
}

/// A whole number in `range`, or `refused`.
fn whole_within(
    n: f64,
    range: std::ops::RangeInclusive<f64>,
    refused: Refusal,
) -> Result<f64, Refusal> {
    within(n, range, refused).and_then(|n| {
        if n.fract() == 0.0 {
            Ok(n)
        } else {
            Err(refused)
        }
    })
}

impl Builder {
    fn layer(&mut self, mut layer: Layer, source: Source, page: &Page<'_>) {
        for entry in layer.entries {
            match entry {
                Entry::Option(id, name) if source == Source::File && !id.spec().from_config_src => {
                    let value = layer.options.given(id).map(Loose::shown);
                    self.problems.push(Problem::NotFromConfigSrc {
                        option: id,
                        value: value.unwrap_or_default(),
                        name,
                    });
                }
                Entry::Option(id, name) => {
                    let at = Written { source, name };
                    self.apply(id, &at, &mut layer.options, page);
                }
                Entry::Unknown(key) => self.problems.push(Problem::UnknownOption { key, source }),
                Entry::NotAnObject(text) => {
                    self.problems.push(Problem::NotAnObject { text, source });
                }
                Entry::NotJson(at) => self.problems.push(Problem::NotJson { at, source }),
            }
        }
    }

    /// One option from one layer, written at `at`.
    fn apply(&mut self, id: OptionId, at: &Written, raw: &mut RawOptions, page: &Page<'_>) {
        let Builder {
            config: c,
            payment_months,
            payment_apr,
            problems,
        } = self;
        let numbers = page.parse_number;
        // The field's value read as its type, then applied; the value as given is kept
        // for the one line a refusal gives. A field the layer does not set: nothing to do.
        macro_rules! with {
            ($field:ident, $apply:expr) => {
                match read(&mut raw.$field, numbers) {
                    Some((given, value)) => (given, value.and_then($apply)),
                    None => return,
                }
            };
        }
        let (given, result) = match id {
            OptionId::Clinic => with!(clinic, |t| clean_text(&t).map(|v| c.clinic = v)),
            OptionId::Phone => with!(phone, |t| Phone::parse(&t).map(|v| c.phone = v)),
            OptionId::BookingUrl => with!(booking_url, |t| {
                c.booking_url = Some(parse_booking_url(&t, page.parse_url)?.url);
                c.booking_url_from_page = at.source != Source::File;
                Ok(())
            }),
            OptionId::City => with!(city, |t| clean_text(&t).map(|v| c.city = v)),
            OptionId::Lang => with!(lang, |t| {
                c.lang = Some(Lang::from_tag(&t).ok_or(Refusal::NotLang)?);
                Ok(())
            }),
            OptionId::Prices => with!(prices, |list| {
                c.prices.cities = prices(list, numbers, at, problems)?;
                Ok(())
            }),
            OptionId::PricesAsOf => with!(prices_as_of, |t| {
                c.prices.as_of = prices_as_of(&t, page.today)?;
                Ok(())
            }),
            OptionId::MaxPriceAgeMonths => with!(max_price_age_months, |Number(n)| {
                c.max_price_age_months = within(n, 1.0..=120.0, Refusal::MaxAge)? as u16;
                Ok(())
            }),
            OptionId::PriceBasis => with!(price_basis, |b| {
                c.prices.basis = b;
                Ok(())
            }),
            OptionId::ClinicPrice => with!(clinic_price, |p| {
                c.clinic_price = Some(p);
                Ok(())
            }),
            OptionId::AreaPrices => with!(area_prices, |map| {
                c.area_prices = area_prices(map, numbers, at, problems);
                Ok(())
            }),
            OptionId::PaymentMonths => with!(payment_months, |Number(n)| {
                *payment_months =
                    Some(whole_within(n, 1.0..=120.0, Refusal::PaymentMonths)? as u16);
                Ok(())
            }),
            OptionId::PaymentApr => with!(payment_apr, |Number(n)| {
                *payment_apr = Some(within(n, 0.0..=36.0, Refusal::PaymentApr)?);
                Ok(())
            }),
            OptionId::Mode => with!(mode, |m| {
                c.mode = m;
                Ok(())
            }),
            OptionId::Launcher => with!(launcher, |t| {
                let t = t.trim();
                if t.is_empty() || t.len() > 100 || t.chars().any(char::is_control) {
                    return Err(Refusal::Launcher);
                }
                c.launcher = Some(t.to_owned());
                Ok(())
            }),
            OptionId::Parts => with!(parts, |p| {
                c.parts = p;
                Ok(())
            }),
            OptionId::BrandColor => with!(brand_color, |Colour { rgb, text }| {
                c.theme.brand = if rgb.contrast(Rgb(255, 255, 255)) >= MIN_TEXT_CONTRAST {
                    rgb
                } else {
                    problems.push(Problem::BrandDarkened {
                        value: text,
                        at: at.clone(),
                    });
                    rgb.darkened_for_white_text(MIN_TEXT_CONTRAST)
                };
                Ok(())
            }),
            OptionId::Radius => with!(radius, |Number(n)| {
                c.theme.radius_px = within(n, 0.0..=32.0, Refusal::Radius)?.round() as u8;
                Ok(())
            }),
            OptionId::Font => with!(font, |t| {
                c.theme.font = parse_font(&t).map_err(Refusal::Font)?;
                Ok(())
            }),
            OptionId::ZIndex => with!(z_index, |Number(n)| {
                c.theme.z_index =
                    whole_within(n, 0.0..=f64::from(i32::MAX), Refusal::ZIndex)? as i32;
                Ok(())
            }),
            OptionId::ShareOutcome => with!(share_outcome, |Flag(on)| {
                c.share_outcome = on;
                Ok(())
            }),
            OptionId::DataLayer => with!(data_layer, |Flag(on)| {
                c.data_layer = on;
                Ok(())
            }),
            OptionId::Utm => with!(utm, |Flag(on)| {
                c.utm = on;
                Ok(())
            }),
            OptionId::LeadUrl => with!(lead_url, |t| {
                let checked = parse_lead_url(&t, page.parse_url, page.page_is_local)?;
                c.lead_url = Some(checked.url);
                c.lead_host = Some(checked.host);
                Ok(())
            }),
            // The loader's own: no layer the widget reads holds it.
            OptionId::ConfigSrc => return,
        };
        if let Err(reason) = result {
            problems.push(Problem::Rejected {
                option: id,
                reason,
                value: given.shown(),
                at: at.clone(),
            });
        }
    }

    /// Checks that need several fields at once.
    fn finish(mut self) -> (Config, Vec<Problem>) {
        self.config.payment = match (self.payment_months, self.payment_apr) {
            (Some(months), Some(apr_percent)) => Some(PaymentTerms {
                months,
                apr_percent,
            }),
            (None, None) => None,
            _ => {
                self.problems.push(Problem::PaymentIncomplete);
                None
            }
        };
        (self.config, self.problems)
    }
}

/// Validates the table entry by entry: a bad entry gives one problem and keeps the default
/// table's entry for that city, if it has one. `Err` when no entry is left.
fn prices(
    list: PriceList,
    parse_number: ParseNumber<'_>,
    at: &Written,
    problems: &mut Vec<Problem>,
) -> Result<Vec<CityPrice>, Refusal> {
    let defaults = default_cities();
    let mut cities: Vec<CityPrice> = Vec::with_capacity(list.0.len());
    for entry in list.0 {
        let city = entry.get("city").as_text().map(str::trim).unwrap_or("");
        let checked = if city.is_empty() {
            Err(Refusal::NoCity)
        } else if cities.iter().any(|c| c.city.eq_ignore_ascii_case(city)) {
            Err(Refusal::CityTwice)
        } else {
            range_of(entry.get("low"), entry.get("high"), parse_number)
        };
        match checked {
            Ok((low, high)) => cities.push(CityPrice {
                city: city.to_owned(),
                low,
                high,
            }),
            Err(reason) => {
                problems.push(Problem::Rejected {
                    option: OptionId::Prices,
                    reason,
                    value: entry.shown(),
                    at: at.clone(),
                });
                let fallback = defaults.iter().find(|d| d.city.eq_ignore_ascii_case(city));
                if let Some(d) = fallback.filter(|d| !cities.iter().any(|c| c.city == d.city)) {
                    cities.push(d.clone());
                }
            }
        }
    }
    if cities.is_empty() {
        return Err(Refusal::NoValidEntry);
    }
    Ok(cities)
}

/// The clinic's prices by area, entry by entry: an unknown area or a bad range gives one
/// problem and is left out (no price is then shown for that area).
fn area_prices(
    map: AreaPriceMap,
    parse_number: ParseNumber<'_>,
    at: &Written,
    problems: &mut Vec<Problem>,
) -> AreaPrices {
    let mut prices = AreaPrices::default();
    for (key, value) in map.0 {
        let checked = Procedure::from_price_key(&key)
            .ok_or(Refusal::UnknownArea)
            .and_then(|area| Ok((area, ClinicPrice::read(&value, parse_number)?)));
        match checked {
            Ok((area, price)) => prices.set(area, price),
            Err(reason) => {
                let mut shown = key;
                shown.push_str(": ");
                shown.push_str(&value.shown());
                problems.push(Problem::Rejected {
                    option: OptionId::AreaPrices,
                    reason,
                    value: shown,
                    at: at.clone(),
                });
            }
        }
    }
    prices
}

/// The date the prices were gathered: a real date, within the sane years, not after today
/// (a future date would keep the prices from ever looking out of date).
fn prices_as_of(text: &str, today: Date) -> Result<Date, Refusal> {
    let date = Date::parse_iso(text).ok_or(Refusal::NotDate)?;
    if !(EARLIEST_PRICES_AS_OF.year..=LATEST_PRICES_AS_OF.year).contains(&date.year) {
        return Err(Refusal::DateOutOfRange);
    }
    if date > today {
        return Err(Refusal::AfterToday);
    }
    Ok(date)
}
