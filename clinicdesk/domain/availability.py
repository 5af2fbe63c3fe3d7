"""When a provider can see patients, and which rooms are free.

All rules are read in the clinic's wall clock (see :mod:`clinic_time`) and answered
as UTC intervals:

* **Templates.** A provider's :class:`WorkingHours` rows that share an
  ``effective_from`` form one weekly template. On a date, the template with the
  latest ``effective_from`` whose range covers the date wins *as a whole*: if that
  template has no row for the weekday, the provider does not work that day, even if
  an older template did. Several rows for one weekday are split shifts.
* **Breaks** are cut out of their row's hours.
* **Clinic opening hours** clip template hours; a weekday missing from
  ``ClinicSettings.opening_hours`` means the clinic is closed.
* **Extra hours** (:class:`ScheduleException` of kind ``extra_hours``) are added after
  the clipping: an extra Saturday session is a deliberate decision and stays bookable
  when the clinic is normally shut. Extra hours without times mean the clinic's
  opening hours that day.
* **Time off** is removed last and wins over everything; without times it covers the
  whole day.
* **Busy time** respects ``Provider.max_parallel``: a provider is busy only where that
  many slot-holding appointments run at once.

Rooms: an appointment type lists the room *kinds* it accepts; the appointment needs one
room of any of those kinds (an appointment has a single ``room_id``).

:class:`ClinicSchedule` bundles the rows a service loaded for a bounded window (one
day, or a horizon for some providers) and indexes them once, so many questions can be
asked cheaply. The free functions below it work on plain lists for one-off checks.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from operator import attrgetter
from zoneinfo import ZoneInfo

from clinicdesk.domain.appointments import Appointment
from clinicdesk.domain.catalog import AppointmentType, ClinicSettings, Room
from clinicdesk.domain.clinic_time import clinic_zone, day_bounds, wall_range_bounds
from clinicdesk.domain.common import Interval
from clinicdesk.domain.intervals import (
    Span,
    intersect,
    normalize,
    saturated,
    subtract,
    to_intervals,
    union,
)
from clinicdesk.domain.providers import (
    ExceptionKind,
    Provider,
    ScheduleException,
    WorkingHours,
)

# ---------------------------------------------------------------------------
# One-off rules over plain rows
# ---------------------------------------------------------------------------


def template_rows_on(hours: Iterable[WorkingHours], day: date) -> list[WorkingHours]:
    """The rows of the template in force on ``day`` for that weekday (latest wins).

    ``hours`` must belong to one provider; deleted rows are ignored.
    """
    in_force = [
        row
        for row in hours
        if not row.deleted
        and row.effective_from <= day
        and (row.effective_to is None or day <= row.effective_to)
    ]
    if not in_force:
        return []
    latest = max(row.effective_from for row in in_force)
    weekday = day.weekday()
    return [row for row in in_force if row.effective_from == latest and row.weekday == weekday]


def opening_spans(day: date, settings: ClinicSettings, zone: ZoneInfo) -> list[Span]:
    """The clinic's opening hours on a date as UTC spans (empty when closed)."""
    opening = settings.opening_hours.get(day.weekday())
    if opening is None:
        return []
    return normalize([wall_range_bounds(day, opening.start, opening.end, zone)])


