"""The no-show model: training, calibration, evaluation and scoring over feature rows.

Training is an L2-regularised logistic regression (its coefficients say, in words, why a
score is high; published models from scheduling data alone reach AUC 0.70-0.75 with it)
fitted by ``logistic_fit.py`` in plain Python, with the same objective as scikit-learn's
``LogisticRegression(C=1)``, so training works in the frozen bundle too, which leaves
numpy, SciPy and scikit-learn out. Platt calibration is fitted on the latest fifth of the
training months (a monotone map, so it keeps the order of the scores), so a score of 0.3
means about 3 in 10 such visits are missed. The fitted model is kept as plain numbers
(a JSON document inside the encrypted store, never a pickle and never a file).

Below ``MIN_OUTCOMES`` past visits with an outcome (or ``MIN_NO_SHOWS`` missed ones) a
model would invent confidence; the clinic then gets a ``patient_rate`` model instead:
each patient's own missed share, pulled towards the clinic's average by a prior worth
``PRIOR_VISITS`` visits, and it says so.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from clinicdesk.analytics import logistic_fit
from clinicdesk.analytics.logistic_fit import sigmoid
from clinicdesk.domain.no_show_features import BookingFeatures

MODEL_VERSION = 1
LOGISTIC = "logistic"
PATIENT_RATE = "patient_rate"
MIN_OUTCOMES = 300
MIN_NO_SHOWS = 20
PRIOR_VISITS = 10.0
# The share of the training months kept back to fit the calibration.
CALIBRATION_SHARE = 0.2
# The inverse of the weights' penalty, as scikit-learn's ``C``.
REGULARISATION_C = 1.0
# Platt's two numbers are fitted without a real penalty.
PLATT_C = 1e6

# A fitter: rows (column name to value), outcomes, C; returns the fit.
Fitter = Callable[[Sequence[Mapping[str, float]], Sequence[bool], float], logistic_fit.Fit]
# A group must add at least this much to the log-odds to be named as a reason.
REASON_MIN_LOG_ODDS = 0.1
REASON_COUNT = 3

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# What each column is about; the reasons are told per group.
GROUPS = (
    "missed",
    "late_cancels",
    "lead",
    "visits_that_day",
    "age",
    "weekday",
    "hour",
    "type",
    "provider",
    "confirmed",
)


def _group_of(column: str) -> str:
    return column.split("=", 1)[0].split(":", 1)[0]


def encode(row: BookingFeatures) -> dict[str, float]:
    """The model's columns for one row (absent columns are 0)."""
    rate = row.recent_rate
    columns = {
        "missed:all": math.log1p(row.prior_no_shows),
        "missed:recent": math.log1p(row.recent_no_shows),
        "missed:visits": math.log1p(row.prior_outcomes),
        "missed:recent_visits": math.log1p(row.recent_outcomes),
        "missed:recent_rate": 0.0 if rate is None else rate,
        "missed:no_history": 1.0 if row.prior_outcomes == 0 else 0.0,
        "late_cancels": math.log1p(row.prior_late_cancels),
        "lead:log_days": math.log1p(row.lead_days),
        "lead:same_day": 1.0 if row.same_day else 0.0,
        "visits_that_day": float(min(row.visits_that_day, 3)),
        f"age={row.age_band}": 1.0,
        f"weekday={row.weekday}": 1.0,
        f"hour={min(max(row.hour, 7), 19)}": 1.0,
        f"type={row.type_id}": 1.0,
        f"provider={row.provider_id}": 1.0,
    }
    if row.confirmed is not None:
        columns[f"confirmed={'yes' if row.confirmed else 'no'}"] = 1.0
    return columns


@dataclass(frozen=True, slots=True)
class Score:
    probability: float
    reasons: tuple[str, ...]  # in words, strongest first
    basis: str  # LOGISTIC or PATIENT_RATE


@dataclass(frozen=True, slots=True)
class CalibrationBin:
    low: float
    high: float
    count: int
    mean_predicted: float
    observed_rate: float


@dataclass(frozen=True, slots=True)
class Evaluation:
    basis: str
    auc: float | None  # None when the test months hold only one kind of outcome
    brier: float
    n_train: int
    n_test: int
    train_no_show_rate: float
    test_no_show_rate: float
    calibration: tuple[CalibrationBin, ...]
    calibration_error: float  # count-weighted mean |predicted - observed| over the bins


def enough_history(outcomes: Sequence[bool]) -> bool:
    return len(outcomes) >= MIN_OUTCOMES and sum(outcomes) >= MIN_NO_SHOWS


