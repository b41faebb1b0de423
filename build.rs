//! Minifies `styles/widget.css` into `OUT_DIR` for `include_str!` (see tools/css_minify.rs),
//! and writes the loader's observed attributes from the option registry
//! (`src/domain/config/options/table.rs`, the one list of options) for `scripts/post-build.mjs`.

#[path = "tools/css_minify.rs"]
mod css_minify;

use std::path::{Path, PathBuf};

/// The registry's table, read for what the loader needs: each option's attribute, and
/// whether a change after mount is applied (the loader observes exactly those).
macro_rules! registry {
    ($(
        $(#[$meta:meta])*
        $id:ident $name:ident $(: $wire:ty)? {
            attribute: $attribute:expr,
            value_type: $value_type:literal,
            default: $default:literal,
            live: $live:literal,
            from_config_src: $from_config_src:literal $(,)?
        }
    )*) => {
        [$( ($attribute, $live) ),*]
    };
}

/// `["clinic","phone",…]`: the attributes of the options applied live, in registry order.
fn observed_attributes() -> String {
    let options: &[(Option<&str>, bool)] = &include!("src/domain/config/options/table.rs");
    let names: Vec<String> = options
        .iter()
        .filter(|(_, live)| *live)
        .filter_map(|(attribute, _)| attribute.map(|a| format!("\"{a}\"")))
        .collect();
    format!("[{}]\n", names.join(","))
}

/// Where `scripts/post-build.mjs` finds the list: beside the build's output for this
/// target and profile (`<target dir>/<triple>/<profile>/`), which `OUT_DIR` lies under.
fn profile_dir(out: &Path) -> Option<PathBuf> {
    // OUT_DIR is <target dir>/[<triple>/]<profile>/build/<package>-<hash>/out.
    Some(out.parent()?.parent()?.parent()?.to_path_buf())
}

fn main() {
    println!("cargo:rerun-if-changed=styles/widget.css");
    println!("cargo:rerun-if-changed=tools/css_minify.rs");
    println!("cargo:rerun-if-changed=src/domain/config/options/table.rs");
    let source =
        std::fs::read_to_string("styles/widget.css").expect("styles/widget.css is readable");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("widget.min.css"), css_minify::minify_css(&source))
        .expect("OUT_DIR is writable");
    let observed = observed_attributes();
    std::fs::write(out.join("observed-attributes.json"), &observed).expect("OUT_DIR is writable");
    let profile = profile_dir(&out).expect("OUT_DIR lies under the profile's directory");
    std::fs::write(profile.join("smp-observed-attributes.json"), observed)
        .expect("the profile's directory is writable");
}
