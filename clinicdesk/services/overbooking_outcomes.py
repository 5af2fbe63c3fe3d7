"""How guided overbooking turned out: per provider session, what the guide suggests, the
extras booked from its suggestions, whether each extra came, whether the booking it
doubled was missed, and the overtime the session would have run.

An extra booked from a suggestion is known by its override reason (it starts with
``GUIDED_REASON_PREFIX``); the booking it doubled is the provider's other booking at the
same time. Suggestions are not stored (they are advice worked out on demand), so the
suggested count is the guide's count for the session's bookings as they stand, with the
model and policy of today. Overtime is the session replayed with what happened (patients
seen in booked order, a visit taking its booked length): the clinic does not record when
a visit ends.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from clinicdesk.analytics.overbooking_simulation import ReplayVisit, replay
from clinicdesk.domain.appointments import Appointment, Status
from clinicdesk.domain.audit_events import AuditEvent
from clinicdesk.domain.availability import working_intervals
from clinicdesk.domain.clinic_time import clinic_zone
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.no_show_features import outcome
from clinicdesk.domain.overbooking_guide import (
    DEFAULT_THRESHOLD,
    GUIDED_REASON_PREFIX,
    OverbookingPolicy,
    PolicyMode,
    extras_due,
)
from clinicdesk.domain.permissions import Permission
from clinicdesk.services import no_show_risk
from clinicdesk.services.context import ServiceContext, authorize, reads, record_read
from clinicdesk.services.lookups import require_clinic
from clinicdesk.services.ports import UnitOfWork
from clinicdesk.services.schedule_window import days_span

MAX_DAYS = 366


@dataclass(frozen=True, slots=True)
class SessionOutcome:
    day: date
    provider_id: str
    provider_name: str
    session_start: datetime
    session_end: datetime
    suggested: int  # extras the guide suggests for the session's bookings
    booked: int  # extras booked from its suggestions
    extra_came: int
    original_missed: int  # bookings doubled by an extra that were missed
    overtime_minutes: int  # the session replayed with what happened


@dataclass(frozen=True, slots=True)
class OutcomeTotals:
    sessions: int
    suggested: int
    booked: int
    extra_came: int
    original_missed: int
    overtime_minutes: int


def is_guided_extra(appointment: Appointment) -> bool:
    return appointment.override_reason.startswith(GUIDED_REASON_PREFIX)


def _minutes(later: datetime, earlier: datetime) -> int:
    return int((later - earlier).total_seconds() // 60)


def session_outcomes(uow: UnitOfWork, first: date, last: date) -> list[SessionOutcome]:
    """Every provider session in [first, last] with a suggestion or a guided extra."""
    settings = require_clinic(uow)
    zone = clinic_zone(settings.time_zone)
    start, end = days_span(first, last, settings)
    # Cancelled visits left the session; no-shows stay (their place stood empty).
    visits = [
        a
        for a in uow.appointments.between(start, end)
        if not a.deleted and a.start >= start and a.status is not Status.CANCELLED
    ]
    enabled = no_show_risk.prediction_enabled(uow)
    policies = no_show_risk.overbooking_policies(uow) if enabled else {}
    plain = [a for a in visits if not is_guided_extra(a)]
    risks = (
        {r.appointment.id: r.probability for r in no_show_risk.score_appointments(uow, plain, zone)}
        if enabled
        else {}
    )
    providers = {p.id: p for p in uow.providers.list()}
    by_provider: dict[str, list[Appointment]] = defaultdict(list)
    for a in visits:
        by_provider[a.provider_id].append(a)
    ids = sorted(by_provider)
    hours = uow.schedules.hours_for(ids)
    exceptions = uow.schedules.exceptions_between(first, last, ids)
    rows: list[SessionOutcome] = []
    for provider_id in ids:
        policy = policies.get(provider_id, OverbookingPolicy()) if enabled else None
        mine = by_provider[provider_id]
        days = sorted({a.start.astimezone(zone).date() for a in mine})
        for day in days:
            for session in working_intervals(
                day,
                [h for h in hours if h.provider_id == provider_id],
                [e for e in exceptions if e.provider_id == provider_id],
                settings,
            ):
                inside = sorted(
                    (a for a in mine if session.start <= a.start < session.end),
                    key=lambda a: (a.start, is_guided_extra(a)),
                )
                row = _session_row(
                    day,
                    session.start,
                    end=session.end,
                    inside=inside,
                    risks=risks,
                    policy=policy,
                )
                if row is not None:
                    name = providers[provider_id].display_name if provider_id in providers else ""
                    rows.append(replace(row, provider_id=provider_id, provider_name=name))
    return sorted(rows, key=lambda r: (r.session_start, r.provider_name))


def _session_row(
    day: date,
    start: datetime,
    *,
    end: datetime,
    inside: list[Appointment],
    risks: dict[str, float],
    policy: OverbookingPolicy | None,
) -> SessionOutcome | None:
    extras = [a for a in inside if is_guided_extra(a)]
    plain = [a for a in inside if not is_guided_extra(a)]
    expected = sum(risks.get(a.id, 0.0) for a in plain)
    suggested = (
        extras_due(expected, DEFAULT_THRESHOLD, policy.max_extra)
        if policy is not None and policy.mode is PolicyMode.SUGGEST
        else 0
    )
    if not extras and not suggested:
        return None
    doubled = {a.start: a for a in plain}
    missed = sum(
        1
        for extra in extras
        if extra.start in doubled and doubled[extra.start].status is Status.NO_SHOW
    )
    replayed = replay(
        [
            ReplayVisit(
                _minutes(a.start, start),
                max(1, _minutes(a.end, a.start)),
                outcome(a.status) is not True,
                extra=is_guided_extra(a),
            )
            for a in inside
        ],
        _minutes(end, start),
    )
    return SessionOutcome(
        day=day,
        provider_id="",
        provider_name="",
        session_start=start,
        session_end=end,
        suggested=suggested,
        booked=len(extras),
        extra_came=sum(1 for a in extras if outcome(a.status) is False),
        original_missed=missed,
        overtime_minutes=replayed.overtime_minutes,
    )


def totals(rows: list[SessionOutcome]) -> OutcomeTotals:
    return OutcomeTotals(
        sessions=len(rows),
        suggested=sum(r.suggested for r in rows),
        booked=sum(r.booked for r in rows),
        extra_came=sum(r.extra_came for r in rows),
        original_missed=sum(r.original_missed for r in rows),
        overtime_minutes=sum(r.overtime_minutes for r in rows if r.booked),
    )


@reads
def overbooking_outcomes(ctx: ServiceContext, first: date, last: date) -> list[SessionOutcome]:
    """How guided overbooking turned out over the clinic days [first, last]."""
    authorize(ctx, Permission.PREDICT_NO_SHOWS, AuditEvent.OVERBOOK_OUTCOMES)
    if last < first:
        raise ValidationError(tr("overbooking outcomes", "The last day is before the first."))
    if (last - first) >= timedelta(days=MAX_DAYS):
        raise ValidationError(tr(
            "overbooking outcomes",
            "Look at most {MAX_DAYS} days at a time.",
        ).format(MAX_DAYS=MAX_DAYS))
    record_read(
        ctx,
        AuditEvent.OVERBOOK_OUTCOMES,
        object_type="days",
        object_id=f"{first.isoformat()}/{last.isoformat()}",
    )
    with ctx.read() as uow:
        return session_outcomes(uow, first, last)
