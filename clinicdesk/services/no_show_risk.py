"""No-show risk: train and evaluate the clinic's own model, score appointments, suggest
guided overbooking, and the manager's switch and per-provider policy.

Features come from ``domain/no_show_features.py`` (booking-time information only); the
model is ``analytics/no_show_model.py``. The model and everything it was trained on stay
inside the encrypted store: nothing is written to a file or sent anywhere.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from clinicdesk.analytics import no_show_model as model_lib
from clinicdesk.domain.appointments import Appointment, Status
from clinicdesk.domain.audit_events import AuditEvent
from clinicdesk.domain.availability import working_intervals
from clinicdesk.domain.clinic_time import clinic_zone, day_bounds
from clinicdesk.domain.date_policy import FIRST_CLINIC_DAY, LAST_CLINIC_DAY
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.ids import new_id
from clinicdesk.domain.no_show_features import BookingFeatures, Visit, outcome, patient_features
from clinicdesk.domain.overbooking_guide import (
    DEFAULT_THRESHOLD,
    GUIDED_REASON_PREFIX,
    OverbookingPolicy,
    PolicyMode,
    ScoredBooking,
    suggest_for_session,
)
from clinicdesk.domain.permissions import Permission
from clinicdesk.services.booking_scope import keep_visible
from clinicdesk.services.context import ServiceContext, authorize, reads, record_read, writes
from clinicdesk.services.lookups import require_clinic, require_provider
from clinicdesk.services.messages import ConfirmRow, confirm_list
from clinicdesk.services.ports import UnitOfWork
from clinicdesk.services.views import AppointmentView, appointment_views

ENABLED = "enabled"
POLICY_PREFIX = "policy:"
# Time-split evaluation: the latest days before today are scored by a model trained on
# everything earlier.
DEFAULT_TEST_DAYS = 90
_EARLIEST = datetime.combine(FIRST_CLINIC_DAY, datetime.min.time(), tzinfo=UTC)
_LATEST = datetime.combine(LAST_CLINIC_DAY, datetime.max.time(), tzinfo=UTC)
SWITCHED_OFF = (
    "No-show prediction is switched off; a manager turns it on with "
    "`clinicdesk risk settings --on`."
)


@dataclass(frozen=True, slots=True)
class AppointmentRisk:
    appointment: AppointmentView
    probability: float
    reasons: tuple[str, ...]
    basis: str  # "logistic" or "patient_rate"


@dataclass(frozen=True, slots=True)
class TrainingSummary:
    basis: str
    n_train: int
    no_show_rate: float
    note: str  # why it fell back to the patient's own rate (empty when it did not)
    trained_at: datetime


@dataclass(frozen=True, slots=True)
class NoShowSettings:
    enabled: bool
    policies: dict[str, OverbookingPolicy]  # by provider id; absent: the default
    trained_at: datetime | None
    basis: str | None
    n_train: int | None = None  # past visits the model in use was trained on
    model_bytes: int | None = None  # its size as kept in the store


@dataclass(frozen=True, slots=True)
class OverbookingSuggestion:
    provider_id: str
    provider_name: str
    session_start: datetime
    session_end: datetime
    start: datetime
    end: datetime
    expected_no_shows: float
    beside: AppointmentView
    probability: float
    reason: str  # the override reason to book it with


def _visit(appointment: Appointment) -> Visit:
    return Visit(
        id=appointment.id,
        start=appointment.start,
        booked_at=appointment.created_at,
        status=appointment.status,
        provider_id=appointment.provider_id,
        type_id=appointment.type_id,
        late_cancel=appointment.late_cancel,
        confirmed=True if appointment.status is Status.CONFIRMED else None,
    )


def _features(
    uow: UnitOfWork, appointments: Iterable[Appointment], zone: ZoneInfo
) -> dict[str, BookingFeatures]:
    by_patient: dict[str, list[Visit]] = defaultdict(list)
    for appointment in appointments:
        by_patient[appointment.patient_id].append(_visit(appointment))
    patients = uow.patients.get_many(list(by_patient))
    rows: dict[str, BookingFeatures] = {}
    for patient_id, visits in by_patient.items():
        found = patients.get(patient_id)
        born = found.birth_date if found else None
        for row in patient_features(visits, born, zone):
            rows[row.visit_id] = row
    return rows


def _examples(
    uow: UnitOfWork, zone: ZoneInfo, until: datetime
) -> tuple[list[Appointment], dict[str, BookingFeatures]]:
    """Every past appointment with an outcome (in start order) and every row's features."""
    everything = uow.appointments.between(_EARLIEST, until)
    rows = _features(uow, everything, zone)
    judged = sorted(
        (a for a in everything if a.start < until and outcome(a.status) is not None),
        key=lambda a: (a.start, a.id),
    )
    return judged, rows


