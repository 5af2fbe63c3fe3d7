"""The composition root of the window: settings, store, services, and the main window.

The UI gets plain callables (:class:`AppHooks`) and, after sign-in, a
:class:`ServiceContext`; it never imports the store. The store is opened once and
kept open while the window runs (closing it checkpoints the WAL).

Start-up is kept to what the first screen needs: this module imports Qt and the
window, and nothing of the store, sync or printing. At launch the sign-in panel is
shown with the clinic's name remembered from last time while the store opens on a
worker thread (SQLAlchemy, SQLCipher, the keyring, the integrity check); the window's
background jobs (sync, backups, the downtime pack) start once the window is painted.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from clinicdesk import __version__
from clinicdesk.domain.errors import ClinicError
from clinicdesk.settings import load_settings, save_settings, with_setting
from clinicdesk.translations import LANGUAGES, chosen_language, install_for_window
from clinicdesk.ui.background import favour_the_gui_thread, shut_down_background
from clinicdesk.ui.errors import install_excepthook, set_crash_reporter
from clinicdesk.ui.first_run import NewClinicRequest
from clinicdesk.ui.shell.hooks import AppHooks, ClinicOverview
from clinicdesk.ui.shell.main_window import MainWindow
from clinicdesk.ui.theme import apply_theme

if TYPE_CHECKING:
    from clinicdesk.app_jobs import AppJobs
    from clinicdesk.services.context import ServiceContext
    from clinicdesk.store.instance_lock import InstanceLock
    from clinicdesk.store.keys import KeyStore
    from clinicdesk.store.lifecycle import Store
    from clinicdesk.store.uow import SqlUnitOfWork

WINDOW_SETTINGS_FILE = "window.ini"
# The clinic's name as the sign-in panel last showed it (not secret: the panel shows it
# to anyone at the desk), so the panel can be painted before the store is open.
CLINIC_NAME_KEY = "clinic/name"
# The demo clinic's front-desk account (the same accounts as ``clinicdesk demo``).
DEMO_DESK_USER = "reception"
DB_FILE_NAME = "clinic.db"  # store/lifecycle.py's name, checked without importing it
# Set to print the first paint's time and page as JSON on stdout (start-up benchmarks
# of a frozen build); "quit" then closes the window at once (the bundle's smoke test).
STARTUP_TRACE_ENV = "CLINICDESK_STARTUP_TRACE"


class GuiStore:
    """The clinic's store as the window uses it: opened on first need, kept open.

    ``open_in_background`` starts opening it on a worker thread; every other caller
    that needs it meanwhile waits for that open instead of starting a second one.
    """

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.store: Store | None = None
        self._lock = threading.Lock()
        self._opener: threading.Thread | None = None
        self._open_error: ClinicError | None = None

    def open(self) -> Store:
        with self._lock:
            if self.store is None:
                from clinicdesk.bootstrap import open_clinic_store

                self.store = open_clinic_store(self.data_dir)
            return self.store

    def open_in_background(self, done: Signal) -> None:
        """Open the store on a worker thread, then emit ``done`` (queued to the GUI)."""

        def work() -> None:
            try:
                self.open()
            except ClinicError as error:  # shown by the window's problem panel
                self._open_error = error
            except Exception as error:  # a bug: the window's crash handler reports it
                self._open_error = None
                done.emit(error)
                return
            # Warm the modules the window's jobs and first screens need, here rather
            # than on the GUI thread (imports are thread-safe).
            import clinicdesk.app_jobs
            import clinicdesk.services.accounts  # noqa: F401

            done.emit(None)

        self._opener = threading.Thread(target=work, name="open-store", daemon=True)
        self._opener.start()

    def wait_for_background_open(self, timeout: float | None = None) -> None:
        if self._opener is not None:
            self._opener.join(timeout)

    def uow(self) -> SqlUnitOfWork:
        from clinicdesk.store.uow import SqlUnitOfWork

        return SqlUnitOfWork(self.open().engine)

    def close(self) -> None:
        self.wait_for_background_open()
        with self._lock:
            if self.store is not None:
                self.store.close()
                self.store = None

    def overview(self) -> ClinicOverview | None:
        if not store_file_exists(self.data_dir):
            return None
        if self._open_error is not None:
            # The background open failed: show why (the problem panel's retry comes
            # back here and opens again).
            error, self._open_error = self._open_error, None
            raise error
        with self.uow() as uow:
            return _overview(uow)

    def sign_in(self, username: str, password: str) -> ServiceContext:
        from clinicdesk.bootstrap import protected_folders, workstation_name
        from clinicdesk.services.accounts import sign_in
        from clinicdesk.services.context import ServiceContext

        actor = sign_in(self.uow, username, password, workstation_name(self.data_dir))
        return ServiceContext(
            uow_factory=self.uow, actor=actor, protected_folders=protected_folders(self.data_dir)
        )

    def load_demo(self, request: NewClinicRequest) -> tuple[str, str]:
        """A new clinic holding the demo data; (recovery key, user name to sign in as).

        The administrator from the request sets the clinic up; ``manager`` and
        ``reception`` accounts with the same password are added, as ``clinicdesk demo``
        does (an administrator sees no bookings). Without an OS keyring its key goes to
        the demo-only key file, as with ``clinicdesk demo``.
        """
        from clinicdesk.commands.demo import DEMO_STAFF, choose_demo_key_store
        from clinicdesk.services.accounts import add_user
        from clinicdesk.services.demo import load_demo_clinic

        def fill(admin: ServiceContext) -> None:
            # Inside the clinic being made, so an interrupted load leaves no clinic.
            for staff_name, display_name, role in DEMO_STAFF:
                add_user(admin, staff_name, display_name, role, request.password)
            load_demo_clinic(admin, seed=1)

        key_store, _where = choose_demo_key_store(self.data_dir)
        recovery_key = create_clinic_from_window(
            self.data_dir, request, key_store=key_store, fill=fill
        )
        return recovery_key, DEMO_DESK_USER

    def unlock(self, recovery_key: str) -> None:
        self.close()
        unlock_with_recovery_key(self.data_dir, recovery_key)


def store_file_exists(data_dir: Path) -> bool:
    return (Path(data_dir) / DB_FILE_NAME).exists()


def _overview(uow: SqlUnitOfWork) -> ClinicOverview | None:
    from clinicdesk.domain.appointments import Status
    from clinicdesk.domain.clinic_time import clinic_zone, day_bounds, local_date
    from clinicdesk.domain.common import utc_now

    clinic = uow.catalog.get_clinic()
    if clinic is None:
        return None
    zone = clinic_zone(clinic.time_zone)
    today = day_bounds(local_date(utc_now(), zone), zone)
    appointments = uow.appointments.between(today.start, today.end)
    return ClinicOverview(
        clinic_name=clinic.name,
        provider_count=sum(1 for provider in uow.providers.list() if provider.bookable),
        appointments_today=sum(1 for a in appointments if a.status is not Status.CANCELLED),
    )


def read_overview(data_dir: Path) -> ClinicOverview | None:
    """The clinic at a glance, or None when this data folder holds no clinic yet."""
    from clinicdesk.bootstrap import open_clinic_store
    from clinicdesk.store.uow import SqlUnitOfWork

    if not store_file_exists(data_dir):
        return None
    with open_clinic_store(data_dir) as store, SqlUnitOfWork(store.engine) as uow:
        return _overview(uow)


def create_clinic_from_window(
    data_dir: Path,
    request: NewClinicRequest,
    *,
    key_store: KeyStore | None = None,
    fill: Callable[[ServiceContext], None] | None = None,
) -> str:
    from clinicdesk.bootstrap import NewClinic, create_clinic

    created = create_clinic(
        data_dir,
        NewClinic(
            clinic_name=request.clinic_name,
            time_zone=request.time_zone,
            admin_username=request.admin_username,
            password=request.password,
        ),
        key_store=key_store,
        fill=fill,
    )
    return created.recovery_key


def unlock_with_recovery_key(data_dir: Path, recovery_key: str) -> None:
    from clinicdesk.bootstrap import unlock_clinic_store

    with unlock_clinic_store(data_dir, recovery_key):
        pass


def crash_reporter(data_dir: Path):  # type: ignore[no-untyped-def]
    def report(error: BaseException, tb: TracebackType | None) -> str | None:
        from clinicdesk.crashlog import write_crash_report

        return str(write_crash_report(data_dir, error, "clinicdesk window", tb))

    return report


def _sign_out(ctx: ServiceContext) -> None:
    from clinicdesk.services.accounts import sign_out

    sign_out(ctx)


def _idle_lock_minutes(ctx: ServiceContext) -> int:
    """The clinic's idle lock (its security settings, in the store) for this session."""
    from clinicdesk.services.security import security_settings

    return security_settings(ctx)[0].idle_lock_minutes


