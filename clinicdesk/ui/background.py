"""Run service calls off the GUI thread, so the window never waits on the database.

``run_in_background(owner, call, on_done)`` runs ``call()`` on a worker thread and
delivers its result (or its exception) back on the GUI thread through a queued Qt
signal. When ``owner`` has been deleted meanwhile the result is dropped instead of
reaching a dead widget. Errors without an ``on_error`` go to the one error boundary
(:mod:`.errors`).

Workers are the UI's own ``QThreadPool`` running ``QRunnable`` jobs. (Waiting loops
in tests and scripts use ``QTest.qWait``, not ``QApplication.processEvents()`` in a
Python loop: PySide6 6.12's ``processEvents`` wrapper races with a worker thread
inside SQLCipher and aborts the process with "none_dealloc".)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QWidget

from clinicdesk.ui.errors import report_error

# Two workers: the machine is small, and SQLite serialises writers anyway.
WORKERS = 2
_pool: QThreadPool | None = None
# Signal carriers of calls not yet delivered, kept alive until their result arrives.
_in_flight: set[_Signals] = set()


def ui_pool() -> QThreadPool:
    """The pool every background call uses."""
    global _pool  # noqa: PLW0603 - one pool for the process, made on first use
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(WORKERS)
    return _pool


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, call: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._call = call
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._call()
        except BaseException as error:  # handed to the GUI thread's error boundary
            self._signals.failed.emit(error)
            return
        self._signals.done.emit(result)


def run_in_background(
    owner: QWidget,
    call: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    """Run ``call`` on a worker; ``on_done(result)`` or the error handler on the GUI thread."""
    signals = _Signals()
    app = QApplication.instance()
    if app is not None:
        # The carrier lives on the GUI thread so its queued signals run the callbacks there.
        signals.moveToThread(app.thread())
    _in_flight.add(signals)

    def deliver(result: object) -> None:
        _in_flight.discard(signals)
        if shiboken6.isValid(owner):
            on_done(result)

    def fail(error: object) -> None:
        _in_flight.discard(signals)
        if not shiboken6.isValid(owner):
            return
        assert isinstance(error, BaseException)
        if on_error is not None:
            on_error(error)
        else:
            report_error(owner, error)

    signals.done.connect(deliver)
    signals.failed.connect(fail)

    ui_pool().start(_Job(call, signals))


def jobs_running() -> int:
    """How many background calls have not delivered yet (tests wait for zero)."""
    return len(_in_flight)