def _enabled(uow: UnitOfWork) -> bool:
    return uow.no_show.settings().get(ENABLED, "yes") == "yes"


def prediction_enabled(uow: UnitOfWork) -> bool:
    """Whether the manager has no-show prediction on (for services built on it)."""
    return _enabled(uow)


def overbooking_policies(uow: UnitOfWork) -> dict[str, OverbookingPolicy]:
    """Each provider's guided overbooking policy, by provider id (absent: the default)."""
    return _policies(uow.no_show.settings())


def score_appointments(
    uow: UnitOfWork, appointments: Sequence[Appointment], zone: ZoneInfo
) -> list[AppointmentRisk]:
    """Scores of ``appointments`` with the stored model (for services built on it)."""
    return _score_appointments(uow, appointments, zone)


def _require_enabled(uow: UnitOfWork) -> None:
    if not _enabled(uow):
        raise ValidationError(SWITCHED_OFF)


def _model(uow: UnitOfWork) -> dict[str, Any]:
    stored = uow.no_show.latest_model()
    if stored is not None:
        return stored[0]
    return {
        "version": model_lib.MODEL_VERSION,
        "kind": model_lib.PATIENT_RATE,
        "clinic_rate": 0.1,
        "n_train": 0,
        "note": "No model trained yet: scores are each patient's own missed share.",
    }


@writes
def train_no_show_model(ctx: ServiceContext) -> TrainingSummary:
    """Train on every past appointment with an outcome and keep the model in the store.
    The data is read without the write lock; only saving the model takes it."""
    authorize(ctx, Permission.PREDICT_NO_SHOWS, AuditEvent.NO_SHOW_TRAIN)
    with ctx.read() as uow:
        _require_enabled(uow)
    return _train_and_save(ctx)


def _train_and_save(ctx: ServiceContext) -> TrainingSummary:
    now = ctx.now()
    with ctx.read() as uow:
        zone = clinic_zone(require_clinic(uow).time_zone)
        judged, rows = _examples(uow, zone, now)
    outcomes = [outcome(a.status) is True for a in judged]
    model = model_lib.train([rows[a.id] for a in judged], outcomes)
    with ctx.write() as uow:
        uow.no_show.save_model(new_id(), model, now, ctx.actor.username)
        uow.audit.record(ctx.actor, AuditEvent.NO_SHOW_TRAIN, object_type="no_show_model")
        uow.commit()
    return TrainingSummary(
        basis=model["kind"],
        n_train=len(judged),
        no_show_rate=sum(outcomes) / max(1, len(outcomes)),
        note=model.get("note", ""),
        trained_at=now,
    )


# A trained model is retrained weekly, at night (training is plain Python and takes the
# machine for a while on a large clinic), or by day once it is a day overdue.
RETRAIN_EVERY = timedelta(days=7)
RETRAIN_CATCH_UP = timedelta(days=8)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def retrain_due(trained_at: datetime | None, now: datetime, night: bool) -> bool:
    """Whether the schedule should retrain now. Never before a manager's first training:
    the schedule keeps a model in use fresh, it does not start one."""
    if trained_at is None:
        return False
    age = now - _aware(trained_at)
    return age >= RETRAIN_CATCH_UP or (age >= RETRAIN_EVERY and night)


@writes
def retrain_if_due(ctx: ServiceContext, night: bool) -> TrainingSummary | None:
    """The scheduled retraining (app_jobs, or `clinicdesk risk train --if-due`): trains
    when the model in use is a week old (see ``retrain_due``), else does nothing."""
    authorize(ctx, Permission.PREDICT_NO_SHOWS, AuditEvent.NO_SHOW_TRAIN)
    with ctx.read() as uow:
        if not _enabled(uow):
            return None
        stored = uow.no_show.latest_model()
    if not retrain_due(stored[1] if stored else None, ctx.now(), night):
        return None
    return _train_and_save(ctx)


