//! Links the marketer configures, checked on the URL as the browser parses it, never by
//! prefix (RELIABILITY SEC-13). The domain has no URL parser of its own: the caller hands
//! one in (the browser's `URL` in the widget, the `url` crate in native tests), and the
//! decision is made here on its result.

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

/// The problem text of a link whose scheme could run code or is otherwise not a web
/// address; a security event, logged as an error.
pub const SCHEME_PROBLEM: &str = "scheme not allowed";
/// The problem text of a URL with a user name or password in it (`https://a@b.example`):
/// it hides the real host from a reader.
pub const USERINFO_PROBLEM: &str = "has a user name or password";
/// The problem text of a plain `http:` lead endpoint that is not this machine on a page
/// of this machine.
pub const LOCAL_HTTP_PROBLEM: &str = "http is allowed only for localhost on a localhost page";

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
) -> Result<CheckedUrl, &'static str> {
    check(raw, parse_url, Http::Never)
}

/// The lead endpoint: as [`parse_booking_url`], or plain `http:` when both the endpoint's
/// host is exactly `localhost` or `127.0.0.1` and the page itself is on one of them (a
/// clinic testing on its own machine).
pub fn parse_lead_url(
    raw: &str,
    parse_url: &dyn Fn(&str) -> Option<ParsedUrl>,
    page_is_local: bool,
) -> Result<CheckedUrl, &'static str> {
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
) -> Result<CheckedUrl, &'static str> {
    // Checks on the raw text only ever refuse; what is accepted is decided on the parse.
    let (scheme, rest) = raw.split_once(':').ok_or(SCHEME_PROBLEM)?;
    let plain_http = scheme.eq_ignore_ascii_case("http") && http != Http::Never;
    if !(scheme.eq_ignore_ascii_case("https") || plain_http) {
        return Err(SCHEME_PROBLEM);
    }
    if raw
        .chars()
        .any(|c| c.is_control() || c.is_whitespace() || c == '\\')
    {
        return Err("spaces, control characters and backslashes are not allowed");
    }
    // On an https page `https:x` is a path on that page, and `https:///x` is read as host
    // `x`: only `scheme://host…` means one thing with and without the page.
    if !rest.starts_with("//") || rest.starts_with("///") {
        return Err("must be an absolute https:// address");
    }
    let parsed = parse_url(raw).ok_or("is not a valid URL")?;
    let page_is_local = match (parsed.protocol.as_str(), http) {
        ("https:", _) => None,
        ("http:", Http::LocalOnly { page_is_local }) => Some(page_is_local),
        _ => return Err(SCHEME_PROBLEM),
    };
    if !parsed.username.is_empty() || !parsed.password.is_empty() {
        return Err(USERINFO_PROBLEM);
    }
    if parsed.hostname.is_empty() {
        return Err("has no host");
    }
    if let Some(page_is_local) = page_is_local {
        if !(page_is_local && is_local_host(&parsed.hostname)) {
            return Err(LOCAL_HTTP_PROBLEM);
        }
    }
    Ok(CheckedUrl {
        url: raw.to_owned(),
        host: parsed.hostname,
    })
}
