#!/usr/bin/env bash
# Load test on this machine, against one release server on loopback:
# /healthz, /commune/{insee} and /api/v1/resources?commune=… over a mix of
# communes, in one session, without and with gzip. Prints requests/s, p50/p99 and the ratio of each
# route to /healthz; cold start, resident memory and gzip page weight.
# The machine is shared and noisy: each route is measured ROUNDS times, the
# routes interleaved, and the ratios are medians of the per-round ratios.
#   DURATION=20 CONNECTIONS=32 ROUNDS=3 scripts/load.sh
#   RELOADS=3 DURATION=120 scripts/load.sh   # three index rebuilds mid-run, must show zero errors
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
RELOADS=${RELOADS:-0}
ROUNDS=${ROUNDS:-3}
PORT=${PORT:-18080}

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
cargo build --release --quiet
bin="$here/target/release/maillage"
work=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; [ -f "$work/ngx/nginx.pid" ] && kill "$(cat "$work/ngx/nginx.pid")" 2>/dev/null; rm -rf "$work"' EXIT

echo "== full index build"
/usr/bin/time -f "index build: %e s, max RSS %M KB" "$bin" index --data data --index "$work/index" 2>&1 | grep -E "index build"

echo "== cold start with an existing index"
start=$(date +%s%N)
MAILLAGE_API_RATE=1000000000 MAILLAGE_LOG=warn "$bin" serve --addr "127.0.0.1:$PORT" --data data --index "$work/index" --workers 2 &
pid=$!
until curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null; do sleep 0.02; done
echo "cold start to ready: $(( ($(date +%s%N) - start) / 1000000 )) ms"

# A realistic mix: 500 communes drawn across France, weighted towards the populous ones.
zcat data/communes.jsonl.gz | python3 -c '
import json, random, sys
random.seed(7)
cs = [json.loads(l) for l in sys.stdin]
w = [max(c["population"] or 1, 50) ** 0.5 for c in cs]
print("\n".join(c["insee"] for c in random.choices(cs, weights=w, k=500)))' > "$work/communes.txt"
cat > "$work/mix.lua" <<LUA
local codes = {}
for line in io.lines("$work/communes.txt") do codes[#codes + 1] = line end
local prefix = os.getenv("ROUTE")
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", prefix .. codes[(i % #codes) + 1])
end
LUA

run() { # name, path-or-prefix
  local name=$1 route=$2 out
  if [ "$route" = "/healthz" ]; then
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency ${GZIP:+-H "Accept-Encoding: gzip"} "http://127.0.0.1:$PORT/healthz")
  else
    out=$(ROUTE="$route" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency ${GZIP:+-H "Accept-Encoding: gzip"} -s "$work/mix.lua" "http://127.0.0.1:$PORT")
  fi
  local rps p50 p99 errs non2xx
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  errs=$(echo "$out" | awk '/Socket errors/ {print $0}')
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  printf "%-34s %10s req/s  p50 %-8s p99 %-8s %s %s\n" "$name" "$rps" "$p50" "$p99" "${non2xx:+non-2xx=$non2xx}" "$errs"
  echo "$rps" >> "$work/rps-$name"
}

echo "== load: ${DURATION}s per route, $CONNECTIONS connections, $THREADS wrk threads, 2 server workers"
if [ "$RELOADS" -gt 0 ]; then
  ( sleep $((DURATION / 4)); for n in $(seq 1 "$RELOADS"); do "$bin" index --data data --index "$work/index" >/dev/null 2>&1; echo "   (index rebuilt, reload $n)"; sleep $((DURATION / (RELOADS + 2))); done ) &
  run "mixed results pages under reloads" "/commune/"
  wait %2 2>/dev/null || true
else
  # Without, then with Accept-Encoding: gzip (what every browser sends).
  for GZIP in "" 1; do
    sfx=${GZIP:+_gzip}
    for round in $(seq 1 "$ROUNDS"); do
      run "healthz$sfx" /healthz
      run "commune_page$sfx" "/commune/"
      run "api_resources$sfx" "/api/v1/resources?commune="
    done
    for r in commune_page api_resources; do
      python3 - "$work/rps-healthz$sfx" "$work/rps-$r$sfx" "$r / healthz$sfx" <<'PY'
import statistics, sys
h = [float(x) for x in open(sys.argv[1])]
r = [float(x) for x in open(sys.argv[2])]
ratios = [b / a for a, b in zip(h, r)]
print(f"ratio {sys.argv[3]}: median {statistics.median(ratios):.2f} over {len(ratios)} rounds "
      f"({', '.join(f'{x:.2f}' for x in ratios)}); median req/s {statistics.median(r):,.0f} vs {statistics.median(h):,.0f}")
PY
    done
  done
fi

# A control outside our code: nginx (2 workers, static files, sendfile) serving
# a 3-byte body and a copy of Belley's page, on the same machine and with the
# same wrk settings. It shows what ratio bytes alone allow here.
if [ "${CONTROL:-0}" = 1 ] && command -v nginx >/dev/null; then
  mkdir -p "$work/www" "$work/ngx"
  printf 'ok\n' > "$work/www/healthz"
  curl -s "http://127.0.0.1:$PORT/commune/01034" > "$work/www/commune.html"
  cat > "$work/ngx/nginx.conf" <<NGX
worker_processes 2;
pid $work/ngx/nginx.pid;
error_log $work/ngx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/ngx/t1; proxy_temp_path $work/ngx/t2; fastcgi_temp_path $work/ngx/t3;
  uwsgi_temp_path $work/ngx/t4; scgi_temp_path $work/ngx/t5;
  server { listen 127.0.0.1:$((PORT + 1)); root $work/www; keepalive_requests 1000000; }
}
NGX
  nginx -c "$work/ngx/nginx.conf" -p "$work/ngx"
  sleep 0.3
  echo "== control: nginx static files, ${DURATION}s each, $ROUNDS rounds"
  for round in $(seq 1 "$ROUNDS"); do
    for f in healthz commune.html; do
      rps=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" "http://127.0.0.1:$((PORT + 1))/$f" | awk '/Requests\/sec/ {print $2}')
      printf "nginx %-28s %10s req/s\n" "/$f ($(wc -c < "$work/www/$f") B)" "$rps"
      echo "$rps" >> "$work/rps-nginx-$f"
    done
  done
  nginx -c "$work/ngx/nginx.conf" -p "$work/ngx" -s stop
  python3 - "$work/rps-nginx-healthz" "$work/rps-nginx-commune.html" "nginx page / nginx 3 B" <<'PY'
import statistics, sys
h = [float(x) for x in open(sys.argv[1])]
r = [float(x) for x in open(sys.argv[2])]
print(f"ratio {sys.argv[3]}: median {statistics.median([b / a for a, b in zip(h, r)]):.2f}; "
      f"median req/s {statistics.median(r):,.0f} vs {statistics.median(h):,.0f}")
PY
fi

echo "== resident memory after load: $(awk '/VmRSS/ {print $2, $3}' /proc/$pid/status)"
echo "== page weight (gzip)"
for p in /commune/01034 /static/site.css /; do
  printf "%-18s %6s bytes\n" "$p" "$(curl -s -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORT$p" | wc -c)"
done
