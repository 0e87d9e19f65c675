"""what a Prevent officer needs on a referral, and what happens after it is sent

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 20:00:00

* ``app_user.direct_phone`` and ``app_user.work_email``: the referrer's own line and
  professional address, printed on the referral form beside the school's.
* ``information_item.corroborated_by``: who or what corroborated an item.
* ``alternative_explanation.accepted``: whether the alternative, once explored, explains what was
  seen (``NULL`` while it has not been concluded).
* ``parallel_referral``: the referral made alongside Prevent (children's social care or MASH for
  a child, the LADO for a member of staff, adult social care for an adult), its date and
  reference, or why none was made.
* ``referral``: after sending, when feedback was asked for and received, Channel consent (given
  or refused, by the person or a parent or carer), panel dates, the school's part, and the date
  support ended (the 6- and 12-month reviews are dated actions).

Only columns are added, so SQLite's ``ALTER TABLE ... ADD COLUMN`` suffices: no table is
rebuilt, and the search triggers of 0002 stay as they are.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "app_user", sa.Column("direct_phone", sa.String(60), nullable=False, server_default="")
    )
    op.add_column(
        "app_user", sa.Column("work_email", sa.String(200), nullable=False, server_default="")
    )
    op.add_column(
        "information_item",
        sa.Column("corroborated_by", sa.String(300), nullable=False, server_default=""),
    )
    op.add_column("alternative_explanation", sa.Column("accepted", sa.Boolean(), nullable=True))
    for name, column_type in (
        ("feedback_requested_on", sa.Date()),
        ("feedback_received_on", sa.Date()),
        ("channel_consent", sa.String(20)),
        ("consent_on", sa.Date()),
        ("support_ended_on", sa.Date()),
    ):
        op.add_column("referral", sa.Column(name, column_type, nullable=True))
    for name, column_type in (
        ("feedback_notes", sa.Text()),
        ("consent_from", sa.String(20)),
        ("school_part", sa.Text()),
    ):
        op.add_column("referral", sa.Column(name, column_type, nullable=False, server_default=""))
    op.add_column(
        "referral", sa.Column("panel_dates", sa.JSON(), nullable=False, server_default="[]")
    )
    op.create_table(
        "parallel_referral",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("concern_id", sa.Integer(), nullable=False),
        sa.Column("route", sa.String(40), nullable=False),
        sa.Column("made_on", sa.Date(), nullable=True),
        sa.Column("reference", sa.String(100), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["concern_id"], ["concern.id"], name="fk_parallel_referral_concern_id_concern"
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["app_user.id"],
            name="fk_parallel_referral_recorded_by_id_app_user",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_parallel_referral"),
    )
    op.create_index(
        "ix_parallel_referral_concern_id", "parallel_referral", ["concern_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_parallel_referral_concern_id", table_name="parallel_referral")
    op.drop_table("parallel_referral")
    with op.batch_alter_table("referral") as batch:
        for name in (
            "panel_dates", "school_part", "consent_from", "feedback_notes", "support_ended_on",
            "consent_on", "channel_consent", "feedback_received_on", "feedback_requested_on",
        ):  # fmt: skip
            batch.drop_column(name)
    with op.batch_alter_table("alternative_explanation") as batch:
        batch.drop_column("accepted")
    with op.batch_alter_table("information_item") as batch:
        batch.drop_column("corroborated_by")
    with op.batch_alter_table("app_user") as batch:
        batch.drop_column("work_email")
        batch.drop_column("direct_phone")
