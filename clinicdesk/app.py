"""The composition root of the window: settings, store, and the main window over them.

The UI gets plain callables and read-models from here, so it never imports the store.
"""

from __future__ import annotations

import sys
import traceback
from functools import partial
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from clinicdesk import __version__
from clinicdesk.bootstrap import NewClinic, create_clinic, open_clinic_store
from clinicdesk.crashlog import write_crash_report
from clinicdesk.domain.appointments import Status
from clinicdesk.domain.clinic_time import clinic_zone, day_bounds, local_date
from clinicdesk.domain.common import utc_now
from clinicdesk.settings import load_settings
from clinicdesk.store.keys import KeyringKeyStore
from clinicdesk.store.lifecycle import open_with_recovery_key, store_exists
from clinicdesk.store.uow import SqlUnitOfWork
from clinicdesk.ui.first_run import NewClinicRequest
from clinicdesk.ui.main_window import ClinicOverview, MainWindow


def read_overview(data_dir: Path) -> ClinicOverview | None:
    """The clinic at a glance, or None when this data folder holds no clinic yet."""
    if not store_exists(data_dir):
        return None
    with open_clinic_store(data_dir) as store, SqlUnitOfWork(store.engine) as uow:
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


def install_crash_handler(data_dir: Path) -> None:
    """Log unexpected errors (scrubbed of patient data) and tell the user, instead of dying."""

    def handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        try:
            where = write_crash_report(data_dir, error, "clinicdesk window", tb)
            detail = f"Details for your support contact were saved in {where}."
        except OSError:
            traceback.print_exception(kind, error, tb)
            detail = "The details could not be saved."
        QMessageBox.critical(
            None,
            "clinicdesk: something went wrong",
            "clinicdesk hit an unexpected problem. What you were doing may not have "
            f"been saved; please check it. {detail}",
        )

    sys.excepthook = handle


def run_gui(data_dir: Path) -> int:
    """Open the main window over the clinic in ``data_dir``; returns the exit status."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("clinicdesk")
    app.setApplicationVersion(__version__)
    install_crash_handler(data_dir)
    window = MainWindow(
        load_overview=partial(read_overview, data_dir),
        create_clinic=partial(create_clinic_from_window, data_dir),
        unlock=partial(unlock_with_recovery_key, data_dir),
    )
    window.show()
    for problem in load_settings(data_dir).problems:
        QMessageBox.warning(window, "Settings", problem)
    return app.exec()
