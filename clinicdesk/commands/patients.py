"""``clinicdesk patient add|search|show``: register, find and read patient records."""

from __future__ import annotations

import argparse
from typing import Any

from clinicdesk.commands import SubParsers
from clinicdesk.commands.context import CommandContext
from clinicdesk.commands.output import table
from clinicdesk.commands.parsing import bounded_int
from clinicdesk.commands.session import open_session
from clinicdesk.domain.clinic_time import clinic_zone, format_wall
from clinicdesk.domain.i18n import tr
from clinicdesk.services.patients import (
    MAX_SEARCH_RESULTS,
    PatientRecord,
    PatientSummary,
    Registration,
    parse_birth_date,
    register_patient,
    search_patients,
    show_patient,
)

DEFAULT_SEARCH_LIMIT = 20
HISTORY_LINES = 10


def register(subparsers: SubParsers) -> None:
    group = subparsers.add_parser("patient", help="register, search and show patients")
    actions = group.add_subparsers(title="actions", dest="action", metavar="ACTION", required=True)

    add = actions.add_parser(
        "add",
        help="register a patient; prints the new id",
        description="Register a patient. If one with the same family name and date of "
        "birth, or the same phone number, exists, nothing is saved and the possible "
        "duplicates are listed: check them, then repeat with --confirm-duplicate.",
    )
    add.add_argument("--given", required=True, help="given (first) name")
    add.add_argument("--family", required=True, help="family name (surname)")
    add.add_argument("--birth-date", required=True, metavar="DATE", help="YYYY-MM-DD or DD/MM/YYYY")
    add.add_argument(
        "--phone",
        action="append",
        default=[],
        metavar="NUMBER",
        help="a phone number (repeat for more); without a country code it is read in "
        "the clinic's country",
    )
    add.add_argument("--email", default="", help="email address")
    add.add_argument("--preferred-name", default="", metavar="NAME", help="name they go by")
    add.add_argument(
        "--confirm-duplicate",
        action="store_true",
        help="register even though a possible duplicate exists",
    )
    add.set_defaults(handler=add_command)

    search = actions.add_parser(
        "search",
        help="find patients by name, phone digits or date of birth",
        description="Find patients: any part of a name (accents and case ignored), "
        "phone digits, or a date of birth as YYYY-MM-DD or DD/MM/YYYY.",
    )
    search.add_argument("text", metavar="TEXT", help="what to look for")
    search.add_argument(
        "--limit",
        type=bounded_int(1, MAX_SEARCH_RESULTS),
        default=DEFAULT_SEARCH_LIMIT,
        metavar="N",
        help=f"at most N patients (default {DEFAULT_SEARCH_LIMIT})",
    )
    search.set_defaults(handler=search_command)

    show = actions.add_parser("show", help="one patient's record with appointment history")
    show.add_argument("patient_id", metavar="ID")
    show.set_defaults(handler=show_command)

    consent = actions.add_parser("consent", help="record consent to reminders per channel")
    consent.add_argument("patient_id", metavar="ID")
    consent.add_argument("--sms", choices=["yes", "no"])
    consent.add_argument("--email", choices=["yes", "no"])
    consent.add_argument(
        "--language", metavar="CODE", help="language of messages (de, pt-BR; '' = the clinic's)"
    )
    consent.set_defaults(handler=consent_command)


def _summary_json(patient: PatientSummary) -> dict[str, Any]:
    return {
        "id": patient.id,
        "given": patient.given,
        "family": patient.family,
        "birth_date": patient.birth_date,
        "phones": list(patient.phones),
        "preferred_name": patient.preferred_name,
        "email": patient.email,
    }


def _rows(patients: list[PatientSummary]) -> list[tuple[str, ...]]:
    return [
        (p.display_name, f"{p.birth_date:%d/%m/%Y}", ", ".join(p.phones), p.id) for p in patients
    ]


