"""Many values as one statement parameter: the fast way to send a batch's columns.

psycopg dumps a Python list as an array parameter element by element in Python (quoting
each string), which costs more than the statement itself for thousands of rows. Joined
into one text with the ASCII unit separator (never in a generated id, and escaped by
every JSON encoder) the column goes up as a single string and ``string_to_array`` splits
it on the server. A value that does contain the separator falls back to a plain array.
"""

from __future__ import annotations

from collections.abc import Iterable

SEPARATOR = "\x1f"


def text_column(values: Iterable[object], sql_type: str = "text") -> tuple[str, object]:
    """(SQL expression, parameter) for ``values`` as one ``sql_type[]`` array."""
    items = ["" if value is None else str(value) for value in values]
    joined = SEPARATOR.join(items)
    if not items:
        return f"'{{}}'::{sql_type}[]", None
    if joined.count(SEPARATOR) == len(items) - 1:
        return f"string_to_array(%s, chr(31))::{sql_type}[]", joined
    return f"%s::{sql_type}[]", items


def columns(*specs: tuple[Iterable[object], str]) -> tuple[list[str], list[object]]:
    """Several columns at once: their SQL expressions and the parameters they need."""
    expressions: list[str] = []
    parameters: list[object] = []
    for values, sql_type in specs:
        expression, parameter = text_column(values, sql_type)
        expressions.append(expression)
        if "%s" in expression:
            parameters.append(parameter)
    return expressions, parameters
