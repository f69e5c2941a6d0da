#!/usr/bin/env bash
# The README's test command: installs what the tests need on a fresh machine
# (Debian's chromium, nginx and poppler-utils for measuring printed PDFs, schemathesis, the browser-test npm packages),
# then runs the whole suite. `.ci/run` runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi
python3 -m pip install --quiet --disable-pip-version-check "schemathesis==4.32.5"
if [ -f tests/browser/package.json ]; then
  (cd tests/browser && npm ci --no-audit --no-fund --silent)
fi

# The house rules: formatting, lints, licences.
cargo fmt --check
cargo clippy --all-targets -- -D warnings
if command -v cargo-deny >/dev/null 2>&1; then
  # Advisories need the database from GitHub, which CI machines cannot reach.
  cargo deny check licenses bans sources
else
  echo "cargo-deny is not installed: licence check skipped (cargo install --locked cargo-deny)" >&2
fi

exec cargo test "$@"
