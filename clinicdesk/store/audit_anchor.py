"""The audit chain's key and its head, kept outside the database.

An open store's engine is bound to a ``ChainBinding``: the chain key (from the OS
keyring, never from the database) and the data folder. After every commit that added
audit rows, the newest row's sequence number and hash are written, with an HMAC under
the chain key, to ``.integrity/audit-head`` beside the store (and into every backup).
Rows cut off the end of the trail, a deleted head row or a chain rewritten with another
key then disagree with that record, and ``audit verify`` names it.

Engines opened without a data folder (tests, tools) are not bound; their chain key stays
in the database as before and they have no head record.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import tempfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from weakref import WeakKeyDictionary

from sqlalchemy import Engine

from clinicdesk.store.open_check import BOOKKEEPING_DIR

HEAD_FILE = "audit-head"
# One disk sector: the record is rewritten in place within it (advance_head).
RECORD_BYTES = 512
_MAC_LABEL = b"clinicdesk audit head v1"


@dataclass(frozen=True, slots=True)
class ChainBinding:
    """What an open store's audit trail is checked against, outside the database."""

    key: bytes
    store_id: str
    data_dir: Path

    @property
    def head_path(self) -> Path:
        return head_path(self.data_dir)


@dataclass(frozen=True, slots=True)
class HeadRecord:
    seq: int
    chain_hash: bytes


class HeadState(StrEnum):
    MISSING = "missing"
    DAMAGED = "damaged"


_BINDINGS: WeakKeyDictionary[Engine, ChainBinding] = WeakKeyDictionary()


def bind_chain(engine: Engine, binding: ChainBinding) -> None:
    _BINDINGS[engine] = binding


def chain_binding(engine: Engine) -> ChainBinding | None:
    return _BINDINGS.get(engine)


def head_path(data_dir: Path) -> Path:
    return Path(data_dir) / BOOKKEEPING_DIR / HEAD_FILE


def sign_head(key: bytes, store_id: str, seq: int, chain_hash: bytes) -> str:
    """The head record as text (JSON), with its HMAC under the chain key."""
    return json.dumps(
        {
            "store_id": store_id,
            "seq": seq,
            "hash": chain_hash.hex(),
            "mac": _mac(key, store_id, seq, chain_hash).hex(),
        }
    )


def read_signed_head(key: bytes, store_id: str, text: str) -> HeadRecord | HeadState:
    """The record in ``text`` if its HMAC holds for this store, else DAMAGED."""
    try:
        record = json.loads(text)
        seq = record["seq"]
        chain_hash = bytes.fromhex(record["hash"])
        mac = bytes.fromhex(record["mac"])
        owner = record["store_id"]
    except (ValueError, TypeError, KeyError):
        return HeadState.DAMAGED
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0 or owner != store_id:
        return HeadState.DAMAGED
    if not hmac.compare_digest(mac, _mac(key, store_id, seq, chain_hash)):
        return HeadState.DAMAGED
    return HeadRecord(seq, chain_hash)


def read_head(binding: ChainBinding) -> HeadRecord | HeadState:
    """The head record kept in the data folder: the record, MISSING or DAMAGED."""
    try:
        text = binding.head_path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return HeadState.MISSING
    except (OSError, UnicodeDecodeError):
        return HeadState.DAMAGED
    return read_signed_head(binding.key, binding.store_id, text)


def write_head_text(data_dir: Path, text: str) -> None:
    """Replace the head record atomically (temp file + rename: never half-written)."""
    folder = head_path(data_dir).parent
    folder.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=".audit-head-", dir=folder)
    try:
        with os.fdopen(handle, "wb") as temp:
            temp.write(_padded(text))
        os.replace(temp_name, head_path(data_dir))
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def write_head(binding: ChainBinding, seq: int, chain_hash: bytes) -> None:
    write_head_text(binding.data_dir, sign_head(binding.key, binding.store_id, seq, chain_hash))


def advance_head(binding: ChainBinding, seq: int, chain_hash: bytes) -> None:
    """Move the existing head record on, after a commit: every audited action does this.

    The record is rewritten in place, one fixed-size block at offset 0, not by rename:
    replacing a file by rename makes some file systems (ext4) flush it to disk at once,
    about 10 ms per audited action. A write this small into one sector is not torn by a
    killed process; should a power cut ever tear it, verify reports the record damaged.
    """
    record = _padded(sign_head(binding.key, binding.store_id, seq, chain_hash))
    handle = os.open(binding.head_path, os.O_WRONLY | getattr(os, "O_BINARY", 0))
    try:
        os.lseek(handle, 0, os.SEEK_SET)  # os.pwrite is not on Windows
        os.write(handle, record)
    finally:
        os.close(handle)


def _padded(text: str) -> bytes:
    """The record as one block of RECORD_BYTES (trailing spaces: JSON ignores them)."""
    data = text.encode("utf-8")
    if len(data) > RECORD_BYTES:
        raise ValueError("an audit head record is longer than its block")
    return data.ljust(RECORD_BYTES, b" ")


def _mac(key: bytes, store_id: str, seq: int, chain_hash: bytes) -> bytes:
    message = b"\x1f".join((_MAC_LABEL, store_id.encode(), str(seq).encode(), chain_hash))
    return hmac.new(key, message, hashlib.sha256).digest()
