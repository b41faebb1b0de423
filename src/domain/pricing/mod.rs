//! What a treatment costs (`docs/content.md` §3, or the clinic's own prices) and the
//! treatment plan as dated steps (§2).

pub mod estimate;
pub mod plan;
pub mod prices;
