"""Recalls on the real encrypted store: types, hand-set recalls, the due list with
attempts and hiding, a completed visit setting the next recall, a booking closing it."""

from __future__ import annotations

import dataclasses
import io
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader

from clinicdesk.domain.appointments import Status
from clinicdesk.domain.errors import (
    ClinicError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from clinicdesk.domain.users import Role
from clinicdesk.services.appointment_changes import set_status, undo_last_status
from clinicdesk.services.booking import BookingInput, book_appointment
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.recall_output import print_recall_list, save_recall_list
from clinicdesk.services.recalls import (
    RecallInput,
    RecallTypeInput,
    add_recall,
    add_recall_type,
    due_recalls,
    list_recall_types,
    list_recalls,
    record_recall_attempt,
)
from tests.integration.services.conftest import SmallClinic, add_patient, at, audit_rows


def pdf_text(data: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(data))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def desk(clinic: SmallClinic) -> tuple[ServiceContext, Clock]:
    clock = Clock(at(2, 8))  # Monday 2 March 2026, GMT
    ctx = dataclasses.replace(clinic.ctx, clock=clock)
    add_recall_type(ctx, RecallTypeInput("6-month check", "6m", clinic.consult.name))
    add_recall_type(ctx, RecallTypeInput("Annual review", "1y", hide_days=7))
    return ctx, clock


def test_recall_types_list_with_their_interval_and_link(
    desk: tuple[ServiceContext, Clock], clinic: SmallClinic
) -> None:
    ctx, _ = desk
    kinds = {kind.name: kind for kind in list_recall_types(ctx)}
    assert sorted(kinds) == ["6-month check", "Annual review"]
    check = kinds["6-month check"]
    assert (check.interval, check.type_id, check.type_name, check.hide_days) == (
        "6 months",
        clinic.consult.id,
        "Consultation",
        14,
    )
    review = kinds["Annual review"]
    assert (review.interval, review.type_id, review.type_name, review.hide_days) == (
        "1 years",
        None,
        "",
        7,
    )


@pytest.mark.parametrize(
    ("request_", "message"),
    [
        (RecallTypeInput("X", "0m"), "A recall interval of 0 months is outside 1 to 120 months."),
        (RecallTypeInput("X", "-6m"), "A recall interval of -6 months is outside 1 to 120 months."),
        (
            RecallTypeInput("X", "99999999999y"),
            "A recall interval of 99999999999 years is outside 1 to 10 years.",
        ),
        (
            RecallTypeInput("X", "soon"),
            "'soon' is not an interval; write a number and a unit, like 6m, 1y, 6w or 90d.",
        ),
        (
            RecallTypeInput("X", "6m", hide_days=-1),
            "Hiding a patient for -1 days after a call is outside 0 to 365 days.",
        ),
        (RecallTypeInput("  ", "6m"), "Enter the recall type's name."),
        (
            RecallTypeInput("6-MONTH CHECK", "6m"),
            "A recall type called '6-MONTH CHECK' already exists.",
        ),
        (
            RecallTypeInput("X", "6m", "Nope"),
            "No appointment type 'Nope' (known types: Consultation).",
        ),
        (
            RecallTypeInput("Second", "1y", "Consultation"),
            "Another recall type already follows that appointment type; "
            "one completed visit sets one recall.",
        ),
    ],
)
def test_bad_recall_types_are_refused_and_change_nothing(
    desk: tuple[ServiceContext, Clock], request_: RecallTypeInput, message: str
) -> None:
    ctx, _ = desk
    before = (list_recall_types(ctx), len(audit_rows(ctx)))
    with pytest.raises(ClinicError) as error:
        add_recall_type(ctx, request_)
    assert error.value.message == message
    assert (list_recall_types(ctx), len(audit_rows(ctx))) == before


def test_a_hand_set_recall_defaults_to_one_interval_with_month_ends(
    desk: tuple[ServiceContext, Clock], clinic: SmallClinic
) -> None:
    ctx, clock = desk
    clock.now = datetime(2026, 8, 31, 9, tzinfo=UTC)
    view = add_recall(ctx, RecallInput(clinic.smith.id, "6-month check"))
    assert view.due == date(2027, 2, 28)
    assert (view.patient_name, view.recall_type, view.status, view.attempts) == (
        "J. Smith",
        "6-month check",
        "open",
        0,
    )
    given = add_recall(ctx, RecallInput(clinic.jones.id, "annual review", date(2026, 9, 15)))
    assert given.due == date(2026, 9, 15)
    assert audit_rows(ctx)[-1][:3] == ("recall.add", given.id, "ok")


def test_hostile_recalls_are_refused_and_change_nothing(
    desk: tuple[ServiceContext, Clock], clinic: SmallClinic
) -> None:
    ctx, _ = desk
    add_recall(ctx, RecallInput(clinic.smith.id, "6-month check", date(2026, 4, 1)))
    cases = [
        (
            RecallInput(clinic.smith.id, "6-month check", date(2026, 5, 1)),
            "J. Smith already has an open 6-month check recall due 2026-04-01.",
        ),
        (RecallInput("nobody", "6-month check"), "No patient with id nobody."),
        (
            RecallInput(clinic.smith.id, "Flu jab"),
            "No recall type 'Flu jab' (known recall types: 6-month check, Annual review).",
        ),
        (
            RecallInput(clinic.smith.id, "Annual review", date(9999, 1, 1)),
            "The due date 9999-01-01 is outside the dates clinicdesk works with "
            "(2000-01-01 to 2199-12-31).",
        ),
        (
            RecallInput(clinic.smith.id, "Annual review", notes="\u202eevil"),
            None,
        ),
    ]
    before = list_recalls(ctx)
    for request, message in cases:
        with pytest.raises(ClinicError) as error:
            add_recall(ctx, request)
        if message is not None:
            assert error.value.message == message
    assert list_recalls(ctx) == before
    with pytest.raises(NotFoundError) as missing:
        record_recall_attempt(ctx, "no-such-recall")
    assert missing.value.message == "No recall with id no-such-recall."
    with pytest.raises(ClinicError):
        due_recalls(ctx, within_days=-1)
    with pytest.raises(ClinicError):
        due_recalls(ctx, within_days=10**9)


def test_the_due_list_with_attempts_and_hiding(
    desk: tuple[ServiceContext, Clock], clinic: SmallClinic
) -> None:
    ctx, clock = desk
    overdue = add_recall(ctx, RecallInput(clinic.smith.id, "Annual review", date(2026, 2, 1)))
    month_end = add_recall(ctx, RecallInput(clinic.jones.id, "Annual review", date(2026, 3, 31)))
    april = add_recall(ctx, RecallInput(clinic.brown.id, "Annual review", date(2026, 4, 1)))
    listing = due_recalls(ctx)
    assert (listing.today, listing.last_day) == (date(2026, 3, 2), date(2026, 3, 31))
    assert [(row.id, row.state) for row in listing.rows] == [
        (overdue.id, "overdue"),
        (month_end.id, "due"),
    ]
    assert [row.id for row in due_recalls(ctx, within_days=30).rows] == [
        overdue.id,
        month_end.id,
        april.id,
    ]
    assert [row.id for row in due_recalls(ctx, within_days=0).rows] == [overdue.id]

    called = record_recall_attempt(ctx, overdue.id, note="no answer")
    assert (called.attempts, called.last_attempt_on, called.hidden_until) == (
        1,
        date(2026, 3, 2),
        date(2026, 3, 9),  # the annual review hides for 7 days
    )
    assert called.notes == "no answer"
    assert audit_rows(ctx)[-1][:4] == (
        "recall.attempt",
        overdue.id,
        "ok",
        "attempts,last_attempt_on,notes",
    )
    assert [row.id for row in due_recalls(ctx).rows] == [month_end.id]
    assert [row.id for row in due_recalls(ctx, include_hidden=True).rows] == [
        overdue.id,
        month_end.id,
    ]
    clock.now = at(9, 8)  # the hide days are over
    assert [row.id for row in due_recalls(ctx).rows] == [overdue.id, month_end.id]
    again = record_recall_attempt(ctx, overdue.id)
    assert (again.attempts, again.notes) == (2, "no answer")


def complete(ctx: ServiceContext, appointment_id: str) -> None:
    set_status(ctx, appointment_id, Status.ARRIVED)
    set_status(ctx, appointment_id, Status.COMPLETED)


def test_a_completed_visit_sets_the_next_recall_and_undo_voids_it(
    desk: tuple[ServiceContext, Clock], clinic: SmallClinic
) -> None:
    ctx, clock = desk
    visit = book_appointment(
        ctx, BookingInput(clinic.smith.id, clinic.consult.id, clinic.ana.id, at(2, 10))
    ).appointment
    clock.now = at(2, 10, 5)
    complete(ctx, visit.id)
    [recall] = list_recalls(ctx, patient_id=clinic.smith.id)
    assert (recall.recall_type, recall.due, recall.status) == (
        "6-month check",
        date(2026, 9, 2),
        "open",
    )
    assert ("recall.add", recall.id, "completed") in [row[:3] for row in audit_rows(ctx)]
    undo_last_status(ctx, visit.id)
    assert list_recalls(ctx, patient_id=clinic.smith.id) == []
    [voided] = list_recalls(ctx, patient_id=clinic.smith.id, include_ended=True)
    assert (voided.id, voided.status) == (recall.id, "void")


def test_a_visit_of_an_unlinked_type_sets_no_recall(
    desk: tuple[ServiceContext, Clock], clinic: SmallClinic
) -> None:
    ctx, clock = desk
    from clinicdesk.services import catalog

    other = catalog.add_type(ctx, name="Dressing", duration_minutes=20, specialties=[])
    visit = book_appointment(
        ctx, BookingInput(clinic.smith.id, other.id, clinic.ana.id, at(2, 10))
    ).appointment
    clock.now = at(2, 10, 5)
    complete(ctx, visit.id)
    assert list_recalls(ctx, patient_id=clinic.smith.id) == []


def test_booking_the_linked_type_closes_the_recall_in_the_same_transaction(
    desk: tuple[ServiceContext, Clock], clinic: SmallClinic
) -> None:
    ctx, _ = desk
    check = add_recall(ctx, RecallInput(clinic.smith.id, "6-month check", date(2026, 3, 1)))
    review = add_recall(ctx, RecallInput(clinic.smith.id, "Annual review", date(2026, 3, 1)))
    other = add_recall(ctx, RecallInput(clinic.jones.id, "6-month check", date(2026, 3, 1)))
    booked = book_appointment(
        ctx, BookingInput(clinic.smith.id, clinic.consult.id, clinic.ana.id, at(4, 10))
    ).appointment
    open_ids = {row.id for row in list_recalls(ctx)}
    assert open_ids == {review.id, other.id}
    ended = {
        row.id: row.status
        for row in list_recalls(ctx, patient_id=clinic.smith.id, include_ended=True)
    }
    assert ended == {check.id: "closed", review.id: "open"}
    assert ("recall.close", check.id, "booked") in [row[:3] for row in audit_rows(ctx)]
    assert booked.patient_id == clinic.smith.id


def test_a_refused_booking_leaves_the_recall_open(
    desk: tuple[ServiceContext, Clock], clinic: SmallClinic
) -> None:
    ctx, _ = desk
    book_appointment(
        ctx, BookingInput(clinic.jones.id, clinic.consult.id, clinic.ana.id, at(4, 10))
    )
    check = add_recall(ctx, RecallInput(clinic.smith.id, "6-month check", date(2026, 3, 1)))
    with pytest.raises(ClinicError):
        book_appointment(
            ctx, BookingInput(clinic.smith.id, clinic.consult.id, clinic.ana.id, at(4, 10))
        )
    assert [row.id for row in list_recalls(ctx, patient_id=clinic.smith.id)] == [check.id]


def test_roles(desk: tuple[ServiceContext, Clock], clinic: SmallClinic) -> None:
    ctx, _ = desk
    desk_ctx = dataclasses.replace(clinic.as_role(Role.RECEPTIONIST), clock=ctx.clock)
    made = add_recall(desk_ctx, RecallInput(clinic.smith.id, "Annual review", date(2026, 3, 5)))
    assert [row.id for row in due_recalls(desk_ctx).rows] == [made.id]
    record_recall_attempt(desk_ctx, made.id)
    with pytest.raises(PermissionDeniedError):
        add_recall_type(desk_ctx, RecallTypeInput("Eye check", "1y"))
    provider = clinic.as_role(Role.PROVIDER)
    with pytest.raises(PermissionDeniedError):
        add_recall(provider, RecallInput(clinic.smith.id, "Annual review"))
    admin = clinic.as_role(Role.ADMIN)
    with pytest.raises(PermissionDeniedError):
        due_recalls(admin)
    assert [kind.name for kind in list_recall_types(admin)] == ["6-month check", "Annual review"]


def test_the_recall_list_prints_and_exports_through_the_guarded_writer(
    desk: tuple[ServiceContext, Clock],
    clinic: SmallClinic,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    ctx, _ = desk
    wang = add_patient(ctx, "芳", "王")
    add_recall(ctx, RecallInput(clinic.smith.id, "6-month check", date(2026, 2, 1)))
    add_recall(ctx, RecallInput(wang.id, "Annual review", date(2026, 3, 20)))
    hidden = add_recall(ctx, RecallInput(clinic.jones.id, "Annual review", date(2026, 3, 3)))
    record_recall_attempt(ctx, hidden.id)
    pages, text = pdf_text(print_recall_list(ctx))
    assert pages == 1
    assert "Recall list" in text
    assert "Overdue, and due by 31 Mar 2026" in text
    assert "2 patient(s) due" in text
    assert "J. Smith" in text and "2026-02-01" in text and "overdue" in text
    assert "王" in text and "Annual review" in text
    assert "M. Jones" not in text  # hidden after the attempt
    _, with_hidden = pdf_text(print_recall_list(ctx, include_hidden=True))
    assert "M. Jones" in with_hidden and "1, last 2026-03-02" in " ".join(with_hidden.split())
    assert audit_rows(ctx)[-1][:3] == ("print.recall_list", "2026-03-02/2026-03-31", "ok")

    out = tmp_path_factory.mktemp("out")
    written = save_recall_list(ctx, out / "recalls.csv", within_days=30)
    lines = written.read_text("utf-8-sig").splitlines()
    assert lines[0] == "patient,phones,recall,due,state,attempts,last attempt,hidden until"
    assert lines[1].startswith("J. Smith,,6-month check,2026-02-01,overdue,0,")
    assert len(lines) == 3
    assert audit_rows(ctx)[-1][:2] == ("export.recall_list", "2026-03-02/2026-04-01")
    pdf = save_recall_list(ctx, out / "recalls.pdf")
    assert pdf_text(pdf.read_bytes())[0] == 1
    rows_before = len(audit_rows(ctx))
    with pytest.raises(ValidationError):
        save_recall_list(ctx, out / "recalls.csv")  # exists: not replaced without asking
    with pytest.raises(ValidationError):
        save_recall_list(ctx, out / "recalls.txt")
    assert len(audit_rows(ctx)) == rows_before
    assert len(written.read_text("utf-8-sig").splitlines()) == 3


def test_hostile_windows_for_the_printout_change_nothing(
    desk: tuple[ServiceContext, Clock], tmp_path_factory: pytest.TempPathFactory
) -> None:
    ctx, _ = desk
    out = tmp_path_factory.mktemp("out")
    rows_before = len(audit_rows(ctx))
    for days in (-1, 3651, 10**12):
        with pytest.raises(ValidationError):
            save_recall_list(ctx, out / "r.pdf", within_days=days)
    assert len(audit_rows(ctx)) == rows_before
    assert list(out.iterdir()) == []
