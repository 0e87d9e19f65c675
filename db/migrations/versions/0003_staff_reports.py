"""staff reports: the school's intake key pairs and the reports imported from the drop folder

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04 20:00:00

``intake_key`` holds the key pairs staff reports are sealed to (libsodium sealed boxes). The
private halves live only here, inside the encrypted database; a replaced key keeps its row with
``retired_at`` set so reports sealed to it still open. ``staff_report`` has one row per imported
report, unique by the report's own id, so importing the same report twice makes one concern.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "intake_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key_id", sa.String(length=32), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("private_key", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("retired_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["app_user.id"], name=op.f("fk_intake_key_created_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intake_key")),
        sa.UniqueConstraint("key_id", name=op.f("uq_intake_key_key_id")),
    )
    op.create_table(
        "staff_report",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.String(length=64), nullable=False),
        sa.Column("key_id", sa.String(length=32), nullable=False),
        sa.Column("receipt", sa.String(length=16), nullable=False),
        sa.Column("sealed_sha256", sa.String(length=64), nullable=False),
        sa.Column("concern_id", sa.Integer(), nullable=False),
        sa.Column("attachment_id", sa.Integer(), nullable=True),
        sa.Column("sealed_at", sa.DateTime(), nullable=True),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("imported_by_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachment.id"],
            name=op.f("fk_staff_report_attachment_id_attachment"),
        ),
        sa.ForeignKeyConstraint(
            ["concern_id"], ["concern.id"], name=op.f("fk_staff_report_concern_id_concern")
        ),
        sa.ForeignKeyConstraint(
            ["imported_by_id"],
            ["app_user.id"],
            name=op.f("fk_staff_report_imported_by_id_app_user"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_report")),
        sa.UniqueConstraint("report_id", name=op.f("uq_staff_report_report_id")),
    )
    with op.batch_alter_table("staff_report", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_staff_report_concern_id"), ["concern_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("staff_report", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_staff_report_concern_id"))
    op.drop_table("staff_report")
    op.drop_table("intake_key")
