#!/usr/bin/env bash
# Part of the test command: vendor/yew must be crates.io's yew 0.23.0 plus exactly
# vendor/yew-0.23.0-drop-root-listeners.patch (the patch as it would be sent upstream), and
# vendor/yew/PATCHED.md must quote that same diff. Any other difference fails.
# The pristine crate comes from Cargo's own cache (checked against the registry's checksum
# when Cargo downloaded it); on a machine that has never fetched it, Cargo fetches it once
# through a throwaway manifest.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$here"
patch_file=vendor/yew-0.23.0-drop-root-listeners.patch
shopt -s nullglob
cache() { crates=("${CARGO_HOME:-$HOME/.cargo}"/registry/cache/*/yew-0.23.0.crate); }
cache
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
if [ ${#crates[@]} -eq 0 ]; then
  mkdir -p "$tmp/fetch/src"
  : > "$tmp/fetch/src/lib.rs"
  printf '%s\n' '[package]' 'name = "yew-pristine"' 'version = "0.0.0"' 'edition = "2021"' \
    'publish = false' '[dependencies]' 'yew = { version = "=0.23.0", default-features = false }' \
    > "$tmp/fetch/Cargo.toml"
  # The widget's lock file, so yew's dependencies resolve to the versions already fetched.
  cp Cargo.lock "$tmp/fetch/"
  (cd "$tmp/fetch" && cargo fetch --quiet)
  cache
fi
[ ${#crates[@]} -gt 0 ] || { echo "check-vendor: yew-0.23.0.crate not in Cargo's cache" >&2; exit 1; }
tar xzf "${crates[0]}" -C "$tmp"
patch -p3 --fuzz=0 --no-backup-if-mismatch --quiet -d "$tmp/yew-0.23.0" < "$patch_file"
if ! diff -r -x PATCHED.md "$tmp/yew-0.23.0" vendor/yew; then
  echo "check-vendor: vendor/yew is not yew 0.23.0 plus $patch_file (differences above)" >&2
  exit 1
fi
if ! diff <(sed -n '/^```diff$/,/^```$/p' vendor/yew/PATCHED.md | sed '1d;$d') \
  <(sed -n '/^--- a\//,$p' "$patch_file"); then
  echo "check-vendor: vendor/yew/PATCHED.md's diff is not $patch_file's (differences above)" >&2
  exit 1
fi
echo "vendor/yew: yew 0.23.0 plus $patch_file, nothing else"
