#!/usr/bin/env bash
# Release command (not part of the test command): builds the widget, then writes release/:
#   smp-widget-<version>.tgz   the npm package public CDNs (jsDelivr, unpkg) serve
#   smp-widget-<version>.zip   the self-host files under smp-widget/<version>/ with server rules
#   SHA256SUMS                 for both (check with: cd release && sha256sum -c SHA256SUMS)
# The version is Cargo.toml's. Same commit, same bytes: run it twice and compare.
#   --no-build   package the dist/ already built instead of building first
set -euo pipefail
dir="$(dirname "${BASH_SOURCE[0]}")"
build=1
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    *) echo "usage: scripts/release.sh [--no-build]" >&2; exit 2 ;;
  esac
done
if [ "$build" = 1 ]; then
  "$dir/setup.sh"
  "$dir/build.sh"
fi
. "$dir/env.sh"
cd "$here"
node packaging/release.mjs --dist dist --out release
