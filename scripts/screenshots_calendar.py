"""Screenshots of the calendar and first run at the desk's 1366×768, for docs/screenshots/.

Run under Xvfb at the desk's screen size, at 100% and 125% scaling::

    xvfb-run -s "-screen 0 1366x768x24" python scripts/screenshots_calendar.py
    QT_SCALE_FACTOR=1.25 xvfb-run -s "-screen 0 1366x768x24" \\
        python scripts/screenshots_calendar.py

A throwaway data folder and file keyring hold the synthetic demo clinic. The day view
is shown with the keyboard's focus on a block (moved there by arrow keys), so the
focus mark, the short blocks and the colour key are all in the picture.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "riverside-demo-clinic"


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="clinicdesk-cal-shots-"))
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
    os.environ["HOME"] = str(work / "home")
    os.environ["XDG_DATA_HOME"] = str(work / "xdg")
    scale = float(os.environ.get("QT_SCALE_FACTOR", "1") or 1)
    suffix = "" if scale == 1.0 else f"-{int(scale * 100)}"
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from clinicdesk.app import GuiStore, build_window
    from clinicdesk.ui.background import jobs_running
    from clinicdesk.ui.first_run import NewClinicRequest
    from clinicdesk.ui.theme import apply_theme

    apply_theme(app)

    def settle() -> None:
        QTest.qWait(80)
        while jobs_running():
            QTest.qWait(20)
        QTest.qWait(250)

    def grab(widget: object, name: str) -> None:
        settle()
        path = out / f"cal-{name}{suffix}.png"
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        print(path)

    data_dir = work / "data"
    store = GuiStore(data_dir)
    window = build_window(data_dir, store)
    window.show_fitted()
    grab(window, "first-run")
    store.load_demo(NewClinicRequest("Riverside Demo Clinic", "Europe/London", "admin", PASSWORD))
    window.refresh()
    settle()
    window.sign_in.username.setText("reception")
    window.sign_in.password.setText(PASSWORD)
    window.sign_in.submit()
    settle()
    window.show_view("day")
    monday = window.today() + timedelta(days=(7 - window.today().weekday()) % 7 or 7)
    window.go_to(monday)
    settle()
    canvas = window.day_view.canvas
    window.activateWindow()
    canvas.setFocus()
    for _ in range(3):
        QTest.keyClick(canvas, Qt.Key.Key_Down)
    QTest.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    grab(window, "day")
    # The Move dialog after a time that needs an override (the visit moved to 07:00,
    # before opening): the clash, and the reason box with the keys.
    QTest.keyClick(canvas, Qt.Key.Key_M)
    settle()
    mover = window.appointments.move_dialog
    assert mover is not None
    QTest.keyClicks(mover.time, "0700")
    QTest.keyClick(mover.time, Qt.Key.Key_Return)
    settle()
    grab(mover, "move-override")
    mover.reject()
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
