"""Recall (follow-ups): recall types, patients' recalls, the due list and call attempts.

The rules (intervals, month ends, hiding after an attempt, closing) are in
``domain/recall.py``; the hooks that set a recall when a visit is completed and close
one when the patient books are in ``services/recall_hooks.py``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from clinicdesk.domain.audit_events import AuditEvent
from clinicdesk.domain.clinic_time import clinic_zone, local_date
from clinicdesk.domain.date_policy import check_clinic_day
from clinicdesk.domain.errors import NotFoundError, ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.ids import new_id
from clinicdesk.domain.permissions import Permission
from clinicdesk.domain.recall import (
    Recall,
    RecallStatus,
    RecallType,
    add_interval,
    check_hide_days,
    check_within_days,
    due_list,
    due_state,
    hidden_until,
    parse_interval,
    record_attempt,
    window_end,
)
from clinicdesk.domain.text_policy import TextKind, check_text
from clinicdesk.services.changes import require_text
from clinicdesk.services.context import ServiceContext, authorize, reads, record_read, writes
from clinicdesk.services.lookups import require_clinic, require_patient, resolve_type
from clinicdesk.services.ports import UnitOfWork
from clinicdesk.services.waitlist import UNKNOWN, phone_lines

MAX_LISTED = 5000


@dataclass(frozen=True, slots=True)
class RecallTypeInput:
    name: str
    interval: str  # "6m", "1y", "6 weeks"
    type: str = ""  # appointment type id or name whose completion sets it; "" = by hand
    hide_days: int = 14


@dataclass(frozen=True, slots=True)
class RecallTypeView:
    id: str
    name: str
    interval: str  # "6 months"
    interval_count: int
    interval_unit: str
    type_id: str | None
    type_name: str  # "" when set by hand only
    hide_days: int


@dataclass(frozen=True, slots=True)
class RecallInput:
    patient_id: str
    recall_type: str  # id or name
    due: date | None = None  # None: one interval from today
    notes: str = ""


@dataclass(frozen=True, slots=True)
class RecallView:
    id: str
    patient_id: str
    patient_name: str
    phones: tuple[str, ...]
    recall_type_id: str
    recall_type: str
    due: date
    status: str  # open | closed | void
    state: str  # overdue | due | later (for open recalls), else ""
    attempts: int
    last_attempt_on: date | None
    hidden_until: date | None
    notes: str = ""
    birth_date: date | None = None


@dataclass(frozen=True, slots=True)
class DueRecalls:
    today: date
    last_day: date
    rows: tuple[RecallView, ...]


def _type_view(kind: RecallType, type_names: dict[str, str]) -> RecallTypeView:
    return RecallTypeView(
        id=kind.id,
        name=kind.name,
        interval=kind.interval.text(),
        interval_count=kind.interval.count,
        interval_unit=kind.interval.unit.value,
        type_id=kind.type_id,
        type_name=type_names.get(kind.type_id, "(removed type)") if kind.type_id else "",
        hide_days=kind.hide_days,
    )


def clinic_today(uow: UnitOfWork, ctx: ServiceContext) -> date:
    return local_date(ctx.now(), clinic_zone(require_clinic(uow).time_zone))


def resolve_recall_type(uow: UnitOfWork, id_or_name: str) -> RecallType:
    """A recall type by id, or by its name ignoring case."""
    kinds = [kind for kind in uow.recalls.types() if kind.active]
    for kind in kinds:
        if kind.id == id_or_name:
            return kind
    wanted = id_or_name.strip().casefold()
    matches = [kind for kind in kinds if kind.name.casefold() == wanted]
    if len(matches) == 1:
        return matches[0]
    known = ", ".join(kind.name for kind in kinds) or "none set up yet"
    raise NotFoundError(
        tr(
            "recalls",
            "No recall type '{id_or_name}' (known recall types: {known}).",
        ).format(id_or_name=id_or_name, known=known)
    )


@writes
def add_recall_type(ctx: ServiceContext, request: RecallTypeInput) -> RecallTypeView:
    """A new recall type: an interval, and optionally the appointment type it follows."""
    authorize(ctx, Permission.MANAGE_CATALOG, AuditEvent.RECALL_TYPE_ADD)
    name = require_text(request.name, "recall type's name")
    interval = parse_interval(request.interval)
    hide_days = check_hide_days(request.hide_days)
    with ctx.write() as uow:
        type_id = resolve_type(uow, request.type).id if request.type.strip() else None
        existing = uow.recalls.types()
        if any(kind.name.casefold() == name.casefold() for kind in existing):
            raise ValidationError(
                tr(
                    "recalls",
                    "A recall type called '{name}' already exists.",
                ).format(name=name)
            )
        if type_id is not None and any(kind.type_id == type_id for kind in existing):
            raise ValidationError(
                tr(
                    "recalls",
                    "Another recall type already follows that appointment type; one completed "
                    "visit sets one recall.",
                )
            )
        kind = RecallType(new_id(), name, interval, ctx.now(), type_id, hide_days)
        uow.recalls.add_type(kind)
        uow.audit.record(
            ctx.actor, AuditEvent.RECALL_TYPE_ADD, object_type="recall_type", object_id=kind.id
        )
        view = _type_view(kind, {t.id: t.name for t in uow.catalog.types()})
        uow.commit()
    return view


@reads
def list_recall_types(ctx: ServiceContext) -> list[RecallTypeView]:
    authorize(ctx, Permission.VIEW_CLINIC_SETUP, AuditEvent.RECALL_TYPE_LIST)
    with ctx.read() as uow:
        names = {t.id: t.name for t in uow.catalog.types()}
        return [_type_view(kind, names) for kind in uow.recalls.types() if kind.active]


def _views(
    uow: UnitOfWork, recalls: Sequence[Recall], today: date, last_day: date
) -> list[RecallView]:
    patients = uow.patients.get_many({recall.patient_id for recall in recalls})
    kinds = {kind.id: kind.name for kind in uow.recalls.types()}
    views = []
    for recall in recalls:
        patient = patients.get(recall.patient_id)
        name, phones = (patient.short_name, phone_lines(patient)) if patient else UNKNOWN
        is_open = recall.status is RecallStatus.OPEN
        views.append(
            RecallView(
                id=recall.id,
                patient_id=recall.patient_id,
                patient_name=name,
                phones=phones,
                recall_type_id=recall.recall_type_id,
                recall_type=kinds.get(recall.recall_type_id, "(removed recall type)"),
                due=recall.due,
                status=recall.status.value,
                state=due_state(recall.due, today, last_day).value if is_open else "",
                attempts=recall.attempts,
                last_attempt_on=recall.last_attempt_on,
                hidden_until=hidden_until(recall) if is_open else None,
                notes=recall.notes,
                birth_date=patient.birth_date if patient else None,
            )
        )
    return views


@writes
def add_recall(ctx: ServiceContext, request: RecallInput) -> RecallView:
    """Set a recall by hand: due on the given day, or one interval from today."""
    authorize(ctx, Permission.BOOK, AuditEvent.RECALL_ADD)
    notes = check_text(request.notes, TextKind.NOTE, "The notes").strip()
    if request.due is not None:
        check_clinic_day(request.due, "The due date")
    with ctx.write() as uow:
        patient = require_patient(uow, request.patient_id)
        kind = resolve_recall_type(uow, request.recall_type)
        today = clinic_today(uow, ctx)
        due = request.due or check_clinic_day(add_interval(today, kind.interval), "The due date")
        for recall in uow.recalls.for_patients([patient.id]):
            if recall.recall_type_id == kind.id and recall.status is RecallStatus.OPEN:
                raise ValidationError(
                    tr(
                        "recalls",
                        "{short_name} already has an open {name} recall due {isoformat}.",
                    ).format(
                        short_name=patient.short_name,
                        name=kind.name,
                        isoformat=recall.due.isoformat(),
                    )
                )
        now = ctx.now()
        recall = Recall(
            id=new_id(),
            patient_id=patient.id,
            recall_type_id=kind.id,
            due=due,
            created_at=now,
            updated_at=now,
            hide_days=kind.hide_days,
            notes=notes,
        )
        uow.recalls.add(recall)
        uow.audit.record(
            ctx.actor, AuditEvent.RECALL_ADD, object_type="recall", object_id=recall.id
        )
        view = _views(uow, [recall], today, today)[0]
        uow.commit()
    return view


@reads
def list_recalls(
    ctx: ServiceContext, *, patient_id: str | None = None, include_ended: bool = False
) -> list[RecallView]:
    """Recalls of one patient (or every open one), soonest due first."""
    authorize(ctx, Permission.VIEW_PATIENTS, AuditEvent.RECALL_LIST)
    record_read(ctx, AuditEvent.RECALL_LIST, object_type="patient", object_id=patient_id or "")
    with ctx.read() as uow:
        today = clinic_today(uow, ctx)
        if patient_id is not None:
            require_patient(uow, patient_id)
            found = uow.recalls.for_patients([patient_id])
        else:
            found = uow.recalls.open_due_by(None)
        if not include_ended:
            found = [recall for recall in found if recall.status is RecallStatus.OPEN]
        return _views(uow, found[:MAX_LISTED], today, today)


@reads
def due_recalls(
    ctx: ServiceContext, *, within_days: int | None = None, include_hidden: bool = False
) -> DueRecalls:
    """The due list: overdue recalls and those due by the month's end (or within N days),
    without patients hidden after a recent attempt unless asked."""
    if within_days is not None:
        check_within_days(within_days)
    authorize(ctx, Permission.VIEW_PATIENTS, AuditEvent.RECALL_DUE)
    record_read(ctx, AuditEvent.RECALL_DUE)
    with ctx.read() as uow:
        return due_in_uow(uow, ctx, within_days, include_hidden)


def due_in_uow(
    uow: UnitOfWork, ctx: ServiceContext, within_days: int | None, include_hidden: bool
) -> DueRecalls:
    """The due list inside the caller's unit of work (the printout and the CSV use it)."""
    today = clinic_today(uow, ctx)
    last_day = window_end(today, within_days)
    found = due_list(
        uow.recalls.open_due_by(last_day), today, last_day, include_hidden=include_hidden
    )
    rows = _views(uow, [item.recall for item in found][:MAX_LISTED], today, last_day)
    return DueRecalls(today, last_day, tuple(rows))


