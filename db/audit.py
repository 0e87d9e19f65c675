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

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.fsutil import atomic_write
from db.models import AuditEvent, SigningKey

GENESIS = "0" * 64


def audit_key(dek: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"dsl-desktop audit").derive(
        dek
    )


CHAIN_KEY_SETTING = "audit.chain_key"


def stored_chain_key(session: Session) -> bytes | None:
    """The chain key kept inside the database (once the data key has been replaced)."""
    from db.models import Setting

    row = session.get(Setting, CHAIN_KEY_SETTING)
    if row is not None and isinstance(row.value, str) and len(row.value) == 64:
        try:
            return bytes.fromhex(row.value)
        except ValueError:
            return None
    return None


def chain_key(session: Session, dek: bytes) -> bytes:
    """The chain's HMAC key: kept inside the database since the data key can be replaced (key
    rotation); a vault whose key was never replaced derives it from its data key."""
    return stored_chain_key(session) or audit_key(dek)


def keep_chain_key(session: Session, key: bytes) -> None:
    """Store the chain key in the database (before the data key it came from is replaced)."""
    from db.models import Setting

    if session.get(Setting, CHAIN_KEY_SETTING) is None:
        session.add(Setting(key=CHAIN_KEY_SETTING, value=key.hex()))


def _body(ev: AuditEvent) -> str:
    return json.dumps(
        [ev.seq, ev.at, ev.user_id, ev.action, ev.entity, ev.entity_id, ev.details],
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=True,
    )


def _digest(key: bytes, prev: str, ev: AuditEvent) -> str:
    # utf-8, not ascii: identical for a real (hex) hash, and a tampered one is reported, not raised
    return hmac.new(key, (prev + _body(ev)).encode("utf-8"), hashlib.sha256).hexdigest()


def _signed_message(ev: AuditEvent) -> bytes:
    """What an account signs: the event, the event before it, and which key signs."""
    return json.dumps(["dsl-desktop audit event", ev.prev_hash, _body(ev), ev.key_id]).encode()


@dataclass(frozen=True)
class Signer:
    """The signed-in account's signing key (its id in ``signing_key`` and the private key)."""

    key_id: int
    private: Ed25519PrivateKey


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
    signer: Signer | None = None,
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
    if signer is not None:
        ev.key_id = signer.key_id
        ev.signature = signer.private.sign(_signed_message(ev)).hex()
    session.add(ev)
    session.flush()
    return ev


def write_head(path: Path, seq: int, digest: str) -> None:
    atomic_write(path, json.dumps({"seq": seq, "hash": digest}).encode("ascii"))


#: What :func:`read_head` returns for a record that exists but cannot be read.
DAMAGED_HEAD = (-1, "")
_MAX_HEAD_BYTES = 4096


def read_head(path: Path) -> tuple[int, str] | None:
    """The recorded newest event: ``None`` if there is no record, :data:`DAMAGED_HEAD` if it is
    unreadable (empty, not JSON, wrong types, a negative number, a hash that is not 64 hex
    characters, too large, a folder)."""
    try:
        if path.stat().st_size > _MAX_HEAD_BYTES:
            return DAMAGED_HEAD
        doc = json.loads(path.read_text("ascii"))
        seq, digest = doc["seq"], doc["hash"]
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
        return DAMAGED_HEAD
    if (
        not isinstance(seq, int)
        or isinstance(seq, bool)
        or seq < 0
        or not isinstance(digest, str)
        or len(digest) != 64
        or any(ch not in "0123456789abcdef" for ch in digest)
    ):
        return DAMAGED_HEAD
    return seq, digest


def last_event(session: Session) -> tuple[int, str] | None:
    row = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    return (int(row[0]), str(row[1])) if row else None


