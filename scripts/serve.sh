#!/usr/bin/env bash
# README command 1: installs what is missing, builds, serves the demo clinic page on
# http://127.0.0.1:8080 (PORT to change it).
set -euo pipefail
dir="$(dirname "${BASH_SOURCE[0]}")"
"$dir/setup.sh"
"$dir/build.sh"
. "$dir/env.sh"
exec node "$here/scripts/static-server.mjs" "$here/dist" "${PORT:-8080}"
