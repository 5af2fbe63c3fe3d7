"""The recall list on paper and as a CSV, through the guarded writer.

Each job reads the due list and records its audit row in one short transaction (the
row names the window, never a patient), then renders outside it.
"""

from __future__ import annotations

from pathlib import Path

from clinicdesk.domain.audit_events import AuditEvent
from clinicdesk.domain.clinic_time import clinic_zone
from clinicdesk.domain.permissions import Permission
from clinicdesk.domain.recall import check_within_days
from clinicdesk.interop.csv_export import csv_bytes
from clinicdesk.interop.files import OutputKind, OutputRequest, check_user_file, write_user_file
from clinicdesk.printing.models import RecallSheet, RecallSheetRow
from clinicdesk.services.context import ServiceContext, authorize, writes
from clinicdesk.services.lookups import require_clinic
from clinicdesk.services.recalls import DueRecalls, due_in_uow, recall_table


def _load(
    ctx: ServiceContext, event: AuditEvent, within_days: int | None, include_hidden: bool
) -> tuple[DueRecalls, str, str]:
    """(the due list, the clinic's name, its time zone), with the job's audit row."""
    if within_days is not None:
        check_within_days(within_days)
    # Whoever may see the due list may print it: patients due, not bookings.
    authorize(ctx, Permission.VIEW_PATIENTS, event)
    with ctx.write() as uow:
        clinic = require_clinic(uow)
        listing = due_in_uow(uow, ctx, within_days, include_hidden)
        uow.audit.record(
            ctx.actor,
            event,
            object_type="days",
            object_id=f"{listing.today.isoformat()}/{listing.last_day.isoformat()}",
        )
        uow.commit()
    return listing, clinic.name, clinic.time_zone


@writes
def recall_sheet(
    ctx: ServiceContext, *, within_days: int | None = None, include_hidden: bool = False
) -> RecallSheet:
    listing, clinic_name, zone = _load(
        ctx, AuditEvent.PRINT_RECALL_LIST, within_days, include_hidden
    )
    return RecallSheet(
        clinic_name=clinic_name,
        today=listing.today,
        last_day=listing.last_day,
        printed_at=ctx.now().astimezone(clinic_zone(zone)),
        rows=tuple(
            RecallSheetRow(
                patient_name=row.patient_name,
                birth_date=row.birth_date,
                phones="; ".join(row.phones),
                recall_type=row.recall_type,
                due=row.due,
                state=row.state,
                attempts=row.attempts,
                last_attempt_on=row.last_attempt_on,
            )
            for row in listing.rows
        ),
    )


@writes
def print_recall_list(
    ctx: ServiceContext, *, within_days: int | None = None, include_hidden: bool = False
) -> bytes:
    """The recall list as PDF bytes."""
    from clinicdesk.printing.recall_list import render_recall_list

    return render_recall_list(
        recall_sheet(ctx, within_days=within_days, include_hidden=include_hidden)
    )


@writes
def save_recall_list(
    ctx: ServiceContext,
    path: Path,
    *,
    within_days: int | None = None,
    include_hidden: bool = False,
    overwrite: bool = False,
) -> Path:
    """Write the recall list to ``path``: a PDF or, for a ``.csv`` name, a CSV."""
    is_csv = Path(path).suffix.lower() == ".csv"
    request = OutputRequest(Path(path), OutputKind.CSV if is_csv else OutputKind.PDF, overwrite)
    check_user_file(request, ctx.protected_folders)
    if is_csv:
        listing, _, _ = _load(ctx, AuditEvent.EXPORT_RECALL_LIST, within_days, include_hidden)
        columns, rows = recall_table(listing.rows)
        data = csv_bytes(columns, rows)
    else:
        data = print_recall_list(ctx, within_days=within_days, include_hidden=include_hidden)
    return write_user_file(request, data, ctx.protected_folders)
