"""The patient search index: an FTS5 table kept in step with ``patients`` by SQL triggers.

What is indexed, per patient that is not soft-deleted:

* ``names``: given, family and preferred name, lower-cased and accent-free through the
  ``unicode61 remove_diacritics 2`` tokenizer. Letters that Unicode does not decompose
  (Ø, Ł, Đ, ß, Æ...) are mapped to their plain spelling first, the same way
  :func:`fold_name` maps typed text. Apostrophes and hyphens split a name into tokens
  ("O'Brien" -> "o", "brien") and the name is indexed once more with them removed
  ("obrien"), so "obrien", "o brien" and "O'Brien" all find it.
* ``phones``: each number's digits and every suffix of at least three digits
  ("447700900123", "47700900123", ... "123"), so a prefix query on any run of typed
  digits ("7700900") finds the number without a scan. A typed national number with its
  trunk "0" is also tried without it (see :func:`build_match_query`).
* ``birth``: the date of birth as ``YYYYMMDD`` and ``DDMMYYYY``, so "1984-03-07",
  "07/03/1984" and partial forms ("07/03") all match as digit prefixes.

Why triggers: bulk ``INSERT``/``UPDATE`` statements (imports, sync, the demo loader)
keep the index right without any Python code having to remember it.

Why a ``patient_search_docs`` table: ``patients`` has a text primary key, so its rowid
may change on ``VACUUM``. The FTS rows are keyed by ``docid``, an ``INTEGER PRIMARY KEY``
(stable) mapped one-to-one to the patient id. It also carries a copy of what a line of
the search list shows (names, birth date, phones, email, whether there are alerts), so a
search reads the index and this narrow table only, never the wide patient rows: on an
encrypted store every patient page read is a page decrypted, and that was most of the
cost of a search in a big clinic.

The FTS table is contentless (``content=''``, ``contentless_delete=1``): it holds the
index only, not a second copy of the names, and rows can still be deleted.

Migrations call :func:`create_patient_search_index`; :func:`rebuild_patient_search_index`
repopulates it from the patients table (after a restore or an import done with the
triggers absent).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from clinicdesk.domain.patients import UNDECOMPOSED_LETTERS

FTS_TABLE = "patient_search"
DOCS_TABLE = "patient_search_docs"
TRIGGER_NAMES = ("patient_search_ai", "patient_search_au", "patient_search_ad")

# Letters with no Unicode decomposition, so remove_diacritics leaves them alone.
# Applied by SQL (in the triggers) and by Python (to typed text) alike.
_UNDECOMPOSED_LETTERS = UNDECOMPOSED_LETTERS
# Characters that join parts of one name; removed for the joined form ("obrien").
_NAME_JOINERS = ("'", "’", "‘", "ʼ", "-", "‐")
# Characters people put inside phone numbers and dates.
_NUMBER_PUNCTUATION = (" ", "+", "-", "(", ")", ".", "/")
# E.164 numbers have at most 15 digits; allow a little more for extensions typed in.
_MAX_PHONE_DIGITS = 18
_MIN_SUFFIX_DIGITS = 4
# More typed words than this add nothing but cost.
_MAX_QUERY_TOKENS = 8

TOKENIZER = "unicode61 remove_diacritics 2"
BM25_WEIGHTS = (10.0, 4.0, 4.0)  # names, phones, birth


def _sql_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _nested_replace(expression: str, pairs: tuple[tuple[str, str], ...]) -> str:
    for old, new in pairs:
        expression = f"replace({expression}, {_sql_string(old)}, {_sql_string(new)})"
    return expression


def _names_sql(row: str) -> str:
    raw = f"({row}.given || ' ' || {row}.family || ' ' || coalesce({row}.preferred_name, ''))"
    # GLOB tests keep the common case (a plain ASCII name without an apostrophe) cheap:
    # the long replace() chains run only for the names that need them.
    folded = (
        f"CASE WHEN {raw} GLOB '*[^ -~]*' "
        f"THEN {_nested_replace(raw, _UNDECOMPOSED_LETTERS)} ELSE {raw} END"
    )
    joiner_class = "".join(j for j in _NAME_JOINERS if j != "-").replace("'", "''") + "-"
    joined = _nested_replace(folded, tuple((joiner, "") for joiner in _NAME_JOINERS))
    return f"{folded} || CASE WHEN {raw} GLOB '*[{joiner_class}]*' THEN ' ' || {joined} ELSE '' END"


def _phones_sql(row: str) -> str:
    digits = _nested_replace(
        "json_extract(value, '$[0]')", tuple((p, "") for p in _NUMBER_PUNCTUATION)
    )
    suffixes = " || ".join(
        ["d"]
        + [
            f"CASE WHEN length(d) - {start} + 1 >= {_MIN_SUFFIX_DIGITS} "
            f"THEN ' ' || substr(d, {start}) ELSE '' END"
            for start in range(2, _MAX_PHONE_DIGITS - _MIN_SUFFIX_DIGITS + 2)
        ]
    )
    # "LIMIT -1 OFFSET 0" stops SQLite flattening the inner query, which would otherwise
    # re-evaluate the digits expression once per suffix.
    return (
        f"coalesce((SELECT group_concat({suffixes}, ' ') "
        f"FROM (SELECT {digits} AS d FROM json_each({row}.phones) LIMIT -1 OFFSET 0)), '')"
    )


def _birth_sql(row: str) -> str:
    iso = f"{row}.birth_date"
    return (
        f"replace({iso}, '-', '') || ' ' || substr({iso}, 9, 2) || substr({iso}, 6, 2) "
        f"|| substr({iso}, 1, 4)"
    )


def _index_rows_sql(row: str, source: str) -> str:
    """INSERT of the FTS rows for the patients ``source`` yields (``row`` is their alias)."""
    return (
        f"INSERT INTO {FTS_TABLE}(rowid, names, phones, birth) "
        f"SELECT d.docid, {_names_sql(row)}, {_phones_sql(row)}, {_birth_sql(row)} "
        f"FROM {source}"
    )


_ONE_NEW_ROW = f"{DOCS_TABLE} AS d WHERE d.patient_id = new.id AND new.deleted = 0"
_ALL_LIVE_ROWS = f"{DOCS_TABLE} AS d JOIN patients AS p ON p.id = d.patient_id WHERE p.deleted = 0"


# The search list's line for a patient, copied from the patient row (see the docstring).
SUMMARY_COLUMNS: tuple[str, ...] = (
    "family",
    "given",
    "preferred_name",
    "birth_date",
    "phones",
    "email",
    "has_alerts",
)
# Whitespace str.strip() removes that alerts are most likely to hold; an alert made only
# of these is no alert (PatientSummary's rule for a patient read in full).
_BLANKS = "' ' || char(9, 10, 11, 12, 13, 160, 8195, 12288)"


# The numbers only, joined by the ASCII unit separator (never typed into a number), so
# a listing needs no JSON parsing.
PHONE_SEPARATOR = "\x1f"


def _summary_values(row: str) -> str:
    numbers = (
        "coalesce((SELECT group_concat(json_extract(value, '$[0]'), char(31)) "
        f"FROM json_each({row}.phones)), '')"
    )
    return (
        f"{row}.family, {row}.given, {row}.preferred_name, {row}.birth_date, {numbers}, "
        f"{row}.email, trim({row}.alerts, {_BLANKS}) <> ''"
    )


_SUMMARY_UPDATE = ", ".join(f"{name} = excluded.{name}" for name in SUMMARY_COLUMNS)

CREATE_DOCS_TABLE = (
    f"CREATE TABLE IF NOT EXISTS {DOCS_TABLE} ("
    "docid INTEGER PRIMARY KEY, patient_id TEXT NOT NULL UNIQUE, "
    "family TEXT NOT NULL DEFAULT '', given TEXT NOT NULL DEFAULT '', "
    "preferred_name TEXT NOT NULL DEFAULT '', birth_date TEXT NOT NULL DEFAULT '', "
    "phones TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '', "
    "has_alerts INTEGER NOT NULL DEFAULT 0)"
)
# A patient's docs row, made or brought up to date (its docid is kept).
_UPSERT_ONE_DOC = (
    f"INSERT INTO {DOCS_TABLE}(patient_id, {', '.join(SUMMARY_COLUMNS)}) "
    f"VALUES (new.id, {_summary_values('new')}) "
    f"ON CONFLICT(patient_id) DO UPDATE SET {_SUMMARY_UPDATE}"
)

CREATE_FTS_TABLE = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    "names, phones, birth, content='', contentless_delete=1, "
    f"tokenize='{TOKENIZER}', prefix='1 2 3 4 5 6')"
)

CREATE_INSERT_TRIGGER = f"""
CREATE TRIGGER IF NOT EXISTS patient_search_ai AFTER INSERT ON patients BEGIN
    {_UPSERT_ONE_DOC};
    {_index_rows_sql("new", _ONE_NEW_ROW)};
