"""The stdlib translation lookup: what a bound catalogue answers, when the English text
is used instead, and how the English source resolves "%n" and "(s)"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from clinicdesk.domain import i18n


@pytest.fixture
def asked() -> Iterator[list[tuple[str, str, str | None, int]]]:
    """Binds a catalogue that knows two texts and records every question it is asked."""
    questions: list[tuple[str, str, str | None, int]] = []
    answers = {
        ("Sheet", "Day sheet", None, -1): "Tagesliste",
        ("Sheet", "Day sheet", "printed", -1): "Tagesliste (gedruckt)",
        ("Sheet", "%n visit(s)", None, 2): "2 Besuche",
        ("Sheet", "Same", None, -1): "Same",
    }

    def translator(context: str, text: str, disambiguation: str | None, n: int) -> str:
        questions.append((context, text, disambiguation, n))
        return answers.get((context, text, disambiguation, n), "")

    i18n.bind(translator)
    yield questions
    i18n.bind(None)


def test_a_bound_catalogue_is_asked_with_context_text_disambiguation_and_count(asked) -> None:
    assert i18n.tr("Sheet", "Day sheet") == "Tagesliste"
    assert i18n.tr("Sheet", "Day sheet", "printed") == "Tagesliste (gedruckt)"
    assert i18n.tr("Sheet", "%n visit(s)", n=2) == "2 Besuche"
    assert asked == [
        ("Sheet", "Day sheet", None, -1),
        ("Sheet", "Day sheet", "printed", -1),
        ("Sheet", "%n visit(s)", None, 2),
    ]


def test_an_empty_or_unchanged_answer_falls_back_to_the_english_source(asked) -> None:
    # Qt answers "" for an unknown text; the English plural is still resolved then.
    assert i18n.tr("Sheet", "%n visit(s)", n=1) == "1 visit"
    assert i18n.tr("Other", "Day sheet") == "Day sheet"
    assert i18n.tr("Sheet", "Same") == "Same"
    assert len(asked) == 3


def test_unbinding_goes_back_to_english(asked) -> None:
    i18n.bind(None)
    assert i18n.tr("Sheet", "Day sheet") == "Day sheet"
    assert asked == []


@pytest.mark.parametrize(
    ("count", "english"),
    [
        (0, "0 conflicts in 0 rooms"),
        (1, "1 conflict in 1 room"),
        (2, "2 conflicts in 2 rooms"),
        (11, "11 conflicts in 11 rooms"),
    ],
)
def test_the_english_plural_fills_the_count_and_resolves_each_s(count, english) -> None:
    assert i18n.tr("Sync", "%n conflict(s) in %n room(s)", n=count) == english
    assert i18n.english("%n conflict(s) in %n room(s)", count) == english


def test_a_text_that_is_not_a_plural_keeps_its_percent_n_and_its_s() -> None:
    assert i18n.english("%n file(s)") == "%n file(s)"
    assert i18n.english("%n file(s)", -1) == "%n file(s)"
    assert i18n.tr("Files", "%n file(s)") == "%n file(s)"


def test_tr_noop_returns_the_text_untouched() -> None:
    assert i18n.tr_noop("Repeat", "Weekly") == "Weekly"
    assert i18n.tr_noop("Repeat", "%n week(s)") == "%n week(s)"
