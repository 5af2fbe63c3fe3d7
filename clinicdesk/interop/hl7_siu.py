"""HL7 v2 SIU (scheduling) messages: built from plain rows, read from real-world files.

Out: one message per appointment change, v2.5.1 by default: S12 new, S13 rescheduled,
S14 modified, S15 cancelled, S17 deleted, S26 no-show. Segments MSH, SCH, PID, RGS,
AIS, AIP and (with a room) AIL, separated by CR as the standard says; text is escaped
(``|^~\\&``) so a name such as "O'Brien|Smith" cannot split a field.

In: messages of v2.3 to v2.8 from an EHR, with CR, LF or CRLF segment ends and several
messages in one file, parsed tolerantly with python-hl7 and then checked field by field
here (trigger, ids, times); a message that cannot be used comes back as a problem with
its number and reason, never as an exception.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr

DEFAULT_VERSION = "2.5.1"
ACCEPTED_VERSIONS = ("2.3", "2.3.1", "2.4", "2.5", "2.5.1", "2.6", "2.7", "2.7.1", "2.8")
TRIGGERS = {
    "S12": "new booking",
    "S13": "rescheduled",
    "S14": "modified",
    "S15": "cancelled",
    "S17": "deleted",
    "S26": "no-show",
}
# SCH-25 filler status codes (HL7 table 0278) for each trigger we send.
FILLER_STATUS = {
    "S12": "Booked",
    "S13": "Booked",
    "S14": "Booked",
    "S15": "Cancelled",
    "S17": "Deleted",
    "S26": "Noshow",
}
MAX_HL7_BYTES = 50 * 1024 * 1024
_ESCAPES = (("\\", "\\E\\"), ("|", "\\F\\"), ("^", "\\S\\"), ("&", "\\T\\"), ("~", "\\R\\"))


@dataclass(frozen=True, slots=True)
class SiuAppointment:
    """What a SIU message says about one appointment (clinicdesk's side)."""

    appointment_id: str
    patient_id: str
    patient_mrn: str
    patient_family: str
    patient_given: str
    patient_birth_date: date
    patient_sex: str  # female, male, other, unknown
    provider_id: str
    provider_name: str
    type_name: str
    start: datetime
    end: datetime
    room_name: str = ""
    reason: str = ""


def escape(text: str) -> str:
    """Text safe inside one HL7 field; line breaks become spaces."""
    for raw, escaped in _ESCAPES:
        text = text.replace(raw, escaped)
    return " ".join(text.splitlines())


def unescape(text: str) -> str:
    for raw, escaped in reversed(_ESCAPES):
        text = text.replace(escaped, raw)
    return text


def hl7_time(moment: datetime, zone: ZoneInfo) -> str:
    """YYYYMMDDHHMMSS+ZZZZ in the clinic's zone (the offset says which instant it is)."""
    return moment.astimezone(zone).strftime("%Y%m%d%H%M%S%z")


_SEX = {"female": "F", "male": "M", "other": "O", "unknown": "U"}


def build_siu(
    trigger: str,
    appointment: SiuAppointment,
    *,
    control_id: str,
    sent_at: datetime,
    zone: ZoneInfo,
    version: str = DEFAULT_VERSION,
    sending_facility: str = "clinicdesk",
    receiving_application: str = "",
) -> bytes:
    """One SIU message for ``trigger`` (S12...S26), CR between segments."""
    if trigger not in TRIGGERS:
        raise ValidationError(
            tr(
                "hl7 siu",
                "{trigger} is not a SIU trigger clinicdesk sends.",
            ).format(trigger=trigger)
        )
    if version not in ACCEPTED_VERSIONS:
        raise ValidationError(
            tr(
                "hl7 siu",
                "HL7 version {version} is not one of {join}.",
            ).format(version=version, join=", ".join(ACCEPTED_VERSIONS))
        )
    a = appointment
    minutes = int((a.end - a.start).total_seconds() // 60)
    start, end = hl7_time(a.start, zone), hl7_time(a.end, zone)
    family, given = escape(a.patient_family), escape(a.patient_given)
    provider = escape(a.provider_name)
    type_name = escape(a.type_name)
    segments = [
        "|".join(
            [
                "MSH",
                "^~\\&",
                "clinicdesk",
                escape(sending_facility),
                escape(receiving_application),
                "",
                hl7_time(sent_at, zone),
                "",
                f"SIU^{trigger}^SIU_S12",
                escape(control_id),
                "P",
                version,
            ]
        ),
        "|".join(
            [
                "SCH",
                f"{a.appointment_id}^clinicdesk",
                f"{a.appointment_id}^clinicdesk",
                "",
                "",
                "",
                "",
                f"^{escape(a.reason)[:250]}" if a.reason else "",
                f"^{type_name}",
                str(minutes),
                "min",
                f"^^{minutes}^{start}^{end}",
                *[""] * 13,
                FILLER_STATUS[trigger],
            ]
        ),
        "|".join(
            [
                "PID",
                "1",
                "",
                f"{escape(a.patient_id)}^^^clinicdesk^PI"
                + (f"~{escape(a.patient_mrn)}^^^clinicdesk^MR" if a.patient_mrn else ""),
                "",
                f"{family}^{given}",
                "",
                a.patient_birth_date.strftime("%Y%m%d"),
                _SEX.get(a.patient_sex, "U"),
            ]
        ),
        "RGS|1|A",
        "|".join(["AIS", "1", "A", f"^{type_name}", start, "", "", str(minutes), "min"]),
        "|".join(
            [
                "AIP",
                "1",
                "A",
                f"{escape(a.provider_id)}^{provider}",
                "",
                start,
                "",
                "",
                str(minutes),
                "min",
            ]
        ),
    ]
    if a.room_name:
        segments.append("|".join(["AIL", "1", "A", f"^^^{escape(a.room_name)}", "", start]))
    return ("\r".join(segments) + "\r").encode("utf-8")


# --- reading ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class InboundSiu:
    """One usable SIU message from another system."""

    number: int  # 1-based position in the file
    trigger: str
    control_id: str
    version: str
    appointment_key: str  # SCH-2 filler id, else SCH-1 placer id
    patient_ids: tuple[str, ...]  # PID-3 repetitions (ids first component)
    patient_family: str
    patient_given: str
    patient_birth_date: date | None
    provider_ids: tuple[str, ...]  # AIP-3 first components
    provider_name: str
    type_name: str
    start: datetime | None
    end: datetime | None
    reason: str


@dataclass(frozen=True, slots=True)
class InboundProblem:
    number: int
    reason: str


def split_messages(data: bytes) -> Iterator[tuple[int, str]]:
    """(number, text with CR segment ends) per message; CR, LF or CRLF accepted."""
    if len(data) > MAX_HL7_BYTES:
        raise ValidationError(
            tr(
                "hl7 siu",
                "The file is larger than {value} MB; split it.",
            ).format(value=MAX_HL7_BYTES // (1024 * 1024))
        )
    text = _decode(data)
    lines = [line for line in re.split(r"\r\n|\r|\n", text) if line.strip()]
    if not lines or not lines[0].startswith("MSH"):
        raise ValidationError(
            tr(
                "hl7 siu",
                "The file is not HL7 v2 (it does not start with an MSH segment).",
            )
        )
    current: list[str] = []
    number = 0
    for line in lines:
        if line.startswith("MSH") and current:
            number += 1
            yield number, "\r".join(current)
            current = []
        current.append(line.lstrip("\x0b").rstrip("\x1c"))
    if current:
        yield number + 1, "\r".join(current)


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding).lstrip("\x0b")
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def parse_hl7_time(text: str, zone: ZoneInfo) -> datetime | None:
    """An HL7 TS/DTM (YYYY[MM[DD[HH[MM[SS[.S]]]]]][+/-ZZZZ]) as UTC; no offset means the
    clinic's zone. None when it is not one or has no time of day."""
    match = re.fullmatch(r"(\d{12})(\d{2})?(?:\.\d+)?([+-]\d{4})?", text.strip())
    if not match:
        return None
    try:
        moment = datetime.strptime(match.group(1) + (match.group(2) or "00"), "%Y%m%d%H%M%S")
    except ValueError:
        return None
    if match.group(3):
        sign = 1 if match.group(3)[0] == "+" else -1
        offset = timedelta(hours=int(match.group(3)[1:3]), minutes=int(match.group(3)[3:5]))
        return (moment - sign * offset).replace(tzinfo=UTC)
    return moment.replace(tzinfo=zone).astimezone(UTC)


def _field(message: object, segment: str, field: int, component: int = 1, repeat: int = 1) -> str:
    try:
        return unescape(str(message.extract_field(segment, 1, field, repeat, component)))  # type: ignore[attr-defined]
    except (KeyError, IndexError, AttributeError, ValueError):
        return ""


def _segment(message: object, name: str) -> object | None:
    try:
        return message.segment(name)  # type: ignore[attr-defined]
    except KeyError:
        return None


def read_siu(data: bytes, zone: ZoneInfo) -> tuple[list[InboundSiu], list[InboundProblem]]:
    """Every SIU message in ``data``, checked; the ones that cannot be used as problems."""
    import hl7

    found: list[InboundSiu] = []
    problems: list[InboundProblem] = []
    for number, text in split_messages(data):
        try:
            message = hl7.parse(text)
        except Exception as error:  # python-hl7 raises several kinds on a broken message
            problems.append(InboundProblem(number, f"cannot be parsed: {str(error)[:120]}"))
            continue
        try:
            found.append(_checked(number, message, zone))
        except ValidationError as error:
            problems.append(InboundProblem(number, str(error)))
    return found, problems


def _checked(number: int, message: object, zone: ZoneInfo) -> InboundSiu:
    kind = _field(message, "MSH", 9, 1)
    trigger = _field(message, "MSH", 9, 2)
    version = _field(message, "MSH", 12, 1)
    if kind != "SIU":
        if not kind:
            raise ValidationError(tr("hl7 siu", "is a message without a type, not SIU"))
        raise ValidationError(tr("hl7 siu", "is a {kind} message, not SIU").format(kind=kind))
    if trigger not in TRIGGERS:
        raise ValidationError(
            tr(
                "hl7 siu",
                "SIU^{trigger} is not one of {join}",
            ).format(trigger=trigger, join=", ".join(TRIGGERS))
        )
    if version not in ACCEPTED_VERSIONS:
        raise ValidationError(
            tr(
                "hl7 siu",
                "HL7 version {value} is not 2.3 to 2.8",
            ).format(value=version or "(none)")
        )
    if _segment(message, "SCH") is None:
        raise ValidationError(tr("hl7 siu", "has no SCH segment"))
    key = _field(message, "SCH", 2) or _field(message, "SCH", 1)
    if not key:
        raise ValidationError(tr("hl7 siu", "names no appointment (SCH-1 and SCH-2 are empty)"))
    # The time: SCH-11 (TQ: 4th start, 5th end), else AIS-4 start with AIS-7 duration.
    start = parse_hl7_time(_field(message, "SCH", 11, 4), zone)
    end = parse_hl7_time(_field(message, "SCH", 11, 5), zone)
    ais = _segment(message, "AIS") is not None
    if start is None and ais:
        start = parse_hl7_time(_field(message, "AIS", 4), zone)
    if end is None and start is not None:
        minutes = _field(message, "SCH", 11, 3) or (_field(message, "AIS", 7) if ais else "")
        if minutes.isdigit() and 0 < int(minutes) <= 12 * 60:
            end = start + timedelta(minutes=int(minutes))
    if trigger in {"S12", "S13", "S14"}:
        if start is None or end is None:
            raise ValidationError(
                tr(
                    "hl7 siu",
                    "gives no usable start and length (SCH-11 or AIS-4/AIS-7)",
                )
            )
        if end <= start:
            raise ValidationError(tr("hl7 siu", "ends before it starts"))
    patient_ids: list[str] = []
    birth = None
    if _segment(message, "PID") is not None:
        for repeat in range(1, 6):
            value = _field(message, "PID", 3, 1, repeat)
            if value:
                patient_ids.append(value)
        birth_text = _field(message, "PID", 7)[:8]
        try:
            birth = datetime.strptime(birth_text, "%Y%m%d").date() if birth_text else None
        except ValueError:
            birth = None
    provider_ids = []
    if _segment(message, "AIP") is not None:
        provider_id = _field(message, "AIP", 3, 1)
        if provider_id:
            provider_ids.append(provider_id)
    provider_name = (
        " ".join(
            part for part in (_field(message, "AIP", 3, 3), _field(message, "AIP", 3, 2)) if part
        )
        if provider_ids
        else ""
    )
    type_name = (_field(message, "AIS", 3, 2) or _field(message, "AIS", 3, 1)) if ais else ""
    type_name = type_name or _field(message, "SCH", 8, 2) or _field(message, "SCH", 8, 1)
    return InboundSiu(
        number=number,
        trigger=trigger,
        control_id=_field(message, "MSH", 10),
        version=version,
        appointment_key=key,
        patient_ids=tuple(patient_ids),
        patient_family=_field(message, "PID", 5, 1),
        patient_given=_field(message, "PID", 5, 2),
        patient_birth_date=birth,
        provider_ids=tuple(provider_ids),
        provider_name=provider_name,
        type_name=type_name,
        start=start,
        end=end,
        reason=_field(message, "SCH", 7, 2) or _field(message, "SCH", 7, 1),
    )
