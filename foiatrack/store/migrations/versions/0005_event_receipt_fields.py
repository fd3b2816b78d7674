"""Events carry the agency's receipt date, an appeal number and an acknowledgement's expected date.

``received`` is the day the agency received something the requester sent (an appeal: the decision clock
counts from it, 5 U.S.C. § 552(a)(6)(A)(ii)); ``appeal_number`` the number the agency gave the appeal;
``expected_by`` the approximate completion date an acknowledgement states (N.Y. Pub. Off. Law § 89(3)(a)).
All are nullable, so existing events keep their meaning.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("received", sa.Date(), nullable=True))
        batch.add_column(sa.Column("appeal_number", sa.String(length=100), nullable=True))
        batch.add_column(sa.Column("expected_by", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("expected_by")
        batch.drop_column("appeal_number")
        batch.drop_column("received")
