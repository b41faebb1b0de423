//! What a treatment costs, by city: docs/content.md §3, or the marketer's own table.

use crate::domain::date::Date;
use crate::domain::quiz::outcome::Procedure;

/// A price range the clinic configured for itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClinicPrice {
    pub low: u32,
    pub high: u32,
}

/// One city's average price range, in whole US dollars.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CityPrice {
    pub city: String,
    pub low: u32,
    pub high: u32,
}

/// What one price range pays for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum PriceBasis {
    /// A whole treatment (usually 3 to 4 sessions): the article's ambiguous "per session and
    /// treatment" read the careful way (docs/content.md §3).
    #[default]
    WholeTreatment,
    /// One session; the marketer's configuration may say so.
    PerSession,
}

/// The city table and when its prices were gathered.
#[derive(Clone, Debug, PartialEq)]
pub struct PriceTable {
    pub cities: Vec<CityPrice>,
    pub as_of: Date,
    pub basis: PriceBasis,
}

/// The article's table (posted 2022-12-19).
pub fn default_cities() -> Vec<CityPrice> {
    [
        ("New York, NY", 2200, 5000),
        ("Chicago, IL", 2000, 4750),
        ("Miami, FL", 2000, 5000),
        ("Birmingham, AL", 1750, 4000),
        ("Austin, TX", 1800, 4500),
        ("Los Angeles, CA", 2000, 5000),
    ]
    .into_iter()
    .map(|(city, low, high)| CityPrice {
        city: city.to_owned(),
        low,
        high,
    })
    .collect()
}

pub const DEFAULT_AS_OF: Date = Date {
    year: 2022,
    month: 12,
    day: 19,
};

impl Default for PriceTable {
    fn default() -> Self {
        PriceTable {
            cities: default_cities(),
            as_of: DEFAULT_AS_OF,
            basis: PriceBasis::default(),
        }
    }
}

impl PriceTable {
    /// The widest range the table spans, for a city it does not list; labelled as such.
    pub fn span(&self) -> Option<(u32, u32)> {
        let low = self.cities.iter().map(|c| c.low).min()?;
        let high = self.cities.iter().map(|c| c.high).max()?;
        Some((low, high))
    }

    /// The name of the i-th listed city.
    pub fn city_name(&self, i: usize) -> Option<&str> {
        self.cities.get(i).map(|c| c.city.as_str())
    }

    pub fn find(&self, city: &str) -> Option<usize> {
        self.cities
            .iter()
            .position(|c| c.city.eq_ignore_ascii_case(city.trim()))
    }

    /// The prices' age on `today`, in whole months (0 for a date in the future).
    pub fn age_in_months(&self, today: Date) -> u16 {
        u16::try_from(self.as_of.months_until(today).max(0)).unwrap_or(u16::MAX)
    }

    /// The prices' age on `today`, in whole months, when it reaches `max_age_months`.
    pub fn age_if_stale(&self, today: Date, max_age_months: u16) -> Option<u16> {
        let age = self.age_in_months(today);
        (age >= max_age_months).then_some(age)
    }

    /// Whether the prices are older than `max_age_months` on `today`.
    pub fn is_stale(&self, today: Date, max_age_months: u16) -> bool {
        self.age_if_stale(today, max_age_months).is_some()
    }
}

/// The clinic's own price for a whole treatment of an area other than the scalp, where the
/// marketer configured one (`area_prices`). The article prices only the scalp (docs/content.md
/// §3), so an area without a configured price has none: never one made from scalp prices.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AreaPrices(Vec<(Procedure, ClinicPrice)>);

impl AreaPrices {
    /// The configured price for `procedure`; never one for the scalp.
    pub fn get(&self, procedure: Procedure) -> Option<ClinicPrice> {
        self.0
            .iter()
            .rev()
            .find(|(p, _)| *p == procedure && !p.is_scalp())
            .map(|(_, price)| *price)
    }

    /// Sets the price for an area other than the scalp (a later one replaces it).
    pub fn set(&mut self, procedure: Procedure, price: ClinicPrice) {
        if !procedure.is_scalp() {
            self.0.retain(|(p, _)| *p != procedure);
            self.0.push((procedure, price));
        }
    }
}
