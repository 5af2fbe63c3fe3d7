"""L2-regularised logistic regression by Newton's method, in plain Python.

The no-show model has a few dozen columns (counts, lead time and one-hot groups), about
fifteen of them non-zero per visit, and a clinic's history repeats itself: many visits
share every column. So the rows are merged into distinct ones with a weight and a count
of misses, and Newton's method (iteratively reweighted least squares) solves the small
system of one row per column exactly at each step; it converges in a handful of steps
because the objective is smooth and strictly convex. No numpy, SciPy or scikit-learn is
needed, so the frozen bundle, which leaves them out, trains too.

The objective is scikit-learn's for ``LogisticRegression(C=C)`` (lbfgs): half the squared
weights plus ``C`` times the summed log-loss, the intercept not penalised. The same fit
with a large ``C`` is the Platt calibration (two numbers, no real penalty).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

MAX_STEPS = 50
# Stop when no weight would move by more than this (the scale of the log-odds).
STEP_TOLERANCE = 1e-8


@dataclass(frozen=True, slots=True)
class Fit:
    intercept: float
    weights: dict[str, float]  # by column name
    steps: int


def log1p_exp(z: float) -> float:
    """log(1 + e**z) without overflow."""
    if z > 0:
        return z + math.log1p(math.exp(-z))
    return math.log1p(math.exp(z))


def sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    small = math.exp(z)
    return small / (1.0 + small)


def distinct_rows(
    rows: Sequence[Mapping[str, float]], outcomes: Sequence[bool], columns: Mapping[str, int]
) -> list[tuple[tuple[tuple[int, float], ...], int, int]]:
    """Each distinct row (its non-zero columns by index) with how often it occurs and how
    many of those were positive."""
    merged: dict[tuple[tuple[int, float], ...], list[int]] = {}
    for row, positive in zip(rows, outcomes, strict=True):
        key = tuple(sorted((columns[name], value) for name, value in row.items() if value))
        found = merged.get(key)
        if found is None:
            merged[key] = [1, 1 if positive else 0]
        else:
            found[0] += 1
            found[1] += 1 if positive else 0
    return [(key, count, positives) for key, (count, positives) in merged.items()]


def cholesky_solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """x with matrix @ x = vector for a symmetric positive definite matrix."""
    size = len(vector)
    lower = [[0.0] * size for _ in range(size)]
    for i in range(size):
        row_i = lower[i]
        for j in range(i + 1):
            row_j = lower[j]
            total = matrix[i][j] - sum(row_i[k] * row_j[k] for k in range(j))
            if i == j:
                if total <= 0.0:
                    raise ArithmeticError("matrix is not positive definite")
                row_i[i] = math.sqrt(total)
            else:
                row_i[j] = total / row_j[j]
    forward = [0.0] * size
    for i in range(size):
        forward[i] = (vector[i] - sum(lower[i][k] * forward[k] for k in range(i))) / lower[i][i]
    solution = [0.0] * size
    for i in reversed(range(size)):
        total = forward[i] - sum(lower[k][i] * solution[k] for k in range(i + 1, size))
        solution[i] = total / lower[i][i]
    return solution


def _objective(
    data: list[tuple[tuple[tuple[int, float], ...], int, int]],
    beta: list[float],
    c: float,
    bias: int,
) -> float:
    penalty = 0.5 * sum(w * w for w in beta[:bias])
    loss = 0.0
    b = beta[bias]
    for key, count, positives in data:
        z = b + sum(beta[i] * v for i, v in key)
        loss += count * log1p_exp(z) - positives * z
    return penalty + c * loss


def fit(rows: Sequence[Mapping[str, float]], outcomes: Sequence[bool], c: float = 1.0) -> Fit:
    """The weights minimising ``0.5 * |w|^2 + c * sum(log-loss)`` (intercept free).

    ``rows`` map column names to values (absent: 0); ``outcomes`` are True for the
    positive class. Both kinds of outcome must be present."""
    if len(rows) != len(outcomes):
        raise ValueError("one outcome per row")
    if c <= 0:
        raise ValueError("c must be positive")
    positives = sum(1 for o in outcomes if o)
    if positives in (0, len(outcomes)):
        raise ValueError("both outcomes are needed to fit")
    names = sorted({name for row in rows for name in row})
    columns = {name: index for index, name in enumerate(names)}
    data = distinct_rows(rows, outcomes, columns)
    bias = len(names)
    size = bias + 1
    beta = [0.0] * size
    # Start at the base rate, so the first step is already a fair one.
    beta[bias] = math.log(positives / (len(outcomes) - positives))
    current = _objective(data, beta, c, bias)
    steps = 0
    while steps < MAX_STEPS:
        steps += 1
        gradient = [*beta[:bias], 0.0]
        hessian = [[0.0] * size for _ in range(size)]
        for i in range(bias):
            hessian[i][i] = 1.0
        b = beta[bias]
        for key, count, hits in data:
            z = b + sum(beta[i] * v for i, v in key)
            p = sigmoid(z)
            residual = c * (count * p - hits)
            curvature = c * count * p * (1.0 - p)
            gradient[bias] += residual
            hessian[bias][bias] += curvature
            for position, (i, v) in enumerate(key):
                gradient[i] += residual * v
                weighted = curvature * v
                hessian[bias][i] += weighted
                row_i = hessian[i]
                for j, u in key[: position + 1]:
                    row_i[j] += weighted * u
        for i in range(size):
            for j in range(i):
                hessian[j][i] = hessian[i][j]
        direction = cholesky_solve(hessian, gradient)
        # Damped step: halve until the objective does not rise (Newton's full step is
        # taken near the optimum, where it is always accepted).
        scale = 1.0
        while True:
            trial = [w - scale * d for w, d in zip(beta, direction, strict=True)]
            value = _objective(data, trial, c, bias)
            if value <= current or scale < 1e-10:
                break
            scale /= 2
        beta, current = trial, value
        if max(abs(scale * d) for d in direction) < STEP_TOLERANCE:
            break
    return Fit(
        intercept=beta[bias],
        weights={name: beta[index] for name, index in columns.items()},
        steps=steps,
    )
