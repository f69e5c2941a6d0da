#!/usr/bin/env bash
# Two builds side by side on one index: every URL of a list fetched from both,
# bodies and headers (sorted; less Date, ETag, Last-Modified) compared. How a
# refactor proves it changed no page. Usage:
#   scripts/compare.sh OLD_BIN NEW_BIN [URL_LIST]   (default list: scripts/compare-urls.py)
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
export MAILLAGE_API_RATE=1000000000 MAILLAGE_LOG=warn
list=${3:-}
work=$(mktemp -d)
trap 'kill $p1 $p2 2>/dev/null; rm -rf "$work"' EXIT
[ -n "$list" ] || { python3 scripts/compare-urls.py > "$work/urls"; list="$work/urls"; }
mkdir -p "$work/old" "$work/new"
"$1" serve --addr 127.0.0.1:18081 --workers 1 >/dev/null 2>&1 & p1=$!
"$2" serve --addr 127.0.0.1:18082 --workers 1 >/dev/null 2>&1 & p2=$!
for _ in $(seq 120); do curl -sf -o /dev/null 127.0.0.1:18081/readyz && curl -sf -o /dev/null 127.0.0.1:18082/readyz && break; sleep 1; done
i=0; diffs=0
while read -r u; do
  i=$((i+1))
  for side in old new; do
    port=$([ $side = old ] && echo 18081 || echo 18082)
    curl -s -D "$work/$side/$i.h" -o "$work/$side/$i" "http://127.0.0.1:$port$u"
    grep -vi '^date:\|^etag:\|^last-modified' "$work/$side/$i.h" | tr -d '\r' | sort > "$work/$side/$i.hh"
  done
  if ! cmp -s "$work/old/$i" "$work/new/$i" || ! cmp -s "$work/old/$i.hh" "$work/new/$i.hh"; then echo "DIFF $u"; diffs=$((diffs+1)); fi
done < "$list"
echo "compared $i urls, $diffs differ"
