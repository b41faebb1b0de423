//! The hair-loss pattern pictures: the head seen from above, forehead and nose at the top,
//! ears at the sides, drawn by us as on Norwood (men) and Ludwig (women) charts. Hair is
//! drawn as follicle dots, so thinning shows as density: dense, sparse, or bare skin over
//! the hairline, temples, mid-scalp and crown. One outline, drawn once for every picture.
//! Decorative (`aria-hidden`): each choice has its text label.

use yew::prelude::*;

use crate::domain::answers::HairLossPattern;

/// The ears, the nose seen from above (both behind the head), then the head, in a
/// 100 × 120 box.
const EARS: &str = "M17 54C6 54 6 78 17 78ZM83 54C94 54 94 78 83 78Z";
const EARS_NOSE: &str = "M17 54C6 54 6 78 17 78ZM83 54C94 54 94 78 83 78ZM44 22L50 8L56 22Z";
const HEAD: &str = "M50 18A36 46 0 0 1 50 110A36 46 0 0 1 50 18Z";

/// How much hair a spot of the scalp has.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Hair {
    None,
    Sparse,
    Dense,
}

/// `t` rescaled from `from..to` to 0..1, clamped.
fn ramp(t: f64, from: f64, to: f64) -> f64 {
    ((t - from) / (to - from)).clamp(0.0, 1.0)
}

/// The hair at (u, v): u from -1 (left) to 1 (right), v from -1 (front) to 1 (back).
fn hair(pattern: HairLossPattern, u: f64, v: f64) -> Hair {
    let side = u.abs();
    // Distance² from the crown (the vertex, behind the middle).
    let crown = u * u + (v - 0.42) * (v - 0.42);
    // Where the forehead ends: a hairline that recedes at the temples by `temples`.
    let hairline = |front: f64, temples: f64| front + temples * ramp(side, 0.12, 0.62);
    let behind = |line: f64, dense: Hair| {
        if v < line {
            Hair::None
        } else if v < line + 0.14 {
            Hair::Sparse
        } else {
            dense
        }
    };
    match pattern {
        HairLossPattern::RecedingHairline => behind(hairline(-0.74, 0.5), Hair::Dense),
        HairLossPattern::CrownThinning if crown < 0.06 => Hair::None,
        HairLossPattern::CrownThinning if crown < 0.15 => Hair::Sparse,
        HairLossPattern::HairlineAndCrown if crown < 0.1 => Hair::None,
        HairLossPattern::HairlineAndCrown => {
            let bridge = side < 0.42 && v < 0.5 || crown < 0.22;
            behind(
                hairline(-0.6, 0.45),
                if bridge { Hair::Sparse } else { Hair::Dense },
            )
        }
        HairLossPattern::NearCompleteLoss => {
            let ring = u * u + v * v;
            match (v > -0.3, ring) {
                (true, r) if r > 0.68 => Hair::Dense,
                (true, r) if r > 0.52 => Hair::Sparse,
                _ => Hair::None,
            }
        }
        HairLossPattern::WideningPart if v > -0.66 && v < 0.6 => {
            // The part widens from the front towards the crown; the hairline stays.
            let width = 0.08 + 0.22 * ramp(v, -0.66, 0.3);
            match side {
                s if s < 0.045 => Hair::None,
                s if s < width => Hair::Sparse,
                _ => Hair::Dense,
            }
        }
        HairLossPattern::DiffuseThinning => {
            let top = (u / 0.62) * (u / 0.62) + ((v - 0.05) / 0.7) * ((v - 0.05) / 0.7);
            behind(
                -0.74,
                if top < 1.0 && v > -0.6 {
                    Hair::Sparse
                } else {
                    Hair::Dense
                },
            )
        }
        HairLossPattern::ScarOrBirthmarkOnly
            if side < 0.5 && (v - 0.3 - 0.25 * u * u).abs() < 0.05 =>
        {
            Hair::None
        }
        _ => behind(-0.74, Hair::Dense),
    }
}

/// The dots of one density as one path: a run of each row, dashed into dots (`0 N` dashes
/// with round caps), sparse rows staggered. Whole-number coordinates (no float printer).
fn dots(pattern: HairLossPattern, density: Hair) -> String {
    let mut d = String::with_capacity(512);
    for (row, y) in (22..=108).step_by(5).enumerate() {
        let v = (f64::from(y) - 64.0) / 46.0;
        let mut run: Option<i32> = None;
        for x in 15..=86 {
            let u = (f64::from(x) - 50.0) / 36.0;
            // Inside the outline, with room for a dot.
            let inside = u * u + v * v < 0.88;
            let here = inside && x < 86 && hair(pattern, u, v) == density;
            match (run, here) {
                (None, true) => run = Some(x),
                (Some(start), false) => {
                    push_run(&mut d, start, x - 1, y, row, density);
                    run = None;
                }
                _ => {}
            }
        }
    }
    d
}

fn push_run(d: &mut String, start: i32, end: i32, y: i32, row: usize, density: Hair) {
    // Dots on a grid: every 5 units when dense; every 10, every other row shifted by 5,
    // when sparse.
    let (step, shift) = match density {
        Hair::Sparse => (10, if row.is_multiple_of(2) { 0 } else { 5 }),
        _ => (5, 0),
    };
    let first = start + (step - (start - shift).rem_euclid(step)) % step;
    if first > end {
        return;
    }
    for part in [
        "M",
        &first.to_string(),
        " ",
        &y.to_string(),
        "H",
        &end.to_string(),
    ] {
        d.push_str(part);
    }
}

/// A plain function, not a component: eight of these render on the pattern step, and
/// components cost wasm bytes and render time that a picture without state does not need.
pub fn pattern_picture(pattern: HairLossPattern) -> Html {
    if pattern == HairLossPattern::OtherArea {
        // A face, seen from the front: brows, eyes, lips.
        return html! {
            <svg class="pattern-picture" viewBox="0 0 100 120" aria-hidden="true" focusable="false">
                <path class="skin outline" d={EARS} />
                <ellipse class="skin outline" cx="50" cy="64" rx="34" ry="46" />
                <path class="feature" d="M27 50q8-6 16 0M57 50q8-6 16 0" />
                <path class="eye" d="M30 60q5-4 10 0q-5 4-10 0ZM60 60q5-4 10 0q-5 4-10 0Z" />
                <path class="feature thin-line" d="M50 62v16h-5" />
                <path class="lips" d="M38 90q12 8 24 0q-12-6-24 0Z" />
            </svg>
        };
    }
    let scar = (pattern == HairLossPattern::ScarOrBirthmarkOnly).then(|| {
        html! {
            <>
                <path class="scar" d="M32 77Q50 85 68 77" />
                <ellipse class="mark" cx="62" cy="44" rx="6" ry="4" />
            </>
        }
    });
    html! {
        <svg class="pattern-picture" viewBox="0 0 100 120" aria-hidden="true" focusable="false">
            <path class="skin outline" d={EARS_NOSE} />
            <path class="skin outline" d={HEAD} />
            <path class="hair dense" d={dots(pattern, Hair::Dense)} />
            <path class="hair sparse" d={dots(pattern, Hair::Sparse)} />
            { for scar }
        </svg>
    }
}
