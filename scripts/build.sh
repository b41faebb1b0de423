#!/usr/bin/env bash
# Release build of the widget into dist/ (dist/smp-widget/v1/: loader.js, glue, wasm).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$here"
quietly trunk build --release --offline
test -s dist/smp-widget/v1/smp-widget_bg.wasm || { echo "build: no wasm in dist/" >&2; exit 1; }
