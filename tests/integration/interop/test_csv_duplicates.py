"""CSV import's possible duplicates resolved per row (skip, keep both, merge), the merge
keeping what the person chose and the source id, progress heard and a cancel that
leaves the store as it was."""

from __future__ import annotations

import pytest

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.patients import Phone
from clinicdesk.interop import csv_import
from clinicdesk.services.csv_intake import (
    Decision,
    ImportCancelledError,
    import_csv,
    parse_decisions_file,
)
from tests.integration.interop.conftest import SmallClinic

# Row 1 is the clinic's John Smith (born 1970-01-01) with a slip in the given name and a
# phone; rows 2 and 3 are one person twice in the file; row 4 is new.
PATIENTS = (
    "id,first,last,birthdate,gender,phone,email\n"
    "s-1,Jonh,Smith,1970-01-01,M,0161 496 0001,john@example.org\n"
    "s-2,Ewa,Kowalska,1985-02-03,F,,\n"
    "s-3,Ewa,Kowalksa,1985-02-03,F,0161 496 0003,ewa@example.org\n"
    "s-4,Olu,Ade,1990-04-05,F,,\n"
)


def visits(clinic: SmallClinic) -> str:
    return (
        "id,start,end,patient,provider,type\n"
        f"v-1,2026-03-10T09:00,2026-03-10T09:20,s-1,{clinic.ana.id},Consultation\n"
        f"v-3,2026-03-10T10:00,2026-03-10T10:20,s-3,{clinic.ana.id},Consultation\n"
    )


def the_files(clinic: SmallClinic) -> list[tuple[str, bytes]]:
    return [("patients.csv", PATIENTS.encode()), ("visits.csv", visits(clinic).encode())]


def uuid_of(source: str) -> str:
    return csv_import.source_uuid("patients", source)


def test_each_duplicate_resolved_as_decided_and_a_rerun_adds_nothing(
    clinic: SmallClinic,
) -> None:
    provider_ref = csv_import.source_uuid("providers", clinic.ana.id)
    assert provider_ref == clinic.ana.id  # a UUID is kept as it is
    preview = import_csv(clinic.ctx, the_files(clinic), dry_run=True)
    found = {d.source_id: d for d in preview.possible_duplicates}
    assert set(found) == {"s-1", "s-3"}
    assert found["s-1"].matches == (clinic.smith.id,)
    assert found["s-1"].match_names == ("Smith, John",)
    assert found["s-3"].matches == (uuid_of("s-2"),)
    assert {d.decision for d in found.values()} == {"skip"}  # the default

    decisions = {
        "s-1": Decision("merge", take=frozenset({"given"})),
        "s-3": Decision("merge"),
    }
    done = import_csv(clinic.ctx, the_files(clinic), decisions=decisions)
    assert done.committed and done.problems == ()
    assert done.added == {"patients": 2, "providers": 0, "appointments": 2}
    assert done.merged == 2
    with clinic.ctx.uow_factory() as uow:
        smith = uow.patients.get(clinic.smith.id)
        ewa = uow.patients.get(uuid_of("s-2"))
        assert uow.patients.get(uuid_of("s-1")) is None
        assert uow.patients.get(uuid_of("s-3")) is None
        v1 = uow.appointments.get(csv_import.source_uuid("appointments", "v-1"))
        v3 = uow.appointments.get(csv_import.source_uuid("appointments", "v-3"))
    # The person took the file's given name; blanks were filled, nothing else changed.
    assert (smith.given, smith.family) == ("Jonh", "Smith")
    assert smith.phones == (Phone("0161 496 0001"),) and smith.email == "john@example.org"
    assert (ewa.family, ewa.email, ewa.phones) == (
        "Kowalska",
        "ewa@example.org",
        (Phone("0161 496 0003"),),
    )
    assert (v1.patient_id, v3.patient_id) == (clinic.smith.id, ewa.id)

    again = import_csv(clinic.ctx, the_files(clinic), duplicates="keep")
    assert again.added == {"patients": 0, "providers": 0, "appointments": 0}
    assert again.already_here["patients"] == 4 and again.possible_duplicates == ()


def test_keep_both_and_skip_with_its_visits_listed(clinic: SmallClinic) -> None:
    done = import_csv(
        clinic.ctx,
        the_files(clinic),
        duplicates="keep",
        decisions={"s-3": Decision("skip")},
    )
    assert done.committed
    assert {d.source_id: d.decision for d in done.possible_duplicates} == {
        "s-1": "keep",
        "s-3": "skip",
    }
    assert [p.where for p in done.skipped] == ["visits.csv line 3"]
    assert done.added == {"patients": 3, "providers": 0, "appointments": 1}
    with clinic.ctx.uow_factory() as uow:
        assert uow.patients.get(uuid_of("s-1")) is not None
        assert uow.patients.get(uuid_of("s-3")) is None


def test_a_merge_into_a_patient_that_is_not_a_match_is_a_problem(clinic: SmallClinic) -> None:
    result = import_csv(
        clinic.ctx,
        the_files(clinic),
        decisions={"s-1": Decision("merge", into=clinic.jones.id)},
    )
    assert not result.committed
    assert result.problems[0].where == "patients.csv line 2"
    assert "not a match" in result.problems[0].reason


def test_progress_is_heard_and_cancel_leaves_the_store_as_it_was(clinic: SmallClinic) -> None:
    heard: list[int] = []
    done = import_csv(
        clinic.ctx,
        the_files(clinic),
        duplicates="keep",
        progress=lambda percent, _what: heard.append(percent),
    )
    assert done.committed and heard[0] == 0 and heard[-1] == 100
    assert heard == sorted(heard)

    more = "id,first,last,birthdate\nn-1,Nia,Bell,1999-09-09\n"
    with clinic.ctx.uow_factory() as uow:
        before = uow.patients.count()
    stages: list[str] = []

    def after_the_first_write() -> bool:
        # Asked before each step is reported: true once rows went into the transaction.
        return "writing" in stages

    with pytest.raises(ImportCancelledError, match="nothing was imported"):
        import_csv(
            clinic.ctx,
            [("more.csv", more.encode())],
            progress=lambda _percent, what: stages.append(what),
            cancelled=after_the_first_write,
        )
    assert stages[-1] == "writing"
    with clinic.ctx.uow_factory() as uow:
        assert uow.patients.count() == before
        assert uow.patients.get(uuid_of("n-1")) is None


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (b"[1]", "must look like"),
        (b'{"s-1": "drop"}', "must be skip, keep or merge"),
        (b'{"s-1": {"action": "merge", "take": ["password"]}}', "fields among"),
        (b"\xff\xfe", "not JSON"),
    ],
)
def test_a_bad_decisions_file_is_refused_with_a_reason(text: bytes, reason: str) -> None:
    with pytest.raises(ValidationError, match=reason):
        parse_decisions_file(text)


def test_a_decisions_file_reads_every_form() -> None:
    found = parse_decisions_file(
        b'{"a": "skip", "b": "keep", "c": {"action": "merge", "into": "p", "take": ["email"]}}'
    )
    assert found == {
        "a": Decision("skip"),
        "b": Decision("keep"),
        "c": Decision("merge", "p", frozenset({"email"})),
    }
