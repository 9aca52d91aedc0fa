# Shared by scripts/run and scripts/test: find or install what the build needs.
# Sourced, not run. Debian/Ubuntu get packages with apt-get; elsewhere we say what is missing.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Builds live outside the clone so that repeated runs (and CI on the same machine) are
# incremental and the work tree stays clean.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/navigator/target}"
MIN_RUST="1.89"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@";
  elif command -v sudo >/dev/null 2>&1; then sudo "$@";
  else say "need root for: $*"; return 1; fi
}

APT_UPDATED=""
apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    say "Please install these packages with your system's package manager: ${missing[*]}"
    return 1
  fi
  say "Installing ${missing[*]}"
  if [ -z "$APT_UPDATED" ]; then as_root apt-get update -qq; APT_UPDATED=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# A test that installs a package leaves the system as it found it. remember_package NAME DIR
# notes whether NAME is installed and, if so, rebuilds its .deb from the installed files into
# DIR (dpkg-repack: a .deb installed from a file is in no repository apt could fetch it from
# again). restore_package NAME DIR puts that version back, or removes NAME if there was none.
remember_package() {
  local name="$1" dir="$2"
  dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q "install ok installed" || return 0
  apt_install dpkg-repack
  (cd "$dir" && as_root dpkg-repack "$name" >/dev/null)
  compgen -G "$dir/*.deb" >/dev/null || { say "could not save the installed $name"; return 1; }
}
restore_package() {
  local name="$1" dir="$2" saved
  saved="$(compgen -G "$dir/*.deb" | head -n1 || true)"
  if [ -n "$saved" ]; then
    say "Putting back the $name that was installed before"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --reinstall --allow-downgrades "$saved" >/dev/null
  else
    as_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq "$name" >/dev/null
  fi
}

version_ge() { [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" = "$2" ]; }

ensure_rust() {
  [ -f "$HOME/.cargo/env" ] && . "$HOME/.cargo/env"
  if command -v cargo >/dev/null 2>&1; then
    local v; v="$(rustc --version | awk '{print $2}')"
    if version_ge "$v" "$MIN_RUST"; then return 0; fi
    say "Rust $v is older than $MIN_RUST"
  fi
  if command -v rustup >/dev/null 2>&1; then
    rustup toolchain install stable --profile minimal && rustup default stable
  else
    apt_install curl ca-certificates
    say "Installing Rust with rustup (https://rustup.rs)"
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
    . "$HOME/.cargo/env"
  fi
}

ensure_build_deps() {
  if command -v apt-get >/dev/null 2>&1; then
    apt_install build-essential pkg-config
  fi
  ensure_rust
}

# The desktop app: WebKitGTK and friends, Node.js, the npm packages.
ensure_desktop_deps() {
  ensure_build_deps
  if command -v apt-get >/dev/null 2>&1; then
    apt_install libwebkit2gtk-4.1-dev libxdo-dev libssl-dev librsvg2-dev libayatana-appindicator3-dev file
    # Read aloud: the tts crate builds against libspeechd (bindgen needs libclang); the app
    # speaks through speech-dispatcher with espeak-ng's Mandarin and English voices.
    apt_install libspeechd-dev libclang-dev speech-dispatcher speech-dispatcher-espeak-ng espeak-ng
  fi
  ensure_node
  ensure_npm_packages
}

MIN_NODE="20.19.0"
ensure_node() {
  if ! command -v node >/dev/null 2>&1; then apt_install nodejs npm || true; fi
  local v; v="$(node --version 2>/dev/null | tr -d v || echo 0)"
  if ! version_ge "$v" "$MIN_NODE"; then
    say "Node.js $MIN_NODE or newer is needed for the front-end build (found: ${v:-none})."
    say "Install it from https://nodejs.org/ (or your distribution's backports) and run this again."
    return 1
  fi
}

ensure_npm_packages() {
  # Reinstall only when the lock file changed since the last install.
  local stamp="$ROOT/node_modules/.navigator-lock"
  if [ ! -f "$stamp" ] || ! cmp -s "$ROOT/package-lock.json" "$stamp"; then
    say "Installing the front end's npm packages"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$ROOT/package-lock.json" "$stamp"
  fi
}

# The end-to-end suite: WebKitWebDriver, Xvfb, tauri-driver.
ensure_e2e_deps() {
  ensure_desktop_deps
  if command -v apt-get >/dev/null 2>&1; then
    # python3: the e2e spec of a locked database holds the lock with its sqlite3 module.
    # poppler-utils: the printout spec reads the saved PDF (pdfinfo, pdftotext, pdftoppm).
    apt_install webkit2gtk-driver xvfb xauth x11-utils python3 poppler-utils
  fi
  if ! command -v tauri-driver >/dev/null 2>&1 && [ ! -x "$HOME/.cargo/bin/tauri-driver" ]; then
    say "Installing tauri-driver (takes a couple of minutes once)"
    cargo install tauri-driver --locked --quiet
  fi
}

# Builds the desktop app with the front end embedded (a debug build: quicker to build, and the
# end-to-end tests drive the same binary). Prints nothing on success.
build_desktop() {
  say "Building the desktop app (the first build takes about ten minutes)"
  # TAURI_APP_PATH: the app, not the empty benchmark app that also has a tauri.conf.json.
  (cd "$ROOT" && TAURI_APP_PATH=src-tauri npx tauri build --debug --no-bundle --ci >/dev/null)
}
