//! The hair-loss pattern pictures: a head seen from above, forehead at the top, drawn by us.
//! Decorative (`aria-hidden`): each choice also has a text label.

use yew::prelude::*;

use crate::domain::answers::HairLossPattern;

/// A plain function, not a component: eight of these render on the pattern step, and
/// components cost wasm bytes and render time that a picture without state does not need.
pub fn pattern_picture(pattern: HairLossPattern) -> Html {
    let skin = |cx: &'static str, cy: &'static str, rx: &'static str, ry: &'static str| {
        html! { <ellipse class="skin" {cx} {cy} {rx} {ry} /> }
    };
    let thin = |cx: &'static str, cy: &'static str, rx: &'static str, ry: &'static str| {
        html! { <ellipse class="thin" {cx} {cy} {rx} {ry} /> }
    };
    let temples =
        |r: &'static str| html! { <>{ skin("19", "14", r, r) }{ skin("41", "14", r, r) }</> };
    let marks = match pattern {
        HairLossPattern::RecedingHairline => temples("7"),
        HairLossPattern::CrownThinning => skin("30", "50", "8", "8"),
        HairLossPattern::HairlineAndCrown => {
            html! { <>{ temples("9") }{ skin("30", "48", "10", "11") }</> }
        }
        HairLossPattern::NearCompleteLoss => skin("30", "33", "19", "24"),
        HairLossPattern::WideningPart => {
            html! { <>{ thin("30", "30", "7", "18") }{ skin("30", "30", "2.5", "17") }</> }
        }
        HairLossPattern::DiffuseThinning => thin("30", "33", "16", "21"),
        HairLossPattern::ScarOrBirthmarkOnly => html! {
            <>
                <path class="scar" d="M16 44 q7 -4 14 0 t14 0" />
                { skin("38", "22", "4", "3") }
            </>
        },
        HairLossPattern::OtherArea => {
            return html! {
                <svg class="pattern-picture" viewBox="0 0 60 72" aria-hidden="true" focusable="false">
                    <ellipse class="skin outline" cx="30" cy="36" rx="21" ry="28" />
                    <path class="feature" d="M16 28 q6 -4 11 0 M33 28 q5 -4 11 0" />
                    <path class="feature" d="M22 52 q8 5 16 0 q-8 -3 -16 0" />
                </svg>
            };
        }
    };
    html! {
        <svg class="pattern-picture" viewBox="0 0 60 72" aria-hidden="true" focusable="false">
            <ellipse class="skin outline" cx="30" cy="36" rx="23" ry="30" />
            <ellipse class="hair" cx="30" cy="37" rx="21" ry="28" />
            { marks }
        </svg>
    }
}
