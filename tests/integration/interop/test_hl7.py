"""HL7 v2 SIU: every appointment change out to a drop folder, read back by two
independent parsers; real-world SIU in (v2.3-v2.8, CR or LF)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import hl7
import pytest
from hl7apy.consts import VALIDATION_LEVEL
from hl7apy.parser import parse_message
from hypothesis import given, settings
from hypothesis import strategies as st

from clinicdesk.domain.appointments import Status
from clinicdesk.domain.errors import ValidationError
from clinicdesk.interop import hl7_siu
from clinicdesk.services.appointment_changes import cancel_appointment, move_appointment, set_status
from clinicdesk.services.booking import BookingInput, book_appointment
from clinicdesk.services.hl7_exchange import import_hl7, send_siu_to_folder
from tests.integration.interop.conftest import SmallClinic, at

LONDON = ZoneInfo("Europe/London")


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def ticking(clinic: SmallClinic) -> SmallClinic:
    return dataclasses.replace(
        clinic, ctx=dataclasses.replace(clinic.ctx, clock=Clock(clinic.ctx.now()))
    )


def test_each_change_becomes_one_siu_that_two_parsers_read(
    clinic: SmallClinic, out_dir: Path
) -> None:
    c = ticking(clinic)
    first = book_appointment(
        c.ctx, BookingInput(c.smith.id, "Consultation", c.ana.id, at(3, 9))
    ).appointment
    move_appointment(c.ctx, first.id, at(3, 10))
    set_status(c.ctx, first.id, Status.CONFIRMED)
    cancel_appointment(c.ctx, first.id, "Patient is away")
    second = book_appointment(
        c.ctx, BookingInput(c.jones.id, "Consultation", c.ana.id, at(2, 9))
    ).appointment
    c.ctx.clock.now = at(2, 9, 30)  # type: ignore[attr-defined]
    set_status(c.ctx, second.id, Status.NO_SHOW)
    run = send_siu_to_folder(c.ctx, out_dir, after=0)
    triggers = []
    for path in run.files:
        text = path.read_bytes().decode()
        assert "\n" not in text and text.count("\r") >= 6
        parsed = hl7.parse(text)
        tolerant = parse_message(text, validation_level=VALIDATION_LEVEL.TOLERANT)
        trigger = str(parsed.extract_field("MSH", 1, 9, 1, 2))
        assert tolerant.msh.msh_9.to_er7().split("^")[1] == trigger
        assert tolerant.msh.msh_12.to_er7() == "2.5.1"
        assert str(parsed.extract_field("SCH", 1, 1, 1, 1)) in {first.id, second.id}
        assert tolerant.sch.sch_25.to_er7() == hl7_siu.FILLER_STATUS[trigger]
        triggers.append(trigger)
    assert triggers == ["S12", "S13", "S14", "S15", "S12", "S26"]
    family = hl7.parse(run.files[0].read_bytes().decode()).extract_field("PID", 1, 5, 1, 1)
    assert str(family) == "Smith"
    # Nothing new: nothing sent again.
    assert send_siu_to_folder(c.ctx, out_dir / "again", after=run.sent_upto).files == ()


SIU_FROM_EHR = (
    "MSH|^~\\&|EPIC|NORTH|clinicdesk|Riverside|202603011200||SIU^S12|MSG001|P|2.3\n"
    "SCH|EHR-1001||||||^Follow-up|^Consultation|20|min|^^20^202603040900^202603040920\n"
    "PID|1||{smith}^^^clinicdesk^PI||Smith^John||19700101|M\n"
    "RGS|1\n"
    "AIS|1||^Consultation|202603040900|||20|min\n"
    "AIP|1||9999^Lee^Ana\n"
    "MSH|^~\\&|EPIC|NORTH|clinicdesk|Riverside|202603011201||SIU^S13|MSG002|P|2.3\n"
    "SCH|EHR-1001||||||||20|min|^^20^202603041000^202603041020\n"
    "AIP|1||9999^Lee^Ana\n"
    "MSH|^~\\&|EPIC|NORTH|clinicdesk|Riverside|202603011202||SIU^S15|MSG003|P|2.8\r\n"
    "SCH|{ours}\r\n"
    "MSH|^~\\&|EPIC|NORTH|clinicdesk|Riverside|202603011203||SIU^S12|MSG004|P|2.5\r"
    "SCH|EHR-2002|||||||^Consultation|20|min|^^20^202603050900^202603050920\r"
    "PID|1||MRN-404^^^NORTH^MR||Nobody^Known||19800101|F\r"
    "AIP|1||9999^Lee^Ana\r"
)


def test_real_world_siu_books_moves_cancels_and_lists_strangers(clinic: SmallClinic) -> None:
    ours = book_appointment(
        clinic.ctx, BookingInput(clinic.jones.id, "Consultation", clinic.ben.id, at(4, 11))
    ).appointment
    data = SIU_FROM_EHR.format(smith=clinic.smith.id, ours=ours.id).encode()
    preview = import_hl7(clinic.ctx, data, dry_run=True)
    assert [(a.trigger, a.action) for a in preview.actions] == [
        ("S12", "book"),
        ("S13", "move"),
        ("S15", "cancel"),
    ]
    assert [a.detail for a in preview.unknown] == ["unknown patient MRN-404 (Nobody, Known)"]
    with clinic.ctx.uow_factory() as uow:
        assert uow.appointments.get(ours.id).status is Status.BOOKED

    done = import_hl7(clinic.ctx, data)
    assert done.committed
    booked_id = done.actions[0].appointment_id
    with clinic.ctx.uow_factory() as uow:
        booked = uow.appointments.get(booked_id)
        cancelled = uow.appointments.get(ours.id)
        history = uow.appointments.events_for(booked_id)
    assert booked.start == datetime(2026, 3, 4, 10, tzinfo=UTC)  # London is on GMT
    assert (booked.patient_id, booked.provider_id) == (clinic.smith.id, clinic.ana.id)
    assert cancelled.status is Status.CANCELLED
    assert [e.kind for e in history] == ["moved", "created"] or {e.kind for e in history} == {
        "moved",
        "created",
    }
    again = import_hl7(clinic.ctx, data)
    assert [a.action for a in again.actions] == ["already", "already", "already"]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"hello", "does not start with an MSH"),
        (b"MSH|^~\\&|A|B|C|D|2026||ADT^A01|1|P|2.5\rPID|1\r", "not SIU"),
        (b"MSH|^~\\&|A|B|C|D|2026||SIU^S99|1|P|2.5\rSCH|x\r", "SIU^S99"),
        (b"MSH|^~\\&|A|B|C|D|2026||SIU^S12|1|P|2.1\rSCH|x\r", "version 2.1"),
        (b"MSH|^~\\&|A|B|C|D|2026||SIU^S12|1|P|2.5\rSCH|x\r", "no usable start"),
        (b"MSH|^~\\&|A|B|C|D|2026||SIU^S15|1|P|2.5\rPID|1\r", "no SCH"),
        (
            b"MSH|^~\\&|A|B|C|D|2026||SIU^S12|1|P|2.5\rSCH|x||||||||||^^20^202603041000^"
            b"202603040900\r",
            "ends before it starts",
        ),
    ],
)
def test_broken_messages_are_refused_per_message_and_nothing_changes(
    clinic: SmallClinic, data: bytes, reason: str
) -> None:
    try:
        result = import_hl7(clinic.ctx, data)
    except ValidationError as error:
        assert reason in str(error)
    else:
        assert not result.committed
        assert any(reason in p.reason for p in result.problems), result.problems


def test_s17_delete_is_built_and_read() -> None:
    row = hl7_siu.SiuAppointment(
        "a1",
        "p1",
        "",
        "O'Brien",
        "Zoë",
        date(1980, 1, 2),
        "female",
        "d1",
        "Dr Ana Lee",
        "Consultation",
        datetime(2026, 3, 30, 8, tzinfo=UTC),
        datetime(2026, 3, 30, 8, 20, tzinfo=UTC),
    )
    data = hl7_siu.build_siu("S17", row, control_id="c1", sent_at=row.start, zone=LONDON)
    (message,), problems = hl7_siu.read_siu(data, LONDON)
    assert problems == [] and message.trigger == "S17"
    assert b"20260330090000+0100" in data  # wall clock with its offset after DST


_TEXT = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp")), max_size=20
).map(lambda s: " ".join(s.split()))


@settings(max_examples=60, deadline=None)
@given(
    family=_TEXT.filter(bool),
    given_name=_TEXT,
    type_name=_TEXT.filter(bool),
    reason=_TEXT,
    minute=st.integers(0, 60 * 24 * 200),
    length=st.integers(5, 240),
    trigger=st.sampled_from(sorted(hl7_siu.TRIGGERS)),
)
def test_siu_round_trips_to_the_same_bytes(  # noqa: PLR0917
    family: str,
    given_name: str,
    type_name: str,
    reason: str,
    minute: int,
    length: int,
    trigger: str,
) -> None:
    start = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=minute)
    row = hl7_siu.SiuAppointment(
        "0190a000-0000-7000-8000-000000000001",
        "p-1",
        "MRN1",
        family,
        given_name,
        date(1970, 1, 1),
        "unknown",
        "d-1",
        "Dr Ana Lee",
        type_name,
        start,
        start + timedelta(minutes=length),
        reason=reason,
    )
    data = hl7_siu.build_siu(trigger, row, control_id="c", sent_at=start, zone=LONDON)
    (read,), problems = hl7_siu.read_siu(data, LONDON)
    assert problems == []
    back = dataclasses.replace(
        row,
        patient_family=read.patient_family,
        patient_given=read.patient_given,
        type_name=read.type_name,
        reason=read.reason,
        start=read.start,
        end=read.end,
    )
    assert hl7_siu.build_siu(trigger, back, control_id="c", sent_at=start, zone=LONDON) == data
