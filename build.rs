//! Minifies `styles/widget.css` into `OUT_DIR` for `include_str!` (see tools/css_minify.rs).

#[path = "tools/css_minify.rs"]
mod css_minify;

fn main() {
    println!("cargo:rerun-if-changed=styles/widget.css");
    println!("cargo:rerun-if-changed=tools/css_minify.rs");
    let source =
        std::fs::read_to_string("styles/widget.css").expect("styles/widget.css is readable");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(
        std::path::Path::new(&out).join("widget.min.css"),
        css_minify::minify_css(&source),
    )
    .expect("OUT_DIR is writable");
}
