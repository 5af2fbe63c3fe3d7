"""Patient services on a real SQLCipher store: validation, duplicates, audit, history."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from sqlalchemy import Engine, text

from clinicdesk.domain.appointments import Appointment, CancelledBy, Status, Urgency
from clinicdesk.domain.catalog import AppointmentType
from clinicdesk.domain.errors import NotFoundError, PermissionDeniedError, ValidationError
from clinicdesk.domain.ids import new_id
from clinicdesk.domain.providers import Provider
from clinicdesk.domain.users import Actor, Role
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.patients import (
    register_patient,
    search_patients,
    show_patient,
    update_patient,
)


def audit_rows(engine: Engine) -> list[dict]:
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT * FROM audit_log ORDER BY seq")).mappings()
        return [dict(row) for row in rows]


def register(ctx: ServiceContext, **overrides):
    fields = {
        "given": "Siobhan",
        "family": "O'Brien",
        "birth_date": date(1984, 3, 7),
        "phones": ["07700 900123"],
        "email": "siobhan@example.org",
    }
    fields.update(overrides)
    return register_patient(ctx, **fields)


def as_role(ctx: ServiceContext, role: Role) -> ServiceContext:
    actor = Actor(user_id=f"u-{role.value}", username=role.value, role=role, workstation="pc")
    return dataclasses.replace(ctx, actor=actor)


def test_register_normalises_and_saves(service_context: ServiceContext):
    result = register(service_context, given="  Siobhan  ", phones=["07700 900123", "07700900123"])
    assert result.registered
    assert result.patient is not None
    assert result.patient.given == "Siobhan"
    assert result.patient.phones == ("+44 7700 900123",)  # normalised and de-duplicated
    assert [p.id for p in search_patients(service_context, "obrien")] == [result.patient.id]


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"given": "  "}, "given name"),
        ({"family": ""}, "family name"),
        ({"family": "1234"}, "letters"),
        ({"birth_date": date(2027, 1, 1)}, "future"),
        ({"birth_date": date(1850, 1, 1)}, "too far"),
        ({"phones": ["12"]}, "not a phone number"),
        ({"email": "siobhan.example.org"}, "email"),
        ({"given": "A" * 101}, "longer"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(
    service_context: ServiceContext, test_engine: Engine, overrides, message
):
    with pytest.raises(ValidationError, match=message):
        register(service_context, **overrides)
    assert search_patients(service_context, "siobhan") == []
    assert not [r for r in audit_rows(test_engine) if r["event"] == "patient.register"]


def test_same_family_and_birth_date_is_a_possible_duplicate(service_context: ServiceContext):
    first = register(service_context)
    second = register(service_context, given="Sinead", phones=[], email="")
    assert not second.registered
    assert first.patient is not None
    assert [d.id for d in second.possible_duplicates] == [first.patient.id]
    assert len(search_patients(service_context, "obrien")) == 1  # nothing saved yet

    confirmed = register(
        service_context, given="Sinead", phones=[], email="", confirm_duplicates=True
    )
    assert confirmed.registered
    assert len(search_patients(service_context, "obrien")) == 2


def test_same_phone_is_a_possible_duplicate(service_context: ServiceContext):
    first = register(service_context)
    other = register(
        service_context,
        given="Tom",
        family="Lee",
        birth_date=date(1950, 1, 1),
        phones=["+44 7700 900123"],
    )
    assert first.patient is not None
    assert [d.id for d in other.possible_duplicates] == [first.patient.id]
    unrelated = register(
        service_context,
        given="Ann",
        family="Lee",
        birth_date=date(1950, 1, 1),
        phones=["+44 7700 900124"],
    )
    assert unrelated.registered and unrelated.possible_duplicates == ()


def test_update_audits_field_names_never_values(
    service_context: ServiceContext, test_engine: Engine
):
    created = register(service_context).patient
    assert created is not None
    updated = update_patient(
        service_context, created.id, family="Murphy", phones=["020 7946 0001"], email=None
    )
    assert updated.family == "Murphy"
    assert updated.phones == ("+44 20 7946 0001",)
    assert [p.id for p in search_patients(service_context, "murphy")] == [created.id]
    assert search_patients(service_context, "obrien") == []

    rows = [r for r in audit_rows(test_engine) if r["event"] == "patient.update"]
    assert len(rows) == 1
    assert rows[0]["fields"] == "family,phones"
    assert rows[0]["object_id"] == created.id
    everything = " ".join(str(value) for row in audit_rows(test_engine) for value in row.values())
    for secret in ("Murphy", "OBrien", "O'Brien", "7946", "7700", "siobhan", "1984"):
        assert secret.lower() not in everything.lower()


def test_update_with_no_change_writes_nothing(service_context: ServiceContext, test_engine: Engine):
    created = register(service_context).patient
    assert created is not None
    update_patient(service_context, created.id, family="O'Brien")
    assert not [r for r in audit_rows(test_engine) if r["event"] == "patient.update"]


def test_search_is_audited_without_the_query(service_context: ServiceContext, test_engine: Engine):
    register(service_context)
    search_patients(service_context, "Siobhan O'Bri")
    rows = [r for r in audit_rows(test_engine) if r["event"] == "patient.search"]
    assert len(rows) == 1
    assert rows[0]["user"] == "manager"
    assert "siob" not in " ".join(str(v) for v in rows[0].values()).lower()


def test_roles_without_the_permission_are_refused_and_audited(
    service_context: ServiceContext, test_engine: Engine
):
    admin = as_role(service_context, Role.ADMIN)
    provider = as_role(service_context, Role.PROVIDER)
    with pytest.raises(PermissionDeniedError):
        search_patients(admin, "obrien")
    with pytest.raises(PermissionDeniedError):
        register(provider)
    denied = [r["event"] for r in audit_rows(test_engine) if r["outcome"] == "denied"]
    assert denied == ["patient.search", "patient.register"]
    assert register(as_role(service_context, Role.RECEPTIONIST)).registered
    assert len(search_patients(provider, "obrien")) == 1


def test_show_patient_counts_attendance(service_context: ServiceContext, test_engine: Engine):
    created = register(service_context).patient
    assert created is not None
    now = service_context.now()
    provider = Provider(id=new_id(), name="Ana Lee", specialty="general", updated_at=now)
    kind = AppointmentType(id=new_id(), name="Consultation", duration_minutes=20, updated_at=now)

    def appointment(days: int, status: Status, late: bool = False) -> Appointment:
        start = now + timedelta(days=days)
        return Appointment(
            id=new_id(),
            patient_id=created.id,
            provider_id=provider.id,
            type_id=kind.id,
            start=start,
            end=start + timedelta(minutes=20),
            status=status,
            urgency=Urgency.ROUTINE,
            created_by="manager",
            created_at=now,
            updated_by="manager",
            updated_at=now,
            cancelled_by=CancelledBy.PATIENT if status is Status.CANCELLED else None,
            late_cancel=late,
        )

    with service_context.uow_factory() as uow:
        uow.providers.add(provider)
        uow.catalog.add_type(kind)
        uow.appointments.add_many(
            [
                appointment(-30, Status.COMPLETED),
                appointment(-20, Status.COMPLETED),
                appointment(-10, Status.NO_SHOW),
                appointment(-5, Status.CANCELLED, late=True),
                appointment(-4, Status.CANCELLED),
                appointment(7, Status.BOOKED),
            ]
        )
        uow.commit()

    record = show_patient(service_context, created.id)
    counts = record.counts
    assert (counts.total, counts.completed, counts.no_shows) == (6, 2, 1)
    assert (counts.cancelled, counts.late_cancellations, counts.upcoming) == (2, 1, 1)
    assert [v.status for v in record.upcoming] == [Status.BOOKED]
    assert record.history[0].status is Status.CANCELLED  # most recent first
    assert record.history[-1].start == now - timedelta(days=30)
    assert record.upcoming[0].provider_name == "Dr Ana Lee"
    viewed = [r for r in audit_rows(test_engine) if r["event"] == "patient.view"]
    assert [r["object_id"] for r in viewed] == [created.id]


def test_show_unknown_patient_is_not_found(service_context: ServiceContext):
    with pytest.raises(NotFoundError):
        show_patient(service_context, "no-such-id")


def test_search_as_you_type_is_audited_once_a_minute_per_session(
    service_context: ServiceContext, test_engine: Engine
):
    import dataclasses
    from datetime import timedelta

    register(service_context)
    start = service_context.now()
    times = [start]
    ctx = dataclasses.replace(service_context, clock=lambda: times[0])
    for typed in ("S", "Si", "Sio", "Siob"):  # one burst of typing
        search_patients(ctx, typed)
    times[0] = start + timedelta(seconds=61)
    search_patients(ctx, "Siobhan")
    rows = [r for r in audit_rows(test_engine) if r["event"] == "patient.search"]
    assert len(rows) == 2
    # Another session (another sign-in) is recorded on its first search, at the same time.
    search_patients(dataclasses.replace(ctx), "obrien")
    rows = [r for r in audit_rows(test_engine) if r["event"] == "patient.search"]
    assert len(rows) == 3


def test_typing_a_search_never_waits_behind_a_writer(
    service_context: ServiceContext, test_engine: Engine
):
    """Another window (or a sync) holding the write lock does not stall the search box;
    only the once-a-minute audit row needs the lock."""
    from clinicdesk.store.uow import SqlUnitOfWork

    registered = register(service_context).patient
    search_patients(service_context, "obrien")  # this minute's audit row is written
    writer = SqlUnitOfWork(test_engine).__enter__()  # BEGIN IMMEDIATE: holds the lock
    try:
        stored = writer.patients.get(registered.id)
        assert stored is not None
        writer.patients.add(dataclasses.replace(stored, id=new_id(), given="Pending"))
        found = search_patients(service_context, "obrien")
        assert [p.id for p in found] == [registered.id]  # the uncommitted row is not seen
    finally:
        writer.__exit__(None, None, None)
