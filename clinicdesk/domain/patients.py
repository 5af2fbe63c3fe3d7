"""Patients and their contact, insurance and alert details."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from clinicdesk.domain.date_policy import check_birth_date
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


class ContactChannel(StrEnum):
    SMS = "sms"
    PHONE = "phone"
    EMAIL = "email"
    POST = "post"
    NONE = "none"


class VerificationStatus(StrEnum):
    UNVERIFIED = "unverified"
    VERIFIED = "verified"
    FAILED = "failed"
    EXPIRED = "expired"


@dataclass(frozen=True, slots=True)
class Phone:
    number: str
    kind: str = "mobile"  # mobile, home, work

    @property
    def digits(self) -> str:
        return "".join(ch for ch in self.number if ch.isdigit())


@dataclass(frozen=True, slots=True)
class Address:
    line1: str = ""
    line2: str = ""
    city: str = ""
    region: str = ""
    postcode: str = ""
    country: str = ""


@dataclass(frozen=True, slots=True)
class Insurance:
    payer: str
    member_id: str
    status: VerificationStatus = VerificationStatus.UNVERIFIED
    verified_on: date | None = None


@dataclass(frozen=True, slots=True)
class Patient:
    id: str
    given: str
    family: str
    birth_date: date
    updated_at: datetime
    preferred_name: str = ""
    sex: Sex = Sex.UNKNOWN
    phones: tuple[Phone, ...] = ()
    email: str = ""
    address: Address | None = None
    contact_channel: ContactChannel = ContactChannel.PHONE
    reminder_consent: bool = False
    insurance: Insurance | None = None
    alerts: str = ""
    notes: str = ""
    mrn: str = ""
    created_at: datetime | None = None
    deleted: bool = False
    language: str = ""  # for messages; empty: the clinic's language

    @property
    def display_name(self) -> str:
        """'Family, Given' as receptionists read lists; preferred name in quotes."""
        return listed_name(self.family, self.given, self.preferred_name)

    @property
    def short_name(self) -> str:
        """'J. Smith': enough to name a clash without spelling out the record."""
        initial = self.given[:1] + "." if self.given else ""
        return f"{initial} {self.family}".strip()



@dataclass(frozen=True, slots=True)
class PatientListing:
    """What a line of a patient list shows, read without the full record."""

    id: str
    given: str
    family: str
    birth_date: date
    phones: tuple[str, ...]
    preferred_name: str = ""
    email: str = ""
    has_alerts: bool = False

    @property
    def display_name(self) -> str:
        return listed_name(self.family, self.given, self.preferred_name)


def listed_name(family: str, given: str, preferred_name: str) -> str:
    """'Family, Given' as receptionists read lists; preferred name in quotes."""
    if preferred_name and preferred_name != given:
        given = f'{given} "{preferred_name}"'
    return f"{family}, {given}"

# Letters with no Unicode decomposition, so NFKD leaves them alone ("Ø" is not "O" + a
# mark): folded by table, the same in the search index and in Python.
UNDECOMPOSED_LETTERS: tuple[tuple[str, str], ...] = (
    ("Ø", "O"),
    ("ø", "o"),
    ("Ł", "L"),
    ("ł", "l"),
    ("Đ", "D"),
    ("đ", "d"),
    ("ß", "ss"),
    ("Æ", "AE"),
    ("æ", "ae"),
    ("Œ", "OE"),
    ("œ", "oe"),
    ("Þ", "TH"),
    ("þ", "th"),
    ("ı", "i"),
)
_UNDECOMPOSED_MAP = str.maketrans(dict(UNDECOMPOSED_LETTERS))


def fold_text(text: str) -> str:
    """Lower-case, accent-free form of a name for searching ("Zoë" -> "zoe").

    Apostrophes and hyphens become spaces so "O'Brien" matches "obrien" and "o brien"
    through the search index's prefix rules.
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED_MAP))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


def validate_patient_fields(given: str, family: str, birth_date: date, today: date) -> None:
    """The minimum a record needs before it is saved."""
    if not given.strip():
        raise ValidationError(tr("patients", "Enter the patient's given name."))
    if not family.strip():
        raise ValidationError(tr("patients", "Enter the patient's family name."))
    check_birth_date(birth_date, today)
