#!/usr/bin/env bash
# The README's test command: installs what the tests need on a fresh machine
# (Debian's chromium, nginx and poppler-utils for measuring printed PDFs, schemathesis, the browser-test npm packages, cargo-deny),
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
# cargo-deny from crates.io (about five minutes to build on two cores, once).
command -v cargo-deny >/dev/null 2>&1 || cargo install --locked --quiet cargo-deny@0.20.2
cargo deny check licenses bans sources
# Advisories need RustSec's database: the stored copy in ../shared/advisory-db
# (a git bundle; these machines cannot reach GitHub), else a fetch.
db_dir="${CARGO_HOME:-$HOME/.cargo}/advisory-dbs/advisory-db-3157b0e258782691"
bundle="../shared/advisory-db/advisory-db.bundle"
if [ -f "$bundle" ] && [ ! -d "$db_dir/crates" ]; then
  mkdir -p "$(dirname "$db_dir")"
  rm -rf "$db_dir"
  git -c init.defaultBranch=main -c advice.detachedHead=false clone -q "$bundle" "$db_dir"
fi
if [ -d "$db_dir/crates" ]; then
  echo "cargo deny: advisories from the stored RustSec database of $(git -C "$db_dir" log -1 --format=%cs)"
  cargo deny --offline check advisories
elif timeout 20 git ls-remote https://github.com/RustSec/advisory-db HEAD >/dev/null 2>&1; then
  cargo deny check advisories
else
  echo "cargo deny: advisories SKIPPED — no stored RustSec database and github.com is unreachable from this machine" >&2
fi

exec cargo test "$@"