END
"""

CREATE_UPDATE_TRIGGER = f"""
CREATE TRIGGER IF NOT EXISTS patient_search_au
AFTER UPDATE OF id, given, family, preferred_name, birth_date, phones, email, alerts, deleted
ON patients
BEGIN
    DELETE FROM {FTS_TABLE}
        WHERE rowid = (SELECT docid FROM {DOCS_TABLE} WHERE patient_id = old.id);
    UPDATE {DOCS_TABLE} SET patient_id = new.id WHERE patient_id = old.id AND old.id <> new.id;
    {_UPSERT_ONE_DOC};
    {_index_rows_sql("new", _ONE_NEW_ROW)};
END
"""

CREATE_DELETE_TRIGGER = f"""
CREATE TRIGGER IF NOT EXISTS patient_search_ad AFTER DELETE ON patients BEGIN
    DELETE FROM {FTS_TABLE}
        WHERE rowid = (SELECT docid FROM {DOCS_TABLE} WHERE patient_id = old.id);
    DELETE FROM {DOCS_TABLE} WHERE patient_id = old.id;
END
"""

CREATE_STATEMENTS: tuple[str, ...] = (
    CREATE_DOCS_TABLE,
    CREATE_FTS_TABLE,
    CREATE_INSERT_TRIGGER,
    CREATE_UPDATE_TRIGGER,
    CREATE_DELETE_TRIGGER,
)

DROP_STATEMENTS: tuple[str, ...] = (
    *(f"DROP TRIGGER IF EXISTS {name}" for name in TRIGGER_NAMES),
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
    f"DROP TABLE IF EXISTS {DOCS_TABLE}",
)

REBUILD_STATEMENTS: tuple[str, ...] = (
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('delete-all')",
    f"DELETE FROM {DOCS_TABLE} WHERE patient_id NOT IN (SELECT id FROM patients)",
    # "WHERE true" tells SQLite's parser the ON CONFLICT belongs to the INSERT, not a join.
    f"INSERT INTO {DOCS_TABLE}(patient_id, {', '.join(SUMMARY_COLUMNS)}) "
    f"SELECT p.id, {_summary_values('p')} FROM patients AS p WHERE true "
    f"ON CONFLICT(patient_id) DO UPDATE SET {_SUMMARY_UPDATE}",
    _index_rows_sql("p", _ALL_LIVE_ROWS),
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')",
)


def _execute_all(connection: Any, statements: tuple[str, ...]) -> None:
    """Run DDL on a SQLAlchemy Connection (or Alembic's ``op.get_bind()``) or a DB-API one."""
    run = getattr(connection, "exec_driver_sql", None) or connection.execute
    for statement in statements:
        run(statement)


def create_patient_search_index(connection: Any) -> None:
    """Create the search table, its id map and triggers, and index existing patients.

    Safe to call on a store that already has them. ``connection`` is a SQLAlchemy
    ``Connection`` (inside a migration: ``op.get_bind()``) or a DB-API connection.
    """
    _execute_all(connection, CREATE_STATEMENTS)
    rebuild_patient_search_index(connection)


def drop_patient_search_index(connection: Any) -> None:
    """Remove the search table and triggers (a migration's downgrade)."""
    _execute_all(connection, DROP_STATEMENTS)


def rebuild_patient_search_index(connection: Any) -> None:
    """Re-index every patient from the patients table (the triggers keep it right after)."""
    _execute_all(connection, REBUILD_STATEMENTS)


# --- typed text -> FTS5 query --------------------------------------------------------

_UNDECOMPOSED_MAP = str.maketrans(dict(_UNDECOMPOSED_LETTERS))
# A run of digits, possibly broken by the punctuation people type inside numbers
# ("+44 7700 900123", "07/03/1984", "1984-03-07").
_DIGIT_RUN = re.compile(r"\+?\d(?:[\s\-/.()]*\d)*")
_WORD = re.compile(r"[^\W\d_]+")


def fold_name(text: str) -> str:
    """Lower-case, accent-free text, as the index holds names ("Ødegaard" -> "odegaard")."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED_MAP))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _quoted_prefix(token: str) -> str:
    # Tokens hold only letters or only digits, but quote-doubling keeps any text safe.
    return '"' + token.replace('"', '""') + '"*'


def _digit_alternatives(digits: str) -> list[str]:
    """The typed digits, plus the number without an international "00" or trunk "0"."""
    alternatives = [digits]
    if digits.startswith("00") and len(digits) > 3:
        alternatives.append(digits[2:])
    elif digits.startswith("0") and len(digits) > 2:
        alternatives.append(digits[1:])
    return alternatives


def build_match_query(text: str) -> str | None:
    """An FTS5 MATCH expression for what a user typed, or None if nothing searchable.

    Every token becomes a quoted prefix term, so FTS syntax typed by the user (quotes,
    ``*``, ``-``, parentheses, NEAR, AND, column names) is searched as plain text and
    can never make the query invalid.
    """
    terms: list[str] = []
    for match in _DIGIT_RUN.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        options = " OR ".join(_quoted_prefix(d) for d in _digit_alternatives(digits))
        terms.append(f"{{phones birth}} : ({options})")
    words_only = _DIGIT_RUN.sub(" ", text)
    for word in _WORD.findall(fold_name(words_only)):
        terms.append(f"names : {_quoted_prefix(word)}")
    if not terms:
        return None
    return " AND ".join(terms[:_MAX_QUERY_TOKENS])
