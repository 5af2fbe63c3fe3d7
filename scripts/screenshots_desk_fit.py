"""The screen as the front desk sees it, one grab per view, at 1366×768.

Grabs the whole screen, not the window, so anything past the screen's edge is missing
from the picture, as it is for the receptionist::

    xvfb-run -s "-screen 0 1366x768x24" python scripts/screenshots_desk_fit.py
    QT_SCALE_FACTOR=1.25 xvfb-run -s "-screen 0 1366x768x24" \\
        python scripts/screenshots_desk_fit.py

The window is sized as a maximised window on a screen with a 40 px taskbar. A throwaway
data folder and file keyring hold the synthetic demo clinic.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "riverside-demo-clinic"
TASKBAR = 40


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="clinicdesk-fit-shots-"))
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
    os.environ["HOME"] = str(work / "home")
    os.environ["XDG_DATA_HOME"] = str(work / "xdg")
    scale = float(os.environ.get("QT_SCALE_FACTOR", "1") or 1)
    suffix = "" if scale == 1.0 else f"-{int(scale * 100)}"
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from clinicdesk.app import GuiStore, build_window
    from clinicdesk.services.patients import search_patients
    from clinicdesk.ui.background import jobs_running
    from clinicdesk.ui.first_run import NewClinicRequest
    from clinicdesk.ui.theme import apply_theme

    apply_theme(app)

    def settle() -> None:
        QTest.qWait(80)
        while jobs_running():
            QTest.qWait(20)
        QTest.qWait(250)

    data_dir = work / "data"
    store = GuiStore(data_dir)
    store.load_demo(NewClinicRequest("Riverside Demo Clinic", "Europe/London", "admin", PASSWORD))
    window = build_window(data_dir, store)
    screen = app.primaryScreen()
    room = screen.geometry().adjusted(0, 0, 0, -round(TASKBAR / scale))
    window.show()
    window.setGeometry(room)  # as maximised beside the taskbar (Xvfb has no window manager)
    settle()
    window.sign_in.username.setText("manager")
    window.sign_in.password.setText(PASSWORD)
    window.sign_in.submit()
    settle()
    monday = window.today() + timedelta(days=(7 - window.today().weekday()) % 7 or 7)
    window.go_to(monday)
    assert window.ctx is not None
    found = search_patients(window.ctx, "Okonkwo")
    for key in window.views:
        window.show_view(key)
        if key == "patients" and found:
            window.patients_view.search.show_patient(found[0])
            window.patients_view.open_patient(found[0])
        if key == "reports":
            window.reports_view.run()
        settle()
        path = out / f"fit-{key}{suffix}.png"
        screen.grabWindow(0).save(str(path))
        print(path)
    # A visit dragged longer, past the provider's hours: the override is asked for.
    window.show_view("day")
    settle()
    visit = next(block.appointment for block in window.day_view.canvas.blocks)
    window.appointments.resize(visit, visit.end.replace(hour=21, minute=0))
    settle()
    path = out / f"fit-lengthen-override{suffix}.png"
    screen.grabWindow(0).save(str(path))
    print(path)
    if window.appointments.length_dialog is not None:
        window.appointments.length_dialog.reject()
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
