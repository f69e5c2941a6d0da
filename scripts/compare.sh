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
# Waited for, so a next run never finds these still holding the ports.
trap 'kill $p1 $p2 2>/dev/null; wait $p1 $p2 2>/dev/null; rm -rf "$work"' EXIT
[ -n "$list" ] || { python3 scripts/compare-urls.py > "$work/urls"; list="$work/urls"; }
"$1" serve --addr 127.0.0.1:18081 --workers 1 >/dev/null 2>&1 & p1=$!
"$2" serve --addr 127.0.0.1:18082 --workers 1 >/dev/null 2>&1 & p2=$!
for _ in $(seq 120); do curl -sf -o /dev/null 127.0.0.1:18081/readyz && curl -sf -o /dev/null 127.0.0.1:18082/readyz && break; sleep 1; done
kill -0 $p1 && kill -0 $p2 || { echo "a server did not start (ports 18081, 18082 taken?)"; exit 1; }
# One kept-alive connection per side: 35,000 communes compare in a minute.
python3 - "$list" <<'PY'
import http.client, sys
skip = {"date", "etag", "last-modified"}
sides = [http.client.HTTPConnection("127.0.0.1", port) for port in (18081, 18082)]
def get(c, u):
    c.request("GET", u)
    r = c.getresponse()
    body = r.read()
    heads = sorted((k.lower(), v) for k, v in r.getheaders() if k.lower() not in skip)
    return r.status, heads, body
n = diffs = 0
for u in open(sys.argv[1]).read().split():
    n += 1
    old, new = (get(c, u) for c in sides)
    if old != new:
        print("DIFF", u)
        diffs += 1
print(f"compared {n} urls, {diffs} differ")
PY
