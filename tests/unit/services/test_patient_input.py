"""Pure input handling for patients: dates, phone numbers, the search query builder."""

from __future__ import annotations

from datetime import date

import pytest

from clinicdesk.domain.errors import ValidationError
from clinicdesk.services.patients import parse_birth_date
from clinicdesk.services.phones import normalize_phone, region_for_time_zone
from clinicdesk.store.search_index import build_match_query, fold_name


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1984-03-07", date(1984, 3, 7)),
        ("07/03/1984", date(1984, 3, 7)),
        (" 7/3/1984 ", date(1984, 3, 7)),
        ("07.03.1984", date(1984, 3, 7)),
    ],
)
def test_birth_dates_in_the_forms_people_type(typed, expected):
    assert parse_birth_date(typed) == expected


@pytest.mark.parametrize("typed", ["", "1984-13-01", "31/02/1984", "yesterday", "03/1984"])
def test_impossible_birth_dates_are_refused(typed):
    with pytest.raises(ValidationError):
        parse_birth_date(typed)


@pytest.mark.parametrize(
    ("typed", "region", "expected"),
    [
        ("07700 900123", "GB", "+44 7700 900123"),
        ("+44 (0)20 7946 0001", "GB", "+44 20 7946 0001"),
        ("0161-496-0555", "GB", "+44 161 496 0555"),
        ("212 555 0123", "US", "+1 212-555-0123"),
        ("+33 6 12 34 56 78", "GB", "+33 6 12 34 56 78"),
    ],
)
def test_phone_numbers_are_written_in_international_form(typed, region, expected):
    assert normalize_phone(typed, region) == expected


@pytest.mark.parametrize("typed", ["", "12", "not a number", "+44 7700 9001234567"])
def test_numbers_that_cannot_be_phones_are_refused(typed):
    with pytest.raises(ValidationError):
        normalize_phone(typed, "GB")


def test_the_clinic_time_zone_gives_the_default_country():
    assert region_for_time_zone("Europe/London") == "GB"
    assert region_for_time_zone("America/New_York") == "US"
    assert region_for_time_zone("Europe/Warsaw") == "PL"
    assert region_for_time_zone("UTC") == "GB"


def test_names_fold_to_plain_lower_case_letters():
    assert fold_name("Ødegaard Łukasz Zoë STRAßE") == "odegaard lukasz zoe strasse"


def test_every_typed_word_becomes_a_quoted_prefix_term():
    assert build_match_query('O\'Brien "x" AND *') == (
        'names : "o"* AND names : "brien"* AND names : "x"* AND names : "and"*'
    )
    assert build_match_query("07/03/1984") == '{phones birth} : ("07031984"* OR "7031984"*)'
    assert build_match_query("+44 7700 900123") == '{phones birth} : ("447700900123"*)'
    assert build_match_query("--- ()") is None


@pytest.mark.parametrize("typed", ["", "   "])
def test_an_empty_birth_date_asks_for_one_instead_of_quoting_nothing(typed):
    with pytest.raises(ValidationError) as refused:
        parse_birth_date(typed)
    assert refused.value.message == "Enter the date of birth, as DD/MM/YYYY or YYYY-MM-DD."
    assert "''" not in refused.value.message
