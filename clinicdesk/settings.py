"""Per-PC preferences kept in ``settings.json`` in the data folder.

These are workstation preferences, not clinic data: the clinic's own settings (name,
time zone, opening hours) and its security rules (lockout, idle lock, password length;
domain/security_settings.py) live inside the encrypted store, where only an
administrator changes them. Each preference here is declared once in ``PC_OPTIONS``
with its type, bounds and description; checks, ``clinicdesk settings`` and
docs/settings.md come from that schema.

A missing file means "all defaults"; a damaged file or a bad value never stops the app:
the default is used instead and a one-line problem is reported for the user to fix.
"""

from __future__ import annotations

import json
import os
import tempfile
import unicodedata
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.security_settings import OPTIONS_BY_NAME as CLINIC_SECURITY_OPTIONS
from clinicdesk.paths import settings_path

# Settings that once lived in settings.json and now belong to the clinic (in the store).
MOVED_TO_THE_CLINIC = frozenset({"sign_in_lock_after", "idle_lock_minutes"})


@dataclass(frozen=True, slots=True)
class PcOption:
    name: str
    kind: type  # int or str
    default: int | str
    description: str
    minimum: int = 0  # whole numbers: smallest value; text: fewest characters
    maximum: int = 0  # whole numbers: largest value; text: most characters


PC_OPTIONS: tuple[PcOption, ...] = (
    PcOption(
        "workstation",
        str,
        "",
        "Name written to the audit trail for this PC; empty = the machine's host name.",
        maximum=64,
    ),
    PcOption(
        "sync_url",
        str,
        "",
        "Shared PostgreSQL server to sync with; empty = this PC works alone.",
        maximum=2048,
    ),
    PcOption(
        "sync_interval_seconds",
        int,
        60,
        "Seconds between two syncs while the window is open.",
        minimum=5,
        maximum=86_400,
    ),
    PcOption(
        "backup_dir",
        str,
        "",
        "Folder for automatic backups; empty = 'backups' inside the data folder.",
        maximum=1024,
    ),
    PcOption(
        "backup_keep",
        int,
        14,
        "How many automatic backups to keep.",
        minimum=1,
        maximum=3650,
    ),
    PcOption(
        "downtime_pack_dir",
        str,
        "",
        "Folder the open window writes the downtime pack to every hour (the next working "
        "days' day sheets as PDFs); empty = no scheduled pack.",
        maximum=1024,
    ),
    PcOption(
        "downtime_pack_days",
        int,
        3,
        "How many working days the scheduled downtime pack covers.",
        minimum=1,
        maximum=31,
    ),
    PcOption(
        "language",
        str,
        "",
        "Language of the window, the command line and printed sheets: en, de, es, fr or "
        "ar; empty = the system's language. Takes effect when clinicdesk next starts.",
        maximum=8,
    ),
    PcOption(
        "hl7_outbound_dir",
        str,
        "",
        "Drop folder for outbound HL7 v2 SIU messages (one .hl7 file per appointment "
        "change, picked up by the EHR's interface engine); empty = none sent.",
        maximum=1024,
    ),
    PcOption(
        "hl7_version",
        str,
        "2.5.1",
        "HL7 v2 version written in outbound messages (2.3 to 2.8).",
        minimum=3,
        maximum=5,
    ),
    PcOption(
        "hl7_sent_upto",
        str,
        "",
        "Written by clinicdesk: where the last HL7 run stopped in the store's list of "
        "appointment changes; empty = start from the next change.",
        maximum=20,
    ),
    PcOption(
        "hl7_mllp",
        str,
        "",
        "The EHR's MLLP listener as host:port; when set, 'clinicdesk hl7 send' sends each "
        "SIU message there and waits for its ACK instead of writing to the drop folder.",
        maximum=300,
    ),
    PcOption(
        "hl7_ack_timeout_seconds",
        int,
        30,
        "Seconds to wait for the EHR's MLLP connection, and again for each ACK.",
        minimum=1,
        maximum=600,
    ),
)

