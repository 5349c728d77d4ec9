#!/usr/bin/env bash
# Full crash test: ≥ 5,000 generated documents, ingest killed with SIGKILL at
# random points ≥ 20 times; after each kill the store must open, pass
# `storyline check` and have lost nothing; the resumed ingest ends exact.
set -euo pipefail
cd "$(dirname "$0")/.."
export STORYLINE_CRASH_DOCS="${STORYLINE_CRASH_DOCS:-5000}" STORYLINE_CRASH_KILLS="${STORYLINE_CRASH_KILLS:-20}"
cargo test --release -p storyline-cli --test crash -- --ignored --nocapture crash_test_full
