#!/usr/bin/env bash
# The main job on the embedded default: build, ingest the bundled example
# corpus (examples/) into ./storyline-data, and print its stories.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked -q
./target/release/storyline ingest examples/
./target/release/storyline stories
