#!/bin/sh
# Run a command against a real, throw-away Secret Service keyring (gnome-keyring).
#
#   tests/integration/store/run_with_secret_service.sh python some_script.py ...
#
# A private D-Bus session is started with dbus-run-session; gnome-keyring-daemon is
# unlocked inside it with a fixed password read from stdin (no prompt, no desktop), so
# keyring's SecretService backend works on a headless machine. HOME and the XDG folders
# point at a temporary directory so the user's own keyrings are never touched; everything
# ends when the command exits. Debian/Ubuntu packages: gnome-keyring dbus dbus-x11
# (dbus-run-session and gnome-keyring-daemon), libsecret-tools (secret-tool) for checks.
set -eu

if [ "$#" -eq 0 ]; then
    echo "usage: $0 command [args...]" >&2
    exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$0: $tool is not installed (apt-get install gnome-keyring dbus dbus-x11)" >&2
        exit 3
    fi
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/clinicdesk-secret-service.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM
mkdir -p -m 700 "$scratch/home" "$scratch/runtime" "$scratch/data" "$scratch/config"

HOME="$scratch/home" \
XDG_RUNTIME_DIR="$scratch/runtime" \
XDG_DATA_HOME="$scratch/data" \
XDG_CONFIG_HOME="$scratch/config" \
PYTHON_KEYRING_BACKEND=keyring.backends.SecretService.Keyring \
    dbus-run-session -- sh -c '
        # --unlock reads the password on stdin and creates the "login" collection with it.
        eval "$(printf "clinicdesk-test\n" | gnome-keyring-daemon --unlock --components=secrets)"
        export GNOME_KEYRING_CONTROL
        exec "$@"
    ' sh "$@"
