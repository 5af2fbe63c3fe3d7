"""When reminders go out: rules per appointment type, quiet hours, one message a day.

A rule names lead times before the visit (48 h and 2 h, say). A lead whose moment had
already passed when the visit was booked is skipped; when the longest lead is missed the
booking is "late" and gets one reminder the day before at a set wall time instead (if
that moment is still ahead). A send moment that falls in the clinic's quiet hours moves
to the end of them, or, when that would be at or after the visit, to the last minute
before they began. Quiet hours are wall-clock times in the clinic's zone, so they stay
21:00-08:00 across a DST change.

A patient gets at most one message per clinic-local day: reminders due the same day
(several visits, or a 48 h and a day-before reminder landing together) merge into one
message at the earliest moment, naming every visit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from clinicdesk.domain.clinic_time import local_date, to_local, wall_to_utc_lenient
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr

MAX_LEAD_HOURS = 24 * 14
"""A reminder more than two weeks ahead is not a reminder."""

ONE_MINUTE = timedelta(minutes=1)


class ReminderKind(StrEnum):
    LEAD = "lead"  # a fixed number of hours before the visit
    DAY_BEFORE = "day_before"  # a late booking's reminder, the day before at a wall time


@dataclass(frozen=True, slots=True)
class ReminderRule:
    """When one appointment type's visits are reminded."""

    lead_hours: tuple[int, ...] = (48, 2)
    late_booking_at: time | None = time(17, 0)  # None: late bookings get no day-before

    def __post_init__(self) -> None:
        for hours in self.lead_hours:
            if not 1 <= hours <= MAX_LEAD_HOURS:
                raise ValidationError(
                    tr(
                        "reminders",
                        "A reminder lead of {hours} h is outside 1 to {MAX_LEAD_HOURS} hours.",
                    ).format(hours=hours, MAX_LEAD_HOURS=MAX_LEAD_HOURS)
                )
        if len(set(self.lead_hours)) != len(self.lead_hours):
            raise ValidationError(tr(
                "reminders",
                "A reminder rule lists the same lead time twice.",
            ))


NO_REMINDERS = ReminderRule(lead_hours=(), late_booking_at=None)


@dataclass(frozen=True, slots=True)
class QuietHours:
    """Wall-clock hours in which nothing is sent, start inclusive, end exclusive.

    ``start`` after ``end`` spans midnight (21:00-08:00); equal means no quiet hours.
    """

    start: time = time(21, 0)
    end: time = time(8, 0)

    @property
    def spans_midnight(self) -> bool:
        return self.start > self.end

    def contains(self, instant: datetime, zone: ZoneInfo) -> bool:
        wall = to_local(instant, zone).time()
        if self.spans_midnight:
            return wall >= self.start or wall < self.end
        return self.start <= wall < self.end

    def _first_day(self, instant: datetime, zone: ZoneInfo) -> date:
        """The local day on which the quiet period holding ``instant`` began."""
        local = to_local(instant, zone)
        if self.spans_midnight and local.time() < self.end:
            return local.date() - timedelta(days=1)
        return local.date()

    def began(self, instant: datetime, zone: ZoneInfo) -> datetime:
        """When the quiet period holding ``instant`` began (UTC)."""
        return wall_to_utc_lenient(self._first_day(instant, zone), self.start, zone)

    def ends(self, instant: datetime, zone: ZoneInfo) -> datetime:
        """When the quiet period holding ``instant`` ends (UTC)."""
        first = self._first_day(instant, zone)
        last = first + timedelta(days=1) if self.spans_midnight else first
        return wall_to_utc_lenient(last, self.end, zone)


@dataclass(frozen=True, slots=True)
class Visit:
    """What reminder planning needs to know about one appointment."""

    appointment_id: str
    patient_id: str
    start: datetime  # aware UTC
    booked_at: datetime  # aware UTC
    rule: ReminderRule


@dataclass(frozen=True, slots=True)
class ReminderMoment:
    appointment_id: str
    patient_id: str
    send_at: datetime
    kind: ReminderKind
    lead_hours: int = 0  # for LEAD reminders


@dataclass(frozen=True, slots=True)
class PlannedMessage:
    """One message to one patient: the visits it reminds of, ordered by start."""

    patient_id: str
    send_at: datetime
    appointment_ids: tuple[str, ...]
    local_day: date


