"""The unconfirmed list printed on the real store: the list's rows in call order, read
back from the PDF, audited as a print, and written only through the guarded writer."""

from __future__ import annotations

import pytest

from clinicdesk.domain.errors import ValidationError
from clinicdesk.interop.files import OutputKind, OutputRequest, write_rendered
from clinicdesk.services import messages
from clinicdesk.services.booking import BookingInput, book_appointment
from clinicdesk.services.context import ServiceContext
from tests.integration.services.conftest import SmallClinic, at, audit_rows
from tests.integration.services.test_reminder_queue import Clock
from tests.integration.services.test_slot_offers import desk  # noqa: F401
from tests.unit.printing.pdf_reading import pages_and_text


def test_the_printed_list_is_the_list(
    desk: tuple[ServiceContext, Clock],  # noqa: F811
    clinic: SmallClinic,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    ctx, _ = desk
    for patient, hour in ((clinic.jones, 11), (clinic.smith, 9), (clinic.brown, 10)):
        book_appointment(ctx, BookingInput(patient.id, "consultation", clinic.ana.id, at(3, hour)))
    rows = messages.confirm_list(ctx, 2)
    messages.tick_called(ctx, rows[0].appointment_id)
    pages, text = pages_and_text(messages.print_confirm_list(ctx, 2))
    assert pages == 1
    assert "Test Clinic" in text and "3 visits to confirm" in text
    names = [row.patient_name for row in rows]
    assert [text.index(name) for name in names] == sorted(text.index(name) for name in names)
    assert "Tue 2026-03-03\n09:00" in text and "☑" in text
    assert ("print.confirm_list", "2", "ok", "") in audit_rows(ctx)
    with pytest.raises(ValidationError, match="covers 1 to 31 working days"):
        messages.print_confirm_list(ctx, 0)
    out = tmp_path_factory.mktemp("prints") / "confirm.pdf"
    out.write_bytes(b"keep me")
    before = audit_rows(ctx)
    with pytest.raises(ValidationError, match="already exists"):
        write_rendered(
            OutputRequest(out, OutputKind.PDF),
            lambda: messages.print_confirm_list(ctx, 2),
            ctx.protected_folders,
        )
    assert out.read_bytes() == b"keep me" and audit_rows(ctx) == before
