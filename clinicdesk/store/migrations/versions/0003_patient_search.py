"""patient search: FTS5 index, its docid map and the triggers that keep it in step

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 13:00:00

Runs inside the single transaction opened by clinicdesk.store.migrate. Indexes the
patients already in the store. A later change to the index is a new revision that calls
drop_patient_search_index() and then create_patient_search_index().
"""
from collections.abc import Sequence

from alembic import op

from clinicdesk.store.search_index import (
    create_patient_search_index,
    drop_patient_search_index,
)

revision: str = '0003'
down_revision: str | Sequence[str] | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_patient_search_index(op.get_bind())


def downgrade() -> None:
    drop_patient_search_index(op.get_bind())
