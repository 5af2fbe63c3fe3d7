"""iCalendar (RFC 5545) out and in, with the ``icalendar`` and ``recurring-ical-events``
libraries.

Out: a provider's feed (no patient names unless asked) and one appointment's ``.ics``
for a confirmation e-mail. Times are written in the clinic's zone with its VTIMEZONE,
so a calendar app shows 09:00 as 09:00 on both sides of a DST change. The same rows
give the same bytes (DTSTAMP is the row's last change, not "now").

In: a provider's busy times from another calendar: recurring events are expanded
(RRULE, RDATE, EXDATE, RECURRENCE-ID overrides) by recurring-ical-events within the
asked window; cancelled and transparent ("free") events do not count. A file that is
not a calendar, an event without a start, an unknown time zone, a broken rule or an
endless flood of occurrences is refused with the reason; nothing half-read is used.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from clinicdesk.domain.clinic_time import day_bounds
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr

PRODID = "-//clinicdesk//clinicdesk scheduler//EN"
UID_DOMAIN = "clinicdesk"
MAX_CALENDAR_BYTES = 10 * 1024 * 1024
MAX_OCCURRENCES = 5000


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """One timed event to write: an appointment in a feed or an e-mail."""

    uid: str
    start: datetime  # aware
    end: datetime
    summary: str
    changed_at: datetime  # the row's last change: DTSTAMP and LAST-MODIFIED
    description: str = ""
    location: str = ""
    cancelled: bool = False


@dataclass(frozen=True, slots=True, order=True)
class BusyTime:
    """A span another calendar says the provider is busy, in UTC; ``whole_days`` when
    the source gave dates (all-day events), with the last day inclusive."""

    start: datetime
    end: datetime
    whole_days: tuple[date, date] | None = None


def _calendar(name: str, zone: ZoneInfo, method: str = "") -> object:
    from icalendar import Calendar

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if method:
        calendar.add("method", method)
    if name:
        calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", zone.key)
    return calendar


def _event(item: CalendarEvent, zone: ZoneInfo) -> object:
    from icalendar import Event

    event = Event()
    event.add("uid", item.uid)
    event.add("dtstamp", item.changed_at.astimezone(UTC))
    event.add("last-modified", item.changed_at.astimezone(UTC))
    event.add("dtstart", item.start.astimezone(zone))
    event.add("dtend", item.end.astimezone(zone))
    event.add("summary", item.summary)
    if item.description:
        event.add("description", item.description)
    if item.location:
        event.add("location", item.location)
    event.add("status", "CANCELLED" if item.cancelled else "CONFIRMED")
    event.add("transp", "TRANSPARENT" if item.cancelled else "OPAQUE")
    return event


def calendar_bytes(
    events: Iterable[CalendarEvent], zone: ZoneInfo, *, name: str = "", method: str = ""
) -> bytes:
    """A VCALENDAR of ``events`` (ordered by start, then uid) with the zone's VTIMEZONE."""
    calendar = _calendar(name, zone, method)
    for item in sorted(events, key=lambda e: (e.start, e.uid)):
        calendar.add_component(_event(item, zone))  # type: ignore[attr-defined]
    calendar.add_missing_timezones()  # type: ignore[attr-defined]
    return calendar.to_ical()  # type: ignore[attr-defined,no-any-return]


def busy_calendar(spans: Sequence[BusyTime], zone: ZoneInfo, *, name: str = "") -> bytes:
    """Busy spans as events (all-day ones as dates): the form ``parse_busy_times`` reads."""
    from icalendar import Event

    calendar = _calendar(name, zone)
    for span in sorted(set(spans)):
        event = Event()
        key = span.whole_days or (span.start, span.end)
        event.add(
            "uid", f"busy-{int(span.start.timestamp())}-{int(span.end.timestamp())}@{UID_DOMAIN}"
        )
        event.add("dtstamp", datetime(2000, 1, 1, tzinfo=UTC))
        if span.whole_days:
            event.add("dtstart", span.whole_days[0])
            event.add("dtend", span.whole_days[1] + timedelta(days=1))
        else:
            event.add("dtstart", key[0].astimezone(zone))
            event.add("dtend", key[1].astimezone(zone))
        event.add("summary", "Busy")
        event.add("transp", "OPAQUE")
        calendar.add_component(event)  # type: ignore[attr-defined]
    calendar.add_missing_timezones()  # type: ignore[attr-defined]
    return calendar.to_ical()  # type: ignore[attr-defined,no-any-return]


# --- reading ---------------------------------------------------------------------------


