//! How money and dates are written, handed in by the shell: the browser's `Intl` in the
//! widget (`shell::format`), a plain writer in native tests. The domain decides which
//! value goes in which sentence; the formatter only writes the value.

use crate::domain::copy::lang::Lang;
use crate::domain::date::Date;

/// Writes values in a language's conventions.
pub trait Formatter {
    /// Whole US dollars, e.g. "$2,000" or "2000 US$".
    fn money(&self, lang: Lang, dollars: f64) -> String;
    /// A percentage such as an APR (`9.99` for 9.99 %), e.g. "9.99%" or "9,99 %".
    fn percent(&self, lang: Lang, percent: f64) -> String;
    /// A calendar day with its weekday, e.g. "Mon, Dec 1, 2026".
    fn day(&self, lang: Lang, date: Date) -> String;
    /// A date without its weekday, e.g. "December 19, 2022".
    fn date(&self, lang: Lang, date: Date) -> String;

    /// A price range, "$2,000–$5,000", as every estimate writes it: a closed en dash, as
    /// for every other range the widget shows ("3–4 sessions", docs/glossary.md).
    fn money_range(&self, lang: Lang, low: u32, high: u32) -> String {
        let mut range = self.money(lang, f64::from(low));
        range.push('\u{2013}');
        range.push_str(&self.money(lang, f64::from(high)));
        range
    }
}
