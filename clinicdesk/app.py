"""The composition root of the window: settings, store, services, and the main window.

The UI gets plain callables (:class:`AppHooks`) and, after sign-in, a
:class:`ServiceContext`; it never imports the store. The store is opened once and
kept open while the window runs (closing it checkpoints the WAL).
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import Engine

from clinicdesk import __version__
from clinicdesk.app_jobs import AppJobs, hold_instance_lock, start_app_jobs
from clinicdesk.bootstrap import (
    NewClinic,
    create_clinic,
    open_clinic_store,
    protected_folders,
    workstation_name,
)
from clinicdesk.commands.demo import DEMO_STAFF
from clinicdesk.crashlog import write_crash_report
from clinicdesk.domain.appointments import Status
from clinicdesk.domain.clinic_time import clinic_zone, day_bounds, local_date
from clinicdesk.domain.common import utc_now
from clinicdesk.domain.users import Actor, Role
from clinicdesk.services.accounts import SignInPolicy, add_user, sign_in, sign_out
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.demo import load_demo_clinic
from clinicdesk.settings import load_settings
from clinicdesk.store.backup import StoreBackups
from clinicdesk.store.keys import KeyringKeyStore
from clinicdesk.store.lifecycle import Store, db_path_for, open_with_recovery_key, store_exists
from clinicdesk.store.uow import SqlUnitOfWork
from clinicdesk.ui.background import favour_the_gui_thread
from clinicdesk.ui.errors import install_excepthook, set_crash_reporter
from clinicdesk.ui.first_run import NewClinicRequest
from clinicdesk.ui.shell.hooks import AppHooks, ClinicOverview
from clinicdesk.ui.shell.main_window import MainWindow
from clinicdesk.ui.theme import apply_theme

WINDOW_SETTINGS_FILE = "window.ini"
# The demo clinic's front-desk account (the same accounts as ``clinicdesk demo``).
DEMO_DESK_USER = "reception"


class GuiStore:
    """The clinic's store as the window uses it: opened on first need, kept open."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.store: Store | None = None

    def open(self) -> Store:
        if self.store is None:
            self.store = open_clinic_store(self.data_dir)
        return self.store

    def uow(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self.open().engine)

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None

    def overview(self) -> ClinicOverview | None:
        if not store_exists(self.data_dir):
            return None
        with self.uow() as uow:
            return _overview(uow)

    def sign_in(self, username: str, password: str) -> ServiceContext:
        lock_after = load_settings(self.data_dir).settings.sign_in_lock_after
        actor = sign_in(
            self.uow,
            username,
            password,
            workstation_name(self.data_dir),
            policy=SignInPolicy(lock_after=lock_after),
        )
        return ServiceContext(
            uow_factory=self.uow, actor=actor, protected_folders=protected_folders(self.data_dir)
        )

    def load_demo(self, request: NewClinicRequest) -> tuple[str, str]:
        """A new clinic holding the demo data; (recovery key, user name to sign in as).

        The administrator from the request sets the clinic up; ``manager`` and
        ``reception`` accounts with the same password are added, as ``clinicdesk demo``
        does (an administrator sees no bookings).
        """
        recovery_key = create_clinic_from_window(self.data_dir, request)
        with self.uow() as uow:
            admin_user = uow.users.by_username(request.admin_username.strip().lower())
        assert admin_user is not None
        admin = ServiceContext(
            uow_factory=self.uow,
            actor=Actor(
                admin_user.id, admin_user.username, Role.ADMIN, workstation_name(self.data_dir)
            ),
        )
        for staff_name, display_name, role in DEMO_STAFF:
            add_user(admin, staff_name, display_name, role, request.password)
        load_demo_clinic(admin, seed=1)
        return recovery_key, DEMO_DESK_USER

    def unlock(self, recovery_key: str) -> None:
        self.close()
        with open_with_recovery_key(self.data_dir, recovery_key, key_store=KeyringKeyStore()):
            pass


def _overview(uow: SqlUnitOfWork) -> ClinicOverview | None:
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
    if not store_exists(data_dir):
        return None
    with open_clinic_store(data_dir) as store, SqlUnitOfWork(store.engine) as uow:
        return _overview(uow)


def create_clinic_from_window(data_dir: Path, request: NewClinicRequest) -> str:
    created = create_clinic(
        data_dir,
        NewClinic(
            clinic_name=request.clinic_name,
            time_zone=request.time_zone,
            admin_username=request.admin_username,
            password=request.password,
        ),
    )
    return created.recovery_key


def unlock_with_recovery_key(data_dir: Path, recovery_key: str) -> None:
    with open_with_recovery_key(data_dir, recovery_key, key_store=KeyringKeyStore()):
        pass


def crash_reporter(data_dir: Path):  # type: ignore[no-untyped-def]
    def report(error: BaseException, tb: TracebackType | None) -> str | None:
        return str(write_crash_report(data_dir, error, "clinicdesk window", tb))

    return report


def build_window(data_dir: Path, gui_store: GuiStore) -> MainWindow:
    """The main window over ``data_dir`` (tests build it the same way)."""
    settings = load_settings(data_dir).settings
    hooks = AppHooks(
        load_overview=gui_store.overview,
        sign_in=gui_store.sign_in,
        store_location=str(db_path_for(data_dir)),
        create_clinic=lambda request: create_clinic_from_window(data_dir, request),
        load_demo=gui_store.load_demo,
        unlock=gui_store.unlock,
        sign_out=sign_out,
        idle_lock_minutes=settings.idle_lock_minutes,
    )
    window_settings = QSettings(str(data_dir / WINDOW_SETTINGS_FILE), QSettings.Format.IniFormat)
    return MainWindow(hooks, window_settings)


def start_window_jobs(window: MainWindow, data_dir: Path, gui_store: GuiStore) -> AppJobs:
    """Sync on its timer, the downtime pack and the nightly backup, for this window."""

    def engine() -> Engine | None:
        # Only a store the window already opened: jobs never open it from a worker.
        return gui_store.store.engine if gui_store.store is not None else None

    return start_app_jobs(
        window,
        data_dir=data_dir,
        settings=load_settings(data_dir).settings,
        engine=engine,
        workstation=workstation_name(data_dir),
        backups=StoreBackups(data_dir, KeyringKeyStore()),
    )


def run_gui(data_dir: Path) -> int:
    """Open the main window over the clinic in ``data_dir``; returns the exit status."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    favour_the_gui_thread()
    app.setApplicationName("clinicdesk")
    app.setApplicationVersion(__version__)
    apply_theme(app)
    set_crash_reporter(crash_reporter(data_dir))
    install_excepthook()
    # One window per data folder, held until the window is gone (a second is refused).
    lock = hold_instance_lock(data_dir)
    if lock is None:
        return 1
    gui_store = GuiStore(data_dir)
    try:
        window = build_window(data_dir, gui_store)
        jobs = start_window_jobs(window, data_dir, gui_store)
        window.show()
        for problem in load_settings(data_dir).problems:
            QMessageBox.warning(window, "Settings", problem)
        try:
            return app.exec()
        finally:
            jobs.stop()
    finally:
        gui_store.close()
        lock.release()
