"""The window's translation calls and locale-aware date and time text.

``tr(context, text, disambiguation, n)`` is ``QCoreApplication.translate``: every string
the window shows goes through it, with the context naming the screen it belongs to, so
``scripts/i18n.py`` can collect it into the catalogues (resources/translations).
Dates and times are written in the locale chosen at start-up (QLocale's default,
set by ``clinicdesk/translations.py``), never with a fixed strftime pattern.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from clinicdesk.domain.i18n import english


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    translated = QCoreApplication.translate(context, text, disambiguation, n)
    if n >= 0 and translated == text.replace("%n", str(n)):
        return english(text, n)  # no catalogue for English: resolve its "(s)"
    return translated


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _qtime(moment: dt.time | dt.datetime) -> QTime:
    return QTime(moment.hour, moment.minute, moment.second)


def date_text(day: dt.date, *, weekday: bool = True, year: bool = True) -> str:
    """e.g. "Mon 7 Dec 2026" / "Mo., 7. Dez. 2026", in the locale's order."""
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "MMM" not in pattern:
        pattern = _abbreviated(locale)
    if not weekday:
        pattern = _without(pattern, "ddd")
    if not year:
        pattern = _without(pattern, "yyyy", "yy")
    return locale.toString(_qdate(day), pattern)


def long_date_text(day: dt.date) -> str:
    """The locale's long date, e.g. "Monday, 7 December 2026"."""
    return QLocale().toString(_qdate(day), QLocale.FormatType.LongFormat)


def time_text(moment: dt.time | dt.datetime) -> str:
    """Hours and minutes as the locale writes them (24-hour "14:05" or "2:05 PM")."""
    locale = QLocale()
    pattern = locale.timeFormat(QLocale.FormatType.ShortFormat)
    return locale.toString(_qtime(moment), pattern)


def date_time_text(moment: dt.datetime, *, year: bool = False) -> str:
    return f"{date_text(moment.date(), year=year)} {time_text(moment)}"


def time_range_text(start: dt.datetime | dt.time, end: dt.datetime | dt.time) -> str:
    return f"{time_text(start)}–{time_text(end)}"


def _abbreviated(locale: QLocale) -> str:
    """A short date with the month as a word, built from the locale's long format (which
    has the locale's order of day, month and year and its separators)."""
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    return pattern.replace("dddd", "ddd").replace("MMMM", "MMM")


def _without(pattern: str, *parts: str) -> str:
    for part in parts:
        if part in pattern:
            pattern = pattern.replace(part, " ")
            break
    # Drop what the removed part leaves at either end: "ddd, " or " 'de' yyyy".
    words = pattern.replace(",", " , ").replace("،", " ، ").split()
    joiners = {",", "،", "'de'", ".", "'"}
    while words and words[0] in joiners:
        words.pop(0)
    while words and words[-1] in joiners:
        words.pop()
    return " ".join(words).replace(" , ", ", ").replace(" ، ", "، ")


def qdatetime_text(moment: dt.datetime) -> str:
    """The locale's short date and time, e.g. for a tooltip."""
    value = QDateTime(_qdate(moment.date()), _qtime(moment))
    return QLocale().toString(value, QLocale.FormatType.ShortFormat)


def tr_noop(context: str, text: str) -> str:
    """Marks a label defined before any translator is installed (a module constant);
    translate it with ``tr(context, LABEL)`` where it is shown."""
    del context
    return text
