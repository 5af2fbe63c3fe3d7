"""Start-up of the real window: launch to the sign-in panel painted, and sign-in to the
day view painted (its appointments loaded) on the large demo clinic.

    python benchmarks/bench_startup.py [--runs 10] [--xvfb] [--command clinicdesk]
    python benchmarks/bench_startup.py --command dist/clinicdesk/clinicdesk  # a frozen build

Each run is a new process that starts the window the way a receptionist does
(``clinicdesk`` with no command, ``clinicdesk.cli.main``), under Qt's offscreen platform
or Xvfb. The clock starts in this script just before the process is launched and
stops when the sign-in panel's first paint has finished; then, after a pause for
typing the password (--typing, 2 s), the sign-in is submitted and the clock stops
again when the day view has its appointments and has painted them. A bare PySide6
window is timed the same way for scale. Prints median and max of --runs; asserts
nothing.

The probe (``--child``) installs an application event filter before handing over to
``clinicdesk.cli.main``; nothing in clinicdesk knows it is measured. It also prints
which heavy packages were imported when the sign-in panel first painted
(tests/gui/test_start_up.py checks that list).

Source runs need the large demo clinic: built once with ``clinicdesk demo --size large``
into benchmarks/.cache/startup-large/ (several minutes; its key is in the demo-only key
file there). For a frozen build (--command pointing at the bundle's executable) only
the launch figure is taken: the bundle has no probe, so it runs with
CLINICDESK_STARTUP_TRACE=quit, prints its first paint and page, and closes (--data-dir
must hold a clinic, or the first page is not the sign-in panel).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "benchmarks" / ".cache"
LARGE_DEMO = CACHE / "startup-large"
DEMO_PASSWORD = "riverside-demo-clinic"
DEMO_USER = "reception"
STARTUP_TRACE_ENV = "CLINICDESK_STARTUP_TRACE"  # clinicdesk.app's, not imported here
# What the sign-in screen must not have loaded (they load after it shows, or on use).
HEAVY_PACKAGES = (
    "sqlalchemy",
    "alembic",
    "psycopg",
    "reportlab",
    "sqlcipher3",
    "argon2",
    "clinicdesk.sync",
    "clinicdesk.store.lifecycle",
    "clinicdesk.printing.fonts",
    "clinicdesk.app_jobs",
    # The workspace behind the sign-in screen: built while the password is typed.
    "qtawesome",
    "PySide6.QtCharts",
    "PySide6.QtPdf",
    "PySide6.QtPrintSupport",
    "phonenumbers",
    "rapidfuzz",
    "clinicdesk.ui.shell.workspace_parts",
    "clinicdesk.ui.calendar",
    "clinicdesk.ui.views",
    "clinicdesk.ui.reports_view",
)


def heavy_modules_loaded() -> list[str]:
    return sorted(
        name
        for name in HEAVY_PACKAGES
        if any(m == name or m.startswith(name + ".") for m in sys.modules)
    )


def child(data_dir: str, sign_in: bool, typing_seconds: float, bare: bool) -> int:
    """The measured process: prints one JSON line per milestone (wall-clock times)."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

    app = QApplication(sys.argv[:1])

    def say(**fields: object) -> None:
        print(json.dumps(fields), flush=True)

    if bare:
        window = QMainWindow()
        window.setCentralWidget(QLabel("Sign in"))

        class Bare(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
                if event.type() == QEvent.Type.Paint:
                    app.removeEventFilter(self)
                    QTimer.singleShot(0, lambda: (say(sign_in_painted=time.time()), app.quit()))
                return False

        probe = Bare()
        app.installEventFilter(probe)
        window.show()
        return app.exec()

    class Probe(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.panel_painted = False
            self.submitted_at = 0.0
            self.day_loaded = False
            self.window: QWidget | None = None

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() != QEvent.Type.Paint or not isinstance(watched, QWidget):
                return False
            if not self.panel_painted and type(watched).__name__ == "SignInPanel":
                self.panel_painted = True
                heavy = heavy_modules_loaded()
                QTimer.singleShot(0, lambda: self.at_sign_in(watched, heavy))
            elif self.day_loaded and self.window is not None:
                day_view = self.window.day_view  # type: ignore[attr-defined]
                if watched is day_view or day_view.isAncestorOf(watched):
                    self.day_loaded = False
                    QTimer.singleShot(0, self.at_day_view)
            return False

        def at_sign_in(self, panel: QWidget, heavy: list[str]) -> None:
            say(sign_in_painted=time.time(), heavy_modules=heavy)
            if not sign_in:
                panel.window().close()
                return
            QTimer.singleShot(round(typing_seconds * 1000), lambda: self.submit(panel))

        def submit(self, panel: QWidget) -> None:
            self.window = panel.window()
            panel.signed_in.connect(self.signed_in)  # type: ignore[attr-defined]
            panel.username.setText(DEMO_USER)  # type: ignore[attr-defined]
            panel.password.setText(DEMO_PASSWORD)  # type: ignore[attr-defined]
            self.submitted_at = time.time()
            panel.submit()  # type: ignore[attr-defined]

        def signed_in(self, _ctx: object) -> None:
            # After the window's own handler: its workspace is built and the day loading.
            # (Asking for the day view earlier would build the workspace outside the clock.)
            assert self.window is not None
            self.window.day_view.loaded.connect(self.day_view_loaded)  # type: ignore[attr-defined]

        def day_view_loaded(self) -> None:
            self.day_loaded = True
            assert self.window is not None
            self.window.day_view.update()  # type: ignore[attr-defined]

        def at_day_view(self) -> None:
            say(signed_in_at=self.submitted_at, day_view_painted=time.time())
            self.close_when_idle()

        def close_when_idle(self) -> None:
            # Background calls still running (the providers list, the week) must answer
            # before the window goes, as a person would not quit mid-load either.
            from clinicdesk.ui.background import jobs_running

            if jobs_running():
                QTimer.singleShot(50, self.close_when_idle)
                return
            assert self.window is not None
            self.window.close()

    probe = Probe()
    app.installEventFilter(probe)
    from clinicdesk.cli import main

    return main(["--data-dir", data_dir])


def launch(command: list[str], env: dict[str, str], timeout: float) -> dict[str, float]:
    """One run: this process's clock before the launch, and the child's milestones."""
    started = time.time()
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    found: dict[str, float] = {}
    for line in done.stdout.splitlines():
        if line.startswith("{"):
            found.update(json.loads(line))
    if found.get("page") == "SignInPanel":  # a frozen build's own trace (app.py)
        found["sign_in_painted"] = found["first_paint"]
    if "sign_in_painted" not in found:
        raise SystemExit(f"no sign-in panel ({done.returncode}):\n{done.stderr[-2000:]}")
    figures = {"launch_to_sign_in": found["sign_in_painted"] - started}
    if "day_view_painted" in found:
        figures["sign_in_to_day_view"] = found["day_view_painted"] - found["signed_in_at"]
    return figures


def summary(label: str, samples: list[float]) -> str:
    return (
        f"{label:<28} median {statistics.median(samples):6.3f} s   max {max(samples):6.3f} s"
        f"   (n={len(samples)})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--xvfb", action="store_true", help="under xvfb-run, not offscreen")
    parser.add_argument("--data-dir", type=Path, default=LARGE_DEMO)
    parser.add_argument("--typing", type=float, default=2.0, metavar="SECONDS")
    parser.add_argument("--command", help="a frozen clinicdesk executable to time instead")
    parser.add_argument("--child", metavar="DATA_DIR", help=argparse.SUPPRESS)
    parser.add_argument("--sign-in", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--bare", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        return child(args.child, args.sign_in, args.typing, args.bare)

    env = dict(os.environ)
    env.pop("DISPLAY", None)
    env["QT_QPA_PLATFORM"] = "xcb" if args.xvfb else "offscreen"
    prefix = ["xvfb-run", "-a", "-s", "-screen 0 1440x900x24"] if args.xvfb else []
    if args.xvfb and not shutil.which("xvfb-run"):
        raise SystemExit("xvfb-run is not installed (Debian: xvfb)")
    me = [sys.executable, str(Path(__file__).resolve())]
    has_demo = (args.data_dir / "clinic.db").exists()
    if args.command:
        # The bundle has no probe: app.py prints its first paint and closes the window.
        env[STARTUP_TRACE_ENV] = "quit"
        real = [*prefix, args.command, "--data-dir", str(args.data_dir)]
    else:
        if not has_demo:
            raise SystemExit(
                f"no demo clinic in {args.data_dir}: run 'clinicdesk --data-dir "
                f"{args.data_dir} demo --size large' first"
            )
        real = [
            *prefix,
            *me,
            "--child",
            str(args.data_dir),
            "--sign-in",
            "--typing",
            str(args.typing),
        ]

    bare = [
        launch([*prefix, *me, "--child", "-", "--bare"], env, 60)["launch_to_sign_in"]
        for _ in range(args.runs)
    ]
    runs = [launch(real, env, 300) for _ in range(args.runs)]
    print(
        f"clinicdesk start-up, {args.runs} runs, {'Xvfb' if args.xvfb else 'offscreen'}, "
        f"data: {args.data_dir}"
    )
    print(summary("bare PySide6 window", bare))
    print(summary("launch to sign-in painted", [r["launch_to_sign_in"] for r in runs]))
    day = [r["sign_in_to_day_view"] for r in runs if "sign_in_to_day_view" in r]
    if day:
        print(summary("sign-in to day view painted", day))
    print("goals: launch <= 0.6 s, sign-in to day view <= 0.5 s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
