"""The audit trail: an append-only, hash-chained list of events.

Each event's hash is an HMAC (key derived from the data key) over the previous hash and the
event's fields, so an edited, deleted or reordered event breaks the chain. The newest sequence
number and hash are also written to ``audit.head`` beside the database, so cutting events off the
end is detected too.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.fsutil import atomic_write
from db.models import AuditEvent

GENESIS = "0" * 64


def audit_key(dek: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"dsl-desktop audit").derive(
        dek
    )


def _digest(key: bytes, prev: str, ev: AuditEvent) -> str:
    body = json.dumps(
        [ev.seq, ev.at, ev.user_id, ev.action, ev.entity, ev.entity_id, ev.details],
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=True,
    )
    # utf-8, not ascii: identical for a real (hex) hash, and a tampered one is reported, not raised
    return hmac.new(key, (prev + body).encode("utf-8"), hashlib.sha256).hexdigest()


def append(
    session: Session,
    key: bytes,
    action: str,
    *,
    user_id: int | None,
    entity: str = "",
    entity_id: str | int = "",
    details: dict[str, Any] | None = None,
    head: tuple[int, str] | None = None,
) -> AuditEvent:
    """Add an event to the session's transaction; the caller commits.

    ``head`` is the recorded newest event (``audit.head``). If it is ahead of the table, events
    were cut off the end: the new event follows the recorded head, not the table's last row, so
    the gap stays visible to :func:`verify` instead of being covered by the next event.
    """
    last = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    if head is not None and head[0] >= seq:
        seq, prev = head[0] + 1, head[1]
    ev = AuditEvent(
        seq=seq,
        at=dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        user_id=user_id,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        details=details or {},
        prev_hash=prev,
    )
    ev.hash = _digest(key, prev, ev)
    session.add(ev)
    session.flush()
    return ev


def write_head(path: Path, seq: int, digest: str) -> None:
    atomic_write(path, json.dumps({"seq": seq, "hash": digest}).encode("ascii"))


def read_head(path: Path) -> tuple[int, str] | None:
    try:
        doc = json.loads(path.read_text("ascii"))
        return int(doc["seq"]), str(doc["hash"])
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        return (-1, "")


@dataclass
class ChainReport:
    ok: bool
    events: int
    problems: list[str] = field(default_factory=list)


def verify(session: Session, key: bytes, head_path: Path | None) -> ChainReport:
    problems: list[str] = []
    prev = GENESIS
    expected = 1
    count = 0
    last_seq, last_hash = 0, GENESIS
    for ev in session.scalars(select(AuditEvent).order_by(AuditEvent.seq)):
        count += 1
        if ev.seq != expected:
            problems.append(f"event {expected} is missing (found {ev.seq} next)")
            expected = ev.seq
        if ev.prev_hash != prev:
            problems.append(f"event {ev.seq} does not follow the event before it")
        if _digest(key, ev.prev_hash, ev) != ev.hash:
            problems.append(f"event {ev.seq} has been altered")
        prev = ev.hash
        expected += 1
        last_seq, last_hash = ev.seq, ev.hash
        if len(problems) > 20:
            problems.append("further problems not listed")
            break
    if head_path is not None:
        head = read_head(head_path)
        if head is None:
            if count:
                problems.append("the record of the newest audit event (audit.head) is missing")
        elif head[0] < 0:
            problems.append("the record of the newest audit event (audit.head) is damaged")
        elif head[0] > last_seq:
            problems.append(
                f"audit events after {last_seq} have been removed (the trail reached {head[0]})"
            )
        elif head[0] == last_seq and head[1] != last_hash:
            problems.append(f"event {last_seq} does not match the recorded newest event")
        elif head[0] < last_seq:
            # A crash between commit and writing the head leaves it one step behind: the chain
            # itself is intact, so this is not tampering. Check the named event matches.
            named = session.get(AuditEvent, head[0])
            if head[0] and (named is None or named.hash != head[1]):
                problems.append(f"event {head[0]} does not match the recorded newest event")
    return ChainReport(ok=not problems, events=count, problems=problems)
