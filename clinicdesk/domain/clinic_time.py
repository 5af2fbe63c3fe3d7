"""The clinic's wall clock and UTC instants, in the clinic's IANA time zone.

Instants are stored in UTC; working hours, opening hours and recurring series are
wall-clock times. Two DST facts shape every conversion here:

* **Spring forward (gap).** Some wall times never happen, e.g. 02:30 on 9 March 2025 in
  America/New_York, or 01:30 on 30 March 2025 in Europe/London. A *booking* at such a
  time is refused with a ValidationError that names the time and the jump
  (:func:`wall_to_utc`). A *range* such as working hours 02:00-06:00 simply starts when
  the clock jumps (:func:`wall_range_to_interval`), so nobody loses bookable time.
* **Fall back (overlap).** Some wall times happen twice, e.g. 01:30 on 2 November 2025
  in New York. A booking at such a time resolves deterministically to the *first*
  occurrence (``fold=0``, the earlier instant, still summer time) unless the caller
  asks for ``fold=1``. Stored in UTC, the instant is then unambiguous. A wall range
  covers the whole repeated hour when it spans it (start ``fold=0``, end ``fold=1``),
  so a day open 00:00-midnight is 25 hours long that night.

Days are local days: :func:`day_bounds` gives 23 hours on a spring-forward day and
25 hours on a fall-back day.

A :class:`~clinicdesk.domain.common.TimeRange` cannot end at 24:00, and the store keeps
wall times to the minute, so a range ending at 23:59 (:data:`END_OF_DAY`) is read as
"until midnight".
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from clinicdesk.domain.common import Interval, TimeRange
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr

END_OF_DAY = time(23, 59)
"""A wall range ending at or after this minute runs to the next local midnight."""


@lru_cache(maxsize=64)
def clinic_zone(name: str) -> ZoneInfo:
    """The ZoneInfo for an IANA name; a clear ValidationError for an unknown name."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(
            tr(
                "clinic time",
                "'{name}' is not a known time zone; use a name like Europe/London.",
            ).format(name=name)
        ) from exc


def _utc_of(local: datetime) -> datetime:
    return local.astimezone(UTC)


def _round_trips(local: datetime) -> bool:
    """Whether an aware local wall time really happens (it is not in a DST gap)."""
    back = _utc_of(local).astimezone(local.tzinfo)
    return back.replace(tzinfo=None) == local.replace(tzinfo=None)


def is_ambiguous(day: date, wall: time, zone: ZoneInfo) -> bool:
    """Whether this wall time happens twice on that day (the fall-back hour)."""
    first = datetime.combine(day, wall.replace(fold=0), tzinfo=zone)
    second = first.replace(fold=1)
    return first.utcoffset() != second.utcoffset() and _round_trips(first)


def wall_to_utc(day: date, wall: time, zone: ZoneInfo, *, fold: int = 0) -> datetime:
    """The UTC instant of a wall-clock time on a date, for a booking.

    Refuses a time in the spring-forward gap with a message naming it. A time in the
    fall-back hour resolves to its first occurrence (``fold=0``) unless ``fold=1`` asks
    for the second one.
    """
    local = datetime.combine(day, wall.replace(fold=0), tzinfo=zone).replace(fold=fold)
    if not _round_trips(local):
        jump_from, jump_to = _gap_edges(day, wall, zone)
        raise ValidationError(
            tr(
                "clinic time",
                "{wall:%H:%M} on {day:%Y-%m-%d} does not exist in {key}: the clocks go forward "
                "from {jump_from:%H:%M} to {jump_to:%H:%M}. Choose a time from {jump_to:%H:%M}.",
            ).format(wall=wall, day=day, key=zone.key, jump_from=jump_from, jump_to=jump_to)
        )
    return _utc_of(local)


def _gap_edges(day: date, wall: time, zone: ZoneInfo) -> tuple[time, time]:
    """The wall times either side of the gap containing ``wall``."""
    instant = _transition_after(day, wall, zone)
    before = (instant - timedelta(microseconds=1)).astimezone(zone)
    after = instant.astimezone(zone)
    jump_from = (before + timedelta(microseconds=1)).replace(tzinfo=None).time()
    return jump_from, after.time()


