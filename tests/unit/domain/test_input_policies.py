"""The two input rules every boundary applies: clinic dates and stored free text."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clinicdesk.domain.date_policy import (
    FIRST_CLINIC_DAY,
    LAST_CLINIC_DAY,
    check_birth_date,
    check_clinic_day,
    check_clinic_instant,
    clinic_day_after,
)
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.text_policy import BIDI_CONTROLS, TextKind, check_text, text_problem


@given(st.dates())
def test_a_day_is_accepted_exactly_inside_the_clinic_calendar(day: date) -> None:
    inside = FIRST_CLINIC_DAY <= day <= LAST_CLINIC_DAY
    if inside:
        assert check_clinic_day(day) == day
    else:
        with pytest.raises(ValidationError, match="outside the dates"):
            check_clinic_day(day)


@given(st.datetimes(timezones=st.just(timezone(timedelta(hours=14))) | st.none()))
def test_an_instant_at_any_date_is_checked_without_overflowing(moment: datetime) -> None:
    try:
        check_clinic_instant(moment)
    except ValidationError:
        return
    # Accepted: converting it to UTC and a day either side cannot overflow.
    if moment.tzinfo is not None:
        moment.astimezone(UTC) + timedelta(days=1)
        moment.astimezone(UTC) - timedelta(days=1)


def test_the_edges_of_date_are_refused_not_overflowed() -> None:
    for moment in (datetime.min, datetime.max, datetime.max.replace(tzinfo=UTC)):
        with pytest.raises(ValidationError):
            check_clinic_instant(moment)
    with pytest.raises(ValidationError):
        clinic_day_after(date(9999, 12, 31), 1)
    assert clinic_day_after(date(2030, 1, 1), 1) == date(2030, 1, 2)


def test_birth_dates() -> None:
    today = date(2026, 3, 2)
    assert check_birth_date(date(1980, 5, 17), today)
    for wrong in (date(2026, 3, 3), date(1, 1, 1), date(1890, 1, 1), date(9999, 12, 31)):
        with pytest.raises(ValidationError, match="birth"):
            check_birth_date(wrong, today)


BIDI_LIST = sorted(BIDI_CONTROLS)


@pytest.mark.parametrize(
    "value",
    ["\x00", "a\x1bb", "\x01", "\x7f", "\u0085", "\u2028", "\udcff", "caf\udce9", *BIDI_LIST],
)
def test_control_bidi_and_broken_characters_are_refused_in_every_kind(value: str) -> None:
    for kind in TextKind:
        with pytest.raises(ValidationError, match="nothing was saved"):
            check_text(f"Dr {value} Lee", kind, "The name")


def test_each_kind_has_its_limit_and_only_notes_keep_line_breaks() -> None:
    for kind in TextKind:
        limit = kind.value.max_length
        assert check_text("x" * limit, kind, "It") == "x" * limit
        assert text_problem("x" * (limit + 1), kind) is not None
    assert check_text("first line\n\tsecond", TextKind.NOTE, "The notes")
    with pytest.raises(ValidationError):
        check_text("first line\nsecond", TextKind.REASON, "The reason")


@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Cf", "Zl", "Zp"))))
def test_ordinary_text_in_any_script_is_kept_as_it_is(value: str) -> None:
    assert check_text(value[:100], TextKind.NAME, "The name") == value[:100]
