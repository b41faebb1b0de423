#!/usr/bin/env bash
# The benchmark (not part of the test command): builds the widget and the Yew counter
# baseline with the same profile and tools, then prints sizes and Chromium timings.
# RUNS=9 by default.
set -euo pipefail
dir="$(dirname "${BASH_SOURCE[0]}")"
"$dir/setup.sh"
"$dir/build.sh"
. "$dir/env.sh"
(cd "$here/bench/baseline" && trunk build --release --offline 2>&1 | grep -vE '^\s*$|INFO' || true)
node "$here/bench/bench.mjs"
