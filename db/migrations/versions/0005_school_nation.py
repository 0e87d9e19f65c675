"""the nation a school is in (England or Wales)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 20:00:00

Schools in Wales work under *Keeping learners safe*, name the role Designated Safeguarding Person
and refer on the Welsh online form; schools in England under KCSIE. Existing vaults were all set
up as English schools, so the column starts as ``england`` and the DSL can change it in Settings.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("school", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("nation", sa.String(length=20), nullable=False, server_default="england")
        )


def downgrade() -> None:
    with op.batch_alter_table("school", schema=None) as batch_op:
        batch_op.drop_column("nation")
