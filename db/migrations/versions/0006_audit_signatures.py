"""each account signs its own audit events

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 20:15:00

``signing_key`` holds each account's Ed25519 public keys (the private key comes from the
account's key-slot secret, which only its passphrase or device key unlocks). ``audit_event``
gains the signing key's id and the signature. Events written before this revision stay
unsigned; ``verify`` requires a signature on an account's events from its first key on.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "signing_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_signing_key_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signing_key")),
        sa.UniqueConstraint("public_key", name=op.f("uq_signing_key_public_key")),
    )
    op.create_index(op.f("ix_signing_key_user_id"), "signing_key", ["user_id"], unique=False)
    with op.batch_alter_table("audit_event") as batch:
        batch.add_column(sa.Column("key_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("signature", sa.String(length=128), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("audit_event") as batch:
        batch.drop_column("signature")
        batch.drop_column("key_id")
    op.drop_index(op.f("ix_signing_key_user_id"), table_name="signing_key")
    op.drop_table("signing_key")
