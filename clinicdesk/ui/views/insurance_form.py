"""A patient's insurance on the record: payer, member id, verification status and date.

Checked before anything is sent: payer and member id come together, a member id is
letters, digits, spaces and dashes, and "verified" or "failed" says when it was
checked (not in the future). Status is shown with an icon and its word.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit, QWidget

from clinicdesk.domain.patients import Insurance, VerificationStatus
from clinicdesk.ui.i18n import tr
from clinicdesk.ui.theme import icon

_MEMBER_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 \-/]{1,29}$")
STATUS_TEXT = {
    VerificationStatus.UNVERIFIED: "Not verified yet",
    VerificationStatus.VERIFIED: "Verified",
    VerificationStatus.FAILED: "Verification failed",
    VerificationStatus.EXPIRED: "Expired",
}
STATUS_ICON = {
    VerificationStatus.UNVERIFIED: ("mdi6.help-circle-outline", "muted"),
    VerificationStatus.VERIFIED: ("mdi6.shield-check-outline", "success"),
    VerificationStatus.FAILED: ("mdi6.shield-alert-outline", "danger"),
    VerificationStatus.EXPIRED: ("mdi6.shield-off-outline", "warning"),
}
NEEDS_DATE = frozenset({VerificationStatus.VERIFIED, VerificationStatus.FAILED})
DATE_FORMATS = ("%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y")


def parse_check_date(text: str) -> date | None:
    """dd/mm/yyyy (or ISO); None when empty; ValueError naming the text otherwise."""
    cleaned = text.strip()
    if not cleaned:
        return None
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, pattern).date()
        except ValueError:
            continue
    raise ValueError(f"'{cleaned}' is not a date (use dd/mm/yyyy).")


class InsuranceForm(QGroupBox):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Insurance", parent)
        self.setAccessibleName(tr("InsuranceForm", "Insurance and verification"))
        self.payer = QLineEdit()
        self.payer.setPlaceholderText(
            tr("InsuranceForm", "insurer or scheme; leave empty for none")
        )
        self.member_id = QLineEdit()
        self.status = QComboBox()
        for status, text in STATUS_TEXT.items():
            self.status.addItem(icon(*STATUS_ICON[status]), text, status)
        self.checked_on = QLineEdit()
        self.checked_on.setPlaceholderText(tr("InsuranceForm", "dd/mm/yyyy"))
        for widget, name in (
            (self.payer, "Insurance payer"),
            (self.member_id, "Insurance member id"),
            (self.status, "Insurance verification status"),
            (self.checked_on, "Insurance checked on"),
        ):
            widget.setAccessibleName(name)
        form = QFormLayout(self)
        form.addRow(tr("InsuranceForm", "Pa&yer:"), self.payer)
        form.addRow(tr("InsuranceForm", "&Member id:"), self.member_id)
        form.addRow(tr("InsuranceForm", "Veri&fication:"), self.status)
        form.addRow(tr("InsuranceForm", "Chec&ked on:"), self.checked_on)
        for line in (self.payer, self.member_id, self.checked_on):
            line.textEdited.connect(lambda _text: self.edited.emit())
        self.status.currentIndexChanged.connect(lambda _i: self.edited.emit())

    def load(self, insurance: Insurance | None) -> None:
        self.payer.setText(insurance.payer if insurance else "")
        self.member_id.setText(insurance.member_id if insurance else "")
        status = insurance.status if insurance else VerificationStatus.UNVERIFIED
        self.status.setCurrentIndex(self.status.findData(status))
        checked = insurance.verified_on if insurance else None
        self.checked_on.setText(f"{checked:%d/%m/%Y}" if checked else "")

    @property
    def chosen_status(self) -> VerificationStatus:
        return VerificationStatus(self.status.currentData())

    def problems(self, today: date) -> list[tuple[QWidget, str]]:
        """Each wrong field with what is wrong; empty when the form can be saved."""
        found: list[tuple[QWidget, str]] = []
        payer = self.payer.text().strip()
        member = self.member_id.text().strip()
        if member and not payer:
            found.append((self.payer, "Give the insurance payer for the member id."))
        if payer and not member:
            found.append((self.member_id, f"Give the member id for {payer}."))
        if member and not _MEMBER_ID.match(member):
            found.append(
                (self.member_id, f"'{member}' is not a member id (letters, digits and dashes).")
            )
        try:
            checked = parse_check_date(self.checked_on.text())
        except ValueError as error:
            found.append((self.checked_on, str(error)))
            return found
        status = self.chosen_status
        if checked is not None and checked > today:
            found.append((self.checked_on, "The insurance check date is in the future."))
        if (payer or member) and status in NEEDS_DATE and checked is None:
            found.append((self.checked_on, f"Give the date the insurance was {status.value}."))
        if not payer and not member and (checked or status is not VerificationStatus.UNVERIFIED):
            found.append((self.payer, "Give the payer and member id before their verification."))
        return found

    def value(self) -> Insurance | None:
        """The insurance as typed (None: no insurance); call :meth:`problems` first."""
        payer = self.payer.text().strip()
        member = self.member_id.text().strip()
        if not payer and not member:
            return None
        return Insurance(
            payer=payer,
            member_id=member,
            status=self.chosen_status,
            verified_on=parse_check_date(self.checked_on.text()),
        )
