"""UUIDv7 ids: the RFC 9562 layout, creation order, and no repeats across a fork."""

from __future__ import annotations

import os
import uuid

import pytest

from clinicdesk.domain.ids import _Uuid7Generator, id_timestamp_ms, new_id


def test_an_id_is_a_canonical_version_7_uuid_carrying_the_time() -> None:
    made = _Uuid7Generator(clock_ms=lambda: 1_767_225_600_123)()
    parsed = uuid.UUID(made)
    assert str(parsed) == made
    assert parsed.version == 7
    assert parsed.variant == uuid.RFC_4122
    assert id_timestamp_ms(made) == 1_767_225_600_123


def test_ids_made_in_the_same_millisecond_still_sort_in_creation_order() -> None:
    generate = _Uuid7Generator(clock_ms=lambda: 1_000)
    made = [generate() for _ in range(10_000)]
    assert made == sorted(made)
    assert len(set(made)) == len(made)
    # 10,000 ids overflow the 12-bit counter: later ones borrow the next milliseconds,
    # never a smaller one.
    stamps = [id_timestamp_ms(i) for i in made]
    assert stamps[0] == 1_000
    assert stamps == sorted(stamps)
    assert stamps[-1] > 1_000


def test_a_clock_stepping_back_does_not_break_the_order() -> None:
    times = iter([5_000, 5_000, 4_000, 4_000, 6_000])
    generate = _Uuid7Generator(clock_ms=lambda: next(times))
    made = [generate() for _ in range(5)]
    assert made == sorted(made)
    assert len(set(made)) == 5


def test_the_random_part_differs_between_ids() -> None:
    generate = _Uuid7Generator(clock_ms=lambda: 1_000)
    random_parts = {uuid.UUID(generate()).int & ((1 << 62) - 1) for _ in range(5_000)}
    assert len(random_parts) == 5_000


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX-only")
def test_a_forked_child_does_not_repeat_its_parents_ids() -> None:
    new_id()  # the parent now holds unused random bytes
    read_end, write_end = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child
        os.close(read_end)
        os.write(write_end, "\n".join(new_id() for _ in range(50)).encode())
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end) as from_child:
        child_ids = from_child.read().split("\n")
    os.waitpid(child, 0)
    parent_ids = [new_id() for _ in range(50)]
    child_random = {uuid.UUID(i).int & ((1 << 62) - 1) for i in child_ids}
    parent_random = {uuid.UUID(i).int & ((1 << 62) - 1) for i in parent_ids}
    assert len(child_random) == 50
    assert child_random.isdisjoint(parent_random)
