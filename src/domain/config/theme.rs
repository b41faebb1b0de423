//! The marketer's brand colour, radius and font, made safe: a colour that would leave the
//! white button text under 4.5:1 is darkened until it passes (WCAG 1.4.3).

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Reads `#rgb`, `#rrggbb` or `rgb(r, g, b)`; anything else is refused (no named
    /// colours, no `url()`, nothing that could carry more CSS).
    pub fn parse(text: &str) -> Option<Rgb> {
        let text = text.trim();
        if let Some(hex) = text.strip_prefix('#') {
            let digits: Vec<u8> = hex
                .chars()
                .map(|c| c.to_digit(16).map(|d| d as u8))
                .collect::<Option<_>>()?;
            return match digits.as_slice() {
                [r, g, b] => Some(Rgb(r * 17, g * 17, b * 17)),
                [r1, r2, g1, g2, b1, b2] => Some(Rgb(r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2)),
                _ => None,
            };
        }
        let inner = text.strip_prefix("rgb(")?.strip_suffix(')')?;
        let mut parts = inner.split(',').map(|p| p.trim().parse::<u8>().ok());
        let rgb = Rgb(parts.next()??, parts.next()??, parts.next()??);
        parts.next().is_none().then_some(rgb)
    }

    fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                pow_2_4((c + 0.055) / 1.055)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// The WCAG contrast ratio between two colours, 1 to 21.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (light, dark) = if a > b { (a, b) } else { (b, a) };
        (light + 0.05) / (dark + 0.05)
    }

    /// This colour, darkened just enough for white text to reach `ratio`.
    pub fn darkened_for_white_text(self, ratio: f64) -> Rgb {
        let white = Rgb(255, 255, 255);
        let mut colour = self;
        let mut factor: f64 = 1.0;
        while colour.contrast(white) < ratio && factor > 0.0 {
            factor -= 0.02;
            let scale = |c: u8| (f64::from(c) * factor.max(0.0)).round() as u8;
            colour = Rgb(scale(self.0), scale(self.1), scale(self.2));
        }
        colour
    }

    pub fn hex(self) -> String {
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        let mut out = String::with_capacity(7);
        out.push('#');
        for c in [self.0, self.1, self.2] {
            out.push(char::from(DIGITS[usize::from(c >> 4)]));
            out.push(char::from(DIGITS[usize::from(c & 15)]));
        }
        out
    }
}

/// `x^2.4` for `x` in (0, 1], the sRGB curve's exponent, as `x² · (x^⅕)²`: the fifth root
/// by Newton's method, so that no general `pow` (2 KB of wasm) ships for one constant.
fn pow_2_4(x: f64) -> f64 {
    // From 1.0 the iteration falls monotonically onto the root; 12 steps reach full
    // precision for every channel value (x ≥ 0.04).
    let mut root = 1.0;
    for _ in 0..12 {
        let r2 = root * root;
        root = (4.0 * root + x / (r2 * r2)) / 5.0;
    }
    x * x * root * root
}

/// Text contrast required for normal-size text (WCAG 2.2 AA).
pub const MIN_TEXT_CONTRAST: f64 = 4.5;

/// The widget's default brand colour.
pub const DEFAULT_BRAND: Rgb = Rgb(0x0b, 0x5c, 0x66);

/// A font-family list, or `inherit` to use the host page's font.
pub fn parse_font(text: &str) -> Result<String, &'static str> {
    let text = text.trim();
    if text.is_empty() || text.len() > 200 {
        return Err("must be 1 to 200 characters");
    }
    // Letters, digits, spaces, commas, hyphens and quotes only: nothing that ends a rule.
    let allowed = |c: char| c.is_alphanumeric() || matches!(c, ' ' | ',' | '-' | '"' | '\'' | '_');
    if !text.chars().all(allowed) {
        return Err("may hold only font names, commas and quotes");
    }
    Ok(text.to_owned())
}

/// The per-widget stylesheet that carries the theme: custom properties only.
pub fn theme_css(brand: Rgb, radius_px: u8, font: &str, z_index: i32) -> String {
    let mut css = String::with_capacity(160);
    css.push_str(":host{--smp-brand:");
    css.push_str(&brand.hex());
    css.push_str(";--smp-radius:");
    css.push_str(&radius_px.to_string());
    css.push_str("px;--smp-z:");
    css.push_str(&z_index.to_string());
    css.push_str(";}");
    if font == "inherit" {
        css.push_str(":host,.smp-app{font-family:inherit;}");
    } else {
        css.push_str(".smp-app{font-family:");
        css.push_str(font);
        css.push_str(";}");
    }
    css
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_srgb_exponent_matches_powf_on_every_channel_value() {
        for c in 11..=255u8 {
            let x = (f64::from(c) / 255.0 + 0.055) / 1.055;
            let (ours, std) = (super::pow_2_4(x), x.powf(2.4));
            assert!(((ours - std) / std).abs() < 1e-12, "{c}: {ours} vs {std}");
        }
    }
}
