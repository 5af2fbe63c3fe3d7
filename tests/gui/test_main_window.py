"""The minimal main window: first-run choices, the clinic overview, the way out of a problem."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from clinicdesk.domain.errors import StoreError, ValidationError
from clinicdesk.ui.first_run import NewClinicRequest, RecoveryKeyDialog
from clinicdesk.ui.main_window import ClinicOverview, MainWindow


def test_no_clinic_shows_the_first_run_choices(qtbot: QtBot) -> None:
    window = MainWindow(load_overview=lambda: None, create_clinic=lambda _request: "1-2-3")
    qtbot.addWidget(window)
    window.show()
    assert window.pages.currentWidget() is window.first_run
    assert window.windowTitle() == "clinicdesk"
    assert window.first_run.create_button.isVisible()
    # No demo loader was wired in, so the window does not offer one.
    assert not window.first_run.demo_button.isVisible()


def test_clinic_overview_names_the_clinic_and_counts(qtbot: QtBot) -> None:
    overview = ClinicOverview(clinic_name="Oak <Street>", provider_count=3, appointments_today=1)
    window = MainWindow(load_overview=lambda: overview)
    qtbot.addWidget(window)
    assert window.pages.currentWidget() is window.overview
    assert window.windowTitle() == "Oak <Street> - clinicdesk"
    assert "Oak &lt;Street&gt;" in window.overview.clinic_name.text()  # escaped, not markup
    assert window.overview.summary.text() == "3 providers; 1 appointment today"


def test_store_problem_is_shown_with_the_recovery_way_out(qtbot: QtBot) -> None:
    attempts: list[str] = []
    state = {"locked": True}

    def load() -> ClinicOverview | None:
        if state["locked"]:
            raise StoreError("The key that unlocks the clinic data is missing.")
        return ClinicOverview("Oak", 0, 0)

    def unlock(key: str) -> None:
        attempts.append(key)
        state["locked"] = False

    window = MainWindow(load_overview=load, unlock=unlock)
    qtbot.addWidget(window)
    window.show()
    assert window.pages.currentWidget() is window.problem
    assert "missing" in window.problem.message.text()
    assert window.problem.unlock_button.isVisible()
    unlock("111111")
    window.problem.retry_button.click()
    assert window.pages.currentWidget() is window.overview


def test_load_demo_button_refreshes_into_the_overview(qtbot: QtBot) -> None:
    loaded: list[bool] = []

    def load() -> ClinicOverview | None:
        return ClinicOverview("Demo Clinic", 8, 40) if loaded else None

    window = MainWindow(load_overview=load, load_demo=lambda: loaded.append(True))
    qtbot.addWidget(window)
    window.show()
    window.first_run.demo_button.click()
    assert loaded == [True]
    assert window.pages.currentWidget() is window.overview
    assert window.overview.summary.text() == "8 providers; 40 appointments today"


def test_recovery_key_dialog_needs_the_written_down_tick(qtbot: QtBot) -> None:
    dialog = RecoveryKeyDialog("123456-654321")
    qtbot.addWidget(dialog)
    assert dialog.key.text() == "123456-654321"
    assert dialog.key.isReadOnly()
    dialog.show()
    assert not dialog.ok_button.isEnabled()
    dialog.reject()  # Escape before ticking must not throw the key away
    assert dialog.isVisible()
    dialog.confirmed.setChecked(True)
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert dialog.result() == dialog.DialogCode.Accepted


@pytest.fixture
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


def test_window_callables_create_and_read_a_real_clinic(
    qtbot: QtBot, tmp_path: Path, file_keyring: None
) -> None:
    from clinicdesk.app import create_clinic_from_window, read_overview

    data_dir = tmp_path / "data"
    assert read_overview(data_dir) is None
    with pytest.raises(ValidationError, match="not a known time zone"):
        create_clinic_from_window(
            data_dir, NewClinicRequest("Oak", "Moon/Crater", "admin", "long-enough-pw")
        )
    assert not (data_dir / "clinic.db").exists()
    recovery_key = create_clinic_from_window(
        data_dir, NewClinicRequest("Oak Street", "Europe/London", "admin", "long-enough-pw")
    )
    assert len(recovery_key.split("-")) == 16
    assert read_overview(data_dir) == ClinicOverview("Oak Street", 0, 0)