def _load(data: bytes) -> object:
    from icalendar import Calendar

    if len(data) > MAX_CALENDAR_BYTES:
        raise ValidationError(
            tr(
                "ical",
                "The calendar file is larger than {value} MB; export a shorter period from the "
                "other calendar.",
            ).format(value=MAX_CALENDAR_BYTES // (1024 * 1024))
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValidationError(
            tr(
                "ical",
                "The calendar file is not UTF-8 text (byte {start}); it is not an iCalendar file.",
            ).format(start=error.start)
        ) from error
    if "BEGIN:VCALENDAR" not in text[:2000].upper():
        raise ValidationError(
            tr(
                "ical",
                "The file is not an iCalendar file (no BEGIN:VCALENDAR).",
            )
        )
    try:
        calendars = Calendar.from_ical(text, multiple=True)
    except (ValueError, KeyError, IndexError) as error:
        raise ValidationError(
            tr(
                "ical",
                "The calendar file is broken: {reason}.",
            ).format(reason=_reason(error))
        ) from error
    if not calendars:
        raise ValidationError(tr("ical", "The file holds no calendar."))
    return calendars[0]


def _reason(error: BaseException) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return text[:200]


def _describe(event: object) -> str:
    uid = str(event.get("uid", "") or "")  # type: ignore[attr-defined]
    summary = str(event.get("summary", "") or "")  # type: ignore[attr-defined]
    return f"event {uid or summary or '(no UID)'}"


def _check_events(calendar: object) -> None:
    events = calendar.walk("VEVENT")  # type: ignore[attr-defined]
    zones = {str(tz.get("tzid")) for tz in calendar.walk("VTIMEZONE")}  # type: ignore[attr-defined]
    for event in events:
        start = event.get("dtstart")
        if start is None:
            raise ValidationError(
                tr(
                    "ical",
                    "The calendar's {describe} has no start (DTSTART).",
                ).format(describe=_describe(event))
            )
        for name in ("dtstart", "dtend"):
            prop = event.get(name)
            if prop is None:
                continue
            try:
                value = prop.dt
            except Exception as error:  # icalendar's BrokenCalendarProperty and kin
                raise ValidationError(
                    tr(
                        "ical",
                        "The calendar's {describe} has a broken {upper}: {reason}.",
                    ).format(
                        describe=_describe(event),
                        upper=name.upper(),
                        reason=_reason(error),
                    )
                ) from error
            tzid = prop.params.get("TZID")
            if tzid and isinstance(value, datetime) and value.tzinfo is None:
                raise ValidationError(
                    (
                        tr("ical", "The calendar's {describe} uses an unknown time zone {tzid!r}.")
                        if tzid in zones
                        else tr(
                            "ical",
                            "The calendar's {describe} uses an unknown time zone {tzid!r} "
                            "(and the file does not define it).",
                        )
                    ).format(describe=_describe(event), tzid=tzid)
                )


def parse_busy_times(
    data: bytes, first: datetime, last: datetime, zone: ZoneInfo
) -> list[BusyTime]:
    """The busy spans a calendar file gives within [first, last), sorted, or
    ValidationError saying why the file cannot be used. Times without a zone
    ("floating") are read in the clinic's zone ``zone``."""
    import recurring_ical_events

    calendar = _load(data)
    _check_events(calendar)
    try:
        query = recurring_ical_events.of(calendar)
        found: list[BusyTime] = []
        for occurrence in query.between(first.astimezone(zone), last.astimezone(zone)):
            if len(found) >= MAX_OCCURRENCES:
                raise ValidationError(
                    tr(
                        "ical",
                        "The calendar gives more than {MAX_OCCURRENCES} busy times in the "
                        "period; import a shorter period.",
                    ).format(MAX_OCCURRENCES=MAX_OCCURRENCES)
                )
            busy = _busy_of(occurrence, zone)
            if busy is not None:
                found.append(busy)
    except ValidationError:
        raise
    except Exception as error:  # the library's InvalidCalendar, a bad RRULE, a bad date
        raise ValidationError(
            tr(
                "ical",
                "The calendar cannot be expanded: {reason}.",
            ).format(reason=_reason(error))
        ) from error
    return sorted(set(found))


def _busy_of(occurrence: object, zone: ZoneInfo) -> BusyTime | None:
    get = occurrence.get  # type: ignore[attr-defined]
    if str(get("status", "")).upper() == "CANCELLED":
        return None
    if str(get("transp", "OPAQUE")).upper() == "TRANSPARENT":
        return None
    start = get("dtstart").dt
    end_prop = get("dtend")
    if isinstance(start, datetime):
        end = end_prop.dt if end_prop is not None else start
        if get("duration") is not None and end_prop is None:
            end = start + get("duration").dt
        start, end = _aware(start, zone), _aware(end, zone)
        if end <= start:
            return None  # a point in time blocks nothing
        return BusyTime(start.astimezone(UTC), end.astimezone(UTC))
    first_day: date = start
    last_day = (end_prop.dt - timedelta(days=1)) if end_prop is not None else first_day
    if isinstance(last_day, datetime):
        last_day = last_day.date()
    last_day = max(first_day, last_day)
    return BusyTime(
        day_bounds(first_day, zone).start,
        day_bounds(last_day, zone).end,
        (first_day, last_day),
    )


def _aware(moment: datetime, zone: ZoneInfo) -> datetime:
    return moment.replace(tzinfo=zone) if moment.tzinfo is None else moment


def local_pieces(busy: BusyTime, zone: ZoneInfo) -> list[tuple[date, time | None, time | None]]:
    """``busy`` as (day, start, end) wall-clock pieces per local day; (day, None, None)
    for a whole day. A piece that runs to midnight ends at 23:59."""
    if busy.whole_days:
        first, last = busy.whole_days
        return [(first + timedelta(days=i), None, None) for i in range((last - first).days + 1)]
    pieces: list[tuple[date, time | None, time | None]] = []
    local_start, local_end = busy.start.astimezone(zone), busy.end.astimezone(zone)
    day = local_start.date()
    while True:
        bounds = day_bounds(day, zone)
        piece_start = max(busy.start, bounds.start)
        piece_end = min(busy.end, bounds.end)
        if piece_start < piece_end:
            if piece_start == bounds.start and piece_end == bounds.end:
                pieces.append((day, None, None))
            else:
                wall_start = piece_start.astimezone(zone).time().replace(second=0, microsecond=0)
                wall_end = (
                    time(23, 59)
                    if piece_end == bounds.end
                    else piece_end.astimezone(zone).time().replace(second=0, microsecond=0)
                )
                if wall_end > wall_start:
                    pieces.append((day, wall_start, wall_end))
        if day >= local_end.date():
            break
        day += timedelta(days=1)
    return pieces
