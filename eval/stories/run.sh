#!/usr/bin/env bash
# One-command evaluation of near-duplicates and stories (outputs under eval/out/stories/, git-ignored):
#  1. the generated syndication set (gen_corpus: wire copies with edits, rewrites, distractors; exact gold),
#     run through the real pipeline (`storyline ingest` + `storyline export articles --format jsonl`);
#  2. the real labelled set: labels and addresses in eval/stories/real_labels.jsonl, texts (third-party,
#     git-ignored) in eval/data/stories/real/articles.jsonl; scored when the texts are present;
#  3. the seeds (/work/shared/tools/score_analysis.py, story_bcubed_f1).
# Each prints pairwise P/R/F1 (near-duplicate pairs and story pairs), BCubed P/R/F1 and ARI, and checks the floors.
# Usage: eval/stories/run.sh [N]   (N generated articles, default 3000)
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
N="${1:-3000}"
out="$root/eval/out/stories"; mkdir -p "$out"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
cd "$root"
cargo build --release -q -p storyline-cli || exit 2
cargo build --release -q -p storyline-stories --example gen_corpus || exit 2
bin="$CARGO_TARGET_DIR/release/storyline"; ex="$CARGO_TARGET_DIR/release/examples"
status=0

run_set() { # name corpus gold floors...
  local name="$1" corpus="$2" gold="$3"; shift 3
  rm -rf "$out/$name/store"
  local start end
  start=$(date +%s.%N)
  "$bin" --store "$out/$name/store" ingest "$corpus" 2> "$out/$name/ingest.log"
  local rc=$?
  end=$(date +%s.%N)
  if [ "$rc" -gt 1 ]; then echo "ingest failed ($rc), see $out/$name/ingest.log"; status=1; return; fi
  "$bin" --store "$out/$name/store" export articles --format jsonl > "$out/$name/pred.jsonl"
  echo "  ingest: $(tail -1 "$out/$name/ingest.log") ($(python3 -c "print(f'{$end - $start:.1f}')")s)"
  python3 "$here/score.py" "$out/$name/pred.jsonl" "$gold" --label "$name" --errors "${ERRORS:-0}" "$@" || status=1
}

echo "== 1. generated syndication set: $N articles (seed 7)"
mkdir -p "$out/generated"
"$ex/gen_corpus" "$N" "$out/generated" 7
run_set generated "$out/generated/corpus.jsonl" "$out/generated/gold.jsonl" --min dup_pair_f1=0.97 --min story_bcubed_f1=0.95

echo "== 2. real labelled set ($(wc -l < "$here/real_labels.jsonl") labelled articles)"
texts="$root/eval/data/stories/real/articles.jsonl"
if python3 "$here/real_corpus.py" "$here/real_labels.jsonl" "$texts" "$out/real"; then
  run_set real "$out/real/corpus.jsonl" "$out/real/gold.jsonl" --min story_bcubed_f1=0.92 --min dup_pair_p=0.95
else
  echo "  texts absent ($texts): real set NOT scored. Gather the texts of the URLs in eval/stories/real_labels.jsonl"
  echo "  into that file (one {\"id\", \"title\", \"text\"} per line) to score it."
fi

echo "== 3. seeds (score_analysis.py)"
seeds_out=$(python3 /work/shared/tools/score_analysis.py --gold /work/shared/gold/seeds.json --docs /work/shared/seeds --bin "$bin" 2>&1)
echo "$seeds_out" | grep -i -E "story|dup" || echo "$seeds_out" | tail -5
if echo "$seeds_out" | grep -q -E "story_bcubed_f1[=: ]+1\.0+"; then echo "  PASS  seeds: story_bcubed_f1=1.000"; else echo "  BELOW seeds: story_bcubed_f1 < 1"; status=1; fi
exit $status
