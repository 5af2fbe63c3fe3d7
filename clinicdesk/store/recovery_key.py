"""The recovery key: a 256-bit secret written as 16 groups of 6 digits.

Shown once at set-up and printed on the recovery sheet; with the keyring entries gone
it is typed back in to unlock the store. The secret is not the store key itself: the
store key is derived from it (``store_key_for``), and the audit chain's key is kept
inside the store wrapped with another key derived from it (store/audit_keys.py), so
whoever holds only the store key cannot forge the audit trail, while the recovery key
brings back both. Recovery keys printed before this scheme are the store key itself;
``store_keys_from_recovery`` tries both readings. The scheme follows BitLocker's recovery password:
each group holds 16 bits of the key multiplied by 11, so every group is a multiple of 11
below 720,896. A single mistyped digit or two swapped neighbouring digits always break
that rule, so a typo is caught and pointed at group by group, before any unlock attempt.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

from clinicdesk.domain.i18n import tr
from clinicdesk.store.errors import RecoveryKeyFormatError

GROUPS = 16
GROUP_DIGITS = 6
_CHECK_FACTOR = 11
_GROUP_BITS = 16
_KEY_BYTES = GROUPS * _GROUP_BITS // 8
_SEPARATORS = re.compile(r"[\s\-–—_.]+")


def format_recovery_key(key: bytes) -> str:
    """``123456-654321-...`` (16 groups) for a 32-byte key."""
    if len(key) != _KEY_BYTES:
        raise ValueError(f"a store key is {_KEY_BYTES} bytes, got {len(key)}")
    groups = []
    for index in range(GROUPS):
        value = int.from_bytes(key[2 * index : 2 * index + 2], "big")
        groups.append(f"{value * _CHECK_FACTOR:0{GROUP_DIGITS}d}")
    return "-".join(groups)


def parse_recovery_key(text: str) -> bytes:
    """The 32-byte key from a typed recovery key; spaces, dashes and line breaks are ignored.

    Raises ``RecoveryKeyFormatError`` naming the first group that cannot be right.
    """
    cleaned = text.strip()
    stray = sorted({char for char in _SEPARATORS.sub("", cleaned) if not char.isdigit()})
    if stray:
        raise RecoveryKeyFormatError(
            tr(
                "recovery key",
                "A recovery key holds only digits (spaces and dashes are fine); remove: {join}",
            ).format(join=' '.join(stray))
        )
    groups = _split_groups(cleaned)
    key = bytearray()
    for position, group in enumerate(groups, start=1):
        number = int(group)
        if number % _CHECK_FACTOR or number // _CHECK_FACTOR >= 1 << _GROUP_BITS:
            raise RecoveryKeyFormatError(
                tr(
                    "recovery key",
                    "Group {position} of the recovery key ({group}) is not right: check it "
                    "against the recovery sheet and type it again.",
                ).format(position=position, group=group)
            )
        key += (number // _CHECK_FACTOR).to_bytes(2, "big")
    return bytes(key)


def _split_groups(cleaned: str) -> list[str]:
    tokens = [token for token in _SEPARATORS.split(cleaned) if token]
    if len(tokens) == GROUPS:
        for position, token in enumerate(tokens, start=1):
            if len(token) != GROUP_DIGITS:
                raise RecoveryKeyFormatError(
                    tr(
                        "recovery key",
                        "Group {position} of the recovery key ({token}) has {count} digits; "
                        "each group has {GROUP_DIGITS}.",
                    ).format(
                        position=position,
                        token=token,
                        count=len(token),
                        GROUP_DIGITS=GROUP_DIGITS,
                    )
                )
        return tokens
    # Typed without separators, or with separators in odd places: go by the digits.
    digits = "".join(tokens)
    expected = GROUPS * GROUP_DIGITS
    if len(digits) != expected:
        raise RecoveryKeyFormatError(
            tr(
                "recovery key",
                "A recovery key has {GROUPS} groups of {GROUP_DIGITS} digits ({expected} "
                "digits); {count} were entered.",
            ).format(
                GROUPS=GROUPS,
                GROUP_DIGITS=GROUP_DIGITS,
                expected=expected,
                count=len(digits),
            )
        )
    return [digits[i : i + GROUP_DIGITS] for i in range(0, expected, GROUP_DIGITS)]


_STORE_KEY_LABEL = b"clinicdesk store key v1"


def new_recovery_secret() -> bytes:
    """A random secret for a new recovery key, from the OS's cryptographic source."""
    return secrets.token_bytes(_KEY_BYTES)


def store_key_for(secret: bytes) -> bytes:
    """The store key derived from a recovery secret (one-way: it does not give the secret)."""
    return hmac.new(secret, _STORE_KEY_LABEL, hashlib.sha256).digest()


def store_keys_from_recovery(text: str) -> list[bytes]:
    """The store keys a typed recovery key stands for, to try in this order: the key
    derived from it, then the key itself (a recovery key printed before derivation)."""
    secret = parse_recovery_key(text)
    return [store_key_for(secret), secret]


def recovery_store_key(text: str) -> bytes:
    """The store key of a recovery key made by this version (``store_key_for`` its secret)."""
    return store_key_for(parse_recovery_key(text))