def history_note(outcomes: Sequence[bool]) -> str:
    """Why the model fell back, in words (empty when it did not)."""
    if enough_history(outcomes):
        return ""
    return (
        f"Too little history for a model: {len(outcomes)} past visits with an outcome "
        f"({sum(outcomes)} missed); it needs {MIN_OUTCOMES} and {MIN_NO_SHOWS} missed. "
        "Scores are each patient's own missed share, pulled towards the clinic average."
    )


def train(
    rows: Sequence[BookingFeatures],
    outcomes: Sequence[bool],
    fitter: Fitter = logistic_fit.fit,
) -> dict[str, Any]:
    """A model (plain JSON-able numbers) from rows in time order and their outcomes
    (True: missed). ``fitter`` is the plain-Python fit; tests and the benchmark pass
    scikit-learn's to compare."""
    if len(rows) != len(outcomes):
        raise ValueError("one outcome per row")
    clinic_rate = (sum(outcomes) + 1) / (len(outcomes) + 2)
    if not enough_history(outcomes):
        return {
            "version": MODEL_VERSION,
            "kind": PATIENT_RATE,
            "clinic_rate": clinic_rate,
            "n_train": len(rows),
            "note": history_note(outcomes),
        }
    cut = int(len(rows) * (1 - CALIBRATION_SHARE))
    fit_rows, fit_outcomes = rows[:cut], outcomes[:cut]
    encoded = [encode(row) for row in fit_rows]
    fitted = fitter(encoded, list(fit_outcomes), REGULARISATION_C)
    names = sorted(fitted.weights)
    totals = dict.fromkeys(names, 0.0)
    for columns in encoded:
        for name, value in columns.items():
            totals[name] += value
    model: dict[str, Any] = {
        "version": MODEL_VERSION,
        "kind": LOGISTIC,
        "intercept": fitted.intercept,
        "weights": {name: fitted.weights[name] for name in names},
        "means": {name: totals[name] / len(encoded) for name in names},
        "clinic_rate": clinic_rate,
        "n_train": len(rows),
        "calibration": {"slope": 1.0, "intercept": 0.0},
    }
    held_rows, held_outcomes = rows[cut:], outcomes[cut:]
    if held_rows and 0 < sum(held_outcomes) < len(held_outcomes):
        # Platt scaling on the later months: a monotone map, so it fixes the level of
        # the scores (months drift) without changing their order.
        raw = [{"log_odds": _log_odds(model, encode(row))} for row in held_rows]
        platt = fitter(raw, list(held_outcomes), PLATT_C)
        model["calibration"] = {"slope": platt.weights["log_odds"], "intercept": platt.intercept}
    return model


def _log_odds(model: Mapping[str, Any], columns: Mapping[str, float]) -> float:
    weights = model["weights"]
    return model["intercept"] + sum(weights.get(k, 0.0) * v for k, v in columns.items())


def _calibrated(model: Mapping[str, Any], log_odds: float) -> float:
    calibration = model["calibration"]
    return sigmoid(calibration["slope"] * log_odds + calibration["intercept"])


def score(
    model: Mapping[str, Any], row: BookingFeatures, names: Mapping[str, str] | None = None
) -> Score:
    """The calibrated chance that the visit is missed, and why, in words. ``names``
    turns type and provider ids into names for the reasons."""
    if model["kind"] == PATIENT_RATE:
        prior = model["clinic_rate"]
        probability = (row.prior_no_shows + PRIOR_VISITS * prior) / (
            row.prior_outcomes + PRIOR_VISITS
        )
        if row.prior_outcomes:
            reason = f"{_visits(row.prior_no_shows, 'missed visit')} of {row.prior_outcomes}"
        else:
            reason = "no past visits: the clinic's average"
        return Score(probability, (reason, "too little history for a model"), PATIENT_RATE)
    columns = encode(row)
    probability = _calibrated(model, _log_odds(model, columns))
    weights, means = model["weights"], model["means"]
    pushes = dict.fromkeys(GROUPS, 0.0)
    for column, weight in weights.items():
        pushes[_group_of(column)] += weight * (columns.get(column, 0.0) - means[column])
    ranked = sorted(
        (group for group, push in pushes.items() if push >= REASON_MIN_LOG_ODDS),
        key=lambda group: -pushes[group],
    )
    words = [reason_words(group, row, names or {}) for group in ranked[:REASON_COUNT]]
    return Score(probability, tuple(words), LOGISTIC)


