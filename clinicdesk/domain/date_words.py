"""Dates written out in words ("Monday 2 March 2026", "Montag, 2. März 2026") for
printed sheets, without Qt: the names and the order of the parts come from the
translation catalogues, so each language writes a date its own way."""

from __future__ import annotations

from datetime import date

from clinicdesk.domain.i18n import tr, tr_noop

_WEEKDAYS = (
    tr_noop("dates", "Monday"),
    tr_noop("dates", "Tuesday"),
    tr_noop("dates", "Wednesday"),
    tr_noop("dates", "Thursday"),
    tr_noop("dates", "Friday"),
    tr_noop("dates", "Saturday"),
    tr_noop("dates", "Sunday"),
)
_MONTHS = (
    tr_noop("dates", "January"),
    tr_noop("dates", "February"),
    tr_noop("dates", "March"),
    tr_noop("dates", "April"),
    tr_noop("dates", "May"),
    tr_noop("dates", "June"),
    tr_noop("dates", "July"),
    tr_noop("dates", "August"),
    tr_noop("dates", "September"),
    tr_noop("dates", "October"),
    tr_noop("dates", "November"),
    tr_noop("dates", "December"),
)


def weekday_name(day: date) -> str:
    return tr("dates", _WEEKDAYS[day.weekday()])


def month_name(day: date) -> str:
    return tr("dates", _MONTHS[day.month - 1])


def date_words(day: date, *, weekday: bool = True, year: bool = True) -> str:
    """The day in words, in the order the language writes it."""
    if weekday and year:
        pattern = tr("dates", "{weekday} {day} {month} {year}")
    elif weekday:
        pattern = tr("dates", "{weekday} {day} {month}")
    else:
        pattern = tr("dates", "{day} {month} {year}")
    return pattern.format(
        weekday=weekday_name(day), day=day.day, month=month_name(day), year=day.year
    )
