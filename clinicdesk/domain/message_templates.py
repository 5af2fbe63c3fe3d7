"""Message templates with named placeholders, per language.

A template is text with ``{placeholder}`` fields. Only the known placeholders are
allowed, and the visit's reason is not among them unless the clinic allows it: a text
message or an e-mail can be read by someone else, so it says when and where, not why.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr

PLACEHOLDERS: tuple[str, ...] = ("name", "date", "time", "clinic", "provider", "visits")
REASON_PLACEHOLDER = "reason"
MAX_TEMPLATE_LENGTH = 640  # four SMS segments

DEFAULT_LANGUAGE = "en"

DEFAULT_TEMPLATES: Mapping[str, Mapping[str, str]] = {
    "reminder": {
        "en": (
            "Hello {name}, this is {clinic}: reminder of your visit with {provider} on "
            "{date} at {time}. Reply C to confirm or X to cancel."
        ),
    },
    "reminder_several": {
        "en": (
            "Hello {name}, this is {clinic}: reminder of your visits {visits}. "
            "Reply C to confirm or X to cancel."
        ),
    },
    "recall": {
        "en": (
            "Hello {name}, this is {clinic}: you are due for a follow-up visit from {date}. "
            "Please call us to book."
        ),
    },
    "confirmed": {"en": "Thank you {name}, your visit on {date} at {time} is confirmed."},
    "cancelled": {"en": "Your visit on {date} at {time} is cancelled. Call {clinic} to rebook."},
    "stopped": {"en": "You will get no more messages from {clinic}. Reply START to resume."},
    "started": {"en": "Messages from {clinic} are on again. Reply STOP to end them."},
    "slot_offer": {
        "en": (
            "Hello {name}, {clinic} has a free time with {provider} on {date} at {time}. "
            "Reply YES to take it or NO to let it go; the first to answer gets it."
        ),
    },
    "slot_taken": {"en": "Thank you {name}, you are booked with {provider} on {date} at {time}."},
    "slot_gone": {
        "en": (
            "Sorry {name}, the time on {date} at {time} is no longer free. "
            "You stay on the waiting list of {clinic}."
        ),
    },
}


@dataclass(frozen=True, slots=True)
class Template:
    name: str
    language: str
    text: str


def placeholders_in(text: str) -> list[str]:
    """The placeholder names a template uses, in order; refuses broken braces."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as exc:
        raise ValidationError(
            tr(
                "message templates",
                "The template has an unmatched brace; write {{name}} for a placeholder and "
                "{{{{ or }}}} for a brace ({exc}).",
            ).format(exc=exc)
        ) from exc
    names = []
    for _literal, field, spec, conversion in parsed:
        if field is None:
            continue
        if spec or conversion or not field.isidentifier():
            raise ValidationError(tr(
                "message templates",
                "The placeholder {{{field}}} is not a plain name like {{name}}.",
            ).format(field=field))
        names.append(field)
    return names


def check_template(text: str, *, allow_reason: bool = False) -> None:
    """Refuse a template that is empty, too long, or names an unknown placeholder."""
    if not text.strip():
        raise ValidationError(tr("message templates", "A message template cannot be empty."))
    if len(text) > MAX_TEMPLATE_LENGTH:
        raise ValidationError(
            tr(
                "message templates",
                "A message template is at most {MAX_TEMPLATE_LENGTH} characters (this one has "
                "{count}).",
            ).format(MAX_TEMPLATE_LENGTH=MAX_TEMPLATE_LENGTH, count=len(text))
        )
    allowed = PLACEHOLDERS + ((REASON_PLACEHOLDER,) if allow_reason else ())
    for name in placeholders_in(text):
        if name == REASON_PLACEHOLDER and not allow_reason:
            raise ValidationError(
                tr(
                    "message templates",
                    "The template names {reason}; messages do not say why a patient comes "
                    "unless the clinic allows it in the message settings.",
                )
            )
        if name not in allowed:
            known = ", ".join("{" + known + "}" for known in allowed)
            raise ValidationError(
                tr(
                    "message templates",
                    "The template uses {{{name}}}, which is not a known placeholder; use "
                    "{known}.",
                ).format(name=name, known=known)
            )


def render(text: str, values: Mapping[str, str], *, allow_reason: bool = False) -> str:
    """The template filled in. Every placeholder it uses must have a value."""
    check_template(text, allow_reason=allow_reason)
    missing = [name for name in placeholders_in(text) if name not in values]
    if missing:
        raise ValidationError(tr(
            "message templates",
            "No value for the placeholder {{{missing}}}.",
        ).format(missing=missing[0]))
    return text.format_map(dict(values))


_LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})?")


def check_language(code: str) -> str:
    """A language tag as messages use it ("de", "pt-BR"; "" for the clinic's), or a
    ValidationError saying what one looks like."""
    tag = code.strip()
    if tag and _LANGUAGE_TAG.fullmatch(tag) is None:
        raise ValidationError(
            tr(
                "message templates",
                "'{code}' is not a language code like de, fr or pt-BR (or empty for the "
                "clinic's language).",
            ).format(code=code[:40])
        )
    return tag


def template_text(
    name: str,
    language: str,
    custom: Mapping[tuple[str, str], str] | None = None,
    *,
    fallback: str = DEFAULT_LANGUAGE,
) -> str:
    """The text for a template in a language (the patient's): the clinic's own text in
    that language, else the built-in one; else the same in ``fallback`` (the clinic's
    language), else in the default language."""
    defaults = DEFAULT_TEMPLATES.get(name)
    if defaults is None:
        raise ValidationError(tr(
            "message templates",
            "There is no message template called '{name}'.",
        ).format(name=name))
    own = custom or {}
    for tag in (language, fallback):
        if (name, tag) in own:
            return own[(name, tag)]
        if tag in defaults:
            return defaults[tag]
    return own.get((name, DEFAULT_LANGUAGE), defaults[DEFAULT_LANGUAGE])
