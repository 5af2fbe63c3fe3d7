"""The window in another language: catalogue, locale dates, right-to-left mirroring,
and Help > Language saving this PC's choice."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFormLayout
from pytestqt.qtbot import QtBot

from clinicdesk.domain import i18n
from clinicdesk.domain.errors import AuthenticationError
from clinicdesk.settings import load_settings, save_settings, with_setting
from clinicdesk.translations import LANGUAGES, install_for_window, uninstall_translations
from clinicdesk.ui.i18n import date_text
from clinicdesk.ui.shell.hooks import AppHooks, ClinicOverview
from clinicdesk.ui.shell.main_window import MainWindow
from clinicdesk.ui.sync_status import status_text


def refuse(_user: str, _password: str) -> object:
    raise AuthenticationError("no")


@pytest.fixture
def app() -> Iterator[QApplication]:
    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    yield instance
    uninstall_translations(instance)


def _window(qtbot: QtBot, **hooks: object) -> MainWindow:
    window = MainWindow(
        AppHooks(
            load_overview=lambda: ClinicOverview("Oak Street Clinic", 3, 1),
            sign_in=refuse,
            **hooks,  # type: ignore[arg-type]
        )
    )
    qtbot.addWidget(window)
    window.show()
    return window


def test_german_window_text_dates_and_service_messages(qtbot: QtBot, app: QApplication) -> None:
    install_for_window(app, "de")
    window = _window(qtbot)
    assert window.sign_in.button.text() == "&Anmelden"
    assert status_text(None) == "Synchronisierung: nicht eingerichtet"
    assert date_text(date(2026, 12, 7)) == "Mo., 7. Dez. 2026"
    # Code outside Qt (services, printing) is bound to the same catalogue.
    assert i18n.tr("SyncStatus", "%n conflict(s)", n=1) == "1 Konflikt"


def test_english_plurals_without_a_catalogue(app: QApplication) -> None:
    assert i18n.tr("SyncStatus", "%n conflict(s)", n=1) == "1 conflict"
    assert i18n.tr("SyncStatus", "%n conflict(s)", n=4) == "4 conflicts"


def test_arabic_mirrors_the_window(qtbot: QtBot, app: QApplication) -> None:
    install_for_window(app, "ar")
    window = _window(qtbot)
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft() and window.sign_in.button.isRightToLeft()
    # In the mirrored form the label stands right of its box.
    box = window.sign_in.username
    form = window.sign_in.findChild(QFormLayout)
    label = form.labelForField(box)
    assert label.mapTo(window, QPoint(0, 0)).x() > box.mapTo(window, QPoint(0, 0)).x()


def test_help_language_saves_the_choice_for_the_next_start(
    qtbot: QtBot, tmp_path: Path, message_boxes: list[tuple[str, str]]
) -> None:
    def choose(code: str) -> None:
        save_settings(tmp_path, with_setting(load_settings(tmp_path).settings, "language", code))

    window = _window(qtbot, language="", languages=LANGUAGES, choose_language=choose)
    actions = window.language_menu.language_actions
    assert actions[""].isChecked() and actions["fr"].text() == "Français"
    actions["fr"].trigger()
    saved = json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))
    assert saved["language"] == "fr" and actions["fr"].isChecked()
    assert message_boxes and "next starts" in message_boxes[-1][1]


def test_the_calendar_key_names_each_status_in_german(qtbot: QtBot, app: QApplication) -> None:
    from clinicdesk.domain.appointments import Status
    from clinicdesk.ui.calendar.data import HIDDEN_STATUSES
    from clinicdesk.ui.calendar.day_view import CalendarLegend

    english = CalendarLegend()
    qtbot.addWidget(english)
    install_for_window(app, "de")
    legend = CalendarLegend()
    qtbot.addWidget(legend)
    words = legend.entries()
    assert {"Gebucht", "Bestätigt", "Angekommen", "Nicht erschienen"} <= set(words)
    assert len(words) == len([s for s in Status if s not in HIDDEN_STATUSES])
    assert not set(words) & set(english.entries())  # no status left in English
