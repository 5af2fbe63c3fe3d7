"""patient search: the docs table carries the names results are ordered by

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 03:20:00

Ranking ordered ties by the patient rows' names, so a short prefix read (and, on the
encrypted store, decrypted) hundreds of wide patient rows per keystroke. The docs table
now holds family and given name, kept in step by the same triggers. As 0003 says, a
change to the index drops it and builds it again; for 200,000 patients that is a few
seconds, once. Downgrading builds the index again too (0003's queries ignore the two new
columns).
"""
from collections.abc import Sequence

from alembic import op

from clinicdesk.store.search_index import (
    create_patient_search_index,
    drop_patient_search_index,
)

revision: str = '0004'
down_revision: str | Sequence[str] | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    drop_patient_search_index(op.get_bind())
    create_patient_search_index(op.get_bind())


def downgrade() -> None:
    drop_patient_search_index(op.get_bind())
    create_patient_search_index(op.get_bind())
