"""One way for every command to print: human text, or exactly one JSON document.

JSON shapes follow the CLI contract (docs/cli.md): ids are strings, instants are ISO 8601
with their UTC offset, dates are ``YYYY-MM-DD``, wall-clock times ``HH:MM``, enums
are their values. Dataclasses (read-models, entities) become objects.
"""

from __future__ import annotations

import dataclasses
import json
import sys
import uuid
from collections.abc import Callable, Mapping
from datetime import date, datetime, time, timedelta
from enum import Enum
from pathlib import PurePath
from typing import Any, TextIO


def to_jsonable(value: Any) -> Any:
    """``value`` as plain JSON types (dict, list, str, int, float, bool, None)."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Enum):
        return to_jsonable(value.value)
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            # Every instant in clinicdesk is aware; a naive one here is a bug upstream.
            raise ValueError(f"naive datetime cannot be written as an instant: {value!r}")
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M") if value.second == 0 else value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, uuid.UUID | PurePath):
        return str(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(to_jsonable(key)): to_jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = [to_jsonable(item) for item in value]
        # Sets have no order; sort so output is repeatable.
        return sorted(items, key=json.dumps) if isinstance(value, set | frozenset) else items
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def dumps(value: Any) -> str:
    """``value`` as one JSON document (UTF-8 text, non-ASCII kept readable)."""
    return json.dumps(to_jsonable(value), ensure_ascii=False, indent=2)


Human = str | Callable[[Any], str] | None


def emit(
    value: Any,
    *,
    as_json: bool,
    human: Human = None,
    stream: TextIO | None = None,
) -> None:
    """Print ``value``: as one JSON document with ``as_json``, else as ``human`` text.

    ``human`` is the text to show, or a function that renders ``value``; without it
    the value's plain ``str`` is printed.
    """
    out = stream if stream is not None else sys.stdout
    if as_json:
        out.write(dumps(value) + "\n")
        return
    if human is None:
        text = "" if value is None else str(value)
    elif callable(human):
        text = human(value)
    else:
        text = human
    if text:
        out.write(text if text.endswith("\n") else text + "\n")


def table(rows: list[tuple[str, ...]], headers: tuple[str, ...]) -> str:
    """A plain text table with columns padded to fit, for human output."""
    if not rows:
        return ""
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.extend(
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    )
    return "\n".join(lines)
