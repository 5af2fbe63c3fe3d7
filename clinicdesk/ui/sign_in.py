"""The sign-in screen: a named user and a password, checked off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.errors import ClinicError
from clinicdesk.ui.background import run_in_background
from clinicdesk.ui.errors import report_error
from clinicdesk.ui.i18n import tr

if TYPE_CHECKING:  # the services load after the panel is painted
    from clinicdesk.services.context import ServiceContext

SignIn = Callable[[str, str], "ServiceContext"]


class SignInPanel(QWidget):
    """Emits ``signed_in(ServiceContext)`` once the engine accepts the user."""

    signed_in = Signal(object)

    def __init__(self, sign_in: SignIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sign_in = sign_in
        self.clinic_name = QLabel(tr("SignInPanel", "clinicdesk"))
        self.clinic_name.setProperty("role", "title")
        self.clinic_name.setAccessibleName(tr("SignInPanel", "Clinic name"))
        self.hint = QLabel()
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        self.hint.hide()
        self.username = QLineEdit()
        self.username.setAccessibleName(tr("SignInPanel", "User name"))
        self.username.setPlaceholderText(tr("SignInPanel", "e.g. j.lee"))
        self.password = QLineEdit()
        self.password.setAccessibleName(tr("SignInPanel", "Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setProperty("role", "problem")
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(tr("SignInPanel", "Sign-in problem"))
        self.button = QPushButton(tr("SignInPanel", "&Sign in"))
        self.button.setDefault(True)
        self.button.setProperty("primary", True)
        self.button.clicked.connect(self.submit)
        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.submit)

        card = QFrame()
        card.setProperty("role", "card")
        card.setFixedWidth(420)
        form = QFormLayout()
        form.addRow(tr("SignInPanel", "&User name:"), self.username)
        form.addRow(tr("SignInPanel", "&Password:"), self.password)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        inner.addWidget(self.clinic_name)
        subtitle = QLabel(tr("SignInPanel", "Sign in to open the schedule."))
        subtitle.setProperty("role", "muted")
        inner.addWidget(subtitle)
        inner.addWidget(self.hint)
        inner.addLayout(form)
        inner.addWidget(self.problem)
        inner.addWidget(self.button, alignment=Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(card, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def prepare(self, clinic_name: str, hint: str = "") -> None:
        self.clinic_name.setText(clinic_name)
        if hint:
            self.hint.setText(hint)
        self.hint.setVisible(bool(self.hint.text()))
        self.password.clear()
        self.problem.clear()
        (self.username if not self.username.text() else self.password).setFocus()

    def submit(self) -> None:
        username = self.username.text().strip()
        password = self.password.text()
        if not username:
            self.problem.setText(tr("SignInPanel", "Type your user name."))
            self.username.setFocus()
            return
        self.button.setEnabled(False)
        self.problem.setText(tr("SignInPanel", "Checking…"))

        def done(ctx: ServiceContext) -> None:
            self.button.setEnabled(True)
            self.problem.clear()
            self.password.clear()
            self.signed_in.emit(ctx)

        def failed(error: BaseException) -> None:
            self.button.setEnabled(True)
            self.password.clear()
            self.password.setFocus()
            if isinstance(error, ClinicError):
                self.problem.setText(error.message)
            else:
                self.problem.clear()
                report_error(self, error)

        run_in_background(self, lambda: self._sign_in(username, password), done, failed)
