"""patients' message language

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 17:10:00

A patient's language for messages (empty: the clinic's). SQLite adds the column in
place, so the table's sync and search triggers stay as they are.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: str | Sequence[str] | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('patients') as batch:
        batch.add_column(sa.Column('language', sa.Text(), server_default='', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('patients') as batch:
        batch.drop_column('language')
