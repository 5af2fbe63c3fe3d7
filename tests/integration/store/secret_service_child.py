"""Run by test_store_secret_service.py inside run_with_secret_service.sh.

Creates a store, reopens it with the key read back from the real Secret Service
keyring, and prints one JSON line with what it saw.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import keyring

from clinicdesk.store.audit_keys import audit_key_name
from clinicdesk.store.keys import KEYRING_SERVICE, KeyringKeyStore
from clinicdesk.store.lifecycle import create_store, open_store, open_with_recovery_key
from clinicdesk.store.uow import SqlUnitOfWork


def main(data_dir: Path) -> None:
    backend = keyring.get_keyring()
    store, recovery_key = create_store(data_dir, key_store=KeyringKeyStore())
    store_id = store.store_id
    store.close()
    # A fresh key store object: the key must come back from the keyring daemon itself.
    with open_store(data_dir, key_store=KeyringKeyStore()) as reopened:
        reopened_id = reopened.store_id
    audit_entry = audit_key_name(store_id)
    audit_held = keyring.get_password(KEYRING_SERVICE, audit_entry) is not None
    KeyringKeyStore().delete_key(store_id)
    KeyringKeyStore().delete_key(audit_entry)
    deleted = keyring.get_password(KEYRING_SERVICE, store_id) is None
    open_with_recovery_key(data_dir, recovery_key, key_store=KeyringKeyStore()).close()
    restored = keyring.get_password(KEYRING_SERVICE, store_id) is not None
    audit_restored = keyring.get_password(KEYRING_SERVICE, audit_entry) is not None
    # The audit chain, keyed from the daemon's entry, still verifies after the recovery.
    with open_store(data_dir, key_store=KeyringKeyStore()) as reopened:
        with SqlUnitOfWork(reopened.engine) as uow:
            uow.audit.record_unidentified("check", "pc", "check.audit", outcome="ok")
            uow.commit()
        with SqlUnitOfWork(reopened.engine) as uow:
            chain_intact = uow.audit.verify().intact
    print(
        json.dumps(
            {
                "backend": f"{type(backend).__module__}.{type(backend).__name__}",
                "store_id": store_id,
                "reopened_id": reopened_id,
                "deleted": deleted,
                "restored": restored,
                "audit_held": audit_held,
                "audit_restored": audit_restored,
                "chain_intact": chain_intact,
                "daemon_holds_it": _daemon_holds(store_id),
            }
        )
    )


def _daemon_holds(store_id: str) -> bool | None:
    """Ask gnome-keyring through libsecret's own tool, not Python's keyring package."""
    secret_tool = shutil.which("secret-tool")
    if secret_tool is None:
        return None
    found = subprocess.run(
        [secret_tool, "lookup", "service", KEYRING_SERVICE, "username", store_id],
        capture_output=True,
        text=True,
        check=False,
    )
    return found.returncode == 0 and found.stdout.strip() == keyring.get_password(
        KEYRING_SERVICE, store_id
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