@reads
def evaluate_no_show_model(
    ctx: ServiceContext, test_days: int = DEFAULT_TEST_DAYS
) -> model_lib.Evaluation:
    """Time split: train on appointments before the last ``test_days`` days, score those
    days' appointments, and compare with what happened."""
    authorize(ctx, Permission.PREDICT_NO_SHOWS, AuditEvent.NO_SHOW_EVALUATE)
    if test_days < 1:
        raise ValidationError(tr("no show risk", "The test period must be at least one day."))
    record_read(ctx, AuditEvent.NO_SHOW_EVALUATE, object_type="no_show_model")
    now = ctx.now()
    with ctx.read() as uow:
        _require_enabled(uow)
        zone = clinic_zone(require_clinic(uow).time_zone)
        judged, rows = _examples(uow, zone, now)
    split = now - timedelta(days=test_days)
    train = [a for a in judged if a.start < split]
    test = [a for a in judged if a.start >= split]
    if not train or not test:
        raise ValidationError(
            tr(
                "no show risk",
                "Nothing to compare: {count} past visits before and {count2} in the last "
                "{test_days} days have an outcome.",
            ).format(count=len(train), count2=len(test), test_days=test_days)
        )
    return model_lib.evaluate(
        [rows[a.id] for a in train],
        [outcome(a.status) is True for a in train],
        [rows[a.id] for a in test],
        [outcome(a.status) is True for a in test],
    )


def _score_appointments(
    uow: UnitOfWork, appointments: Sequence[Appointment], zone: ZoneInfo
) -> list[AppointmentRisk]:
    """Scores of ``appointments``, each from its patient's whole history."""
    if not appointments:
        return []
    patient_ids = sorted({a.patient_id for a in appointments})
    history = uow.appointments.between(_EARLIEST, _LATEST, patient_ids=patient_ids)
    rows = _features(uow, {a.id: a for a in [*history, *appointments]}.values(), zone)
    model = _model(uow)
    views = appointment_views(uow, appointments)
    names = {v.type_id: v.type for v in views} | {v.provider_id: v.provider_name for v in views}
    risks = []
    for view in views:
        scored = model_lib.score(model, rows[view.id], names)
        risks.append(AppointmentRisk(view, scored.probability, scored.reasons, scored.basis))
    return risks


def _day_appointments(uow: UnitOfWork, day: date, zone: ZoneInfo) -> list[Appointment]:
    bounds = day_bounds(day, zone)
    return [
        a
        for a in uow.appointments.between(bounds.start, bounds.end)
        if a.holds_slot and a.status in (Status.BOOKED, Status.CONFIRMED)
    ]


@reads
def day_risks(ctx: ServiceContext, day: date) -> list[AppointmentRisk]:
    """Every still-expected appointment of ``day``, most likely to be missed first."""
    authorize(ctx, Permission.PREDICT_NO_SHOWS, AuditEvent.NO_SHOW_SCORE)
    record_read(ctx, AuditEvent.NO_SHOW_SCORE, object_type="day", object_id=day.isoformat())
    with ctx.read() as uow:
        _require_enabled(uow)
        zone = clinic_zone(require_clinic(uow).time_zone)
        risks = _score_appointments(uow, _day_appointments(uow, day, zone), zone)
    return sorted(risks, key=lambda r: (-r.probability, r.appointment.start))


@reads
def appointment_risks(
    ctx: ServiceContext, appointment_ids: Sequence[str]
) -> dict[str, AppointmentRisk]:
    """Scores for the front desk (call lists, the day view's mark), by appointment id;
    empty when the manager has switched prediction off. A provider's account gets its
    own provider's appointments only."""
    authorize(ctx, Permission.VIEW_SCHEDULE, AuditEvent.NO_SHOW_SCORE)
    with ctx.read() as uow:
        if not _enabled(uow):
            return {}
        zone = clinic_zone(require_clinic(uow).time_zone)
        found = keep_visible(
            ctx,
            [a for a in (uow.appointments.get(i) for i in appointment_ids) if a is not None],
            lambda a: a.provider_id,
        )
        risks = _score_appointments(uow, found, zone)
    return {r.appointment.id: r for r in risks}


