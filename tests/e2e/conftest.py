"""Run the installed ``clinicdesk`` command as a user would, inside tmp_path.

Every run gets its own data folder, a file keyring (keyrings.alt) under a private
HOME/XDG_DATA_HOME, and CLINICDESK_PASSWORD, so nothing touches the real user's data
or keyring.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import NamedTuple

import pytest

E2E_PASSWORD = "e2e-password-123"
_SCRIPT_NAME = "clinicdesk.exe" if sys.platform == "win32" else "clinicdesk"
# The console script installed into the venv that runs pytest (README: pip install -e).
CLINICDESK = Path(sys.executable).parent / _SCRIPT_NAME
# Variables from the developer's shell that would change what the command does.
_CLEARED = (
    "CLINICDESK_DATA_DIR",
    "CLINICDESK_USER",
    "CLINICDESK_PASSWORD",
    "DISPLAY",
    "WAYLAND_DISPLAY",
    "DBUS_SESSION_BUS_ADDRESS",
)


class CliResult(NamedTuple):
    returncode: int
    stdout: str
    stderr: str


class CliRunner:
    """Calls ``clinicdesk --data-dir <tmp> ARGS...`` and returns (returncode, stdout, stderr).

    ``env`` adds variables (None removes one); ``pass_data_dir=False`` leaves out
    ``--data-dir`` so the variable or the per-user default decides.
    """

    def __init__(self, data_dir: Path, env: dict[str, str]) -> None:
        self.data_dir = data_dir
        self.env = env

    def __call__(
        self,
        *args: str,
        env: Mapping[str, str | None] | None = None,
        stdin: str = "",
        data_dir: Path | None = None,
        pass_data_dir: bool = True,
        timeout: float = 120,
    ) -> CliResult:
        run_env = dict(self.env)
        for name, value in (env or {}).items():
            if value is None:
                run_env.pop(name, None)
            else:
                run_env[name] = value
        chosen = ["--data-dir", str(data_dir or self.data_dir)] if pass_data_dir else []
        command = [str(CLINICDESK), *chosen, *args]
        completed = subprocess.run(
            command,
            input=stdin,
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=run_env,
            timeout=timeout,
            check=False,
        )
        return CliResult(completed.returncode, completed.stdout, completed.stderr)


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir()
    env = {name: value for name, value in os.environ.items() if name not in _CLEARED}
    env.update(
        {
            "HOME": str(home),
            "USERPROFILE": str(home),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
            "CLINICDESK_PASSWORD": E2E_PASSWORD,
            "PYTHONIOENCODING": "utf-8",
        }
    )
    return env


@pytest.fixture
def run_cli(tmp_path: Path, cli_env: dict[str, str]) -> Callable[..., CliResult]:
    if not CLINICDESK.exists():
        pytest.fail(f"{CLINICDESK} is missing: install the project with pip install -e '.[test]'")
    return CliRunner(tmp_path / "data", cli_env)
