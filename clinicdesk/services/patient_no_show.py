"""The history behind a patient's no-show score, for the patient record: past visits,
missed ones, late cancellations, the recent rate, and the next visit's score with its
reasons in words. Read inside the record's own transaction (``patients.show_patient``).

The score helps the desk plan calls and reminders; it never limits the care a patient
is booked for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from clinicdesk.analytics import no_show_model as model_lib
from clinicdesk.domain.appointments import Appointment, Status
from clinicdesk.domain.no_show_features import RECENT_DAYS, outcome
from clinicdesk.services import no_show_risk
from clinicdesk.services.ports import UnitOfWork


@dataclass(frozen=True, slots=True)
class PatientNoShowHistory:
    past_visits: int  # visits the patient came to or missed
    missed: int
    late_cancellations: int
    recent_visits: int  # the same over the last RECENT_DAYS days
    recent_missed: int
    next_start: datetime | None  # the next visit still expected (None: none booked)
    next_probability: float | None  # its no-show chance (None: none visible to score)
    reasons: tuple[str, ...]  # why, in words, strongest first
    basis: str  # "logistic", or "patient_rate" with too little history for a model

    @property
    def recent_rate(self) -> float | None:
        return self.recent_missed / self.recent_visits if self.recent_visits else None


def patient_no_show_history(
    uow: UnitOfWork,
    patient_id: str,
    zone: ZoneInfo,
    now: datetime,
    visible: Callable[[list[Appointment]], list[Appointment]],
) -> PatientNoShowHistory | None:
    """None while the manager has no-show prediction switched off. ``visible`` keeps the
    appointments the signed-in account may see (the own-bookings row rule)."""
    if not no_show_risk.prediction_enabled(uow):
        return None
    visits = uow.appointments.for_patient(patient_id)
    judged = [(a, outcome(a.status)) for a in visits if a.start < now and not a.deleted]
    judged = [(a, missed) for a, missed in judged if missed is not None]
    recent_from = now - timedelta(days=RECENT_DAYS)
    recent = [(a, missed) for a, missed in judged if a.start >= recent_from]
    expected = sorted(
        (
            a
            for a in visits
            if a.start >= now and not a.deleted and a.status in (Status.BOOKED, Status.CONFIRMED)
        ),
        key=lambda a: a.start,
    )
    shown = visible(expected[:1])
    probability: float | None = None
    reasons: tuple[str, ...] = ()
    basis = model_lib.PATIENT_RATE
    if shown:
        (scored,) = no_show_risk.score_appointments(uow, shown, zone)
        probability, reasons, basis = scored.probability, scored.reasons, scored.basis
    return PatientNoShowHistory(
        past_visits=len(judged),
        missed=sum(1 for _, missed in judged if missed),
        late_cancellations=sum(1 for a in visits if a.late_cancel and a.start < now),
        recent_visits=len(recent),
        recent_missed=sum(1 for _, missed in recent if missed),
        next_start=expected[0].start if expected else None,
        next_probability=probability,
        reasons=reasons,
        basis=basis,
    )
