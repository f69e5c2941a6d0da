#!/usr/bin/env bash
# The README's test command: installs what the tests need on a fresh machine
# (Debian's chromium, schemathesis, the browser-test npm packages), then runs
# the whole suite. `.ci/run` runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

if ! command -v chromium >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
python3 -m pip install --quiet --disable-pip-version-check "schemathesis==4.32.5"
if [ -f tests/browser/package.json ]; then
  (cd tests/browser && npm ci --no-audit --no-fund --silent)
fi

exec cargo test "$@"
