//! The browser's clock: read by the app once per render (`today`) and when the visitor
//! acts (`now_ms`), and handed to the domain as values; nothing else reads it.

use crate::domain::date::Date;

/// Now, in ms since the epoch, by the browser's clock.
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// The visitor's today, from the browser's clock and time zone; `None` when the clock
/// gives no valid date (each caller says what stands in for it).
pub fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    let month = u8::try_from(now.get_month() + 1).ok()?;
    let day = u8::try_from(now.get_date()).ok()?;
    Date::new(now.get_full_year() as i32, month, day)
}
