"""Sources and statements.

Revision ID: 0001
Revises:
Create Date: 2025-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sources",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("name", sa.String(512), nullable=False),
        sa.Column("format", sa.String(16), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("outlet", sa.String(256), nullable=True),
        sa.Column("published", sa.DateTime(timezone=True), nullable=True),
        sa.Column("published_iso", sa.String(64), nullable=True),
        sa.Column("path", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_sources_name", "sources", ["name"])
    op.create_table(
        "statements",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "source_id",
            sa.String(64),
            sa.ForeignKey("sources.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("start_char", sa.Integer(), nullable=False),
        sa.Column("end_char", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("direct", sa.Boolean(), nullable=False),
        sa.Column("cue", sa.String(128), nullable=False),
        sa.Column("speaker", sa.String(256), nullable=True),
        sa.Column("actor", sa.String(32), nullable=True),
        sa.Column("event", sa.String(32), nullable=True),
        sa.Column("targets", sa.JSON(), nullable=False),
        sa.Column("stance", sa.String(16), nullable=True),
        sa.Column("about", sa.String(32), nullable=True),
        sa.UniqueConstraint("source_id", "seq", name="uq_statements_source_seq"),
    )
    for column in ("actor", "about", "speaker", "event", "source_id"):
        op.create_index(f"ix_statements_{column}", "statements", [column])


def downgrade() -> None:
    op.drop_table("statements")
    op.drop_table("sources")
