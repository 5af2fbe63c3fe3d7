"""security settings of the clinic and sign-in failures per typed name

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 03:55:00

The lockout threshold, idle lock and password rules moved from each PC's settings.json
into the store, where only an administrator changes them and the change is audited.
Failed sign-ins are also counted per typed name (hashed), known account or not, so an
unknown name is pushed back exactly as long as a real one.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | Sequence[str] | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('security_settings',
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_security_settings'))
    )
    op.create_table('sign_in_failures',
    sa.Column('name_key', sa.Text(), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('last_failed_at', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('name_key', name=op.f('pk_sign_in_failures'))
    )


def downgrade() -> None:
    op.drop_table('sign_in_failures')
    op.drop_table('security_settings')