def require_recall(uow: UnitOfWork, recall_id: str) -> Recall:
    recall = uow.recalls.get(recall_id)
    if recall is None:
        raise NotFoundError(
            tr(
                "recalls",
                "No recall with id {recall_id}.",
            ).format(recall_id=recall_id)
        )
    return recall


@writes
def record_recall_attempt(ctx: ServiceContext, recall_id: str, *, note: str = "") -> RecallView:
    """One more attempt to reach the patient (a call): counted, and the patient hidden
    from the due list for the recall's hide days."""
    authorize(ctx, Permission.BOOK, AuditEvent.RECALL_ATTEMPT)
    note = check_text(note, TextKind.NOTE, "The note").strip()
    with ctx.write() as uow:
        before = require_recall(uow, recall_id)
        today = clinic_today(uow, ctx)
        after = record_attempt(before, today, ctx.now())
        if note:
            after = replace(
                after, notes=check_text(_joined(before.notes, note), TextKind.NOTE, "The notes")
            )
        uow.recalls.update(after)
        uow.audit.record(
            ctx.actor,
            AuditEvent.RECALL_ATTEMPT,
            object_type="recall",
            object_id=after.id,
            fields=_fields(before, after),
        )
        view = _views(uow, [after], today, today)[0]
        uow.commit()
    return view


def _joined(notes: str, note: str) -> str:
    return f"{notes}\n{note}" if notes else note


def _fields(before: Recall, after: Recall) -> list[str]:
    names = ("attempts", "last_attempt_on", "notes", "status", "due")
    return [name for name in names if getattr(before, name) != getattr(after, name)]


def recall_table(rows: Iterable[RecallView]) -> tuple[list[str], list[list[object]]]:
    """The due list as columns and rows for a CSV (phones joined, dates as dates)."""
    columns = [
        "patient",
        "phones",
        "recall",
        "due",
        "state",
        "attempts",
        "last attempt",
        "hidden until",
    ]
    body: list[list[object]] = [
        [
            row.patient_name,
            "; ".join(row.phones),
            row.recall_type,
            row.due,
            row.state,
            row.attempts,
            row.last_attempt_on,
            row.hidden_until,
        ]
        for row in rows
    ]
    return columns, body
