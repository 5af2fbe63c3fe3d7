"""What the import and export code tells a person comes from the catalogues: a clinic
working in German reads why a file or an EHR's answer was refused in German."""

from __future__ import annotations

from collections.abc import Iterator
from zoneinfo import ZoneInfo

import pytest

from clinicdesk.domain import i18n
from clinicdesk.domain.errors import ValidationError
from clinicdesk.interop import csv_import, hl7_siu, mllp


@pytest.fixture
def german() -> Iterator[None]:
    from clinicdesk.translations import install_for_command_line

    install_for_command_line("de")
    yield
    i18n.bind(None)


def test_import_refusals_and_link_failures_read_in_german(german: None) -> None:
    adt = b"MSH|^~\\&|A|B|C|D|2026||ADT^A01|1|P|2.5\rPID|1\r"
    _, problems = hl7_siu.read_siu(adt, ZoneInfo("Europe/London"))
    assert [p.reason for p in problems] == ["ist eine ADT-Nachricht, nicht SIU"]
    with pytest.raises(ValidationError, match="ist leer"):
        csv_import.read_table("patients.csv", b"  ")
    with pytest.raises(mllp.MllpLinkError, match=r"^die Antwort ist keine HL7-Nachricht$"):
        mllp.read_ack(b"garbage", "C1")
    with pytest.raises(ValueError, match="ist nicht Host:Port"):
        mllp.parse_endpoint("ehr.local")
    assert i18n.tr("hl7 command", "%n SIU message(s) written to {folder}", n=2) == (
        "2 SIU-Nachrichten nach {folder} geschrieben"
    )
