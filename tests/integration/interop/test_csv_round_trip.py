"""CSV out and back in: ``export_csv`` then ``import_csv`` into another clinic gives the
same rows (ids, names in any script, leading zeros), and exporting that clinic gives
the same bytes."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clinicdesk.domain.appointments import Appointment, Status, Urgency
from clinicdesk.domain.catalog import ClinicSettings
from clinicdesk.domain.ids import new_id
from clinicdesk.domain.patients import Address, Patient, Phone, Sex
from clinicdesk.domain.users import Actor, Role
from clinicdesk.services import catalog
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.csv_exchange import export_csv
from clinicdesk.services.csv_intake import import_csv
from clinicdesk.store.testing import make_test_engine
from clinicdesk.store.uow import SqlUnitOfWork
from tests.conftest import TEST_TIME_ZONE, weekday_hours
from tests.integration.interop.conftest import SmallClinic

# Letters of several scripts, the marks names carry, and what could trip a CSV
# reader: the delimiters it sniffs, quotes, and the starts of a spreadsheet formula.
NAME_CHARACTERS = (
    "aZéøßçñÅ"  # Latin with accents
    "王芳李"  # Han
    "Ωλж"  # Greek, Cyrillic
    "محمد"  # Arabic
    "דוד"  # Hebrew
    "'’-. "  # O'Brien, Nguyễn-Văn, St. John
    "\u0301"  # a combining accent
    '=+@,;|\t"'  # formula starts, delimiters, a quote
)
names = (
    st.text(st.sampled_from(NAME_CHARACTERS.replace("\t", "")), min_size=1, max_size=30)
    .map(str.strip)
    .filter(bool)
)
digits = st.text(st.sampled_from("0123456789"), min_size=4, max_size=10)


@st.composite
def people(draw: st.DrawFn) -> Patient:
    now = datetime(2026, 3, 2, tzinfo=UTC)
    address = draw(
        st.none()
        | st.builds(
            Address,
            line1=names,
            line2=st.just("") | names,
            city=st.just("") | names,
            region=st.just("") | names,
            postcode=st.builds(lambda d: "0" + d, digits),
        )
    )
    phone = draw(st.just("") | st.builds(lambda d: "0" + d, digits) | st.just("+44 20 7946 0000"))
    return Patient(
        id=new_id(),
        given=draw(names),
        family=draw(names),
        birth_date=draw(st.dates(date(1900, 1, 1), date(2025, 12, 31))),
        updated_at=now,
        preferred_name=draw(st.just("") | names),
        sex=draw(st.sampled_from(list(Sex))),
        phones=(Phone(phone),) if phone else (),
        email=draw(st.just("") | st.just("zoë.o'brien@example.org")),
        address=address,
        created_at=now,
    )


@pytest.fixture
def other_clinic(tmp_path: Path, fixed_now: datetime) -> ServiceContext:
    """A second, empty clinic with the same visit type: where the files are taken in."""
    engine = make_test_engine(tmp_path / "other.db")

    def uow_factory() -> SqlUnitOfWork:
        return SqlUnitOfWork(engine)

    with uow_factory() as uow:
        uow.catalog.save_clinic(
            ClinicSettings(name="Other", time_zone=TEST_TIME_ZONE, opening_hours=weekday_hours()),
            fixed_now,
        )
        uow.commit()
    actor = Actor(user_id="u-manager", username="manager", role=Role.MANAGER, workstation="pc")
    ctx = ServiceContext(uow_factory=uow_factory, actor=actor, clock=lambda: fixed_now)
    catalog.add_type(
        ctx, name="Consultation", duration_minutes=20, specialties=["general practice"]
    )
    return ctx


def test_export_then_import_gives_the_same_rows(
    clinic: SmallClinic,
    other_clinic: ServiceContext,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    days = itertools.count(1)

    @settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(people(), min_size=1, max_size=4), st.lists(st.sampled_from(list(Status))))
    def round_trip(patients: list[Patient], statuses: list[Status]) -> None:
        # Each example on a day of its own, so its export holds its rows only.
        day = date(2026, 3, 2) + timedelta(days=next(days))
        start = datetime(day.year, day.month, day.day, 9, tzinfo=UTC)
        visits = [
            Appointment(
                id=new_id(),
                patient_id=patient.id,
                provider_id=clinic.ana.id,
                type_id=clinic.consult.id,
                start=start + timedelta(minutes=30 * i),
                end=start + timedelta(minutes=30 * i + 20),
                status=(statuses or [Status.BOOKED])[i % max(1, len(statuses))],
                urgency=Urgency.ROUTINE,
                created_by="manager",
                created_at=start,
                updated_by="manager",
                updated_at=start,
            )
            for i, patient in enumerate(patients)
        ]
        with clinic.ctx.uow_factory() as uow:
            uow.patients.add_many(patients)
            uow.appointments.add_many(visits)
            uow.commit()
        out = export_csv(clinic.ctx, tmp_path_factory.mktemp("out"), first=day, last=day)
        assert out.counts == {
            "patients": len(patients),
            "providers": 2,
            "appointments": len(visits),
        }
        files = [(path.name, path.read_bytes()) for path in out.files]
        taken = import_csv(other_clinic, files, keep_duplicates=True)
        assert taken.problems == () and taken.committed, taken.problems
        assert taken.added["patients"] == len(patients)
        with other_clinic.uow_factory() as uow:
            for patient in patients:
                back = uow.patients.get(patient.id)
                assert back is not None
                assert (back.given, back.family, back.preferred_name) == (
                    patient.given,
                    patient.family,
                    patient.preferred_name,
                )
                assert back.phones == patient.phones and back.birth_date == patient.birth_date
                assert (back.address or Address()).postcode == (
                    patient.address or Address()
                ).postcode
            for visit in visits:
                again = uow.appointments.get(visit.id)
                assert again is not None
                assert (again.start, again.end, again.status) == (
                    visit.start,
                    visit.end,
                    visit.status,
                )
        back_out = export_csv(other_clinic, tmp_path_factory.mktemp("back"), first=day, last=day)
        assert [p.read_bytes() for p in back_out.files] == [data for _, data in files]

    round_trip()
