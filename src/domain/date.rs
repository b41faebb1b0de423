//! Calendar dates without a date library: proleptic Gregorian, by days since 1970-01-01
//! (Howard Hinnant's civil-date algorithms). Only what the treatment plan needs.

/// A calendar day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// A valid date, or `None` (e.g. 2025-02-29).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let date = Date { year, month, day };
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(date)
    }

    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    pub fn to_days(self) -> i64 {
        let year = i64::from(self.year) - i64::from(self.month <= 2);
        let era = year.div_euclid(400);
        let yoe = year.rem_euclid(400);
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn add_days(self, days: i64) -> Date {
        Date::from_days(self.to_days() + days)
    }

    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (3).
        (self.to_days() + 3).rem_euclid(7) as u8
    }

    /// The next Monday strictly after this day.
    pub fn next_monday(self) -> Date {
        self.add_days(7 - i64::from(self.weekday()))
    }

    /// Whole months from `self` to `later` (negative when `later` is earlier). Total: for
    /// any field values, however far apart, the count saturates at `i32::MIN`/`i32::MAX`
    /// instead of overflowing.
    pub fn months_until(self, later: Date) -> i32 {
        // At most about 2^32 × 12 in magnitude: an `i64` holds it without overflow.
        let months = (i64::from(later.year) - i64::from(self.year)) * 12 + i64::from(later.month)
            - i64::from(self.month)
            - i64::from(later.day < self.day);
        i32::try_from(months).unwrap_or(if months < 0 { i32::MIN } else { i32::MAX })
    }

    /// Reads `YYYY-MM-DD` (as an `<input type="date">` gives it).
    pub fn parse_iso(text: &str) -> Option<Date> {
        let mut parts = text.trim().splitn(3, '-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let day = parts.next()?.parse().ok()?;
        Date::new(year, month, day)
    }

    /// `YYYY-MM-DD`, for `<input type="date">` values.
    pub fn iso(self) -> String {
        let mut out = String::with_capacity(10);
        push_padded(&mut out, self.year.unsigned_abs(), 4);
        out.push('-');
        push_padded(&mut out, u32::from(self.month), 2);
        out.push('-');
        push_padded(&mut out, u32::from(self.day), 2);
        out
    }
}

fn push_padded(out: &mut String, value: u32, width: usize) {
    let digits = value.to_string();
    for _ in digits.len()..width {
        out.push('0');
    }
    out.push_str(&digits);
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}
