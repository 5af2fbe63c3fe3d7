"""The checks an install must pass, run against any ``clinicdesk`` executable: a wheel
installed into a fresh venv, or the PyInstaller bundle (installer/clinicdesk.spec)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from clinicdesk import __version__

DEMO_PASSWORD = "installed-check-password"


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """A private HOME and data folder, no display, no D-Bus and no keyring chosen: the
    first run on a fresh PC (the demo then keeps its key in its demo-only file)."""
    dropped = {
        "CLINICDESK_DATA_DIR",
        "CLINICDESK_USER",
        "CLINICDESK_PASSWORD",
        "DISPLAY",
        "WAYLAND_DISPLAY",
        "DBUS_SESSION_BUS_ADDRESS",
        "PYTHON_KEYRING_BACKEND",
        "PYTHONPATH",
        "VIRTUAL_ENV",
    }
    env = {name: value for name, value in os.environ.items() if name not in dropped}
    home.mkdir(parents=True, exist_ok=True)
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        CLINICDESK_PASSWORD=DEMO_PASSWORD,
        PYTHONIOENCODING="utf-8",
    )
    env.update(extra)
    return env


def run(command: list[str], env: dict[str, str], cwd: Path, timeout: float = 300) -> str:
    done = subprocess.run(
        command,
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, f"{command[1:]} failed ({done.returncode}):\n{done.stderr}"
    return done.stdout


def check_command_line(clinicdesk: list[str], workdir: Path, env: dict[str, str]) -> str:
    """--version, --help, a small demo and its day sheet read back with pdftotext;
    returns the day sheet's text."""
    data_dir = workdir / "data"
    assert run([*clinicdesk, "--version"], env, workdir).strip() == f"clinicdesk {__version__}"
    help_text = run([*clinicdesk, "--help"], env, workdir)
    for command in ("demo", "print", "backup", "sync", "self-check"):
        assert command in help_text, command
    with_data = [*clinicdesk, "--data-dir", str(data_dir)]
    made = run([*with_data, "demo", "--size", "small"], env, workdir)
    assert "Demo clinic loaded" in made
    sheet = workdir / "today.pdf"
    run([*with_data, "--user", "reception", "print", "day", "--out", str(sheet)], env, workdir)
    pdftotext = shutil.which("pdftotext")
    assert pdftotext, "pdftotext (poppler-utils) is needed to read the sheet back"
    text = run([pdftotext, "-layout", str(sheet), "-"], env, workdir)
    assert "Riverside Demo Clinic" in text and "Day sheet" in text
    return text
