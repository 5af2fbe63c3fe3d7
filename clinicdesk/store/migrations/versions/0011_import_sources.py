"""import sources merged into patients

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 17:00:00

A row of an imported file merged into a patient already registered keeps its source
id here, so a re-run of the same file imports nothing twice. This PC's own (not synced).
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0011'
down_revision: str | Sequence[str] | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('import_sources',
    sa.Column('source_id', sa.Text(), nullable=False),
    sa.Column('patient_id', sa.Text(), nullable=False),
    sa.Column('linked_at', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_import_sources_patient_id_patients')),
    sa.PrimaryKeyConstraint('source_id', name=op.f('pk_import_sources'))
    )


def downgrade() -> None:
    op.drop_table('import_sources')
