"""What the calendar paints, built from the services' read-models (no Qt here).

Loading runs in the background (:func:`load_day`, :func:`load_rooms_day`,
:func:`load_week`); the canvas then only converts minutes to pixels.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from clinicdesk.domain.appointments import Status
from clinicdesk.domain.common import Interval
from clinicdesk.services.catalog import clinic_settings, list_rooms, list_types
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.no_show_risk import day_risk_marks
from clinicdesk.services.views import AppointmentView, availability_grid, day_schedule

DEFAULT_FIRST_MINUTE = 8 * 60
DEFAULT_LAST_MINUTE = 18 * 60
# Cancelled appointments no longer hold their time; the calendar leaves them out.
HIDDEN_STATUSES = frozenset({Status.CANCELLED})
NO_ROOM_TITLE = "No room"


@dataclass(frozen=True, slots=True)
class CalendarColumn:
    """One column: a provider (or a room) on a day. Times are minutes after local midnight.

    A room column has an empty ``provider_id``: its appointments keep their own
    provider, and a drag only changes their time.
    """

    provider_id: str
    day: date
    title: str
    subtitle: str
    working: tuple[tuple[int, int], ...]
    appointments: tuple[AppointmentView, ...]
    room_id: str | None = None


@dataclass(frozen=True, slots=True)
class CalendarData:
    columns: tuple[CalendarColumn, ...]
    time_zone: str
    first_minute: int = DEFAULT_FIRST_MINUTE
    last_minute: int = DEFAULT_LAST_MINUTE
    slot_minutes: int = 5
    type_colours: dict[str, str] = field(default_factory=dict)
    by_room: bool = False
    type_names: dict[str, str] = field(default_factory=dict)  # for the colour legend
    # Appointment id -> the no-show risk mark in words (services/no_show_risk.py).
    risk_marks: dict[str, str] = field(default_factory=dict)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    def minute_of(self, instant: datetime) -> int:
        """Minutes after local midnight of ``instant`` in the clinic's zone."""
        local = instant.astimezone(self.zone)
        return local.hour * 60 + local.minute

    def instant_at(self, day: date, minute: int) -> datetime:
        """The aware instant of local ``day`` at ``minute`` past midnight."""
        local = datetime.combine(day, time(0), tzinfo=self.zone) + timedelta(minutes=minute)
        # Re-attach the zone so a DST change between midnight and then is respected.
        naive = local.replace(tzinfo=None)
        return naive.replace(tzinfo=self.zone)

    def find(self, appointment_id: str) -> AppointmentView | None:
        for column in self.columns:
            for appointment in column.appointments:
                if appointment.id == appointment_id:
                    return appointment
        return None


def _local_spans(
    intervals: tuple[Interval, ...], zone: ZoneInfo, day: date
) -> list[tuple[int, int]]:
    spans = []
    for interval in intervals:
        start = interval.start.astimezone(zone)
        end = interval.end.astimezone(zone)
        first = start.hour * 60 + start.minute if start.date() == day else 0
        last = end.hour * 60 + end.minute if end.date() == day else 24 * 60
        if last > first:
            spans.append((first, last))
    return spans


def _visible(appointments: list[AppointmentView]) -> tuple[AppointmentView, ...]:
    return tuple(a for a in appointments if a.status not in HIDDEN_STATUSES)


def _hour_range(columns: list[CalendarColumn], zone: ZoneInfo) -> tuple[int, int]:
    firsts: list[int] = []
    lasts: list[int] = []
    for column in columns:
        firsts.extend(start for start, _ in column.working)
        lasts.extend(end for _, end in column.working)
        for appointment in column.appointments:
            start = appointment.start.astimezone(zone)
            end = appointment.end.astimezone(zone)
            firsts.append(start.hour * 60 + start.minute)
            lasts.append(end.hour * 60 + end.minute if end.date() == start.date() else 24 * 60)
    first = min([DEFAULT_FIRST_MINUTE, *firsts])
    last = max([DEFAULT_LAST_MINUTE, *lasts])
    return first // 60 * 60, min(24 * 60, -(-last // 60) * 60)


def _build(
    ctx: ServiceContext, columns: list[CalendarColumn], zone_name: str, *, by_room: bool = False
) -> CalendarData:
    settings = clinic_settings(ctx)
    types = list_types(ctx)
    colours = {t.id: t.colour for t in types}
    first, last = _hour_range(columns, ZoneInfo(zone_name))
    return CalendarData(
        columns=tuple(columns),
        time_zone=zone_name,
        first_minute=first,
        last_minute=last,
        slot_minutes=settings.slot_minutes,
        type_colours=colours,
        by_room=by_room,
        type_names={t.id: t.name for t in types},
    )


