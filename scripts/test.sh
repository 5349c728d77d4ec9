#!/usr/bin/env bash
# The whole test suite: formatting, lints, unit, end-to-end and browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --locked -- -D warnings
cargo build --release --locked
# The browser tests drive Debian's headless Chromium; install it when missing.
./scripts/install-chromium.sh
cargo test --workspace --locked
