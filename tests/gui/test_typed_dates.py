"""Every date box in the window takes a whole date typed in one go, whatever it showed.

Qt's date box edits section by section: it moved to the month by itself after two digits
of the day, so the space typed next skipped the month, and "05 Apr 2027" typed while
March showed gave 5 March (the keyboard booking test failed whenever the target Monday
fell in another month). The class is every date box: each display format the window
uses, typed from many shown dates to targets in other months and years, short months
and leap days, zero-padded or not, ISO, and the locale's numeric order.
"""

from __future__ import annotations

import ast
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDateTimeEdit
from pytestqt.qtbot import QtBot

from clinicdesk.ui.date_bounds import ClinicDateEdit

UI = Path(__file__).resolve().parents[2] / "clinicdesk" / "ui"


def display_formats_in_the_window() -> list[str]:
    """Every date format string in the window's code (setDisplayFormat and constants)."""
    found: set[str] = set()
    for source in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and re.fullmatch(r"[dMy ,./-]*(d MMM|MMM d)[dMy ,./-]*", node.value)
                and "yyyy" in node.value
            ):
                found.add(node.value)
    return sorted(found)


FORMATS = display_formats_in_the_window()


def typings(target: date) -> list[str]:
    numeric = QLocale().dateFormat(QLocale.FormatType.ShortFormat).replace("yy", "yyyy")
    numeric = numeric.replace("yyyyyyyy", "yyyy")
    return [
        target.strftime("%d %b %Y"),
        f"{target.day} {target.strftime('%b %Y')}",
        target.isoformat(),
        QLocale().toString(QDate(target), numeric),
    ]


def shown_and_targets() -> list[tuple[date, date]]:
    pairs: list[tuple[date, date]] = []
    for week in range(0, 56, 3):
        shown = date(2027, 1, 3) + timedelta(weeks=week)
        for ahead in (1, 9, 33, 61, 400):
            pairs.append((shown, shown + timedelta(days=ahead)))
    # Days the shown month lacks, and a leap day typed from a common year.
    pairs += [
        (date(2027, 2, 10), date(2027, 3, 30)),
        (date(2027, 2, 10), date(2027, 1, 31)),
        (date(2027, 4, 15), date(2027, 5, 31)),
        (date(2027, 1, 25), date(2028, 2, 29)),
    ]
    return pairs


def test_the_window_has_date_formats_to_check() -> None:
    assert "d MMM yyyy, ddd" in FORMATS and "ddd d MMM yyyy" in FORMATS


@pytest.mark.parametrize("display_format", FORMATS)
def test_a_whole_typed_date_is_taken_whatever_the_box_showed(
    qtbot: QtBot, display_format: str
) -> None:
    box = ClinicDateEdit()
    qtbot.addWidget(box)
    box.setDisplayFormat(display_format)
    box.show()
    qtbot.waitExposed(box)
    wrong: list[str] = []
    tried = 0
    for shown, target in shown_and_targets():
        for typed in typings(target):
            box.clearFocus()
            box.setDate(QDate(shown))
            box.setFocus(Qt.FocusReason.ShortcutFocusReason)  # as Alt+<mnemonic> gives it
            qtbot.waitUntil(box.hasFocus)
            QTest.keyClicks(box, typed)
            tried += 1
            if box.date().toPython() != target:
                wrong.append(f"{typed!r} over {shown}: {box.date().toPython()}")
    assert tried > 300
    assert wrong == []


def test_typing_into_one_section_still_edits_that_section(qtbot: QtBot) -> None:
    box = ClinicDateEdit(date(2027, 3, 14))
    qtbot.addWidget(box)
    box.setDisplayFormat("d MMM yyyy, ddd")
    box.show()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    box.setSelectedSection(QDateTimeEdit.Section.MonthSection)
    QTest.keyClicks(box, "Apr")
    assert box.date().toPython() == date(2027, 4, 14)


def test_a_correction_with_backspace_reads_the_corrected_date(qtbot: QtBot) -> None:
    box = ClinicDateEdit(date(2027, 3, 14))
    qtbot.addWidget(box)
    box.setDisplayFormat("d MMM yyyy")
    box.show()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    QTest.keyClicks(box, "5 Apr 2028")
    assert box.date().toPython() == date(2028, 4, 5)
    QTest.keyClick(box, Qt.Key.Key_Backspace)
    QTest.keyClicks(box, "7")
    assert box.date().toPython() == date(2027, 4, 5)


def test_a_typed_date_outside_the_clinic_calendar_is_not_taken(qtbot: QtBot) -> None:
    box = ClinicDateEdit(date(2027, 3, 14))
    qtbot.addWidget(box)
    box.show()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    QTest.keyClicks(box, "1 Jan 1066")
    assert box.minimumDate().toPython() <= box.date().toPython() <= box.maximumDate().toPython()
    assert box.date().toPython().year != 1066


def test_every_date_box_in_the_window_is_a_clinic_date_box() -> None:
    """A plain QDateEdit would bring back section-by-section typing (and no bounds)."""
    plain: list[str] = []
    for source in UI.rglob("*.py"):
        if source.name == "date_bounds.py":
            continue
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                if name == "QDateEdit":
                    plain.append(f"{source.relative_to(UI)}:{node.lineno}")
    assert plain == []
