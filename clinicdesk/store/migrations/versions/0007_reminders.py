"""reminder loop: outbound message details, consents, inbound replies, message settings

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 13:00:00

The outbound queue gains what a sender records (address, gateway id, last error, when
sent, which PC claimed it); consents, replies and message settings are new synced
tables, so they get the same change-capture triggers as the others.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | Sequence[str] | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NEW_SYNCED = ('message_consents', 'inbound_messages', 'message_settings')
_WHEN = (
    "(SELECT value FROM sync_state WHERE key = 'capture') = 'on' "
    "AND (SELECT value FROM sync_state WHERE key = 'applying') IS NOT 'on'"
)


def upgrade() -> None:
    with op.batch_alter_table('outbound_messages') as batch:
        batch.add_column(sa.Column('address', sa.Text(), server_default='', nullable=False))
        batch.add_column(sa.Column('gateway_id', sa.Text(), server_default='', nullable=False))
        batch.add_column(sa.Column('last_error', sa.Text(), server_default='', nullable=False))
        batch.add_column(sa.Column('sent_at', sa.Integer(), nullable=True))
        batch.add_column(sa.Column('claimed_by', sa.Text(), server_default='', nullable=False))
    op.create_index('ix_outbound_messages_state_send_after', 'outbound_messages', ['state', 'send_after'])
    op.create_index('ix_outbound_messages_patient', 'outbound_messages', ['patient_id'])
    op.create_table('message_consents',
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('patient_id', sa.Text(), nullable=False),
    sa.Column('channel', sa.Text(), nullable=False),
    sa.Column('granted', sa.Boolean(), nullable=False),
    sa.Column('at', sa.Integer(), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('recorded_by', sa.Text(), server_default='', nullable=False),
    sa.Column('updated_at', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_message_consents_patient_id_patients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_message_consents'))
    )
    op.create_index('ix_message_consents_patient', 'message_consents', ['patient_id'])
    op.create_table('inbound_messages',
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('channel', sa.Text(), nullable=False),
    sa.Column('sender', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('received_at', sa.Integer(), nullable=False),
    sa.Column('gateway_id', sa.Text(), nullable=False),
    sa.Column('patient_id', sa.Text(), nullable=True),
    sa.Column('appointment_id', sa.Text(), nullable=True),
    sa.Column('intent', sa.Text(), nullable=False),
    sa.Column('status', sa.Text(), server_default='open', nullable=False),
    sa.Column('updated_at', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['appointment_id'], ['appointments.id'], name=op.f('fk_inbound_messages_appointment_id_appointments')),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_inbound_messages_patient_id_patients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inbound_messages'))
    )
    op.create_index('ix_inbound_messages_gateway', 'inbound_messages', ['channel', 'gateway_id'])
    op.create_table('message_settings',
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_message_settings'))
    )
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
    op.drop_table('message_settings')
    op.drop_index('ix_inbound_messages_gateway', table_name='inbound_messages')
    op.drop_table('inbound_messages')
    op.drop_index('ix_message_consents_patient', table_name='message_consents')
    op.drop_table('message_consents')
    op.drop_index('ix_outbound_messages_patient', table_name='outbound_messages')
    op.drop_index('ix_outbound_messages_state_send_after', table_name='outbound_messages')
    with op.batch_alter_table('outbound_messages') as batch:
        for column in ('claimed_by', 'sent_at', 'last_error', 'gateway_id', 'address'):
            batch.drop_column(column)
