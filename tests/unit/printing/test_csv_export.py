"""CSV export: spreadsheet formulas neutralised, numbers kept, UTF-8 for Excel."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from clinicdesk.domain.errors import ValidationError
from clinicdesk.interop.csv_export import csv_bytes, neutralise, write_csv


@pytest.mark.parametrize(
    ("raw", "written"),
    [
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+1 555 0100", "'+1 555 0100"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("O'Brien", "O'Brien"),
        ("Zoë = fine", "Zoë = fine"),
        ("", ""),
    ],
)
def test_neutralise(raw: str, written: str) -> None:
    assert neutralise(raw) == written


def read_back(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: Excel then reads UTF-8
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_rows_round_trip_with_text_neutralised_and_numbers_kept() -> None:
    data = csv_bytes(
        ("provider", "no_show_percent", "day"),
        [("=cmd|' /C calc'!A0", -1.5, date(2026, 3, 2)), ("王, 芳", 12, None)],
    )
    assert read_back(data) == [
        ["provider", "no_show_percent", "day"],
        ["'=cmd|' /C calc'!A0", "-1.5", "2026-03-02"],
        ["王, 芳", "12", ""],
    ]


def test_write_csv_writes_the_file_whole(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "r.csv", ("a",), [("@x",)])
    assert read_back(path.read_bytes()) == [["a"], ["'@x"]]
    with pytest.raises(ValidationError):
        write_csv(tmp_path / "missing" / "r.csv", ("a",), [])
