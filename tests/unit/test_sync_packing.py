"""A batch's column goes to the server as one packed string, unless a value could be
mistaken for the separator: then it goes as a plain array, never split wrongly."""

from __future__ import annotations

from clinicdesk.sync.packing import SEPARATOR, columns, text_column


def test_ids_and_json_travel_as_one_string() -> None:
    expression, parameter = text_column(["a", '{"x":"\\u001f"}', None], "text")
    assert expression == "string_to_array(%s, chr(31))::text[]"
    assert parameter == SEPARATOR.join(["a", '{"x":"\\u001f"}', ""])


def test_a_value_holding_the_separator_goes_as_an_array() -> None:
    hostile = [f"id{SEPARATOR}forged", "plain"]
    assert text_column(hostile) == ("%s::text[]", hostile)


def test_an_empty_column_needs_no_parameter() -> None:
    expressions, parameters = columns(([], "bigint"), ([1, 2], "bigint"))
    assert expressions == ["'{}'::bigint[]", "string_to_array(%s, chr(31))::bigint[]"]
    assert parameters == [f"1{SEPARATOR}2"]
