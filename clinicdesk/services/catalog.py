"""The clinic's catalogue: rooms, appointment types and clinic settings."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from datetime import date

from clinicdesk.domain.appointments import MAX_APPOINTMENT_MINUTES
from clinicdesk.domain.audit_events import AuditEvent
from clinicdesk.domain.catalog import AppointmentType, ClinicSettings, Room
from clinicdesk.domain.clinic_time import clinic_zone, local_date
from clinicdesk.domain.common import TimeRange
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.ids import new_id
from clinicdesk.domain.permissions import Permission
from clinicdesk.domain.text_policy import TextKind, check_text
from clinicdesk.services.changes import (
    require_colour,
    require_text,
    save_if_changed,
)
from clinicdesk.services.context import ServiceContext, authorize, reads, writes
from clinicdesk.services.lookups import require_clinic, require_room, resolve_type

ALLOWED_SLOT_MINUTES = (5, 10, 15, 20, 30, 60)


# -- rooms ----------------------------------------------------------------------


@writes
def add_room(ctx: ServiceContext, *, name: str, kind: str) -> Room:
    authorize(ctx, Permission.MANAGE_CATALOG, AuditEvent.ROOM_ADD)
    room = Room(
        id=new_id(),
        name=require_text(name, "room's name"),
        kind=require_text(kind, "room's kind").lower(),
        updated_at=ctx.now(),
    )
    with ctx.write() as uow:
        uow.catalog.add_room(room)
        uow.audit.record(ctx.actor, AuditEvent.ROOM_ADD, object_type="room", object_id=room.id)
        uow.commit()
    return room


@writes
def update_room(
    ctx: ServiceContext,
    room_id: str,
    *,
    name: str | None = None,
    kind: str | None = None,
    retired: bool | None = None,
) -> Room:
    """Rename, change the kind of, or retire a room (``retired`` hides it from booking)."""
    authorize(ctx, Permission.MANAGE_CATALOG, AuditEvent.ROOM_UPDATE)
    with ctx.write() as uow:
        before = require_room(uow, room_id)
        after = dataclasses.replace(
            before,
            name=before.name if name is None else require_text(name, "room's name"),
            kind=before.kind if kind is None else require_text(kind, "room's kind").lower(),
            deleted=before.deleted if retired is None else retired,
            updated_at=ctx.now(),
        )
        save_if_changed(
            uow,
            ctx,
            before,
            after,
            uow.catalog.update_room,
            event=AuditEvent.ROOM_UPDATE,
            object_type="room",
            object_id=room_id,
        )
    return after


@reads
def list_rooms(ctx: ServiceContext) -> list[Room]:
    authorize(ctx, Permission.VIEW_CLINIC_SETUP, AuditEvent.ROOM_LIST)
    with ctx.read() as uow:
        return uow.catalog.rooms()


# -- appointment types ------------------------------------------------------------


def _check_duration(minutes: int) -> int:
    if not 1 <= minutes <= MAX_APPOINTMENT_MINUTES:
        raise ValidationError(
            tr(
                "catalog",
                "An appointment lasts 1 to {MAX_APPOINTMENT_MINUTES} minutes (got {minutes}).",
            ).format(MAX_APPOINTMENT_MINUTES=MAX_APPOINTMENT_MINUTES, minutes=minutes)
        )
    return minutes


def _clean_list(values: Sequence[str]) -> tuple[str, ...]:
    for value in values:
        check_text(value, TextKind.NAME, "A specialty or room kind")
    return tuple(dict.fromkeys(v.strip() for v in values if v.strip()))


@writes
def add_type(
    ctx: ServiceContext,
    *,
    name: str,
    duration_minutes: int,
    colour: str = "#72B7B2",
    specialties: Sequence[str] = (),
    room_kinds: Sequence[str] = (),
) -> AppointmentType:
    """A new appointment type; empty specialties = any provider, empty room kinds = no room."""
    authorize(ctx, Permission.MANAGE_CATALOG, AuditEvent.TYPE_ADD)
    appointment_type = AppointmentType(
        id=new_id(),
        name=require_text(name, "appointment type's name"),
        duration_minutes=_check_duration(duration_minutes),
        colour=require_colour(colour),
        specialties=_clean_list(specialties),
        room_kinds=tuple(k.lower() for k in _clean_list(room_kinds)),
        updated_at=ctx.now(),
    )
    with ctx.write() as uow:
        wanted = appointment_type.name.casefold()
        if any(t.name.casefold() == wanted for t in uow.catalog.types()):
            raise ValidationError(tr(
                "catalog",
                "There is already an appointment type '{strip}'.",
            ).format(strip=name.strip()))
        uow.catalog.add_type(appointment_type)
        uow.audit.record(
            ctx.actor,
            AuditEvent.TYPE_ADD,
            object_type="appointment_type",
            object_id=appointment_type.id,
        )
        uow.commit()
    return appointment_type


@writes
def update_type(
    ctx: ServiceContext,
    type_id_or_name: str,
    *,
    name: str | None = None,
    duration_minutes: int | None = None,
    colour: str | None = None,
    specialties: Sequence[str] | None = None,
    room_kinds: Sequence[str] | None = None,
    retired: bool | None = None,
) -> AppointmentType:
    """Change an appointment type; existing appointments keep their times."""
    authorize(ctx, Permission.MANAGE_CATALOG, AuditEvent.TYPE_UPDATE)
    with ctx.write() as uow:
        before = resolve_type(uow, type_id_or_name)
        after = dataclasses.replace(
            before,
            name=before.name if name is None else require_text(name, "appointment type's name"),
            duration_minutes=before.duration_minutes
            if duration_minutes is None
            else _check_duration(duration_minutes),
            colour=before.colour if colour is None else require_colour(colour),
            specialties=before.specialties if specialties is None else _clean_list(specialties),
            room_kinds=before.room_kinds
            if room_kinds is None
            else tuple(k.lower() for k in _clean_list(room_kinds)),
            deleted=before.deleted if retired is None else retired,
            updated_at=ctx.now(),
        )
        save_if_changed(
            uow,
            ctx,
            before,
            after,
            uow.catalog.update_type,
            event=AuditEvent.TYPE_UPDATE,
            object_type="appointment_type",
            object_id=before.id,
        )
    return after


@reads
def list_types(ctx: ServiceContext) -> list[AppointmentType]:
    authorize(ctx, Permission.VIEW_CLINIC_SETUP, AuditEvent.TYPE_LIST)
    with ctx.read() as uow:
        return uow.catalog.types()


@reads
def get_type(ctx: ServiceContext, type_id_or_name: str) -> AppointmentType:
    """An appointment type by id or by name (ignoring case)."""
    authorize(ctx, Permission.VIEW_CLINIC_SETUP, AuditEvent.TYPE_SHOW)
    with ctx.read() as uow:
        return resolve_type(uow, type_id_or_name)


# -- clinic settings ----------------------------------------------------------------


@reads
def clinic_settings(ctx: ServiceContext) -> ClinicSettings:
    authorize(ctx, Permission.VIEW_CLINIC_SETUP, AuditEvent.CLINIC_SHOW)
    with ctx.read() as uow:
        return require_clinic(uow)


@reads
def clinic_today(ctx: ServiceContext) -> date:
    """Today on the clinic's calendar. The computer's own date can be a day out: it may
    be set to another zone (a laptop back from a trip, a server kept in UTC)."""
    return local_date(ctx.now(), clinic_zone(clinic_settings(ctx).time_zone))


@writes
def update_clinic_settings(
    ctx: ServiceContext,
    *,
    name: str | None = None,
    opening_hours: Mapping[int, TimeRange] | None = None,
    slot_minutes: int | None = None,
    late_cancel_hours: int | None = None,
) -> ClinicSettings:
    """Change the clinic's settings; arguments left as None keep their value.

    The time zone is fixed when the store is made (``init``): changing it later would
    silently shift the wall-clock meaning of every booked appointment and template.
    """
    authorize(ctx, Permission.MANAGE_CATALOG, AuditEvent.CLINIC_UPDATE)
    with ctx.write() as uow:
        before = require_clinic(uow)
        if opening_hours is not None and any(not 0 <= d <= 6 for d in opening_hours):
            raise ValidationError(tr(
                "catalog",
                "Opening hours are given for weekdays 0 (Mon) to 6 (Sun).",
            ))
        if slot_minutes is not None and slot_minutes not in ALLOWED_SLOT_MINUTES:
            allowed = ", ".join(str(m) for m in ALLOWED_SLOT_MINUTES)
            raise ValidationError(tr(
                "catalog",
                "The booking grid is one of {allowed} minutes.",
            ).format(allowed=allowed))
        if late_cancel_hours is not None and not 0 <= late_cancel_hours <= 24 * 14:
            raise ValidationError(tr(
                "catalog",
                "A late cancellation is counted within 0 to 336 hours.",
            ))
        after = ClinicSettings(
            name=before.name if name is None else require_text(name, "clinic's name"),
            time_zone=before.time_zone,
            opening_hours=before.opening_hours if opening_hours is None else dict(opening_hours),
            slot_minutes=before.slot_minutes if slot_minutes is None else slot_minutes,
            late_cancel_hours=before.late_cancel_hours
            if late_cancel_hours is None
            else late_cancel_hours,
        )
        save_if_changed(
            uow,
            ctx,
            before,
            after,
            lambda settings: uow.catalog.save_clinic(settings, ctx.now()),
            event=AuditEvent.CLINIC_UPDATE,
            object_type="clinic",
        )
    return after
