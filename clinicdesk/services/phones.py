"""Phone numbers: checked and written one way (international format) with ``phonenumbers``.

A number typed without a country code ("07700 900123") is read in the clinic's own
country. That country is not a setting of its own: it is the country of the clinic's
IANA time zone in the tz database's ``zone.tab`` (Europe/London -> GB,
America/New_York -> US), and GB when the zone names no single country (UTC, Etc/...).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import phonenumbers

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr

DEFAULT_REGION = "GB"


@cache
def _zone_countries() -> dict[str, str]:
    """IANA zone name -> ISO 3166 country code, from tzdata's zone.tab."""
    try:
        text = resources.files("tzdata.zoneinfo").joinpath("zone.tab").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    countries: dict[str, str] = {}
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) >= 3:
            countries[parts[2]] = parts[0]
    return countries


def region_for_time_zone(time_zone: str) -> str:
    """The country whose numbers need no country code at a clinic in ``time_zone``."""
    return _zone_countries().get(time_zone, DEFAULT_REGION)


def normalize_phone(number: str, region: str = DEFAULT_REGION) -> str:
    """``number`` in international format ("+44 7700 900123"); ValidationError if it
    cannot be a phone number."""
    typed = number.strip()
    if not typed:
        raise ValidationError(tr("phones", "Enter the phone number, or leave the phone out."))
    try:
        parsed = phonenumbers.parse(typed, region)
    except phonenumbers.NumberParseException as exc:
        raise ValidationError(tr(
            "phones",
            "'{typed}' is not a phone number.",
        ).format(typed=typed)) from exc
    # "Possible" (the right length for its country) rather than "valid": the library's
    # list of allocated ranges lags new allocations, and refusing a patient's real new
    # number at the desk is worse than accepting an unallocated one. It also lets the
    # Ofcom drama ranges (07700 900xxx) that the demo and tests use through.
    if not phonenumbers.is_possible_number(parsed):
        raise ValidationError(
            tr(
                "phones",
                "'{typed}' is not a phone number: check the number of digits (add the country "
                "code, like +33, for a number from abroad).",
            ).format(typed=typed)
        )
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def phone_digits(number: str) -> str:
    return "".join(ch for ch in number if ch.isdigit())
