"""Recovery-key unlocks that failed, kept beside the store until it can be opened.

A wrong recovery key opens nothing, so it cannot be written to the audit trail at the
time: it is noted in ``.integrity/unlock-attempts.jsonl`` and moved into the trail the
next time the store opens (store/../bootstrap.py). The same notes rate-limit guessing:
after ``MAX_FAILURES`` wrong keys within ``WINDOW`` the next try is refused until the
window has passed. Nothing here is secret: a time and a workstation name per attempt.
"""

from __future__ import annotations

import json
import os
import uuid
from datetime import datetime, timedelta
from pathlib import Path

from clinicdesk.domain.audit import UnlockAttempt
from clinicdesk.store.open_check import BOOKKEEPING_DIR

ATTEMPTS_FILE = "unlock-attempts.jsonl"
MAX_FAILURES = 5
WINDOW = timedelta(minutes=15)


def _path(data_dir: Path) -> Path:
    return Path(data_dir) / BOOKKEEPING_DIR / ATTEMPTS_FILE


def note_failed_unlock(data_dir: Path, workstation: str, at: datetime) -> None:
    """Add one failed attempt (an append of one line: concurrent writers do not clash)."""
    path = _path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps({"at": at.isoformat(), "workstation": workstation}) + "\n"
    with path.open("a", encoding="utf-8") as notes:
        notes.write(line)


def failed_unlocks(data_dir: Path) -> list[UnlockAttempt]:
    """The failed attempts not yet in the audit trail, oldest first."""
    return _read(_path(data_dir))


def retry_after(data_dir: Path, now: datetime) -> timedelta | None:
    """How long to wait before the next try, or None when a try is allowed now."""
    recent = [a.at for a in failed_unlocks(data_dir) if now - a.at < WINDOW]
    if len(recent) < MAX_FAILURES:
        return None
    return sorted(recent)[-MAX_FAILURES] + WINDOW - now


def take_failed_unlocks(data_dir: Path) -> list[UnlockAttempt]:
    """Claim the noted attempts for the audit trail and forget them (each is taken once,
    even with two processes opening the store at the same moment)."""
    path = _path(data_dir)
    claimed = path.with_name(f"{path.name}.{uuid.uuid4().hex}.taken")
    try:
        os.replace(path, claimed)
    except FileNotFoundError:
        return []
    attempts = _read(claimed)
    claimed.unlink(missing_ok=True)
    return attempts


def _read(path: Path) -> list[UnlockAttempt]:
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except FileNotFoundError:
        return []
    attempts = []
    for line in lines:
        try:
            note = json.loads(line)
            attempts.append(
                UnlockAttempt(
                    at=datetime.fromisoformat(note["at"]),
                    workstation=str(note["workstation"]),
                    succeeded=False,
                )
            )
        except (ValueError, TypeError, KeyError):
            continue  # a torn or edited line: the rest still count
    return attempts
