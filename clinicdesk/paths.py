"""Where clinicdesk keeps things: the per-user data folder and the bundled resources.

The data folder holds the encrypted store, settings.json and logs/. It is chosen,
in order, by ``--data-dir``, the ``CLINICDESK_DATA_DIR`` variable, or the operating
system's per-user data folder (``%LOCALAPPDATA%\\clinicdesk`` on Windows,
``~/.local/share/clinicdesk`` on Linux).
"""

from __future__ import annotations

import atexit
import importlib.resources
import os
from contextlib import ExitStack
from functools import lru_cache
from pathlib import Path

import platformdirs

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr

APP_NAME = "clinicdesk"
DATA_DIR_ENV = "CLINICDESK_DATA_DIR"
SETTINGS_FILE_NAME = "settings.json"
LOGS_DIR_NAME = "logs"
RESOURCES_DIR_NAME = "resources"


def default_data_dir() -> Path:
    """The operating system's per-user data folder for clinicdesk (not created here)."""
    # appauthor=False: no "clinicdesk\\clinicdesk" nesting on Windows.
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data folder to use: an explicit choice, else the environment, else the default."""
    chosen = explicit if explicit else os.environ.get(DATA_DIR_ENV) or None
    if chosen is None:
        return default_data_dir()
    folder = Path(chosen).expanduser().absolute()
    _refuse_unusable_folder(folder)
    return folder


def _refuse_unusable_folder(folder: Path) -> None:
    """A folder name the system cannot look at (too long, a loop of links) is the user's
    to fix, so it is named in a one-line refusal rather than failing deep inside."""
    try:
        folder.exists()
        os.stat(folder)
    except FileNotFoundError:
        return
    except NotADirectoryError:
        return
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise ValidationError(
            tr(
                "paths",
                "The data folder {folder} cannot be used ({reason}); choose another folder.",
            ).format(folder=folder, reason=reason)
        ) from error


def settings_path(data_dir: Path) -> Path:
    return data_dir / SETTINGS_FILE_NAME


def logs_dir(data_dir: Path) -> Path:
    return data_dir / LOGS_DIR_NAME


def resources_dir() -> Path:
    """The package's ``resources/`` folder: icons, the style sheet, print fonts and the
    common-password list.

    Found through ``importlib.resources``, so the same call works from a source
    checkout, an installed wheel and a PyInstaller bundle (whose importer maps the
    package onto the unpacked bundle folder).
    """
    return _resources_root()


@lru_cache(maxsize=1)
def _resources_root() -> Path:
    root = importlib.resources.files(__package__ or APP_NAME) / RESOURCES_DIR_NAME
    if isinstance(root, Path):
        return root
    # A package imported from a zip file: unpack the folder once, for the process's life.
    extracted = ExitStack()
    atexit.register(extracted.close)
    return extracted.enter_context(importlib.resources.as_file(root))
