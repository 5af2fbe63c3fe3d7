"""The recovery key codec: exact round trip, and every single typo caught in its group."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clinicdesk.store.errors import RecoveryKeyFormatError
from clinicdesk.store.recovery_key import format_recovery_key, parse_recovery_key

keys = st.binary(min_size=32, max_size=32)


@given(keys)
def test_round_trip_gives_back_the_exact_key(key: bytes) -> None:
    text = format_recovery_key(key)
    assert re.fullmatch(r"\d{6}(-\d{6}){15}", text)
    assert parse_recovery_key(text) == key


def test_known_value_matches_the_bitlocker_style_scheme() -> None:
    key = bytes(range(32))  # groups 0x0001, 0x0203, ... each times 11
    groups = format_recovery_key(key).split("-")
    assert groups[0] == f"{0x0001 * 11:06d}" == "000011"
    assert groups[1] == f"{0x0203 * 11:06d}"
    assert groups[15] == f"{0x1E1F * 11:06d}"
    assert format_recovery_key(b"\xff" * 32).split("-")[0] == "720885"


@given(keys)
def test_spaces_line_breaks_and_no_separators_are_accepted(key: bytes) -> None:
    groups = format_recovery_key(key).split("-")
    assert parse_recovery_key(" ".join(groups)) == key
    assert parse_recovery_key("".join(groups)) == key
    assert parse_recovery_key("\n".join(groups[:8]) + "\n " + " - ".join(groups[8:]) + "\n") == key


@given(keys, st.integers(0, 95), st.integers(1, 9))
def test_any_single_mistyped_digit_is_caught_in_its_group(
    key: bytes, position: int, shift: int
) -> None:
    digits = list(format_recovery_key(key).replace("-", ""))
    digits[position] = str((int(digits[position]) + shift) % 10)
    typed = "-".join("".join(digits[i : i + 6]) for i in range(0, 96, 6))
    with pytest.raises(RecoveryKeyFormatError, match=rf"^Group {position // 6 + 1} "):
        parse_recovery_key(typed)


@given(keys, st.integers(0, 15), st.integers(0, 4))
def test_swapped_neighbouring_digits_are_caught(key: bytes, group: int, offset: int) -> None:
    groups = format_recovery_key(key).split("-")
    chars = list(groups[group])
    if chars[offset] == chars[offset + 1]:
        return  # swapping equal digits is no typo
    chars[offset], chars[offset + 1] = chars[offset + 1], chars[offset]
    groups[group] = "".join(chars)
    with pytest.raises(RecoveryKeyFormatError, match=rf"^Group {group + 1} "):
        parse_recovery_key("-".join(groups))


def test_a_multiple_of_eleven_above_the_16_bit_range_is_refused() -> None:
    groups = format_recovery_key(bytes(32)).split("-")
    groups[3] = f"{65536 * 11:06d}"  # 720896: divisible by 11 but not a 16-bit value
    with pytest.raises(RecoveryKeyFormatError, match=r"^Group 4 "):
        parse_recovery_key("-".join(groups))


def test_wrong_length_says_how_many_digits_were_entered() -> None:
    text = format_recovery_key(bytes(32)).replace("-", "")[:-1]
    with pytest.raises(RecoveryKeyFormatError, match="95 were entered"):
        parse_recovery_key(text)


def test_a_short_group_is_named() -> None:
    groups = format_recovery_key(bytes(32)).split("-")
    groups[6] = groups[6][:5]
    with pytest.raises(RecoveryKeyFormatError, match=r"^Group 7 .* has 5 digits"):
        parse_recovery_key("-".join(groups))


def test_letters_are_refused_and_named() -> None:
    text = format_recovery_key(bytes(32))
    with pytest.raises(RecoveryKeyFormatError, match="remove: O"):
        parse_recovery_key("O" + text[1:])


def test_only_32_byte_keys_are_formatted() -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        format_recovery_key(bytes(16))
