#!/usr/bin/env bash
# Event P/R on every development set, one line each, plus the seeds' event figures.
#   eval/events/all_sets.sh BIN   (full --errors listings go to $ERRDIR, default /tmp/events-errors)
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
bin="$1"; shift
errdir="${ERRDIR:-/tmp/events-errors}"
mkdir -p "$errdir"
run() { # name labels docs split
  local name=$1 labels=$2 docs=$3 split=$4
  python3 eval/analysis/score.py --bin "$bin" --labels "$labels" --docs "$docs" --split "$split" --part events \
    --errors > "$errdir/$name.txt" 2>&1
  local line
  line=$(grep -E "^\[$split\] (events:|score:)" "$errdir/$name.txt" | tr '\n' ' ')
  [ "$split" = all ] && line=$(grep -E "^\[test\] (events:|score:)" "$errdir/$name.txt" | tr '\n' ' ')
  printf '%-14s %s\n' "$name" "$line" | sed -E 's/\[(dev|test)\] //g; s/event_f1=[0-9.]+//'
}
run analysis-dev eval/analysis/labels.jsonl eval/data/analysis dev
run analysis-test eval/analysis/labels.jsonl eval/data/analysis test
run heldout eval/heldout/labels.jsonl eval/data/heldout all
run heldout2 eval/heldout2/labels.jsonl eval/data/heldout2 all
run ev2-dev eval/events-dev2/labels.jsonl eval/data/events-dev2 dev
run ev2-check eval/events-dev2/check.jsonl eval/data/events-dev2 test
run ev3-dev eval/events-dev3/labels.jsonl eval/data/events-dev3 dev
run ev3-check eval/events-dev3/check.jsonl eval/data/events-dev3 test
run heldout3 eval/heldout3/labels.jsonl eval/data/heldout3 all
run heldout4 eval/heldout4/labels.jsonl eval/data/heldout4 all
run heldout5 eval/heldout5/labels.jsonl eval/data/heldout5 all
run heldout6 eval/heldout6/labels.jsonl eval/data/heldout6 all
run heldout7 eval/heldout7/labels.jsonl eval/data/heldout7 all
run heldout8 eval/heldout8/labels.jsonl eval/data/heldout8 all
run heldout9 eval/heldout9/labels.jsonl eval/data/heldout9 all
run heldout10 eval/heldout10/labels.jsonl eval/data/heldout10 all
run heldout11 eval/heldout11/labels.jsonl eval/data/heldout11 all
run heldout12 eval/heldout12/labels.jsonl eval/data/heldout12 all
run heldout13 eval/heldout13/labels.jsonl eval/data/heldout13 all
run heldout14 eval/heldout14/labels.jsonl eval/data/heldout14 all
run heldout15 eval/heldout15/labels.jsonl eval/data/heldout15 all
run heldout16 eval/heldout16/labels.jsonl eval/data/heldout16 all
run speakers-dev1 eval/speakers-dev1/labels.jsonl eval/data/speakers-dev1 all
run speakers-dev2 eval/speakers-dev2/labels.jsonl eval/data/speakers-dev2 all
run speakers-dev3 eval/speakers-dev3/labels.jsonl eval/data/speakers-dev3 all
run speakers-dev4 eval/speakers-dev4/labels.jsonl eval/data/speakers-dev4 all
run heldout17 eval/heldout17/labels.jsonl eval/data/heldout17 all
run dev4 eval/analysis-dev4/labels.jsonl eval/data/dev4 dev
python3 /work/shared/tools/score_analysis.py --gold /work/shared/gold/seeds.json --docs /work/shared/seeds \
  --bin "$bin" --no-stories 2>&1 | grep -oE 'event_(recall|precision)=[0-9.]+' | tr '\n' ' '; echo
