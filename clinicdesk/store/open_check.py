"""How much integrity checking a store gets when it opens.

``PRAGMA quick_check`` reads and decrypts every page: about 5 s for the 800 MB large
demo store, on every start. The policy here keeps that full check for the times damage
is plausible and does a cheap check otherwise:

Full check (``PRAGMA quick_check``) when any of these holds:

* the store is small (under ``ALWAYS_FULL_BELOW_BYTES``): the full check is cheap then;
* a previous session did not close cleanly (crash, kill, power cut): its session
  marker is still there and no running process holds it;
* the store file changed since the last clean close (size or modification time differ
  from what that close recorded): it was written by something other than clinicdesk,
  or copied in;
* the last full check is older than ``FULL_CHECK_MAX_AGE``, or none is recorded.

Cheap check otherwise: the file's shape (``check_store_file``), the key (the first read
of the schema), and the right-hand edge of every table's B-tree, where new pages are
written and a torn write would show; SQLCipher verifies each page it decrypts with its
HMAC, so any of those pages being damaged is caught.

Backups are always fully checked (``PRAGMA cipher_integrity_check`` and
``integrity_check``) when made, verified and restored (store/backup.py).

Bookkeeping lives beside the store in ``.integrity/``, never inside the encrypted file's
hot path: ``<id>.open`` (one per open session, held with an OS lock for its lifetime, so
a marker whose lock is free belongs to a session that died) and ``state.json`` (the
time of the last full check and the file's size and modification time at the last
clean close). Nothing there is secret.
"""

from __future__ import annotations

import json
import os
import tempfile
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any

import sqlcipher3.dbapi2 as sqlcipher

from clinicdesk.store.errors import CorruptStoreError
from clinicdesk.store.instance_lock import _lock, _unlock

BOOKKEEPING_DIR = ".integrity"
STATE_FILE = "state.json"
FULL_CHECK_MAX_AGE = timedelta(days=7)
ALWAYS_FULL_BELOW_BYTES = 64 * 1024 * 1024

FULL = "full"
CHEAP = "cheap"


@dataclass(frozen=True)
class CheckPlan:
    kind: str  # FULL or CHEAP
    reason: str
    stale_markers: tuple[Path, ...] = ()


def plan_check(data_dir: Path, db_path: Path, now: datetime | None = None) -> CheckPlan:
    """Which check the next open should make, and why."""
    now = now or datetime.now(UTC)
    stale = tuple(_stale_markers(Path(data_dir)))
    if stale:
        return CheckPlan(FULL, "a previous session did not close cleanly", stale)
    size = db_path.stat().st_size
    if size < ALWAYS_FULL_BELOW_BYTES:
        return CheckPlan(FULL, "small store")
    state = _read_state(Path(data_dir))
    last_full = _parse_time(state.get("last_full_check"))
    if last_full is None or now - last_full > FULL_CHECK_MAX_AGE:
        return CheckPlan(FULL, "the last full check is more than a week old")
    if state.get("closed_file") != _file_facts(db_path):
        return CheckPlan(FULL, "the file changed since clinicdesk last closed it")
    return CheckPlan(CHEAP, "closed cleanly, checked in full within a week")


def run_check(raw: Any, db_path: Path, plan: CheckPlan) -> None:
    """Make the planned check on a DB-API connection; raise ``CorruptStoreError``."""
    try:
        if plan.kind == FULL:
            rows = raw.execute("PRAGMA quick_check").fetchall()
            if [tuple(row) for row in rows] != [("ok",)]:
                raise CorruptStoreError(
                    db_path, f"{len(rows)} problem(s) found by the integrity check"
                )
            return
        tables = raw.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0 "
            "AND sql NOT LIKE 'CREATE TABLE % WITHOUT ROWID%'"
        ).fetchall()
        for (name,) in tables:
            quoted = '"' + str(name).replace('"', '""') + '"'
            raw.execute(f"SELECT * FROM {quoted} ORDER BY rowid DESC LIMIT 1").fetchall()
    except sqlcipher.DatabaseError as exc:
        raise CorruptStoreError(db_path) from exc


def record_full_check(data_dir: Path, plan: CheckPlan, now: datetime | None = None) -> None:
    """After a full check passed: remember when, and drop the dead sessions' markers."""
    if plan.kind != FULL:
        return
    for marker in plan.stale_markers:
        marker.unlink(missing_ok=True)
    state = _read_state(Path(data_dir))
    state["last_full_check"] = (now or datetime.now(UTC)).isoformat()
    _write_state(Path(data_dir), state)


class OpenSession:
    """The marker of one open session: made at open, removed at a clean close."""

    def __init__(self, data_dir: Path, db_path: Path) -> None:
        self._data_dir = Path(data_dir)
        self._db_path = db_path
        folder = self._data_dir / BOOKKEEPING_DIR
        folder.mkdir(exist_ok=True)
        self._path = folder / f"{uuid.uuid4().hex}.open"
        handle: IO[bytes] = self._path.open("a+b")
        try:
            _lock(handle)
        except BaseException:
            handle.close()
            self._path.unlink(missing_ok=True)
            raise
        self._handle: IO[bytes] | None = handle

    def close_cleanly(self) -> None:
        """Record the file as clinicdesk left it, then remove the marker."""
        handle, self._handle = self._handle, None
        if handle is None:
            return
        try:
            if self._db_path.exists():
                state = _read_state(self._data_dir)
                state["closed_file"] = _file_facts(self._db_path)
                _write_state(self._data_dir, state)
        finally:
            _unlock(handle)
            handle.close()
            self._path.unlink(missing_ok=True)

    def abandon(self) -> None:
        """Drop the marker without recording anything (the open itself failed)."""
        handle, self._handle = self._handle, None
        if handle is not None:
            _unlock(handle)
            handle.close()
            self._path.unlink(missing_ok=True)


def _stale_markers(data_dir: Path) -> list[Path]:
    folder = data_dir / BOOKKEEPING_DIR
    if not folder.is_dir():
        return []
    stale = []
    for marker in folder.glob("*.open"):
        try:
            with marker.open("a+b") as handle:
                try:
                    _lock(handle)
                except OSError:
                    continue  # held: a running clinicdesk has the store open
                _unlock(handle)
        except OSError:
            continue
        stale.append(marker)
    return stale


def _file_facts(db_path: Path) -> list[int]:
    info = db_path.stat()
    return [info.st_size, info.st_mtime_ns]


def _read_state(data_dir: Path) -> dict[str, Any]:
    try:
        state = json.loads((data_dir / BOOKKEEPING_DIR / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return state if isinstance(state, dict) else {}


def _write_state(data_dir: Path, state: dict[str, Any]) -> None:
    folder = data_dir / BOOKKEEPING_DIR
    folder.mkdir(exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=".state-", suffix=".json", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as temp:
            json.dump(state, temp)
        os.replace(temp_name, folder / STATE_FILE)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def _parse_time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else None
