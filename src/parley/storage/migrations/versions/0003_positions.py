"""Links of statements to plan points, outlet caveats, analyst link decisions.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "statement_links",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "statement_id",
            sa.Integer(),
            sa.ForeignKey("statements.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "plan_id", sa.Integer(), sa.ForeignKey("plans.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("point", sa.String(16), nullable=False),
        sa.Column("method", sa.String(16), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
    )
    op.create_index("ix_statement_links_plan", "statement_links", ["plan_id", "point"])
    op.create_index("ix_statement_links_statement", "statement_links", ["statement_id"])
    op.create_table(
        "source_caveats",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "source_id",
            sa.String(64),
            sa.ForeignKey("sources.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("start_char", sa.Integer(), nullable=False),
        sa.Column("end_char", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
    )
    op.create_index("ix_source_caveats_source_id", "source_caveats", ["source_id"])
    op.create_table(
        "linked_sources",
        sa.Column(
            "source_id",
            sa.String(64),
            sa.ForeignKey("sources.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("plans_key", sa.String(64), nullable=False),
    )
    op.create_table(
        "link_decisions",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("source_id", sa.String(64), nullable=False),
        sa.Column("start_char", sa.Integer(), nullable=False),
        sa.Column("end_char", sa.Integer(), nullable=False),
        sa.Column("text_hash", sa.String(64), nullable=False),
        sa.Column("plan_name", sa.String(128), nullable=False),
        sa.Column("plan_version", sa.String(128), nullable=False),
        sa.Column("point", sa.String(16), nullable=False),
        sa.Column("decision", sa.String(8), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint(
            "source_id",
            "start_char",
            "end_char",
            "text_hash",
            "plan_name",
            "plan_version",
            "point",
            name="uq_link_decisions_key",
        ),  # fmt: skip
    )
    op.create_index("ix_link_decisions_source_id", "link_decisions", ["source_id"])


def downgrade() -> None:
    op.drop_table("link_decisions")
    op.drop_table("linked_sources")
    op.drop_table("source_caveats")
    op.drop_table("statement_links")
