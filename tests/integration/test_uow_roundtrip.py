"""The unit of work and repositories against a real SQLCipher file."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta

import pytest

from clinicdesk.domain.appointments import Appointment, CancelledBy, Status, Urgency
from clinicdesk.domain.catalog import AppointmentType, Room
from clinicdesk.domain.errors import NotFoundError, ValidationError
from clinicdesk.domain.ids import new_id
from clinicdesk.domain.patients import Insurance, Patient, Phone, VerificationStatus
from clinicdesk.domain.providers import Provider
from clinicdesk.store.uow import SqlUnitOfWork

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _seed(uow: SqlUnitOfWork) -> tuple[Patient, Provider, AppointmentType]:
    patient = Patient(
        new_id(),
        "Zoë",
        "O'Brien",
        date(1980, 1, 2),
        NOW,
        phones=(Phone("+44 7700 900123"),),
        insurance=Insurance("Acme Health", "M-1", VerificationStatus.VERIFIED, date(2026, 1, 5)),
    )
    provider = Provider(new_id(), "Ana Lee", "general practice", NOW)
    kind = AppointmentType(new_id(), "Consultation", 15, NOW, specialties=("general practice",))
    uow.patients.add(patient)
    uow.providers.add(provider)
    uow.catalog.add_type(kind)
    return patient, provider, kind


def _appointment(
    patient: Patient, provider: Provider, kind: AppointmentType, start: datetime
) -> Appointment:
    return Appointment(
        new_id(),
        patient.id,
        provider.id,
        kind.id,
        start,
        start + timedelta(minutes=15),
        Status.BOOKED,
        Urgency.ROUTINE,
        "manager",
        NOW,
        "manager",
        NOW,
    )


def test_entities_round_trip_unchanged(test_engine) -> None:
    with SqlUnitOfWork(test_engine) as uow:
        patient, provider, kind = _seed(uow)
        appointment = _appointment(patient, provider, kind, NOW)
        uow.appointments.add(appointment)
        uow.commit()
    with SqlUnitOfWork(test_engine) as uow:
        assert uow.patients.get(patient.id) == patient
        assert uow.providers.get(provider.id) == provider
        assert uow.catalog.get_type(kind.id) == kind
        assert uow.appointments.get(appointment.id) == appointment


def test_between_returns_only_overlapping_appointments(test_engine) -> None:
    with SqlUnitOfWork(test_engine) as uow:
        patient, provider, kind = _seed(uow)
        early = _appointment(patient, provider, kind, NOW)
        late = _appointment(patient, provider, kind, NOW + timedelta(hours=2))
        uow.appointments.add_many([early, late])
        uow.commit()
    with SqlUnitOfWork(test_engine) as uow:
        touching = uow.appointments.between(NOW + timedelta(minutes=15), NOW + timedelta(hours=2))
        assert touching == []  # end-exclusive on both sides
        overlapping = uow.appointments.between(
            NOW + timedelta(minutes=10), NOW + timedelta(hours=3)
        )
        assert [a.id for a in overlapping] == [early.id, late.id]


def test_leaving_without_commit_writes_nothing(test_engine) -> None:
    with SqlUnitOfWork(test_engine) as uow:
        patient, _, _ = _seed(uow)
    with SqlUnitOfWork(test_engine) as uow:
        assert uow.patients.get(patient.id) is None


def test_broken_reference_is_a_clear_error_and_rolls_back(test_engine) -> None:
    with SqlUnitOfWork(test_engine) as uow:
        _, provider, kind = _seed(uow)
        uow.commit()
    orphan = Appointment(
        new_id(),
        "no-such-patient",
        provider.id,
        kind.id,
        NOW,
        NOW + timedelta(minutes=15),
        Status.BOOKED,
        Urgency.ROUTINE,
        "m",
        NOW,
        "m",
        NOW,
    )
    with pytest.raises(ValidationError), SqlUnitOfWork(test_engine) as uow:
        uow.appointments.add(orphan)
        uow.commit()
    with SqlUnitOfWork(test_engine) as uow:
        assert uow.appointments.get(orphan.id) is None


def test_updating_a_missing_row_is_not_found(test_engine) -> None:
    with pytest.raises(NotFoundError), SqlUnitOfWork(test_engine) as uow:
        uow.providers.update(Provider("missing", "Nobody", "x", NOW))


def test_a_second_writer_waits_for_the_first_to_finish(test_engine) -> None:
    """The write lock is taken at BEGIN, so a check-then-write cannot interleave."""
    import threading
    import time

    order: list[str] = []
    first_entered = threading.Event()

    def second_writer() -> None:
        first_entered.wait()
        with SqlUnitOfWork(test_engine) as uow:
            order.append("second entered")
            uow.rollback()

    thread = threading.Thread(target=second_writer)
    thread.start()
    with SqlUnitOfWork(test_engine) as uow:
        first_entered.set()
        time.sleep(0.3)
        order.append("first leaving")
        uow.commit()
    thread.join(timeout=10)
    assert order == ["first leaving", "second entered"]


def test_a_writer_that_cannot_get_the_lock_gets_a_plain_message(tmp_path) -> None:
    """Another process holding the write lock past the busy timeout is a StoreError
    naming the cause, not an internal error."""
    import os

    import sqlcipher3.dbapi2 as sqlcipher

    from clinicdesk.domain.errors import StoreError
    from clinicdesk.store.engine import open_engine

    key = os.urandom(32)
    db_path = tmp_path / "busy.db"
    open_engine(db_path, key, create=True).dispose()
    holder = sqlcipher.connect(str(db_path), isolation_level=None)
    holder.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    holder.execute("BEGIN IMMEDIATE")
    engine = open_engine(db_path, key, integrity_check=False)
    try:
        with engine.connect() as probe:
            probe.exec_driver_sql("PRAGMA busy_timeout = 50")
        with pytest.raises(StoreError, match="busy"), SqlUnitOfWork(engine):
            pass
    finally:
        holder.rollback()
        holder.close()
        engine.dispose()


def test_every_appointment_field_reads_back_through_every_query(test_engine) -> None:
    """The read path converts instants and enums itself: each field must survive it."""
    room = Room(new_id(), "Room 2", "procedure", NOW)
    with SqlUnitOfWork(test_engine) as uow:
        patient, provider, kind = _seed(uow)
        uow.catalog.add_room(room)
        plain = _appointment(patient, provider, kind, NOW)
        full = dataclasses.replace(
            _appointment(patient, provider, kind, NOW + timedelta(hours=1, seconds=30)),
            room_id=room.id,
            status=Status.CANCELLED,
            urgency=Urgency.URGENT,
            reason="Follow-up",
            notes="Bring letter",
            series_id="series-1",
            override_reason="Squeezed in",
            cancel_reason="Unwell",
            cancelled_by=CancelledBy.PATIENT,
            late_cancel=True,
            created_by="reception",
            created_at=NOW - timedelta(days=3),
            updated_by="manager",
            updated_at=NOW + timedelta(minutes=5),
        )
        uow.appointments.add_many([plain, full])
        uow.commit()
    with SqlUnitOfWork(test_engine) as uow:
        assert uow.appointments.get(full.id) == full
        assert uow.appointments.get(plain.id) == plain
        day = uow.appointments.between(NOW - timedelta(hours=1), NOW + timedelta(hours=3))
        assert day == [plain, full]
        assert uow.appointments.for_patient(patient.id) == [plain, full]
        assert uow.appointments.in_series("series-1") == [full]
    assert isinstance(day[1].status, Status)
    assert day[1].start.tzinfo == UTC


def test_a_reading_unit_of_work_cannot_write_and_leaves_its_connection_writable(
    test_engine,
) -> None:
    from clinicdesk.domain.errors import StoreError

    with SqlUnitOfWork(test_engine) as uow:
        patient, _provider, _kind = _seed(uow)
        uow.commit()
    with pytest.raises(StoreError), SqlUnitOfWork(test_engine).for_reading() as uow:
        assert uow.patients.get(patient.id) == patient
        uow.patients.add(dataclasses.replace(patient, id=new_id()))
    # The same pooled connection serves the next unit of work, which may write again.
    with SqlUnitOfWork(test_engine) as uow:
        assert uow.connection.exec_driver_sql("PRAGMA query_only").scalar() == 0
        uow.patients.add(dataclasses.replace(patient, id=new_id()))
        uow.commit()
    with SqlUnitOfWork(test_engine).for_reading() as uow:
        assert len(uow.patients.search("obrien")) == 2
