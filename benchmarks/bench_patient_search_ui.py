"""Patient search as a receptionist types it, on the large demo clinic, through the real UI.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_patient_search_ui.py \
        [--size large] [--queries 200] [--key-ms 90] [--widget dialog|search] [--cache DIR]

Opens the demo clinic that ``benchmarks/run.py`` caches in benchmarks/.cache/<size>/
(building it when missing), builds the booking dialog (or the bare ``PatientSearch``)
the way the app does, and types ``run.py``'s typed prefixes (family / given name starts,
given + family start, phone digits, birth dates) one key at a time with ``QTest.keyClicks``
(a key event carrying the letter for non-ASCII ones), ``--key-ms`` apart. The event
loop runs between keys, so debounce timers, stale searches and, in the dialog, the
slot search after each answer happen as they would.

Measured per query, from the last keystroke: to the moment the results model has been
reset with the answer for the whole text (the widget's ``results_shown`` after
``shown_text`` equals the typed text), and to the moment those results are painted
(the results table's first paint after that reset has drawn its rows). Prints median /
p95 / max of both; asserts nothing. The goal for "painted" is one 60 Hz frame (16.7 ms)
at p95.

``--cache DIR`` keeps the demo clinic in DIR/<size> instead of benchmarks/.cache (build
the large one once, nice'd, into a temporary folder and reuse it).

Searches append "patient.searched" audit rows to the cached store, as ``run.py`` does;
nothing else is written.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from PySide6.QtCore import QEvent, QObject, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit  # noqa: E402
from run import ACTOR, CACHE, FileKeyStore, build, typed_prefixes  # noqa: E402

from clinicdesk.services.context import ServiceContext  # noqa: E402
from clinicdesk.services.patients import search_patients  # noqa: E402
from clinicdesk.store.lifecycle import open_store  # noqa: E402
from clinicdesk.store.uow import SqlUnitOfWork  # noqa: E402
from clinicdesk.ui.background import favour_the_gui_thread, jobs_running  # noqa: E402
from clinicdesk.ui.booking_dialog import BookingDialog  # noqa: E402
from clinicdesk.ui.patient_search import DEBOUNCE_MS, PatientSearch  # noqa: E402
from clinicdesk.ui.theme import apply_theme  # noqa: E402

TIMEOUT_MS = 10_000


def summary(samples: Sequence[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"p50 {statistics.median(ordered):7.1f}  p95 {p95:7.1f}  max {ordered[-1]:7.1f}"


class AnswerClock(QObject):
    """Notes when the results model is reset with the answer for a given text, and when
    the results table's rows have been painted after that reset.

    The rows can be painted before ``results_shown`` is emitted (making the answer's row
    current repaints at once), so the paint is tied to the model's reset, not to the
    signal.
    """

    def __init__(self, search: PatientSearch) -> None:
        super().__init__()
        self.search = search
        self.answered: list[tuple[str, float]] = []
        self.painted: list[tuple[str, float]] = []
        self._reset_unpainted = False
        self._painted_after_reset: float | None = None
        self._to_paint: str | None = None
        search.model.modelReset.connect(self._reset)
        # On the application, so it runs before the scroll area's own viewport filter,
        # which takes the paint events of its viewport for itself.
        self.viewport = search.table.viewport()
        QApplication.instance().installEventFilter(self)

    def clear(self) -> None:
        self.answered.clear()
        self.painted.clear()
        self._to_paint = None

    def _reset(self) -> None:
        self._reset_unpainted = True
        self._painted_after_reset = None

    def note(self, _count: int) -> None:
        text, now = self.search.shown_text, time.perf_counter()
        self.answered.append((text, now))
        if self._painted_after_reset is not None:
            self.painted.append((text, self._painted_after_reset))
        else:
            self._to_paint = text

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if watched is not self.viewport or event.type() != QEvent.Type.Paint:
            return False
        if not self._reset_unpainted:
            return False
        self._reset_unpainted = False
        # Paint the rows here, as the table would, so that the time is taken once
        # they are drawn; then the event is done.
        self.search.table.viewportEvent(event)
        self._painted_after_reset = time.perf_counter()
        if self._to_paint is not None:
            self.painted.append((self._to_paint, self._painted_after_reset))
            self._to_paint = None
        return True

    def answered_at(self, text: str) -> float | None:
        return next((at for shown, at in self.answered if shown == text), None)

    def painted_at(self, text: str) -> float | None:
        return next((at for shown, at in self.painted if shown == text), None)


def settle() -> None:
    """Let every background call (stale searches, slot searches) finish."""
    QTest.qWait(DEBOUNCE_MS * 2)
    waited = 0
    while jobs_running() and waited < TIMEOUT_MS:
        QTest.qWait(5)
        waited += 5


def press(box: QLineEdit, character: str) -> None:
    """One key. QTest knows only ASCII keys; other letters (a keyboard layout's or an input
    method's) arrive as a key event carrying the text, which QLineEdit inserts the same way."""
    if character.isascii():
        QTest.keyClicks(box, character)
        return
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            box, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character)
        )


