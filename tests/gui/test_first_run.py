"""First run, the problem panel and sign-in, on fake hooks and on a real store."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from clinicdesk.domain.errors import AuthenticationError, StoreError, ValidationError
from clinicdesk.services.context import ServiceContext
from clinicdesk.ui.first_run import NewClinicRequest, RecoveryKeyDialog
from clinicdesk.ui.shell.hooks import AppHooks, ClinicOverview
from clinicdesk.ui.shell.main_window import MainWindow

from .conftest import GuiClinic, sign_in, wait_idle


def refuse_sign_in(_username: str, _password: str) -> ServiceContext:
    raise AuthenticationError("Sign-in failed: the user name or password is wrong.")


def test_no_clinic_shows_the_first_run_choices(qtbot: QtBot) -> None:
    hooks = AppHooks(
        load_overview=lambda: None, sign_in=refuse_sign_in, create_clinic=lambda _r: "1-2-3"
    )
    window = MainWindow(hooks)
    qtbot.addWidget(window)
    window.show()
    assert window.pages.currentWidget() is window.first_run
    assert window.windowTitle() == "clinicdesk"
    assert window.first_run.create_button.isVisible()
    # No demo loader was wired in, so the window does not offer one.
    assert not window.first_run.demo_button.isVisible()
    assert not window.toolbar.isVisible()


def test_a_clinic_asks_for_sign_in_and_shows_the_refusal(qtbot: QtBot) -> None:
    hooks = AppHooks(
        load_overview=lambda: ClinicOverview("Oak <Street>", 3, 1), sign_in=refuse_sign_in
    )
    window = MainWindow(hooks)
    qtbot.addWidget(window)
    window.show()
    assert window.pages.currentWidget() is window.sign_in
    assert window.windowTitle() == "Oak <Street> - clinicdesk"
    assert window.sign_in.clinic_name.text() == "Oak <Street>"
    window.sign_in.username.setText("someone")
    window.sign_in.password.setText("wrong")
    window.sign_in.button.click()
    qtbot.waitUntil(lambda: "wrong" in window.sign_in.problem.text())
    assert window.pages.currentWidget() is window.sign_in
    assert window.sign_in.password.text() == ""


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

    window = MainWindow(AppHooks(load_overview=load, sign_in=refuse_sign_in, unlock=unlock))
    qtbot.addWidget(window)
    window.show()
    assert window.pages.currentWidget() is window.problem
    assert "missing" in window.problem.message.text()
    assert window.problem.unlock_button.isVisible()
    unlock("111111")
    window.problem.retry_button.click()
    assert window.pages.currentWidget() is window.sign_in


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


def test_window_callables_create_and_read_a_real_clinic(tmp_path: Path, file_keyring: None) -> None:
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


def test_sign_in_on_a_real_store_opens_the_day_view(
    qtbot: QtBot, window: MainWindow, clinic: GuiClinic
) -> None:
    assert window.pages.currentWidget() is window.sign_in
    window.sign_in.username.setText("desk")
    window.sign_in.password.setText("not the password")
    window.sign_in.button.click()
    qtbot.waitUntil(lambda: "Sign-in failed" in window.sign_in.problem.text(), timeout=10_000)
    sign_in(qtbot, window)
    assert window.current_view == "day"
    assert window.user_label.text() == "Signed in: desk (receptionist)"
    assert str(clinic.data_dir / "clinic.db") in window.store_label.text()
    assert window.sync_label.text() == "Sync: not set up"
    titles = [c.title for c in window.day_view.canvas.data.columns]  # type: ignore[union-attr]
    assert titles == ["Dr Ana Lee", "Dr Ben Okafor"]
    # Keyboard: Right goes to the next day, T back to today.
    start = window.current_day
    window.next_day.trigger()
    wait_idle(qtbot)
    assert window.day_view.canvas.data.columns[0].day == start.fromordinal(start.toordinal() + 1)  # type: ignore[union-attr]
    window.today_action.trigger()
    wait_idle(qtbot)
    assert window.current_day == start


def test_window_remembers_its_view(qtbot: QtBot, clinic: GuiClinic) -> None:
    from clinicdesk.app import build_window

    first = build_window(clinic.data_dir, clinic.store)
    qtbot.addWidget(first)
    first.show()
    sign_in(qtbot, first)
    first.show_view("week")
    wait_idle(qtbot)
    first.close()
    again = build_window(clinic.data_dir, clinic.store)
    qtbot.addWidget(again)
    again.show()
    sign_in(qtbot, again)
    assert again.current_view == "week"
