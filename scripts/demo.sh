#!/usr/bin/env bash
# Set up, then ingest the bundled examples into ./chainatlas.db, print gap reports and write a map.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/chainatlas --db "${CHAINATLAS_DB:-chainatlas.db}" demo -o chainatlas-demo.html
