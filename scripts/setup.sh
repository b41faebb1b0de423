#!/usr/bin/env bash
# Installs what a fresh machine lacks; idempotent (each step checks first). Only package
# registries are used: crates.io, npm, Debian apt.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../tools/versions.env
. "$here/tools/versions.env"
mkdir -p "$SMP_TOOLS_DIR/bin"
export PATH="$SMP_TOOLS_DIR/bin:$SMP_TOOLS_DIR/node_modules/.bin:$PATH"

log() { printf '[setup] %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
if ! rustup component list --installed 2>/dev/null | grep -q '^clippy'; then rustup component add clippy; fi
if ! rustup component list --installed 2>/dev/null | grep -q '^rustfmt'; then rustup component add rustfmt; fi

apt_pkgs=()
command -v chromium >/dev/null 2>&1 || apt_pkgs+=(chromium)
command -v chromedriver >/dev/null 2>&1 || apt_pkgs+=(chromium-driver)
command -v brotli >/dev/null 2>&1 || apt_pkgs+=(brotli)
# The printed summary's end-to-end test (e2e/plan.test.mjs) counts its PDF's pages and reads
# its text (pdfinfo, pdftotext) and turns the page into a picture (pdftoppm).
command -v pdfinfo >/dev/null 2>&1 || apt_pkgs+=(poppler-utils)
# The WordPress plugin's translations: xgettext makes its .pot, msgfmt its .mo (both checked
# against the sources by e2e/wordpress-i18n.test.mjs).
command -v xgettext >/dev/null 2>&1 || apt_pkgs+=(gettext)
# Firefox ESR and WebKitGTK (Safari's engine family) for the cross-engine tests (REL-1).
[ -x /usr/lib/firefox-esr/firefox-esr ] || apt_pkgs+=(firefox-esr)
command -v WebKitWebDriver >/dev/null 2>&1 || apt_pkgs+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null 2>&1 || apt_pkgs+=(xvfb xauth)
# Debian's Apache httpd, binary and modules only (no service, no config): the self-host
# zip's test starts it on a loopback port with its own config.
[ -x /usr/sbin/apache2 ] || apt_pkgs+=(apache2-bin)
# Debian's nginx, for the same test with the zip's nginx block (issue 28); the test starts
# it on a loopback port with a config of its own (e2e/lib/nginx.mjs), never the service.
[ -x /usr/sbin/nginx ] || apt_pkgs+=(nginx-light)
# The WordPress plugin's test (e2e/wordpress.test.mjs): Debian's WordPress 6.1 and its default
# theme, MariaDB, PHP 8.2 with Apache's mod_php. The test starts its own servers on loopback
# (no system service is started or used).
for pkg in wordpress wordpress-theme-twentytwentythree mariadb-server libapache2-mod-php \
    php-cli php-mysql php-xml php-mbstring php-curl php-gd php-intl; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed' || apt_pkgs+=("$pkg")
done
if [ ${#apt_pkgs[@]} -gt 0 ]; then
  log "apt-get install ${apt_pkgs[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${apt_pkgs[@]}" >/dev/null
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  log "cargo install trunk $TRUNK_VERSION (about 12 minutes cold)"
  cargo install --locked --root "$SMP_TOOLS_DIR" trunk --version "$TRUNK_VERSION"
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  # Not --locked: the CLI's lockfile names a crate version the registry no longer has.
  log "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo install --root "$SMP_TOOLS_DIR" wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi
if [ "$(geckodriver --version 2>/dev/null | head -n 1)" != "geckodriver $GECKODRIVER_VERSION" ]; then
  log "cargo install geckodriver $GECKODRIVER_VERSION (about 3 minutes)"
  cargo install --locked --root "$SMP_TOOLS_DIR" geckodriver --version "$GECKODRIVER_VERSION"
fi
if ! wasm-opt --version 2>/dev/null | grep -q "version $BINARYEN_VERSION"; then
  # Debian's binaryen and the crates.io wasm-opt are too old for current rustc output.
  log "npm install binaryen@$BINARYEN_VERSION"
  npm install --silent --no-audit --no-fund --prefix "$SMP_TOOLS_DIR" "binaryen@$BINARYEN_VERSION"
fi

if [ ! -d "$here/node_modules" ] || [ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]; then
  log "npm ci (test packages)"
  (cd "$here" && npm ci --silent --no-audit --no-fund)
fi

log "cargo fetch"
(cd "$here" && cargo fetch --quiet)
log "ready"
