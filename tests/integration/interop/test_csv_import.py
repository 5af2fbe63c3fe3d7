"""CSV import: Synthea layouts, encodings, delimiters, quoted newlines, per-row problems,
all or nothing, re-runs, clashes, visits after death, strings kept as strings."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from clinicdesk.domain.errors import ValidationError
from clinicdesk.interop import csv_import
from clinicdesk.services.csv_intake import import_csv
from tests.integration.interop.conftest import SmallClinic

P1 = "b9f4c3a2-1d2e-4f5a-8b6c-7d8e9f0a1b2c"
P2 = "c0a5d4b3-2e3f-4a6b-9c7d-8e9f0a1b2c3d"
P3 = "d1b6e5c4-3f4a-4b7c-8d8e-9f0a1b2c3d4e"
DOC = "e2c7f6d5-4a5b-4c8d-9e9f-0a1b2c3d4e5f"

# Synthea 3.3+ patients.csv (MIDDLE, FIPS, INCOME); ADDRESS holds a quoted line break.
PATIENTS = (
    "Id,BIRTHDATE,DEATHDATE,SSN,DRIVERS,PASSPORT,PREFIX,FIRST,MIDDLE,LAST,SUFFIX,MAIDEN,"
    "MARITAL,RACE,ETHNICITY,GENDER,BIRTHPLACE,ADDRESS,CITY,STATE,COUNTY,FIPS,ZIP,LAT,LON,"
    "HEALTHCARE_EXPENSES,HEALTHCARE_COVERAGE,INCOME\r\n"
    f"{P1},1980-05-04,,999-1,,,Ms.,Zoë,Ann,O'Brien,,,M,white,nonhispanic,F,Boston,"
    '"1 Main St\nFlat 2",Boston,Massachusetts,Suffolk,25025,02139,42.3,-71.1,1,2,3\r\n'
    f"{P2},1950-01-01,2026-03-01,999-2,,,Mr.,王,,芳,,,M,asian,nonhispanic,M,Boston,"
    "2 High St,Boston,Massachusetts,Suffolk,25025,00501,42.3,-71.1,1,2,3\r\n"
)
# Synthea 3.0 providers.csv (UTILIZATION instead of ENCOUNTERS/PROCEDURES).
PROVIDERS = (
    "Id,ORGANIZATION,NAME,GENDER,SPECIALITY,ADDRESS,CITY,STATE,ZIP,LAT,LON,UTILIZATION\n"
    f"{DOC},org-1,Dr. Nguyễn Văn An,M,GENERAL PRACTICE,1 Clinic Rd,Boston,MA,02115,0,0,10\n"
)
ENCOUNTERS = (
    "Id,START,STOP,PATIENT,ORGANIZATION,PROVIDER,PAYER,ENCOUNTERCLASS,CODE,DESCRIPTION,"
    "BASE_ENCOUNTER_COST,TOTAL_CLAIM_COST,PAYER_COVERAGE,REASONCODE,REASONDESCRIPTION\n"
    f"enc-1,2026-03-10T09:00:00Z,2026-03-10T09:20:00Z,{P1},org-1,{DOC},pay,ambulatory,1,"
    "Consultation,1,1,1,,\n"
    f"enc-2,2026-03-10T09:10:00Z,2026-03-10T09:30:00Z,{P2},org-1,{DOC},pay,ambulatory,1,"
    "Consultation,1,1,1,,\n"
)


def write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def files(*paths: Path) -> list[tuple[str, bytes]]:
    return [(p.name, p.read_bytes()) for p in paths]


@pytest.fixture
def synthea(tmp_path: Path) -> list[tuple[str, bytes]]:
    return files(
        write(tmp_path, "encounters.csv", ENCOUNTERS),
        write(tmp_path, "patients.csv", "\ufeff" + PATIENTS),  # Excel's BOM
        write(tmp_path, "providers.csv", PROVIDERS),
    )


def test_synthea_folder_imports_once_keeping_every_character(
    clinic: SmallClinic, synthea: list[tuple[str, bytes]]
) -> None:
    preview = import_csv(clinic.ctx, synthea, dry_run=True)
    assert not preview.committed and preview.problems == ()
    assert [(f.kind, f.rows) for f in preview.files] == [
        ("patients", 2),
        ("providers", 1),
        ("appointments", 2),
    ]
    assert preview.files[0].mapping["postcode"] == "ZIP"
    done = import_csv(clinic.ctx, synthea)
    assert done.committed and done.added == {"patients": 2, "providers": 1, "appointments": 2}
    with clinic.ctx.uow_factory() as uow:
        zoe = uow.patients.get(P1)
        wang = uow.patients.get(P2)
        doc = uow.providers.get(DOC)
        first = uow.appointments.get(csv_import.source_uuid("appointments", "enc-1"))
    assert (zoe.given, zoe.family) == ("Zoë Ann", "O'Brien")
    assert zoe.address.postcode == "02139" and (zoe.address.line1, zoe.address.line2) == (
        "1 Main St",
        "Flat 2",
    )
    assert (wang.given, wang.family, wang.address.postcode) == ("王", "芳", "00501")
    assert doc.name == "Dr. Nguyễn Văn An" and doc.specialty == "GENERAL PRACTICE"
    assert first.start == datetime(2026, 3, 10, 9, tzinfo=UTC)
    # Real exports overlap: kept and listed. A visit after death is flagged.
    assert len(done.clashes) == 2
    assert [p.where for p in done.after_death] == ["encounters.csv line 3"]
    again = import_csv(clinic.ctx, synthea)
    assert again.added == {"patients": 0, "providers": 0, "appointments": 0}
    assert again.already_here == {"patients": 2, "providers": 1, "appointments": 2}


def test_windows_1252_and_semicolons(clinic: SmallClinic, tmp_path: Path) -> None:
    text = "patient_id;first_name;last_name;dob;phone\r\n7;Zoë;Müller;04/05/1980;0161 496 0000\r\n"
    result = import_csv(clinic.ctx, files(write(tmp_path, "old.csv", text, "cp1252")))
    assert result.files[0].encoding == "cp1252" and result.files[0].delimiter == ";"
    with clinic.ctx.uow_factory() as uow:
        patient = uow.patients.get(csv_import.source_uuid("patients", "7"))
    assert (patient.given, patient.family, patient.phones[0].number) == (
        "Zoë",
        "Müller",
        "0161 496 0000",
    )
    assert patient.birth_date.isoformat() == "1980-05-04"


def test_every_bad_row_is_listed_and_nothing_is_written(
    clinic: SmallClinic, tmp_path: Path
) -> None:
    patients = (
        "id,first,last,birthdate,gender\n"
        "1,Ann,Lee,1980-13-01,F\n"
        "2,Bob,,1970-01-01,M\n"
        "3,Cy,Ray,1990-01-01,robot\n"
        "4,Dee,Ok,1991-01-01,F\n"
    )
    visits = (
        "id,start,end,patient,provider,type\n"
        "v1,2026-03-10T09:00,2026-03-10T08:00,4,x,Consultation\n"
    )
    with clinic.ctx.uow_factory() as uow:
        before = uow.patients.count()
    result = import_csv(
        clinic.ctx,
        files(write(tmp_path, "p.csv", patients), write(tmp_path, "v.csv", visits)),
    )
    assert not result.committed
    reasons = {p.where: p.reason for p in result.problems}
    assert "is not a date" in reasons["p.csv line 2"]
    assert "family name" in reasons["p.csv line 3"]
    assert "not F, M, O or U" in reasons["p.csv line 4"]
    assert "ends before it starts" in reasons["v.csv line 2"]
    assert "provider 'x' is not in the files" in reasons["v.csv line 2"]
    with clinic.ctx.uow_factory() as uow:
        assert uow.patients.count() == before


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "is empty"),
        (b"colour,shape\nred,round\n", "cannot tell from the header"),
        (b"\x81\x8d\x8f\x90\x9d", "neither UTF-8 nor Windows-1252"),
    ],
)
def test_unusable_files_are_refused_with_a_reason(
    clinic: SmallClinic, data: bytes, reason: str
) -> None:
    with pytest.raises(ValidationError, match=reason):
        import_csv(clinic.ctx, [("x.csv", data)])


def test_a_file_without_a_required_column_is_a_problem_with_its_columns(
    clinic: SmallClinic,
) -> None:
    result = import_csv(clinic.ctx, [("x.csv", b"id,birthdate,Vorname\n1,1980-01-01,A\n")])
    assert not result.committed
    assert result.problems[0].where == "x.csv"
    assert "no column for given, family" in result.problems[0].reason
    assert result.files[0].header == ("id", "birthdate", "Vorname")  # to choose from


def test_a_mapping_names_columns_the_headers_do_not(clinic: SmallClinic, tmp_path: Path) -> None:
    text = "Ref,Vorname,Nachname,Geburtstag\nA1,Jürgen,Groß,1960-02-29\n"
    mapping = {
        "patients": {
            "source_id": "Ref",
            "given": "Vorname",
            "family": "Nachname",
            "birth_date": "Geburtstag",
        }
    }
    data = files(write(tmp_path, "de.csv", text))
    with pytest.raises(ValidationError, match="cannot tell"):
        import_csv(clinic.ctx, data)
    data = [("de.csv", b"Ref,Vorname,Nachname,dob\nA1,J\xc3\xbcrgen,Gro\xc3\x9f,1960-02-29\n")]
    result = import_csv(
        clinic.ctx,
        data,
        mappings=mapping | {"patients": mapping["patients"] | {"birth_date": "dob"}},
    )
    assert result.committed and result.added["patients"] == 1
