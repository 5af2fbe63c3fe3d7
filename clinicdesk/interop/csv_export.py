"""CSV files that open safely in a spreadsheet.

A cell starting with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return, which
some spreadsheets skip before reading the rest) is run as a formula by Excel and
LibreOffice: a patient "named" ``=HYPERLINK(...)`` could leak data or run commands
on the manager's PC (CSV injection, OWASP). Such text cells get a leading apostrophe,
which spreadsheets show as plain text; so does a cell whose apostrophes are followed by
such a start, so that ``restore`` (used by the CSV import) gives back exactly the text
written, whatever it was. Numbers are written as numbers: they cannot
hold a formula, and a negative figure must stay a number.

Files are UTF-8 with a byte-order mark so Excel reads "Zoë" and "王芳" correctly.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path

from clinicdesk.interop.files import OutputKind, OutputRequest, write_user_file

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _guarded(text: str) -> bool:
    return text.lstrip("'").startswith(FORMULA_STARTS)


def neutralise(text: str) -> str:
    """``text`` made inert for a spreadsheet: a leading apostrophe if it could be a formula."""
    return "'" + text if _guarded(text) else text


def restore(text: str) -> str:
    """The text ``neutralise`` was given: its one added apostrophe taken off. A cell such
    as "'Ofa" that no guard made is left whole."""
    return text[1:] if text.startswith("'") and _guarded(text) else text


def _cell(value: object) -> str | int | float:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return neutralise(str(value))


def csv_bytes(columns: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """The CSV document (header row first) as UTF-8 bytes with a BOM."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([_cell(column) for column in columns])
    for row in rows:
        writer.writerow([_cell(value) for value in row])
    return buffer.getvalue().encode("utf-8-sig")


def write_csv(
    path: Path,
    columns: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    overwrite: bool = False,
    protected_folders: Sequence[Path] = (),
) -> Path:
    """Write the CSV to ``path`` (guarded, whole or not at all); the path written."""
    request = OutputRequest(Path(path), OutputKind.CSV, overwrite)
    return write_user_file(request, csv_bytes(columns, rows), protected_folders)


# The layout written by ``export csv``: the CSV import reads these headers by itself.
PATIENT_COLUMNS = (
    "id",
    "given",
    "family",
    "preferred_name",
    "birth_date",
    "sex",
    "phone",
    "email",
    "address",
    "city",
    "region",
    "postcode",
)
PROVIDER_COLUMNS = ("id", "name", "title", "specialty")
APPOINTMENT_COLUMNS = ("id", "start", "end", "patient", "provider", "type", "status")
