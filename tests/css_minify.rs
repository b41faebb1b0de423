//! The build's CSS minifier (tools/css_minify.rs) drops only what cannot change meaning.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../tools/css_minify.rs"]
mod css_minify;

use css_minify::minify_css;

#[test]
fn drops_comments_space_and_last_semicolons() {
    assert_eq!(
        minify_css("/* why */\n.a ,\n.b > .c {\n  color : red ;\n  margin: 0 auto;\n}\n"),
        ".a,.b>.c{color :red;margin:0 auto}"
    );
}

#[test]
fn keeps_the_space_that_carries_meaning() {
    for (css, kept) in [
        (".a :hover{x:y}", ".a :hover"),
        (
            "@media (max-width: 480px) and (hover: none) {a{b:c}}",
            "@media (max-width:480px) and (hover:none){",
        ),
        (".a{width:calc(100% - 2px)}", "calc(100% - 2px)"),
        (".a .b{x:y}", ".a .b{"),
        (".a{font:600 16px/1.2 system-ui}", "600 16px/1.2 system-ui"),
        (".a{x:y !important}", "y !important"),
        (".a:not(.b) .c{x:y}", ":not(.b) .c{"),
    ] {
        let out = minify_css(css);
        assert!(out.contains(kept), "{css:?} became {out:?}");
    }
}

#[test]
fn copies_quoted_text_untouched() {
    assert_eq!(
        minify_css(r#".a{font-family:"Segoe  UI", 'x /* y */'}"#),
        r#".a{font-family:"Segoe  UI",'x /* y */'}"#
    );
}