def head_problems(session: Session, head: tuple[int, str] | None, where: str) -> list[str]:
    """How the database's newest event disagrees with a record of it kept outside (``where``
    names the record). Read-only: call it before anything is written."""
    last = last_event(session)
    last_seq, last_hash = last if last else (0, GENESIS)
    if head is None:
        return [f"the record of the newest audit event ({where}) is missing"] if last else []
    if head == DAMAGED_HEAD:
        return [f"the record of the newest audit event ({where}) is damaged"]
    seq, digest = head
    if seq > last_seq:
        return [
            f"audit events after {last_seq} have been removed or lost: {where} records event "
            f"{seq} (a lost write-ahead log, or the vault put back to an older copy)"
        ]
    if seq == last_seq:
        return (
            []
            if digest == last_hash or seq == 0
            else [f"event {seq} does not match the newest event recorded in {where}"]
        )
    # Behind: a crash between a commit and writing the record leaves it a step back. The chain
    # itself is intact then; the named event must still match.
    named = session.get(AuditEvent, seq)
    if seq and (named is None or named.hash != digest):
        return [f"event {seq} does not match the newest event recorded in {where}"]
    return []


#: The event written at sign-in when the trail did not match its record (``details.problems``).
LOSS_FOUND = "audit.loss_found"


def _signature_problem(
    ev: AuditEvent,
    keys: dict[int, SigningKey],
    public: dict[int, Ed25519PublicKey | None],
    signs_from: dict[int, int],
) -> str:
    if ev.key_id is None:
        if ev.user_id is not None and ev.user_id in signs_from:
            return f"event {ev.seq} is not signed, though its account signs its events"
        return ""
    key = keys.get(ev.key_id)
    if key is None:
        return f"event {ev.seq} is signed with a key the vault does not have"
    if key.user_id != ev.user_id:
        return f"event {ev.seq} is signed with another account's key"
    if ev.key_id not in public:
        try:
            public[ev.key_id] = Ed25519PublicKey.from_public_bytes(bytes.fromhex(key.public_key))
        except ValueError:
            public[ev.key_id] = None
    verifier = public[ev.key_id]
    try:
        if verifier is None or not isinstance(ev.signature, str):
            raise InvalidSignature
        verifier.verify(bytes.fromhex(ev.signature), _signed_message(ev))
    except (InvalidSignature, ValueError):
        return f"event {ev.seq} does not carry its account's signature"
    signs_from.setdefault(key.user_id, ev.seq)
    return ""


def signing_key_problems(session: Session, slot_keys: dict[str, str | None]) -> list[str]:
    """Each account's newest signing key in the database must be the one its passphrase slot
    names (``slot_keys``: account -> public key from ``vault.keys``): a key swapped in the
    database to sign in another account's name is found here."""
    from db.models import User

    found: list[str] = []
    for user in session.scalars(select(User).where(User.active)):
        newest = session.scalars(
            select(SigningKey).where(SigningKey.user_id == user.id).order_by(SigningKey.id.desc())
        ).first()
        expected = slot_keys.get(user.account)
        if newest is not None and expected is not None and newest.public_key != expected:
            found.append(
                f"the signing key recorded for account {user.id} is not the one its key slot holds"
            )
    return found


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
    keys = {k.id: k for k in session.scalars(select(SigningKey))}
    public: dict[int, Ed25519PublicKey | None] = {}
    # An account signs from its first signing key on: an unsigned event of it after that
    # (or one signed with another account's key) was written by someone else.
    signs_from: dict[int, int] = {}
    for ev in session.scalars(select(AuditEvent).order_by(AuditEvent.seq)):
        count += 1
        problem = _signature_problem(ev, keys, public, signs_from)
        if problem:
            problems.append(problem)
        if ev.seq != expected:
            problems.append(f"event {expected} is missing (found {ev.seq} next)")
            expected = ev.seq
        if ev.prev_hash != prev:
            problems.append(f"event {ev.seq} does not follow the event before it")
        if _digest(key, ev.prev_hash, ev) != ev.hash:
            problems.append(f"event {ev.seq} has been altered")
        prev = ev.hash
        expected += 1
        if len(problems) > 20:
            problems.append("further problems not listed")
            break
    if head_path is not None:
        problems.extend(head_problems(session, read_head(head_path), head_path.name))
    for ev in session.scalars(select(AuditEvent).where(AuditEvent.action == LOSS_FOUND)):
        found = ev.details.get("problems") if isinstance(ev.details, dict) else None
        problems.append(
            f"at the sign-in of {ev.at[:10]} (event {ev.seq}) the trail did not match its "
            f"record: {'; '.join(map(str, found or []))}. Restore the latest backup"
        )
    return ChainReport(ok=not problems, events=count, problems=problems)
