"""The clinic's security settings: one typed, bounded, documented schema.

These belong to the clinic, not to a PC: they live in the store, only an administrator
changes them (audited), and every PC signs in under the same rules. Each option names
its bounds and says what it does; the checks, the command line's help and the table in
docs/security-settings.md all come from ``SECURITY_OPTIONS``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr

# NIST SP 800-63B: at least 8 characters; a clinic may ask for more, never less.
PASSWORD_FLOOR = 8


@dataclass(frozen=True, slots=True)
class SecurityOption:
    name: str
    default: int
    minimum: int
    maximum: int
    unit: str
    description: str


SECURITY_OPTIONS: tuple[SecurityOption, ...] = (
    SecurityOption(
        "sign_in_lock_after",
        5,
        3,
        20,
        "failed tries",
        "Lock an account after this many failed sign-ins in a row.",
    ),
    SecurityOption(
        "sign_in_lock_minutes",
        0,
        0,
        1440,
        "minutes",
        "How long a locked account stays locked after the last failed try (each try "
        "while locked starts the time again); 0 keeps it locked until a practice "
        "manager or administrator unlocks it.",
    ),
    SecurityOption(
        "idle_lock_minutes",
        10,
        1,
        60,
        "minutes",
        "Lock an unattended window after this many idle minutes.",
    ),
    SecurityOption(
        "password_min_length",
        PASSWORD_FLOOR,
        PASSWORD_FLOOR,
        64,
        "characters",
        "The shortest password a new or changed password may have.",
    ),
)

OPTIONS_BY_NAME: dict[str, SecurityOption] = {option.name: option for option in SECURITY_OPTIONS}


@dataclass(frozen=True, slots=True)
class SecuritySettings:
    sign_in_lock_after: int = OPTIONS_BY_NAME["sign_in_lock_after"].default
    sign_in_lock_minutes: int = OPTIONS_BY_NAME["sign_in_lock_minutes"].default
    idle_lock_minutes: int = OPTIONS_BY_NAME["idle_lock_minutes"].default
    password_min_length: int = OPTIONS_BY_NAME["password_min_length"].default

    def as_dict(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def security_option(name: str) -> SecurityOption:
    option = OPTIONS_BY_NAME.get(name)
    if option is None:
        known = ", ".join(OPTIONS_BY_NAME)
        raise ValidationError(tr(
            "security settings",
            "Unknown security setting {name!r}; known settings: {known}.",
        ).format(name=name, known=known))
    return option


def check_security_value(name: str, value: object) -> int:
    """The value as the whole number ``name`` takes, or a ValidationError naming the bounds."""
    option = security_option(name)
    number: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        number = int(value.strip())
    if number is None or not option.minimum <= number <= option.maximum:
        raise ValidationError(
            tr(
                "security settings",
                "{name} must be a whole number from {minimum} to {maximum} ({unit}), not "
                "{value!r}.",
            ).format(
                name=name,
                minimum=option.minimum,
                maximum=option.maximum,
                unit=option.unit,
                value=str(value)[:40],
            )
        )
    return number


def security_settings_from(stored: Mapping[str, str]) -> tuple[SecuritySettings, list[str]]:
    """The settings from their stored text; a value out of bounds (a store edited by
    hand, or made by a newer version) falls back to its default, named in the problems."""
    settings = SecuritySettings()
    problems: list[str] = []
    for name, raw in stored.items():
        if name not in OPTIONS_BY_NAME:
            continue
        try:
            settings = replace(settings, **{name: check_security_value(name, raw)})
        except ValidationError as error:
            problems.append(f"{error.message} Using the default.")
    return settings, problems
