#!/usr/bin/env bash
# Run the test suite with the system clock set to another moment (libfaketime), to catch
# tests that pass only on some days or at some hours: the last day of a year, a
# daylight-saving change, late in the evening. The clock starts at MOMENT and runs on.
#
# Usage: scripts/run_tests_at.sh MOMENT [pytest arguments]
#   scripts/run_tests_at.sh "2026-12-31 23:45:00"
#   TZ=Europe/London scripts/run_tests_at.sh "2027-03-28 00:50:00"   # spans 01:00 -> 02:00
#   scripts/run_tests_at.sh "2027-03-28 00:50:00" tests/gui
# MOMENT is local time of the TZ variable (default: this machine's zone).
# Needs faketime and gcc (Debian/Ubuntu: apt-get install faketime gcc). Only this
# computer's clock moves; see below for the sync server's.
set -euo pipefail

if (($# < 1)); then
    sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi
moment="$1"
shift
for tool in faketime gcc; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "run_tests_at.sh: needs $tool (apt-get install faketime gcc)" >&2
        exit 2
    fi
done
libfaketime="$(find /usr/lib /usr/local/lib -name libfaketime.so.1 2>/dev/null | head -n 1)"
if [[ -z $libfaketime ]]; then
    echo "run_tests_at.sh: libfaketime.so.1 not found" >&2
    exit 2
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
python="${PYTHON:-$root/.venv/bin/python}"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
work="$(mktemp -d "${TMPDIR:-/tmp}/clinicdesk-at.XXXXXX")"
cleanup() { rm -rf "$work"; }
trap cleanup EXIT

# One fixed offset, not "start at MOMENT": with a start time every process the tests
# launch would begin at MOMENT again, and the launched `clinicdesk`, the PostgreSQL
# server and the tests would disagree about the time.
target_epoch="$(date -d "$moment" +%s)"
export FAKETIME="+$((target_epoch - $(date +%s)))"
# The monotonic clock stays real. Shifted, every timed wait of a Python thread
# (sem_clockwait, which libfaketime 0.9.10 does not translate) waits the shift itself,
# months; real, libfaketime turns Python's absolute monotonic sleeps into EINVAL, so a
# small preloaded shim sends those straight to the kernel.
export FAKETIME_DONT_FAKE_MONOTONIC=1
cat >"$work/monotonic_sleep.c" <<'C'
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>


int clock_nanosleep(clockid_t clock, int flags, const struct timespec *request,
                    struct timespec *remain) {
    if (clock == CLOCK_MONOTONIC) {
        return syscall(SYS_clock_nanosleep, clock, flags, request, remain) == 0 ? 0 : errno;
    }
    int (*next)(clockid_t, int, const struct timespec *, struct timespec *) =
        dlsym(RTLD_NEXT, "clock_nanosleep");
    return next(clock, flags, request, remain);
}
C
gcc -shared -fPIC -O2 -o "$work/monotonic_sleep.so" "$work/monotonic_sleep.c" -ldl
preload="$work/monotonic_sleep.so:$libfaketime"

# The sync server keeps the real time: PostgreSQL under libfaketime 0.9.10 never fires its
# timeouts (statement_timeout and idle_in_transaction_session_timeout were seen not to),
# and the sync fault tests rely on them. So the tests whose premise is a computer clock
# that agrees with the server's (marked clocks_agree) are left out; with the clocks
# months apart the app rightly says "clock off" there. Every other test runs.
set -- -m "not clocks_agree" "$@"

echo "Clock now: $(LD_PRELOAD="$preload" date '+%Y-%m-%d %H:%M:%S %Z (%z)')"
status=0
LD_PRELOAD="$preload" "$python" -m pytest -p no:randomly -q -rfE "$@" || status=$?
echo "Clock at the end: $(LD_PRELOAD="$preload" date '+%Y-%m-%d %H:%M:%S %Z (%z)')"
exit "$status"