def order_by_risk(ids: Sequence[str], risks: Mapping[str, AppointmentRisk]) -> list[str]:
    """``ids`` with the riskiest first; unscored ones keep their order, at the end."""
    position = {appointment_id: index for index, appointment_id in enumerate(ids)}
    return sorted(
        ids,
        key=lambda i: (
            (0, -risks[i].probability, position[i]) if i in risks else (1, 0.0, position[i])
        ),
    )


def _policies(settings: Mapping[str, str]) -> dict[str, OverbookingPolicy]:
    policies = {}
    for name, value in settings.items():
        if not name.startswith(POLICY_PREFIX):
            continue
        mode, _, extra = value.partition(":")
        policies[name.removeprefix(POLICY_PREFIX)] = OverbookingPolicy(
            PolicyMode(mode), int(extra or 0)
        )
    return policies


@reads
def no_show_settings(ctx: ServiceContext) -> NoShowSettings:
    authorize(ctx, Permission.PREDICT_NO_SHOWS, AuditEvent.NO_SHOW_SETTINGS)
    with ctx.read() as uow:
        settings = uow.no_show.settings()
        stored = uow.no_show.latest_model()
    return NoShowSettings(
        enabled=settings.get(ENABLED, "yes") == "yes",
        policies=_policies(settings),
        trained_at=_aware(stored[1]) if stored else None,
        basis=stored[0]["kind"] if stored else None,
        n_train=stored[0].get("n_train") if stored else None,
        model_bytes=len(json.dumps(stored[0])) if stored else None,
    )


@writes
def set_no_show_prediction(ctx: ServiceContext, enabled: bool) -> None:
    """Switch no-show prediction on or off for the whole clinic (audited)."""
    authorize(ctx, Permission.PREDICT_NO_SHOWS, AuditEvent.NO_SHOW_SETTINGS)
    with ctx.write() as uow:
        uow.no_show.save_setting(ENABLED, "yes" if enabled else "no", ctx.now())
        uow.audit.record(
            ctx.actor, AuditEvent.NO_SHOW_SETTINGS, object_type="no_show", fields=(ENABLED,)
        )
        uow.commit()


@writes
def set_overbooking_policy(
    ctx: ServiceContext, provider_id: str, mode: str, max_extra: int = 1
) -> OverbookingPolicy:
    """A provider's guided overbooking: off, or suggest up to ``max_extra`` per session."""
    authorize(ctx, Permission.PREDICT_NO_SHOWS, AuditEvent.NO_SHOW_SETTINGS)
    try:
        chosen = PolicyMode(mode)
    except ValueError as exc:
        raise ValidationError(tr(
            "no show risk",
            "Unknown overbooking policy {mode!r}: use off or suggest.",
        ).format(mode=mode)) from exc
    if not 0 <= max_extra <= 5:
        raise ValidationError(tr(
            "no show risk",
            "Extra bookings per session must be between 0 and 5.",
        ))
    policy = OverbookingPolicy(chosen, max_extra if chosen is PolicyMode.SUGGEST else 0)
    with ctx.write() as uow:
        require_provider(uow, provider_id)
        uow.no_show.save_setting(
            POLICY_PREFIX + provider_id, f"{policy.mode.value}:{policy.max_extra}", ctx.now()
        )
        uow.audit.record(
            ctx.actor,
            AuditEvent.NO_SHOW_SETTINGS,
            object_type="provider",
            object_id=provider_id,
            fields=("overbooking_policy",),
        )
        uow.commit()
    return policy


