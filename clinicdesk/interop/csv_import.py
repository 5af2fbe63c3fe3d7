"""CSV files from another system read into plain rows: encoding, delimiter, header map.

A file is decoded as UTF-8 (with or without a byte-order mark) or, when that fails,
as Windows-1252; its delimiter (comma, semicolon, tab or pipe) is sniffed from the first
lines; quoted fields may hold delimiters and line breaks. The header row decides what
the file holds (patients, providers or appointments) and which column is which, from
common names and from the layouts of Synthea's exporter (3.0 to 3.3+). Every value
stays the text it was: ZIP codes and phone numbers keep their leading zeros, names
keep every character; the apostrophe a spreadsheet export puts before a cell that
could run as a formula ("'+44 20...") is taken off again.
"""

from __future__ import annotations

import csv
import io
import re
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.interop.csv_export import restore

MAX_CSV_BYTES = 2 * 1024 * 1024 * 1024
SOURCE_NAMESPACE = uuid.UUID("0b6f3c1e-2a5d-4c8e-9f31-7d2e5a9c4b10")
KINDS = ("patients", "providers", "appointments")

# Our field -> header names that mean it (compared folded: lower case, no spaces,
# underscores or hyphens). Synthea's names are among them.
FIELD_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "patients": {
        "source_id": ("id", "patientid", "mrn", "recordnumber", "chartnumber"),
        "given": ("given", "first", "firstname", "forename", "givenname"),
        "middle": ("middle", "middlename"),
        "family": ("family", "last", "lastname", "surname", "familyname"),
        "birth_date": ("birthdate", "dob", "dateofbirth", "birthday"),
        "death_date": ("deathdate", "dateofdeath"),
        "sex": ("sex", "gender"),
        "phone": ("phone", "mobile", "telephone", "phonenumber", "cell"),
        "email": ("email", "emailaddress"),
        "address": ("address", "address1", "street", "addressline1"),
        "city": ("city", "town"),
        "region": ("state", "region", "county", "province"),
        "postcode": ("zip", "zipcode", "postcode", "postalcode"),
        "preferred_name": ("preferredname", "nickname", "knownas"),
    },
    "providers": {
        "source_id": ("id", "providerid", "npi"),
        "name": ("name", "providername", "fullname"),
        "title": ("title", "prefix"),
        "specialty": ("speciality", "specialty"),
    },
    "appointments": {
        "source_id": ("id", "appointmentid", "encounterid"),
        "start": ("start", "starttime", "startdatetime", "begin"),
        "end": ("stop", "end", "endtime", "enddatetime", "finish"),
        "patient": ("patient", "patientid"),
        "provider": ("provider", "providerid", "clinician"),
        "type": ("type", "appointmenttype", "description", "visittype", "reason"),
        "status": ("status",),
    },
}
# Headers that say which kind a file is (any one is enough).
KIND_MARKERS = {
    "patients": ("birthdate", "dob", "dateofbirth"),
    "providers": ("speciality", "specialty"),
    "appointments": ("start", "starttime", "startdatetime"),
}
REQUIRED = {
    "patients": ("source_id", "given", "family", "birth_date"),
    "providers": ("source_id", "name"),
    "appointments": ("source_id", "start", "end", "patient", "provider"),
}


