"""The waiting room: today's arrived patients and how long each has waited.

One read, one transaction: today's appointments in the arrived state, their views, and
their histories together (``events_for_many``) for the moment each arrived. The window
asks every minute, so the figure keeps ticking without a call per patient.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from clinicdesk.domain.appointments import AppointmentEvent, Status
from clinicdesk.domain.audit_events import AuditEvent
from clinicdesk.domain.clinic_time import clinic_zone, local_date
from clinicdesk.domain.permissions import Permission
from clinicdesk.domain.status import STATUS_EVENT
from clinicdesk.services.booking_scope import visible_provider
from clinicdesk.services.context import ServiceContext, authorize, reads
from clinicdesk.services.lookups import require_clinic
from clinicdesk.services.schedule_window import days_span
from clinicdesk.services.views import AppointmentView, appointment_views

EVENT = AuditEvent.SCHEDULE_WAITING_ROOM


@dataclass(frozen=True, slots=True)
class WaitingPatient:
    """One arrived patient in the waiting room."""

    appointment: AppointmentView
    arrived_at: datetime
    minutes_waited: int
    over_threshold: bool


@dataclass(frozen=True, slots=True)
class WaitingRoom:
    time_zone: str  # the clinic's, for showing times on its wall clock
    waiting: tuple[WaitingPatient, ...]  # longest waiting first


def _arrived_at(appointment: AppointmentView, history: list[AppointmentEvent]) -> datetime:
    arrivals = [
        e.at for e in history if e.kind == STATUS_EVENT and e.new_value == Status.ARRIVED.value
    ]
    return arrivals[-1] if arrivals else appointment.start


@reads
def waiting_room(ctx: ServiceContext, threshold_minutes: int) -> WaitingRoom:
    """Today's arrived patients, longest waiting first; those waiting ``threshold_minutes``
    or more are flagged. A provider sees their own patients only."""
    authorize(ctx, Permission.VIEW_SCHEDULE, EVENT)
    own = visible_provider(ctx, EVENT, None)
    provider_ids = [own] if own else None
    now = ctx.now()
    with ctx.read() as uow:
        settings = require_clinic(uow)
        today = local_date(now, clinic_zone(settings.time_zone))
        start, end = days_span(today, today, settings)
        arrived = [
            a
            for a in uow.appointments.between(start, end, provider_ids=provider_ids)
            if a.status is Status.ARRIVED
        ]
        views = appointment_views(uow, arrived)
        histories = uow.appointments.events_for_many(a.id for a in arrived)
    waiting = []
    for view in views:
        arrived_at = _arrived_at(view, histories.get(view.id, []))
        minutes = max(0, int((now - arrived_at).total_seconds() // 60))
        waiting.append(WaitingPatient(view, arrived_at, minutes, minutes >= threshold_minutes))
    waiting.sort(key=lambda w: w.arrived_at)
    return WaitingRoom(settings.time_zone, tuple(waiting))
