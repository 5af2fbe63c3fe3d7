"""A background call still running when its window goes never answers into it.

The window closed mid-call (the desk quits while the day loads): the launcher waits for
the call before it closes the store and returns, and the late answer is dropped rather
than delivered to a window that is gone or woken while Python shuts down. Calls whose
owner widget was deleted are dropped the same way while the application runs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from clinicdesk.ui.background import jobs_running, run_in_background

# Runs the real launcher (clinicdesk.app.run_gui) over an empty data folder; 0.3 s after
# the window is built, a 1-second call owned by the sign-in panel starts and the window
# is closed at once.
DRIVER = """
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
import clinicdesk.app as launcher
from clinicdesk.ui.background import jobs_running, run_in_background

state = {"call_finished": False, "answered": False}
build_window = launcher.build_window

def slow_call():
    time.sleep(1.0)
    state["call_finished"] = True
    return "late"

def built(*args, **kwargs):
    window = build_window(*args, **kwargs)

    def answer(_result):
        state["answered"] = True
        window.sign_in.problem.setText("late")

    def start_then_close():
        run_in_background(window.sign_in, slow_call, answer)
        window.close()

    QTimer.singleShot(300, start_then_close)
    return window

launcher.build_window = built
status = launcher.run_gui(Path(sys.argv[1]))
print(json.dumps({
    "status": status,
    "call_finished_when_launcher_returned": state["call_finished"],
    "answered": state["answered"],
    "running": jobs_running(),
}), flush=True)
"""


def test_closing_the_window_during_a_slow_call_waits_for_it_and_drops_its_answer(
    tmp_path: Path,
) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"))
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, str(tmp_path / "data")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,  # a worker waking during interpreter shutdown can hang the exit
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines == [
        {
            "status": 0,
            "call_finished_when_launcher_returned": True,
            "answered": False,
            "running": 0,
        }
    ], done.stderr
    assert "QRunnable::run" not in done.stderr


def test_an_answer_for_a_deleted_owner_is_dropped(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel, QWidget

    parent = QWidget()
    owner = QLabel(parent)
    release = threading.Event()
    answers: list[object] = []
    run_in_background(owner, lambda: release.wait(10), answers.append)
    parent.deleteLater()  # the owner goes with its parent, as a view goes with its window
    qtbot.waitUntil(lambda: not _alive(owner), timeout=5_000)
    release.set()
    qtbot.waitUntil(lambda: jobs_running() == 0, timeout=10_000)
    qtbot.wait(20)
    assert answers == []


def _alive(widget: object) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(widget))
