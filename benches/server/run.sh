#!/usr/bin/env bash
# Load benchmark of `storyline serve`: generates ARTICLES synthetic articles,
# ingests them with the release binary into a fresh store, serves it on a
# loopback port and drives /api/search and /api/stories/{id} with a bounded
# load (REQUESTS requests from CONCURRENCY connections). Prints throughput,
# p50/p90/p99/max latency and errors per endpoint; the JSON summary goes to
# benches/out/server/report.json.
#
#   benches/server/run.sh                      # 100,000 articles, 20,000 requests, 16 connections
#   ARTICLES=10000 REQUESTS=5000 benches/server/run.sh
#   NO_ANALYSIS=1 benches/server/run.sh        # bulk-load without analysis (faster ingest)
#   SKIP_BUILD=1 STORYLINE=path/to/storyline LOAD=path/to/load benches/server/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

ARTICLES="${ARTICLES:-100000}"
REQUESTS="${REQUESTS:-20000}"
CONCURRENCY="${CONCURRENCY:-16}"
OUT="${OUT:-benches/out/server}"
TARGET="${CARGO_TARGET_DIR:-target}"

if [ -z "${SKIP_BUILD:-}" ]; then
    cargo build --release --quiet -p storyline-cli
    cargo build --release --quiet -p storyline-server --example load
fi
STORYLINE="${STORYLINE:-$TARGET/release/storyline}"
LOAD="${LOAD:-$TARGET/release/examples/load}"

mkdir -p "$OUT"
STORE="$OUT/store"
DATA="$OUT/articles-$ARTICLES.jsonl"
[ -f "$DATA" ] || "$LOAD" gen "$ARTICLES" "$DATA"

if [ ! -f "$STORE/.bench-$ARTICLES" ]; then
    rm -rf "$STORE"
    ingest_flags=()
    [ -n "${NO_ANALYSIS:-}" ] && ingest_flags+=(--no-analysis)
    start=$(date +%s%N)
    "$STORYLINE" --store "$STORE" ingest "${ingest_flags[@]}" "$DATA"
    end=$(date +%s%N)
    echo "ingest: $ARTICLES articles in $(( (end - start) / 1000000 )) ms" >&2
    touch "$STORE/.bench-$ARTICLES"
fi

PORT="${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}"
"$STORYLINE" --store "$STORE" serve --addr "127.0.0.1:$PORT" 2>"$OUT/serve.log" &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 1 200); do
    if curl -fsS "http://127.0.0.1:$PORT/health" >/dev/null 2>&1; then break; fi
    sleep 0.1
done
curl -fsS "http://127.0.0.1:$PORT/health" >/dev/null

# Warm-up (loads the story list once), then the measured run.
"$LOAD" run "http://127.0.0.1:$PORT" 200 4 >/dev/null
"$LOAD" run "http://127.0.0.1:$PORT" "$REQUESTS" "$CONCURRENCY" | tee "$OUT/report.json"
curl -fsS "http://127.0.0.1:$PORT/metrics" | grep -E '^storyline_(articles|stories|events) ' >&2
