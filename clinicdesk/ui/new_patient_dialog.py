"""Register a new patient from the phone call, with the duplicate warning."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.errors import ClinicError
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.patients import (
    PatientSummary,
    Registration,
    parse_birth_date,
    register_patient,
)
from clinicdesk.ui.background import run_in_background
from clinicdesk.ui.errors import report_error
from clinicdesk.ui.i18n import date_text, tr


class DuplicateWarning(QDialog):
    """Someone like this is already registered: use them, or register anyway."""

    USE_EXISTING = 2

    def __init__(self, duplicates: tuple[PatientSummary, ...], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("DuplicateWarning", "Possible duplicate"))
        text = QLabel(
            tr(
                "DuplicateWarning",
                "These patients have the same family name and date of birth, or the same "
                "phone number. Is the caller one of them?",
            )
        )
        text.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("DuplicateWarning", "Possible duplicates"))
        for patient in duplicates:
            phones = ", ".join(patient.phones)
            self.list.addItem(
                tr("DuplicateWarning", "{name}, born {birth_date} {phones}").format(
                    name=patient.display_name,
                    birth_date=date_text(patient.birth_date, weekday=False),
                    phones=phones,
                )
            )
        self.list.setCurrentRow(0)
        self.duplicates = duplicates
        buttons = QDialogButtonBox()
        use = buttons.addButton(
            tr("DuplicateWarning", "&Use the selected patient"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        anyway = buttons.addButton(
            tr("DuplicateWarning", "&Register as new"), QDialogButtonBox.ButtonRole.ActionRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        use.clicked.connect(lambda: self.done(self.USE_EXISTING))
        anyway.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    @property
    def chosen(self) -> PatientSummary:
        return self.duplicates[max(0, self.list.currentRow())]


class NewPatientDialog(QDialog):
    """The minimum to register someone on the phone; ``patient`` holds the result."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.patient: PatientSummary | None = None
        self.setWindowTitle(tr("NewPatientDialog", "New patient"))
        self.given = QLineEdit()
        self.given.setAccessibleName(tr("NewPatientDialog", "Given name"))
        self.family = QLineEdit()
        self.family.setAccessibleName(tr("NewPatientDialog", "Family name"))
        self.birth_date = QLineEdit()
        self.birth_date.setAccessibleName(tr("NewPatientDialog", "Date of birth"))
        self.birth_date.setPlaceholderText(tr("NewPatientDialog", "dd/mm/yyyy"))
        self.phone = QLineEdit()
        self.phone.setAccessibleName(tr("NewPatientDialog", "Phone"))
        self.email = QLineEdit()
        self.email.setAccessibleName(tr("NewPatientDialog", "Email"))
        self.problem = QLabel()
        self.problem.setProperty("role", "problem")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("NewPatientDialog", "&Given name:"), self.given)
        form.addRow(tr("NewPatientDialog", "&Family name:"), self.family)
        form.addRow(tr("NewPatientDialog", "Date of &birth:"), self.birth_date)
        form.addRow(tr("NewPatientDialog", "&Phone:"), self.phone)
        form.addRow(tr("NewPatientDialog", "&Email:"), self.email)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            tr("NewPatientDialog", "&Register")
        )
        self.buttons.accepted.connect(lambda: self.register(confirm_duplicates=False))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def prefill(self, text: str) -> None:
        """Split what was typed in the search box into a first guess at the names."""
        words = [w for w in text.replace(",", " ").split() if not any(c.isdigit() for c in w)]
        if len(words) >= 2:
            self.given.setText(words[0].title())
            self.family.setText(" ".join(words[1:]).title())
        elif words:
            self.family.setText(words[0].title())

    def register(self, *, confirm_duplicates: bool) -> None:
        try:
            born = parse_birth_date(self.birth_date.text())
        except ClinicError as error:
            self.problem.setText(error.message)
            self.birth_date.setFocus()
            return
        ctx = self.ctx
        fields = {
            "given": self.given.text(),
            "family": self.family.text(),
            "birth_date": born,
            "phones": [self.phone.text()] if self.phone.text().strip() else [],
            "email": self.email.text(),
        }
        self.buttons.setEnabled(False)

        def done(result: Registration) -> None:
            self.buttons.setEnabled(True)
            if result.patient is not None:
                self.patient = result.patient
                self.accept()
                return
            warning = DuplicateWarning(result.possible_duplicates, self)
            answer = warning.exec()
            if answer == DuplicateWarning.USE_EXISTING:
                self.patient = warning.chosen
                self.accept()
            elif answer == QDialog.DialogCode.Accepted:
                self.register(confirm_duplicates=True)

        def failed(error: BaseException) -> None:
            self.buttons.setEnabled(True)  # the typed details stay for another try
            if isinstance(error, ClinicError):
                self.problem.setText(error.message)
            else:
                report_error(self, error, "New patient")

        run_in_background(
            self,
            lambda: register_patient(ctx, confirm_duplicates=confirm_duplicates, **fields),  # type: ignore[arg-type]
            done,
            failed,
        )
