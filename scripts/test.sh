#!/usr/bin/env bash
# Set up from scratch and run every test, browser tests included.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# headless Chromium and its driver for the browser tests (Debian packages)
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null
  else
    echo "chromium and chromium-driver are needed for the browser tests: apt-get install chromium chromium-driver" >&2
    exit 1
  fi
fi
export CHAINATLAS_REQUIRE_BROWSER=1
exec .venv/bin/python -m pytest "$@"
