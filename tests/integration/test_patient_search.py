"""Patient search through the FTS5 index on a real SQLCipher file."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Engine, text

from clinicdesk.domain.patients import Patient, Phone
from clinicdesk.store.search_index import build_match_query, rebuild_patient_search_index
from clinicdesk.store.uow import SqlUnitOfWork

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def _patient(
    pid: str, given: str, family: str, born: date, *phones: str, **extra: object
) -> Patient:
    return Patient(
        id=pid,
        given=given,
        family=family,
        birth_date=born,
        updated_at=NOW,
        phones=tuple(Phone(number) for number in phones),
        **extra,  # type: ignore[arg-type]
    )


PEOPLE = [
    _patient("p-obrien", "Siobhan", "O'Brien", date(1984, 3, 7), "+447700900123"),
    _patient("p-zoe", "Zoë", "Müller", date(1990, 12, 1), "+442079460001"),
    _patient("p-lukasz", "Łukasz", "Ødegaard", date(1975, 6, 30)),
    _patient("p-smith", "Chloé", "Smith-Jones", date(2001, 1, 15), "+447700900999"),
    _patient("p-ngoc", "Ngọc", "Nguyễn", date(1968, 11, 2)),
    _patient("p-wang", "伟", "王", date(1959, 4, 4)),
    _patient("p-jose", "José", "García", date(1984, 7, 3), preferred_name="Pepe"),
]


@pytest.fixture
def uow_factory(test_engine: Engine):
    with SqlUnitOfWork(test_engine) as uow:
        uow.patients.add_many(PEOPLE)
        uow.commit()
    return lambda: SqlUnitOfWork(test_engine)


def ids(uow_factory, query: str) -> list[str]:
    with uow_factory() as uow:
        return [p.id for p in uow.patients.search(query)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("obrien", "p-obrien"),
        ("o brien", "p-obrien"),
        ("O'Brien", "p-obrien"),
        ("O’BRI", "p-obrien"),
        ("zoe", "p-zoe"),
        ("ZOË MÜL", "p-zoe"),
        ("muller", "p-zoe"),
        ("lukasz", "p-lukasz"),
        ("odegaard", "p-lukasz"),
        ("Ødeg", "p-lukasz"),
        ("chloe", "p-smith"),
        ("smithjones", "p-smith"),
        ("jones", "p-smith"),
        ("smith-jo", "p-smith"),
        ("ngoc nguyen", "p-ngoc"),
        ("王", "p-wang"),
        ("pepe", "p-jose"),
        ("garcia jose", "p-jose"),
    ],
)
def test_names_match_whatever_the_case_accents_and_punctuation(uow_factory, query, expected):
    assert ids(uow_factory, query) == [expected]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("7700900", ["p-obrien", "p-smith"]),
        ("07700 900123", ["p-obrien"]),
        ("+44 7700 900 123", ["p-obrien"]),
        ("900999", ["p-smith"]),
        ("7946 0001", ["p-zoe"]),
        ("0044 20 7946", ["p-zoe"]),
    ],
)
def test_phone_digits_match_anywhere_in_the_number(uow_factory, query, expected):
    assert sorted(ids(uow_factory, query)) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("1984-03-07", ["p-obrien"]),
        ("07/03/1984", ["p-obrien"]),
        ("7.3.1984", []),  # day and month need their two digits, as the DOB field shows them
        ("1984", ["p-jose", "p-obrien"]),
        ("03/07/1984", ["p-jose"]),
        ("1984-07", ["p-jose"]),
        ("07/03", ["p-obrien"]),
    ],
)
def test_date_of_birth_in_iso_and_day_month_year_forms(uow_factory, query, expected):
    assert sorted(ids(uow_factory, query)) == expected


def test_words_narrow_the_result_and_combine_name_with_birth_year(uow_factory):
    assert ids(uow_factory, "siobhan 1984") == ["p-obrien"]
    assert ids(uow_factory, "siobhan 1990") == []


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '"obrien',
        "*",
        "obrien*",
        "-obrien",
        "(obrien",
        "obrien)",
        "NEAR(obrien zoe)",
        "obrien AND zoe",
        "obrien OR",
        "NOT",
        "names:obrien",
        "{names phones}: 7700",
        "^obrien",
        "o'brien' -- ; DROP TABLE patients",
        "+",
        "   ",
        "",
        "\x00",
    ],
)
def test_fts_syntax_typed_by_a_user_never_raises(uow_factory, query):
    found = ids(uow_factory, query)  # raising here is the failure this test is about
    assert set(found) <= {person.id for person in PEOPLE}


def test_fts_operators_are_searched_as_words(uow_factory):
    assert ids(uow_factory, "obrien*") == ["p-obrien"]
    assert ids(uow_factory, "-obrien") == ["p-obrien"]
    assert ids(uow_factory, "NEAR(obrien)") == []  # "near" is a word no name starts with
    assert build_match_query("   ") is None


def test_soft_deleted_patients_are_hidden(uow_factory):
    with uow_factory() as uow:
        patient = uow.patients.get("p-obrien")
        assert patient is not None
        uow.patients.update(dataclasses.replace(patient, deleted=True))
        uow.commit()
    assert ids(uow_factory, "obrien") == []
    assert ids(uow_factory, "7700900") == ["p-smith"]


def test_update_keeps_the_index_in_step(uow_factory):
    with uow_factory() as uow:
        patient = uow.patients.get("p-zoe")
        assert patient is not None
        uow.patients.update(
            dataclasses.replace(
                patient,
                family="Fischer",
                phones=(Phone("+441614960555"),),
                birth_date=date(1991, 2, 3),
            )
        )
        uow.commit()
    assert ids(uow_factory, "muller") == []
    assert ids(uow_factory, "7946") == []
    assert ids(uow_factory, "fischer") == ["p-zoe"]
    assert ids(uow_factory, "4960555") == ["p-zoe"]
    assert ids(uow_factory, "03/02/1991") == ["p-zoe"]


def test_bulk_sql_statements_are_covered_by_the_triggers(uow_factory, test_engine: Engine):
    with test_engine.begin() as connection:
        connection.execute(
            text("UPDATE patients SET family = 'Renamed' WHERE family LIKE 'Smith%'")
        )
        connection.execute(text("DELETE FROM patients WHERE id = 'p-wang'"))
    assert ids(uow_factory, "renamed") == ["p-smith"]
    assert ids(uow_factory, "smith") == []
    assert ids(uow_factory, "王") == []


def test_rebuild_gives_the_same_answers(uow_factory, test_engine: Engine):
    before = {q: ids(uow_factory, q) for q in ("obrien", "7700900", "1984", "zoe")}
    with test_engine.begin() as connection:
        connection.execute(text("DELETE FROM patient_search_docs"))
        rebuild_patient_search_index(connection)
    assert {q: ids(uow_factory, q) for q in before} == before


def test_best_match_first_then_by_family_and_limit(uow_factory):
    with uow_factory() as uow:
        uow.patients.add_many(
            _patient(f"p-extra-{n}", "Anna", f"Brown{n:02d}", date(1980, 1, 1)) for n in range(30)
        )
        uow.commit()
    with uow_factory() as uow:
        found = uow.patients.search("anna", limit=5)
    assert [p.family for p in found] == ["Brown00", "Brown01", "Brown02", "Brown03", "Brown04"]


def test_a_phone_prefix_shared_by_many_gives_the_limit_in_name_order(uow_factory) -> None:
    many = [
        _patient(f"p-many-{n:02}", "Alex", f"Family{n:02}", date(1980, 1, 1), f"+4477009{n:05}")
        for n in range(30)
    ]
    with uow_factory() as uow:
        uow.patients.add_many(many)
        uow.commit()
    with uow_factory() as uow:
        found = uow.patients.search("07700 9", 20)
        exact = uow.patients.search("07700 900017", 20)
    assert len(found) == 20
    names = [(p.family, p.given) for p in found]
    assert names == sorted(names)
    assert [p.id for p in exact] == ["p-many-17"]


def test_a_renamed_patient_moves_in_the_name_order(uow_factory, test_engine: Engine) -> None:
    """Ties are listed by the copy of the names the index keeps: renames must reach it,
    whether made through the repository or by a bulk SQL statement."""
    with uow_factory() as uow:
        uow.patients.add_many(
            _patient(f"p-anna-{n}", "Anna", f"Brown{n:02d}", date(1980, 1, 1)) for n in range(6)
        )
        uow.commit()
    with uow_factory() as uow:
        patient = uow.patients.get("p-anna-5")
        assert patient is not None
        uow.patients.update(dataclasses.replace(patient, family="Brown00a"))
        uow.commit()
    with test_engine.begin() as connection:
        connection.execute(text("UPDATE patients SET family = 'Brown00b' WHERE id = 'p-anna-4'"))
    with uow_factory() as uow:
        found = uow.patients.search("anna", limit=4)
    assert [p.family for p in found] == ["Brown00", "Brown00a", "Brown00b", "Brown01"]


LISTED_QUERIES = ("obrien", "zoe", "7700900", "1984", "o", "jose pepe", "07/03/1984", "王")


def listings_and_full_rows(uow_factory, query: str) -> tuple[list, list]:
    """What the search list reads (the index alone) and the same matches read in full."""
    from clinicdesk.services.patients import PatientSummary

    with uow_factory() as uow:
        listed = [PatientSummary.of_listing(p) for p in uow.patients.search_listings(query)]
        full = [PatientSummary.of(p) for p in uow.patients.search(query)]
    return listed, full


def test_the_list_lines_read_from_the_index_equal_the_patient_rows(uow_factory) -> None:
    with uow_factory() as uow:
        uow.patients.add(
            _patient(
                "p-alert",
                "Olga",
                "Orr",
                date(1984, 5, 5),
                "+447700900555",
                preferred_name="Ollie",
                email="olga@example.org",
                alerts="latex allergy",
            )
        )
        uow.commit()
    for query in LISTED_QUERIES:
        listed, full = listings_and_full_rows(uow_factory, query)
        assert listed == full, query
    listed, _ = listings_and_full_rows(uow_factory, "olga")
    assert listed[0].has_alerts and listed[0].email == "olga@example.org"
    assert listed[0].display_name == 'Orr, Olga "Ollie"'


def test_the_list_lines_follow_every_shown_field(uow_factory, test_engine: Engine) -> None:
    """Email, alerts, phones and birth date changed by a bulk statement reach the index's
    copy: a whitespace-only alert is no alert, as on the full record."""
    with test_engine.begin() as connection:
        connection.execute(
            text(
                "UPDATE patients SET phones = '[[\"+447700900777\", \"home\"]]', "
                "birth_date = '1984-03-08', preferred_name = 'Shiv' WHERE id = 'p-obrien'"
            )
        )
        # Fields the index does not search, changed on their own.
        connection.execute(
            text(
                "UPDATE patients SET email = 'new@example.org', alerts = 'faints' "
                "WHERE id = 'p-obrien'"
            )
        )
        connection.execute(text("UPDATE patients SET alerts = 'x' WHERE id = 'p-zoe'"))
        connection.execute(text("UPDATE patients SET alerts = ' \n\t' WHERE id = 'p-zoe'"))
    for query in (*LISTED_QUERIES, "siobhan", "shiv", "zoe"):
        listed, full = listings_and_full_rows(uow_factory, query)
        assert listed == full, query
    listed, _ = listings_and_full_rows(uow_factory, "siobhan")
    assert (listed[0].email, listed[0].has_alerts, listed[0].phones) == (
        "new@example.org",
        True,
        ("+447700900777",),
    )
    assert listings_and_full_rows(uow_factory, "zoe")[0][0].has_alerts is False
