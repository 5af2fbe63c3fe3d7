"""While the receptionist types a patient's name, the booking dialog starts no slot search.

A slot search is Python work on a worker; started between keystrokes it holds the
interpreter while the next search's results are drawn. It starts once the typing pauses,
for the patient then chosen, and only one runs at a time.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from clinicdesk.services import finding
from clinicdesk.ui import booking_dialog
from clinicdesk.ui.booking_dialog import BookingDialog
from clinicdesk.ui.shell.main_window import MainWindow

from .conftest import GuiClinic, sign_in, wait_idle


def test_no_slot_search_starts_until_the_typing_pauses(
    qtbot: QtBot, window: MainWindow, clinic: GuiClinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    sign_in(qtbot, window)
    dialog = window.book_at(None, None)
    assert dialog is not None
    qtbot.addWidget(dialog)
    wait_idle(qtbot)
    dialog.from_day.setDate(QDate(clinic.day))
    wait_idle(qtbot)
    asked: list[str | None] = []
    running: list[int] = [0]
    overlapped: list[bool] = []
    real_find_slots = finding.find_slots

    def recording_find_slots(ctx: object, search: finding.SlotSearch) -> object:
        asked.append(search.patient_id)
        running[0] += 1
        overlapped.append(running[0] > 1)
        try:
            return real_find_slots(ctx, search)  # type: ignore[arg-type]
        finally:
            running[0] -= 1

    monkeypatch.setattr(booking_dialog, "find_slots", recording_find_slots)
    # A receptionist who never stops typing, for this test.
    monkeypatch.setattr(booking_dialog, "TYPING_PAUSE_MS", 3_600_000, raising=False)
    qtbot.keyClicks(dialog.search.box, "smith ali")
    qtbot.waitUntil(lambda: dialog.patient is not None, timeout=5_000)
    assert dialog.patient is not None and dialog.patient.id == clinic.alice
    qtbot.wait(300)  # far past the dialog's slot timer
    assert asked == []
    dialog.type.setCurrentIndex((dialog.type.currentIndex() + 1) % dialog.type.count())
    qtbot.wait(300)
    assert asked == []  # a changed filter waits for the typing too

    monkeypatch.setattr(booking_dialog, "TYPING_PAUSE_MS", 0)  # the typing pauses
    qtbot.waitUntil(lambda: clinic.alice in asked, timeout=5_000)
    qtbot.waitUntil(lambda: dialog.slot is not None, timeout=5_000)
    wait_idle(qtbot)
    assert asked == [clinic.alice]  # one search, for the patient chosen
    assert not any(overlapped)


def test_slot_searches_asked_while_one_runs_make_one_more(
    qtbot: QtBot, window: MainWindow, clinic: GuiClinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    sign_in(qtbot, window)
    dialog = window.book_at(None, None)
    assert isinstance(dialog, BookingDialog)
    qtbot.addWidget(dialog)
    wait_idle(qtbot)
    asked: list[str] = []
    real_find_slots = finding.find_slots

    def recording_find_slots(ctx: object, search: finding.SlotSearch) -> object:
        asked.append(search.type)
        return real_find_slots(ctx, search)  # type: ignore[arg-type]

    monkeypatch.setattr(booking_dialog, "find_slots", recording_find_slots)
    for _ in range(5):
        dialog.refresh_slots()
    wait_idle(qtbot)
    # The first runs; the four asked meanwhile are one search for the newest filters.
    assert len(asked) == 2
    last_type = dialog.type.currentData()
    assert asked[-1] == last_type
    assert dialog.slot is not None