def working_spans(
    day: date,
    hours: Iterable[WorkingHours],
    exceptions: Iterable[ScheduleException],
    settings: ClinicSettings,
) -> list[Span]:
    """A provider's working time on a date as a normalized UTC span list.

    ``hours`` and ``exceptions`` must belong to one provider. See the module notes for
    the order in which templates, breaks, opening hours, extra hours and time off apply.
    """
    zone = clinic_zone(settings.time_zone)
    template: list[Span] = []
    for row in template_rows_on(hours, day):
        shift = [wall_range_bounds(day, row.hours.start, row.hours.end, zone)]
        pauses = normalize(wall_range_bounds(day, b.start, b.end, zone) for b in row.breaks)
        template.extend(subtract(normalize(shift), pauses))
    opening = opening_spans(day, settings, zone)
    spans = intersect(normalize(template), opening)
    extra: list[Span] = []
    off: list[Span] = []
    for exception in exceptions:
        if exception.deleted or not exception.applies_on(day):
            continue
        if exception.kind is ExceptionKind.EXTRA_HOURS:
            if exception.start is None or exception.end is None:
                extra.extend(opening)
            else:
                extra.append(wall_range_bounds(day, exception.start, exception.end, zone))
        elif exception.start is None or exception.end is None:
            return []
        else:
            off.append(wall_range_bounds(day, exception.start, exception.end, zone))
    spans = union(spans, normalize(extra))
    return subtract(spans, normalize(off))


def working_intervals(
    day: date,
    hours: Iterable[WorkingHours],
    exceptions: Iterable[ScheduleException],
    settings: ClinicSettings,
) -> list[Interval]:
    """A provider's working intervals (UTC) on a clinic-local date."""
    return to_intervals(working_spans(day, hours, exceptions, settings))


def busy_spans(appointments: Iterable[Appointment], capacity: int) -> list[Span]:
    """Where slot-holding appointments reach ``capacity`` parallel bookings."""
    return saturated(((a.start, a.end) for a in appointments if a.holds_slot), capacity)


def free_intervals(
    day: date,
    provider: Provider,
    *,
    hours: Iterable[WorkingHours],
    exceptions: Iterable[ScheduleException],
    settings: ClinicSettings,
    appointments: Iterable[Appointment],
) -> list[Interval]:
    """A provider's bookable time on a date: working time minus saturated busy time.

    ``appointments`` may hold anyone's appointments; only this provider's slot-holding
    ones count.
    """
    own = [a for a in appointments if a.provider_id == provider.id]
    working = working_spans(day, hours, exceptions, settings)
    return to_intervals(subtract(working, busy_spans(own, provider.max_parallel)))


def free_rooms(
    rooms: Iterable[Room],
    kinds: Iterable[str],
    interval: Interval,
    appointments: Iterable[Appointment],
    *,
    ignore_appointment_id: str | None = None,
) -> list[Room]:
    """Rooms of the given kinds with no slot-holding appointment overlapping ``interval``."""
    wanted = set(kinds)
    taken = {
        a.room_id
        for a in appointments
        if a.room_id is not None
        and a.holds_slot
        and a.id != ignore_appointment_id
        and a.start < interval.end
        and interval.start < a.end
    }
    return [r for r in rooms if not r.deleted and r.kind in wanted and r.id not in taken]


# ---------------------------------------------------------------------------
# An index over a loaded window, for repeated questions
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Timeline:
    """Slot-holding appointments of one provider, room or patient, sorted by start."""

    starts: list[datetime] = field(default_factory=list)
    items: list[Appointment] = field(default_factory=list)
    longest: timedelta = timedelta()

    @classmethod
    def of(cls, appointments: Iterable[Appointment]) -> _Timeline:
        ordered = sorted(appointments, key=_BY_TIME)
        longest = max((a.end - a.start for a in ordered), default=timedelta())
        return cls([a.start for a in ordered], ordered, longest)

    def overlapping(self, start: datetime, end: datetime) -> list[Appointment]:
        low = bisect_left(self.starts, start - self.longest)
        high = bisect_left(self.starts, end)
        return [a for a in self.items[low:high] if a.end > start]


_BY_TIME = attrgetter("start", "end", "id")


def _group(appointments: Iterable[Appointment], key: str) -> dict[str, _Timeline]:
    groups: dict[str, list[Appointment]] = defaultdict(list)
    for appointment in appointments:
        owner = getattr(appointment, key)
        if owner is not None:
            groups[owner].append(appointment)
    return {owner: _Timeline.of(items) for owner, items in groups.items()}


