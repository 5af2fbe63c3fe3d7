"""A real clinic on disk for the window tests: encrypted store, file keyring, services.

Built through the same services the window calls (no SQL): two GPs working Monday to
Friday 09:00-17:00 with a lunch break, one 20-minute appointment type, a few
patients, and a receptionist to sign in as. Tests book on ``clinic.day``, a Monday at
least a week ahead, so nothing depends on the time of day the suite runs.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from clinicdesk.app import GuiStore, build_window, create_clinic_from_window
from clinicdesk.domain.common import TimeRange
from clinicdesk.domain.users import Role
from clinicdesk.services.accounts import add_user
from clinicdesk.services.catalog import add_type
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.patients import register_patient
from clinicdesk.services.providers import add_provider
from clinicdesk.services.schedules import DayHours, set_weekly_hours
from clinicdesk.ui.background import jobs_running
from clinicdesk.ui.first_run import NewClinicRequest
from clinicdesk.ui.shell.main_window import MainWindow

PASSWORD = "long enough test password"
ZONE = ZoneInfo("Europe/London")


@dataclass
class GuiClinic:
    data_dir: Path
    store: GuiStore
    desk: ServiceContext  # the receptionist, for arranging and checking through services
    ana: str  # provider ids
    ben: str
    type_id: str
    alice: str  # patient ids
    bob: str
    day: date  # a Monday at least a week ahead

    def at(self, hour: int, minute: int = 0, day: date | None = None) -> datetime:
        return datetime.combine(day or self.day, time(hour, minute), tzinfo=ZONE)


@pytest.fixture
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


@pytest.fixture
def clinic(tmp_path: Path, file_keyring: None) -> Iterator[GuiClinic]:
    data_dir = tmp_path / "data"
    create_clinic_from_window(
        data_dir, NewClinicRequest("Oak Street Clinic", "Europe/London", "admin", PASSWORD)
    )
    store = GuiStore(data_dir)
    admin = store.sign_in("admin", PASSWORD)
    add_user(admin, "desk", "Front Desk", Role.RECEPTIONIST, PASSWORD)
    ana = add_provider(admin, name="Ana Lee", specialty="General practice").id
    ben = add_provider(admin, name="Ben Okafor", specialty="General practice").id
    week = [
        DayHours(d, TimeRange(time(9), time(17)), breaks=(TimeRange(time(12, 30), time(13, 30)),))
        for d in range(5)
    ]
    today = date.today()
    for provider in (ana, ben):
        set_weekly_hours(admin, provider, week, effective_from=today - timedelta(days=1))
    type_id = add_type(admin, name="Consultation", duration_minutes=20).id
    desk = store.sign_in("desk", PASSWORD)
    born = date(1980, 5, 17)
    alice = register_patient(
        desk, given="Alice", family="Smith", birth_date=born, phones=["07700 900123"]
    )
    bob = register_patient(desk, given="Bob", family="Jones", birth_date=date(1975, 1, 2))
    register_patient(desk, given="Carol", family="Smithson", birth_date=date(1990, 3, 4))
    assert alice.patient is not None and bob.patient is not None
    day = today + timedelta(days=7 + (7 - today.weekday()) % 7)
    yield GuiClinic(data_dir, store, desk, ana, ben, type_id, alice.patient.id, bob.patient.id, day)
    store.close()


def wait_idle(qtbot: QtBot) -> None:
    """Wait until every background call has delivered its result."""
    # Generous: a PDF or a slot search on a machine running other suites takes seconds.
    qtbot.waitUntil(lambda: jobs_running() == 0, timeout=30_000)
    qtbot.wait(10)


@pytest.fixture
def window(qtbot: QtBot, clinic: GuiClinic) -> Iterator[MainWindow]:
    built = build_window(clinic.data_dir, clinic.store)
    qtbot.addWidget(built)
    built.resize(1200, 800)
    built.show()
    yield built
    # Let calls still running answer while the message boxes are still recorded and the
    # store still open; otherwise they would land after the test, in a real dialog.
    wait_idle(qtbot)


def sign_in(qtbot: QtBot, window: MainWindow, username: str = "desk") -> None:
    window.sign_in.username.setText(username)
    window.sign_in.password.setText(PASSWORD)
    window.sign_in.button.click()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.workspace, timeout=10_000)
    wait_idle(qtbot)


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every message box the window shows, as (kind, text), instead of a blocking dialog."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []

    def recorder(kind: str, answer: QMessageBox.StandardButton) -> object:
        def show(_parent: object, _title: str, text: str, *_args: object) -> object:
            shown.append((kind, text))
            return answer

        return show

    monkeypatch.setattr(QMessageBox, "warning", recorder("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(
        QMessageBox, "critical", recorder("critical", QMessageBox.StandardButton.Ok)
    )
    monkeypatch.setattr(
        QMessageBox, "information", recorder("information", QMessageBox.StandardButton.Ok)
    )
    monkeypatch.setattr(
        QMessageBox, "question", recorder("question", QMessageBox.StandardButton.Yes)
    )
    return shown


@pytest.fixture(autouse=True)
def no_crashes() -> Iterator[list[BaseException]]:
    """Fail the test with the original error if the window's crash dialog was reached."""
    from clinicdesk.ui.errors import set_crash_reporter

    crashes: list[BaseException] = []

    def record(error: BaseException, _tb: object) -> None:
        crashes.append(error)

    set_crash_reporter(record)
    yield crashes
    set_crash_reporter(None)
    if crashes:
        raise crashes[0]


@pytest.fixture(autouse=True)
def drain_background_jobs(
    qtbot: QtBot, message_boxes: list[tuple[str, str]], no_crashes: list[BaseException]
) -> Iterator[None]:
    """Let every background call a test started deliver before the test ends.

    Asking for the two fixtures above makes this one's teardown run first, while message
    boxes are still recorded and crashes still caught. Windows are closed here rather
    than by pytest-qt afterwards, because closing signs out and may start calls of its
    own; a call left running would otherwise answer during a later test, into a real
    dialog, and abort the run.
    """
    yield
    from PySide6.QtWidgets import QApplication

    qtbot.waitUntil(lambda: jobs_running() == 0, timeout=60_000)
    for widget in QApplication.topLevelWidgets():
        widget.close()
    qtbot.waitUntil(lambda: jobs_running() == 0, timeout=60_000)
    qtbot.wait(10)
