"""What a front desk does to a PC's store, for sync tests (through the repositories)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, text

from clinicdesk.domain.appointments import Appointment, Status, Urgency
from clinicdesk.domain.catalog import AppointmentType, ClinicSettings, Room
from clinicdesk.domain.common import TimeRange
from clinicdesk.domain.ids import new_id
from clinicdesk.domain.patients import Patient
from clinicdesk.domain.providers import Provider
from clinicdesk.store.sync_capture import SYNCED_TABLES
from clinicdesk.store.uow import SqlUnitOfWork

STAMP = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
DAY = datetime(2026, 3, 9, 9, 0, tzinfo=UTC)


def seed_clinic(engine: Engine) -> dict[str, str]:
    """One clinic, two providers, a room, a type and two patients; returns their ids."""
    from datetime import time

    ids = {
        "provider": new_id(),
        "provider2": new_id(),
        "room": new_id(),
        "type": new_id(),
        "patient": new_id(),
        "patient2": new_id(),
    }
    with SqlUnitOfWork(engine) as uow:
        uow.catalog.save_clinic(
            ClinicSettings(
                name="Sync Clinic",
                time_zone="Europe/London",
                opening_hours={d: TimeRange(time(8), time(18)) for d in range(5)},
            ),
            STAMP,
        )
        uow.providers.add(Provider(ids["provider"], "Ana Lee", "gp", STAMP))
        uow.providers.add(Provider(ids["provider2"], "Bo Chan", "gp", STAMP))
        uow.catalog.add_room(Room(ids["room"], "Room 1", "consult", STAMP))
        uow.catalog.add_type(AppointmentType(ids["type"], "Consultation", 20, STAMP))
        uow.patients.add(Patient(ids["patient"], "Jo", "Smith", date(1980, 1, 2), STAMP))
        uow.patients.add(Patient(ids["patient2"], "Max", "Jones", date(1975, 5, 6), STAMP))
        uow.commit()
    return ids


def book(
    engine: Engine,
    ids: dict[str, str],
    start: datetime,
    *,
    minutes: int = 20,
    provider: str = "provider",
    patient: str = "patient",
    room: bool = False,
    override_reason: str = "",
    by: str = "u1",
) -> str:
    appointment = Appointment(
        id=new_id(),
        patient_id=ids[patient],
        provider_id=ids[provider],
        type_id=ids["type"],
        start=start,
        end=start + timedelta(minutes=minutes),
        status=Status.BOOKED,
        urgency=Urgency.ROUTINE,
        created_by=by,
        created_at=STAMP,
        updated_by=by,
        updated_at=STAMP,
        room_id=ids["room"] if room else None,
        override_reason=override_reason,
    )
    with SqlUnitOfWork(engine) as uow:
        uow.appointments.add(appointment)
        uow.commit()
    return appointment.id


def change_appointment(engine: Engine, appointment_id: str, **changes: Any) -> None:
    with SqlUnitOfWork(engine) as uow:
        current = uow.appointments.get(appointment_id)
        assert current is not None
        uow.appointments.update(replace(current, **changes))
        uow.commit()


def move(engine: Engine, appointment_id: str, start: datetime, minutes: int = 20) -> None:
    change_appointment(engine, appointment_id, start=start, end=start + timedelta(minutes=minutes))


def cancel(engine: Engine, appointment_id: str) -> None:
    change_appointment(engine, appointment_id, status=Status.CANCELLED, cancel_reason="ill")


def edit_patient(engine: Engine, patient_id: str, **changes: Any) -> None:
    with SqlUnitOfWork(engine) as uow:
        current = uow.patients.get(patient_id)
        assert current is not None
        uow.patients.update(replace(current, **changes))
        uow.commit()


def snapshot(engine: Engine) -> dict[str, dict[str, tuple[Any, ...]]]:
    """Every synced row of a store, as comparable tuples."""
    result: dict[str, dict[str, tuple[Any, ...]]] = {}
    with engine.connect() as connection:
        for name in SYNCED_TABLES:
            rows = connection.exec_driver_sql(f"SELECT * FROM {name} ORDER BY id").fetchall()
            result[name] = {str(row[0]): tuple(row) for row in rows}
    return result


def open_conflicts(engine: Engine) -> list[dict[str, Any]]:
    with engine.connect() as connection:
        rows = connection.execute(
            text("SELECT * FROM sync_conflicts WHERE status = 'open' AND deleted = 0")
        ).mappings()
        return [
            {
                **row,
                "fields": json.loads(row["fields"]),
                "ours": json.loads(row["ours"] or "null"),
                "theirs": json.loads(row["theirs"] or "null"),
            }
            for row in rows
        ]


def outbox_size(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.exec_driver_sql("SELECT count(*) FROM sync_outbox").scalar_one())
