"""Patient search as a receptionist types it, on the large demo clinic, through the real UI.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_patient_search_ui.py \
        [--size large] [--queries 200] [--key-ms 90] [--widget dialog|search]

Opens the demo clinic that ``benchmarks/run.py`` caches in benchmarks/.cache/<size>/
(building it when missing), builds the booking dialog (or the bare ``PatientSearch``)
the way the app does, and types ``run.py``'s typed prefixes (family / given name starts,
given + family start, phone digits, birth dates) one key at a time with ``QTest.keyClicks``
(a key event carrying the letter for non-ASCII ones), ``--key-ms`` apart. The event
loop runs between keys, so debounce timers, stale searches and, in the dialog, the
slot search after each answer happen as they would.

Measured per query: from the last keystroke to the moment the results model has been
reset with the answer for the whole text (the widget's ``results_shown`` after
``shown_text`` equals the typed text). Prints median / p95 / max; asserts nothing.

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

from PySide6.QtCore import QEvent, Qt  # noqa: E402
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


class AnswerClock:
    """Notes when the results model is reset with the answer for a given text."""

    def __init__(self, search: PatientSearch) -> None:
        self.search = search
        self.answered: list[tuple[str, float]] = []

    def note(self, _count: int) -> None:
        self.answered.append((self.search.shown_text, time.perf_counter()))

    def answered_at(self, text: str) -> float | None:
        return next((at for shown, at in self.answered if shown == text), None)


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


def type_query(search: PatientSearch, clock: AnswerClock, text: str, key_ms: int) -> float:
    """Type ``text`` key by key; milliseconds from its last key to its results."""
    search.box.clear()
    settle()
    clock.answered.clear()
    last_key = 0.0
    for position, character in enumerate(text):
        if position == len(text) - 1:
            clock.answered.clear()
            last_key = time.perf_counter()
        press(search.box, character)
        if position < len(text) - 1:
            QTest.qWait(key_ms)
    searched = text.strip()  # what the widget searches for ("Ap " is "Ap")
    waited = 0
    while clock.answered_at(searched) is None and waited < TIMEOUT_MS:
        QTest.qWait(1)
        waited += 1
    answered = clock.answered_at(searched)
    return ((answered or time.perf_counter()) - last_key) * 1000


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="large", choices=("small", "medium", "large"))
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--key-ms", type=int, default=90, help="time between keys")
    parser.add_argument("--widget", default="dialog", choices=("dialog", "search"))
    args = parser.parse_args(argv)
    folder = CACHE / args.size
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
        latencies = [type_query(search, clock, prefix, args.key_ms) for prefix in prefixes]
        slow = sum(ms > 50 for ms in latencies)
        print(
            f"\n{args.size} demo clinic: {meta['patients']:,} patients, {meta['providers']} "
            f"providers, {meta['appointments']:,} appointments"
        )
        print(
            f"{len(prefixes)} queries typed into the {args.widget} one key at a time, "
            f"{args.key_ms} ms apart; debounce {DEBOUNCE_MS} ms"
        )
        print(f"last key -> results in the model (ms): {summary(latencies)}   >50 ms: {slow}")
        worst = sorted(zip(latencies, prefixes, strict=True), reverse=True)[:5]
        print("slowest:", ", ".join(f"{ms:.0f} ms ({len(p)} chars)" for ms, p in worst))
        if dialog is not None:
            dialog.close()
        search.close()
        settle()
    finally:
        store.close()  # a clean close, so the next open makes the cheap check


if __name__ == "__main__":
    main()
