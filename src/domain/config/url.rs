//! Links the marketer configures, checked on the URL as the browser parses it, never by
//! prefix (docs/reliability.md SEC-13). The domain has no URL parser of its own: the caller hands
//! one in (the browser's `URL` in the widget, the `url` crate in native tests), and the
//! decision is made here on its result.

use crate::domain::config::options::Refusal;

/// The parts of a URL the checks decide on, as the WHATWG `URL` object names them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParsedUrl {
    /// The scheme with its colon, lower case, as `URL.protocol` gives it: `"https:"`.
    pub protocol: String,
    /// `URL.username`: empty when the URL has none.
    pub username: String,
    /// `URL.password`: empty when the URL has none.
    pub password: String,
    /// `URL.hostname`: the host without its port, as the browser will connect to it
    /// (lower case, percent-decoded, IPv4 normalised, IPv6 in brackets).
    pub hostname: String,
    /// `URL.href`: the whole URL, normalised.
    pub href: String,
}

/// A link that passed its checks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedUrl {
    /// The text as the marketer wrote it, kept byte for byte (the raw checks guarantee the
    /// browser reads it exactly as it was parsed here).
    pub url: String,
    /// The host the link goes to (`URL.hostname`), for sentences such as "sent to …".
    pub host: String,
}

/// Whether plain `http:` may be accepted at all, and if so, where.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Http {
    Never,
    /// Only to `localhost`/`127.0.0.1`, and only when the page itself is on one of them.
    LocalOnly {
        page_is_local: bool,
    },
}

/// Accepts only an absolute `https:` URL with a host and no user name or password,
/// written as is (no spaces, control characters or backslashes, `//` after the scheme):
/// the browser would otherwise "repair" it, or resolve it against the page, into something
/// other than what was checked. `parse_url` parses as the browser's `URL` does.
pub fn parse_booking_url(
    raw: &str,
    parse_url: &dyn Fn(&str) -> Option<ParsedUrl>,
) -> Result<CheckedUrl, Refusal> {
    check(raw, parse_url, Http::Never)
}

/// The lead endpoint: as [`parse_booking_url`], or plain `http:` when both the endpoint's
/// host is exactly `localhost` or `127.0.0.1` and the page itself is on one of them (a
/// clinic testing on its own machine).
pub fn parse_lead_url(
    raw: &str,
    parse_url: &dyn Fn(&str) -> Option<ParsedUrl>,
    page_is_local: bool,
) -> Result<CheckedUrl, Refusal> {
    check(raw, parse_url, Http::LocalOnly { page_is_local })
}

/// Whether a page host (`location.hostname`) is this machine: only there may the lead
/// endpoint be plain `http:`.
pub fn is_local_host(hostname: &str) -> bool {
    matches!(hostname, "localhost" | "127.0.0.1")
}

fn check(
    raw: &str,
    parse_url: &dyn Fn(&str) -> Option<ParsedUrl>,
    http: Http,
) -> Result<CheckedUrl, Refusal> {
    // Checks on the raw text only ever refuse; what is accepted is decided on the parse.
    let (scheme, rest) = raw.split_once(':').ok_or(Refusal::Scheme)?;
    let plain_http = scheme.eq_ignore_ascii_case("http") && http != Http::Never;
    if !(scheme.eq_ignore_ascii_case("https") || plain_http) {
        return Err(Refusal::Scheme);
    }
    if raw
        .chars()
        .any(|c| c.is_control() || c.is_whitespace() || c == '\\')
    {
        return Err(Refusal::Spaces);
    }
    // On an https page `https:x` is a path on that page, and `https:///x` is read as host
    // `x`: only `scheme://host…` means one thing with and without the page.
    if !rest.starts_with("//") || rest.starts_with("///") {
        return Err(Refusal::NotAbsolute);
    }
    let parsed = parse_url(raw).ok_or(Refusal::InvalidUrl)?;
    let page_is_local = match (parsed.protocol.as_str(), http) {
        ("https:", _) => None,
        ("http:", Http::LocalOnly { page_is_local }) => Some(page_is_local),
        _ => return Err(Refusal::Scheme),
    };
    if !parsed.username.is_empty() || !parsed.password.is_empty() {
        return Err(Refusal::UserInfo);
    }
    if parsed.hostname.is_empty() {
        return Err(Refusal::NoHost);
    }
    if let Some(page_is_local) = page_is_local {
        if !(page_is_local && is_local_host(&parsed.hostname)) {
            return Err(Refusal::LocalHttp);
        }
    }
    Ok(CheckedUrl {
        url: raw.to_owned(),
        host: parsed.hostname,
    })
}
