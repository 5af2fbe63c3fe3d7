"""Patients table <-> Patient entities."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, func, select, text
from sqlalchemy.engine import RowMapping

from clinicdesk.domain.patients import (
    Address,
    ContactChannel,
    Insurance,
    Patient,
    PatientListing,
    Phone,
    Sex,
    VerificationStatus,
)
from clinicdesk.store.repositories._rows import chunks, insert_many, update_row
from clinicdesk.store.search_index import (
    BM25_WEIGHTS,
    DOCS_TABLE,
    FTS_TABLE,
    PHONE_SEPARATOR,
    SUMMARY_COLUMNS,
    build_match_query,
)
from clinicdesk.store.tables import import_sources, patients

SEARCH_CANDIDATES = 500
# What people type for a phone number or a birth date: digits and the marks between them.
_DIGITS_ONLY = re.compile(r"[\d\s+\-/.()]+")
_PATIENT_COLUMNS = ", ".join(f"p.{column.name}" for column in patients.columns)
_HIT_COLUMNS = ", ".join(f"d.{name}" for name in SUMMARY_COLUMNS)
# Ranking in three steps so that only ``limit`` rows of the docs table are ever read:
# ``hits``   the first SEARCH_CANDIDATES index matches with their bm25 score (the index
#            holds live patients only: the triggers skip and remove deleted ones);
# ``ranked`` only hits scoring as well as the limit-th best (ties kept, since the order
#            among equal scores comes from the names), ordered by score and name from
#            the docs table, which also holds what the search list shows;
# The same rows in the same order as ranking every hit by (score, family, given, id), at a
# fraction of the cost: each patient row read is a page decrypted, and a short prefix used
# to read several hundred of them.
_RANKED = (
    f"WITH hits AS MATERIALIZED (SELECT rowid AS docid, "
    f"bm25({FTS_TABLE}, {', '.join(str(w) for w in BM25_WEIGHTS)}) AS score "
    f"FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :query LIMIT :candidates), "
    f"cutoff AS (SELECT coalesce((SELECT score FROM hits ORDER BY score "
    f"LIMIT 1 OFFSET :limit - 1), 1e308) AS score), "
    f"ranked AS MATERIALIZED (SELECT d.patient_id AS id, hits.score AS score, {_HIT_COLUMNS} "
    f"FROM hits JOIN {DOCS_TABLE} AS d ON d.docid = hits.docid "
    f"WHERE hits.score <= (SELECT score FROM cutoff) "
    f"ORDER BY hits.score, d.family, d.given, d.patient_id LIMIT :limit) "
)
_SEARCH_SQL = text(
    _RANKED + f"SELECT {_PATIENT_COLUMNS} FROM ranked JOIN patients AS p ON p.id = ranked.id "
    f"WHERE p.deleted = 0 ORDER BY ranked.score, ranked.family, ranked.given, ranked.id"
).columns(*patients.columns)
# Straight to the driver (see search_listings): "?" in the order :query, :candidates,
# :limit, :limit.
_LISTING_SQL = re.sub(
    r":(query|candidates|limit)\b",
    "?",
    _RANKED + f"SELECT id, {', '.join(SUMMARY_COLUMNS)} FROM ranked "
    "ORDER BY score, family, given, id",
)
# Digits only (phone numbers, birth dates): a number matches or it does not, so there is
# nothing for bm25 to rank. The first ``limit`` matches the index yields are ordered by
# name, and the index stops reading there: a common prefix ("07700") matching most of a
# big clinic costs the same as a rare one, instead of scoring 500 candidates.
_DIGIT_HITS = (
    f"WITH hits AS MATERIALIZED (SELECT rowid AS docid FROM {FTS_TABLE} "
    f"WHERE {FTS_TABLE} MATCH :query LIMIT :limit) "
)
_DIGITS_SEARCH_SQL = text(
    _DIGIT_HITS + f"SELECT {_PATIENT_COLUMNS} FROM hits "
    f"JOIN {DOCS_TABLE} AS d ON d.docid = hits.docid "
    f"JOIN patients AS p ON p.id = d.patient_id "
    f"WHERE p.deleted = 0 ORDER BY p.family, p.given, p.id"
).columns(*patients.columns)
_DIGITS_LISTING_SQL = re.sub(
    r":(query|limit)\b",
    "?",
    _DIGIT_HITS + f"SELECT d.patient_id, {_HIT_COLUMNS} FROM hits "
    f"JOIN {DOCS_TABLE} AS d ON d.docid = hits.docid ORDER BY d.family, d.given, d.patient_id",
)


def patient_to_row(patient: Patient) -> dict[str, Any]:
    insurance = patient.insurance
    return {
        "id": patient.id,
        "given": patient.given,
        "family": patient.family,
        "preferred_name": patient.preferred_name,
        "birth_date": patient.birth_date,
        "sex": patient.sex.value,
        "phones": [[phone.number, phone.kind] for phone in patient.phones],
        "email": patient.email,
        "address": None if patient.address is None else vars_of(patient.address),
        "contact_channel": patient.contact_channel.value,
        "reminder_consent": patient.reminder_consent,
        "language": patient.language,
        "insurance": None
        if insurance is None
        else {
            "payer": insurance.payer,
            "member_id": insurance.member_id,
            "status": insurance.status.value,
            "verified_on": None
            if insurance.verified_on is None
            else insurance.verified_on.isoformat(),
        },
        "alerts": patient.alerts,
        "notes": patient.notes,
        "mrn": patient.mrn,
        "created_at": patient.created_at,
        "updated_at": patient.updated_at,
        "deleted": patient.deleted,
    }


def vars_of(address: Address) -> dict[str, str]:
    return {name: getattr(address, name) for name in Address.__slots__}


def row_to_patient(row: RowMapping) -> Patient:
    insurance_data = row["insurance"]
    insurance = None
    if insurance_data:
        verified_on = insurance_data.get("verified_on")
        insurance = Insurance(
            payer=insurance_data["payer"],
            member_id=insurance_data["member_id"],
            status=VerificationStatus(insurance_data["status"]),
            verified_on=date.fromisoformat(verified_on) if verified_on else None,
        )
    address_data = row["address"]
    return Patient(
        id=row["id"],
        given=row["given"],
        family=row["family"],
        preferred_name=row["preferred_name"],
        birth_date=row["birth_date"],
        sex=Sex(row["sex"]),
        phones=tuple(Phone(number, kind) for number, kind in row["phones"]),
        email=row["email"],
        address=Address(**address_data) if address_data else None,
        contact_channel=ContactChannel(row["contact_channel"]),
        reminder_consent=bool(row["reminder_consent"]),
        language=row["language"],
        insurance=insurance,
        alerts=row["alerts"],
        notes=row["notes"],
        mrn=row["mrn"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        deleted=bool(row["deleted"]),
    )


class SqlPatientRepository:
    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def add(self, patient: Patient) -> None:
        self._connection.execute(patients.insert().values(patient_to_row(patient)))

    def add_many(self, items: Iterable[Patient]) -> None:
        insert_many(self._connection, patients, (patient_to_row(p) for p in items))

    def update(self, patient: Patient) -> None:
        update_row(self._connection, patients, patient_to_row(patient), "patient record")

    def get(self, patient_id: str) -> Patient | None:
        row = (
            self._connection.execute(
                select(patients).where(patients.c.id == patient_id, patients.c.deleted.is_(False))
            )
            .mappings()
            .first()
        )
        return None if row is None else row_to_patient(row)

    def existing_ids(self, patient_ids: Iterable[str]) -> set[str]:
        """Which of ``patient_ids`` are taken, deleted rows included (an id is never
        handed out twice)."""
        wanted = list(dict.fromkeys(patient_ids))
        found: set[str] = set()
        for chunk in chunks(wanted):
            found.update(
                self._connection.execute(select(patients.c.id).where(patients.c.id.in_(chunk)))
                .scalars()
                .all()
            )
        return found

    def identities(self) -> list[PatientListing]:
        """Every live patient's id, names, birth date and phone numbers: what the
        duplicate rule compares, read in one pass for a large import."""
        rows = self._connection.execute(
            select(
                patients.c.id,
                patients.c.given,
                patients.c.family,
                patients.c.birth_date,
                patients.c.phones,
            ).where(patients.c.deleted.is_(False))
        )
        return [
            PatientListing(
                id=row.id,
                given=row.given,
                family=row.family,
                birth_date=row.birth_date,
                phones=tuple(number for number, _kind in row.phones or ()),
            )
            for row in rows
        ]

    def source_links(self, source_ids: Iterable[str]) -> dict[str, str]:
        """Imported source ids merged into a patient here: source id -> patient id."""
        wanted = list(dict.fromkeys(source_ids))
        found: dict[str, str] = {}
        for chunk in chunks(wanted):
            rows = self._connection.execute(
                select(import_sources.c.source_id, import_sources.c.patient_id).where(
                    import_sources.c.source_id.in_(chunk)
                )
            )
            found.update({row.source_id: row.patient_id for row in rows})
        return found

    def link_sources(self, links: Iterable[tuple[str, str]], at: datetime) -> None:
        """Remember that each source id (of an imported row) is this patient here."""
        insert_many(
            self._connection,
            import_sources,
            (
                {"source_id": source, "patient_id": patient, "linked_at": at}
                for source, patient in links
            ),
        )

    def get_many(self, patient_ids: Iterable[str]) -> dict[str, Patient]:
        wanted = list(dict.fromkeys(patient_ids))
        found: dict[str, Patient] = {}
        for chunk in chunks(wanted):
            rows = self._connection.execute(
                select(patients).where(patients.c.id.in_(chunk))
            ).mappings()
            for row in rows:
                found[row["id"]] = row_to_patient(row)
        return found

    def search(self, text: str, limit: int = 20) -> list[Patient]:
        """Patients matching every typed word as a prefix of a name part, phone digits or
        date of birth, best match first (bm25, then family and given name).

        At most ``SEARCH_CANDIDATES`` matches are ranked: a query that matches more
        (one or two letters in a big clinic) is still answered in about a millisecond,
        from the first matches found, instead of ranking tens of thousands of rows.
        """
        query = build_match_query(text)
        if query is None or limit <= 0:
            return []
        if _DIGITS_ONLY.fullmatch(text.strip()):
            rows = self._connection.execute(
                _DIGITS_SEARCH_SQL, {"query": query, "limit": limit}
            ).mappings()
        else:
            rows = self._connection.execute(
                _SEARCH_SQL, {"query": query, "candidates": SEARCH_CANDIDATES, "limit": limit}
            ).mappings()
        return [row_to_patient(row) for row in rows]

    def search_listings(self, text: str, limit: int = 20) -> list[PatientListing]:
        """The same matches in the same order as :meth:`search`, as list lines read from
        the search index alone (no patient row is read).

        Run on every keystroke, so it goes straight to the driver: SQLAlchemy's
        statement and result machinery cost more than the query itself here.
        """
        query = build_match_query(text)
        if query is None or limit <= 0:
            return []
        raw = self._connection.connection.dbapi_connection
        assert raw is not None
        if _DIGITS_ONLY.fullmatch(text.strip()):
            rows = raw.execute(_DIGITS_LISTING_SQL, (query, limit))
        else:
            rows = raw.execute(_LISTING_SQL, (query, SEARCH_CANDIDATES, limit, limit))
        # Positional, in the dataclass's field order: keywords cost a fifth more here.
        return [
            PatientListing(
                patient_id,
                given,
                family,
                date.fromisoformat(born),
                tuple(phones.split(PHONE_SEPARATOR)) if phones else (),
                preferred_name,
                email,
                bool(has_alerts),
            )
            for patient_id, family, given, preferred_name, born, phones, email, has_alerts in rows
        ]

    def count(self) -> int:
        return int(
            self._connection.execute(
                select(func.count()).select_from(patients).where(patients.c.deleted.is_(False))
            ).scalar_one()
        )
