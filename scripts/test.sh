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
step "release build"
"$dir/build.sh"
step "test build with test hooks (dist-hooks/, for the panic test only)"
"$dir/build-test-hooks.sh"
step "size budget (tools/budgets.json)"
node scripts/sizes.mjs --check
# The memory counts of REL-4 (200 mount/unmount cycles) depend on when the browser gets to
# collect garbage: that suite runs first, alone (six suites at once on a loaded machine once
# grew wasm memory by one page more).
step "end-to-end: the memory suite alone (e2e/lifecycle.test.mjs)"
node --test e2e/lifecycle.test.mjs
# Then the native and wasm-bindgen tests run beside the other end-to-end suites, which
# mostly wait on browsers, servers and pages: one by one they kept a 2-core machine far
# from busy (523 s of suites; 4 at a time in 348 s, same results). Each suite has its own
# servers on free ports, its own browser and temp folders, so E2E_CONCURRENCY of them run at
# once (2 by default; 1 runs them one by one). At 4, beside the native tests' compile and five
# suites each starting a WordPress, a machine this size flaked timing checks now and then (a
# 0.00002 layout shift, a 30 s editor wait): 2 keeps most of the gain and none of that.
concurrency="${E2E_CONCURRENCY:-2}"
step "native tests, wasm-bindgen tests (headless Chromium) and the other end-to-end suites ($concurrency at a time)"
unit_log="$(mktemp)"
(
  set -euo pipefail
  start=$SECONDS
  echo "==> native tests (domain)"
  cargo test --quiet
  echo "==> wasm-bindgen tests (components, headless Chromium)"
  cargo test --target wasm32-unknown-unknown
  echo "==> native and wasm-bindgen tests took $((SECONDS - start))s"
) > "$unit_log" 2>&1 &
unit=$!
e2e_status=0
# Largest suite files first (the longest suites, as it happens): none then starts last and
# runs on alone.
mapfile -t suites < <(ls -S e2e/*.test.mjs | grep -vx e2e/lifecycle.test.mjs)
node --test --test-concurrency="$concurrency" "${suites[@]}" || e2e_status=$?
unit_status=0
wait "$unit" || unit_status=$?
cat "$unit_log"
rm -f "$unit_log"
if [ "$unit_status" -ne 0 ]; then echo "native or wasm-bindgen tests failed (above)" >&2; fi
if [ "$e2e_status" -ne 0 ]; then echo "end-to-end tests failed (above)" >&2; fi
[ "$unit_status" -eq 0 ] && [ "$e2e_status" -eq 0 ]
