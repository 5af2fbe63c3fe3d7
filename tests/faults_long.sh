#!/usr/bin/env bash
# The long fault run: 500 kill -9 trials (CI runs 50). Usage: bash tests/faults_long.sh
set -euo pipefail
cd "$(dirname "$0")/.."
CLINICDESK_FAULT_TRIALS="${CLINICDESK_FAULT_TRIALS:-500}" exec "${PYTHON:-python}" -m pytest \
    tests/integration/faults -q -p no:cacheprovider "$@"
