"""The window's date boxes, bounded to the dates the clinic works with (date_policy).

The services refuse dates outside the range too; bounding the boxes means a
receptionist cannot even pick one.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

from clinicdesk.domain.date_policy import FIRST_CLINIC_DAY, LAST_CLINIC_DAY


def bound_to_clinic_calendar(*edits: QDateEdit) -> None:
    for edit in edits:
        edit.setDateRange(QDate(FIRST_CLINIC_DAY), QDate(LAST_CLINIC_DAY))
