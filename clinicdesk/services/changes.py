"""Small helpers for writing changes: what changed (for the audit) and input checks."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from clinicdesk.domain.errors import ValidationError

_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")

# Bookkeeping fields every update touches; naming them in the audit says nothing.
_BOOKKEEPING = frozenset({"updated_at", "updated_by"})


def changed_fields(before: Any, after: Any) -> list[str]:
    """Names of the dataclass fields whose values differ (never the values themselves)."""
    return [
        f.name
        for f in dataclasses.fields(before)
        if f.name not in _BOOKKEEPING and getattr(before, f.name) != getattr(after, f.name)
    ]


def require_text(value: str, what: str) -> str:
    """The value stripped; refused when empty."""
    cleaned = value.strip()
    if not cleaned:
        raise ValidationError(f"Enter the {what}.")
    return cleaned


def require_colour(value: str) -> str:
    if not _COLOUR.match(value):
        raise ValidationError(f"Colour '{value}' is not a colour like #4C78A8.")
    return value.upper()
