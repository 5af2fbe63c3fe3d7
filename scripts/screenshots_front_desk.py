"""Screenshots of the front desk's booking path at 1366×768, for docs/screenshots/.

Run under Xvfb at the desk's screen size, at 100% and 125% scaling::

    xvfb-run -s "-screen 0 1366x768x24" python scripts/screenshots_front_desk.py
    QT_SCALE_FACTOR=1.25 xvfb-run -s "-screen 0 1366x768x24" \\
        python scripts/screenshots_front_desk.py

A throwaway data folder and file keyring hold the synthetic demo clinic.
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
    work = Path(tempfile.mkdtemp(prefix="clinicdesk-desk-shots-"))
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
    os.environ["HOME"] = str(work / "home")
    os.environ["XDG_DATA_HOME"] = str(work / "xdg")
    scale = float(os.environ.get("QT_SCALE_FACTOR", "1") or 1)
    suffix = "" if scale == 1.0 else f"-{int(scale * 100)}"
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QDate, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from clinicdesk.app import GuiStore, build_window
    from clinicdesk.ui.background import jobs_running
    from clinicdesk.ui.first_run import NewClinicRequest
    from clinicdesk.ui.new_patient_dialog import NewPatientDialog
    from clinicdesk.ui.theme import apply_theme
    from clinicdesk.ui.views.waiting_room import WalkInDialog

    apply_theme(app)

    def settle() -> None:
        QTest.qWait(80)
        while jobs_running():
            QTest.qWait(20)
        QTest.qWait(250)

    def grab(widget: object, name: str) -> None:
        settle()
        path = out / f"desk-{name}{suffix}.png"
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        print(path)

    data_dir = work / "data"
    store = GuiStore(data_dir)
    store.load_demo(NewClinicRequest("Riverside Demo Clinic", "Europe/London", "admin", PASSWORD))
    window = build_window(data_dir, store)
    window.show_fitted()
    settle()
    window.sign_in.username.setText("reception")
    window.sign_in.password.setText(PASSWORD)
    window.sign_in.submit()
    settle()
    window.show_view("day")
    monday = window.today() + timedelta(days=(7 - window.today().weekday()) % 7 or 7)
    window.go_to(monday)
    grab(window, "window")

    dialog = window.book_at(None, None)
    assert dialog is not None
    dialog.from_day.setDate(QDate(monday))
    QTest.keyClicks(dialog.search.box, "smi")
    settle()
    QTest.keyClick(dialog.search.box, Qt.Key.Key_Return)  # several match: nobody booked
    grab(dialog, "booking-pick")
    QTest.keyClick(dialog.search.table, Qt.Key.Key_Down)
    QTest.keyClick(dialog.search.table, Qt.Key.Key_Down)
    grab(dialog, "booking-chosen")
    dialog.repeat.setChecked(True)
    QTest.qWait(400)
    grab(dialog, "booking-repeat")
    dialog.reject()

    desk = store.sign_in("reception", PASSWORD)
    walk_in = WalkInDialog(desk, 0, window)
    walk_in.show()
    QTest.keyClicks(walk_in.search.box, "khan")
    settle()
    walk_in.ok.click()
    grab(walk_in, "walk-in")
    walk_in.reject()

    form = NewPatientDialog(desk, window)
    form.show()
    form.register(confirm_duplicates=False)  # empty birth date: the plain message
    grab(form, "new-patient")
    form.reject()
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
