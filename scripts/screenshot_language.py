"""Screenshots of the window in another language on the demo clinic (synthetic data),
to check a translation and a right-to-left layout by eye::

    xvfb-run -s "-screen 0 1366x768x24" python scripts/screenshot_language.py --language ar

Writes docs/screenshots/sign-in-<language>.png and day-<language>.png at 1366×768, in a
throwaway data folder with a file keyring. For a right-to-left language the painted
calendar grid is mirrored like the widgets: times on the right, the first column next
to them.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "riverside-demo-clinic"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="ar")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="clinicdesk-shots-"))
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
    os.environ["HOME"] = str(work / "home")
    os.environ["XDG_DATA_HOME"] = str(work / "xdg")
    from clinicdesk.app import GuiStore, build_window
    from clinicdesk.translations import install_for_window
    from clinicdesk.ui.background import jobs_running
    from clinicdesk.ui.first_run import NewClinicRequest
    from clinicdesk.ui.theme import apply_theme
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    install_for_window(app, args.language)
    apply_theme(app)

    def grab(widget: object, name: str) -> None:
        QTest.qWait(50)
        while jobs_running():
            QTest.qWait(20)
        QTest.qWait(300)
        path = args.out / f"{name}-{args.language}.png"
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        print(path)

    data_dir = work / "data"
    store = GuiStore(data_dir)
    store.load_demo(NewClinicRequest("Riverside Demo Clinic", "Europe/London", "admin", PASSWORD))
    window = build_window(data_dir, store)
    window.resize(1366, 768)
    window.show()
    window.refresh()
    window.sign_in.username.setText("reception")
    grab(window, "sign-in")
    window.sign_in.password.setText(PASSWORD)
    window.sign_in.submit()
    QTest.qWait(300)
    window.show_view("day")
    window.go_to(window.today() + timedelta(days=(7 - window.today().weekday()) % 7 or 7))
    grab(window, "day")
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
