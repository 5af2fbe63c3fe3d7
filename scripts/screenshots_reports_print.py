"""Screenshots of the Reports view and the print preview on the demo clinic.

Run under a real X server::

    xvfb-run -s "-screen 0 1600x1000x24" python scripts/screenshots_reports_print.py

A throwaway data folder and file keyring are used; the demo data is synthetic.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
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
    from clinicdesk.sync.client import SyncStatus
    from clinicdesk.ui.background import jobs_running
    from clinicdesk.ui.first_run import NewClinicRequest
    from clinicdesk.ui.print_preview import (
        SheetKind,
        SheetPreviewDialog,
        SheetRequest,
        render_sheet,
    )
    from PySide6.QtPrintSupport import QPrintPreviewWidget
    from PySide6.QtTest import QTest

    def settle() -> None:
        for _ in range(200):
            if jobs_running() == 0:
                break
            QTest.qWait(25)
        QTest.qWait(150)

    store = GuiStore(data_dir)
    store.load_demo(NewClinicRequest(DEMO_CLINIC_NAME, DEMO_TIME_ZONE, "admin", PASSWORD))
    window = build_window(data_dir, store)
    window.resize(1440, 900)
    window.show()
    window.sign_in.username.setText("manager")
    window.sign_in.password.setText(PASSWORD)
    window.sign_in.button.click()
    for _ in range(200):
        if window.ctx is not None:
            break
        QTest.qWait(25)
    settle()
    # The sync corner as a joined PC with one clash waiting shows it.
    window.sync_status.show_status(
        SyncStatus(
            joined=True,
            last_sync_at=datetime.now(UTC) - timedelta(minutes=2),
            last_attempt_at=datetime.now(UTC),
            last_error="",
            pending_changes=2,
            open_conflicts=1,
            clock_skew_seconds=0.3,
        )
    )
    window.show_view("reports")
    settle()
    window.grab().save(str(out / "reports.png"))
    reports = window.reports_view
    reports.report.setCurrentIndex(reports.report.findData("no-shows-by-weekday"))
    settle()
    window.grab().save(str(out / "reports-no-shows.png"))
    reports.report.setCurrentIndex(reports.report.findData("appointments-by-type-status"))
    settle()
    window.grab().save(str(out / "reports-by-type.png"))
    reports.report.setCurrentIndex(reports.report.findData("overbooking-outcomes"))
    settle()
    window.grab().save(str(out / "reports-overbooking.png"))

    today = date.today()
    monday = today + timedelta(days=7 - today.weekday())
    assert window.ctx is not None
    request = SheetRequest(SheetKind.DAY, monday)
    dialog = SheetPreviewDialog(window.ctx, request, render_sheet(window.ctx, request), window)
    dialog.resize(1300, 900)
    dialog.show()
    preview = dialog.findChild(QPrintPreviewWidget)
    for _ in range(200):
        if preview is not None and preview.pageCount() > 0:
            break
        QTest.qWait(25)
    QTest.qWait(300)
    dialog.grab().save(str(out / "print-preview.png"))
    dialog.close()
    window.close()
    store.close()


if __name__ == "__main__":
    raise SystemExit(main())
