"""Names alike despite a typing slip, and names that are someone else's."""

from __future__ import annotations

import pytest

from clinicdesk.services.duplicate_patients import compact_name, names_alike


@pytest.mark.parametrize(
    ("typed", "on_file"),
    [
        (("Piet", "Vantongeran"), ("Piet", "Vantongeren")),  # one letter wrong
        (("Piet", "Vantongeren"), ("Piet", "Vantognere")),  # transposed, and one more
        (("Siobhan", "OBrien"), ("Siobhán", "O'Brien")),  # accent and apostrophe dropped
        (("Zoe", "Muller"), ("Zoë", "Müller")),
        (("Okonkwo", "Adaeze"), ("Adaeze", "Okonkwo")),  # given and family swapped
        (("Adeaze", "Okonkow"), ("Adaeze", "Okonkwo")),  # a slip in each part
        (("Piet", "Van Tongeren"), ("Piet", "Vantongeren")),  # spacing inside the name
        (("Maria", "Garcia Lopez"), ("María", "García-López")),
        (("Tom", "Lee"), ("Ann", "Lee")),  # same family name: twins are the desk's call
    ],
)
def test_slips_are_alike(typed: tuple[str, str], on_file: tuple[str, str]) -> None:
    assert names_alike(*typed, *on_file)


@pytest.mark.parametrize(
    ("typed", "on_file"),
    [
        (("Anna", "Smith"), ("Robert", "Smyth")),  # family close, given far
        (("Li", "Wu"), ("Li", "Xu")),  # two-letter names match exactly or not at all
        (("John", "Taylor"), ("Jane", "Baylis")),
        (("Adaeze", "Okonkwo"), ("Chidi", "Okafor")),
    ],
)
def test_other_people_are_not_alike(typed: tuple[str, str], on_file: tuple[str, str]) -> None:
    assert not names_alike(*typed, *on_file)


def test_compact_name_keeps_only_folded_letters() -> None:
    assert compact_name("  O'Brien-Smith ") == "obriensmith"
    assert compact_name("Ødegård") == "odegard"
