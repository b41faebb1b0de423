//! The plan as an iCalendar file (RFC 5545): one all-day `VEVENT` per session, made from
//! text only, so the browser can hand it to the visitor as a file with no network.
//!
//! What the format asks for and this writes: CRLF line endings; content lines folded at 75
//! octets (never inside a UTF-8 character), each continuation starting with a space;
//! `TEXT` values escaped (`\\`, `\;`, `\,`, `\n`) and stripped of control characters; a
//! `UID` and a `DTSTAMP` (UTC) on every event; dates as `VALUE=DATE` with a `DTEND` the day
//! after (an all-day event).

use crate::domain::date::Date;

/// One all-day event: a session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarEvent {
    /// Its day.
    pub date: Date,
    /// Its title, in the visitor's language.
    pub summary: String,
}

/// The calendar for `events`, each with `description`, stamped at `stamp_ms` (ms since the
/// epoch, UTC); `language` is the text's tag (`LANGUAGE=`). `None` when a date has no
/// four-digit year (iCalendar dates are `YYYYMMDD`).
pub fn calendar(
    events: &[CalendarEvent],
    description: &str,
    language: &str,
    stamp_ms: u64,
) -> Option<String> {
    let stamp = utc_stamp(stamp_ms)?;
    let mut out = String::with_capacity(256 + events.len() * 512);
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//smp-widget//Treatment plan//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        push_line(&mut out, line);
    }
    let description = escape(description);
    for (i, event) in events.iter().enumerate() {
        let day = ymd(event.date)?;
        let next = ymd(event.date.add_days(1))?;
        push_line(&mut out, "BEGIN:VEVENT");
        push_line(
            &mut out,
            &[
                "UID:",
                &stamp,
                "-",
                &(i + 1).to_string(),
                "-",
                &day,
                "@smp-widget",
            ]
            .concat(),
        );
        push_line(&mut out, &["DTSTAMP:", &stamp].concat());
        push_line(&mut out, &["DTSTART;VALUE=DATE:", &day].concat());
        push_line(&mut out, &["DTEND;VALUE=DATE:", &next].concat());
        let summary = escape(&event.summary);
        push_line(
            &mut out,
            &["SUMMARY;LANGUAGE=", language, ":", &summary].concat(),
        );
        push_line(
            &mut out,
            &["DESCRIPTION;LANGUAGE=", language, ":", &description].concat(),
        );
        // A planned date, not a booked appointment: tentative, and not busy time.
        push_line(&mut out, "STATUS:TENTATIVE");
        push_line(&mut out, "TRANSP:TRANSPARENT");
        push_line(&mut out, "END:VEVENT");
    }
    push_line(&mut out, "END:VCALENDAR");
    Some(out)
}

/// A `TEXT` value: backslash, semicolon, comma and line breaks escaped; other control
/// characters, which the format forbids, dropped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded so that no physical line exceeds 75 octets, and its
/// CRLF.
fn push_line(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let octets = c.len_utf8();
        if width + octets > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += octets;
    }
    out.push_str("\r\n");
}

/// `YYYYMMDD`; `None` outside years 0–9999.
fn ymd(date: Date) -> Option<String> {
    let year = u32::try_from(date.year).ok().filter(|y| *y <= 9999)?;
    let mut out = String::with_capacity(8);
    for (value, width) in [
        (year, 4),
        (u32::from(date.month), 2),
        (u32::from(date.day), 2),
    ] {
        push_padded(&mut out, value, width);
    }
    Some(out)
}

/// `YYYYMMDDTHHMMSSZ` for `ms` since the epoch, UTC.
fn utc_stamp(ms: u64) -> Option<String> {
    let seconds = ms / 1000;
    let day = i64::try_from(seconds / 86_400).ok()?;
    let mut out = ymd(Date::from_days(day))?;
    out.push('T');
    let of_day = (seconds % 86_400) as u32;
    for value in [of_day / 3600, of_day / 60 % 60, of_day % 60] {
        push_padded(&mut out, value, 2);
    }
    out.push('Z');
    Some(out)
}

fn push_padded(out: &mut String, value: u32, width: usize) {
    let digits = value.to_string();
    for _ in digits.len()..width {
        out.push('0');
    }
    out.push_str(&digits);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_and_dates_have_fixed_width() {
        // 2026-11-30T13:05:09Z
        assert_eq!(
            utc_stamp(1_796_043_909_000).as_deref(),
            Some("20261130T130509Z")
        );
        assert_eq!(utc_stamp(0).as_deref(), Some("19700101T000000Z"));
        assert_eq!(
            ymd(Date::new(33, 2, 3).unwrap()).as_deref(),
            Some("00330203")
        );
        assert_eq!(ymd(Date::new(10_000, 1, 1).unwrap()), None);
    }

    #[test]
    fn folding_never_splits_a_character() {
        let mut out = String::new();
        let line = ["SUMMARY:", &"é".repeat(60)].concat();
        push_line(&mut out, &line);
        for physical in out.split_terminator("\r\n") {
            assert!(physical.len() <= 75, "{physical:?}");
        }
        assert_eq!(out.replace("\r\n ", ""), [line.as_str(), "\r\n"].concat());
    }
}
