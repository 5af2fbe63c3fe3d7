"""What the person chose to import, read from disk: a CSV file, a folder of them, or a
FHIR Bundle / NDJSON file, with a one-line refusal for anything else.

The window's File > Import… reads through here, so a folder holding other files (a
README, a spreadsheet, a hidden ``.DS_Store``) takes its ``.csv`` files and names the
rest, and a device, a missing path or a file over the size limit is refused before
anything is parsed. Not a service: it reads the file system, never the store.
"""

from __future__ import annotations

import stat
from dataclasses import dataclass
from pathlib import Path

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.interop.csv_import import MAX_CSV_BYTES
from clinicdesk.interop.fhir_import import MAX_FHIR_BYTES

CSV_SUFFIXES = (".csv", ".txt", ".tsv")
FHIR_SUFFIXES = (".json", ".ndjson", ".jsonl")


@dataclass(frozen=True)
class ImportSource:
    path: str
    kind: str  # "csv" or "fhir"
    files: tuple[tuple[str, bytes], ...]
    ignored: tuple[str, ...] = ()  # names in the folder that are not CSV files


def read_input_file(path: str, limit: int) -> bytes:
    """The bytes of a file to import, or a one-line refusal (missing, a folder, a device,
    larger than ``limit``)."""
    if not path.strip() or "\0" in path:
        raise ValidationError(tr("interop command", "Give the name of a file to import."))
    given = Path(path).expanduser()
    try:
        status = given.stat()
        if not stat.S_ISREG(status.st_mode):
            raise ValidationError(
                tr("interop command", "{path} is not a plain file.").format(path=path)
            )
        if status.st_size > limit:
            raise ValidationError(
                tr(
                    "interop command",
                    "{path} is {st_size:,} bytes; at most {limit:,} can be imported at once.",
                ).format(path=path, st_size=status.st_size, limit=limit)
            )
        return given.read_bytes()
    except OSError as error:
        raise ValidationError(
            tr("interop command", "Cannot read {path}: {reason}.").format(
                path=path, reason=error.strerror or error
            )
        ) from error


def read_import_source(path: str) -> ImportSource:
    """The file or folder at ``path`` as CSV files or one FHIR file."""
    if not path.strip() or "\0" in path:
        raise ValidationError(tr("import files", "Choose a file or a folder to import."))
    given = Path(path).expanduser()
    if given.is_dir():
        try:
            entries = sorted(given.iterdir())
        except OSError as error:
            raise ValidationError(
                tr(
                    "import files",
                    "Cannot read {path}: {value}.",
                ).format(path=path, value=error.strerror or error)
            ) from error
        chosen = [p for p in entries if p.suffix.lower() == ".csv" and p.is_file()]
        if not chosen:
            raise ValidationError(
                tr(
                    "import files",
                    "{path} holds no .csv file.",
                ).format(path=path)
            )
        total = 0
        files = []
        for file in chosen:
            data = read_input_file(str(file), MAX_CSV_BYTES)
            total += len(data)
            if total > MAX_CSV_BYTES:
                raise ValidationError(
                    tr(
                        "import files",
                        "The .csv files in {path} are larger than 2 GB together.",
                    ).format(path=path)
                )
            files.append((file.name, data))
        ignored = tuple(p.name for p in entries if p not in chosen)
        return ImportSource(path, "csv", tuple(files), ignored)
    suffix = given.suffix.lower()
    if suffix in FHIR_SUFFIXES:
        return ImportSource(path, "fhir", ((given.name, read_input_file(path, MAX_FHIR_BYTES)),))
    if suffix in CSV_SUFFIXES:
        return ImportSource(path, "csv", ((given.name, read_input_file(path, MAX_CSV_BYTES)),))
    raise ValidationError(
        tr(
            "import files",
            "{name} is neither a CSV file (.csv) nor FHIR (.json, .ndjson); choose one of "
            "those or a folder of CSV files.",
        ).format(name=given.name)
    )
