"""Synthetic patients for the demo clinic, drawn from :mod:`.demo_names`.

Phone numbers use the UK's ranges set aside for drama and tests where they exist
(landlines 020 7946 0xxx, 0161 496 0xxx, 0113 496 0xxx) and 07700 9xxxxx for mobiles;
emails use the reserved example.* domains.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import accumulate

from clinicdesk.domain.ids import new_id
from clinicdesk.domain.patients import (
    Address,
    ContactChannel,
    Insurance,
    Patient,
    Phone,
    Sex,
    VerificationStatus,
)
from clinicdesk.services.demo_names import (
    ALERTS,
    CULTURES,
    PAYERS,
    PREFERRED_NAMES,
    STREETS,
    TOWNS,
    Culture,
)

_CULTURE_WEIGHTS = list(accumulate(c.weight for c in CULTURES))
# Names are listed most common first. A name's weight falls with its rank (1/(rank + k),
# a flattened Zipf curve), so the common names recur and the long tail mostly occurs once:
# namesakes are a few, as in a real clinic, not dozens.
# A given name comes from another culture's pool now and then (families mix, names
# travel), which spreads the given and family names over many more pairs.
_GIVEN_FLATTENING = 15
_FAMILY_FLATTENING = 10
_GIVEN_ELSEWHERE = 0.4


def rank_weights(count: int, flattening: int) -> list[float]:
    """Cumulative weights for ``count`` names listed most common first."""
    return list(accumulate(1 / (rank + flattening) for rank in range(count)))


@dataclass(frozen=True, slots=True)
class _Pool:
    culture: Culture
    female: list[float]
    male: list[float]
    family: list[float]


_POOLS = tuple(
    _Pool(
        culture,
        rank_weights(len(culture.female), _GIVEN_FLATTENING),
        rank_weights(len(culture.male), _GIVEN_FLATTENING),
        rank_weights(len(culture.family), _FAMILY_FLATTENING),
    )
    for culture in CULTURES
)


def draw_name(rnd: random.Random) -> tuple[Culture, Sex, str, str]:
    """A culture, a sex, and a given and family name drawn by their weights."""
    pool = rnd.choices(_POOLS, cum_weights=_CULTURE_WEIGHTS)[0]
    given_pool = pool
    if rnd.random() < _GIVEN_ELSEWHERE:
        given_pool = rnd.choices(_POOLS, cum_weights=_CULTURE_WEIGHTS)[0]
    sex = Sex.FEMALE if rnd.random() < 0.52 else Sex.MALE
    if sex is Sex.FEMALE:
        given = rnd.choices(given_pool.culture.female, cum_weights=given_pool.female)[0]
    else:
        given = rnd.choices(given_pool.culture.male, cum_weights=given_pool.male)[0]
    family = rnd.choices(pool.culture.family, cum_weights=pool.family)[0]
    return pool.culture, sex, given, family


_LANDLINES = ("+44 20 7946 0{:03d}", "+44 161 496 0{:03d}", "+44 113 496 0{:03d}")
_CHANNELS = (ContactChannel.SMS, ContactChannel.SMS, ContactChannel.PHONE, ContactChannel.EMAIL)
_MAX_AGE_DAYS = 95 * 365


@lru_cache(maxsize=4096)  # the same few thousand names come up again and again
def _ascii(text: str) -> str:
    """An email-safe spelling: accents dropped, other scripts left out."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(ch for ch in decomposed if ch.isascii() and (ch.isalnum() or ch in "-."))
    return kept.lower()


def demo_patients(
    rnd: random.Random,
    count: int,
    today: date,
    now: datetime,
    remember: Callable[[str], None],
) -> Iterator[Patient]:
    """``count`` patients; ``remember`` is told each id as it is made (for appointments)."""
    for number in range(count):
        _culture, sex, given, family = draw_name(rnd)
        born = today - timedelta(days=rnd.randrange(30, _MAX_AGE_DAYS))
        phones = [Phone(f"+44 7700 9{rnd.randrange(100_000):05d}", "mobile")]
        if rnd.random() < 0.25:
            phones.append(Phone(rnd.choice(_LANDLINES).format(rnd.randrange(1000)), "home"))
        if rnd.random() < 0.05:
            phones.pop(0)  # landline only, or no phone at all
        local = ".".join(part for part in (_ascii(given), _ascii(family)) if part)
        email = (
            f"{local or 'patient'}{rnd.randrange(100)}@example.{rnd.choice(('org', 'com', 'net'))}"
            if rnd.random() < 0.7
            else ""
        )
        insurance = None
        if rnd.random() < 0.3:
            verified = rnd.random() < 0.6
            insurance = Insurance(
                payer=rnd.choice(PAYERS),
                member_id=f"{rnd.randrange(10**9):09d}",
                status=VerificationStatus.VERIFIED if verified else VerificationStatus.UNVERIFIED,
                verified_on=today - timedelta(days=rnd.randrange(365)) if verified else None,
            )
        address = None
        if rnd.random() < 0.6:
            town, district = rnd.choice(TOWNS)
            address = Address(
                line1=f"{rnd.randrange(1, 200)} {rnd.choice(STREETS)}",
                city=town,
                postcode=f"{district} {rnd.randrange(1, 10)}{rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}"
                f"{rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}",
                country="GB",
            )
        patient_id = new_id()
        remember(patient_id)
        yield Patient(
            id=patient_id,
            given=given,
            family=family,
            preferred_name=PREFERRED_NAMES.get(given, "") if rnd.random() < 0.5 else "",
            birth_date=born,
            sex=sex,
            phones=tuple(phones),
            email=email,
            address=address,
            contact_channel=_CHANNELS[rnd.randrange(len(_CHANNELS))],
            reminder_consent=rnd.random() < 0.7,
            insurance=insurance,
            alerts=rnd.choice(ALERTS) if rnd.random() < 0.03 else "",
            mrn=f"D{number + 1:07d}",
            created_at=now,
            updated_at=now,
        )
