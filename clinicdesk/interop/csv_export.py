"""CSV files that open safely in a spreadsheet.

A cell starting with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return, which
some spreadsheets skip before reading the rest) is run as a formula by Excel and
LibreOffice: a patient "named" ``=HYPERLINK(...)`` could leak data or run commands
on the manager's PC (CSV injection, OWASP). Such text cells get a leading apostrophe,
which spreadsheets show as plain text. Numbers are written as numbers: they cannot
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


def neutralise(text: str) -> str:
    """``text`` made inert for a spreadsheet: a leading apostrophe if it could be a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


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
