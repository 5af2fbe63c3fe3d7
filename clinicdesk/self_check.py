"""What support asks first: versions, where data and logs live, the keyring in use,
SQLCipher, and whether the bundled fonts and files are there.

Shared by ``clinicdesk self-check`` and the window's Help > About (through a hook
app.py hands in). Composition-root code like bootstrap.py: it looks at the store,
the keyring and the printing fonts without opening any clinic data.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import platform
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

from clinicdesk import __version__
from clinicdesk.paths import logs_dir, resources_dir, settings_path

# Distribution name and the module whose ``__version__`` is the fallback (a frozen
# bundle may carry the module without its distribution's metadata).
LIBRARIES: tuple[tuple[str, str], ...] = (
    ("PySide6", "PySide6"),
    ("SQLAlchemy", "sqlalchemy"),
    ("sqlcipher3", "sqlcipher3"),
    ("keyring", "keyring"),
    ("reportlab", "reportlab"),
    ("alembic", "alembic"),
    ("psycopg", "psycopg"),
    ("argon2-cffi", "argon2"),
)
# Files the program cannot work without: the password policy's list, the style sheet.
REQUIRED_RESOURCES = ("security/common-passwords.txt.gz", "style/clinicdesk.qss")


@dataclass(frozen=True)
class KeyringReport:
    backend: str
    usable: bool
    chosen_by_variable: bool
    recommended: bool
    problem: str
    this_store_key: str  # "keyring", or the demo-only key file's path


@dataclass(frozen=True)
class SelfCheck:
    clinicdesk: str
    python: str
    platform: str
    frozen: bool
    executable: str
    versions: dict[str, str]
    data_dir: str
    store: str | None
    settings_file: str
    logs_dir: str
    resources_dir: str
    keyring: KeyringReport
    sqlcipher: str
    fonts: dict[str, bool]
    problems: list[str] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, object]:
        return asdict(self) | {"healthy": self.healthy}


def library_version(distribution: str, module: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        pass
    try:
        loaded = importlib.import_module(module)
    except ImportError as exc:
        return f"missing ({type(exc).__name__})"
    return str(getattr(loaded, "__version__", getattr(loaded, "Version", "unknown")))


def run_self_check(data_dir: Path) -> SelfCheck:
    from clinicdesk.printing.fonts import bundled_font_files, fonts_dir
    from clinicdesk.store.engine import sqlcipher_version
    from clinicdesk.store.keys import DemoFileKeyStore, system_keyring_status
    from clinicdesk.store.lifecycle import db_path_for, store_exists

    problems: list[str] = []
    status = system_keyring_status()
    demo_keys = DemoFileKeyStore(data_dir)
    keyring_report = KeyringReport(
        backend=status.name,
        usable=status.usable,
        chosen_by_variable=status.chosen_by_variable,
        recommended=status.recommended,
        problem=status.problem,
        this_store_key=str(demo_keys.path) if demo_keys.path.exists() else "keyring",
    )
    try:
        cipher = sqlcipher_version()
    except Exception as exc:  # a broken binding is exactly what this report is for
        cipher = ""
        problems.append(f"SQLCipher could not be loaded ({type(exc).__name__})")
    if not cipher:
        problems.append("the SQLite library in use has no SQLCipher encryption")
    resources = resources_dir()
    fonts = {name: (fonts_dir() / name).is_file() for name in bundled_font_files()}
    problems += [f"print font missing: {name}" for name, found in fonts.items() if not found]
    problems += [
        f"bundled file missing: {name}"
        for name in REQUIRED_RESOURCES
        if not (resources / name).is_file()
    ]
    if not status.usable and keyring_report.this_store_key == "keyring" and store_exists(data_dir):
        problems.append(f"no usable keyring for this clinic's key: {status.problem}")
    return SelfCheck(
        clinicdesk=__version__,
        python=platform.python_version(),
        platform=f"{platform.system()} {platform.release()} ({platform.machine()})",
        frozen=bool(getattr(sys, "frozen", False)),
        executable=sys.executable,
        versions={name: library_version(name, module) for name, module in LIBRARIES},
        data_dir=str(data_dir),
        store=str(db_path_for(data_dir)) if store_exists(data_dir) else None,
        settings_file=str(settings_path(data_dir)),
        logs_dir=str(logs_dir(data_dir)),
        resources_dir=str(resources),
        keyring=keyring_report,
        sqlcipher=cipher or "missing",
        fonts=fonts,
        problems=problems,
    )


def format_self_check(report: SelfCheck) -> str:
    keyring = report.keyring
    key_line = (
        f"{keyring.backend} (usable)" if keyring.usable else f"none usable: {keyring.problem}"
    )
    found = sum(report.fonts.values())
    lines = [
        f"clinicdesk {report.clinicdesk} on Python {report.python}, {report.platform}"
        + (" (installed bundle)" if report.frozen else ""),
        "Libraries: " + ", ".join(f"{name} {ver}" for name, ver in report.versions.items()),
        f"SQLCipher: {report.sqlcipher}",
        f"Data folder: {report.data_dir}",
        f"Clinic data: {report.store or 'none yet'}",
        f"Settings: {report.settings_file}",
        f"Logs: {report.logs_dir}",
        f"Keyring: {key_line}",
        "This clinic's key: "
        + ("in the keyring" if keyring.this_store_key == "keyring" else keyring.this_store_key),
        f"Print fonts: {found} of {len(report.fonts)} found in {report.resources_dir}",
        "Problems: " + ("none" if report.healthy else "; ".join(report.problems)),
    ]
    return "\n".join(lines)
