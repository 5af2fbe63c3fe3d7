"""A store whose key lives in a real Secret Service keyring (gnome-keyring over D-Bus).

Needs the Debian/Ubuntu packages gnome-keyring, dbus, dbus-x11 and libsecret-tools.
Skipped when they are missing, unless CLINICDESK_REQUIRE_SECRET_SERVICE is set (CI sets
it), in which case their absence is a failure.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
RUNNER = HERE / "run_with_secret_service.sh"
CHILD = HERE / "secret_service_child.py"
NEEDED = ("dbus-run-session", "gnome-keyring-daemon", "secret-tool")

pytestmark = pytest.mark.secret_service


@pytest.fixture
def secret_service_tools() -> None:
    missing = [tool for tool in NEEDED if shutil.which(tool) is None]
    if not missing:
        return
    message = (
        f"real Secret Service test needs {', '.join(missing)} "
        "(apt-get install gnome-keyring dbus dbus-x11 libsecret-tools)"
    )
    if os.environ.get("CLINICDESK_REQUIRE_SECRET_SERVICE"):
        pytest.fail(message + "; CLINICDESK_REQUIRE_SECRET_SERVICE is set, so this is an error")
    pytest.skip(message)


def test_create_and_reopen_with_the_key_in_gnome_keyring(
    secret_service_tools: None, tmp_path: Path
) -> None:
    data_dir = tmp_path / "clinic-data"
    env = {key: value for key, value in os.environ.items() if not key.startswith("DBUS_")}
    finished = subprocess.run(
        ["sh", str(RUNNER), sys.executable, str(CHILD), str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr
    report = json.loads(finished.stdout.strip().splitlines()[-1])
    assert report["backend"] == "keyring.backends.SecretService.Keyring"
    assert report["reopened_id"] == report["store_id"]
    assert report["deleted"] is True
    assert report["restored"] is True
    # The audit chain's key has its own entry in the daemon, and comes back with it.
    assert report["audit_held"] is True
    assert report["audit_restored"] is True
    assert report["chain_intact"] is True
    assert report["daemon_holds_it"] is True  # libsecret's own tool finds the entry
    assert json.loads((data_dir / "store.json").read_text())["store_id"] == report["store_id"]
    # Only the encrypted file and the non-secret store.json: no key file, no leftover WAL.
    assert sorted(path.name for path in data_dir.iterdir()) == [
        ".integrity",  # open-check bookkeeping (store/open_check.py): nothing secret
        "clinic.db",
        "store.json",
    ]