_EMPTY = _Timeline()


@dataclass(slots=True)
class ClinicSchedule:
    """The rows a service loaded for a window, indexed for fast scheduling questions.

    Build with :meth:`build`. Only slot-holding appointments are indexed as busy;
    ``appointments`` keeps every row passed in for look-ups by id. The answers are
    only as complete as the window loaded: ask about dates inside it.
    """

    settings: ClinicSettings
    zone: ZoneInfo
    providers: dict[str, Provider]
    rooms: dict[str, Room]
    hours: dict[str, tuple[WorkingHours, ...]]
    exceptions: dict[str, tuple[ScheduleException, ...]]
    appointments: dict[str, Appointment]
    by_provider: dict[str, _Timeline]
    # Room and patient timelines are built on first use: a slot search that needs
    # neither should not pay for grouping thousands of patients.
    room_timelines: dict[str, _Timeline] | None
    patient_timelines: dict[str, _Timeline] | None
    _working_cache: dict[tuple[str, date], list[Span]] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        settings: ClinicSettings,
        *,
        providers: Iterable[Provider],
        working_hours: Iterable[WorkingHours],
        exceptions: Iterable[ScheduleException] = (),
        appointments: Iterable[Appointment] = (),
        rooms: Iterable[Room] = (),
    ) -> ClinicSchedule:
        """Index loaded rows. Deleted rows and non-holding appointments are not busy."""
        hours: dict[str, list[WorkingHours]] = defaultdict(list)
        for row in working_hours:
            if not row.deleted:
                hours[row.provider_id].append(row)
        off: dict[str, list[ScheduleException]] = defaultdict(list)
        for exception in exceptions:
            if not exception.deleted:
                off[exception.provider_id].append(exception)
        every = {a.id: a for a in appointments}
        holding = [a for a in every.values() if a.holds_slot]
        return cls(
            settings=settings,
            zone=clinic_zone(settings.time_zone),
            providers={p.id: p for p in providers if not p.deleted},
            rooms={r.id: r for r in rooms if not r.deleted},
            hours={k: tuple(v) for k, v in hours.items()},
            exceptions={k: tuple(v) for k, v in off.items()},
            appointments=every,
            by_provider=_group(holding, "provider_id"),
            room_timelines=None,
            patient_timelines=None,
        )

    def with_changes(
        self,
        added: Sequence[Appointment] = (),
        removed_ids: Iterable[str] = (),
    ) -> ClinicSchedule:
        """A copy as if ``added`` were booked and ``removed_ids`` were gone.

        Only the timelines those appointments touch are rebuilt; used to test a plan
        (a bump, a series) before anything is saved.
        """
        removed = set(removed_ids)
        every = {k: v for k, v in self.appointments.items() if k not in removed}
        every.update((a.id, a) for a in added)
        added_ids = {a.id for a in added}
        replaced = removed | added_ids
        touched = [self.appointments[i] for i in replaced if i in self.appointments]
        touched.extend(added)

        def rebuilt(current: dict[str, _Timeline] | None, key: str) -> dict[str, _Timeline] | None:
            if current is None:  # not built yet: it will be, from `appointments`
                return None
            owners = {getattr(a, key) for a in touched} - {None}
            if not owners:
                return current
            copy = dict(current)
            for owner in owners:
                items = [a for a in copy.get(owner, _EMPTY).items if a.id not in replaced]
                items.extend(a for a in added if getattr(a, key) == owner and a.holds_slot)
                copy[owner] = _Timeline.of(items)
            return copy

        return ClinicSchedule(
            settings=self.settings,
            zone=self.zone,
            providers=self.providers,
            rooms=self.rooms,
            hours=self.hours,
            exceptions=self.exceptions,
            appointments=every,
            by_provider=rebuilt(self.by_provider, "provider_id") or {},
            room_timelines=rebuilt(self.room_timelines, "room_id"),
            patient_timelines=rebuilt(self.patient_timelines, "patient_id"),
            _working_cache=self._working_cache,
        )

    # -- questions -------------------------------------------------------------

    @property
    def by_room(self) -> dict[str, _Timeline]:
        """Slot-holding appointments per room."""
        if self.room_timelines is None:
            holding = (a for a in self.appointments.values() if a.holds_slot)
            self.room_timelines = _group(holding, "room_id")
        return self.room_timelines

    @property
    def by_patient(self) -> dict[str, _Timeline]:
        """Slot-holding appointments per patient."""
        if self.patient_timelines is None:
            holding = (a for a in self.appointments.values() if a.holds_slot)
            self.patient_timelines = _group(holding, "patient_id")
        return self.patient_timelines

    def day_span(self, day: date) -> Span:
        """Local midnight to midnight of ``day``, in UTC."""
        bounds = day_bounds(day, self.zone)
        return bounds.start, bounds.end

    def working_spans(self, provider_id: str, day: date) -> list[Span]:
        """The provider's working time on a date (cached per provider and day)."""
        key = (provider_id, day)
        cached = self._working_cache.get(key)
        if cached is None:
            cached = working_spans(
                day,
                self.hours.get(provider_id, ()),
                self.exceptions.get(provider_id, ()),
                self.settings,
            )
            self._working_cache[key] = cached
        return cached

    def provider_appointments(
        self, provider_id: str, start: datetime, end: datetime
    ) -> list[Appointment]:
        """The provider's slot-holding appointments overlapping [start, end)."""
        return self.by_provider.get(provider_id, _EMPTY).overlapping(start, end)

    def room_appointments(self, room_id: str, start: datetime, end: datetime) -> list[Appointment]:
        """The room's slot-holding appointments overlapping [start, end)."""
        return self.by_room.get(room_id, _EMPTY).overlapping(start, end)

    def patient_appointments(
        self, patient_id: str, start: datetime, end: datetime
    ) -> list[Appointment]:
        """The patient's slot-holding appointments overlapping [start, end)."""
        return self.by_patient.get(patient_id, _EMPTY).overlapping(start, end)

    def busy_spans(self, provider_id: str, start: datetime, end: datetime) -> list[Span]:
        """Where the provider is at their parallel limit within [start, end)."""
        provider = self.providers.get(provider_id)
        capacity = provider.max_parallel if provider else 1
        found = self.provider_appointments(provider_id, start, end)
        return saturated(((a.start, a.end) for a in found), capacity)

    def free_spans(self, provider_id: str, day: date) -> list[Span]:
        """The provider's bookable time on a date as a span list."""
        working = self.working_spans(provider_id, day)
        if not working:
            return []
        return subtract(working, self.busy_spans(provider_id, working[0][0], working[-1][1]))

    def free_intervals(self, provider_id: str, day: date) -> list[Interval]:
        """The provider's bookable time on a clinic-local date."""
        return to_intervals(self.free_spans(provider_id, day))

    def usual_room(self, provider_id: str, day: date) -> str | None:
        """The room the provider's template names for that day, if any."""
        for row in template_rows_on(self.hours.get(provider_id, ()), day):
            if row.room_id is not None:
                return row.room_id
        return None

    def free_rooms(
        self,
        appointment_type: AppointmentType,
        start: datetime,
        end: datetime,
        *,
        prefer: str | None = None,
    ) -> list[Room]:
        """Rooms of a kind the type accepts that are free for [start, end).

        The preferred room (e.g. the provider's usual room) comes first when free.
        """
        kinds = set(appointment_type.room_kinds)
        free = [
            room
            for room in self.rooms.values()
            if room.kind in kinds and not self.room_appointments(room.id, start, end)
        ]
        free.sort(key=lambda room: (room.id != prefer, room.name, room.id))
        return free

