"""Message templates: known placeholders only, no reason unless allowed, languages."""

from __future__ import annotations

import pytest

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.message_templates import (
    DEFAULT_TEMPLATES,
    MAX_TEMPLATE_LENGTH,
    check_language,
    check_template,
    placeholders_in,
    render,
    template_text,
)

VALUES = {
    "name": "Ann",
    "date": "Wed 12 Mar",
    "time": "10:00",
    "clinic": "Elm Clinic",
    "provider": "Dr Lee",
    "visits": "Wed 12 Mar 10:00, 14:00",
}


def test_render_fills_every_placeholder() -> None:
    assert (
        render("Hi {name}, {clinic} {date} {time} with {provider}: {visits}", VALUES)
        == "Hi Ann, Elm Clinic Wed 12 Mar 10:00 with Dr Lee: Wed 12 Mar 10:00, 14:00"
    )


def test_doubled_braces_are_literal() -> None:
    assert render("{{x}} {name}", VALUES) == "{x} Ann"
    assert placeholders_in("{{x}} {name} {time}") == ["name", "time"]


def test_unknown_placeholder_is_refused_naming_it_and_the_known_ones() -> None:
    with pytest.raises(ValidationError) as caught:
        check_template("Your {diagnosis} visit")
    assert str(caught.value) == (
        "The template uses {diagnosis}, which is not a known placeholder; use {name}, "
        "{date}, {time}, {clinic}, {provider}, {visits}."
    )


def test_reason_is_refused_by_default_and_allowed_when_the_clinic_says_so() -> None:
    with pytest.raises(ValidationError) as caught:
        check_template("About {reason}")
    assert str(caught.value) == (
        "The template names {reason}; messages do not say why a patient comes unless the "
        "clinic allows it in the message settings."
    )
    with pytest.raises(ValidationError):
        render("About {reason}", {"reason": "check"})
    assert render("About {reason}", {"reason": "check"}, allow_reason=True) == "About check"


@pytest.mark.parametrize("text", ["{name!r}", "{name:>10}", "{0}", "{name.upper}", "{}"])
def test_anything_but_a_plain_name_is_refused(text: str) -> None:
    with pytest.raises(ValidationError, match="is not a plain name"):
        check_template(text)


@pytest.mark.parametrize("text", ["Hello {name", "Hello name}"])
def test_unmatched_braces_are_refused(text: str) -> None:
    with pytest.raises(ValidationError, match="unmatched brace"):
        check_template(text)


@pytest.mark.parametrize("text", ["", "   \n"])
def test_empty_template_is_refused(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_template(text)
    assert str(caught.value) == "A message template cannot be empty."


def test_length_limit_is_exact() -> None:
    check_template("x" * MAX_TEMPLATE_LENGTH)
    with pytest.raises(ValidationError, match="at most 640 characters \\(this one has 641\\)"):
        check_template("x" * (MAX_TEMPLATE_LENGTH + 1))


def test_a_missing_value_is_named() -> None:
    with pytest.raises(ValidationError, match=r"No value for the placeholder \{time\}"):
        render("{name} {time}", {"name": "Ann"})


def test_every_default_template_is_valid_and_renders() -> None:
    for languages in DEFAULT_TEMPLATES.values():
        for text in languages.values():
            assert "{" not in render(text, VALUES)


def test_template_choice_prefers_the_clinics_own_then_the_language_then_english() -> None:
    custom = {("reminder", "fr"): "Bonjour {name}", ("confirmed", "en"): "OK {name}"}
    assert template_text("reminder", "fr", custom) == "Bonjour {name}"
    assert template_text("confirmed", "fr", custom) == "OK {name}"
    assert template_text("reminder", "de", custom) == DEFAULT_TEMPLATES["reminder"]["en"]
    assert template_text("reminder", "en") == DEFAULT_TEMPLATES["reminder"]["en"]
    with pytest.raises(ValidationError, match="no message template called 'nope'"):
        template_text("nope", "en")


def test_a_default_in_the_asked_language_wins_over_english(monkeypatch: pytest.MonkeyPatch) -> None:
    import clinicdesk.domain.message_templates as templates

    monkeypatch.setattr(
        templates, "DEFAULT_TEMPLATES", {"reminder": {"en": "Hi {name}", "fr": "Salut {name}"}}
    )
    assert template_text("reminder", "fr") == "Salut {name}"
    assert template_text("reminder", "fr", {("other", "fr"): "x"}) == "Salut {name}"


def test_the_patients_language_then_the_clinics_then_english() -> None:
    custom = {
        ("reminder", "de"): "Hallo {name}",
        ("reminder", "fr"): "Bonjour {name}",
        ("confirmed", "en"): "OK {name}",
    }
    assert template_text("reminder", "de", custom, fallback="fr") == "Hallo {name}"
    assert template_text("reminder", "es", custom, fallback="fr") == "Bonjour {name}"
    assert template_text("reminder", "", custom, fallback="de") == "Hallo {name}"
    assert template_text("confirmed", "de", custom, fallback="fr") == "OK {name}"
    assert (
        template_text("reminder", "es", custom, fallback="it")
        == (DEFAULT_TEMPLATES["reminder"]["en"])
    )
    assert (
        template_text("reminder", "es", None, fallback="it")
        == (DEFAULT_TEMPLATES["reminder"]["en"])
    )


def test_a_built_in_text_in_the_patients_language_beats_the_clinics(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import clinicdesk.domain.message_templates as templates

    monkeypatch.setattr(
        templates,
        "DEFAULT_TEMPLATES",
        {"reminder": {"en": "Hi {name}", "fr": "Salut {name}", "de": "Hallo {name}"}},
    )
    assert template_text("reminder", "fr", {("reminder", "de"): "x"}, fallback="de") == (
        "Salut {name}"
    )
    assert template_text("reminder", "es", {}, fallback="de") == "Hallo {name}"
    assert template_text("reminder", "es", {}, fallback="it") == "Hi {name}"


@pytest.mark.parametrize("code", ["de", "fr", "pt-BR", "zh-Hant", "ast", "", " de "])
def test_language_codes(code: str) -> None:
    assert check_language(code) == code.strip()


@pytest.mark.parametrize(
    "code", ["D", "german", "de_DE", "de-", "1e", "de-x", "DE", "de-ABCDEFGHI"]
)
def test_bad_language_codes_are_refused(code: str) -> None:
    with pytest.raises(
        ValidationError,
        match=(
            r"^'.*' is not a language code like de, fr or pt-BR "
            r"\(or empty for the clinic's language\)\.$"
        ),
    ):
        check_language(code)


def test_a_long_bad_code_is_cut_in_the_message() -> None:
    with pytest.raises(ValidationError, match=r"^'x{40}' is not"):
        check_language("x" * 50)
