"""Patients view: insurance editing with validation, and alerts shown first."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from pytestqt.qtbot import QtBot

from clinicdesk.domain.patients import Insurance, VerificationStatus
from clinicdesk.services.patients import register_patient, show_patient
from clinicdesk.ui.shell.main_window import MainWindow

from .conftest import ZONE, GuiClinic, sign_in, wait_idle


def test_insurance_is_validated_saved_and_cleared(
    qtbot: QtBot, window: MainWindow, clinic: GuiClinic
) -> None:
    erin = register_patient(
        clinic.desk,
        given="Erin",
        family="Vale",
        birth_date=date(1988, 8, 8),
        alerts="Needs wheelchair access",
        insurance=Insurance("Blue Cross", "BC-1001"),
    ).patient
    assert erin is not None
    sign_in(qtbot, window)
    window.find_patient_action.trigger()
    view = window.patients_view
    qtbot.keyClicks(view.search.box, "erin vale")
    qtbot.waitUntil(lambda: view.detail.record is not None, timeout=5_000)
    detail = view.detail
    form = detail.insurance
    assert (form.payer.text(), form.member_id.text()) == ("Blue Cross", "BC-1001")
    assert form.chosen_status is VerificationStatus.UNVERIFIED
    assert form.status.currentText() == "Not verified yet"  # words, not only an icon
    # Alerts come first, above the form, styled as an alert and visible.
    assert detail.alerts.isVisibleTo(window) and detail.alerts.property("role") == "alert"
    assert "wheelchair" in detail.alerts.text()
    layout = detail.record_layout  # the record above its appointments
    assert layout.indexOf(detail.alerts) < layout.indexOf(form)

    # Verified with no date, a member id that is not one, a date in the future: refused.
    form.status.setCurrentIndex(form.status.findData(VerificationStatus.VERIFIED))
    form.member_id.setText("BC 1001 !!")
    problems = detail.validate()
    assert "'BC 1001 !!' is not a member id (letters, digits and dashes)." in problems
    assert "Give the date the insurance was verified." in problems
    assert form.member_id.property("invalid") is True
    assert form.checked_on.property("invalid") is True
    tomorrow = datetime.now(ZONE).date() + timedelta(days=1)  # on the clinic's calendar
    form.checked_on.setText(f"{tomorrow:%d/%m/%Y}")
    form.member_id.setText("BC-1001")
    assert detail.validate() == ["The insurance check date is in the future."]
    form.checked_on.setText("31/02/2024")
    assert detail.validate() == ["'31/02/2024' is not a date (use dd/mm/yyyy)."]
    detail.save()
    wait_idle(qtbot)
    insurance = show_patient(clinic.desk, erin.id).insurance
    assert insurance is not None and insurance.status is VerificationStatus.UNVERIFIED

    form.checked_on.setText("03/02/2025")
    assert detail.validate() == []
    assert form.checked_on.property("invalid") is False
    detail.save()
    wait_idle(qtbot)
    assert detail.problem.text() == "Saved."
    saved = show_patient(clinic.desk, erin.id).insurance
    assert saved == Insurance(
        "Blue Cross", "BC-1001", VerificationStatus.VERIFIED, date(2025, 2, 3)
    )

    # A member id without a payer is refused; emptying both removes the insurance.
    form.payer.setText("")
    assert detail.validate() == ["Give the insurance payer for the member id."]
    form.member_id.setText("")
    form.checked_on.setText("")
    form.status.setCurrentIndex(form.status.findData(VerificationStatus.UNVERIFIED))
    assert detail.validate() == []
    detail.save()
    wait_idle(qtbot)
    assert show_patient(clinic.desk, erin.id).insurance is None
