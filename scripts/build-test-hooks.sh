#!/usr/bin/env bash
# The test build: the widget with its test hooks (`--features test-hooks`), unoptimised,
# into dist-hooks/ for the end-to-end panic test. Never shipped: scripts/build.sh makes the
# release in dist/ without them.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$here"
quietly trunk build --offline --dist dist-hooks e2e/hooks-build/index.html
test -s dist-hooks/smp-widget/v1/smp-widget_bg.wasm || { echo "build-test-hooks: no wasm in dist-hooks/" >&2; exit 1; }
