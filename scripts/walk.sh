#!/usr/bin/env bash
# Every commune's page drawn once, as most visits are: a release server
# started fresh for each run (an empty page cache), wrk walking all the
# communes in a shuffled order, each requested once (threads take disjoint
# slices). Prints one connection's p50/p99 and 32 connections' pages/s
# beside /healthz's.
#   scripts/walk.sh            LATENCY_SECS=10 LOAD_SECS=3
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
PORT=${PORT:-18090}
LATENCY_SECS=${LATENCY_SECS:-10}
LOAD_SECS=${LOAD_SECS:-3}
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
[ -n "${NO_BUILD:-}" ] || cargo build --release --quiet
bin="${BIN:-$here/target/release/maillage}"
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
"$bin" index --data data --index "$work/index" >/dev/null 2>&1

zcat data/communes.jsonl.gz | python3 -c '
import json, random, sys
codes = [json.loads(l)["insee"] for l in sys.stdin]
random.seed(11)
random.shuffle(codes)
print("\n".join(codes))' > "$work/communes.txt"
cat > "$work/walk.lua" <<LUA
local codes = {}
for line in io.lines("$work/communes.txt") do codes[#codes + 1] = line end
local counter = 0
function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end
function init(args)
  step = tonumber(os.getenv("THREADS") or "1")
  i = 0
end
request = function()
  local at = (id + i * step) % #codes + 1
  i = i + 1
  return wrk.format("GET", "/commune/" .. codes[at])
end
LUA

start() {
  MAILLAGE_API_RATE=1000000000 MAILLAGE_LOG=warn "$bin" serve --addr "127.0.0.1:$PORT" --data data --index "$work/index" --workers 2 &
  pid=$!
  until curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null; do sleep 0.05; done
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }

echo "communes: $(wc -l < "$work/communes.txt")"
start
echo "== one connection, ${LATENCY_SECS}s, each commune once"
THREADS=1 wrk -t1 -c1 -d"${LATENCY_SECS}s" --latency -s "$work/walk.lua" "http://127.0.0.1:$PORT" | grep -E "Requests/sec|Non-2xx|50%|90%|99%|requests in"
stop
start
echo "== 32 connections, ${LOAD_SECS}s, each commune once"
THREADS=2 wrk -t2 -c32 -d"${LOAD_SECS}s" --latency -s "$work/walk.lua" "http://127.0.0.1:$PORT" | grep -E "Requests/sec|Non-2xx|50%|99%|requests in"
echo "== /healthz, 32 connections, ${LOAD_SECS}s"
wrk -t2 -c32 -d"${LOAD_SECS}s" "http://127.0.0.1:$PORT/healthz" | grep -E "Requests/sec"
stop
