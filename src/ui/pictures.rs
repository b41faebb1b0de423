//! The hair-loss pattern pictures: the head seen from above, forehead and nose at the top,
//! ears at the sides, drawn by us as on Norwood (men) and Ludwig (women) charts. Hair is
//! drawn as follicle dots, so thinning shows as density: dense, sparse, or bare skin over
//! the hairline, temples, mid-scalp and crown. One outline, drawn once for every picture.
//! Decorative (`aria-hidden`): each choice has its text label.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::domain::quiz::answers::HairLossPattern;

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

const SVG: &str = "http://www.w3.org/2000/svg";

/// The face seen from the front (ears, face, brows, eyes, nose, lips): each shape's class
/// and path, back to front.
const FACE: [(&str, &str); 6] = [
    ("skin outline", EARS),
    (
        "skin outline",
        "M50 18A34 46 0 0 1 50 110A34 46 0 0 1 50 18Z",
    ),
    ("feature", "M27 50q8-6 16 0M57 50q8-6 16 0"),
    (
        "eye",
        "M30 60q5-4 10 0q-5 4-10 0ZM60 60q5-4 10 0q-5 4-10 0Z",
    ),
    ("feature thin-line", "M50 62v16h-5"),
    ("lips", "M38 90q12 8 24 0q-12-6-24 0Z"),
];

/// A scar across the back of the head and a birthmark on top.
const SCAR: [(&str, &str); 2] = [
    ("scar", "M32 77Q50 85 68 77"),
    ("mark", "M56 44A6 4 0 0 1 68 44A6 4 0 0 1 56 44Z"),
];

/// One picture as elements of the page: its shapes back to front.
fn draw(document: &web_sys::Document, pattern: HairLossPattern) -> Option<web_sys::Element> {
    let element = |tag: &str, attributes: &[(&str, &str)]| {
        let node = document.create_element_ns(Some(SVG), tag).ok()?;
        for (name, value) in attributes {
            node.set_attribute(name, value).ok()?;
        }
        Some(node)
    };
    let svg = element(
        "svg",
        &[
            ("class", "pattern-picture"),
            ("viewBox", "0 0 100 120"),
            ("aria-hidden", "true"),
            ("focusable", "false"),
        ],
    )?;
    let add = |class: &str, d: &str| {
        let path = element("path", &[("class", class), ("d", d)])?;
        svg.append_child(&path).ok()
    };
    if pattern == HairLossPattern::OtherArea {
        for (class, d) in FACE {
            add(class, d)?;
        }
        return Some(svg);
    }
    add("skin outline", EARS_NOSE)?;
    add("skin outline", HEAD)?;
    add("hair dense", &dots(pattern, Hair::Dense))?;
    add("hair sparse", &dots(pattern, Hair::Sparse))?;
    if pattern == HairLossPattern::ScarOrBirthmarkOnly {
        for (class, d) in SCAR {
            add(class, d)?;
        }
    }
    Some(svg)
}

/// The pattern pictures of one widget, each drawn once and then moved in and out of the
/// pattern step as the visitor comes and goes. The embed layer has them drawn while the
/// page is idle after the widget's first render, so the Start click does not wait for 44
/// drawn elements (about 1.7 ms at CPU x4 of a 23 ms click, measured beside the floor
/// scripts/bench.sh's Start row compares with). Each widget has its own: an element is in
/// one place at a time. Not rendered through `html!`: an element Yew inserts as a
/// reference stays the same element on every render.
#[derive(Clone)]
pub struct PatternPictures(Rc<RefCell<Option<Drawn>>>);

/// The pictures drawn so far; none once the widget is gone.
type Drawn = Vec<(HairLossPattern, web_sys::Element)>;

impl Default for PatternPictures {
    fn default() -> Self {
        Self(Rc::new(RefCell::new(Some(Vec::new()))))
    }
}

impl PartialEq for PatternPictures {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl PatternPictures {
    /// The picture for `pattern`, drawn now if it was not yet. Decorative (`aria-hidden`):
    /// each choice has its text label.
    pub fn picture(&self, pattern: HairLossPattern) -> Html {
        self.element(pattern)
            .map(|element| Html::VRef(element.into()))
            .unwrap_or_default()
    }

    /// Draws one picture not drawn yet: false when there was none left (or it could not be
    /// drawn, or the widget is gone), so that idle time is used in small pieces.
    pub fn draw_next(&self) -> bool {
        let next = match &*self.0.borrow() {
            Some(drawn) => HairLossPattern::ALL
                .into_iter()
                .find(|pattern| drawn.iter().all(|(p, _)| p != pattern)),
            None => None,
        };
        next.and_then(|pattern| self.element(pattern)).is_some()
    }

    /// The widget is gone: lets its pictures go, and draws no more.
    pub fn forget(&self) {
        self.0.borrow_mut().take();
    }

    fn element(&self, pattern: HairLossPattern) -> Option<web_sys::Element> {
        let kept = self
            .0
            .borrow()
            .iter()
            .flatten()
            .find(|(p, _)| *p == pattern)
            .map(|(_, element)| element.clone());
        if kept.is_some() {
            return kept;
        }
        let document = web_sys::window()?.document()?;
        let element = draw(&document, pattern)?;
        if let Some(drawn) = self.0.borrow_mut().as_mut() {
            drawn.push((pattern, element.clone()));
        }
        Some(element)
    }
}
