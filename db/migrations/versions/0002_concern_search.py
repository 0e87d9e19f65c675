"""full-text search for the concerns log, and indexes for the log, chronologies and audit trail

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 09:00:00

``concern_search`` is an FTS5 index over the words of the records a DSL searches the log by:
people's names, concern references and the recorded text (accounts, information items,
alternative explanations, consultations, decisions, referrals, review notes and actions).

One index row ("document") per concern, its row id the concern's id, holding the words of the
person's names, the concern itself and every record under it. A search is one MATCH that returns
concern ids, and several words must all occur in the same concern ("sian video").

Triggers on every source table (insert, update of a searched column, delete) put the concerns
whose words changed on ``concern_search_pending``, and ``dsl_desktop.services.log`` rebuilds
those documents from the view ``concern_search_words`` in one statement before it searches. So
bulk inserts and every service write stay indexed with no code of their own. A deleted concern's
document goes at once (records management deletes for good).

Why a queue and not a rebuild inside each trigger: FTS5 writes its in-memory segment out at the
end of every statement and whenever a row id is written twice, so indexing row by row made a
bulk insert of 50,000 concerns two to three times slower (demo generator: 56 s against 23 s),
while one rebuild statement indexes 50,000 concerns in about 2.5 s.

The index is contentless (the text is not stored a second time). ``unicode61 remove_diacritics
2`` folds accents, so "sian" finds "Siân" and "gwyn" finds "Gwŷn"; prefix indexes keep the short
prefixes typed at the start of a search quick.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The words of one concern's document, over ``concern AS c LEFT JOIN person AS p``.
_CHILDREN = (
    ("information_item", "x.content || ' ' || x.source || ' ' || x.notes"),
    ("alternative_explanation", "x.explanation || ' ' || x.exploration || ' ' || x.conclusion"),
    (
        "consultation",
        "x.name || ' ' || x.role || ' ' || x.agency || ' ' || x.shared || ' ' || x.reason"
        " || ' ' || x.outcome",
    ),
    ("decision", "x.rationale || ' ' || x.parallel_route"),
    ("referral", "x.sent_to || ' ' || x.police_reference || ' ' || x.outcome_notes"),
    ("stage_change", "x.note"),
    ("action", "x.description || ' ' || x.owner"),
)
_WORDS = " || ' ' || ".join(
    [
        "coalesce(p.forenames || ' ' || p.surname || ' ' || p.other_names, '')",
        "c.reference",
        "c.noticed_by",
        "c.location",
        "c.account",
        "c.others_present",
        "c.emergency_action",
    ]
    + [
        f"coalesce((SELECT group_concat({words}, ' ') FROM \"{table}\" AS x"
        " WHERE x.concern_id = c.id), '')"
        for table, words in _CHILDREN
    ]
)

# Which columns of each child table change its words (or move it to another concern).
_CHILD_COLUMNS = {
    "information_item": ("concern_id", "content", "source", "notes"),
    "alternative_explanation": ("concern_id", "explanation", "exploration", "conclusion"),
    "consultation": ("concern_id", "name", "role", "agency", "shared", "reason", "outcome"),
    "decision": ("concern_id", "rationale", "parallel_route"),
    "referral": ("concern_id", "sent_to", "police_reference", "outcome_notes"),
    "stage_change": ("concern_id", "note"),
    "action": ("concern_id", "description", "owner"),
}
_CONCERN_COLUMNS = (
    "person_id",
    "reference",
    "noticed_by",
    "location",
    "account",
    "others_present",
    "emergency_action",
)
_PERSON_COLUMNS = ("forenames", "surname", "other_names")

INDEXES = (
    ("ix_log_audit_event_user_id", "audit_event", "user_id, seq"),
    ("ix_log_audit_event_at", "audit_event", "at"),
    ("ix_log_amendment_entity", "amendment", "entity, entity_id"),
)


def _pending(select: str) -> str:
    return f"INSERT OR IGNORE INTO concern_search_pending(concern_id) {select}; "


def trigger(table: str, when: str, body: str, suffix: str) -> None:
    op.execute(
        f'CREATE TRIGGER concern_search_{table}_{suffix} {when} ON "{table}" BEGIN {body}END'
    )


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE concern_search USING fts5(body, content='', contentless_delete=1, "
        "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')"
    )
    op.execute("CREATE TABLE concern_search_pending (concern_id INTEGER PRIMARY KEY)")
    op.execute(
        f"CREATE VIEW concern_search_words(id, body) AS SELECT c.id, {_WORDS} "
        "FROM concern AS c LEFT JOIN person AS p ON p.id = c.person_id"
    )
    op.execute("INSERT INTO concern_search(rowid, body) SELECT id, body FROM concern_search_words")

    trigger("concern", "AFTER INSERT", _pending("VALUES (NEW.id)"), "ai")
    trigger(
        "concern",
        f"AFTER UPDATE OF {', '.join(_CONCERN_COLUMNS)}",
        _pending("VALUES (NEW.id)"),
        "au",
    )
    trigger(
        "concern",
        "AFTER DELETE",
        "DELETE FROM concern_search WHERE rowid = OLD.id; "
        "DELETE FROM concern_search_pending WHERE concern_id = OLD.id; ",
        "ad",
    )
    trigger(
        "person",
        f"AFTER UPDATE OF {', '.join(_PERSON_COLUMNS)}",
        _pending("SELECT id FROM concern WHERE person_id = NEW.id"),
        "au",
    )
    for table, columns in _CHILD_COLUMNS.items():
        trigger(table, "AFTER INSERT", _pending("VALUES (NEW.concern_id)"), "ai")
        trigger(
            table,
            f"AFTER UPDATE OF {', '.join(columns)}",
            _pending("VALUES (OLD.concern_id), (NEW.concern_id)"),
            "au",
        )
        trigger(table, "AFTER DELETE", _pending("VALUES (OLD.concern_id)"), "ad")
    for name, table, columns in INDEXES:
        op.execute(f'CREATE INDEX {name} ON "{table}" ({columns})')


def downgrade() -> None:
    for name, _table, _columns in INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    for table in ("concern", "person", *_CHILD_COLUMNS):
        for suffix in ("ai", "au", "ad"):
            op.execute(f"DROP TRIGGER IF EXISTS concern_search_{table}_{suffix}")
    op.execute("DROP VIEW IF EXISTS concern_search_words")
    op.execute("DROP TABLE IF EXISTS concern_search_pending")
    op.execute("DROP TABLE IF EXISTS concern_search")