def out_of_quiet_hours(
    moment: datetime,
    *,
    visit_start: datetime,
    not_before: datetime,
    quiet: QuietHours,
    zone: ZoneInfo,
) -> datetime | None:
    """The send moment moved out of quiet hours, or None if no moment fits.

    Later (the end of the quiet period) when that is still before the visit, else the
    last minute before the quiet period began when that is not before ``not_before``.
    """
    if not quiet.contains(moment, zone):
        return moment
    later = quiet.ends(moment, zone)
    if later < visit_start:
        return later
    earlier = quiet.began(moment, zone) - ONE_MINUTE
    if earlier >= not_before:
        return earlier
    return None


def reminder_moments(visit: Visit, quiet: QuietHours, zone: ZoneInfo) -> list[ReminderMoment]:
    """Every reminder one visit should get, in send order, none in quiet hours."""
    moments: list[ReminderMoment] = []

    def add(due: datetime, kind: ReminderKind, lead: int = 0) -> None:
        if due < visit.booked_at:
            return
        moved = out_of_quiet_hours(
            due, visit_start=visit.start, not_before=visit.booked_at, quiet=quiet, zone=zone
        )
        if moved is None:
            return
        moments.append(ReminderMoment(visit.appointment_id, visit.patient_id, moved, kind, lead))

    for lead in visit.rule.lead_hours:
        add(visit.start - timedelta(hours=lead), ReminderKind.LEAD, lead)
    leads, late_at = visit.rule.lead_hours, visit.rule.late_booking_at
    if (
        leads
        and late_at is not None
        and visit.booked_at > visit.start - timedelta(hours=max(leads))
    ):
        day_before = local_date(visit.start, zone) - timedelta(days=1)
        due = wall_to_utc_lenient(day_before, late_at, zone)
        add(due, ReminderKind.DAY_BEFORE)
    moments.sort(key=lambda moment: moment.send_at)
    return moments


def plan_messages(
    visits: Iterable[Visit],
    quiet: QuietHours,
    zone: ZoneInfo,
    *,
    days_used: Mapping[str, Iterable[date]] | None = None,
) -> list[PlannedMessage]:
    """The messages a set of visits needs, at most one per patient per local day.

    ``days_used`` names, per patient, the local days on which a message has already
    gone out; nothing more is planned for those days.
    """
    used = {patient: set(days) for patient, days in (days_used or {}).items()}
    starts: dict[str, datetime] = {}
    by_day: dict[tuple[str, date], list[ReminderMoment]] = {}
    for visit in visits:
        starts[visit.appointment_id] = visit.start
        for moment in reminder_moments(visit, quiet, zone):
            day = local_date(moment.send_at, zone)
            if day in used.get(visit.patient_id, set()):
                continue
            by_day.setdefault((visit.patient_id, day), []).append(moment)
    planned = []
    for (patient_id, day), moments in by_day.items():
        appointment_ids = sorted(
            {moment.appointment_id for moment in moments}, key=lambda key: (starts[key], key)
        )
        planned.append(
            PlannedMessage(
                patient_id=patient_id,
                send_at=min(moment.send_at for moment in moments),
                appointment_ids=tuple(appointment_ids),
                local_day=day,
            )
        )
    planned.sort(key=lambda message: (message.send_at, message.patient_id))
    return planned


@dataclass(frozen=True, slots=True)
class QueuedReminder:
    """A reminder already in the queue, as reconciliation sees it."""

    message_id: str
    send_at: datetime
    appointment_ids: tuple[str, ...]
    channel: str


@dataclass(frozen=True, slots=True)
class Reconciliation:
    to_add: tuple[PlannedMessage, ...]
    to_void: tuple[str, ...]  # message ids


def reconcile(
    planned: Sequence[PlannedMessage], queued: Sequence[QueuedReminder], channel: str | None
) -> Reconciliation:
    """What to add and what to void so the queue holds exactly the planned messages.

    A queued message stays when it matches a planned one (same moment, visits and
    channel); every other queued message is voided. With no channel (no consent, no
    contact details) everything queued is voided and nothing is added.
    """
    if channel is None:
        return Reconciliation((), tuple(message.message_id for message in queued))
    wanted = {(message.send_at, message.appointment_ids): message for message in planned}
    keep: set[tuple[datetime, tuple[str, ...]]] = set()
    to_void: list[str] = []
    for message in queued:
        key = (message.send_at, message.appointment_ids)
        if key in wanted and message.channel == channel and key not in keep:
            keep.add(key)
        else:
            to_void.append(message.message_id)
    to_add = tuple(message for key, message in wanted.items() if key not in keep)
    return Reconciliation(to_add, tuple(to_void))
