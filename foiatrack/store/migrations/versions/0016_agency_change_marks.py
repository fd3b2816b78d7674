"""The agencies' change counters become change marks: each change gives the agency a new random mark
instead of one more than before, and the file gets a mark of its own (the row of agency 0).

A counter could come back to a value it had: a backup restored under a running app (by the command line,
say) and as many changes made again would show the same counts with other requests behind them, and the
app would keep figures it remembered for the old ones. A random 64-bit mark does not repeat, so a mark
the app has seen means the very state it read. The file's mark is made once, when this revision runs:
a file restored from a backup made before the counters existed gets another one when it is upgraded,
and then every agency is read again.

Only SQLite has the triggers (see 0015). Existing marks are kept.

Revision ID: 0016
Revises: 0015
"""

from __future__ import annotations

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

FILE_MARK = 0  # the agency id of the file's own mark (agency ids start at 1)


def _triggers(first: str, then: str) -> dict[str, str]:
    """The triggers of 0015, an agency's value being *first* when it has none yet, else *then*."""
    def mark(agency: str) -> str:
        return (f"INSERT INTO agency_changes (agency_id, changes) VALUES ({agency}, {first}) "
                f"ON CONFLICT (agency_id) DO UPDATE SET changes = {then};")

    def mark_request(request: str) -> str:
        return (f"INSERT INTO agency_changes (agency_id, changes) SELECT agency_id, {first} FROM requests "
                f"WHERE requests.id = {request} ON CONFLICT (agency_id) DO UPDATE SET changes = {then};")

    return {
        "agency_changes_requests_insert": f"AFTER INSERT ON requests BEGIN {mark('new.agency_id')} END",
        "agency_changes_requests_update": (f"AFTER UPDATE ON requests BEGIN {mark('old.agency_id')} "
                                           f"{mark('new.agency_id')} END"),
        "agency_changes_requests_delete": f"AFTER DELETE ON requests BEGIN {mark('old.agency_id')} END",
        "agency_changes_events_insert": f"AFTER INSERT ON events BEGIN {mark_request('new.request_id')} END",
        "agency_changes_events_update": (f"AFTER UPDATE ON events BEGIN {mark_request('old.request_id')} "
                                         f"{mark_request('new.request_id')} END"),
        "agency_changes_events_delete": f"AFTER DELETE ON events BEGIN {mark_request('old.request_id')} END",
    }


def _replace_triggers(first: str, then: str) -> None:
    for name, body in _triggers(first, then).items():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute(f"CREATE TRIGGER {name} {body}")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _replace_triggers("random()", "random()")
    op.execute(f"INSERT INTO agency_changes (agency_id, changes) VALUES ({FILE_MARK}, random()) "
               "ON CONFLICT (agency_id) DO UPDATE SET changes = random()")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(f"DELETE FROM agency_changes WHERE agency_id = {FILE_MARK}")
    _replace_triggers("1", "agency_changes.changes + 1")