def add_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    birth_date = parse_birth_date(args.birth_date)
    with open_session(ctx) as services:
        result: Registration = register_patient(
            services,
            given=args.given,
            family=args.family,
            birth_date=birth_date,
            phones=args.phone,
            email=args.email,
            preferred_name=args.preferred_name,
            confirm_duplicates=args.confirm_duplicate,
        )
    duplicates = [_summary_json(p) for p in result.possible_duplicates]
    if result.patient is None:
        document = {"registered": False, "possible_duplicates": duplicates}
        human = tr(
            "patients command",
            "Not registered: these patients may be the same person.\n{table}\nIf this is a "
            "different person, repeat with --confirm-duplicate.",
        ).format(
            table=table(
                _rows(list(result.possible_duplicates)),
                (
                    tr("patients command", "name"),
                    tr("patients command", "born"),
                    tr("patients command", "phones"),
                    tr("patients command", "id"),
                ),
            ),
        )
        ctx.emit(document, human)
        return 1
    document = {"registered": True, **_summary_json(result.patient)}
    document["possible_duplicates"] = duplicates
    ctx.emit(document, result.patient.id)
    return 0


def search_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    with open_session(ctx) as services:
        found = search_patients(services, args.text, args.limit)
    human = table(
        _rows(found),
        (
            tr("patients command", "name"),
            tr("patients command", "born"),
            tr("patients command", "phones"),
            tr("patients command", "id"),
        ),
    ) or tr("patients command", "No patient found.")
    ctx.emit([_summary_json(p) for p in found], human)
    return 0


def _record_json(record: PatientRecord) -> dict[str, Any]:
    def appointment(view: Any) -> dict[str, Any]:
        return {
            "id": view.id,
            "patient_id": view.patient_id,
            "provider_id": view.provider_id,
            "provider": view.provider_name,
            "type": view.type,
            "start": view.start,
            "end": view.end,
            "status": view.status,
            "urgency": view.urgency,
            "late_cancel": view.late_cancel,
        }

    return {
        "id": record.id,
        "given": record.given,
        "family": record.family,
        "birth_date": record.birth_date,
        "phones": list(record.phones),
        "preferred_name": record.preferred_name,
        "sex": record.sex,
        "email": record.email,
        "address": record.address,
        "contact_channel": record.contact_channel,
        "reminder_consent": record.reminder_consent,
        "insurance": record.insurance,
        "alerts": record.alerts,
        "mrn": record.mrn,
        "counts": record.counts,
        "upcoming": [appointment(v) for v in record.upcoming],
        "history": [appointment(v) for v in record.history],
    }


def _record_text(record: PatientRecord) -> str:
    zone = clinic_zone(record.time_zone)
    counts = record.counts
    lines = [
        record.display_name,
        f"  born {record.birth_date:%d/%m/%Y}   id {record.id}"
        + (f"   MRN {record.mrn}" if record.mrn else ""),
        f"  phones: {', '.join(record.phones) or '-'}   email: {record.email or '-'}",
    ]
    if record.alerts:
        lines.append(f"  ALERT: {record.alerts}")
    lines.append(
        tr(
            "patients command",
            "  appointments: {total} ({completed} completed, {no_shows} no-shows, {cancelled} "
            "cancelled of which {late_cancellations} late, {upcoming} upcoming)",
        ).format(
            total=counts.total,
            completed=counts.completed,
            no_shows=counts.no_shows,
            cancelled=counts.cancelled,
            late_cancellations=counts.late_cancellations,
            upcoming=counts.upcoming,
        )
    )
    for title, views in (("Upcoming", record.upcoming), ("Recent", record.history)):
        if views:
            lines.append(f"{title}:")
            lines.extend(
                f"  {v.start.astimezone(zone):%d/%m/%Y} {format_wall(v.start, zone)}  "
                f"{v.type}, {v.provider_name}  [{v.status_label}]"
                for v in views[:HISTORY_LINES]
            )
    return "\n".join(lines)


def show_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    with open_session(ctx) as services:
        record = show_patient(services, args.patient_id)
    ctx.emit(_record_json(record), lambda _value: _record_text(record))
    return 0


def consent_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.services.messages import set_consent

    def flag(value: str | None) -> bool | None:
        return None if value is None else value == "yes"

    with open_session(ctx) as services:
        state = set_consent(
            services,
            args.patient_id,
            sms=flag(args.sms),
            email=flag(args.email),
            language=args.language,
        )
    text = ", ".join(
        f"{key}: {value or 'clinic'}"
        if isinstance(value, str)
        else f"{key}: {'yes' if value else 'no'}"
        for key, value in state.items()
    )
    ctx.emit({"patient_id": args.patient_id, **state}, tr(
        "patients command",
        "Reminder consent now {text}.",
    ).format(text=text))
    return 0