def about_text(data_dir: Path) -> str:
    from clinicdesk.self_check import format_self_check, run_self_check

    return format_self_check(run_self_check(data_dir))


def _save_language(data_dir: Path, code: str) -> None:
    settings = load_settings(data_dir).settings
    save_settings(data_dir, with_setting(settings, "language", code))


def build_window(
    data_dir: Path, gui_store: GuiStore, *, load_overview: object = None
) -> MainWindow:
    """The main window over ``data_dir`` (tests build it the same way)."""
    hooks = AppHooks(
        load_overview=load_overview or gui_store.overview,  # type: ignore[arg-type]
        sign_in=gui_store.sign_in,
        store_location=str(Path(data_dir) / DB_FILE_NAME),
        create_clinic=lambda request: create_clinic_from_window(data_dir, request),
        load_demo=gui_store.load_demo,
        unlock=gui_store.unlock,
        sign_out=_sign_out,
        idle_lock_minutes=_idle_lock_minutes,
        about=lambda: about_text(data_dir),
        language=load_settings(data_dir).settings.language,
        languages=LANGUAGES,
        choose_language=lambda code: _save_language(data_dir, code),
    )
    window_settings = QSettings(str(data_dir / WINDOW_SETTINGS_FILE), QSettings.Format.IniFormat)
    return MainWindow(hooks, window_settings)


