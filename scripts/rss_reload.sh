#!/usr/bin/env bash
# Resident memory of a serving process across 10 `maillage index` rebuilds
# (release build; run from the repository root after `cargo build --release`;
# FRESH=1 for a server that builds its own index at start).
set -euo pipefail
BIN=${BIN:-target/release/maillage}
IDX=$(mktemp -d)
# FRESH=1: the server builds its own index at start (the default path of a
# fresh checkout); otherwise `maillage index` builds it first.
[ "${FRESH:-0}" = 1 ] || $BIN index --index "$IDX" >/dev/null 2>&1
$BIN serve --index "$IDX" --addr 127.0.0.1:8093 >/dev/null 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null' EXIT
until curl -sf http://127.0.0.1:8093/readyz >/dev/null; do sleep 0.05; done
# Total, heap (anonymous) and mapped index files, in MB.
rss() { awk '/^(VmRSS|RssAnon|RssFile):/ {printf "%s %d MB  ", $1, $2/1024}' /proc/$PID/status; }
touch_pages() { for u in /commune/01034 /commune/75111 "/api/v1/resources?commune=59392" "/api/hsds/services?per_page=5"; do curl -s "http://127.0.0.1:8093$u" >/dev/null; done; }
touch_pages; sleep 1
echo "after first load: $(rss)"
for i in $(seq 1 10); do
  G0=$(cat "$IDX/CURRENT")
  $BIN index --index "$IDX" >/dev/null 2>&1
  while [ "$(curl -s http://127.0.0.1:8093/readyz)" = "" ]; do sleep 0.1; done
  sleep 4; touch_pages; sleep 2
  echo "after reload $i: $(rss)"
done
