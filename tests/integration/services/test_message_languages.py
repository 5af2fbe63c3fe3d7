"""Messages in the patient's language on the real store: the patient's own, else the
clinic's, else English; a bad language code is refused and changes nothing."""

from __future__ import annotations

import pytest

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.outbound import Channel
from clinicdesk.services import messages
from clinicdesk.services.booking import BookingInput, book_appointment
from clinicdesk.services.context import ServiceContext
from tests.integration.services.conftest import SmallClinic, at, audit_rows
from tests.integration.services.test_reminder_queue import Clock, RecordingGateway
from tests.integration.services.test_slot_offers import NUMBERS, desk  # noqa: F401


def test_each_patient_gets_their_language_with_the_clinics_as_fallback(
    desk: tuple[ServiceContext, Clock],  # noqa: F811
    clinic: SmallClinic,
) -> None:
    ctx, clock = desk
    messages.set_message_setting(ctx, "language", "fr")
    messages.set_message_setting(ctx, "template.reminder", "Bonjour {name}, le {date} à {time}.")
    messages.set_message_setting(ctx, "template.reminder.de", "Hallo {name}, am {date} um {time}.")
    state = messages.set_consent(ctx, clinic.jones.id, language="de")
    assert state == {"sms": True, "email": False, "language": "de"}
    assert ("patient.consent", clinic.jones.id, "ok", "language") in audit_rows(ctx)
    messages.set_consent(ctx, clinic.brown.id, language="es")  # no Spanish text: the clinic's
    for patient, provider in ((clinic.smith, clinic.ana), (clinic.jones, clinic.ben)):
        book_appointment(ctx, BookingInput(patient.id, "consultation", provider.id, at(5, 10)))
    book_appointment(ctx, BookingInput(clinic.brown.id, "consultation", clinic.ana.id, at(5, 11)))
    gateway = RecordingGateway()
    clock.now = at(3, 11)
    messages.run_messages(ctx, {Channel.SMS: gateway})
    bodies = {address: body for address, _subject, body in gateway.sent}
    assert bodies == {
        NUMBERS["Smith"]: "Bonjour John, le Thu 05 Mar à 10:00.",
        NUMBERS["Jones"]: "Hallo Mary, am Thu 05 Mar um 10:00.",
        NUMBERS["Brown"]: "Bonjour Kim, le Thu 05 Mar à 11:00.",
    }


@pytest.mark.parametrize("code", ["de_DE", "german", "DE", "de-\u202e"])
def test_a_bad_language_code_changes_nothing(
    desk: tuple[ServiceContext, Clock],  # noqa: F811
    clinic: SmallClinic,
    code: str,
) -> None:
    ctx, _ = desk
    before = audit_rows(ctx)
    with pytest.raises(ValidationError, match="is not a language code like de"):
        messages.set_consent(ctx, clinic.jones.id, sms=False, language=code)
    with pytest.raises(ValidationError, match="is not a language code like de"):
        messages.set_message_setting(ctx, f"template.reminder.{code}", "Hi {name}")
    with pytest.raises(ValidationError, match="is not a language code like de"):
        messages.set_message_setting(ctx, "language", code)
    assert audit_rows(ctx) == before
    with ctx.uow_factory() as uow:
        assert uow.patients.get(clinic.jones.id).language == ""  # type: ignore[union-attr]
    assert messages.set_consent(ctx, clinic.jones.id, language="")["sms"] is True
