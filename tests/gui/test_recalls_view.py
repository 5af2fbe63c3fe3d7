"""The Recall view driven by the keyboard: Ctrl+9 opens it, an attempt is recorded from
the list and hides the patient, hidden ones come back on request, and the list is saved
as a CSV through the guarded writer."""

from __future__ import annotations

import csv
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clinicdesk.services.recalls import (
    RecallInput,
    RecallTypeInput,
    add_recall,
    add_recall_type,
    list_recalls,
)
from clinicdesk.ui.save_target import SaveTarget
from clinicdesk.ui.shell.main_window import MainWindow

from .conftest import PASSWORD, ZONE, GuiClinic, sign_in, wait_idle

ALT = Qt.KeyboardModifier.AltModifier


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the desk types it: to whichever widget has the focus."""
    target = QApplication.focusWidget()
    assert target is not None
    QTest.keyClick(target, key, modifier)


def test_recall_view_by_keyboard(
    qtbot: QtBot,
    window: MainWindow,
    clinic: GuiClinic,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    admin = clinic.store.sign_in("admin", PASSWORD)
    add_recall_type(admin, RecallTypeInput("Annual review", "1y", hide_days=10))
    today = datetime.now(ZONE).date()  # the clinic's day, not the computer's
    first = add_recall(
        clinic.desk, RecallInput(clinic.alice, "Annual review", today - timedelta(days=40))
    )
    second = add_recall(clinic.desk, RecallInput(clinic.bob, "Annual review", today))
    sign_in(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    view = window.recalls_view
    wait_idle(qtbot)
    assert window.workspace.currentWidget() is view
    assert [row.id for row in view.model.rows] == [first.id, second.id]
    assert view.model.data(view.model.index(0, 1)) == "overdue"
    assert view.summary.text().startswith("2 due by ")
    assert view.summary.text().endswith(", 1 overdue.")

    view.table.setFocus()
    press(Qt.Key.Key_Down)  # the second patient
    assert view.selected_recall() is not None and view.selected_recall().id == second.id
    # A button's mnemonic clicks it 100 ms later.
    press(Qt.Key.Key_T, ALT)  # Record attempt
    qtbot.waitUntil(lambda: view.outcome.text() != "")
    wait_idle(qtbot)
    wait_idle(qtbot)
    assert [row.id for row in view.model.rows] == [first.id]  # hidden for 10 days
    assert view.outcome.text().startswith("Attempt 1 recorded for ")
    [called] = [r for r in list_recalls(clinic.desk) if r.id == second.id]
    assert (called.attempts, called.last_attempt_on) == (1, today)

    press(Qt.Key.Key_I, ALT)  # include hidden
    qtbot.waitUntil(view.hidden_box.isChecked)
    wait_idle(qtbot)
    assert view.hidden_box.isChecked()
    assert [row.attempts for row in view.model.rows] == [0, 1]
    assert view.model.data(view.model.index(1, 7)) != ""  # hidden until, shown

    out = tmp_path_factory.mktemp("out") / "recall-list.csv"
    monkeypatch.setattr(
        "clinicdesk.ui.views.recalls.ask_save_target", lambda *_a: SaveTarget(out, False)
    )
    press(Qt.Key.Key_X, ALT)  # Export CSV
    qtbot.waitUntil(lambda: view.saved_to is not None)
    assert view.saved_to == out
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert [row[5] for row in rows[1:]] == ["0", "1"]
    assert rows[1][4] == "overdue"


def test_recall_view_greyed_out_for_the_administrator(
    qtbot: QtBot, window: MainWindow, clinic: GuiClinic
) -> None:
    sign_in(qtbot, window, "admin")
    assert not window.view_actions["recall"].isEnabled()
    assert window.view_actions["recall"].shortcut().toString() == "Ctrl+9"
