#!/usr/bin/env bash
# Event-coding evaluation, one command: precision/recall on (source, target, CAMEO root), overall and per
# root, on the dev and test halves of the hand-labelled real-news set (eval/analysis/labels.jsonl; texts in
# eval/data/analysis/, git-ignored — absent texts are reported and skipped), on eval/events-dev2 (development set
# and its check set; texts in eval/data/events-dev2/), on eval/events-dev3 (texts in eval/data/events-dev3/), then the
# seeds' event figures.
#   eval/events/run.sh [--errors]      (STORYLINE_BIN=path skips the build)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
if [ -z "${STORYLINE_BIN:-}" ]; then
  cargo build --release -q -p storyline-cli
  STORYLINE_BIN="${CARGO_TARGET_DIR:-$root/target}/release/storyline"
fi
echo "== real set (eval/analysis/labels.jsonl): event figures"
python3 eval/analysis/score.py --bin "$STORYLINE_BIN" --part events "$@"
echo "== events-dev2 (eval/events-dev2/labels.jsonl, development) and its check set (check.jsonl, not for tuning)"
python3 eval/analysis/score.py --bin "$STORYLINE_BIN" --labels eval/events-dev2/labels.jsonl \
  --docs eval/data/events-dev2 --split dev --part events "$@" || true
python3 eval/analysis/score.py --bin "$STORYLINE_BIN" --labels eval/events-dev2/check.jsonl \
  --docs eval/data/events-dev2 --split test --part events "$@" || true
echo "== events-dev3 (eval/events-dev3/labels.jsonl; measured once unseen, then used for development)"
python3 eval/analysis/score.py --bin "$STORYLINE_BIN" --labels eval/events-dev3/labels.jsonl \
  --docs eval/data/events-dev3 --split dev --part events "$@" || true
echo "== seeds"
if [ -d /work/shared/seeds ] && [ -f /work/shared/tools/score_analysis.py ]; then
  python3 /work/shared/tools/score_analysis.py --gold /work/shared/gold/seeds.json --docs /work/shared/seeds \
    --bin "$STORYLINE_BIN" --no-stories | grep -E "event|score:"
else
  echo "seeds or scorer absent (/work/shared): not scored"
fi
