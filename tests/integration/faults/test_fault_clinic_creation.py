"""Making a clinic is all-or-nothing: ``demo`` killed (SIGKILL) at random moments leaves
either no clinic at all, which the same command then makes, or a whole one; never a
store that nobody can open, and never a keyring entry for a store that is not there.

Trials: CLINICDESK_FAULT_TRIALS (CI runs a few; tests/faults_long.sh runs hundreds).
"""

from __future__ import annotations

import configparser
import json
import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest

from clinicdesk.commands.demo import DEMO_ADMIN, DEMO_PASSWORD
from tests.e2e.conftest import CLINICDESK

TRIALS = max(1, int(os.environ.get("CLINICDESK_FAULT_TRIALS", "50")) // 25)
# After the store's file appears: at once, early, anywhere in a small demo's load.
KILL_WINDOWS_SECONDS = (0.05, 0.5, 2.0, 10.0)


def _env(home: Path) -> dict[str, str]:
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith("CLINICDESK_") and name != "DBUS_SESSION_BUS_ADDRESS"
    }
    env.update(
        {
            "HOME": str(home),
            "XDG_DATA_HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
            "CLINICDESK_PASSWORD": DEMO_PASSWORD,
        }
    )
    return env


def _clinicdesk(data_dir: Path, env: dict[str, str], *args: str) -> list[str]:
    return [str(CLINICDESK), "--data-dir", str(data_dir), *args]


def _wait_for_store_file(data_dir: Path, process: subprocess.Popen[bytes]) -> None:
    """Until the clinic's file (or its temporary file) exists, or the process ended."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if data_dir.is_dir() and any(data_dir.glob("clinic.db*")):
            return
        time.sleep(0.005)


def _keyring_entries(home: Path) -> set[str]:
    path = home / "python_keyring" / "keyring_pass.cfg"
    if not path.exists():
        return set()
    parser = configparser.RawConfigParser()
    parser.read(path)
    if not parser.has_section("clinicdesk"):
        return set()
    return set(parser.options("clinicdesk"))


def _check_after_kill(data_dir: Path, home: Path, env: dict[str, str]) -> str:
    """The folder holds nothing usable-looking but broken; returns what it holds."""
    store = data_dir / "clinic.db"
    if store.exists():
        # A whole clinic: it opens, its users are there and its audit trail verifies.
        listed = subprocess.run(
            _clinicdesk(data_dir, env, "--user", DEMO_ADMIN, "--json", "user", "list"),
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
        assert listed.returncode == 0, listed.stderr
        names = {user["username"] for user in json.loads(listed.stdout)}
        assert {"admin", "manager", "reception"} <= names
        verified = subprocess.run(
            _clinicdesk(data_dir, env, "--user", DEMO_ADMIN, "audit", "verify"),
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
        assert verified.returncode == 0, verified.stderr
        return "whole"
    # No clinic: keyring entries may only belong to the unfinished temporary store,
    # which the next attempt removes together with them.
    entries = _keyring_entries(home)
    if not (data_dir / "clinic.db.creating").exists():
        assert entries == set(), entries
    return "none"


@pytest.mark.slow
def test_demo_killed_at_random_moments_leaves_nothing_or_a_whole_clinic(tmp_path: Path) -> None:
    chooser = random.Random(os.environ.get("CLINICDESK_FAULT_SEED"))
    outcomes = []
    for trial in range(TRIALS):
        home = tmp_path / f"home-{trial}"
        home.mkdir()
        data_dir = tmp_path / f"data-{trial}"
        env = _env(home)
        # Several kills in a row into the same folder, then one run to the end.
        for _kill in range(2):
            process = subprocess.Popen(
                _clinicdesk(data_dir, env, "demo", "--size", "small"),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=env,
            )
            # Aimed at the making of the clinic: from the moment its file appears, a kill
            # at once, within the first seconds, or anywhere in the load.
            _wait_for_store_file(data_dir, process)
            limit = chooser.choice(KILL_WINDOWS_SECONDS)
            time.sleep(chooser.uniform(0.0, limit))
            process.send_signal(signal.SIGKILL)
            process.wait()
            outcomes.append(_check_after_kill(data_dir, home, env))
            if outcomes[-1] == "whole":
                break
        if not (data_dir / "clinic.db").exists():
            finished = subprocess.run(
                _clinicdesk(data_dir, env, "demo", "--size", "small"),
                capture_output=True,
                text=True,
                env=env,
                timeout=600,
                check=False,
            )
            assert finished.returncode == 0, finished.stderr
            assert _check_after_kill(data_dir, home, env) == "whole"
            leftovers = sorted(path.name for path in data_dir.glob("clinic.db.*"))
            assert leftovers == [], leftovers
            entries = _keyring_entries(home)
            assert len(entries) == 2, entries  # the store key and the audit chain key
    print(f"demo kill trials: {len(outcomes)} kills, outcomes {sorted(set(outcomes))}")
