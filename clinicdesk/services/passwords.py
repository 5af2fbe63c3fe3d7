"""Password policy and hashing.

The policy follows NIST SP 800-63B: at least 8 characters, at least 64 allowed, common
passwords refused, and no composition rules or forced rotation (they push people to
predictable patterns). Passwords are hashed with argon2id (RFC 9106) via argon2-cffi.
"""

from __future__ import annotations

import gzip
import unicodedata
from functools import lru_cache
from pathlib import Path

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.security_settings import PASSWORD_FLOOR
from clinicdesk.paths import resources_dir

MIN_PASSWORD_LENGTH = PASSWORD_FLOOR
MAX_PASSWORD_LENGTH = 128

# argon2id with 32 MiB and 3 passes: above the floor the clinic asked for (time >= 2,
# memory >= 19 MiB; OWASP's minimum) and ~0.1 s on a modest PC, so a sign-in still
# feels instant while each guess at a stolen hash costs 32 MiB of memory.
ARGON2_TIME_COST = 3
ARGON2_MEMORY_COST_KIB = 32 * 1024
ARGON2_PARALLELISM = 1

_HASHER = PasswordHasher(
    time_cost=ARGON2_TIME_COST,
    memory_cost=ARGON2_MEMORY_COST_KIB,
    parallelism=ARGON2_PARALLELISM,
    hash_len=32,
    salt_len=16,
    type=Type.ID,
)

COMMON_PASSWORDS_FILE = Path("security") / "common-passwords.txt.gz"

# A hash with today's parameters, verified in place of an account's hash when the name is
# unknown (or the account locked or disabled), so every sign-in does the same work and a
# name cannot be told apart by timing. Written out rather than hashed at import, which
# cost every command and every window start one argon2 hash (0.1-0.4 s); a test keeps its
# parameters equal to the hasher's. It never signs anyone in: the account is unusable.
UNUSABLE_HASH = (
    "$argon2id$v=19$m=32768,t=3,p=1$091NApRDqzSpaEptbKG0Sw$"
    "Gy/R1SxZSp+3dWV7cnGNrJWdY2gFXpdejdiuZM77sZ4"
)


def normalize_password(password: str) -> str:
    """NFKC form, so the same password typed on another keyboard or OS still matches."""
    return unicodedata.normalize("NFKC", password)


@lru_cache(maxsize=1)
def common_passwords(path: Path | None = None) -> frozenset[str]:
    """The refused common passwords (lower case), read once from the bundled list."""
    source = path or resources_dir() / COMMON_PASSWORDS_FILE
    # A missing list is an installation bug: fail loudly rather than accept "password1".
    with gzip.open(source, "rt", encoding="utf-8") as handle:
        return frozenset(line.strip().lower() for line in handle if line.strip())


def check_password_policy(
    password: str, *, username: str = "", min_length: int = MIN_PASSWORD_LENGTH
) -> None:
    """Refuse a password the clinic should not accept, saying why in plain words.

    ``min_length`` is the clinic's own rule (its security settings), never below the
    floor of 8."""
    normalized = normalize_password(password)
    length = len(normalized)
    shortest = max(MIN_PASSWORD_LENGTH, min_length)
    if length < shortest:
        raise ValidationError(
            tr(
                "passwords",
                "The password is too short: use at least {shortest} characters (a few words "
                "together make a strong, easy-to-remember password).",
            ).format(shortest=shortest)
        )
    if length > MAX_PASSWORD_LENGTH:
        raise ValidationError(
            tr(
                "passwords",
                "The password is too long: use at most {MAX_PASSWORD_LENGTH} characters.",
            ).format(MAX_PASSWORD_LENGTH=MAX_PASSWORD_LENGTH)
        )
    folded = normalized.strip().lower()
    if folded in common_passwords():
        raise ValidationError(
            tr(
                "passwords",
                "That password is on the list of commonly used passwords; choose another one.",
            )
        )
    if username and folded == username.strip().lower():
        raise ValidationError(tr(
            "passwords",
            "The password must not be the same as the user name.",
        ))


def hash_password(password: str) -> str:
    """The argon2id hash (PHC string with its parameters and salt) of ``password``."""
    return _HASHER.hash(normalize_password(password))


def verify_password(password_hash: str, password: str) -> bool:
    """True when ``password`` matches ``password_hash``; never raises for a mismatch."""
    try:
        return _HASHER.verify(password_hash, normalize_password(password))
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    """True when the hash was made with weaker or different parameters than today's."""
    try:
        return _HASHER.check_needs_rehash(password_hash)
    except InvalidHashError:
        return True