def _visits(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def reason_words(group: str, row: BookingFeatures, names: Mapping[str, str]) -> str:
    """One reason in the words a receptionist would use."""
    if group == "missed":
        if row.recent_no_shows:
            return f"{_visits(row.recent_no_shows, 'missed visit')} this year"
        if row.prior_no_shows:
            return f"{_visits(row.prior_no_shows, 'missed visit')} before"
        if row.prior_outcomes == 0:
            return "first visit"
        return f"{_visits(row.prior_outcomes, 'past visit')}, none missed"
    if group == "late_cancels":
        return f"{_visits(row.prior_late_cancels, 'late cancellation')}"
    if group == "lead":
        if row.same_day:
            return "booked the same day"
        return f"booked {_visits(row.lead_days, 'day')} ahead"
    if group == "visits_that_day":
        return f"{_visits(row.visits_that_day, 'other visit')} that day"
    if group == "age":
        return f"age {row.age_band}"
    if group == "weekday":
        return f"on a {WEEKDAYS[row.weekday]}"
    if group == "hour":
        return f"at {row.hour:02d}:00"
    if group == "type":
        return f"type: {names.get(row.type_id, 'this type')}"
    if group == "provider":
        return f"with {names.get(row.provider_id, 'this provider')}"
    if row.confirmed is None:
        return "reminder not confirmed"
    return "reminder confirmed" if row.confirmed else "reminder declined"


def evaluate(
    train_rows: Sequence[BookingFeatures],
    train_outcomes: Sequence[bool],
    test_rows: Sequence[BookingFeatures],
    test_outcomes: Sequence[bool],
    *,
    bins: int = 10,
    fitter: Fitter = logistic_fit.fit,
) -> Evaluation:
    """Train on the earlier rows, score the later ones: AUC, Brier score and a
    calibration table."""
    model = train(train_rows, train_outcomes, fitter)
    predicted = [score(model, row).probability for row in test_rows]
    actual = [1.0 if o else 0.0 for o in test_outcomes]
    n_test = len(actual)
    brier = sum((p - a) ** 2 for p, a in zip(predicted, actual, strict=True)) / max(1, n_test)
    auc = roc_auc(predicted, actual) if 0 < sum(actual) < n_test else None
    table = calibration_table(predicted, actual, bins)
    error = sum(b.count * abs(b.mean_predicted - b.observed_rate) for b in table) / max(1, n_test)
    return Evaluation(
        basis=model["kind"],
        auc=auc,
        brier=brier,
        n_train=len(train_rows),
        n_test=n_test,
        train_no_show_rate=sum(train_outcomes) / max(1, len(train_outcomes)),
        test_no_show_rate=sum(actual) / max(1, n_test),
        calibration=table,
        calibration_error=error,
    )


def calibration_table(
    predicted: Sequence[float], actual: Sequence[float], bins: int = 10
) -> tuple[CalibrationBin, ...]:
    """Predictions grouped by value into ``bins`` equal-width bins over 0-1 (empty bins
    left out): in each, the mean prediction beside the share actually missed."""
    grouped: dict[int, list[tuple[float, float]]] = {}
    for p, a in zip(predicted, actual, strict=True):
        grouped.setdefault(min(int(p * bins), bins - 1), []).append((p, a))
    return tuple(
        CalibrationBin(
            low=index / bins,
            high=(index + 1) / bins,
            count=len(pairs),
            mean_predicted=sum(p for p, _ in pairs) / len(pairs),
            observed_rate=sum(a for _, a in pairs) / len(pairs),
        )
        for index, pairs in sorted(grouped.items())
    )


def roc_auc(predicted: Sequence[float], actual: Sequence[float]) -> float:
    """The area under the ROC curve: the chance that a missed visit scores above a kept
    one, ties counting half (the Mann-Whitney statistic from mid-ranks)."""
    order = sorted(range(len(predicted)), key=lambda i: predicted[i])
    rank_sum = 0.0
    position = 0
    while position < len(order):
        end = position
        while end + 1 < len(order) and predicted[order[end + 1]] == predicted[order[position]]:
            end += 1
        mid_rank = (position + end) / 2 + 1
        rank_sum += mid_rank * sum(actual[order[i]] for i in range(position, end + 1))
        position = end + 1
    positives = sum(actual)
    negatives = len(actual) - positives
    if not positives or not negatives:
        raise ValueError("both outcomes are needed for an AUC")
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)
