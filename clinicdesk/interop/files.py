"""Writing files for a user where they asked: guarded, whole or not at all.

Every file the program writes for a user (day sheets, schedules, call lists, the
downtime pack, report CSVs, the recovery sheet) goes through ``write_user_file``. A
path is a user's word, and a mistyped or hostile one must never destroy the clinic:
the guard refuses the clinic's own files and folders (the store, its ``-wal``/``-shm``,
``store.json``, ``settings.json``, anything in the data folder or the backup folder,
whichever way the path gets there: ``..``, a symlink), anything that exists and is not
a plain file (a device such as ``/dev/full``, a socket, a FIFO, a folder), the wrong
extension for the kind of file, and an existing file unless replacing it was asked for.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr

# Names that mark a clinicdesk data folder (see store/lifecycle.py and paths.py); a
# folder holding one is protected even when nobody told the writer it is one, e.g. the
# data folder of another clinic on the same PC.
DATA_FOLDER_MARKERS = ("store.json", "clinic.db")
# A folder holding backups (store/backup.py names them clinic-backup-*.cdbak).
BACKUP_FILE_PATTERN = "clinic-backup-*.cdbak"
# The clinic's own files, refused by name wherever they are.
CLINIC_FILE_NAMES = frozenset(
    {
        "clinic.db",
        "clinic.db-wal",
        "clinic.db-shm",
        "clinic.db-journal",
        "store.json",
        "settings.json",
    }
)


class OutputKind(Enum):
    """The kinds of file written for a user, each with the one extension it must have."""

    PDF = ".pdf"
    CSV = ".csv"
    NDJSON = ".ndjson"
    JSON = ".json"
    ICS = ".ics"
    HL7 = ".hl7"
    # A SMART Scheduling Links manifest is named ``$bulk-publish``, with no extension.
    MANIFEST = ""

    @property
    def label(self) -> str:
        return self.value.lstrip(".").upper()


@dataclass(frozen=True, slots=True)
class OutputRequest:
    """Where a user asked a file to go, and whether an existing file may be replaced."""

    path: Path
    kind: OutputKind
    overwrite: bool = False


def _resolved(path: Path) -> Path:
    """``path`` made absolute with ``~``, ``..`` and every symlink resolved."""
    return Path(os.path.realpath(Path(path).expanduser().absolute()))


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _is_data_folder(folder: Path) -> bool:
    return any((folder / marker).exists() for marker in DATA_FOLDER_MARKERS)


def _is_backup_folder(folder: Path) -> bool:
    try:
        return any(folder.glob(BACKUP_FILE_PATTERN))
    except OSError:
        return False


def refuse_protected(path: Path, protected_folders: Iterable[Path] = ()) -> Path:
    """``path`` resolved, or ValidationError if it lies in a folder the clinic keeps its
    data or backups in (given, or recognised by what it holds)."""
    resolved = _resolved(path)
    for folder in protected_folders:
        if _inside(resolved, _resolved(folder)):
            raise ValidationError(
                tr(
                    "files",
                    "{path} is inside the clinic's data or backup folder ({folder}); choose a "
                    "place outside it.",
                ).format(path=path, folder=folder)
            )
    for folder in (resolved, *resolved.parents):
        if _is_data_folder(folder):
            raise ValidationError(
                tr(
                    "files",
                    "{path} is inside a clinicdesk data folder ({folder}); choose a place "
                    "outside it.",
                ).format(path=path, folder=folder)
            )
    if _is_backup_folder(resolved.parent) or _is_backup_folder(resolved):
        raise ValidationError(
            tr(
                "files",
                "{path} is inside a folder of clinic backups ({parent}); choose a place "
                "outside it.",
            ).format(path=path, parent=resolved.parent)
        )
    return resolved


def check_user_file(request: OutputRequest, protected_folders: Iterable[Path] = ()) -> Path:
    """The path to write ``request`` to, or ValidationError saying why it may not be.

    Cheap and read-only: call it before rendering, so a bad path is refused before
    anything is made or audited; ``write_user_file`` checks again when it writes.
    """
    given = _usable_path(request.path)
    try:
        return _check_file(given, request, tuple(protected_folders))
    except OSError as error:  # a name too long, a folder that cannot be read...
        raise ValidationError(
            tr(
                "files",
                "Cannot use {given}: {value}.",
            ).format(given=given, value=error.strerror or error)
        ) from error


def _usable_path(path: Path) -> Path:
    text = os.fspath(path)
    if not text.strip() or "\0" in text:
        raise ValidationError(tr("files", "Give the name of a file to write to."))
    return Path(text).expanduser()


def _check_file(given: Path, request: OutputRequest, protected: tuple[Path, ...]) -> Path:
    if given.name.lower() in CLINIC_FILE_NAMES:
        raise ValidationError(
            tr(
                "files",
                "{name} is one of the clinic's own files; choose another name.",
            ).format(name=given.name)
        )
    resolved = refuse_protected(given, protected)
    try:
        status: os.stat_result | None = os.stat(given)  # follows a link: what is written over
    except FileNotFoundError:
        status = None
    if status is not None and stat.S_ISDIR(status.st_mode):
        raise ValidationError(
            tr(
                "files",
                "{given} is a folder; give a file name to write to.",
            ).format(given=given)
        )
    if status is not None and not stat.S_ISREG(status.st_mode):
        raise ValidationError(
            tr(
                "files",
                "{given} is not a plain file (a device, socket or pipe); choose a file name.",
            ).format(given=given)
        )
    if status is None and given.is_symlink():
        raise ValidationError(
            tr(
                "files",
                "{given} is a link to nothing; choose a file name.",
            ).format(given=given)
        )
    if given.suffix.lower() != request.kind.value:
        raise ValidationError(
            tr(
                "files",
                "Save it as a {extension} file, not '{name}'.",
            ).format(extension=request.kind.value, name=given.name or given)
        )
    if status is not None and not request.overwrite:
        raise ValidationError(
            tr(
                "files",
                "{given} already exists; choose a new name or allow replacing it (--overwrite "
                "on the command line).",
            ).format(given=given)
        )
    if not resolved.parent.is_dir():
        raise ValidationError(
            tr(
                "files",
                "The folder {parent} does not exist; choose another place.",
            ).format(parent=given.parent)
        )
    return resolved


def check_user_folder(folder: Path, protected_folders: Iterable[Path] = ()) -> Path:
    """A folder the program may write its own files into (the downtime pack), resolved;
    it is created if missing. Refused like a file: never inside the clinic's folders,
    never something that is not a folder."""
    given = _usable_path(folder)
    try:
        resolved = refuse_protected(given, protected_folders)
        is_something_else = resolved.exists() and not resolved.is_dir()
    except OSError as error:
        raise ValidationError(
            tr(
                "files",
                "Cannot use the folder {folder}: {value}.",
            ).format(folder=folder, value=error.strerror or error)
        ) from error
    if is_something_else:
        raise ValidationError(
            tr(
                "files",
                "Cannot use the folder {folder}: it is not a folder; choose a folder to write to.",
            ).format(folder=folder)
        )
    try:
        resolved.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ValidationError(
            tr(
                "files",
                "Cannot use the folder {folder}: {value}.",
            ).format(folder=folder, value=error.strerror or error)
        ) from error
    return resolved


def write_user_file(
    request: OutputRequest, data: bytes, protected_folders: Iterable[Path] = ()
) -> Path:
    """Write ``data`` where ``request`` asks, after ``check_user_file``; the path written.

    Through a temporary file in the same folder, so a crash or a full disk leaves
    either the old file or none, never half a PDF that would look like a complete day
    sheet. A read-only or full folder is a one-line ValidationError. When the path is
    a symlink to a plain file, the link is replaced, never what it points to.
    """
    protected = tuple(protected_folders)
    check_user_file(request, protected)
    target = Path(request.path).expanduser().absolute()
    return _write_atomically(target, data)


def write_folder_files(
    folder: Path,
    files: Iterable[tuple[str, OutputKind, bytes]],
    *,
    overwrite: bool = False,
    protected_folders: Iterable[Path] = (),
) -> list[Path]:
    """Write several files (name, kind, bytes) into ``folder``, each guarded and atomic.

    Every name is checked before the first is written, so a refused name (a clinic
    file, an existing file without ``overwrite``) leaves the folder as it was.
    """
    protected = tuple(protected_folders)
    where = check_user_folder(folder, protected)
    chosen = [(OutputRequest(where / name, kind, overwrite), data) for name, kind, data in files]
    for request, _ in chosen:
        check_user_file(request, protected)
    return [write_user_file(request, data, protected) for request, data in chosen]


def write_rendered(
    request: OutputRequest, render: Callable[[], bytes], protected_folders: Iterable[Path] = ()
) -> Path:
    """Check ``request`` first, then make the file with ``render`` and write it: a path
    the guard refuses costs no rendering and leaves no audit row of a print."""
    protected = tuple(protected_folders)
    check_user_file(request, protected)
    return write_user_file(request, render(), protected)


def _write_atomically(target: Path, data: bytes) -> Path:
    temp_name: str | None = None
    try:
        handle, temp_name = tempfile.mkstemp(
            dir=target.parent, prefix=".clinicdesk-", suffix=".part"
        )
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp_name, target)
    except OSError as error:
        if temp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
        raise ValidationError(
            tr(
                "files",
                "Could not write {target}: {value}. Check the folder and space.",
            ).format(target=target, value=error.strerror or error)
        ) from error
    except BaseException:
        if temp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
        raise
    return target
