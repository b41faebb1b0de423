//! The cost estimate and the monthly-payment line: pure arithmetic, typed errors.

use crate::domain::pricing::prices::{ClinicPrice, PriceBasis, PriceTable};

/// Where the visitor wants treatment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// A city of the price table, by index.
    Listed(usize),
    /// The clinic itself, at the marketer's configured price.
    Clinic,
    /// Somewhere the table does not list: the table's whole span.
    NotListed,
}

/// Where the range came from, so the UI can say so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RangeSource {
    City,
    Clinic,
    DerivedFromTable,
    /// The clinic's own price for an area other than the scalp (`area_prices`).
    Area,
}

/// Financing terms the marketer may configure.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PaymentTerms {
    pub months: u16,
    /// Annual percentage rate, e.g. 9.99.
    pub apr_percent: f64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EstimateError {
    /// Sessions must be 1 to 4 (docs/content.md §2).
    SessionsOutOfRange(u8),
    /// No such city in the table.
    UnknownCity(usize),
    /// The clinic has configured no price: never invent one.
    NoClinicPrice,
    /// The table is empty, so there is nothing to derive from.
    EmptyTable,
    /// An area other than the scalp, for which the clinic configured no price: the
    /// article prices only the scalp, and none is derived from scalp prices.
    NoAreaPrice,
}

/// The estimate the visitor sees.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Estimate {
    pub low: u32,
    pub high: u32,
    pub source: RangeSource,
    pub basis: PriceBasis,
    pub sessions: u8,
    /// Hours in the chair: 3 to 4 a session.
    pub hours: (u8, u8),
    /// True when a whole-treatment price was scaled down to fewer than 3 sessions.
    pub scaled: bool,
    /// Monthly payment at the low and high end, when terms are configured.
    pub monthly: Option<(f64, f64)>,
}

pub const MIN_SESSIONS: u8 = 1;
pub const MAX_SESSIONS: u8 = 4;

/// The scalp's estimate. A whole treatment is 3 to 4 sessions. For a touch-up (1) or the
/// fewest sessions of a treatment (2) the range is scaled: its low end as if the treatment had 4 sessions, its high end as if it had 3, so
/// the estimate stays wide rather than falsely precise; more sessions never cost less.
pub fn estimate(
    table: &PriceTable,
    clinic: Option<ClinicPrice>,
    place: Place,
    sessions: u8,
    terms: Option<PaymentTerms>,
) -> Result<Estimate, EstimateError> {
    if !(MIN_SESSIONS..=MAX_SESSIONS).contains(&sessions) {
        return Err(EstimateError::SessionsOutOfRange(sessions));
    }
    let (low, high, source) = match place {
        Place::Listed(i) => {
            let city = table.cities.get(i).ok_or(EstimateError::UnknownCity(i))?;
            (city.low, city.high, RangeSource::City)
        }
        Place::Clinic => {
            let price = clinic.ok_or(EstimateError::NoClinicPrice)?;
            (price.low, price.high, RangeSource::Clinic)
        }
        Place::NotListed => {
            let (low, high) = table.span().ok_or(EstimateError::EmptyTable)?;
            (low, high, RangeSource::DerivedFromTable)
        }
    };
    let n = u64::from(sessions);
    let (low, high, scaled) = match table.basis {
        PriceBasis::PerSession => (mul(low, n, 1), mul(high, n, 1), false),
        PriceBasis::WholeTreatment if sessions >= 3 => (low, high, false),
        PriceBasis::WholeTreatment => (mul(low, n, 4), mul(high, n, 3), true),
    };
    let monthly = terms.map(|t| {
        (
            monthly_payment(f64::from(low), t),
            monthly_payment(f64::from(high), t),
        )
    });
    Ok(Estimate {
        low,
        high,
        source,
        basis: table.basis,
        sessions,
        hours: (3 * sessions, 4 * sessions),
        scaled,
        monthly,
    })
}

/// The estimate for an area other than the scalp: the clinic's own price for a whole
/// treatment of that area, as configured and never scaled, or [`EstimateError::NoAreaPrice`].
pub fn area_estimate(
    price: Option<ClinicPrice>,
    sessions: u8,
    terms: Option<PaymentTerms>,
) -> Result<Estimate, EstimateError> {
    if !(MIN_SESSIONS..=MAX_SESSIONS).contains(&sessions) {
        return Err(EstimateError::SessionsOutOfRange(sessions));
    }
    let price = price.ok_or(EstimateError::NoAreaPrice)?;
    let monthly = terms.map(|t| {
        (
            monthly_payment(f64::from(price.low), t),
            monthly_payment(f64::from(price.high), t),
        )
    });
    Ok(Estimate {
        low: price.low,
        high: price.high,
        source: RangeSource::Area,
        basis: PriceBasis::WholeTreatment,
        sessions,
        hours: (3 * sessions, 4 * sessions),
        scaled: false,
        monthly,
    })
}

/// `value * n / d`, rounded to the nearest 10 dollars (an estimate, not a quote), saturating.
fn mul(value: u32, n: u64, d: u64) -> u32 {
    let exact = u64::from(value) * n;
    let rounded = (exact + d * 5) / (d * 10) * 10;
    u32::try_from(rounded).unwrap_or(u32::MAX)
}

/// The standard amortisation formula; 0 % APR is the principal split evenly.
pub fn monthly_payment(principal: f64, terms: PaymentTerms) -> f64 {
    let months = f64::from(terms.months.max(1));
    let rate = terms.apr_percent / 100.0 / 12.0;
    if rate <= 0.0 {
        return principal / months;
    }
    // (1 + r)^n by repeated multiplication: n ≤ 120, and no `pow` shipped for it.
    let growth = (0..terms.months.max(1)).fold(1.0, |acc, _| acc * (1.0 + rate));
    principal * rate / (1.0 - 1.0 / growth)
}
