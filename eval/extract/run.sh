#!/usr/bin/env bash
# One-command extraction evaluation on WCXB dev articles: ours (HTML and whole-page-text mode) vs Python
# trafilatura, scored by the same code (score.py), plus single-core speed.
# Usage: eval/extract/run.sh [BENCH_DIR]   (outputs under eval/extract/out/, git-ignored)
# REUSE_TRAFILATURA=1 reuses the trafilatura output of an earlier run (for quick iterations; report full runs).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bench="${1:-/work/shared/bench/wcxb-dev-articles}"
out="$here/out"
mkdir -p "$out"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
cd "$root"
cargo build --release -q -p storyline-extract --example wcxb
echo "== ours (one thread)"
RAYON_NUM_THREADS=1 taskset -c 0 "$CARGO_TARGET_DIR/release/examples/wcxb" "$bench" "$out/ours.jsonl" | tee "$out/ours_speed.json"
if [ ! -x "$here/.venv/bin/python" ]; then
  python3 -m venv "$here/.venv"
fi
if ! "$here/.venv/bin/python" -c "import trafilatura" 2>/dev/null; then
  "$here/.venv/bin/pip" install -q trafilatura lxml_html_clean
fi
echo "== trafilatura (one core)"
if [ "${REUSE_TRAFILATURA:-0}" = "1" ] && [ -s "$out/trafilatura.jsonl" ] && [ -s "$out/trafilatura_speed.json" ]; then
  echo "(reusing $out/trafilatura.jsonl from an earlier run: REUSE_TRAFILATURA=1)"
  cat "$out/trafilatura_speed.json"
else
  OMP_NUM_THREADS=1 taskset -c 0 "$here/.venv/bin/python" "$here/run_trafilatura.py" "$bench" "$out/trafilatura.jsonl" | tee "$out/trafilatura_speed.json"
fi
echo
python3 "$here/score.py" --bench "$bench" \
  --system "ours-html=$out/ours.jsonl:html" \
  --system "trafilatura-html=$out/trafilatura.jsonl:trafilatura" \
  --system "ours-text-mode=$out/ours.jsonl:text_mode" \
  --per-page "$out/per_page.tsv"
python3 - "$out/ours_speed.json" "$out/trafilatura_speed.json" <<'PY'
import json, sys
o = json.load(open(sys.argv[1])); t = json.load(open(sys.argv[2]))
print(f"\nspeed (one core, HTML mode, wall clock): ours {o['pages_per_s']:.1f} pages/s, trafilatura {t['pages_per_s']:.1f} pages/s, "
      f"ratio {o['pages_per_s'] / t['pages_per_s']:.1f}x")
if "pages_per_cpu_s" in o and "pages_per_cpu_s" in t:
    print(f"speed (one core, HTML mode, CPU time of the extracting thread): ours {o['pages_per_cpu_s']:.1f} pages/s, "
          f"trafilatura {t['pages_per_cpu_s']:.1f} pages/s, ratio {o['pages_per_cpu_s'] / t['pages_per_cpu_s']:.1f}x")
PY
