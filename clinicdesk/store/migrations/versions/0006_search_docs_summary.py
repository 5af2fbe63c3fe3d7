"""patient search: the docs table carries what the search list shows

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 12:55:00

A search read the wide patient row of every listed match (on the encrypted store, a page
decrypted per row) only to show names, birth date, phones and the alert sign. The docs
table now holds those fields, kept in step by the same triggers, and a search reads the
index and that table only. As 0003 says, a change to the index drops it and builds it
again: a few seconds once for 200,000 patients. Downgrading builds it again too (0004's
queries ignore the new columns).
"""
from collections.abc import Sequence

from alembic import op

from clinicdesk.store.search_index import (
    create_patient_search_index,
    drop_patient_search_index,
)

revision: str = '0006'
down_revision: str | Sequence[str] | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    drop_patient_search_index(op.get_bind())
    create_patient_search_index(op.get_bind())


def downgrade() -> None:
    drop_patient_search_index(op.get_bind())
    create_patient_search_index(op.get_bind())
