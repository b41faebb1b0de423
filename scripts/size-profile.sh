#!/usr/bin/env bash
# Where the wasm's bytes go: the widget built as the release builds it (the same cargo
# profile, wasm-bindgen target and wasm-opt passes as index.html gives Trunk), but keeping
# the function names (wasm-opt -g), then profiled by twiggy (installed on first use from
# crates.io): the largest functions, what keeps them in (dominators), and every function's
# bytes summed by crate and by this crate's module. Not part of the test command.
#
#   scripts/size-profile.sh            # the report on stdout
#   TOP=60 scripts/size-profile.sh     # more rows
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$here"

TWIGGY_VERSION=0.8.0
if ! twiggy --version 2>/dev/null | grep -qx "twiggy-opt $TWIGGY_VERSION"; then
  echo "size-profile: cargo install twiggy $TWIGGY_VERSION (about 2 minutes, once)" >&2
  cargo install --locked --quiet --root "$SMP_TOOLS_DIR" twiggy --version "$TWIGGY_VERSION"
fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cargo build --quiet --release --target wasm32-unknown-unknown --bin smp-widget
wasm-bindgen --target no-modules --out-dir "$out" --out-name smp-widget \
  target/wasm32-unknown-unknown/release/smp-widget.wasm
# index.html's passes, plus -g: the names stay, so the profile names what ships.
wasm-opt -Oz --converge --strip-producers --strip-target-features \
  --one-caller-inline-max-function-size=2000 -g \
  "$out/smp-widget_bg.wasm" -o "$out/profile.wasm"

top="${TOP:-30}"
echo "== the largest functions and data (twiggy top -n $top; the names subsection exists only in this profile build)"
twiggy top -n "$top" "$out/profile.wasm"
echo
echo "== what keeps the bytes in (twiggy dominators, depth 3)"
twiggy dominators -d 3 -r "$top" "$out/profile.wasm"
echo
twiggy top -f json "$out/profile.wasm" > "$out/items.json"
node scripts/size-profile.mjs "$out/items.json"
