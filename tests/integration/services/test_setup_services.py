"""Providers, hours, exceptions, rooms, types and clinic settings against the real store."""

from __future__ import annotations

import dataclasses
from datetime import date, time

import pytest
from sqlalchemy import func, select

from clinicdesk.domain.common import TimeRange
from clinicdesk.domain.errors import NotFoundError, PermissionDeniedError, ValidationError
from clinicdesk.domain.providers import ExceptionKind
from clinicdesk.domain.users import Actor, Role
from clinicdesk.services import catalog, providers, schedules
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.schedules import DayHours
from clinicdesk.store.tables import audit_log


def _audit(ctx: ServiceContext) -> list[tuple[str, str, str, str]]:
    with ctx.uow_factory() as uow:
        rows = uow.connection.execute(  # type: ignore[attr-defined]
            select(
                audit_log.c.event, audit_log.c.object_id, audit_log.c.outcome, audit_log.c.fields
            ).order_by(audit_log.c.seq)
        ).all()
    return [tuple(row) for row in rows]


def _receptionist(ctx: ServiceContext) -> ServiceContext:
    actor = Actor(user_id="u-desk", username="desk", role=Role.RECEPTIONIST)
    return dataclasses.replace(ctx, actor=actor)


def _nine_to_five(days: range = range(5)) -> list[DayHours]:
    return [
        DayHours(d, TimeRange(time(9), time(17)), (TimeRange(time(12), time(13)),)) for d in days
    ]


def test_add_and_update_provider_audits_each_change_with_changed_fields(service_context) -> None:
    added = providers.add_provider(service_context, name=" Ana Lee ", specialty="general practice")
    assert added.name == "Ana Lee"
    assert added.display_name == "Dr Ana Lee"
    updated = providers.update_provider(service_context, added.id, max_parallel=2, colour="#112233")
    assert updated.max_parallel == 2
    # An update that changes nothing writes nothing.
    providers.update_provider(service_context, added.id, max_parallel=2)
    assert [p.id for p in providers.list_providers(service_context)] == [added.id]
    assert _audit(service_context) == [
        ("provider.add", added.id, "ok", ""),
        ("provider.update", added.id, "ok", "colour,max_parallel"),
    ]


def test_provider_input_is_checked_before_anything_is_written(service_context) -> None:
    with pytest.raises(ValidationError, match="name"):
        providers.add_provider(service_context, name="  ", specialty="gp")
    with pytest.raises(ValidationError, match="Colour"):
        providers.add_provider(service_context, name="A", specialty="gp", colour="red")
    with pytest.raises(ValidationError, match="Parallel"):
        providers.add_provider(service_context, name="A", specialty="gp", max_parallel=0)
    with pytest.raises(NotFoundError):
        providers.update_provider(service_context, "missing", name="B")
    assert providers.list_providers(service_context) == []
    assert _audit(service_context) == []


def test_receptionist_cannot_add_provider_and_the_refusal_is_audited(service_context) -> None:
    desk = _receptionist(service_context)
    with pytest.raises(PermissionDeniedError):
        providers.add_provider(desk, name="Ana Lee", specialty="gp")
    with pytest.raises(PermissionDeniedError):
        catalog.add_room(desk, name="Room 1", kind="consult")
    assert providers.list_providers(desk) == []
    assert catalog.list_rooms(desk) == []
    assert [(e, o) for e, _, o, _ in _audit(service_context)] == [
        ("provider.add", "denied"),
        ("room.add", "denied"),
    ]


def test_weekly_hours_new_template_replaces_the_old_from_its_date(service_context) -> None:
    ana = providers.add_provider(service_context, name="Ana Lee", specialty="gp")
    first = schedules.set_weekly_hours(
        service_context, ana.id, _nine_to_five(), effective_from=date(2026, 3, 2)
    )
    assert first.effective_from == date(2026, 3, 2)
    assert [s.day_name for s in first.shifts] == ["Mon", "Tue", "Wed", "Thu", "Fri"]
    assert first.shifts[0].breaks == (TimeRange(time(12), time(13)),)

    schedules.set_weekly_hours(
        service_context,
        ana.id,
        [DayHours(0, TimeRange(time(8), time(12)))],
        effective_from=date(2026, 4, 1),
    )
    before = schedules.weekly_hours(service_context, ana.id, date(2026, 3, 20))
    assert len(before.shifts) == 5
    assert before.next_change == date(2026, 4, 1)
    after = schedules.weekly_hours(service_context, ana.id, date(2026, 4, 6))
    assert [(s.day_name, s.start, s.end) for s in after.shifts] == [("Mon", time(8), time(12))]

    # Setting a template on the same date again replaces it instead of adding to it.
    again = schedules.set_weekly_hours(
        service_context,
        ana.id,
        [DayHours(1, TimeRange(time(10), time(11)))],
        effective_from=date(2026, 4, 1),
    )
    assert [s.day_name for s in again.shifts] == ["Tue"]
    events = [e for e, *_ in _audit(service_context)]
    assert events.count("schedule.hours_set") == 3


