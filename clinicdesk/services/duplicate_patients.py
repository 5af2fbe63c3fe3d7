"""Is this caller already registered? Near-duplicate patients for a new registration.

A registration typed from a phone call carries slips: "Vantongeran" for "Vantongeren",
two letters swapped, given and family names the wrong way round, accents left out.
The patient already on file must still be found, or the clinic ends up with two
charts for one person.

Candidates come from the search index by the exact birth date and by each phone number,
so the check reads a handful of rows even in a clinic of 200,000. Their names are then
compared after folding case and accents and dropping the spaces, hyphens and
apostrophes inside names ("Van Tongeren" = "vantongeren"), allowing one slip in a short
name and two in a long one, counted as Damerau-Levenshtein edits (a transposition is one
edit). Sharing a phone number is enough on its own, as it always was.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz.distance import DamerauLevenshtein

from clinicdesk.domain.patients import Patient, fold_text
from clinicdesk.services.ports import UnitOfWork

MAX_CANDIDATES = 100
# Name length (letters, folded) up to which one edit is allowed; longer names allow two.
# Names of one or two letters ("Li", "Ng") must match exactly.
ONE_EDIT_UP_TO = 7


def compact_name(name: str) -> str:
    """Folded letters only: "O'Brien-Smith" -> "obriensmith", "Zoë" -> "zoe"."""
    return "".join(ch for ch in fold_text(name) if ch.isalpha())


def edits_allowed(length: int) -> int:
    if length <= 2:
        return 0
    return 1 if length <= ONE_EDIT_UP_TO else 2


def names_close(typed: str, on_file: str) -> bool:
    """The same name part, give or take a typing slip (both already compacted)."""
    if typed == on_file:
        return True
    allowed = edits_allowed(max(len(typed), len(on_file)))
    if allowed == 0:
        return False
    return DamerauLevenshtein.distance(typed, on_file, score_cutoff=allowed) <= allowed


def names_alike(given: str, family: str, other_given: str, other_family: str) -> bool:
    """Could these two names belong to the same person, typed by different people?

    The same family name is enough (twins share a birth date: the receptionist decides);
    otherwise both parts must be close, in the same order or swapped.
    """
    typed_given, typed_family = compact_name(given), compact_name(family)
    file_given, file_family = compact_name(other_given), compact_name(other_family)
    if typed_family == file_family:
        return True
    if names_close(typed_family, file_family) and names_close(typed_given, file_given):
        return True
    return names_close(typed_family, file_given) and names_close(typed_given, file_family)


def _shares_phone(candidate: Patient, digits: Sequence[str]) -> bool:
    return any(phone.digits in digits for phone in candidate.phones)


def near_duplicates(uow: UnitOfWork, patient: Patient) -> list[Patient]:
    """Registered patients who may be ``patient``: same birth date and a name alike, or
    a shared phone number. Sorted by name; ``patient`` itself is never listed."""
    found: dict[str, Patient] = {}
    for candidate in uow.patients.search(patient.birth_date.isoformat(), limit=MAX_CANDIDATES):
        if candidate.birth_date == patient.birth_date and names_alike(
            patient.given, patient.family, candidate.given, candidate.family
        ):
            found[candidate.id] = candidate
    digits = [phone.digits for phone in patient.phones]
    for number in digits:
        for candidate in uow.patients.search(number, limit=MAX_CANDIDATES):
            if _shares_phone(candidate, digits):
                found[candidate.id] = candidate
    found.pop(patient.id, None)
    return sorted(found.values(), key=lambda p: (p.family, p.given, p.id))


class DuplicateIndex:
    """The same rule as :func:`near_duplicates` over many people at once: a large import
    compares each row with the clinic's patients (read in one pass, not a search per
    row) and with the rows before it, by birth date and by phone digits."""

    def __init__(self) -> None:
        self._born: dict[object, list[tuple[str, str, str]]] = {}
        self._phones: dict[str, list[str]] = {}

    def add(
        self, key: str, given: str, family: str, birth_date: object, phones: Sequence[str]
    ) -> None:
        """``phones`` as typed; compared by their digits."""
        self._born.setdefault(birth_date, []).append((key, given, family))
        for number in phones:
            digits = "".join(ch for ch in number if ch.isdigit())
            if digits:
                self._phones.setdefault(digits, []).append(key)

    def matches(
        self, given: str, family: str, birth_date: object, phones: Sequence[str]
    ) -> list[str]:
        """Keys of the people already added who may be this one, in the order added."""
        found = [
            key
            for key, other_given, other_family in self._born.get(birth_date, ())
            if names_alike(given, family, other_given, other_family)
        ]
        for number in phones:
            digits = "".join(ch for ch in number if ch.isdigit())
            found += self._phones.get(digits, ()) if digits else ()
        return list(dict.fromkeys(found))