def _transition_after(day: date, wall: time, zone: ZoneInfo) -> datetime:
    """The UTC instant at which the clock jumps over a wall time in a gap.

    With ``fold=0`` a gap time is read with the offset before the jump, which puts it
    after the transition; the transition is the whole minute where the offset changes.
    """
    local = datetime.combine(day, wall.replace(fold=0), tzinfo=zone)
    late, early = _utc_of(local), _utc_of(local.replace(fold=1))
    low, high = min(early, late), max(early, late)
    offset_low = low.astimezone(zone).utcoffset()
    while high - low > timedelta(minutes=1):
        middle = low + (high - low) / 2
        if middle.astimezone(zone).utcoffset() == offset_low:
            low = middle
        else:
            high = middle
    return high.replace(second=0, microsecond=0)


def wall_to_utc_lenient(day: date, wall: time, zone: ZoneInfo, *, fold: int = 0) -> datetime:
    """Like :func:`wall_to_utc` but a gap time becomes the instant the clock jumps.

    Used for the edges of ranges (working hours, breaks), where "from 02:00" on a day
    that skips 02:00-03:00 means "from 03:00".
    """
    return _lenient_utc(zone.key, day, wall, fold)


@lru_cache(maxsize=16384)
def _lenient_utc(zone_key: str, day: date, wall: time, fold: int) -> datetime:
    # Cached because many providers share the same hour edges (08:00, 17:00...).
    zone = clinic_zone(zone_key)
    local = datetime.combine(day, wall.replace(fold=0), tzinfo=zone).replace(fold=fold)
    if _round_trips(local):
        return _utc_of(local)
    return _transition_after(day, wall, zone)


@lru_cache(maxsize=4096)
def _midnight_utc(zone_key: str, day: date) -> datetime:
    return wall_to_utc_lenient(day, time(0), clinic_zone(zone_key))


def day_bounds(day: date, zone: ZoneInfo) -> Interval:
    """Local midnight to the next local midnight, in UTC: 23, 24 or 25 hours."""
    return Interval(_midnight_utc(zone.key, day), _midnight_utc(zone.key, day + timedelta(1)))


def wall_range_to_interval(day: date, wall: TimeRange, zone: ZoneInfo) -> Interval | None:
    """A wall range on a date as a UTC interval, or None if it never happens that day.

    Gap edges move to the jump; the end uses the later occurrence of a repeated time
    so a range spanning the fall-back hour includes it; an end of :data:`END_OF_DAY`
    means midnight.
    """
    start, end = wall_range_bounds(day, wall.start, wall.end, zone)
    return Interval(start, end) if start < end else None


def wall_range_bounds(
    day: date, start: time, end: time, zone: ZoneInfo
) -> tuple[datetime, datetime]:
    """The UTC (start, end) of a wall range on a date; start may equal end in a gap."""
    start_utc = _lenient_utc(zone.key, day, start, 0)
    if end >= END_OF_DAY:
        end_utc = _midnight_utc(zone.key, day + timedelta(1))
    else:
        end_utc = _lenient_utc(zone.key, day, end, 1)
    return start_utc, max(start_utc, end_utc)


def local_date(instant: datetime, zone: ZoneInfo) -> date:
    """The clinic-local calendar date of an instant."""
    return instant.astimezone(zone).date()


def to_local(instant: datetime, zone: ZoneInfo) -> datetime:
    """The instant as an aware clinic-local datetime (its ``fold`` set correctly)."""
    return instant.astimezone(zone)


def format_wall(instant: datetime, zone: ZoneInfo) -> str:
    """'09:00' in the clinic's wall clock; in the repeated fall-back hour the zone's
    abbreviation is added ('01:30 EDT') so the two 01:30s can be told apart."""
    local = instant.astimezone(zone)
    text = f"{local:%H:%M}"
    if is_ambiguous(local.date(), local.time(), zone):
        text += f" {local.tzname()}"
    return text


def format_interval(interval: Interval, zone: ZoneInfo) -> str:
    """'09:00-09:20' in the clinic's wall clock."""
    return f"{format_wall(interval.start, zone)}-{format_wall(interval.end, zone)}"


def format_day_and_interval(interval: Interval, zone: ZoneInfo) -> str:
    """'Mon 2025-03-10 09:00-09:20' in the clinic's wall clock."""
    local = interval.start.astimezone(zone)
    return f"{local:%a %Y-%m-%d} {format_interval(interval, zone)}"


def wall_minute_of_day(instant: datetime, zone: ZoneInfo) -> int:
    """Minutes since local midnight as the wall clock reads (not elapsed time)."""
    local = instant.astimezone(zone)
    return local.hour * 60 + local.minute