# The catalogues shipped in resources/translations (English is the source text).
LANGUAGE_CHOICES = ("", "en", "de", "es", "fr", "ar")

PC_OPTIONS_BY_NAME: dict[str, PcOption] = {option.name: option for option in PC_OPTIONS}


@dataclass(frozen=True, slots=True)
class Settings:
    workstation: str = ""
    sync_url: str = ""
    sync_interval_seconds: int = 60
    backup_dir: str = ""
    backup_keep: int = 14
    downtime_pack_dir: str = ""
    downtime_pack_days: int = 3
    language: str = ""
    hl7_outbound_dir: str = ""
    hl7_version: str = "2.5.1"
    hl7_sent_upto: str = ""
    hl7_mllp: str = ""
    hl7_ack_timeout_seconds: int = 30


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
    if name in MOVED_TO_THE_CLINIC or name in CLINIC_SECURITY_OPTIONS:
        raise ValidationError(
            tr(
                "settings",
                "{name} is one of the clinic's security settings, kept in the store for every "
                "PC: an administrator changes it with 'clinicdesk security set {name} VALUE'.",
            ).format(name=name)
        )
    option = PC_OPTIONS_BY_NAME.get(name)
    if option is None:
        known = ", ".join(setting_names())
        raise ValidationError(tr(
            "settings",
            "Unknown setting {shown}; known settings: {known}.",
        ).format(shown=_shown(name), known=known))
    if option.kind is int:
        return _whole_number(option, value)
    text = _text(option, value)
    if name == "language" and text not in LANGUAGE_CHOICES:
        raise ValidationError(
            tr(
                "settings",
                "language must be one of: {join}, or empty for the system's language.",
            ).format(join=', '.join(c for c in LANGUAGE_CHOICES if c))
        )
    if name == "hl7_mllp" and text:
        from clinicdesk.interop.mllp import parse_endpoint

        try:
            parse_endpoint(text)
        except ValueError as error:
            message = tr("settings", "hl7_mllp: {error}.").format(error=error)
            raise ValidationError(message) from error
    return text


def _shown(value: object) -> str:
    """A value quoted for a message: short, and printable whatever it holds."""
    return ascii(value if not isinstance(value, str) else value[:40])


def _whole_number(option: PcOption, value: Any) -> int:
    number: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        number = int(value.strip())
    if number is None:
        raise ValidationError(tr(
            "settings",
            "{name} must be a whole number, not {shown}.",
        ).format(name=option.name, shown=_shown(value)))
    if number < option.minimum:
        raise ValidationError(tr(
            "settings",
            "{name} must be at least {minimum}, not {number}.",
        ).format(name=option.name, minimum=option.minimum, number=number))
    if number > option.maximum:
        raise ValidationError(tr(
            "settings",
            "{name} must be at most {maximum}, not {number}.",
        ).format(name=option.name, maximum=option.maximum, number=number))
    return number


def _text(option: PcOption, value: Any) -> str:
    if not isinstance(value, str):
        raise ValidationError(tr(
            "settings",
            "{name} must be text, not {shown}.",
        ).format(name=option.name, shown=_shown(value)))
    text = value.strip()
    if len(text) > option.maximum:
        raise ValidationError(
            tr(
                "settings",
                "{name} is too long: at most {maximum} characters, not {count}.",
            ).format(name=option.name, maximum=option.maximum, count=len(text))
        )
    # Lone surrogates (bytes that were not UTF-8), control and bidi-override characters
    # would break the audit trail or disguise a name: refuse them all.
    if any(not ch.isprintable() or unicodedata.category(ch) in ("Cf", "Cs") for ch in text):
        raise ValidationError(
            tr(
                "settings",
                "{name} may hold only printable characters (no control characters, direction "
                "overrides or bytes that are not UTF-8).",
            ).format(name=option.name)
        )
    return text


