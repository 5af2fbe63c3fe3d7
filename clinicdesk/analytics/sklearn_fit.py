"""scikit-learn's logistic regression as a fitter: the reference the plain-Python fit is
held to (the tests and ``benchmarks/bench_no_show.py`` run both). The application never
calls it; scikit-learn is a test dependency and the frozen bundle leaves it out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from clinicdesk.analytics.logistic_fit import Fit


def fit(rows: Sequence[Mapping[str, float]], outcomes: Sequence[bool], c: float = 1.0) -> Fit:
    """The same objective as ``logistic_fit.fit``, solved by scikit-learn (lbfgs)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer(sparse=True)
    matrix = vectorizer.fit_transform(list(rows))
    regression = LogisticRegression(C=c, max_iter=5000, tol=1e-8)
    regression.fit(matrix, [bool(o) for o in outcomes])
    names = list(vectorizer.get_feature_names_out())
    return Fit(
        intercept=float(regression.intercept_[0]),
        weights={name: float(w) for name, w in zip(names, regression.coef_[0], strict=True)},
        steps=int(regression.n_iter_[0]),
    )
