#!/usr/bin/env bash
# The long hostile-input run over every command (CI runs 80). Usage: bash tests/hostile_long.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" exec "${PYTHON:-python}" scripts/hostile_cli.py "${1:-2000}"