def fold_header(name: str) -> str:
    return re.sub(r"[\s_\-.]", "", name.strip().lower())


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read in."""
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as error:
        raise ValidationError(
            tr(
                "csv import",
                "The file is neither UTF-8 nor Windows-1252 text (byte {start}); save it as "
                "CSV UTF-8.",
            ).format(start=error.start)
        ) from error


def sniff_delimiter(text: str) -> str:
    sample = text[:65536]
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        header = sample.splitlines()[0] if sample else ""
        counts = {d: header.count(d) for d in ",;\t|"}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


@dataclass(frozen=True, slots=True)
class CsvTable:
    name: str
    kind: str
    encoding: str
    delimiter: str
    header: tuple[str, ...]
    mapping: dict[str, int]  # our field -> column index
    text: str

    def rows(self) -> Iterator[tuple[int, dict[str, str]]]:
        """(line number of the row's start, field -> value) for every data row."""
        reader = csv.reader(io.StringIO(self.text, newline=""), delimiter=self.delimiter)
        next(reader, None)
        line = reader.line_num + 1
        for raw in _guarded(reader, self.name):
            if any(cell.strip() for cell in raw):
                yield (
                    line,
                    {
                        field: restore(raw[index].strip()) if index < len(raw) else ""
                        for field, index in self.mapping.items()
                    },
                )
            line = reader.line_num + 1


class MissingColumnsError(ValidationError):
    """The file's kind is known but a required field has no column: what was found
    rides along, so a person can pick the columns (the table holds no rows)."""

    def __init__(self, message: str, table: CsvTable, missing: tuple[str, ...]) -> None:
        super().__init__(message)
        self.table = table
        self.missing = missing


def _guarded(reader: Any, name: str) -> Iterator[list[str]]:
    """The reader's rows; a row it cannot read (a field over the csv module's limit, as
    an unclosed quote makes) is a refusal naming the line, not an internal error."""
    while True:
        try:
            raw = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise ValidationError(
                tr(
                    "csv import",
                    "{name} line {line_num}: cannot be read as CSV ({error}); a quote may be "
                    "left open.",
                ).format(name=name, line_num=reader.line_num, error=error)
            ) from error
        yield raw


def read_table(
    name: str, data: bytes, *, kind: str | None = None, mapping: Mapping[str, str] | None = None
) -> CsvTable:
    """The table in ``data``: its kind (from the header unless given) and the column of
    each field (from the header unless ``mapping`` names them: field -> header)."""
    if len(data) > MAX_CSV_BYTES:
        raise ValidationError(
            tr(
                "csv import",
                "{name} is larger than 2 GB; split it.",
            ).format(name=name)
        )
    text, encoding = decode(data)
    if not text.strip():
        raise ValidationError(tr("csv import", "{name} is empty.").format(name=name))
    delimiter = sniff_delimiter(text)
    header = next(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), [])
    folded = [fold_header(h) for h in header]
    if kind is None:
        kind = next(
            (k for k in KINDS if any(m in folded for m in KIND_MARKERS[k])),
            None,
        )
        if kind is None:
            raise ValidationError(
                tr(
                    "csv import",
                    "{name}: cannot tell from the header whether it holds patients, providers "
                    "or appointments (columns: {join}); give a mapping file.",
                ).format(name=name, join=", ".join(header[:12]))
            )
    columns: dict[str, int] = {}
    if mapping:
        for field, column in mapping.items():
            if field not in FIELD_NAMES[kind]:
                raise ValidationError(
                    tr(
                        "csv import",
                        "The mapping names an unknown {kind} field {field!r}.",
                    ).format(kind=kind, field=field)
                )
            if fold_header(column) not in folded:
                raise ValidationError(
                    tr(
                        "csv import",
                        "{name} has no column {column!r} (mapping of {field}).",
                    ).format(name=name, column=column, field=field)
                )
            columns[field] = folded.index(fold_header(column))
    for field, names in FIELD_NAMES[kind].items():
        if field in columns:
            continue
        for candidate in names:
            if candidate in folded and folded.index(candidate) not in columns.values():
                columns[field] = folded.index(candidate)
                break
    missing = [f for f in REQUIRED[kind] if f not in columns]
    if missing:
        raise MissingColumnsError(
            tr(
                "csv import",
                "{name} ({kind}) has no column for {join}; give a mapping file.",
            ).format(name=name, kind=kind, join=", ".join(missing)),
            CsvTable(name, kind, encoding, delimiter, tuple(header), columns, ""),
            tuple(missing),
        )
    return CsvTable(name, kind, encoding, delimiter, tuple(header), columns, text)


def source_uuid(kind: str, source_id: str) -> str:
    """A stable id for a row of another system: its own id if that is a UUID (as in
    Synthea), else a UUID derived from the kind and the id."""
    text = source_id.strip()
    if _CANONICAL_UUID.fullmatch(text):
        return text
    if len(text) == 36:
        try:
            return str(uuid.UUID(text))
        except ValueError:
            pass
    return str(uuid.uuid5(SOURCE_NAMESPACE, f"{kind}/{text}"))


_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%Y%m%d")


def parse_day(text: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    if _ISO_DAY.fullmatch(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            return None
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    return None


def parse_moment(text: str, zone: ZoneInfo) -> datetime | None:
    """ISO 8601 date-time (``Z`` or an offset; none = the clinic's zone) as UTC."""
    value = text.strip().replace("Z", "+00:00")
    if "T" not in value and " " not in value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return moment.astimezone(UTC)
