"""sync outbox, state, base, in-flight batch, conflicts and capture triggers

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 12:00:00

Runs inside the single transaction opened by clinicdesk.store.migrate: a failure
leaves the store exactly as it was. Capture stays off until ``clinicdesk sync join``.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0002'
down_revision: str | Sequence[str] | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen here: the tables that synced when this revision was written.
_SYNCED_TABLES = (
    "clinic", "rooms", "providers", "users", "appointment_types", "working_hours",
    "schedule_exceptions", "patients", "appointments", "appointment_events", "waitlist",
    "call_list", "outbound_messages", "sync_conflicts",
)


def upgrade() -> None:
    op.create_table('sync_outbox',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('table_name', sa.Text(), nullable=False),
    sa.Column('row_id', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_sync_outbox')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('sync_outbox', schema=None) as batch_op:
        batch_op.create_index('ix_sync_outbox_row', ['table_name', 'row_id'], unique=False)
    op.create_table('sync_state',
    sa.Column('key', sa.Text(), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_sync_state'))
    )
    op.create_table('sync_base',
    sa.Column('table_name', sa.Text(), nullable=False),
    sa.Column('row_id', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('data', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('table_name', 'row_id', name=op.f('pk_sync_base'))
    )
    op.create_table('sync_inflight',
    sa.Column('client_seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('table_name', sa.Text(), nullable=False),
    sa.Column('row_id', sa.Text(), nullable=False),
    sa.Column('data', sa.Text(), nullable=False),
    sa.Column('base_version', sa.Integer(), nullable=False),
    sa.Column('base_data', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('client_seq', name=op.f('pk_sync_inflight'))
    )
    op.create_table('sync_conflicts',
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('kind', sa.Text(), nullable=False),
    sa.Column('table_name', sa.Text(), nullable=False),
    sa.Column('row_id', sa.Text(), nullable=False),
    sa.Column('other_row_id', sa.Text(), nullable=True),
    sa.Column('fields', sa.Text(), server_default='[]', nullable=False),
    sa.Column('ours', sa.Text(), nullable=True),
    sa.Column('theirs', sa.Text(), nullable=True),
    sa.Column('status', sa.Text(), server_default='open', nullable=False),
    sa.Column('resolution', sa.Text(), server_default='', nullable=False),
    sa.Column('resolved_by', sa.Text(), server_default='', nullable=False),
    sa.Column('detected_at', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflicts'))
    )
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.create_index('ix_sync_conflicts_status', ['status'], unique=False)

    op.execute("INSERT INTO sync_state (key, value) VALUES ('capture', 'off'), ('applying', 'off')")
    when = (
        "(SELECT value FROM sync_state WHERE key = 'capture') = 'on' "
        "AND (SELECT value FROM sync_state WHERE key = 'applying') IS NOT 'on'"
    )
    for table in _SYNCED_TABLES:
        body = f"INSERT INTO sync_outbox (table_name, row_id) VALUES ('{table}', NEW.id);"
        for event in ("insert", "update"):
            op.execute(
                f"CREATE TRIGGER IF NOT EXISTS sync_capture_{table}_{event} "
                f"AFTER {event.upper()} ON {table} WHEN {when} BEGIN {body} END"
            )


def downgrade() -> None:
    for table in _SYNCED_TABLES:
        for event in ("insert", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS sync_capture_{table}_{event}")
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_conflicts_status')
    op.drop_table('sync_conflicts')
    op.drop_table('sync_inflight')
    op.drop_table('sync_base')
    op.drop_table('sync_state')
    with op.batch_alter_table('sync_outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_outbox_row')
    op.drop_table('sync_outbox')
