"""The window's start-up path loads nothing the first screen does not need.

Runs the real launch (``clinicdesk.cli.main`` with no command) in a new process through
the start-up benchmark's probe, which records the loaded modules at the sign-in panel's
first paint: the store, SQLAlchemy, SQLCipher, Alembic, psycopg, sync, reportlab and the
print fonts, and argon2 all load after it (in the background, or when used), and so does
the workspace: the icon font (qtawesome), the calendars and views, QtCharts, QtPdf,
QtPrintSupport, phone numbers and fuzzy matching (the list is the benchmark's
HEAVY_PACKAGES).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from clinicdesk.app import create_clinic_from_window
from clinicdesk.ui.first_run import NewClinicRequest
from tests.gui.conftest import GuiClinic

ROOT = Path(__file__).resolve().parents[2]
PROBE = ROOT / "benchmarks" / "bench_startup.py"


def first_paint(data_dir: Path, tmp_path: Path) -> dict[str, object]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"))
    done = subprocess.run(
        [sys.executable, str(PROBE), "--child", str(data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, f"the sign-in panel was never painted:\n{done.stderr}"
    return lines[0]


def test_the_sign_in_panel_paints_before_any_heavy_package_loads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    data_dir = tmp_path / "data"
    create_clinic_from_window(
        data_dir, NewClinicRequest("Oak Street", "Europe/London", "admin", "long test password")
    )
    painted = first_paint(data_dir, tmp_path)
    assert painted["heavy_modules"] == []


def test_the_clinic_name_shown_at_launch_is_the_one_remembered(tmp_path: Path) -> None:
    """The panel is painted before the store opens, so the name comes from window.ini;
    a launch over a folder with no clinic shows the first-run page, not sign-in."""
    from PySide6.QtCore import QSettings

    from clinicdesk.app import CLINIC_NAME_KEY, WINDOW_SETTINGS_FILE, LaunchOverview

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "clinic.db").write_bytes(b"")  # a store file: the launch path is taken
    settings = QSettings(str(data_dir / WINDOW_SETTINGS_FILE), QSettings.Format.IniFormat)
    settings.setValue(CLINIC_NAME_KEY, "Oak Street")
    settings.sync()

    class NeverOpened:
        def overview(self) -> None:
            raise AssertionError("the first overview must not open the store")

    launch = LaunchOverview(data_dir, NeverOpened())  # type: ignore[arg-type]
    overview = launch()
    assert overview is not None and overview.clinic_name == "Oak Street"
    assert launch.open_pending


def test_help_about_shows_the_self_check_before_sign_in(
    qtbot: QtBot, clinic: GuiClinic, message_boxes: list[tuple[str, str]]
) -> None:
    """Support asks for it at the sign-in screen: versions, folders, keyring, fonts."""
    from PySide6.QtWidgets import QMenuBar

    from clinicdesk.app import build_window

    window = build_window(clinic.data_dir, clinic.store)
    qtbot.addWidget(window)
    window.show()
    bar = window.findChild(QMenuBar)
    help_menu = next(a for a in bar.actions() if a.text() == "&Help")
    assert help_menu.isVisible()
    window.about_action.trigger()
    ((kind, text),) = message_boxes
    assert kind == "information"
    for label in ("clinicdesk ", "SQLCipher: ", "Data folder: ", "Logs: ", "Keyring: "):
        assert label in text
    assert str(clinic.data_dir) in text
    found = re.search(r"Print fonts: (\d+) of (\d+) found", text)
    assert found is not None and found[1] == found[2], text  # every print font, however many


def test_the_workspace_is_built_while_the_password_is_typed(
    qtbot: QtBot, clinic: GuiClinic
) -> None:
    """The launch paints the sign-in panel without the views, then loads and builds them
    before anyone signs in, so the sign-in does not wait for them."""
    from clinicdesk.app import WorkspaceLoader, build_window

    window = build_window(clinic.data_dir, clinic.store)
    qtbot.addWidget(window)
    window.show()
    assert not window.workspace_built
    loader = WorkspaceLoader(window)
    loader.start()
    qtbot.waitUntil(lambda: window.workspace_built, timeout=30_000)
    assert window.pages.currentWidget() is window.sign_in
    assert not window.toolbar.isVisible()  # the schedule's tools wait for the sign-in
    loader.wait(timeout=5)
