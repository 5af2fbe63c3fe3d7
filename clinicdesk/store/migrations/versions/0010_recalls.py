"""recall: recall types and patients' recalls

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 17:00:00

Recall types (an interval, an optional appointment type) and each patient's recalls
(due date, attempts, how it ended) are new synced tables, so they get the same
change-capture triggers as the others.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0010'
down_revision: str | Sequence[str] | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NEW_SYNCED = ('recall_types', 'recalls')
_WHEN = (
    "(SELECT value FROM sync_state WHERE key = 'capture') = 'on' "
    "AND (SELECT value FROM sync_state WHERE key = 'applying') IS NOT 'on'"
)


def upgrade() -> None:
    op.create_table('recall_types',
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('interval_count', sa.Integer(), nullable=False),
    sa.Column('interval_unit', sa.Text(), nullable=False),
    sa.Column('type_id', sa.Text(), nullable=True),
    sa.Column('hide_days', sa.Integer(), server_default='14', nullable=False),
    sa.Column('active', sa.Boolean(), server_default='1', nullable=False),
    sa.Column('updated_at', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['type_id'], ['appointment_types.id'], name=op.f('fk_recall_types_type_id_appointment_types')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recall_types'))
    )
    op.create_table('recalls',
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('patient_id', sa.Text(), nullable=False),
    sa.Column('recall_type_id', sa.Text(), nullable=False),
    sa.Column('due', sa.Text(), nullable=False),
    sa.Column('status', sa.Text(), server_default='open', nullable=False),
    sa.Column('attempts', sa.Integer(), server_default='0', nullable=False),
    sa.Column('last_attempt_on', sa.Text(), nullable=True),
    sa.Column('hide_days', sa.Integer(), server_default='14', nullable=False),
    sa.Column('source_appointment_id', sa.Text(), nullable=True),
    sa.Column('closed_by_appointment_id', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), server_default='', nullable=False),
    sa.Column('created_at', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['closed_by_appointment_id'], ['appointments.id'], name=op.f('fk_recalls_closed_by_appointment_id_appointments')),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_recalls_patient_id_patients')),
    sa.ForeignKeyConstraint(['recall_type_id'], ['recall_types.id'], name=op.f('fk_recalls_recall_type_id_recall_types')),
    sa.ForeignKeyConstraint(['source_appointment_id'], ['appointments.id'], name=op.f('fk_recalls_source_appointment_id_appointments')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recalls'))
    )
    op.create_index('ix_recalls_patient', 'recalls', ['patient_id'], unique=False)
    op.create_index('ix_recalls_status_due', 'recalls', ['status', 'due'], unique=False)
    for table in _NEW_SYNCED:
        for event in ('insert', 'update'):
            op.execute(
                f"CREATE TRIGGER IF NOT EXISTS sync_capture_{table}_{event} "
                f"AFTER {event.upper()} ON {table} WHEN {_WHEN} "
                f"BEGIN INSERT INTO sync_outbox (table_name, row_id) VALUES ('{table}', NEW.id); END"
            )


def downgrade() -> None:
    for table in _NEW_SYNCED:
        for event in ('insert', 'update'):
            op.execute(f"DROP TRIGGER IF EXISTS sync_capture_{table}_{event}")
    op.drop_index('ix_recalls_status_due', table_name='recalls')
    op.drop_index('ix_recalls_patient', table_name='recalls')
    op.drop_table('recalls')
    op.drop_table('recall_types')
