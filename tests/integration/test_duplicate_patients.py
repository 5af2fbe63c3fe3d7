"""Registering someone already on file, typed with a slip, on a real SQLCipher store."""

from __future__ import annotations

from datetime import date

from clinicdesk.services.context import ServiceContext
from clinicdesk.services.patients import register_patient, search_patients

BORN = date(1971, 8, 30)


def test_a_typo_in_the_family_name_with_the_same_birth_date_is_caught(
    service_context: ServiceContext,
) -> None:
    first = register_patient(service_context, given="Piet", family="Vantongeren", birth_date=BORN)
    assert first.patient is not None
    for given, family in (
        ("Piet", "Vantongeran"),
        ("Vantongeren", "Piet"),
        ("Peit", "Vantongeren"),
        ("Piet", "Van Tongeren"),
    ):
        again = register_patient(service_context, given=given, family=family, birth_date=BORN)
        assert not again.registered, (given, family)
        assert [p.id for p in again.possible_duplicates] == [first.patient.id]
    assert len(search_patients(service_context, "piet")) == 1  # nothing else was saved


def test_a_similar_name_born_on_another_day_is_someone_else(
    service_context: ServiceContext,
) -> None:
    register_patient(service_context, given="Piet", family="Vantongeren", birth_date=BORN)
    other = register_patient(
        service_context, given="Piet", family="Vantongeran", birth_date=date(1971, 8, 31)
    )
    assert other.registered and other.possible_duplicates == ()
    unlike = register_patient(service_context, given="Anna", family="Bakker", birth_date=BORN)
    assert unlike.registered and unlike.possible_duplicates == ()
