"""Recurring appointments from an RFC 5545 RRULE.

Dependency note: the domain layer imports only the standard library, with one
declared exception: this module uses ``python-dateutil``'s ``rrule`` (a project
dependency in pyproject.toml) rather than re-implementing RFC 5545.

The rule is expanded in the clinic's **wall clock** (naive local datetimes), and each
occurrence is converted to UTC on its own date, so "Mondays at 09:00" stays 09:00
across a DST change. An occurrence that falls in a spring-forward gap is reported as
refused with the reason, never silently dropped; one in the fall-back hour takes the
first of the two times (see :mod:`clinic_time`).

:func:`preview_series` runs every occurrence through the single booking check and
also checks occurrences against each other. Rules without COUNT or UNTIL are cut at
:data:`DEFAULT_SPAN_DAYS`, and no series has more than :data:`MAX_OCCURRENCES`.

Edits and cancellations apply to one occurrence, this and the following ones, or all
(:class:`EditScope`); only occurrences still ahead (booked or confirmed) change —
visits that happened keep their history.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from itertools import islice
from zoneinfo import ZoneInfo

from dateutil.rrule import rruleset, rrulestr

from clinicdesk.domain.appointments import Appointment, Status, Urgency
from clinicdesk.domain.availability import ClinicSchedule
from clinicdesk.domain.booking import BookingRequest, Verdict, check_booking
from clinicdesk.domain.clinic_time import wall_to_utc
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.status import status_label

MAX_OCCURRENCES = 366
DEFAULT_SPAN_DAYS = 365
EDITABLE_STATUSES = frozenset({Status.BOOKED, Status.CONFIRMED})

_UNTIL_UTC = re.compile(r"UNTIL=(\d{8}T\d{6})Z", re.IGNORECASE)


class EditScope(StrEnum):
    THIS = "this"
    THIS_AND_FOLLOWING = "following"
    ALL = "all"


@dataclass(frozen=True, slots=True)
class WallOccurrence:
    """One occurrence in the clinic's wall clock."""

    index: int
    day: date
    wall: time


@dataclass(frozen=True, slots=True)
class OccurrencePreview:
    """One occurrence as it would be booked, and what the booking check says.

    ``start``/``end`` are None when the wall time does not exist that day.
    """

    index: int
    day: date
    wall: time
    start: datetime | None
    end: datetime | None
    verdict: Verdict
    reasons: tuple[str, ...] = ()
    room_id: str | None = None

    @property
    def clashes(self) -> bool:
        return self.verdict is not Verdict.ALLOWED


