"""Training needs scikit-learn; an installation without it says so in one line."""

from __future__ import annotations

import sys

import pytest

from clinicdesk.analytics import no_show_model
from clinicdesk.domain.errors import ValidationError


def test_training_without_scikit_learn_is_a_clear_refusal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "sklearn.linear_model", None)
    with pytest.raises(ValidationError, match=r"needs scikit-learn .*sklearn\.linear_model"):
        no_show_model._learning_library()


def test_training_with_scikit_learn_gets_its_classes() -> None:
    vectorizer, regression = no_show_model._learning_library()
    assert vectorizer.__name__ == "DictVectorizer"
    assert regression.__name__ == "LogisticRegression"
