"""What free text clinicdesk stores: one rule for every field a person types.

Text ends up on screens, paper, CSV files and other PCs through sync, so what may be
stored is decided once, here, and every service applies it at its boundary:

- a length limit per kind of field (a 1 MB "type name" is a paste accident or an
  attack, never a name);
- no control characters (NUL, ESC, U+0001...): they break terminals, files and
  printing; a line break or tab is allowed only in multi-line fields (notes);
- no bidirectional overrides or isolates (U+202A-U+202E, U+2066-U+2069): they make
  "Dr Lee" display as a different name than the one stored;
- no text that is not valid Unicode (a lone surrogate, as invalid UTF-8 in a
  command's arguments becomes), which the store could not even encode.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import Enum

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr

BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
MULTILINE_ALLOWED = frozenset("\n\t")


@dataclass(frozen=True, slots=True)
class FieldRule:
    max_length: int
    multiline: bool = False


class TextKind(Enum):
    """Kinds of free-text field, each with its limit."""

    NAME = FieldRule(100)  # a person, provider, appointment type, room, specialty
    TITLE = FieldRule(60)  # Dr, Mr, a room kind
    IDENTIFIER = FieldRule(200)  # an id, a user name or a code given as text
    EMAIL = FieldRule(254)  # RFC 5321's limit for an address
    PHONE = FieldRule(40)
    REASON = FieldRule(500)  # a booking, cancel, override or time-off reason
    ADDRESS = FieldRule(500)
    NOTE = FieldRule(20_000, multiline=True)  # notes, clinical notes


def _describe(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return f"U+{ord(ch):04X}" + (f" {name}" if name else "")


def text_problem(value: str, kind: TextKind) -> str | None:
    """Why ``value`` may not be stored as ``kind``, or None if it may."""
    rule = kind.value
    if len(value) > rule.max_length:
        return f"is longer than {rule.max_length:,} characters"
    if value.isprintable():
        # Every character refused below is outside Unicode's printable set, so the
        # common case (an import's millions of plain names) needs no walk.
        return None
    for ch in value:
        code = ord(ch)
        if 0xD800 <= code <= 0xDFFF:
            return "is not valid text (invalid UTF-8 or a broken character)"
        if ch in BIDI_CONTROLS:
            return f"contains a text-direction control character ({_describe(ch)})"
        if rule.multiline and ch in MULTILINE_ALLOWED:
            continue
        if unicodedata.category(ch) in ("Cc", "Cs") or ch in "\u2028\u2029":
            return f"contains a control character ({_describe(ch)})"
    return None


def check_text(value: str, kind: TextKind, what: str) -> str:
    """``value`` if it may be stored as ``kind``, else ValidationError naming ``what``
    ("The reason", "The appointment type's name")."""
    problem = text_problem(value, kind)
    if problem is not None:
        raise ValidationError(tr(
            "text policy",
            "{what} {problem}; nothing was saved.",
        ).format(what=what, problem=problem))
    return value


def check_optional_text(value: str | None, kind: TextKind, what: str) -> str | None:
    return None if value is None else check_text(value, kind, what)
