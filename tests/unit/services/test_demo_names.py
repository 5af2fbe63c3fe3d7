"""Demo names a receptionist believes: at every demo size the common family names
recur, most names are rare, and two patients share a whole name only a few times."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from clinicdesk.services.demo import SPECS, DemoSize
from clinicdesk.services.demo_names import CULTURES
from clinicdesk.services.demo_patients import draw_name

# (size, most people sharing one whole name, most sharing one family name as a share)
LIMITS = (
    (DemoSize.SMALL, 4, 0.015),
    (DemoSize.MEDIUM, 15, 0.012),
    (DemoSize.LARGE, 40, 0.012),
)


@pytest.mark.parametrize(("size", "most_namesakes", "most_family_share"), LIMITS)
def test_namesakes_are_a_few_at_every_demo_size(
    size: DemoSize, most_namesakes: int, most_family_share: float
) -> None:
    count = SPECS[size].patients
    rnd = random.Random(7)
    names = [draw_name(rnd)[2:] for _ in range(count)]
    whole = Counter(names)
    family = Counter(f for _, f in names)
    assert max(whole.values()) <= most_namesakes, whole.most_common(3)
    assert max(family.values()) <= most_family_share * count, family.most_common(3)
    # A long tail: over half the family names drawn are held by at most 1 in 1,000.
    rare = sum(1 for n in family.values() if n <= max(1, count // 1000))
    assert rare > len(family) / 2
    assert whole[("Adaeze", "Okonkwo")] <= max(2, count // 20_000)


def test_pools_list_every_name_once() -> None:
    for culture in CULTURES:
        for pool in (culture.female, culture.male, culture.family):
            assert len(set(pool)) == len(pool), [n for n in pool if pool.count(n) > 1]
