"""What a checked backup is, as screens and the CLI show it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """A backup file that opened with a known key and passed the full integrity check."""

    path: Path
    store_id: str
    schema_revision: str
    taken_at: datetime
    size_bytes: int


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored_from: BackupInfo
    # Where the replaced store was put (None when there was no store, e.g. a new PC).
    previous_store: Path | None
