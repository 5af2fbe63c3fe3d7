"""The window's date boxes: bounded to the clinic's calendar, and a whole typed date wins.

Bounds: the services refuse dates outside the range too (date_policy); bounding the
boxes means a receptionist cannot even pick one.

Typing: Qt edits a date box section by section. After two digits of the day it moves on
to the month by itself, so the space typed next skips the month; a day the shown month
lacks (30 while February shows) is cut to that month's last day; and in a box whose
first section is the weekday, digits are ignored. Typing "05 Apr 2027" while March
showed gave 5 March. So the box also keeps what was typed since it took focus, and as
soon as that text reads as one whole date (the box's own format, with or without the
weekday, the locale's numeric order, or ISO) it takes that date. Typing into a single
section (selecting the month and typing "Apr") still works the way Qt does it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

from clinicdesk.domain.date_policy import FIRST_CLINIC_DAY, LAST_CLINIC_DAY

# Longer than any date a person types, weekday included; older keys are dropped.
TYPED_LIMIT = 40
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def whole_date_formats(display_format: str, locale: QLocale) -> list[str]:
    """The formats a whole typed date may take in a box showing ``display_format``."""
    without_weekday = display_format.replace("dddd", "").replace("ddd", "").strip(" ,")
    numeric = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in numeric:
        numeric = numeric.replace("yy", "yyyy")
    numeric = numeric.replace("dd", "d").replace("MM", "M")
    candidates = [
        display_format,
        without_weekday,
        "d MMM yyyy",
        "d MMMM yyyy",
        numeric,
        numeric.replace("/", ".").replace("-", "."),
        numeric.replace(".", "/").replace("-", "/"),
        "yyyy-M-d",
    ]
    return list(dict.fromkeys(candidates))


def read_whole_date(typed: str, display_format: str, locale: QLocale) -> date | None:
    """The date ``typed`` names in full, or None while it is not (yet) a whole date."""
    text = " ".join(typed.split())
    if not text:
        return None
    for reading in (locale, QLocale.c()):
        for pattern in whole_date_formats(display_format, reading):
            parsed = reading.toDate(text, pattern)
            if parsed.isValid():
                day = parsed.toPython()
                if FIRST_CLINIC_DAY <= day <= LAST_CLINIC_DAY:
                    return day  # type: ignore[no-any-return]
    return None


class ClinicDateEdit(QDateEdit):
    """A date box bounded to the clinic's calendar that takes a whole date typed in one go."""

    def __init__(self, day: QDate | date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDateRange(QDate(FIRST_CLINIC_DAY), QDate(LAST_CLINIC_DAY))
        if day is not None:
            self.setDate(QDate(day))
        self._typed = ""

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._typed = ""
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if event.key() == Qt.Key.Key_Backspace:
            self._typed = self._typed[:-1]
        elif text and text.isprintable() and not event.modifiers() & _COMMAND_MODIFIERS:
            self._typed = (self._typed + text)[-TYPED_LIMIT:]
        else:
            self._typed = ""  # arrows, Tab, Enter, shortcuts: a new start next time
        super().keyPressEvent(event)
        whole = read_whole_date(self._typed, self.displayFormat(), self.locale())
        if whole is not None and whole != self.date().toPython():
            self.setDate(QDate(whole))
