"""FHIR R4 import: official HL7 examples, duplicates, unknown references, clashes,
malformed input, and export -> import -> export to the same bytes."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clinicdesk.domain.catalog import ClinicSettings
from clinicdesk.domain.errors import PermissionDeniedError
from clinicdesk.domain.patients import Address, Patient, Phone, Sex
from clinicdesk.domain.users import Actor, Role
from clinicdesk.interop import fhir, fhir_import
from clinicdesk.services import catalog
from clinicdesk.services.booking import BookingInput, book_appointment
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.fhir_exchange import export_fhir
from clinicdesk.services.fhir_intake import import_fhir
from tests.conftest import TEST_TIME_ZONE, weekday_hours
from tests.integration.interop.conftest import SmallClinic, at, audit_rows

EXAMPLES = Path(__file__).parent / "fixtures" / "fhir"


def example(name: str) -> dict:
    return json.loads((EXAMPLES / f"{name}.json").read_text("utf-8"))


def bundle(*resources: dict) -> bytes:
    entries = [{"resource": r} for r in resources]
    return json.dumps({"resourceType": "Bundle", "type": "collection", "entry": entries}).encode()


def ndjson(*resources: dict) -> bytes:
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in resources).encode()


def counts(ctx: ServiceContext) -> tuple[int, int, int]:
    with ctx.uow_factory() as uow:
        appointments = uow.appointments.between(
            datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC)
        )
        return uow.patients.count(), len(uow.providers.list()), len(appointments)


def test_official_hl7_examples_import_once(clinic: SmallClinic) -> None:
    data = bundle(
        example("patient-example"), example("practitioner-example"), example("appointment-example")
    )
    before = counts(clinic.ctx)
    preview = import_fhir(clinic.ctx, data, dry_run=True, default_type="Consultation")
    assert preview.added == {"Patient": 1, "Practitioner": 1, "Appointment": 1}
    assert not preview.committed and counts(clinic.ctx) == before

    done = import_fhir(clinic.ctx, data, default_type="Consultation")
    assert done.committed and done.problems == ()
    patient_id = fhir_import.stable_id("Patient", "example")
    with clinic.ctx.uow_factory() as uow:
        patient = uow.patients.get(patient_id)
        provider = uow.providers.get(fhir_import.stable_id("Practitioner", "example"))
        appointment = uow.appointments.get(fhir_import.stable_id("Appointment", "example"))
    assert patient is not None and (patient.given, patient.family) == ("Peter James", "Chalmers")
    assert patient.preferred_name == "Jim" and patient.sex is Sex.MALE
    assert patient.birth_date == date(1974, 12, 25) and patient.mrn == "12345"
    assert len(patient.phones) == 2  # the "old" number is not taken
    assert patient.address is not None and patient.address.postcode == "3999"
    assert provider is not None and (provider.title, provider.name) == ("Dr", "Adam Careful")
    assert appointment is not None and appointment.start == datetime(2013, 12, 10, 9, tzinfo=UTC)
    assert ("import.fhir", "", "ok", "") in audit_rows(clinic.ctx)

    again = import_fhir(clinic.ctx, data, default_type="Consultation")
    assert again.added == {"Patient": 0, "Practitioner": 0, "Appointment": 0}
    assert again.already_here == {"Patient": 1, "Practitioner": 1, "Appointment": 1}
    assert counts(clinic.ctx) == (before[0] + 1, before[1] + 1, before[2] + 1)


def test_examples_the_clinic_cannot_take_are_refused_with_a_reason(clinic: SmallClinic) -> None:
    before = counts(clinic.ctx)
    no_type = import_fhir(
        clinic.ctx,
        bundle(
            example("patient-example"),
            example("practitioner-example"),
            example("appointment-example"),
        ),
    )
    assert not no_type.committed
    assert [p.where for p in no_type.problems] == ["Appointment/example"]
    assert "is not one of the clinic's" in no_type.problems[0].reason

    request = import_fhir(clinic.ctx, ndjson(example("appointment-example-request")))
    assert not request.committed
    assert "'proposed' is not a booking the clinic keeps" in request.problems[0].reason
    assert counts(clinic.ctx) == before


def test_possible_duplicates_are_skipped_and_listed_unless_kept(clinic: SmallClinic) -> None:
    jon = {
        "resourceType": "Patient",
        "id": "old-system-42",
        "name": [{"family": "Smith", "given": ["Jon"]}],
        "birthDate": "1970-01-01",
    }
    twin_in_file = dict(jon, id="old-system-43")
    result = import_fhir(clinic.ctx, ndjson(jon))
    assert result.committed and result.added["Patient"] == 0
    assert [d.matches for d in result.possible_duplicates] == [(clinic.smith.id,)]
    kept = import_fhir(clinic.ctx, ndjson(jon, twin_in_file), keep_duplicates=True)
    assert kept.added["Patient"] == 2
    assert kept.possible_duplicates[1].matches == (
        clinic.smith.id,
        fhir_import.stable_id("Patient", "old-system-42"),
    )


def test_unknown_references_are_listed_and_clashes_kept(clinic: SmallClinic) -> None:
    booked = book_appointment(
        clinic.ctx, BookingInput(clinic.smith.id, "Consultation", clinic.ana.id, at(2, 9))
    ).appointment
    base = {
        "resourceType": "Appointment",
        "status": "booked",
        "appointmentType": {"text": "Consultation"},
        "start": "2026-03-02T09:10:00Z",
        "end": "2026-03-02T09:30:00Z",
    }
    clash = dict(
        base,
        id="clash-1",
        participant=[
            {"actor": {"reference": f"Patient/{clinic.jones.id}"}, "status": "accepted"},
            {"actor": {"reference": f"Practitioner/{clinic.ana.id}"}, "status": "accepted"},
        ],
    )
    stranger = dict(
        base,
        id="stranger-1",
        participant=[
            {"actor": {"reference": "Patient/nobody-here"}, "status": "accepted"},
            {"actor": {"reference": f"Practitioner/{clinic.ana.id}"}, "status": "accepted"},
        ],
    )
    result = import_fhir(clinic.ctx, ndjson(clash, stranger))
    assert result.committed and result.added["Appointment"] == 1
    assert [(p.where, p.reason) for p in result.unknown_references] == [
        ("Appointment/stranger-1", "its patient is not in the clinic or the file")
    ]
    assert [c.with_ids for c in result.clashes] == [(booked.id,)]


@pytest.mark.parametrize(
    ("data", "where", "reason"),
    [
        (
            b'{"resourceType":"Patient","id":"a","birthDate":"1970-01-01","name":[{"family":"A",'
            b'"given":["B"]}]}\n{not json',
            "line 2",
            "not JSON",
        ),
        (
            b'{"resourceType":"Patient","id":"a","gender":"robot","birthDate":"1970-01-01",'
            b'"name":[{"family":"A","given":["B"]}]}',
            "Patient/a",
            "gender",
        ),
        (
            b'{"resourceType":"Patient","id":"a","birthDate":"1970","name":[{"family":"A",'
            b'"given":["B"]}]}',
            "Patient/a",
            "full date of birth",
        ),
        (
            b'{"resourceType":"Patient","id":"a","birthDate":"1970-01-01","name":[{"family":"A"}]}',
            "Patient/a",
            "family and a given name",
        ),
        (
            b'{"resourceType":"Patient","id":"a","birthDate":"1970-01-01","name":[{"family":'
            b'"A\\u202e","given":["B"]}]}',
            "Patient/a",
            "text-direction",
        ),
        (
            b'{"resourceType":"Appointment","id":"x","status":"booked","start":"2026-03-02T10:00:00Z"'
            b',"end":"2026-03-02T09:00:00Z","participant":[{"status":"accepted"}]}',
            "Appointment/x",
            "before or when it starts",
        ),
        (b'{"resourceType":"Observation","id":"o"}', "Observation/o", "not imported"),
        (b'["not", "a", "resource"]', "", "neither FHIR JSON nor NDJSON"),
        (b"\xff\xfe{", "", "not UTF-8"),
    ],
)
def test_bad_input_is_reported_per_row_and_nothing_written(
    clinic: SmallClinic, data: bytes, where: str, reason: str
) -> None:
    from clinicdesk.domain.errors import ValidationError

    before = counts(clinic.ctx)
    try:
        result = import_fhir(clinic.ctx, data)
    except ValidationError as error:
        assert reason in str(error)
    else:
        assert not result.committed
        assert any(p.where.startswith(where) and reason in p.reason for p in result.problems), (
            result.problems
        )
    assert counts(clinic.ctx) == before


def test_import_needs_the_import_permission(clinic: SmallClinic) -> None:
    with pytest.raises(PermissionDeniedError):
        import_fhir(clinic.as_role(Role.RECEPTIONIST), ndjson(example("patient-example")))


@pytest.fixture
def empty_clinic(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceContext]:
    from clinicdesk.store.testing import make_test_engine
    from clinicdesk.store.uow import SqlUnitOfWork

    engine = make_test_engine(tmp_path_factory.mktemp("second") / "clinic.db")
    now = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    with SqlUnitOfWork(engine) as uow:
        uow.catalog.save_clinic(
            ClinicSettings(
                name="Test Clinic", time_zone=TEST_TIME_ZONE, opening_hours=weekday_hours()
            ),
            now,
        )
        uow.commit()
    actor = Actor(user_id="u-manager", username="manager", role=Role.MANAGER, workstation="pc2")
    yield ServiceContext(uow_factory=lambda: SqlUnitOfWork(engine), actor=actor, clock=lambda: now)
    engine.dispose()


def test_export_import_export_gives_the_same_bytes(
    clinic: SmallClinic, empty_clinic: ServiceContext, out_dir: Path
) -> None:
    for patient, hour in ((clinic.smith, 9), (clinic.jones, 10)):
        book_appointment(
            clinic.ctx, BookingInput(patient.id, "Consultation", clinic.ana.id, at(3, hour))
        )
    day = date(2026, 3, 3)
    first = export_fhir(clinic.ctx, out_dir / "first", first=day, last=day, layout="bundle")
    catalog.add_type(empty_clinic, name="Consultation", duration_minutes=20)
    result = import_fhir(empty_clinic, first.files[0].read_bytes())
    assert result.committed and result.added == {"Patient": 2, "Practitioner": 2, "Appointment": 2}
    second = export_fhir(empty_clinic, out_dir / "second", first=day, last=day)
    export_fhir(clinic.ctx, out_dir / "again", first=day, last=day)
    for name in ("Patient.ndjson", "Practitioner.ndjson", "Appointment.ndjson"):
        assert (out_dir / "second" / name).read_bytes() == (out_dir / "again" / name).read_bytes()
    assert second.counts["Appointment"] == 2


_NAMES = (
    st.text(
        st.characters(codec="utf-8", categories=("L", "M", "Zs", "Pd", "Po")),
        min_size=1,
        max_size=30,
    )
    .map(lambda s: " ".join(s.split()))
    .filter(lambda s: any(ch.isalpha() for ch in s))
)


@st.composite
def patients(draw: st.DrawFn) -> Patient:
    return Patient(
        id=draw(st.uuids()).hex[:8] + "-0000-7000-8000-000000000000",
        given=draw(_NAMES),
        family=draw(_NAMES),
        birth_date=draw(st.dates(date(1900, 1, 1), date(2026, 1, 1))),
        updated_at=datetime(2026, 1, 1, tzinfo=UTC),
        preferred_name=draw(st.one_of(st.just(""), _NAMES)),
        sex=draw(st.sampled_from(Sex)),
        phones=tuple(
            Phone(n, k)
            for n, k in draw(
                st.lists(
                    st.tuples(
                        st.from_regex(r"\+44 ?0?[0-9]{4} [0-9]{6}", fullmatch=True),
                        st.sampled_from(["mobile", "home", "work"]),
                    ),
                    max_size=2,
                )
            )
        ),
        email=draw(st.one_of(st.just(""), st.emails())),
        address=draw(
            st.one_of(
                st.none(),
                st.builds(
                    Address,
                    line1=_NAMES,
                    city=_NAMES,
                    postcode=st.from_regex(r"0[0-9]{4}", fullmatch=True),
                ),
            )
        ),
        mrn=draw(st.one_of(st.just(""), st.from_regex(r"0[0-9]{6}", fullmatch=True))),
    )


@settings(max_examples=60, deadline=None)
@given(patients())
def test_patient_resource_round_trips_to_the_same_bytes(patient: Patient) -> None:
    written = fhir.ndjson_files([fhir.patient_resource(patient)])
    draft = fhir_import.patient_draft(fhir.patient_resource(patient))
    back = dataclasses.replace(
        patient,
        given=draft.given,
        family=draft.family,
        birth_date=draft.birth_date,
        sex=draft.sex,
        preferred_name=draft.preferred_name,
        phones=draft.phones,
        email=draft.email,
        address=draft.address,
        mrn=draft.mrn,
    )
    assert fhir.ndjson_files([fhir.patient_resource(back)]) == written
    assert (back.given, back.family) == (patient.given, patient.family)