def type_query(
    search: PatientSearch, clock: AnswerClock, text: str, key_ms: int
) -> tuple[float, float]:
    """Type ``text`` key by key; milliseconds from its last key to its results in the
    model, and to their being painted."""
    search.box.clear()
    settle()
    clock.clear()
    last_key = 0.0
    for position, character in enumerate(text):
        if position == len(text) - 1:
            clock.clear()
            last_key = time.perf_counter()
        press(search.box, character)
        if position < len(text) - 1:
            QTest.qWait(key_ms)
    searched = text.strip()  # what the widget searches for ("Ap " is "Ap")
    waited = 0
    while clock.painted_at(searched) is None and waited < TIMEOUT_MS:
        QTest.qWait(1)
        waited += 1
    answered = clock.answered_at(searched) or time.perf_counter()
    painted = clock.painted_at(searched) or time.perf_counter()
    return (answered - last_key) * 1000, (painted - last_key) * 1000


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="large", choices=("small", "medium", "large"))
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--key-ms", type=int, default=90, help="time between keys")
    parser.add_argument("--widget", default="dialog", choices=("dialog", "search"))
    parser.add_argument("--cache", type=Path, default=CACHE, help="folder of cached clinics")
    args = parser.parse_args(argv)
    folder = args.cache / args.size
    meta_path = folder / "meta.json"
    if not meta_path.exists():
        print(f"building {args.size} demo clinic in {folder} ...", flush=True)
        build(args.size, folder, date.today())
    meta = json.loads(meta_path.read_text())
    app = QApplication.instance() or QApplication(sys.argv[:1])
    favour_the_gui_thread()  # as run_gui does
    apply_theme(app)  # type: ignore[arg-type]
    store = open_store(folder, key_store=FileKeyStore(folder), integrity_check=False)
    try:
        ctx = ServiceContext(lambda: SqlUnitOfWork(store.engine), ACTOR)
        prefixes = typed_prefixes(store.engine, args.queries)
        for prefix in prefixes[:20]:  # warm the page cache as a running app would have it
            search_patients(ctx, prefix)
        dialog: BookingDialog | None = None
        if args.widget == "dialog":
            dialog = BookingDialog(ctx)
            search = dialog.search
            dialog.show()
        else:
            search = PatientSearch()
            search.set_context(ctx)
            search.resize(600, 500)
            search.show()
        clock = AnswerClock(search)
        search.results_shown.connect(clock.note)
        settle()
        timings = [type_query(search, clock, prefix, args.key_ms) for prefix in prefixes]
        latencies = [model for model, _painted in timings]
        painted = [painted for _model, painted in timings]
        slow = sum(ms > 50 for ms in painted)
        print(
            f"\n{args.size} demo clinic: {meta['patients']:,} patients, {meta['providers']} "
            f"providers, {meta['appointments']:,} appointments"
        )
        print(
            f"{len(prefixes)} queries typed into the {args.widget} one key at a time, "
            f"{args.key_ms} ms apart; debounce {DEBOUNCE_MS} ms"
        )
        print(f"last key -> results in the model (ms):   {summary(latencies)}")
        print(f"last key -> results painted (ms):       {summary(painted)}   >50 ms: {slow}")
        worst = sorted(zip(painted, prefixes, strict=True), reverse=True)[:5]
        print("slowest:", ", ".join(f"{ms:.0f} ms ({len(p)} chars)" for ms, p in worst))
        if dialog is not None:
            dialog.close()
        search.close()
        settle()
    finally:
        store.close()  # a clean close, so the next open makes the cheap check


if __name__ == "__main__":
    main()