def load_day(ctx: ServiceContext, day: date, provider_ids: list[str] | None = None) -> CalendarData:
    """Every bookable provider's column for ``day`` (or just ``provider_ids``)."""
    schedule = day_schedule(ctx, day)
    grid = availability_grid(ctx, day)
    zone = ZoneInfo(grid.time_zone)
    columns = []
    shown = set(provider_ids) if provider_ids else None
    for row in grid.providers:
        if shown is not None and row.provider_id not in shown:
            continue
        working = _local_spans(row.working, zone, day)
        columns.append(
            CalendarColumn(
                provider_id=row.provider_id,
                day=day,
                title=row.provider_name,
                subtitle=row.specialty if working else f"{row.specialty} · not working",
                working=tuple(working),
                appointments=_visible(schedule.for_provider(row.provider_id)),
            )
        )
    listed = {c.provider_id for c in columns}
    # Appointments of a provider no longer bookable still need a column to be seen.
    for appointment in schedule.appointments:
        if appointment.provider_id in listed or appointment.status in HIDDEN_STATUSES:
            continue
        if shown is not None and appointment.provider_id not in shown:
            continue
        listed.add(appointment.provider_id)
        columns.append(
            CalendarColumn(
                provider_id=appointment.provider_id,
                day=day,
                title=appointment.provider_name,
                subtitle="not bookable",
                working=(),
                appointments=_visible(schedule.for_provider(appointment.provider_id)),
            )
        )
    built = _build(ctx, columns, grid.time_zone)
    return replace(built, risk_marks=day_risk_marks(ctx, day))


def _union(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return tuple(merged)


def load_rooms_day(
    ctx: ServiceContext, day: date, provider_ids: list[str] | None = None
) -> CalendarData:
    """One column per room for ``day`` (appointments of ``provider_ids`` only, when given).

    Rooms keep no hours of their own: a room is shown open while any provider works,
    the time someone could be using it. Appointments without a room get a last
    "No room" column so nothing booked is hidden.
    """
    schedule = day_schedule(ctx, day)
    grid = availability_grid(ctx, day)
    zone = ZoneInfo(grid.time_zone)
    staffed = _union([s for row in grid.providers for s in _local_spans(row.working, zone, day)])
    shown = set(provider_ids) if provider_ids else None
    visible = [
        a for a in _visible(list(schedule.appointments)) if shown is None or a.provider_id in shown
    ]
    columns = []
    for room in sorted(list_rooms(ctx), key=lambda r: (r.name.casefold(), r.id)):
        in_room = tuple(a for a in visible if a.room_id == room.id)
        if room.deleted and not in_room:
            continue
        providers = sorted({a.provider_name for a in in_room})
        subtitle = room.kind if not providers else f"{room.kind} · {len(providers)} providers"
        if len(providers) == 1:
            subtitle = f"{room.kind} · {providers[0]}"
        columns.append(
            CalendarColumn("", day, room.name, subtitle, staffed, in_room, room_id=room.id)
        )
    roomless = tuple(a for a in visible if a.room_id is None)
    if roomless:
        columns.append(
            CalendarColumn("", day, NO_ROOM_TITLE, "appointments without a room", staffed, roomless)
        )
    return _build(ctx, columns, grid.time_zone, by_room=True)


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def load_week(ctx: ServiceContext, provider_id: str, any_day: date) -> CalendarData:
    """One provider's Monday-to-Sunday week around ``any_day``, a column per day."""
    first = week_start(any_day)
    columns = []
    zone_name = "UTC"
    for offset in range(7):
        day = first + timedelta(days=offset)
        schedule = day_schedule(ctx, day, provider_id)
        grid = availability_grid(ctx, day)
        zone_name = grid.time_zone
        zone = ZoneInfo(zone_name)
        row = next((r for r in grid.providers if r.provider_id == provider_id), None)
        working = _local_spans(row.working, zone, day) if row is not None else []
        columns.append(
            CalendarColumn(
                provider_id=provider_id,
                day=day,
                title=f"{day:%a %d %b}",
                subtitle="" if working else "not working",
                working=tuple(working),
                appointments=_visible(list(schedule.appointments)),
            )
        )
    return _build(ctx, columns, zone_name)