@reads
def suggest_overbooking(
    ctx: ServiceContext, day: date, threshold: float = DEFAULT_THRESHOLD
) -> list[OverbookingSuggestion]:
    """Per provider session of ``day``: one extra booking each time the session's
    expected no-shows reach ``threshold``, up to the provider's policy."""
    authorize(ctx, Permission.PREDICT_NO_SHOWS, AuditEvent.OVERBOOK_SUGGEST)
    if not 0 < threshold <= 10:
        raise ValidationError(tr(
            "no show risk",
            "The threshold must be above 0 and at most 10 expected no-shows.",
        ))
    record_read(ctx, AuditEvent.OVERBOOK_SUGGEST, object_type="day", object_id=day.isoformat())
    with ctx.read() as uow:
        _require_enabled(uow)
        settings = require_clinic(uow)
        zone = clinic_zone(settings.time_zone)
        policies = _policies(uow.no_show.settings())
        appointments = _day_appointments(uow, day, zone)
        risks = {r.appointment.id: r for r in _score_appointments(uow, appointments, zone)}
        providers = {p.id: p for p in uow.providers.list()}
        provider_ids = sorted({a.provider_id for a in appointments})
        hours = uow.schedules.hours_for(provider_ids)
        exceptions = uow.schedules.exceptions_between(day, day, provider_ids)
    suggestions: list[OverbookingSuggestion] = []
    for provider_id in provider_ids:
        policy = policies.get(provider_id, OverbookingPolicy())
        sessions = working_intervals(
            day,
            [h for h in hours if h.provider_id == provider_id],
            [e for e in exceptions if e.provider_id == provider_id],
            settings,
        )
        for session in sessions:
            inside = [
                risks[a.id]
                for a in appointments
                if a.provider_id == provider_id and session.start <= a.start < session.end
            ]
            scored = [
                ScoredBooking(
                    r.appointment.id,
                    r.appointment.start,
                    r.appointment.end,
                    r.probability,
                    r.appointment.override_reason.startswith(GUIDED_REASON_PREFIX),
                )
                for r in inside
            ]
            by_id = {r.appointment.id: r for r in inside}
            for extra in suggest_for_session(scored, policy, threshold):
                suggestions.append(
                    OverbookingSuggestion(
                        provider_id=provider_id,
                        provider_name=providers[provider_id].display_name,
                        session_start=session.start,
                        session_end=session.end,
                        start=extra.start,
                        end=extra.end,
                        expected_no_shows=extra.expected_no_shows,
                        beside=by_id[extra.beside_appointment_id].appointment,
                        probability=extra.probability,
                        reason=extra.reason,
                    )
                )
    return suggestions


@dataclass(frozen=True, slots=True)
class RiskCall:
    """One unconfirmed visit to phone, with its no-show risk and why."""

    row: ConfirmRow
    probability: float | None  # None when prediction is switched off
    reasons: tuple[str, ...]


@reads
def calls_by_risk(ctx: ServiceContext, days: int = 2) -> list[RiskCall]:
    """The confirmation call list (visits in the next ``days`` working days not yet
    confirmed), the likeliest to be missed first; in its usual order when prediction is
    switched off. Calling the riskiest first is where a call helps most."""
    rows = confirm_list(ctx, days)
    risks = appointment_risks(ctx, [r.appointment_id for r in rows])
    calls = [
        RiskCall(
            row,
            risks[row.appointment_id].probability if row.appointment_id in risks else None,
            risks[row.appointment_id].reasons if row.appointment_id in risks else (),
        )
        for row in rows
    ]
    order = order_by_risk([r.appointment_id for r in rows], risks)
    position = {appointment_id: index for index, appointment_id in enumerate(order)}
    return sorted(calls, key=lambda call: position[call.row.appointment_id])


# The day view marks a visit at least this likely to be missed (about twice the usual).
MARK_AT = 0.2


@reads
def day_risk_marks(ctx: ServiceContext, day: date) -> dict[str, str]:
    """Words for the day view's discreet mark on each still-expected visit of ``day``
    at least MARK_AT likely to be missed ("No-show risk 35%: 3 missed visits this year"),
    by appointment id; empty when prediction is switched off."""
    authorize(ctx, Permission.VIEW_SCHEDULE, AuditEvent.NO_SHOW_SCORE)
    with ctx.read() as uow:
        if not _enabled(uow):
            return {}
        zone = clinic_zone(require_clinic(uow).time_zone)
        found = keep_visible(ctx, _day_appointments(uow, day, zone), lambda a: a.provider_id)
        risks = _score_appointments(uow, found, zone)
    return {
        r.appointment.id: tr("no-show risk", "No-show risk {percent}").format(
            percent=f"{r.probability:.0%}"
        )
        + (": " + "; ".join(r.reasons) if r.reasons else "")
        for r in risks
        if r.probability >= MARK_AT
    }
