"""no-show models and their settings

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 13:00:00

The no-show model (plain JSON numbers) and the manager's switch and per-provider
overbooking policy live inside the encrypted store, on this PC only (not synced).
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0008'
down_revision: str | Sequence[str] | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('no_show_models',
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('trained_at', sa.Integer(), nullable=False),
    sa.Column('trained_by', sa.Text(), nullable=False),
    sa.Column('model', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_no_show_models'))
    )
    op.create_index('ix_no_show_models_trained_at', 'no_show_models', ['trained_at'], unique=False)
    op.create_table('no_show_settings',
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_no_show_settings'))
    )


def downgrade() -> None:
    op.drop_table('no_show_settings')
    op.drop_index('ix_no_show_models_trained_at', table_name='no_show_models')
    op.drop_table('no_show_models')
