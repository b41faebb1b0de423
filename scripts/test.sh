#!/usr/bin/env bash
# README command 2: installs what is missing, then runs every check and test:
# format, lints, native tests, wasm component tests in headless Chromium, the release
# build, and the end-to-end tests in headless Chromium against the built files.
set -euo pipefail
dir="$(dirname "${BASH_SOURCE[0]}")"
"$dir/setup.sh"
. "$dir/env.sh"
cd "$here"

# Each step's wall time, printed at the end (and after a failure): where the time goes.
times=()
current=""
started=$SECONDS
step_done() {
  [ -z "$current" ] || times+=("$(printf '%4ds  %s' $((SECONDS - started)) "$current")")
}
step() {
  step_done
  current="$*"
  started=$SECONDS
  printf '\n==> %s\n' "$*"
}
report() {
  step_done
  current=""
  printf '\n==> time per step\n'
  printf '%s\n' "${times[@]}"
  printf '%4ds  total\n' "$SECONDS"
}
trap report EXIT

step "vendor/yew is the registry's yew 0.23.0 plus its patch, nothing else"
"$dir/check-vendor.sh"
step "cargo fmt --check"
cargo fmt --all -- --check
step "cargo clippy (native and wasm32)"
cargo clippy --all-targets --quiet -- -D warnings
cargo clippy --all-targets --quiet --target wasm32-unknown-unknown -- -D warnings
step "native tests (domain)"
cargo test --quiet
step "wasm-bindgen tests (components, headless Chromium)"
cargo test --target wasm32-unknown-unknown
step "release build"
"$dir/build.sh"
step "test build with test hooks (dist-hooks/, for the panic test only)"
"$dir/build-test-hooks.sh"
step "size budget (tools/budgets.json)"
node scripts/sizes.mjs --check
step "end-to-end tests (headless Chromium, built files, two origins)"
node --test --test-concurrency=1 e2e/*.test.mjs