def start_window_jobs(window: MainWindow, data_dir: Path, gui_store: GuiStore) -> AppJobs:
    """Sync on its timer, the downtime pack and the nightly backup, for this window."""
    from clinicdesk.app_jobs import start_app_jobs
    from clinicdesk.bootstrap import workstation_name
    from clinicdesk.store.backup import StoreBackups
    from clinicdesk.store.keys import key_store_for

    def engine():  # type: ignore[no-untyped-def]
        # Only a store the window already opened: jobs never open it from a worker.
        return gui_store.store.engine if gui_store.store is not None else None

    return start_app_jobs(
        window,
        data_dir=data_dir,
        settings=load_settings(data_dir).settings,
        engine=engine,
        workstation=workstation_name(data_dir),
        backups=StoreBackups(data_dir, key_store_for(data_dir)),
    )


class _AfterFirstPaint(QObject):
    """Calls ``then`` once, just after ``window`` is first painted."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then: Callable[[], None] | None = then
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            self._then is not None
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            then, self._then = self._then, None
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            QTimer.singleShot(0, then)  # once this paint has finished
        return False


class _StoreOpened(QObject):
    """Carries the background open's outcome to the GUI thread (a queued signal)."""

    finished = Signal(object)  # None, or the unexpected exception


class _WorkspaceLoaded(QObject):
    """Tells the GUI thread that the workspace's modules are imported (a queued signal)."""

    loaded = Signal()


class WorkspaceLoader:
    """Imports the window's workspace on a worker thread once the store is open, then
    builds it on the GUI thread: the desk types the password meanwhile, and the sign-in
    finds the views ready."""

    def __init__(self, window: MainWindow) -> None:
        self.carrier = _WorkspaceLoaded(window)
        self.carrier.loaded.connect(window.build_workspace)
        self.thread = threading.Thread(target=self._load, name="load-workspace", daemon=True)

    def _load(self) -> None:
        import clinicdesk.ui.shell.workspace_parts  # noqa: F401

        self.carrier.loaded.emit()

    def start(self) -> None:
        self.thread.start()

    def wait(self, timeout: float) -> None:
        if self.thread.is_alive():
            self.thread.join(timeout)


