#!/usr/bin/env bash
# Near-duplicate and story benchmarks (a measurement, not a test). Prints:
#  1. near-dup throughput and pair recall of storyline-dedup vs Python datasketch MinHashLSH on the same
#     N generated articles (default 100,000), pinned to the same core one after the other, same threshold (0.5)
#     and signature size (72: datasketch 72 permutations; ours one-permutation MinHash over 72 bins, plus an
#     18-value lead signature); ours is timed on normalise + sketch + LSH + exact verification of candidates,
#     datasketch on shingling + MinHash + query + insert only (its verification is timed apart);
#     datasketch is pip-installed into benches/dedup/.venv (git-ignored);
#  2. per-article cost of dedup + stories (the in-memory stateful stages, batches of 512, 2 threads) at
#     SMALL (default 10,000) and LARGE (default 1,000,000) generated articles, with peak RSS;
#  3. dedup index memory per article.
# Usage: benches/dedup/run.sh [N] [SMALL] [LARGE]      (outputs under benches/out/, git-ignored)
# SKIP_COMPARE=1 runs only part 2; PER_DAY sets the generated articles per day (default 2000).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
N="${1:-100000}"; SMALL="${2:-10000}"; LARGE="${3:-1000000}"
PER_DAY="${PER_DAY:-2000}"
out="$root/benches/out/dedup"; mkdir -p "$out"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
cd "$root"
cargo build --release -q -p storyline-dedup --example dedup_bench
cargo build --release -q -p storyline-stories --example gen_corpus --example eval_corpus
ex="$CARGO_TARGET_DIR/release/examples"
if [ ! -x "$here/.venv/bin/python" ]; then python3 -m venv "$here/.venv"; fi
if ! "$here/.venv/bin/python" -c "import datasketch" 2>/dev/null; then "$here/.venv/bin/pip" install -q datasketch; fi

if [ "${SKIP_COMPARE:-0}" != 1 ]; then
echo "== 1. near-duplicates: storyline-dedup vs datasketch MinHashLSH on $N generated articles (one core each)"
"$ex/gen_corpus" "$N" "$out/n" 11 "$PER_DAY" 2>/dev/null
ours=$(taskset -c 0 "$ex/dedup_bench" "$out/n/corpus.jsonl" "$out/n/gold.jsonl")
echo "ours:       $ours"
theirs=$(OMP_NUM_THREADS=1 taskset -c 0 "$here/.venv/bin/python" "$here/datasketch_bench.py" "$out/n/corpus.jsonl" "$out/n/gold.jsonl" --threshold 0.5 --num-perm 72)
echo "datasketch: $theirs"
python3 - "$ours" "$theirs" <<'PY'
import json, sys
o, t = json.loads(sys.argv[1]), json.loads(sys.argv[2])
ratio = o["articles_per_s"] / t["articles_per_s"]
print(f"throughput (wall): ours {o['articles_per_s']:.0f} articles/s vs datasketch {t['articles_per_s']:.0f} articles/s "
      f"(LSH only, bands x rows {t['bands_rows']}) = {ratio:.1f}x (floor 30x)")
cpu_ratio = o["articles_per_cpu_s"] / t["articles_per_cpu_s"]
print(f"throughput (CPU time, robust to a shared machine): ours {o['articles_per_cpu_s']:.0f} vs datasketch "
      f"{t['articles_per_cpu_s']:.0f} articles per CPU-second = {cpu_ratio:.1f}x (floor 30x)")
print(f"pair recall: ours {o['pair_recall']:.4f} (precision {o['pair_precision']:.4f}) vs datasketch candidates "
      f"{t['candidate_pair_recall']:.4f} (precision {t['candidate_pair_precision']:.4f}), datasketch + same verification "
      f"{t['verified_pair_recall']:.4f} (precision {t['verified_pair_precision']:.4f})")
print(f"dedup index memory (whole corpus indexed): {o['bytes_per_article']:.0f} B/article (floor < 1024)")
PY
fi

echo "== 2. dedup + stories cost per article at $SMALL vs $LARGE generated articles ($PER_DAY a day, 2 cores)"
for n in "$SMALL" "$LARGE"; do
  "$ex/gen_corpus" "$n" "$out/s$n" 13 "$PER_DAY" 2>/dev/null
  RAYON_NUM_THREADS=2 /usr/bin/time -f "%M %e" -o "$out/time-$n" taskset -c 0,1 "$ex/eval_corpus" "$out/s$n/corpus.jsonl" --quiet 2> "$out/log-$n"
  grep -v "^  up to" "$out/log-$n" | sed "s/^/  [$n] /"
  grep "^  up to" "$out/log-$n" | tail -3 | sed "s/^/  [$n] /"
  read -r kb wall < "$out/time-$n"
  echo "  [$n] peak RSS $((kb / 1024)) MiB (whole process, corpus held in memory), wall ${wall}s"
  rm -rf "$out/s$n"
done
python3 - "$out/log-$SMALL" "$out/log-$LARGE" <<'PY'
import re, sys
def rate(p):
    m = re.search(r"= (\d+) articles/s", open(p).read())
    return float(m.group(1))
def cpu(p):
    m = re.search(r"= ([0-9.]+) µs CPU/article", open(p).read())
    return float(m.group(1)) if m else float("nan")
small, large = rate(sys.argv[1]), rate(sys.argv[2])
print(f"per-article cost (wall): {1e6 / small:.1f} us at small vs {1e6 / large:.1f} us at large = {small / large:.2f}x (floor 1.5x)")
cs, cl = cpu(sys.argv[1]), cpu(sys.argv[2])
print(f"per-article cost (CPU time, robust to a shared machine): {cs:.1f} us vs {cl:.1f} us = {cl / cs:.2f}x (floor 1.5x)")
PY
