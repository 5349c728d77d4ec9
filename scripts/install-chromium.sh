#!/usr/bin/env bash
# Installs Debian's headless Chromium and its WebDriver for the browser tests,
# only when they are missing. Idempotent and quiet; needs root (or sudo) for apt-get.
set -euo pipefail

have() { command -v "$1" >/dev/null 2>&1; }

if have chromium && have chromedriver; then
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if have sudo; then
        SUDO="sudo"
    else
        echo "install-chromium: chromium/chromedriver missing and not root (no sudo); install them by hand" >&2
        exit 1
    fi
fi

export DEBIAN_FRONTEND=noninteractive
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends \
        chromium chromium-driver fonts-dejavu-core; } >"$log" 2>&1; then
    cat "$log" >&2
    echo "install-chromium: apt-get failed" >&2
    exit 1
fi

if ! have chromium || ! have chromedriver; then
    echo "install-chromium: apt-get finished but chromium or chromedriver is still not on PATH" >&2
    exit 1
fi
echo "install-chromium: $(chromium --version 2>/dev/null || echo chromium) and chromedriver installed" >&2
