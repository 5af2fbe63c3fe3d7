"""Per-installation settings kept in ``settings.json`` in the data folder.

These are workstation preferences, not clinic data: the clinic's own settings
(name, time zone, opening hours) live inside the encrypted store. A missing file
means "all defaults"; a damaged file or a bad value never stops the app: the
default is used instead and a one-line problem is reported for the user to fix.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from clinicdesk.domain.errors import ValidationError
from clinicdesk.paths import settings_path


@dataclass(frozen=True, slots=True)
class Settings:
    # Lock the window after this many idle minutes (0 turns locking off).
    idle_lock_minutes: int = 10
    # Name written to the audit trail for this PC; empty = the machine's host name.
    workstation: str = ""
    # Shared PostgreSQL server to sync with; empty = this PC works alone.
    sync_url: str = ""
    sync_interval_seconds: int = 60
    # Folder for automatic backups; empty = "backups" inside the data folder.
    backup_dir: str = ""
    backup_keep: int = 14
    # Lock an account after this many failed sign-ins in a row (a manager unlocks it).
    sign_in_lock_after: int = 5
    # Folder the open window writes the downtime pack to every hour (the next working
    # days' day sheets as PDFs); empty = no scheduled pack.
    downtime_pack_dir: str = ""
    downtime_pack_days: int = 3


# Smallest value accepted for each whole-number setting.
_MINIMUMS: dict[str, int] = {
    "idle_lock_minutes": 0,
    "sync_interval_seconds": 5,
    "backup_keep": 1,
    "sign_in_lock_after": 1,
    "downtime_pack_days": 1,
}


@dataclass(frozen=True, slots=True)
class LoadedSettings:
    settings: Settings
    # One line per problem found (damaged file, bad value); each fell back to a default.
    problems: tuple[str, ...] = field(default=())


def setting_names() -> tuple[str, ...]:
    return tuple(f.name for f in fields(Settings))


def coerce_setting(name: str, value: Any) -> Any:
    """Check one setting's value and return it in its proper type.

    Strings are accepted for whole numbers so ``clinicdesk settings set`` can pass
    what the user typed.
    """
    defaults = Settings()
    if name not in setting_names():
        known = ", ".join(setting_names())
        raise ValidationError(f"Unknown setting {name!r}; known settings: {known}.")
    expected = type(getattr(defaults, name))
    if expected is int:
        if isinstance(value, bool):
            raise ValidationError(f"{name} must be a whole number, not {value!r}.")
        if isinstance(value, str):
            try:
                value = int(value.strip())
            except ValueError:
                raise ValidationError(f"{name} must be a whole number, not {value!r}.") from None
        if not isinstance(value, int):
            raise ValidationError(f"{name} must be a whole number, not {value!r}.")
        minimum = _MINIMUMS.get(name, 0)
        if value < minimum:
            raise ValidationError(f"{name} must be at least {minimum}, not {value}.")
        return value
    if not isinstance(value, str):
        raise ValidationError(f"{name} must be text, not {value!r}.")
    return value.strip()


def load_settings(data_dir: Path) -> LoadedSettings:
    """Read settings.json; never raises for a missing, damaged or half-valid file."""
    path = settings_path(data_dir)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return LoadedSettings(Settings())
    except OSError as exc:
        return LoadedSettings(
            Settings(), (f"Cannot read {path} ({exc.strerror}); using default settings.",)
        )
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        return LoadedSettings(
            Settings(),
            (
                f"{path} is not valid JSON (line {exc.lineno}, column {exc.colno}); "
                "using default settings. Fix the file or delete it.",
            ),
        )
    if not isinstance(raw, dict):
        return LoadedSettings(
            Settings(), (f"{path} must hold a JSON object; using default settings.",)
        )
    values: dict[str, Any] = {}
    problems: list[str] = []
    for name, value in raw.items():
        try:
            values[name] = coerce_setting(name, value)
        except ValidationError as exc:
            problems.append(f"{path}: {exc.message} Using the default.")
    return LoadedSettings(Settings(**values), tuple(problems))


def save_settings(data_dir: Path, settings: Settings) -> Path:
    """Write settings.json atomically (a crash mid-write leaves the old file whole)."""
    path = settings_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(asdict(settings), indent=2, sort_keys=True) + "\n"
    handle, temp_name = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return path


def with_setting(settings: Settings, name: str, value: Any) -> Settings:
    """A copy of ``settings`` with one value changed, after checking it."""
    return replace(settings, **{name: coerce_setting(name, value)})
