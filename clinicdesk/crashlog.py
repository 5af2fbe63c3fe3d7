"""Write unexpected errors (bugs) to a log file without patient data.

Exception messages can carry patient data (a database error quotes the row it
failed on), so the log keeps only what a developer needs to find the bug: the
exception types and the stack (file, line, function, source line). Used by the
command line and the window's crash handler alike.
"""

from __future__ import annotations

import os
import platform
import re
import traceback
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from clinicdesk import __version__
from clinicdesk.paths import logs_dir

CRASH_LOG_NAME = "crash.log"
# Keep the log from growing without bound on a PC that hits the same bug daily.
_MAX_LOG_BYTES = 1_000_000


# A dotted Python module name: all an ImportError's ``name`` may add to a report.
_MODULE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*")


def describe_exception(exc: BaseException) -> str:
    """The exception's qualified type name, e.g. ``sqlalchemy.exc.OperationalError``.

    A failed import also names the module it could not load (``ModuleNotFoundError
    (module keyrings.alt)``): that is what support needs to fix a broken install or a
    frozen build missing a hidden import, and a module name holds no patient data.
    """
    kind = type(exc)
    module = kind.__module__
    name = kind.__qualname__ if module == "builtins" else f"{module}.{kind.__qualname__}"
    missing = getattr(exc, "name", None) if isinstance(exc, ImportError) else None
    if isinstance(missing, str) and _MODULE_NAME.fullmatch(missing):
        name += f" (module {missing})"
    return name


def scrubbed_traceback(exc: BaseException) -> str:
    """The traceback of ``exc`` and its causes, with every exception message left out."""
    sections: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        frames = traceback.extract_tb(current.__traceback__)
        lines = [f"{describe_exception(current)} (message withheld)"]
        lines.extend(
            f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}'
            + (f"\n    {frame.line.strip()}" if frame.line else "")
            for frame in frames
        )
        sections.append("\n".join(lines))
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    # Innermost cause first, as Python prints chained tracebacks.
    return "\n-- which caused --\n".join(reversed(sections))


def write_crash_report(
    data_dir: Path,
    exc: BaseException,
    where: str,
    tb: TracebackType | None = None,
) -> Path:
    """Append a scrubbed report of ``exc`` to ``logs/crash.log``; returns the log's path."""
    if tb is not None and exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    folder = logs_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / CRASH_LOG_NAME
    if path.exists() and path.stat().st_size > _MAX_LOG_BYTES:
        os.replace(path, path.with_suffix(".log.1"))
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    header = (
        f"=== {stamp} {where}: clinicdesk {__version__}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )
    with path.open("a", encoding="utf-8") as stream:
        stream.write(f"{header}\n{scrubbed_traceback(exc)}\n\n")
    return path