def load_settings(data_dir: Path) -> LoadedSettings:
    """Read settings.json; never raises for a missing, damaged or half-valid file."""
    path = settings_path(data_dir)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return LoadedSettings(Settings())
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "it is not UTF-8 text"
        return LoadedSettings(
            Settings(), (f"Cannot read {path} ({reason}); using default settings.",)
        )
    try:
        raw = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        where = (
            f" (line {exc.lineno}, column {exc.colno})"
            if isinstance(exc, json.JSONDecodeError)
            else ""
        )
        return LoadedSettings(
            Settings(),
            (
                f"{path} is not valid JSON{where}; using default settings. "
                "Fix the file or delete it.",
            ),
        )
    if not isinstance(raw, dict):
        return LoadedSettings(
            Settings(), (f"{path} must hold a JSON object; using default settings.",)
        )
    values: dict[str, Any] = {}
    problems: list[str] = []
    for name, value in raw.items():
        if name in MOVED_TO_THE_CLINIC:
            continue  # an older version's file: the clinic's own setting now applies
        try:
            values[name] = coerce_setting(name, value)
        except ValidationError as exc:
            problems.append(f"{path}: {exc.message} Using the default.")
    return LoadedSettings(Settings(**values), tuple(problems))


def save_settings(data_dir: Path, settings: Settings) -> Path:
    """Write settings.json atomically (a crash mid-write leaves the old file whole)."""
    path = settings_path(data_dir)
    payload = json.dumps(asdict(settings), indent=2, sort_keys=True) + "\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise ValidationError(tr(
            "settings",
            "Cannot save {path}: {strerror}.",
        ).format(path=path, strerror=error.strerror)) from error
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, path)
    except OSError as error:
        Path(temp_name).unlink(missing_ok=True)
        raise ValidationError(tr(
            "settings",
            "Cannot save {path}: {strerror}.",
        ).format(path=path, strerror=error.strerror)) from error
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return path


def with_setting(settings: Settings, name: str, value: Any) -> Settings:
    """A copy of ``settings`` with one value changed, after checking it."""
    return replace(settings, **{name: coerce_setting(name, value)})


def settings_markdown() -> str:
    """docs/settings.md: this PC's preferences and the clinic's security settings."""
    from clinicdesk.domain.security_settings import SECURITY_OPTIONS

    lines = [
        "# Settings",
        "",
        "Generated from the schemas in `clinicdesk/settings.py` and",
        "`clinicdesk/domain/security_settings.py`; a test keeps this page in step.",
        "",
        "## This PC (settings.json, `clinicdesk settings set NAME VALUE`)",
        "",
        "| setting | type | default | allowed | what it does |",
        "|---|---|---|---|---|",
    ]
    for option in PC_OPTIONS:
        if option.kind is int:
            kind, allowed = "whole number", f"{option.minimum} to {option.maximum}"
        else:
            kind, allowed = "text", f"up to {option.maximum} printable characters"
        default = option.default if option.default != "" else "(empty)"
        lines.append(f"| `{option.name}` | {kind} | {default} | {allowed} | {option.description} |")
    lines += [
        "",
        "## The clinic's security settings (in the store, `clinicdesk security set NAME VALUE`)",
        "",
        "Only an administrator changes these; each change is audited. Every PC of the",
        "clinic signs in under the same rules.",
        "",
        "| setting | default | allowed | what it does |",
        "|---|---|---|---|",
    ]
    for security in SECURITY_OPTIONS:
        lines.append(
            f"| `{security.name}` | {security.default} | {security.minimum} to "
            f"{security.maximum} {security.unit} | {security.description} |"
        )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    page = Path(__file__).resolve().parents[1] / "docs" / "settings.md"
    page.write_text(settings_markdown(), encoding="utf-8")
    print(f"wrote {page}")
