"""Turning command-line text into dates, wall times, weekdays and instants.

Each parser raises ValidationError with a message that shows the expected form, so a
typo exits 1 with one readable line.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from clinicdesk.domain.clinic_time import wall_to_utc
from clinicdesk.domain.common import TimeRange
from clinicdesk.domain.date_policy import check_clinic_day, check_clinic_instant
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr

DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def parse_date(text: str) -> date:
    """A day of the clinic's calendar (domain/date_policy.py), like 2026-03-02."""
    if not text.strip():
        raise ValidationError(tr("parsing command", "Give a date, like 2026-03-02."))
    try:
        day = date.fromisoformat(text.strip())
    except ValueError as exc:
        raise ValidationError(tr(
            "parsing command",
            "'{text}' is not a date like 2026-03-02.",
        ).format(text=text)) from exc
    return check_clinic_day(day)


def parse_time(text: str) -> time:
    try:
        value = time.fromisoformat(text.strip())
    except ValueError as exc:
        raise ValidationError(tr(
            "parsing command",
            "'{text}' is not a time like 09:30.",
        ).format(text=text)) from exc
    return value.replace(second=0, microsecond=0)


def parse_time_range(text: str) -> TimeRange:
    """'09:00-17:00' as a TimeRange."""
    start, sep, end = text.strip().partition("-")
    if not sep:
        raise ValidationError(tr(
            "parsing command",
            "'{text}' is not a time range like 09:00-17:00.",
        ).format(text=text))
    first, last = parse_time(start), parse_time(end)
    if last <= first:
        raise ValidationError(tr(
            "parsing command",
            "'{text}' ends before it starts.",
        ).format(text=text))
    return TimeRange(first, last)


def _day_index(name: str) -> int:
    key = name.strip().lower()[:3]
    if key not in DAY_NAMES:
        raise ValidationError(tr(
            "parsing command",
            "'{name}' is not a weekday (mon, tue, ... sun).",
        ).format(name=name))
    return DAY_NAMES.index(key)


def parse_weekdays(text: str) -> list[int]:
    """'mon', 'mon-fri', 'mon,wed,fri' or 'sat-sun' as weekday numbers (Monday = 0)."""
    days: list[int] = []
    for part in text.split(","):
        first, sep, last = part.partition("-")
        if sep:
            start, end = _day_index(first), _day_index(last)
            if end < start:
                raise ValidationError(tr(
                    "parsing command",
                    "'{part}' runs backwards; write it like mon-fri.",
                ).format(part=part))
            days.extend(range(start, end + 1))
        else:
            days.append(_day_index(first))
    return sorted(set(days))


def parse_instant(text: str, zone: ZoneInfo) -> datetime:
    """An ISO date-time; without an offset it is read in the clinic's wall clock.

    A wall time that does not exist (the spring-forward gap) is refused with the
    clock change named; a repeated one (fall back) means its first occurrence.
    """
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError as exc:
        raise ValidationError(
            tr(
                "parsing command",
                "'{text}' is not a date and time like 2026-03-02T09:30 (clinic time) or "
                "2026-03-02T09:30+00:00.",
            ).format(text=text)
        ) from exc
    check_clinic_instant(value)
    if value.tzinfo is None:
        return wall_to_utc(value.date(), value.time().replace(second=0, microsecond=0), zone)
    return value.astimezone(UTC)


def add_overwrite_option(parser: argparse.ArgumentParser) -> None:
    """``--overwrite``: the one way to let a command replace an existing file."""
    parser.add_argument(
        "--overwrite",
        action="store_true",
        help="replace the file if it already exists (without it, an existing file is refused)",
    )


def bounded_int(low: int, high: int) -> Callable[[str], int]:
    """An argparse ``type`` for a whole number from ``low`` to ``high`` (else usage, exit 2)."""

    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(tr(
                "parsing command",
                "'{text}' is not a whole number",
            ).format(text=text)) from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(tr(
                "parsing command",
                "give a number from {low} to {high}, not {value}",
            ).format(low=low, high=high, value=value))
        return value

    parse.__name__ = "whole number"
    return parse
