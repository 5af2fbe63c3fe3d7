"""The window's background jobs: sync on a timer, the hourly downtime pack, the nightly
backup, the weekly retraining of the no-show model, and the instance lock. Part of the
composition root (with app.py): the only window-side code that touches sync and the
store, so the UI itself never does.

Every job runs on one worker thread of its own (:class:`JobLane`), apart from the UI's
pool, so a stalled sync server or a long backup never delays a calendar load, and two
jobs never write at once. Results come back to the GUI thread through a queued signal.

Scheduled jobs run as this workstation's scheduler, not as whoever happens to be signed
in (at night nobody is, and a receptionist may not take backups): the audit trail names
``(scheduled)`` and each job gets the narrowest role allowed to do it. Whoever set the
folder in this PC's settings decided the job should run.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from clinicdesk.crashlog import write_crash_report
from clinicdesk.domain.common import utc_now
from clinicdesk.domain.errors import ClinicError
from clinicdesk.domain.users import Actor, Role
from clinicdesk.services.backups import BackupPort, create_backup
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.no_show_risk import TrainingSummary, retrain_if_due
from clinicdesk.services.ports import UnitOfWork
from clinicdesk.services.print_jobs import downtime_pack_due, write_downtime_pack
from clinicdesk.settings import Settings
from clinicdesk.store.backup import list_backups
from clinicdesk.store.uow import SqlUnitOfWork
from clinicdesk.sync.client import SyncStatus, SyncTarget, read_status, sync_round
from clinicdesk.sync.credentials import PASSWORD_ENV, load_password
from clinicdesk.sync.errors import SyncError

log = logging.getLogger(__name__)
# The store's SQLAlchemy engine, only passed through to store and sync functions (the
# composition root wires it; it never builds queries).
Engine = Any

SCHEDULER_NAME = "(scheduled)"
PACK_EVERY = timedelta(hours=1)
# A backup a night: due from NIGHT_STARTS to NIGHT_ENDS (this PC's clock) once none has
# been taken for MIN_GAP; a PC switched off at night catches up once the newest is older
# than CATCH_UP, whatever the hour.
NIGHT_STARTS = time(22, 0)
NIGHT_ENDS = time(6, 0)
MIN_GAP = timedelta(hours=20)
CATCH_UP = timedelta(hours=26)
CHECK_EVERY_MS = 60_000
# How often the no-show model's age is looked at (the service decides whether it is due).
RETRAIN_CHECK_EVERY = timedelta(hours=1)
JOB_NAMES = {
    "downtime_pack": "downtime pack",
    "backup": "nightly backup",
    "no_show_retrain": "no-show model retraining",
}
# How long closing the window waits for a job still running (a sync round's steps each
# give up within their own deadline, so this is rarely reached).
SHUTDOWN_WAIT_S = 30.0


# ---------------------------------------------------------------------------
# One worker thread for the app's jobs
# ---------------------------------------------------------------------------


class _Carrier(QObject):
    """Brings a finished job back to the GUI thread. It has no Qt parent and the worker's
    callback holds it, so it outlives a window closed while a job was still running."""

    finished = Signal(object)


class JobLane(QObject):
    """Runs jobs one at a time on a worker thread; callbacks run on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="clinicdesk-job")
        self._pending: set[Future[Any]] = set()
        self._carrier = _Carrier()
        # Made on the GUI thread, so the worker's emits are queued to it.
        self._carrier.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self.closed = False

    def submit(
        self,
        call: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        if self.closed:
            return
        future = self._executor.submit(call)
        self._pending.add(future)
        carrier = self._carrier
        future.add_done_callback(lambda done: carrier.finished.emit((done, on_done, on_error)))

    def _deliver(self, parcel: object) -> None:
        future, on_done, on_error = parcel  # type: ignore[misc]
        self._pending.discard(future)
        if self.closed or future.cancelled():
            return
        error = future.exception()
        if error is None:
            on_done(future.result())
        else:
            on_error(error)

    @property
    def busy(self) -> int:
        return len(self._pending)

    def shutdown(self, wait_seconds: float = SHUTDOWN_WAIT_S) -> None:
        """Drop queued jobs and wait a while for the running one; no callback runs after."""
        self.closed = True
        running = [f for f in self._pending if not f.cancel()]
        finished = not running or not wait_for(running, timeout=wait_seconds).not_done
        # Joining the worker also waits out its last done-callback (the emit above).
        self._executor.shutdown(wait=finished, cancel_futures=True)


# ---------------------------------------------------------------------------
# Sync on a timer
# ---------------------------------------------------------------------------


def sync_password(url: str) -> str | None:
    """The server password: the environment (for services run by IT), else the keyring."""
    return os.environ.get(PASSWORD_ENV) or load_password(url)


@dataclass(frozen=True, slots=True)
class RoundOutcome:
    status: SyncStatus
    pulled: int = 0
    problem: str = ""  # a SyncError's message: the round failed, nothing was lost


def run_sync_round(
    engine: Engine, url: str, password: Callable[[str], str | None] = sync_password
) -> RoundOutcome:
    """One round against the server, then this PC's status (runs on the worker)."""
    try:
        report = sync_round(engine, SyncTarget(url=url, password=password(url)))
    except SyncError as error:
        return RoundOutcome(read_status(engine), problem=error.message)
    return RoundOutcome(read_status(engine), pulled=report.pulled)


class SyncRunner(QObject):
    """Sync every ``interval_seconds`` and on demand; the window never waits on the network."""

    status_changed = Signal(object)  # SyncStatus, or None when this PC is not set up
    running_changed = Signal(bool)
    round_finished = Signal(object)  # RoundOutcome

    def __init__(
        self,
        lane: JobLane,
        engine: Callable[[], Engine | None],
        url: str,
        interval_seconds: int,
        *,
        password: Callable[[str], str | None] = sync_password,
        on_unexpected: Callable[[BaseException], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.lane = lane
        self.engine = engine
        self.url = url
        self.password = password
        self.on_unexpected = on_unexpected
        self.running = False
        self.timer = QTimer(self)
        self.timer.setInterval(max(interval_seconds, 1) * 1000)
        self.timer.timeout.connect(self.run_now)

    def start(self) -> None:
        """Show the status at once; with a server set, sync now and then on the interval."""
        if not self.url:
            self.status_changed.emit(None)
            return
        self.refresh_status()
        self.timer.start()
        QTimer.singleShot(0, self.run_now)

    def stop(self) -> None:
        self.timer.stop()

    def run_now(self) -> None:
        if self.running or not self.url or self.lane.closed:
            return
        engine = self.engine()
        if engine is None:  # the store is not open yet (first run, or it will not open)
            return
        self.running = True
        self.running_changed.emit(True)
        url, password = self.url, self.password
        self.lane.submit(lambda: run_sync_round(engine, url, password), self._done, self._failed)

    def _done(self, outcome: RoundOutcome) -> None:
        self.running = False
        self.running_changed.emit(False)
        self.status_changed.emit(outcome.status)
        self.round_finished.emit(outcome)

    def _failed(self, error: BaseException) -> None:
        self.running = False
        self.running_changed.emit(False)
        if self.on_unexpected is not None:
            self.on_unexpected(error)
        self.refresh_status()

    def refresh_status(self) -> None:
        """Read this PC's sync state (local only, quick) and show it."""
        engine = self.engine()
        if engine is None or not self.url:
            return
        self.lane.submit(
            lambda: read_status(engine),
            self.status_changed.emit,
            lambda error: self.on_unexpected(error) if self.on_unexpected else None,
        )


# ---------------------------------------------------------------------------
# Scheduled downtime pack and nightly backup
# ---------------------------------------------------------------------------


def scheduler_context(
    uow_factory: Callable[[], UnitOfWork],
    workstation: str,
    role: Role,
    protected_folders: tuple[Path, ...] = (),
) -> ServiceContext:
    """The context a scheduled job acts in (see the module docstring)."""
    return ServiceContext(
        uow_factory=uow_factory,
        actor=Actor(user_id="", username=SCHEDULER_NAME, role=role, workstation=workstation),
        protected_folders=protected_folders,
    )


def _is_night(moment: time) -> bool:
    return moment >= NIGHT_STARTS or moment < NIGHT_ENDS


def nightly_backup_due(last_taken: datetime | None, now_local: datetime) -> bool:
    """Whether the nightly backup should run now (``now_local`` on this PC's clock)."""
    if last_taken is None:
        return True
    age = now_local - last_taken
    if age < timedelta(0):  # the clock went back: trust the newer backup
        return False
    if age >= CATCH_UP:
        return True
    return age >= MIN_GAP and _is_night(now_local.timetz().replace(tzinfo=None))


def newest_backup_time(folder: Path) -> datetime | None:
    """When the newest backup in ``folder`` was written (None: there is none)."""
    for path in list_backups(folder):
        try:
            return datetime.fromtimestamp(path.stat().st_mtime).astimezone()
        except OSError:
            continue
    return None


class ScheduledJobs(QObject):
    """Checks once a minute whether the downtime pack or the nightly backup is due, and
    once an hour whether the no-show model is a week old."""

    job_finished = Signal(str, object)  # job name, its result
    job_failed = Signal(str, object)  # job name, the error

    def __init__(
        self,
        lane: JobLane,
        settings: Settings,
        engine: Callable[[], Engine | None],
        workstation: str,
        backups: BackupPort,
        *,
        clock: Callable[[], datetime] = utc_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.lane = lane
        self.settings = settings
        self.engine = engine
        self.workstation = workstation
        self.backups = backups
        self.clock = clock
        self.pack_written_at: datetime | None = None
        self.backup_taken_at = (
            newest_backup_time(self.backup_dir) if self.backup_dir is not None else None
        )
        self.retrain_checked_at: datetime | None = None
        self.running: set[str] = set()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.tick)

    @property
    def pack_dir(self) -> Path | None:
        folder = self.settings.downtime_pack_dir
        return Path(folder).expanduser() if folder else None

    @property
    def backup_dir(self) -> Path | None:
        folder = self.settings.backup_dir
        return Path(folder).expanduser() if folder else None

    def start(self) -> None:
        # Always: the weekly retraining needs no folder.
        self.timer.start()
        QTimer.singleShot(0, self.tick)

    def stop(self) -> None:
        self.timer.stop()

    def tick(self) -> None:
        engine = self.engine()
        if engine is None or self.lane.closed:  # no store open yet
            return

        def uow_factory() -> SqlUnitOfWork:
            return SqlUnitOfWork(engine)

        now = self.clock()
        pack_dir = self.pack_dir
        if pack_dir is not None and downtime_pack_due(self.pack_written_at, now, PACK_EVERY):
            # The data folder is recognised by what it holds; the backup folder is named.
            backup_folders = (self.backup_dir,) if self.backup_dir is not None else ()
            ctx = scheduler_context(
                uow_factory, self.workstation, Role.RECEPTIONIST, backup_folders
            )
            days = self.settings.downtime_pack_days
            self._run("downtime_pack", lambda: write_downtime_pack(ctx, pack_dir, days), now)
        backup_dir = self.backup_dir
        if backup_dir is not None and nightly_backup_due(self.backup_taken_at, now.astimezone()):
            ctx = scheduler_context(uow_factory, self.workstation, Role.ADMIN)
            keep = self.settings.backup_keep
            backups = self.backups
            self._run("backup", lambda: create_backup(ctx, backups, backup_dir, keep=keep), now)
        checked = self.retrain_checked_at
        if checked is None or not timedelta(0) <= now - checked < RETRAIN_CHECK_EVERY:
            self.retrain_checked_at = now
            ctx = scheduler_context(uow_factory, self.workstation, Role.MANAGER)
            night = _is_night(now.astimezone().time())
            self._run("no_show_retrain", lambda: retrain_if_due(ctx, night), now)

    def _run(self, name: str, call: Callable[[], Any], now: datetime) -> None:
        if name in self.running:
            return
        self.running.add(name)

        def done(result: Any) -> None:
            self.running.discard(name)
            if name == "downtime_pack":
                self.pack_written_at = now
            elif name == "backup":
                self.backup_taken_at = now.astimezone()
            elif result is None:  # the model is not due: nothing happened to tell
                return
            self.job_finished.emit(name, result)

        def failed(error: BaseException) -> None:
            self.running.discard(name)
            # Try again at the next due time, not every minute: a full disk or a missing
            # network folder would otherwise write a failure row a minute into the audit.
            if name == "downtime_pack":
                self.pack_written_at = now
            elif name == "backup":
                self.backup_taken_at = now.astimezone() - MIN_GAP + timedelta(hours=1)
            self.job_failed.emit(name, error)

        self.lane.submit(call, done, failed)


# ---------------------------------------------------------------------------
# The instance lock and the wiring
# ---------------------------------------------------------------------------


@dataclass
class AppJobs:
    lane: JobLane
    sync: SyncRunner
    scheduled: ScheduledJobs

    def stop(self) -> None:
        self.sync.stop()
        self.scheduled.stop()
        self.lane.shutdown()


def crash_logger(data_dir: Path) -> Callable[[BaseException], None]:
    """Log an unexpected job error once per distinct message (no dialog: nobody asked)."""
    seen: set[str] = set()

    def report(error: BaseException) -> None:
        key = f"{type(error).__name__}: {error}"
        if key in seen:
            return
        seen.add(key)
        log.error("background job failed: %s", type(error).__name__)
        try:
            write_crash_report(data_dir, error, "clinicdesk background job", error.__traceback__)
        except OSError:
            log.exception("could not write the crash report")

    return report


def start_app_jobs(
    window: Any,
    *,
    data_dir: Path,
    settings: Settings,
    engine: Callable[[], Engine | None],
    workstation: str,
    backups: BackupPort,
) -> AppJobs:
    """Start sync and the scheduled jobs for ``window`` (a MainWindow) and wire its widgets."""
    lane = JobLane(window)
    unexpected = crash_logger(data_dir)
    sync = SyncRunner(
        lane,
        engine,
        settings.sync_url,
        settings.sync_interval_seconds,
        on_unexpected=unexpected,
        parent=window,
    )
    scheduled = ScheduledJobs(lane, settings, engine, workstation, backups, parent=window)
    status = window.sync_status
    sync.status_changed.connect(status.show_status)
    sync.running_changed.connect(status.set_running)
    status.sync_requested.connect(sync.run_now)

    def after_round(outcome: RoundOutcome) -> None:
        if outcome.pulled and window.ctx is not None:
            window.reload_calendar()

    sync.round_finished.connect(after_round)

    def job_finished(name: str, result: Any) -> None:
        if isinstance(result, TrainingSummary):
            window.statusBar().showMessage(
                f"The no-show model was retrained on {result.n_train} past visits "
                f"({result.trained_at:%Y-%m-%d %H:%M} UTC).",
                30_000,
            )

    scheduled.job_finished.connect(job_finished)

    def job_failed(name: str, error: BaseException) -> None:
        what = JOB_NAMES.get(name, name)
        if isinstance(error, ClinicError):
            window.statusBar().showMessage(f"The {what} was not written: {error.message}", 30_000)
        else:
            unexpected(error)

    scheduled.job_failed.connect(job_failed)
    sync.start()
    scheduled.start()
    return AppJobs(lane, sync, scheduled)
