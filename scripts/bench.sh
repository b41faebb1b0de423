#!/usr/bin/env bash
# The benchmark (not part of the test command): builds the widget and the Yew counter
# baseline with the same profile and tools, then prints sizes and Chromium timings beside
# their budgets (issue 18). RUNS=9 by default.
#
# BENCH_DIST: where the widget is built and served from (default dist, as scripts/build.sh
# builds it); point it elsewhere (e.g. BENCH_DIST=/tmp/dist-bench) to leave dist/ alone.
# The counter goes to bench/baseline/dist, or to "$BENCH_DIST-baseline" when BENCH_DIST is
# set. BENCH_NO_BUILD=1 measures what is already built there; BENCH_DEBUG=1 also prints every
# load's figures (stderr).
set -euo pipefail
dir="$(dirname "${BASH_SOURCE[0]}")"
"$dir/setup.sh"
. "$dir/env.sh"
cd "$here"
dist="${BENCH_DIST:-dist}"
if [ -n "${BENCH_DIST:-}" ]; then
  baseline_dist="${BENCH_BASELINE_DIST:-$BENCH_DIST-baseline}"
else
  baseline_dist="${BENCH_BASELINE_DIST:-bench/baseline/dist}"
fi
# Trunk takes the output folder relative to the crate it builds.
abs() { case "$1" in /*) echo "$1" ;; *) echo "$here/$1" ;; esac; }
dist="$(abs "$dist")"
baseline_dist="$(abs "$baseline_dist")"
if [ -z "${BENCH_NO_BUILD:-}" ]; then
  if [ "$dist" = "$here/dist" ]; then
    "$dir/build.sh"
  else
    quietly trunk build --release --offline --dist "$dist"
    test -s "$dist/smp-widget/v1/smp-widget_bg.wasm" || { echo "bench: no wasm in $dist" >&2; exit 1; }
  fi
  (cd "$here/bench/baseline" && quietly trunk build --release --offline --dist "$baseline_dist")
fi
BENCH_DIST="$dist" BENCH_BASELINE_DIST="$baseline_dist" node "$here/bench/bench.mjs"
