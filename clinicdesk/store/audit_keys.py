"""The audit chain's key: its own keyring entry, wrapped inside the store for recovery.

The key that chains the audit trail (store/repositories/audit.py) is kept in the OS
keyring as ``<store id>.audit``, next to the store key but not derived from it, so that
whoever holds only the store key cannot write rows that verify. For recovery it is also
kept inside the store (and so in every backup) wrapped with a key derived from the
recovery secret (store/recovery_key.py): ``unlock --recovery-key`` and a restore with
the recovery key bring it back into the keyring.

Stores made before this kept the chain key in ``store_meta`` in the clear. The first
open with the store key moves it into the keyring, wraps it with the store key (their
recovery key is the store key itself; ``rekey`` gives them a recovery key of the new
kind) and deletes the clear copy; its current end is then anchored as the head record.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, delete, insert, select

from clinicdesk.domain.i18n import tr
from clinicdesk.store.audit_anchor import ChainBinding, HeadState, read_head, write_head
from clinicdesk.store.errors import MissingKeyError
from clinicdesk.store.keys import KEY_BYTES, KeyStore
from clinicdesk.store.repositories.audit import AUDIT_KEY_NAME, GENESIS_HASH
from clinicdesk.store.tables import store_meta

AUDIT_KEY_SUFFIX = ".audit"
WRAPPED_AUDIT_KEY_META = "audit_key_wrapped"
_WRAP_LABEL = b"clinicdesk audit key wrap v1"


def audit_key_name(store_id: str) -> str:
    """The keyring entry holding a store's audit chain key."""
    return store_id + AUDIT_KEY_SUFFIX


def new_audit_key() -> bytes:
    return os.urandom(KEY_BYTES)


def wrap_audit_key(recovery_secret: bytes, audit_key: bytes) -> str:
    """``audit_key`` sealed with a key derived from ``recovery_secret`` (hex text).

    One wrapping key per recovery secret and one audit key per store, so the derived
    pad is never reused for two different keys; the tag tells a wrong secret apart.
    """
    pad, tag_key = _wrap_keys(recovery_secret)
    sealed = bytes(a ^ b for a, b in zip(audit_key, pad, strict=True))
    return (sealed + hmac.new(tag_key, sealed, hashlib.sha256).digest()).hex()


def unwrap_audit_key(recovery_secret: bytes, wrapped: str) -> bytes | None:
    """The audit key, or None when ``recovery_secret`` did not wrap it (or it is damaged)."""
    try:
        raw = bytes.fromhex(wrapped)
    except ValueError:
        return None
    sealed, tag = raw[:KEY_BYTES], raw[KEY_BYTES:]
    pad, tag_key = _wrap_keys(recovery_secret)
    if len(sealed) != KEY_BYTES or not hmac.compare_digest(
        tag, hmac.new(tag_key, sealed, hashlib.sha256).digest()
    ):
        return None
    return bytes(a ^ b for a, b in zip(sealed, pad, strict=True))


def _wrap_keys(recovery_secret: bytes) -> tuple[bytes, bytes]:
    base = hmac.new(recovery_secret, _WRAP_LABEL, hashlib.sha256).digest()
    return (
        hmac.new(base, b"pad", hashlib.sha256).digest(),
        hmac.new(base, b"tag", hashlib.sha256).digest(),
    )


@dataclass(frozen=True, slots=True)
class AuditSecrets:
    """What a new store or a new recovery key needs: the chain key and its wrapped copy."""

    key: bytes
    wrapped: str


def audit_secrets(recovery_secret: bytes, key: bytes | None = None) -> AuditSecrets:
    audit_key = key if key is not None else new_audit_key()
    return AuditSecrets(audit_key, wrap_audit_key(recovery_secret, audit_key))


def settle_audit_key(
    engine: Engine,
    data_dir: Path,
    store_id: str,
    store_key: bytes,
    key_store: KeyStore,
    *,
    recovery_secrets: tuple[bytes, ...] = (),
) -> ChainBinding:
    """The binding for an open store: its chain key in the keyring, moved or recovered
    there first if needed; raises ``MissingKeyError`` when only the recovery key can
    bring it back."""
    name = audit_key_name(store_id)
    with engine.begin() as connection:
        meta = _meta(connection)
        recovered = _recover(meta.get(WRAPPED_AUDIT_KEY_META), recovery_secrets)
        kept: bytes | None = None
        try:
            kept = key_store.load_key(name)
        except MissingKeyError:
            kept = None
        plain = _plain_key(meta.get(AUDIT_KEY_NAME))
        first_on_this_pc = kept is None
        key = recovered or kept or plain
        if key is None:
            raise MissingKeyError(
                tr(
                    "audit keys",
                    "This computer has no record of the audit trail's key for this clinic. "
                    "Enter the recovery key from the printed recovery sheet (clinicdesk "
                    "unlock).",
                )
            )
        if key != kept:
            key_store.save_key(name, key)
        if WRAPPED_AUDIT_KEY_META not in meta:
            # A store from before the key left the database: its recovery key is the store
            # key itself, so that is what wraps the chain key until the next rekey.
            connection.execute(
                insert(store_meta).values(
                    key=WRAPPED_AUDIT_KEY_META, value=wrap_audit_key(store_key, key)
                )
            )
        if plain is not None:
            connection.execute(delete(store_meta).where(store_meta.c.key == AUDIT_KEY_NAME))
        binding = ChainBinding(key, store_id, Path(data_dir))
        if plain is not None and first_on_this_pc and read_head(binding) is HeadState.MISSING:
            # The store's first open with its key out of the database: its end so far is
            # taken as it stands, and anchored from now on.
            write_head(binding, *_tail(connection))
    return binding


def anchor_new_chain(binding: ChainBinding) -> None:
    """The head record of an empty trail, for a store made moments ago."""
    write_head(binding, 0, GENESIS_HASH)


def _meta(connection: Connection) -> dict[str, str]:
    keys = (WRAPPED_AUDIT_KEY_META, AUDIT_KEY_NAME)
    rows = connection.execute(
        select(store_meta.c.key, store_meta.c.value).where(store_meta.c.key.in_(keys))
    )
    return {key: value for key, value in rows}


def _recover(wrapped: str | None, secrets: tuple[bytes, ...]) -> bytes | None:
    if wrapped is None:
        return None
    for secret in secrets:
        key = unwrap_audit_key(secret, wrapped)
        if key is not None:
            return key
    return None


def _plain_key(value: str | None) -> bytes | None:
    if value is None:
        return None
    try:
        key = bytes.fromhex(value)
    except ValueError:
        return None
    return key if len(key) == KEY_BYTES else None


def _tail(connection: Connection) -> tuple[int, bytes]:
    row = connection.exec_driver_sql(
        "SELECT seq, chain_hash FROM audit_log ORDER BY seq DESC LIMIT 1"
    ).one_or_none()
    return (0, GENESIS_HASH) if row is None else (int(row[0]), bytes(row[1]))
