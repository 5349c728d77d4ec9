#!/usr/bin/env bash
# Analysis evaluation, one command: builds the release binary, scores the hand-labelled real-news set
# (dev and test halves; texts in eval/data/analysis/, git-ignored — absent texts are reported and skipped)
# and the seeds with the shared scorer.
#   eval/analysis/run.sh [--errors]      (STORYLINE_BIN=path skips the build)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
if [ -z "${STORYLINE_BIN:-}" ]; then
  cargo build --release -q -p storyline-cli
  STORYLINE_BIN="${CARGO_TARGET_DIR:-$root/target}/release/storyline"
fi
echo "== real set (eval/analysis/labels.jsonl): analysis figures"
python3 eval/analysis/score.py --bin "$STORYLINE_BIN" --part analysis "$@"
echo "== seeds"
if [ -d /work/shared/seeds ] && [ -f /work/shared/tools/score_analysis.py ]; then
  python3 /work/shared/tools/score_analysis.py --gold /work/shared/gold/seeds.json --docs /work/shared/seeds \
    --bin "$STORYLINE_BIN"
else
  echo "seeds or scorer absent (/work/shared): not scored"
fi
