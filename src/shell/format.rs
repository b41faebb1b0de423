//! Money and dates through the browser's `Intl`, in the widget's language: no hand-made
//! thousands separators or month names.

use std::cell::RefCell;

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::domain::copy::format::Formatter;
use crate::domain::copy::lang::Lang;
use crate::domain::date::Date;

fn options(pairs: &[(&str, JsValue)]) -> Object {
    let object = Object::new();
    for (key, value) in pairs {
        let _ = Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object
}

fn locales(lang: Lang) -> Array {
    Array::of1(&JsValue::from_str(lang.tag()))
}

/// The ways the widget writes a value.
#[derive(Clone, Copy)]
enum Style {
    Money,
    Percent,
    Day,
    /// A date without its weekday, such as a price list's date.
    Date,
}

thread_local! {
    /// One `Intl` formatter per style and language, built on first use: building one costs
    /// a few milliseconds on a phone, and an estimate shows dozens of values per render.
    static FORMATTERS: RefCell<[Option<Function>; 8]> = const { RefCell::new([const { None }; 8]) };
}

fn build(style: Style, lang: Lang) -> Function {
    let options = match style {
        Style::Money => options(&[
            ("style", "currency".into()),
            ("currency", "USD".into()),
            ("maximumFractionDigits", 0.into()),
        ]),
        Style::Percent => options(&[
            ("style", "percent".into()),
            ("maximumFractionDigits", 2.into()),
        ]),
        Style::Day => options(&[
            ("weekday", "short".into()),
            ("year", "numeric".into()),
            ("month", "short".into()),
            ("day", "numeric".into()),
        ]),
        Style::Date => options(&[
            ("year", "numeric".into()),
            ("month", "long".into()),
            ("day", "numeric".into()),
        ]),
    };
    let locales = locales(lang);
    match style {
        Style::Day | Style::Date => js_sys::Intl::DateTimeFormat::new(&locales, &options).format(),
        Style::Money | Style::Percent => {
            js_sys::Intl::NumberFormat::new(&locales, &options).format()
        }
    }
}

/// `value` written in `style` for `lang`; `None` if the browser's `Intl` failed.
fn write(style: Style, lang: Lang, value: &JsValue) -> Option<String> {
    let slot = style as usize * 2 + lang as usize;
    let format = FORMATTERS.with(|cell| {
        let mut cache = cell.try_borrow_mut().ok()?;
        let entry = cache.get_mut(slot)?;
        Some(entry.get_or_insert_with(|| build(style, lang)).clone())
    })?;
    format.call1(&JsValue::UNDEFINED, value).ok()?.as_string()
}

/// Whole US dollars, e.g. "$2,000" or "2000 US$" as the language writes it.
pub fn money(lang: Lang, dollars: f64) -> String {
    write(Style::Money, lang, &JsValue::from_f64(dollars)).unwrap_or_default()
}

/// A price range, "$2,000–$5,000", as every estimate on screen writes it: a closed en dash,
/// as for every other range the widget shows ("3–4 sessions").
pub fn money_range(lang: Lang, low: u32, high: u32) -> String {
    let mut range = money(lang, f64::from(low));
    range.push('\u{2013}');
    range.push_str(&money(lang, f64::from(high)));
    range
}

/// A percentage such as an APR, e.g. "9.99%" / "9,99 %".
pub fn percent(lang: Lang, percent: f64) -> String {
    write(Style::Percent, lang, &JsValue::from_f64(percent / 100.0)).unwrap_or_default()
}

/// A calendar day, e.g. "Mon, Dec 1, 2026" / "lun, 1 dic 2026".
pub fn day(lang: Lang, date: Date) -> String {
    let js_date = js_sys::Date::new_with_year_month_day(
        date.year.unsigned_abs(),
        i32::from(date.month) - 1,
        i32::from(date.day),
    );
    write(Style::Day, lang, &js_date).unwrap_or_else(|| date.iso())
}

/// A date without its weekday, e.g. "December 19, 2022" / "19 de diciembre de 2022".
pub fn date(lang: Lang, date: Date) -> String {
    let js_date = js_sys::Date::new_with_year_month_day(
        date.year.unsigned_abs(),
        i32::from(date.month) - 1,
        i32::from(date.day),
    );
    write(Style::Date, lang, &js_date).unwrap_or_else(|| date.iso())
}

/// The browser's `Intl`, as the domain's [`Formatter`].
pub struct Intl;

impl Formatter for Intl {
    fn money(&self, lang: Lang, dollars: f64) -> String {
        money(lang, dollars)
    }
    fn percent(&self, lang: Lang, value: f64) -> String {
        percent(lang, value)
    }
    fn day(&self, lang: Lang, value: Date) -> String {
        day(lang, value)
    }
    fn date(&self, lang: Lang, value: Date) -> String {
        date(lang, value)
    }
    fn money_range(&self, lang: Lang, low: u32, high: u32) -> String {
        money_range(lang, low, high)
    }
}