def test_weekly_hours_refuses_overlapping_shifts_and_stray_breaks(service_context) -> None:
    ana = providers.add_provider(service_context, name="Ana Lee", specialty="gp")
    overlapping = [
        DayHours(0, TimeRange(time(9), time(13))),
        DayHours(0, TimeRange(time(12), time(17))),
    ]
    with pytest.raises(ValidationError, match="overlap"):
        schedules.set_weekly_hours(service_context, ana.id, overlapping)
    stray = [DayHours(0, TimeRange(time(9), time(12)), (TimeRange(time(12), time(13)),))]
    with pytest.raises(ValidationError, match="outside"):
        schedules.set_weekly_hours(service_context, ana.id, stray)
    with pytest.raises(ValidationError, match="at least one"):
        schedules.set_weekly_hours(service_context, ana.id, [])
    view = schedules.weekly_hours(service_context, ana.id)
    assert view.effective_from is None and view.shifts == ()


def test_time_off_and_extra_hours_are_listed_and_can_be_withdrawn(service_context) -> None:
    ana = providers.add_provider(service_context, name="Ana Lee", specialty="gp")
    schedules.set_weekly_hours(service_context, ana.id, _nine_to_five())
    off = schedules.add_time_off(
        service_context, ana.id, date(2026, 3, 10), date(2026, 3, 12), reason="course"
    )
    assert off.exception.kind is ExceptionKind.TIME_OFF
    assert off.affected_appointment_ids == ()
    extra = schedules.add_extra_hours(service_context, ana.id, date(2026, 3, 14), time(9), time(12))
    view = schedules.weekly_hours(service_context, ana.id, date(2026, 3, 2))
    assert {e.id for e in view.exceptions} == {off.exception.id, extra.exception.id}

    schedules.remove_exception(service_context, ana.id, off.exception.id)
    view = schedules.weekly_hours(service_context, ana.id, date(2026, 3, 2))
    assert [e.id for e in view.exceptions] == [extra.exception.id]
    with pytest.raises(NotFoundError):
        schedules.remove_exception(service_context, ana.id, off.exception.id)
    with pytest.raises(ValidationError, match="both"):
        schedules.add_time_off(service_context, ana.id, date(2026, 3, 10), start=time(9))


def test_rooms_types_and_clinic_settings(service_context) -> None:
    room = catalog.add_room(service_context, name="Room 1", kind="Consult")
    assert room.kind == "consult"
    catalog.update_room(service_context, room.id, name="Room One")
    assert [r.name for r in catalog.list_rooms(service_context)] == ["Room One"]

    consult = catalog.add_type(
        service_context, name="Consultation", duration_minutes=15, specialties=["gp", "gp"]
    )
    assert consult.specialties == ("gp",)
    with pytest.raises(ValidationError, match="already"):
        catalog.add_type(service_context, name="consultation", duration_minutes=10)
    assert catalog.get_type(service_context, "CONSULTATION").id == consult.id
    catalog.update_type(service_context, "consultation", duration_minutes=20)
    assert catalog.get_type(service_context, consult.id).duration_minutes == 20
    with pytest.raises(NotFoundError, match="Consultation"):
        catalog.get_type(service_context, "x-ray")

    settings = catalog.update_clinic_settings(service_context, slot_minutes=10, name="Renamed")
    assert settings.slot_minutes == 10
    assert catalog.clinic_settings(service_context).name == "Renamed"
    with pytest.raises(ValidationError):
        catalog.update_clinic_settings(service_context, slot_minutes=7)

    audited = [(e, f) for e, _, _, f in _audit(service_context)]
    assert audited == [
        ("room.add", ""),
        ("room.update", "name"),
        ("type.add", ""),
        ("type.update", "duration_minutes"),
        ("clinic.update", "name,slot_minutes"),
    ]
    with service_context.uow_factory() as uow:
        count = uow.connection.execute(select(func.count()).select_from(audit_log)).scalar()
    assert count == 5
