// The option registry: every option the widget takes, declared once, in the order of
// EMBEDDING.md's table. Not a module: `registry.rs` expands it into `OptionId`, `OPTIONS`
// and the serde layer struct `RawOptions`; `build.rs` expands it into the loader's list of
// observed attributes. Each entry: the option's name (its JSON key) and, when a JSON layer
// can set it, the type its value is read as; then its attribute, the guide's type and
// default, whether a change after mount is applied live, and whether a `config-src` file
// may set it.
registry! {
    /// The clinic's name, always rendered as text.
    Clinic clinic: String {
        attribute: Some("clinic"),
        value_type: "text ≤ 120",
        default: "Beverly Hills Hair Restoration",
        live: true,
        from_config_src: true,
    }
    /// The phone number of the call button.
    Phone phone: String {
        attribute: Some("phone"),
        value_type: "digits, spaces, `+ - ( ) .`; 7–15 digits",
        default: "760.501.0080",
        live: true,
        from_config_src: true,
    }
    /// The booking link.
    BookingUrl booking_url: String {
        attribute: Some("booking-url"),
        value_type: "absolute `https://` URL",
        default: "none",
        live: true,
        from_config_src: true,
    }
    /// The estimator's pre-selected city.
    City city: String {
        attribute: Some("city"),
        value_type: "text",
        default: "Palm Desert, CA",
        live: true,
        from_config_src: true,
    }
    /// The language, when the page's should not decide it.
    Lang lang: String {
        attribute: Some("lang"),
        value_type: "`en` / `es`",
        default: "page `<html lang>`, then the browser",
        live: true,
        from_config_src: true,
    }
    /// The price table, by city (JSON only).
    Prices prices: PriceList {
        attribute: None,
        value_type: "list of `{city, low, high}` (USD)",
        default: "the six cities of the source article",
        live: false,
        from_config_src: true,
    }
    /// When the prices were gathered.
    PricesAsOf prices_as_of: String {
        attribute: Some("prices-as-of"),
        value_type: "`YYYY-MM-DD`, not after today",
        default: "2022-12-19",
        live: true,
        from_config_src: true,
    }
    /// How old prices may be before they carry "may be out of date".
    MaxPriceAgeMonths max_price_age_months: Number {
        attribute: Some("max-price-age-months"),
        value_type: "1–120",
        default: "12",
        live: true,
        from_config_src: true,
    }
    /// What one price range pays for.
    PriceBasis price_basis: PriceBasis {
        attribute: Some("price-basis"),
        value_type: "`treatment` / `session`",
        default: "`treatment`",
        live: true,
        from_config_src: true,
    }
    /// The clinic's own price range.
    ClinicPrice clinic_price: ClinicPrice {
        attribute: Some("clinic-price"),
        value_type: "`\"2500-4000\"` or `{low, high}`",
        default: "none",
        live: true,
        from_config_src: true,
    }
    /// The clinic's own price for a whole treatment of another area (JSON only).
    AreaPrices area_prices: AreaPriceMap {
        attribute: None,
        value_type: "`{eyebrows, lips, lash-line, areola, vitiligo, scars}`, each `\"400-800\"` or `{low, high}` (USD)",
        default: "none",
        live: false,
        from_config_src: true,
    }
    /// The monthly-payment line's term.
    PaymentMonths payment_months: Number {
        attribute: Some("payment-months"),
        value_type: "1–120",
        default: "off",
        live: true,
        from_config_src: true,
    }
    /// The monthly-payment line's rate.
    PaymentApr payment_apr: Number {
        attribute: Some("payment-apr"),
        value_type: "0–36 (%)",
        default: "off",
        live: true,
        from_config_src: true,
    }
    /// Inline, or a launcher button opening a dialog.
    Mode mode: Mode {
        attribute: Some("mode"),
        value_type: "`inline` / `popup`",
        default: "`inline`",
        live: true,
        from_config_src: false,
    }
    /// The page's own element that opens the popup.
    Launcher launcher: String {
        attribute: Some("launcher"),
        value_type: "CSS selector",
        default: "floating button",
        live: false,
        // Like `mode`: the loader wires the page's button before any file is fetched.
        from_config_src: false,
    }
    /// Which parts the widget offers.
    Parts parts: Parts {
        attribute: Some("parts"),
        value_type: "`both` / `quiz` / `estimator`",
        default: "`both`",
        live: true,
        from_config_src: true,
    }
    /// The brand colour.
    BrandColor brand_color: Colour {
        attribute: Some("brand-color"),
        value_type: "`#rgb`, `#rrggbb`, `rgb(r, g, b)`",
        default: "`#0b5c66`",
        live: true,
        from_config_src: true,
    }
    /// The corner radius.
    Radius radius: Number {
        attribute: Some("radius"),
        value_type: "0–32 (px)",
        default: "10",
        live: true,
        from_config_src: true,
    }
    /// The font family.
    Font font: String {
        attribute: Some("font"),
        value_type: "font-family list, or `inherit`",
        default: "`inherit`",
        live: true,
        from_config_src: true,
    }
    /// The popup launcher's stacking order.
    ZIndex z_index: Number {
        attribute: Some("z-index"),
        value_type: "whole number ≥ 0",
        default: "2147483000",
        live: true,
        from_config_src: true,
    }
    /// Offers the visitor to share their result's category.
    ShareOutcome share_outcome: Flag {
        attribute: Some("share-outcome"),
        value_type: "boolean",
        default: "false",
        live: true,
        from_config_src: false,
    }
    /// Also pushes every event to `window.dataLayer`.
    DataLayer data_layer: Flag {
        attribute: Some("data-layer"),
        value_type: "boolean",
        default: "false",
        live: true,
        from_config_src: false,
    }
    /// Adds the page's `utm_*` parameters to the booking link.
    Utm utm: Flag {
        attribute: Some("utm"),
        value_type: "boolean",
        default: "false",
        live: true,
        from_config_src: false,
    }
    /// The clinic's endpoint for contact requests.
    LeadUrl lead_url: String {
        attribute: Some("lead-url"),
        value_type: "https URL (http only for `localhost` / `127.0.0.1`, and only on such a page); no user name or password",
        default: "none",
        live: true,
        from_config_src: false,
    }
    /// A JSON file of options, fetched once by the loader (attribute only).
    ConfigSrc config_src {
        attribute: Some("config-src"),
        value_type: "https URL of a JSON file (http only on localhost)",
        default: "none",
        live: false,
        from_config_src: false,
    }
}
