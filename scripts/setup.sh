#!/usr/bin/env bash
# Create .venv from scratch and install ChainAtlas into it (editable, with the test extras and the local ArcadeDB engine).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e ".[test,arcadedb,png]"
