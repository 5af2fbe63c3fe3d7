"""How a unit of work begins: reads take no lock, a write waiting too long for the lock is
a plain sentence, and every connection is told to begin."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from clinicdesk.domain.errors import StoreError
from clinicdesk.store import engine as store_engine
from clinicdesk.store.engine import open_engine
from clinicdesk.store.testing import make_test_engine
from clinicdesk.store.uow import SqlUnitOfWork


def test_a_write_lock_held_elsewhere_is_refused_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = os.urandom(32)
    path = tmp_path / "clinic.db"
    make_test_engine(path, key).dispose()
    monkeypatch.setattr(store_engine, "BUSY_TIMEOUT_MS", 50)  # not five seconds of waiting
    holder, waiter = open_engine(path, key), open_engine(path, key)
    try:
        with SqlUnitOfWork(holder):  # BEGIN IMMEDIATE: the write lock, kept
            with SqlUnitOfWork(waiter).for_reading() as reading:
                # A read begins beside the writer and sees the last commit.
                assert reading.patients.count() == 0
            with pytest.raises(StoreError, match="busy in another window"), SqlUnitOfWork(waiter):
                pass
        with SqlUnitOfWork(waiter) as writing:  # the lock is free again
            assert writing.connection.in_transaction()
    finally:
        holder.dispose()
        waiter.dispose()
