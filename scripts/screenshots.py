"""Screenshots of each view on the demo clinic, for docs/screenshots/ and the README.

Run under a real X server (the README's command uses Xvfb)::

    xvfb-run -s "-screen 0 1366x768x24" python scripts/screenshots.py [--scale 1.25]

The window fills the screen less a 40 px taskbar, as maximised on the front desk's
1366×768 screen. The demo has Chinese, Japanese and Korean names: without a CJK font
(Debian/Ubuntu: ``apt-get install fonts-noto-cjk``) they come out as boxes.
Everything happens in a throwaway data folder with a file keyring, so no real clinic
or keyring is touched. The demo data is synthetic.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "riverside-demo-clinic"
TASKBAR = 40


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--scale", type=float, default=1.0, help="display scaling, e.g. 1.5")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="clinicdesk-shots-"))
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
    os.environ["HOME"] = str(work / "home")
    os.environ["XDG_DATA_HOME"] = str(work / "xdg")
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from clinicdesk.ui.theme import apply_theme

    apply_theme(app)
    return take_all(app, work / "data", args.out, args.scale)


def take_all(app: object, data_dir: Path, out: Path, scale: float) -> int:
    from clinicdesk.app import GuiStore, build_window
    from clinicdesk.domain.appointments import Status, Urgency
    from clinicdesk.services.appointment_changes import set_status
    from clinicdesk.services.patients import search_patients
    from clinicdesk.services.views import day_schedule
    from clinicdesk.services.waitlist import WaitlistInput, add_to_waitlist
    from clinicdesk.ui.background import jobs_running
    from clinicdesk.ui.first_run import NewClinicRequest
    from PySide6.QtCore import QDate
    from PySide6.QtTest import QTest

    out.mkdir(parents=True, exist_ok=True)
    suffix = "" if scale == 1.0 else f"-{int(scale * 100)}"

    def settle() -> None:
        QTest.qWait(50)
        while jobs_running():
            QTest.qWait(20)
        QTest.qWait(150)

    def grab(widget: object, name: str) -> None:
        settle()
        path = out / f"{name}{suffix}.png"
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        print(path)

    store = GuiStore(data_dir)
    window = build_window(data_dir, store)
    screen = window.screen()
    window.show()
    # As maximised beside the taskbar (Xvfb has no window manager to maximise it).
    window.setGeometry(screen.geometry().adjusted(0, 0, 0, -round(TASKBAR / scale)))
    if scale == 1.0:
        grab(window, "first-run")
    store.load_demo(NewClinicRequest("Riverside Demo Clinic", "Europe/London", "admin", PASSWORD))
    desk = store.sign_in("reception", PASSWORD)
    today = day_schedule(desk)
    # A morning's worth of arrivals for the waiting room: one waiting too long.
    for minutes_ago, appointment in zip((42, 18, 6), today.active[:3], strict=False):
        earlier = dataclasses.replace(
            desk, clock=lambda m=minutes_ago: desk.now() - timedelta(minutes=m)
        )
        if appointment.status in (Status.BOOKED, Status.CONFIRMED):
            set_status(earlier, appointment.id, Status.ARRIVED)
    for name, urgency in (
        ("smith", Urgency.URGENT),
        ("jones", Urgency.ROUTINE),
        ("brown", Urgency.SOON),
    ):
        found = search_patients(desk, name, 1)
        if found:
            add_to_waitlist(desk, WaitlistInput(found[0].id, "Consultation", urgency))
    window.sign_in.username.setText("reception")
    window.refresh()
    if scale == 1.0:
        grab(window, "sign-in")
    window.sign_in.password.setText(PASSWORD)
    window.sign_in.submit()
    settle()
    window.show_view("day")
    window.go_to(window.today() + timedelta(days=(7 - window.today().weekday()) % 7 or 7))
    grab(window, "day")
    if scale == 1.0:
        from clinicdesk.ui.calendar.day_view import ALL_KEY, ROOMS_KEY

        window.day_view.show_choice(ROOMS_KEY)
        grab(window, "day-rooms")
        window.day_view.show_choice(ALL_KEY)
    window.show_view("week")
    grab(window, "week")
    dialog = window.book_at(None, None)
    assert dialog is not None
    dialog.from_day.setDate(QDate(window.current_day))
    QTest.keyClicks(dialog.search.box, "smi")
    settle()
    dialog.search.table.setCurrentIndex(dialog.search.model.index(0, 0))
    settle()
    grab(dialog, "booking")
    if scale != 1.0:
        dialog.reject()
        return 0
    dialog.repeat.setChecked(True)
    dialog.repeat.count.setValue(8)
    QTest.qWait(300)
    grab(dialog, "booking-repeat")
    dialog.reject()
    window.show_view("patients")
    QTest.keyClicks(window.patients_view.search.box, "smi")
    settle()
    window.patients_view.search.table.setCurrentIndex(
        window.patients_view.search.model.index(0, 0)
    )
    settle()
    # A record with alerts, to show them where the receptionist cannot miss them.
    flagged = [p for p in search_patients(desk, "smi", 50) if p.has_alerts]
    if flagged:
        window.patients_view.open_patient(flagged[0])
    grab(window, "patients")
    window.show_view("waiting")
    grab(window, "waiting-room")
    window.show_view("waitlist")
    grab(window, "waitlist")
    window.sign_out()
    window.sign_in.username.setText("manager")
    window.sign_in.password.setText(PASSWORD)
    window.sign_in.submit()
    settle()
    window.show_view("providers")
    grab(window, "providers")
    window.providers_view.tabs.setCurrentIndex(1)
    editor = window.providers_view.exceptions
    monday = QDate(window.today()).addDays(7 - window.today().weekday())
    editor.first_day.setDate(monday)
    editor.last_day.setDate(monday.addDays(2))
    editor.reason.setText("Annual leave")
    editor.add()
    settle()
    grab(window, "providers-time-off")
    window.providers_view.tabs.setCurrentIndex(0)
    window.show_view("reports")
    window.reports_view.run()
    grab(window, "reports-view")
    window.show_view("reminders")
    grab(window, "reminders")
    window.sign_out()
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