class LaunchOverview:
    """The first overview, answered at once from the name remembered in window.ini; the
    store opens in the background and the panel is corrected (or the problem shown)
    when it is open. Later calls go to the store as usual."""

    def __init__(self, data_dir: Path, gui_store: GuiStore) -> None:
        self.data_dir = data_dir
        self.gui_store = gui_store
        self.window: MainWindow | None = None
        self.first_call = True
        self.open_pending = False
        self.after_open: Callable[[], None] | None = None
        self.carrier = _StoreOpened()
        self.carrier.finished.connect(self._opened)

    def _remembered(self) -> QSettings:
        return QSettings(str(self.data_dir / WINDOW_SETTINGS_FILE), QSettings.Format.IniFormat)

    def __call__(self) -> ClinicOverview | None:
        if not self.first_call or not store_file_exists(self.data_dir):
            self.first_call = False
            return self._remember(self.gui_store.overview())
        self.first_call = False
        self.open_pending = True
        name = str(self._remembered().value(CLINIC_NAME_KEY, "") or "clinicdesk")
        return ClinicOverview(clinic_name=name, provider_count=0, appointments_today=0)

    def open_store_now(self, then: Callable[[], None]) -> None:
        """Start the store's background open the first overview put off (after the
        window is painted, so the two do not compete for the interpreter); ``then``
        runs on the GUI thread once it is done, whatever the outcome. Without a pending
        open ``then`` runs at once."""
        if not self.open_pending:
            then()
            return
        self.open_pending = False
        self.after_open = then
        self.gui_store.open_in_background(self.carrier.finished)

    def _remember(self, overview: ClinicOverview | None) -> ClinicOverview | None:
        if overview is not None:
            self._remembered().setValue(CLINIC_NAME_KEY, overview.clinic_name)
        return overview

    def _opened(self, unexpected: BaseException | None) -> None:
        then, self.after_open = self.after_open, None
        if then is not None:
            then()
        window = self.window
        if unexpected is not None:
            raise unexpected  # the crash handler logs it (no patient data) and tells the user
        if window is None or window.ctx is not None:
            return
        try:
            overview = self.gui_store.overview()
        except ClinicError:
            window.refresh()  # asks again: the problem panel says what is wrong
            return
        if overview is None:
            window.refresh()
            return
        self._remember(overview)
        if window.sign_in.clinic_name.text() != overview.clinic_name:
            window.sign_in.clinic_name.setText(overview.clinic_name)
            window.setWindowTitle(f"{overview.clinic_name} - clinicdesk")


def hold_instance_lock(data_dir: Path) -> InstanceLock | None:
    """This PC's one window over ``data_dir``, or a clear message and None."""
    from clinicdesk.store.instance_lock import InstanceLock, StoreInUseError

    lock = InstanceLock(data_dir)
    try:
        return lock.acquire()
    except StoreInUseError as error:
        QMessageBox.critical(None, "clinicdesk is already open", error.message)
        return None


def run_gui(data_dir: Path) -> int:
    """Open the main window over the clinic in ``data_dir``; returns the exit status."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    favour_the_gui_thread()
    app.setApplicationName("clinicdesk")
    app.setApplicationVersion(__version__)
    install_for_window(app, chosen_language(load_settings(data_dir).settings.language))
    apply_theme(app)
    set_crash_reporter(crash_reporter(data_dir))
    install_excepthook()
    # One window per data folder, held until the window is gone (a second is refused).
    lock = hold_instance_lock(data_dir)
    if lock is None:
        return 1
    gui_store = GuiStore(data_dir)
    jobs: list[AppJobs] = []
    try:
        launch = LaunchOverview(data_dir, gui_store)
        window = build_window(data_dir, gui_store, load_overview=launch)
        launch.window = window
        workspace = WorkspaceLoader(window)

        def store_opened() -> None:
            jobs.append(start_window_jobs(window, data_dir, gui_store))
            # Only now: the store's open (which the sign-in waits for) has the
            # interpreter to itself, and the views load while the password is typed.
            workspace.start()

        def after_first_paint() -> None:
            trace = os.environ.get(STARTUP_TRACE_ENV, "")
            if trace:
                page = type(window.pages.currentWidget()).__name__
                print(json.dumps({"first_paint": time.time(), "page": page}), flush=True)
            if trace == "quit":
                window.close()
                return
            launch.open_store_now(then=store_opened)
            for problem in load_settings(data_dir).problems:
                QMessageBox.warning(window, "Settings", problem)

        _AfterFirstPaint(window, after_first_paint)
        window.show_fitted()
        try:
            return app.exec()
        finally:
            workspace.wait(timeout=30)
            for started in jobs:
                started.stop()
    finally:
        # A call still running (the window closed mid-load) finishes against the open
        # store, and its answer is dropped, before the store closes.
        shut_down_background()
        gui_store.close()
        lock.release()