def _localize_until(rule: str, zone: ZoneInfo) -> str:
    """Rewrite a UTC UNTIL as clinic wall time: the rule is expanded naive."""

    def to_wall(match: re.Match[str]) -> str:
        instant = datetime.strptime(match.group(1), "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
        return f"UNTIL={instant.astimezone(zone):%Y%m%dT%H%M%S}"

    return _UNTIL_UTC.sub(to_wall, rule)


def _parse(rule: str, first_day: date, wall_start: time, zone: ZoneInfo) -> rruleset:
    text = _localize_until(rule.strip(), zone)
    if not text:
        raise ValidationError(tr(
            "recurrence",
            "Enter a repeat rule, e.g. FREQ=WEEKLY;BYDAY=MO;COUNT=10.",
        ))
    if "DTSTART" in text.upper():
        raise ValidationError(tr(
            "recurrence",
            "Give the first date separately, not as DTSTART in the rule.",
        ))
    start = datetime.combine(first_day, wall_start)
    try:
        parsed = rrulestr(text, dtstart=start, forceset=True)
    except (ValueError, TypeError) as exc:
        raise ValidationError(tr(
            "recurrence",
            "The repeat rule '{rule}' is not valid: {exc}",
        ).format(rule=rule, exc=exc)) from exc
    if not isinstance(parsed, rruleset):
        raise ValidationError(tr(
            "recurrence",
            "The repeat rule '{rule}' is not valid.",
        ).format(rule=rule))
    return parsed


def expand_wall(
    rule: str,
    first_day: date,
    wall_start: time,
    zone: ZoneInfo,
    *,
    until_day: date | None = None,
    limit: int = MAX_OCCURRENCES,
) -> list[WallOccurrence]:
    """The rule's occurrences as wall-clock dates and times, in order.

    Stops at the rule's own end, at ``until_day`` (default: a year after the first
    day) and at ``limit`` occurrences, whichever comes first.
    """
    parsed = _parse(rule, first_day, wall_start, zone)
    last = until_day or first_day + timedelta(days=DEFAULT_SPAN_DAYS)
    found: list[WallOccurrence] = []
    for index, moment in enumerate(islice(parsed, limit)):
        if moment.date() > last:
            break
        found.append(WallOccurrence(index, moment.date(), moment.time()))
    return found


def preview_series(
    rule: str,
    first_day: date,
    wall_start: time,
    request: BookingRequest,
    schedule: ClinicSchedule,
    *,
    patient_names: Mapping[str, str] | None = None,
    until_day: date | None = None,
    now: datetime | None = None,
) -> list[OccurrencePreview]:
    """Every occurrence with its booking verdict, before anything is saved.

    ``request`` gives the patient, provider, type and room; its ``start`` is ignored
    (each occurrence sets its own). ``schedule`` must cover the series' dates. Each
    allowed occurrence is treated as booked when checking the later ones, so a rule
    that overlaps itself is reported too.
    """
    duration = timedelta(minutes=request.appointment_type.duration_minutes)
    current = schedule
    previews: list[OccurrencePreview] = []
    for occurrence in expand_wall(rule, first_day, wall_start, schedule.zone, until_day=until_day):
        try:
            start = wall_to_utc(occurrence.day, occurrence.wall, schedule.zone)
        except ValidationError as exc:
            previews.append(
                OccurrencePreview(
                    occurrence.index,
                    occurrence.day,
                    occurrence.wall,
                    None,
                    None,
                    Verdict.REFUSED,
                    (exc.message,),
                )
            )
            continue
        attempt = replace(request, start=start, end=start + duration, appointment_id=None)
        decision = check_booking(attempt, current, patient_names=patient_names, now=now)
        previews.append(
            OccurrencePreview(
                occurrence.index,
                occurrence.day,
                occurrence.wall,
                decision.start,
                decision.end,
                decision.verdict,
                decision.reasons,
                decision.room_id,
            )
        )
        if decision.verdict is not Verdict.REFUSED:
            placeholder = _placeholder(attempt, decision.room_id, occurrence.index)
            current = current.with_changes(added=[placeholder])
    return previews


def _placeholder(request: BookingRequest, room_id: str | None, index: int) -> Appointment:
    """A stand-in for an occurrence not yet saved, so later ones see it as busy."""
    interval = request.interval
    return Appointment(
        id=f"series-preview-{index}",
        patient_id=request.patient_id,
        provider_id=request.provider_id,
        type_id=request.appointment_type.id,
        start=interval.start,
        end=interval.end,
        status=Status.BOOKED,
        urgency=Urgency.ROUTINE,
        created_by="",
        created_at=interval.start,
        updated_by="",
        updated_at=interval.start,
        room_id=room_id,
    )


def select_for_scope(
    series: Sequence[Appointment], target: Appointment, scope: EditScope
) -> list[Appointment]:
    """The occurrences an edit or cancellation of ``target`` applies to, in order.

    Only occurrences still ahead (booked or confirmed, not deleted) are chosen; the
    target itself must be one of them.
    """
    if target.deleted or target.status not in EDITABLE_STATUSES:
        raise ValidationError(
            tr(
                "recurrence",
                "Only booked or confirmed occurrences can be changed; this one is {status}.",
            ).format(status=status_label(target.status))
        )
    if scope is EditScope.THIS:
        return [target]
    same = [
        a
        for a in series
        if a.series_id is not None
        and a.series_id == target.series_id
        and not a.deleted
        and a.status in EDITABLE_STATUSES
    ]
    if all(a.id != target.id for a in same):
        same.append(target)
    if scope is EditScope.THIS_AND_FOLLOWING:
        same = [a for a in same if a.start >= target.start]
    return sorted(same, key=lambda a: (a.start, a.id))


def _rule_parts(rule: str) -> list[tuple[str, str]]:
    text = rule.strip()
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    parts = []
    for chunk in text.split(";"):
        if chunk:
            key, _, value = chunk.partition("=")
            parts.append((key.upper(), value))
    return parts


def split_rule(
    rule: str, first_day: date, wall_start: time, zone: ZoneInfo, at_day: date
) -> tuple[str, str]:
    """Split a series at ``at_day`` for a "this and following" edit.

    Returns the rule for the occurrences before ``at_day`` (ending the day before) and
    the rule for the rest, to be started at ``at_day``. A COUNT is shared out so the
    two parts together have as many occurrences as before.
    """
    if "\n" in rule.strip():
        raise ValidationError(tr("recurrence", "Only single-line repeat rules can be split."))
    parts = _rule_parts(_localize_until(rule, zone))
    before = [w for w in expand_wall(rule, first_day, wall_start, zone) if w.day < at_day]
    count = next((int(v) for k, v in parts if k == "COUNT"), None)
    kept = [(k, v) for k, v in parts if k not in {"COUNT", "UNTIL"}]
    end_of_before = datetime.combine(at_day - timedelta(days=1), time(23, 59, 59))
    head = [*kept, ("UNTIL", f"{end_of_before:%Y%m%dT%H%M%S}")]
    tail = list(parts)
    if count is not None:
        tail = [*kept, ("COUNT", str(max(count - len(before), 0)))]
    return _join(head), _join(tail)


def _join(parts: Sequence[tuple[str, str]]) -> str:
    return ";".join(f"{key}={value}" for key, value in parts)


def occurrence_dates(previews: Sequence[OccurrencePreview]) -> list[date]:
    """The dates of a preview, e.g. for a confirmation dialog."""
    return [p.day for p in previews]
