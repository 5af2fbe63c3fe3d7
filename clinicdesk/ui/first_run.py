"""First run: the welcome panel (create a clinic or load the demo), the dialogs that
create a clinic and show its recovery key once, and the panel shown when the clinic's
data cannot be opened."""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass

from PySide6.QtCore import QTimeZone
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.ui.i18n import tr


@dataclass(frozen=True, slots=True)
class NewClinicRequest:
    """What the user typed to create a clinic; checked by whoever creates it."""

    clinic_name: str
    time_zone: str
    admin_username: str
    password: str


def _system_time_zone() -> str:
    zone = QTimeZone.systemTimeZoneId().data().decode("ascii", "replace")
    return zone if zone in zoneinfo.available_timezones() else "UTC"


class CreateClinicDialog(QDialog):
    """Asks for the clinic's name and time zone and the first administrator's account."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("CreateClinicDialog", "Create a clinic"))
        self.clinic_name = QLineEdit()
        self.clinic_name.setAccessibleName(tr("CreateClinicDialog", "Clinic name"))
        self.time_zone = QComboBox()
        self.time_zone.setAccessibleName(tr("CreateClinicDialog", "Clinic time zone"))
        self.time_zone.setEditable(True)
        self.time_zone.addItems(sorted(zoneinfo.available_timezones()))
        self.time_zone.setCurrentText(_system_time_zone())
        self.admin_username = QLineEdit("admin")
        self.admin_username.setAccessibleName(tr("CreateClinicDialog", "Administrator user name"))
        self.password = QLineEdit()
        self.password.setAccessibleName(tr("CreateClinicDialog", "Administrator password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit()
        self.password_again.setAccessibleName(
            tr("CreateClinicDialog", "Administrator password again")
        )
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(tr("CreateClinicDialog", "Problem"))

        form = QFormLayout()
        form.addRow(tr("CreateClinicDialog", "Clinic &name:"), self.clinic_name)
        form.addRow(tr("CreateClinicDialog", "&Time zone:"), self.time_zone)
        form.addRow(tr("CreateClinicDialog", "Administrator &user name:"), self.admin_username)
        form.addRow(tr("CreateClinicDialog", "&Password:"), self.password)
        form.addRow(tr("CreateClinicDialog", "Password &again:"), self.password_again)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            tr("CreateClinicDialog", "Create")
        )
        buttons.accepted.connect(self._check_and_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def request(self) -> NewClinicRequest:
        return NewClinicRequest(
            clinic_name=self.clinic_name.text().strip(),
            time_zone=self.time_zone.currentText().strip(),
            admin_username=self.admin_username.text().strip(),
            password=self.password.text(),
        )

    def _check_and_accept(self) -> None:
        # Only what the dialog itself can know; the rest is checked where the clinic is made.
        if not self.clinic_name.text().strip():
            self.problem.setText(tr("CreateClinicDialog", "Type the clinic's name."))
            self.clinic_name.setFocus()
        elif self.password.text() != self.password_again.text():
            self.problem.setText(tr("CreateClinicDialog", "The two passwords do not match."))
            self.password_again.setFocus()
        else:
            self.accept()


class RecoveryKeyDialog(QDialog):
    """Shows the recovery key once; closing needs a tick that it was written down."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("RecoveryKeyDialog", "Your recovery key"))
        warning = QLabel(
            tr(
                "RecoveryKeyDialog",
                "Write this recovery key down or print it, and keep it somewhere safe away "
                "from this computer. It is shown only now. Without it, the clinic's data "
                "cannot be opened if this computer's saved key is ever lost.",
            )
        )
        warning.setWordWrap(True)
        self.key = QLineEdit(recovery_key)
        self.key.setReadOnly(True)
        self.key.setAccessibleName(tr("RecoveryKeyDialog", "Recovery key"))
        self.key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key.setMinimumWidth(self.key.fontMetrics().horizontalAdvance(recovery_key) + 24)
        self.confirmed = QCheckBox(tr("RecoveryKeyDialog", "I have written down the recovery key"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.confirmed.toggled.connect(self.ok_button.setEnabled)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addWidget(self.key)
        layout.addWidget(self.confirmed)
        layout.addWidget(buttons)

    def reject(self) -> None:
        # Escape must not dismiss the only showing of the key before it is written down.
        if self.confirmed.isChecked():
            super().reject()


def _card(*widgets: QWidget) -> QFrame:
    card = QFrame()
    card.setProperty("role", "card")
    card.setFixedWidth(520)
    layout = QVBoxLayout(card)
    layout.setContentsMargins(28, 24, 28, 24)
    layout.setSpacing(12)
    for widget in widgets:
        layout.addWidget(widget)
    return card


def _centred(parent: QWidget, card: QFrame) -> None:
    # Centred by stretches, not by an alignment flag: a widget added with an alignment
    # gets its size hint's height, which is worked out for another width than the
    # card's, so a wrapped paragraph lost its last line.
    row = QHBoxLayout()
    row.addStretch()
    row.addWidget(card)
    row.addStretch()
    layout = QVBoxLayout(parent)
    layout.addStretch()
    layout.addLayout(row)
    layout.addStretch(2)


class FirstRunPanel(QWidget):
    """No clinic on this computer yet: create one, or load the demo clinic."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(tr("FirstRunPanel", "Welcome to clinicdesk"))
        title.setProperty("role", "title")
        intro = QLabel(
            tr(
                "FirstRunPanel",
                "There is no clinic on this computer yet. Create your clinic, or load the "
                "demo clinic (made-up patients and appointments) to try clinicdesk out.",
            )
        )
        intro.setWordWrap(True)
        self.intro = intro
        self.create_button = QPushButton(tr("FirstRunPanel", "&Create a clinic…"))
        self.create_button.setProperty("primary", True)
        self.demo_button = QPushButton(tr("FirstRunPanel", "Load the &demo clinic…"))
        self.status = QLabel()
        self.status.setProperty("role", "muted")
        self.status.setAccessibleName(tr("FirstRunPanel", "Progress"))
        _centred(self, _card(title, intro, self.create_button, self.demo_button, self.status))


class ProblemPanel(QWidget):
    """Shown when the clinic data cannot be opened: the reason, and the way out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(tr("ProblemPanel", "The clinic data cannot be opened"))
        title.setProperty("role", "heading")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("ProblemPanel", "Why the clinic data cannot be opened"))
        self.unlock_button = QPushButton(tr("ProblemPanel", "Enter the &recovery key…"))
        self.retry_button = QPushButton(tr("ProblemPanel", "&Try again"))
        _centred(self, _card(title, self.message, self.unlock_button, self.retry_button))
