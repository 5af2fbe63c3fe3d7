"""Where clinicdesk keeps things: the per-user data folder and the bundled resources.

The data folder holds the encrypted store, settings.json and logs/. It is chosen,
in order, by ``--data-dir``, the ``CLINICDESK_DATA_DIR`` variable, or the operating
system's per-user data folder (``%LOCALAPPDATA%\\clinicdesk`` on Windows,
``~/.local/share/clinicdesk`` on Linux).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "clinicdesk"
DATA_DIR_ENV = "CLINICDESK_DATA_DIR"
SETTINGS_FILE_NAME = "settings.json"
LOGS_DIR_NAME = "logs"


def default_data_dir() -> Path:
    """The operating system's per-user data folder for clinicdesk (not created here)."""
    # appauthor=False: no "clinicdesk\\clinicdesk" nesting on Windows.
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data folder to use: an explicit choice, else the environment, else the default."""
    chosen = explicit if explicit else os.environ.get(DATA_DIR_ENV) or None
    if chosen is None:
        return default_data_dir()
    return Path(chosen).expanduser().absolute()


def settings_path(data_dir: Path) -> Path:
    return data_dir / SETTINGS_FILE_NAME


def logs_dir(data_dir: Path) -> Path:
    return data_dir / LOGS_DIR_NAME


def resources_dir() -> Path:
    """The ``resources/`` folder (icons, style sheets, fonts, translations).

    In a PyInstaller build the bundle is unpacked to ``sys._MEIPASS``; from a source
    checkout it sits next to the ``clinicdesk`` package.
    """
    bundle_root = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle_root:
        return Path(bundle_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
