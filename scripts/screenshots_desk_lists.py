"""Screenshots of the lists that lead to an action, on the demo clinic at 1366×768.

    xvfb-run -s "-screen 0 1366x768x24" python scripts/screenshots_desk_lists.py

The third-next-available trend, waiting times, and the worklist of visits inside new
time off. A throwaway data folder and file keyring are used; the demo data is synthetic.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "riverside-demo-clinic"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="clinicdesk-shots-"))
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
    os.environ["HOME"] = str(work / "home")
    os.environ["XDG_DATA_HOME"] = str(work / "xdg")
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from clinicdesk.ui.theme import apply_theme

    apply_theme(app)
    args.out.mkdir(parents=True, exist_ok=True)
    take(work / "data", args.out)
    return 0


def take(data_dir: Path, out: Path) -> None:
    from clinicdesk.app import GuiStore, build_window
    from clinicdesk.services.demo import DEMO_CLINIC_NAME, DEMO_TIME_ZONE
    from clinicdesk.services.providers import list_providers
    from clinicdesk.services.schedules import add_time_off
    from clinicdesk.services.views import day_schedule
    from clinicdesk.ui.background import jobs_running
    from clinicdesk.ui.displaced_visits_dialog import DisplacedVisitsDialog
    from clinicdesk.ui.first_run import NewClinicRequest
    from PySide6.QtCore import QDate
    from PySide6.QtTest import QTest

    def settle() -> None:
        for _ in range(400):
            if jobs_running() == 0:
                break
            QTest.qWait(25)
        QTest.qWait(200)

    store = GuiStore(data_dir)
    store.load_demo(NewClinicRequest(DEMO_CLINIC_NAME, DEMO_TIME_ZONE, "admin", PASSWORD))
    window = build_window(data_dir, store)
    window.resize(1366, 728)
    window.show()
    window.sign_in.username.setText("manager")
    window.sign_in.password.setText(PASSWORD)
    window.sign_in.button.click()
    for _ in range(200):
        if window.ctx is not None:
            break
        QTest.qWait(25)
    settle()
    ctx = window.ctx
    assert ctx is not None
    window.show_view("reports")
    settle()
    reports = window.reports_view
    today = date.today()
    reports.first.setDate(QDate(today - timedelta(days=45)))
    reports.last.setDate(QDate(today))
    for name in ("third-next-available", "waiting-times"):
        reports.report.setCurrentIndex(reports.report.findData(name))
        reports.run_button.click()
        settle()
        window.grab().save(str(out / f"lists-report-{name}.png"))

    monday = today + timedelta(days=7 - today.weekday())
    busiest = max(
        list_providers(ctx),
        key=lambda p: sum(1 for a in day_schedule(ctx, monday).active if a.provider_id == p.id),
    )
    result = add_time_off(ctx, busiest.id, monday, reason="Course")
    dialog = DisplacedVisitsDialog(
        ctx,
        result.affected_appointment_ids,
        ctx.now(),
        window.clinic_zone,
        window,
        provider_name=busiest.display_name,
    )
    dialog.show()
    settle()
    dialog.called_button.click()
    settle()
    dialog.other_button.click()
    settle()
    dialog.grab().save(str(out / "lists-displaced-visits.png"))
    print(f"{len(result.affected_appointment_ids)} visits displaced; {dialog.size()}")
    dialog.close()
    window.close()
    store.close()


if __name__ == "__main__":
    raise SystemExit(main())
