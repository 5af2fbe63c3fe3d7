"""The main window (minimal for now): the clinic at a glance, or the first-run choices."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.errors import ClinicError
from clinicdesk.ui.first_run import CreateClinicDialog, NewClinicRequest, RecoveryKeyDialog


@dataclass(frozen=True, slots=True)
class ClinicOverview:
    clinic_name: str
    provider_count: int
    appointments_today: int


# What the window needs from the rest of the app, passed in by app.py so the UI never
# touches the store: read the overview (None = no clinic yet), create a clinic (returns
# the recovery key to show once), load the demo clinic.
LoadOverview = Callable[[], ClinicOverview | None]
CreateClinic = Callable[[NewClinicRequest], str]
LoadDemo = Callable[[], None]
Unlock = Callable[[str], None]  # opens the store with a typed recovery key


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


class FirstRunPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel("<h2>Welcome to clinicdesk</h2>")
        intro = QLabel(
            "There is no clinic on this computer yet. Create your clinic, or load the "
            "demo clinic (made-up patients and appointments) to try clinicdesk out."
        )
        intro.setWordWrap(True)
        self.create_button = QPushButton("&Create a clinic…")
        self.demo_button = QPushButton("Load the &demo clinic")
        layout = QVBoxLayout(self)
        layout.addStretch()
        for widget in (title, intro, self.create_button, self.demo_button):
            layout.addWidget(widget, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch()


class OverviewPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clinic_name = QLabel()
        self.clinic_name.setAccessibleName("Clinic name")
        self.summary = QLabel()
        self.summary.setAccessibleName("Clinic summary")
        layout = QVBoxLayout(self)
        layout.addStretch()
        for widget in (self.clinic_name, self.summary):
            layout.addWidget(widget, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch()

    def show_overview(self, overview: ClinicOverview) -> None:
        self.clinic_name.setText(f"<h2>{html.escape(overview.clinic_name)}</h2>")
        self.clinic_name.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setText(
            f"{_plural(overview.provider_count, 'provider')}; "
            f"{_plural(overview.appointments_today, 'appointment')} today"
        )


class ProblemPanel(QWidget):
    """Shown when the clinic data cannot be opened: the reason, and the way out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Why the clinic data cannot be opened")
        self.unlock_button = QPushButton("Enter the &recovery key…")
        self.retry_button = QPushButton("&Try again")
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(self.message)
        for widget in (self.unlock_button, self.retry_button):
            layout.addWidget(widget, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch()


class MainWindow(QMainWindow):
    def __init__(
        self,
        load_overview: LoadOverview,
        create_clinic: CreateClinic | None = None,
        load_demo: LoadDemo | None = None,
        unlock: Unlock | None = None,
    ) -> None:
        super().__init__()
        self.setWindowTitle("clinicdesk")
        self.resize(900, 600)
        self._load_overview = load_overview
        self._create_clinic = create_clinic
        self._load_demo = load_demo
        self._unlock = unlock
        self.first_run = FirstRunPanel()
        self.overview = OverviewPanel()
        self.problem = ProblemPanel()
        self.problem.unlock_button.setVisible(unlock is not None)
        self.problem.unlock_button.clicked.connect(self.enter_recovery_key)
        self.problem.retry_button.clicked.connect(self.refresh)
        self.first_run.create_button.setVisible(create_clinic is not None)
        self.first_run.demo_button.setVisible(load_demo is not None)
        self.first_run.create_button.clicked.connect(self.create_clinic)
        self.first_run.demo_button.clicked.connect(self.load_demo)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.first_run)
        self.pages.addWidget(self.overview)
        self.pages.addWidget(self.problem)
        self.setCentralWidget(self.pages)
        self.refresh()

    def refresh(self) -> None:
        try:
            overview = self._load_overview()
        except ClinicError as error:
            self.setWindowTitle("clinicdesk")
            self.problem.message.setText(error.message)
            self.pages.setCurrentWidget(self.problem)
            return
        if overview is None:
            self.setWindowTitle("clinicdesk")
            self.pages.setCurrentWidget(self.first_run)
            return
        self.setWindowTitle(f"{overview.clinic_name} - clinicdesk")
        self.overview.show_overview(overview)
        self.pages.setCurrentWidget(self.overview)

    def create_clinic(self) -> None:
        if self._create_clinic is None:
            return
        dialog = CreateClinicDialog(self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                recovery_key = self._create_clinic(dialog.request())
            except ClinicError as error:
                dialog.problem.setText(error.message)
                continue
            RecoveryKeyDialog(recovery_key, self).exec()
            self.refresh()
            return

    def load_demo(self) -> None:
        if self._load_demo is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._load_demo()
        except ClinicError as error:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self, "Demo clinic", error.message)
            return
        QGuiApplication.restoreOverrideCursor()
        self.refresh()

    def enter_recovery_key(self) -> None:
        if self._unlock is None:
            return
        while True:
            text, accepted = QInputDialog.getText(
                self,
                "Recovery key",
                "Type the recovery key from the printed recovery sheet\n"
                "(16 groups of 6 digits; spaces and dashes are fine):",
                QLineEdit.EchoMode.Normal,
            )
            if not accepted:
                return
            try:
                self._unlock(text)
            except ClinicError as error:
                QMessageBox.warning(self, "Recovery key", error.message)
                continue
            self.refresh()
            return
