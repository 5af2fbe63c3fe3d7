"""The dates clinicdesk works with: one range for the clinic's calendar, one for births.

Dates outside them are refused with a clear message wherever they come in (the
command line, the services, the window's date boxes): a typo such as year 9999 or
year 1 must not reach date arithmetic (which overflows) or the calendar (where an
appointment nobody can ever reach would sit).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr

# The clinic's calendar: bookings, schedules, views, reports and printing. Wide enough
# for imported history and long recurring series, far from the ends of `date`.
FIRST_CLINIC_DAY = date(2000, 1, 1)
LAST_CLINIC_DAY = date(2199, 12, 31)
# Dates of birth: not in the future, at most this many years back.
OLDEST_AGE_YEARS = 130


def clinic_range_text() -> str:
    return f"{FIRST_CLINIC_DAY.isoformat()} to {LAST_CLINIC_DAY.isoformat()}"


def check_clinic_day(day: date, what: str = "The date") -> date:
    """``day`` if it lies in the clinic's calendar, else ValidationError."""
    if not FIRST_CLINIC_DAY <= day <= LAST_CLINIC_DAY:
        raise ValidationError(
            tr(
                "date policy",
                "{what} {isoformat} is outside the dates clinicdesk works with "
                "({clinic_range_text}).",
            ).format(
                what=what,
                isoformat=day.isoformat(),
                clinic_range_text=clinic_range_text(),
            )
        )
    return day


def check_clinic_days(first: date, last: date, what: str = "The dates") -> None:
    check_clinic_day(first, what)
    check_clinic_day(last, what)


def check_clinic_instant(moment: datetime, what: str = "The time") -> datetime:
    """``moment`` if its day (in UTC and as written) lies in the clinic's calendar.

    Checked on the day as written first, so converting a far date between zones
    cannot overflow before the check.
    """
    check_clinic_day(moment.date(), what)
    if moment.tzinfo is not None:
        # A day inside the range is at least a day from the ends of `datetime`.
        check_clinic_day(moment.astimezone(UTC).date(), what)
    return moment


def check_birth_date(birth_date: date, today: date) -> date:
    """A date of birth: not in the future, not more than OLDEST_AGE_YEARS ago."""
    if birth_date > today:
        raise ValidationError(tr(
            "date policy",
            "Date of birth {birth_date:%Y-%m-%d} is in the future.",
        ).format(birth_date=birth_date))
    if birth_date.year < today.year - OLDEST_AGE_YEARS:
        raise ValidationError(tr(
            "date policy",
            "Date of birth {birth_date:%Y-%m-%d} is too far in the past.",
        ).format(birth_date=birth_date))
    return birth_date


def clinic_day_after(day: date, days: int) -> date:
    """``day`` plus ``days``, refused (not overflowing) when it leaves the calendar."""
    try:
        later = day + timedelta(days=days)
    except OverflowError:
        later = date.max if days > 0 else date.min
    return check_clinic_day(later)
