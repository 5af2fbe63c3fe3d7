"""What File > Import… reads, and hostile files: each refused with a one-line reason and
the store left as it was."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from clinicdesk.domain.errors import ValidationError
from clinicdesk.services.csv_intake import import_csv
from clinicdesk.services.fhir_intake import import_fhir
from clinicdesk.services.import_files import read_import_source
from tests.integration.interop.conftest import SmallClinic


def test_a_folder_takes_its_csv_files_and_names_the_rest(tmp_path: Path) -> None:
    (tmp_path / "b.csv").write_text("id,first,last,dob\n1,A,B,1980-01-01\n")
    (tmp_path / "a.CSV").write_text("id,first,last,dob\n2,C,D,1981-01-01\n")
    (tmp_path / "README.pdf").write_bytes(b"%PDF")
    (tmp_path / "sub").mkdir()
    found = read_import_source(str(tmp_path))
    assert found.kind == "csv"
    assert [name for name, _ in found.files] == ["a.CSV", "b.csv"]
    assert found.ignored == ("README.pdf", "sub")
    (tmp_path / "x.ndjson").write_text("{}\n")
    assert read_import_source(str(tmp_path / "x.ndjson")).kind == "fhir"


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p, "holds no .csv file"),
        (lambda p: (p / "x.xlsx").write_bytes(b"PK") and p / "x.xlsx", "neither a CSV file"),
        (lambda p: p / "missing.csv", "Cannot read"),
        (lambda p: os.mkfifo(p / "pipe.csv") or p / "pipe.csv", "not a plain file"),
        (lambda _p: Path("a\0b"), "Choose a file"),
    ],
)
def test_unusable_choices_are_refused(tmp_path: Path, make: object, reason: str) -> None:
    (tmp_path / "notes.txt.bak").write_text("x")
    with pytest.raises(ValidationError, match=reason):
        read_import_source(str(make(tmp_path)))  # type: ignore[operator]


def test_hostile_files_change_nothing(clinic: SmallClinic) -> None:
    with clinic.ctx.uow_factory() as uow:
        before = uow.patients.count()
    open_quote = b'id,first,last,dob\n1,"' + b"x" * 200_000 + b",B,1980-01-01\n"
    with pytest.raises(ValidationError, match=r"p.csv line 2: cannot be read as CSV"):
        import_csv(clinic.ctx, [("p.csv", open_quote)])
    long_name = b"id,first,last,dob\n1," + b"y" * 5_000 + b",B,1980-01-01\n"
    result = import_csv(clinic.ctx, [("p.csv", long_name)])
    assert not result.committed and "longer than 100" in result.problems[0].reason
    with pytest.raises(ValidationError):
        import_fhir(clinic.ctx, b"id,first\n1,A\n")  # a CSV handed over as FHIR
    with clinic.ctx.uow_factory() as uow:
        assert uow.patients.count() == before
