# Sourced by the scripts: tool versions and the PATH to the project's tools.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../tools/versions.env
. "$here/tools/versions.env"
export PATH="$SMP_TOOLS_DIR/bin:$SMP_TOOLS_DIR/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export TRUNK_OFFLINE=true
# Runs a command with its blank and INFO lines left out; its exit status is the command's
# (the filter never fails the pipeline, the command always can, under pipefail).
quietly() {
  "$@" 2>&1 | { grep -vE '^\s*$|INFO' || true; }
}
