"""Print jobs against the real encrypted store: what the sheets say, who may print,
what the audit records, and the downtime pack's files."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from clinicdesk.domain.appointments import CancelledBy, Status, Urgency
from clinicdesk.domain.errors import NotFoundError, PermissionDeniedError, ValidationError
from clinicdesk.domain.users import Role
from clinicdesk.services import print_jobs
from tests.integration.printing.conftest import MONDAY, NAMES, PrintClinic, at, audit_rows


def pdf_text(data: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(data))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


@pytest.fixture
def booked_monday(print_clinic: PrintClinic) -> PrintClinic:
    c = print_clinic
    c.book("Adams", c.ana, at(MONDAY, 9), reason="Back pain", urgency=Urgency.URGENT)
    c.book("Nowak", c.ana, at(MONDAY, 9, 20), status=Status.ARRIVED, notes="Needs interpreter")
    c.book("Nguyễn", c.ana, at(MONDAY, 14))
    c.book("王", c.ben, at(MONDAY, 10))
    c.book("O'Brien", c.ben, at(MONDAY, 9))
    c.book(
        "O'Brien",
        c.ana,
        at(MONDAY, 11),
        status=Status.CANCELLED,
        cancelled_by=CancelledBy.PATIENT,
    )
    return c


def test_day_sheet_read_model_lists_each_working_provider_in_time_order(
    booked_monday: PrintClinic,
) -> None:
    sheet = print_jobs.day_sheet(booked_monday.ctx, MONDAY)

    assert sheet.clinic_name == "Test Clinic"
    assert [p.provider_name for p in sheet.providers] == ["Dr Ana Lee", "Dr Ben Cho"]
    ana, ben = sheet.providers
    assert ana.hours_label == "09:00-12:00, 13:00-17:00"
    assert ben.hours_label == "09:00-13:00"
    # The cancelled 11:00 is left off; the rest are in time order with their details.
    assert [r.time_label for r in ana.rows] == ["09:00-09:20", "09:20-09:40", "14:00-14:20"]
    first = ana.rows[0]
    assert first.patient_name == "Adams, Zoë"
    assert first.birth_date == date(1970, 1, 10)
    assert first.phone == "07700 900001"
    assert first.appointment_type == "Consultation"
    assert (first.urgency, first.reason, first.alerts) == (
        "urgent",
        "Back pain",
        "Penicillin allergy",
    )
    assert first.insurance == "verified"
    assert ana.rows[1].status == "arrived" and ana.rows[1].notes == "Needs interpreter"
    assert ana.rows[2].insurance == ""  # none on file
    assert [r.patient_name for r in ben.rows] == ["O'Brien, Seán", "王, 芳"]


def test_day_sheet_pdf_prints_every_name_and_the_header(booked_monday: PrintClinic) -> None:
    pages, text = pdf_text(print_jobs.print_day_sheet(booked_monday.ctx, MONDAY))
    text = text.replace("\n", " ")  # notes wrap within their column

    assert pages == 2  # one page per provider
    for needle in (
        "Test Clinic",
        "Monday 2 March 2026",
        "Dr Ana Lee",
        "Dr Ben Cho",
        "Adams, Zoë",
        "Nowak, Łukasz",
        "Nguyễn, Thị Ngọc",
        "王, 芳",
        "O'Brien, Seán",
        "Penicillin allergy",
        "需要翻译",
        "Needs interpreter",
        "Page 1 of 2",
        "Page 2 of 2",
        "Printed 2026-03-02 08:00",
    ):
        assert needle in text, needle


def test_one_provider_sheet_and_a_day_off(booked_monday: PrintClinic) -> None:
    c = booked_monday
    only_ben = print_jobs.day_sheet(c.ctx, MONDAY, c.ben.id)
    assert [p.provider_id for p in only_ben.providers] == [c.ben.id]

    tuesday = MONDAY + timedelta(days=1)
    # Ben does not work Tuesdays: left off the clinic sheet, but printed when asked for.
    assert [p.provider_id for p in print_jobs.day_sheet(c.ctx, tuesday).providers] == [c.ana.id]
    asked = print_jobs.day_sheet(c.ctx, tuesday, c.ben.id).providers[0]
    assert (asked.hours_label, asked.rows) == ("", ())
    _, text = pdf_text(print_jobs.print_day_sheet(c.ctx, tuesday, c.ben.id))
    assert "not working" in text and "No appointments booked." in text

    with pytest.raises(NotFoundError):
        print_jobs.day_sheet(c.ctx, MONDAY, "no-such-provider")


def test_printing_is_audited_without_patient_data(booked_monday: PrintClinic) -> None:
    c = booked_monday
    print_jobs.print_day_sheet(c.ctx, MONDAY, c.ana.id)
    print_jobs.print_day_sheet(c.ctx, MONDAY)

    printed = [row for row in audit_rows(c.ctx) if row[0].startswith("print.")]
    assert printed == [
        ("print.day_sheet", "day", f"2026-03-02/{c.ana.id}", "ok"),
        ("print.day_sheet", "day", "2026-03-02/all", "ok"),
    ]
    everything = repr(audit_rows(c.ctx))
    for given, family, *_ in NAMES:
        assert given not in everything and family not in everything


def test_receptionists_print_but_administrators_may_not(booked_monday: PrintClinic) -> None:
    c = booked_monday
    assert print_jobs.day_sheet(c.as_role(Role.RECEPTIONIST), MONDAY).providers
    with pytest.raises(PermissionDeniedError):
        print_jobs.day_sheet(c.as_role(Role.ADMIN), MONDAY)
    assert ("print.day_sheet", "", "", "denied") in audit_rows(c.ctx)


def test_save_day_sheet_writes_a_pdf_file_and_refuses_other_names(
    booked_monday: PrintClinic, out_dir: Path
) -> None:
    out = out_dir / "out"
    out.mkdir()
    written = print_jobs.save_day_sheet(booked_monday.ctx, out / "monday.pdf", MONDAY)
    assert written.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in out.iterdir()] == ["monday.pdf"]  # no temp file left
    with pytest.raises(ValidationError, match=r"\.pdf"):
        print_jobs.save_day_sheet(booked_monday.ctx, out / "monday.txt", MONDAY)
    with pytest.raises(ValidationError, match="does not exist"):
        print_jobs.save_day_sheet(booked_monday.ctx, out_dir / "nope" / "x.pdf", MONDAY)


def test_week_schedule_holds_the_weekdays_and_their_bookings(booked_monday: PrintClinic) -> None:
    c = booked_monday
    c.book("Adams", c.ana, at(MONDAY + timedelta(days=2), 10))
    week = print_jobs.week_schedule(c.ctx, c.ana.id, MONDAY + timedelta(days=3))

    assert week.week_start == MONDAY
    assert [d.day.weekday() for d in week.days] == [0, 1, 2, 3, 4]  # no weekend hours
    assert [len(d.rows) for d in week.days] == [3, 0, 1, 0, 0]
    pages, text = pdf_text(print_jobs.print_week_schedule(c.ctx, c.ana.id, MONDAY))
    assert pages == 1
    assert "Week of 2 March 2026" in text and "Wednesday 4 March" in text
    assert "Adams, Zoë" in text and "URGENT" in text
    # What the day sheet tells the provider, the week tells too: why, and what to watch.
    words = " ".join(text.split())  # a cell may wrap
    assert "Back pain" in words and "Penicillin allergy" in words
    assert "Reason" in text and "Alerts" in text


def test_call_list_names_no_shows_and_cancellations_and_rebookings(
    print_clinic: PrintClinic,
) -> None:
    c = print_clinic
    c.book("Adams", c.ana, at(MONDAY - timedelta(days=7), 9), status=Status.NO_SHOW)
    c.book(
        "Nowak",
        c.ana,
        at(MONDAY - timedelta(days=6), 10),
        status=Status.CANCELLED,
        cancelled_by=CancelledBy.PATIENT,
        late_cancel=True,
    )
    c.book("Nguyễn", c.ana, at(MONDAY - timedelta(days=6), 11), status=Status.COMPLETED)
    c.book("Nowak", c.ana, at(MONDAY + timedelta(days=1), 9))  # already rebooked

    calls = print_jobs.call_list(c.ctx, MONDAY - timedelta(days=7), MONDAY - timedelta(days=1))
    assert [(r.patient_name, r.outcome, r.next_booked) for r in calls.rows] == [
        ("Adams, Zoë", "No-show", ""),
        ("Nowak, Łukasz", "Cancelled by patient (late)", "2026-03-03 09:00"),
    ]
    _, text = pdf_text(
        print_jobs.print_call_list(c.ctx, MONDAY - timedelta(days=7), MONDAY - timedelta(days=1))
    )
    assert "Nowak, Łukasz" in text and "07700 900001" in text
    with pytest.raises(ValidationError):
        print_jobs.call_list(c.ctx, MONDAY, MONDAY - timedelta(days=1))


def test_downtime_pack_writes_working_days_named_by_date_and_provider(
    booked_monday: PrintClinic, out_dir: Path
) -> None:
    c = booked_monday
    folder = out_dir / "downtime"
    stale = folder / "day-sheet_2026-02-27_all.pdf"
    folder.mkdir()
    stale.write_bytes(b"old")
    keep = folder / "notes.txt"
    keep.write_text("not ours")

    friday = MONDAY + timedelta(days=4)
    pack = print_jobs.write_downtime_pack(c.ctx, folder, days=2, start=friday)

    # Friday, then the weekend is skipped (the clinic is closed), then Monday.
    assert pack.days == (friday, friday + timedelta(days=3))
    names = sorted(p.name for p in pack.files)
    assert names == sorted(
        [
            "day-sheet_2026-03-06_all.pdf",
            "day-sheet_2026-03-06_Dr-Ana-Lee.pdf",
            "day-sheet_2026-03-09_all.pdf",
            "day-sheet_2026-03-09_Dr-Ana-Lee.pdf",
            "day-sheet_2026-03-09_Dr-Ben-Cho.pdf",
        ]
    )
    assert pack.removed == (stale,) and not stale.exists() and keep.exists()
    for path in pack.files:
        pages, text = pdf_text(path.read_bytes())
        assert pages >= 1 and "Test Clinic" in text
    audited = [row for row in audit_rows(c.ctx) if row[0] == "print.downtime_pack"]
    assert audited == [("print.downtime_pack", "days", "2026-03-06/2026-03-09", "ok")]

    with pytest.raises(ValidationError):
        print_jobs.write_downtime_pack(c.ctx, folder, days=0)


def test_downtime_pack_for_today_includes_todays_bookings(
    booked_monday: PrintClinic, out_dir: Path
) -> None:
    pack = print_jobs.write_downtime_pack(booked_monday.ctx, out_dir, days=1)
    assert pack.days == (MONDAY,)
    _, text = pdf_text((out_dir / "day-sheet_2026-03-02_all.pdf").read_bytes())
    assert "Adams, Zoë" in text and "王, 芳" in text


def test_downtime_pack_due() -> None:
    now = at(MONDAY, 9)
    assert print_jobs.downtime_pack_due(None, now)
    assert not print_jobs.downtime_pack_due(now - timedelta(minutes=30), now)
    assert print_jobs.downtime_pack_due(now - timedelta(hours=1), now)
    assert print_jobs.downtime_pack_due(now + timedelta(hours=2), now)  # clock went back


def test_downtime_pack_skips_open_days_when_nobody_works(
    print_clinic: PrintClinic, out_dir: Path
) -> None:
    from clinicdesk.services import schedules

    c = print_clinic
    friday = MONDAY + timedelta(days=4)
    schedules.add_time_off(c.ctx, c.ana.id, friday, reason="Training")  # Ben is off Fridays
    pack = print_jobs.write_downtime_pack(c.ctx, out_dir / "pack", days=2, start=friday)
    assert pack.days == (MONDAY + timedelta(days=7), MONDAY + timedelta(days=8))


def test_file_names_carry_provider_names_safely_and_never_collide() -> None:
    assert print_jobs.file_name_part("Dr Siobhán O'Neill") == "Dr-Siobhán-O-Neill"
    assert print_jobs.file_name_part('a/b\\c:d*e?"<>|') == "a-b-c-d-e"
    assert print_jobs.file_name_part("...") == "provider"
    parts = print_jobs.provider_file_parts(
        [("id-000001", "Dr Ana Lee"), ("id-000002", "Dr Ana Lee"), ("id-000003", "All")]
    )
    assert parts == {
        "id-000001": "Dr-Ana-Lee-000001",
        "id-000002": "Dr-Ana-Lee-000002",
        "id-000003": "All-000003",
    }
    assert all(
        print_jobs.PACK_FILE.match(print_jobs.pack_file_name(MONDAY, p)) for p in parts.values()
    )
