#!/usr/bin/env bash
# Ingest throughput of the release binary on N generated documents (default 50,000):
# the bare pipeline (--no-analysis: read, extract, dedup, stories, store) and the
# full pipeline, as articles/s, with peak memory. Not a timed test: a measurement.
set -euo pipefail
cd "$(dirname "$0")/../.."
N="${1:-50000}"
out=benches/out/ingest; mkdir -p "$out"
cargo build --release -q
bin=target/release/storyline
python3 benches/ingest/gen_docs.py "$N" "$out/docs.jsonl" --txt-dir "$out/txt" --txt-share 0.1
for mode in bare full; do
  rm -rf "$out/store-$mode"
  flag=""; [ "$mode" = bare ] && flag="--no-analysis"
  start=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$out/mem-$mode" "$bin" --store "$out/store-$mode" ingest $flag "$out/docs.jsonl" "$out/txt" 2>"$out/log-$mode"
  end=$(date +%s.%N)
  n=$("$bin" --store "$out/store-$mode" export articles | wc -l)
  python3 - "$mode" "$n" "$start" "$end" "$(cat "$out/mem-$mode")" <<'PY'
import sys
mode, n, s, e, kb = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
print(f"ingest {mode:>4}: {n} articles in {e - s:.1f}s = {n / (e - s):.0f} articles/s, peak RSS {kb / 1024:.0f} MiB")
PY
done
