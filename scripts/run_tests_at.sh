#!/usr/bin/env bash
# Run the test suite with the system clock set to another moment (libfaketime), to catch
# tests that pass only on some days or at some hours: the last day of a year, a
# daylight-saving change, late in the evening. The clock starts at MOMENT and runs on.
#
# Usage: scripts/run_tests_at.sh MOMENT [pytest arguments]
#   scripts/run_tests_at.sh "2026-12-31 23:45:00"
#   scripts/run_tests_at.sh "2026-03-29 23:45:00" tests/gui
# MOMENT is local time of the TZ variable (default: this machine's zone).
# Needs faketime (Debian/Ubuntu: apt-get install faketime).
set -euo pipefail

if (($# < 1)); then
    sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi
moment="$1"
shift
if ! command -v faketime >/dev/null 2>&1; then
    echo "run_tests_at.sh: needs faketime (apt-get install faketime)" >&2
    exit 2
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
python="${PYTHON:-$root/.venv/bin/python}"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
# The monotonic clock is shifted too (FAKETIME_DONT_FAKE_MONOTONIC=1 makes Python's
# absolute sleeps fail with EINVAL under libfaketime 0.9.10); it still runs at real speed.

echo "Clock starts at: $(faketime "$moment" date '+%Y-%m-%d %H:%M:%S %Z (%z)')"
exec faketime "$moment" "$python" -m pytest -p no:randomly -q -rfE "$@"
