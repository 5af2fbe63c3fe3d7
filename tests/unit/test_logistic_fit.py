"""The plain-Python logistic regression against known solutions and scikit-learn."""

from __future__ import annotations

import math
import random
import sys

import pytest

from clinicdesk.analytics import logistic_fit, no_show_model, sklearn_fit
from clinicdesk.analytics.logistic_fit import cholesky_solve, fit, log1p_exp, sigmoid
from clinicdesk.domain.no_show_features import BookingFeatures


def _logit(p: float) -> float:
    return math.log(p / (1 - p))


def test_one_binary_column_without_penalty_gives_the_two_groups_log_odds() -> None:
    # x=0: 6 of 30 positive (log-odds of 0.2); x=1: 10 of 20 (log-odds 0).
    rows = [{"x": 0.0}] * 30 + [{"x": 1.0}] * 20
    outcomes = [i < 6 for i in range(30)] + [i < 10 for i in range(20)]
    fitted = fit(rows, outcomes, c=1e9)
    assert fitted.intercept == pytest.approx(_logit(0.2), abs=1e-6)
    assert fitted.weights == {"x": pytest.approx(-_logit(0.2), abs=1e-6)}
    assert fitted.steps < 20


def test_the_penalised_fit_meets_its_optimality_conditions() -> None:
    rnd = random.Random(3)
    rows = [{"a": rnd.gauss(0, 1), f"g={rnd.randrange(3)}": 1.0} for _ in range(400)]
    outcomes = [rnd.random() < sigmoid(0.8 * r["a"] - 1) for r in rows]
    c = 0.05
    fitted = fit(rows, outcomes, c=c)
    names = sorted(fitted.weights)
    gradient = dict.fromkeys(names, 0.0)
    bias_gradient = 0.0
    for row, positive in zip(rows, outcomes, strict=True):
        z = fitted.intercept + sum(fitted.weights[k] * v for k, v in row.items())
        residual = sigmoid(z) - (1.0 if positive else 0.0)
        bias_gradient += residual
        for k, v in row.items():
            gradient[k] += residual * v
    # Free intercept: residuals sum to zero; each weight balances its penalty.
    assert bias_gradient == pytest.approx(0.0, abs=1e-7)
    for name in names:
        assert fitted.weights[name] + c * gradient[name] == pytest.approx(0.0, abs=1e-7)
    # The penalty is felt: the one-hot weights are pulled in, yet not to zero.
    assert 0 < abs(fitted.weights["a"]) < 0.8


def test_it_matches_scikit_learn_on_the_same_objective() -> None:
    rnd = random.Random(11)
    rows = []
    outcomes = []
    for _ in range(3000):
        lead = rnd.expovariate(0.1)
        row = {"lead": math.log1p(lead), f"day={rnd.randrange(5)}": 1.0}
        if rnd.random() < 0.3:
            row["same_day"] = 1.0
        rows.append(row)
        outcomes.append(rnd.random() < sigmoid(-2.5 + 0.5 * row["lead"] + row.get("day=4", 0)))
    ours = fit(rows, outcomes, c=1.0)
    reference = sklearn_fit.fit(rows, outcomes, c=1.0)
    assert ours.intercept == pytest.approx(reference.intercept, abs=1e-4)
    assert ours.weights.keys() == reference.weights.keys()
    for name, weight in reference.weights.items():
        assert ours.weights[name] == pytest.approx(weight, abs=1e-4), name


def test_rows_that_repeat_are_merged_with_their_counts() -> None:
    columns = {"a": 0, "b": 1}
    merged = logistic_fit.distinct_rows(
        [{"a": 1.0, "b": 0.0}, {"b": 2.0, "a": 1.0}, {"a": 1.0}, {"a": 1.0, "b": 2.0}],
        [True, False, False, True],
        columns,
    )
    assert sorted(merged) == [(((0, 1.0),), 2, 1), (((0, 1.0), (1, 2.0)), 2, 1)]


@pytest.mark.parametrize(
    ("rows", "outcomes", "c", "message"),
    [
        ([{"a": 1.0}], [True, False], 1.0, "one outcome per row"),
        ([{"a": 1.0}, {"a": 0.0}], [True, False], 0.0, "c must be positive"),
        ([{"a": 1.0}, {"a": 0.0}], [True, True], 1.0, "both outcomes"),
        ([{"a": 1.0}, {"a": 0.0}], [False, False], 1.0, "both outcomes"),
    ],
)
def test_unusable_input_is_refused(rows, outcomes, c, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match=message):
        fit(rows, outcomes, c)


def test_cholesky_solves_a_known_system_and_refuses_an_indefinite_one() -> None:
    matrix = [[4.0, 2.0, 0.4], [2.0, 5.0, 1.0], [0.4, 1.0, 3.0]]
    known = [1.0, -2.0, 0.5]
    vector = [sum(matrix[i][j] * known[j] for j in range(3)) for i in range(3)]
    assert cholesky_solve(matrix, vector) == pytest.approx(known, abs=1e-12)
    with pytest.raises(ArithmeticError):
        cholesky_solve([[1.0, 2.0], [2.0, 1.0]], [1.0, 1.0])


def test_the_helpers_do_not_overflow() -> None:
    assert log1p_exp(800.0) == pytest.approx(800.0)
    assert log1p_exp(-800.0) == pytest.approx(0.0)
    assert log1p_exp(0.0) == pytest.approx(math.log(2))
    assert sigmoid(-800.0) == pytest.approx(0.0)
    assert sigmoid(800.0) == pytest.approx(1.0)
    assert sigmoid(0.0) == 0.5


def test_auc_counts_ties_as_half_and_matches_scikit_learn() -> None:
    from sklearn.metrics import roc_auc_score

    assert no_show_model.roc_auc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]) == 0.75
    assert no_show_model.roc_auc([0.5, 0.5], [0, 1]) == 0.5
    rnd = random.Random(5)
    predicted = [round(rnd.random(), 1) for _ in range(500)]
    actual = [1.0 if rnd.random() < p else 0.0 for p in predicted]
    assert no_show_model.roc_auc(predicted, actual) == pytest.approx(
        roc_auc_score(actual, predicted), abs=1e-12
    )
    with pytest.raises(ValueError, match="both outcomes"):
        no_show_model.roc_auc([0.2, 0.3], [1, 1])


def test_training_needs_no_learning_library(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("numpy", "scipy", "sklearn", "sklearn.linear_model"):
        monkeypatch.setitem(sys.modules, name, None)
    rnd = random.Random(7)
    rows = [
        BookingFeatures(
            visit_id=str(i),
            prior_outcomes=(prior := rnd.randrange(6)),
            prior_no_shows=(missed := rnd.randrange(prior + 1)),
            prior_late_cancels=0,
            recent_outcomes=prior,
            recent_no_shows=missed,
            lead_days=rnd.randrange(30),
            visits_that_day=0,
            age_band="30-44",
            weekday=i % 5,
            hour=9 + i % 8,
            type_id="t",
            provider_id="p",
            confirmed=None,
        )
        for i in range(600)
    ]
    outcomes = [rnd.random() < 0.05 + 0.15 * r.prior_no_shows for r in rows]
    model = no_show_model.train(rows, outcomes)
    assert model["kind"] == no_show_model.LOGISTIC
    assert model["weights"]["missed:all"] > 0
    assert 0.3 < model["calibration"]["slope"] < 3
