"""Drafts: what a user has typed but not yet saved, kept as they type.

Drafts live only inside the encrypted store, one per user and key (for example
``"concern:new"`` or ``"concern:42:information"``); nobody sees another user's drafts. Saving is
a single upsert so the UI can call it on every pause in typing. A draft is not a record, so
saving one writes no audit event (the trail would otherwise fill with keystrokes); the record
made from it is audited when it is saved.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.dialects.sqlite import insert

from db.models import Draft
from db.vault import OpenVault, SignedIn
from dsl_desktop.domain import Role
from dsl_desktop.services.people import InvalidInput, now, signed_in
from dsl_desktop.workflow import Action, PermissionDenied, Requirement

MAX_KEY_LENGTH = 120
MAX_DRAFT_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class DraftInfo:
    key: str
    updated_at: dt.datetime
    size: int
    """Length of the stored JSON, in characters."""


def _writer(vault: OpenVault) -> SignedIn:
    """The signed-in user, unless their role can change nothing (a reviewer keeps no drafts)."""
    me = signed_in(vault)
    if Role(me.role) is Role.REVIEWER:
        raise PermissionDenied(Role.REVIEWER, Action.EDIT_CASE)
    return me


def _check_key(key: str) -> str:
    if not isinstance(key, str) or not key.strip() or len(key) > MAX_KEY_LENGTH:
        raise InvalidInput(
            [
                Requirement(
                    "draft_key_invalid",
                    f"A draft needs a name of 1 to {MAX_KEY_LENGTH} characters.",
                )
            ]
        )
    return key


def _check_payload(payload: dict[str, Any]) -> tuple[dict[str, Any], int]:
    problem = Requirement(
        "draft_payload_invalid",
        "A draft can hold only text, numbers, yes/no values, lists and named groups of these.",
    )
    if not isinstance(payload, dict):
        raise InvalidInput([problem])
    try:
        text = json.dumps(payload, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise InvalidInput([problem]) from exc
    # What comes back must equal what went in: no tuples turning into lists, no int keys.
    if json.loads(text) != payload:
        raise InvalidInput([problem])
    if len(text.encode("utf-8")) > MAX_DRAFT_BYTES:
        raise InvalidInput(
            [Requirement("draft_too_large", "This draft is too large to keep; save the record.")]
        )
    return payload, len(text)


def save_draft(vault: OpenVault, key: str, payload: dict[str, Any]) -> None:
    """Create or replace this user's draft under ``key``."""
    me = _writer(vault)
    _check_key(key)
    data, _ = _check_payload(payload)
    stmt = insert(Draft).values(user_id=me.user_id, key=key, payload=data, updated_at=now())
    stmt = stmt.on_conflict_do_update(
        index_elements=[Draft.user_id, Draft.key],
        set_={"payload": stmt.excluded.payload, "updated_at": stmt.excluded.updated_at},
    )
    with vault.unit() as s:
        s.execute(stmt)


def load_draft(vault: OpenVault, key: str) -> dict[str, Any] | None:
    """This user's draft under ``key``, or None."""
    me = signed_in(vault)
    with vault.reading() as s:
        payload = s.scalar(
            select(Draft.payload).where(Draft.user_id == me.user_id, Draft.key == key)
        )
        return dict(payload) if isinstance(payload, dict) else None


def discard_draft(vault: OpenVault, key: str) -> bool:
    """Delete this user's draft under ``key``. True if there was one."""
    me = signed_in(vault)
    with vault.unit() as s:
        result = s.execute(delete(Draft).where(Draft.user_id == me.user_id, Draft.key == key))
        return bool(getattr(result, "rowcount", 0))


def list_drafts(vault: OpenVault, prefix: str = "") -> list[DraftInfo]:
    """This user's drafts, newest first; ``prefix`` narrows them (e.g. ``"concern:"``)."""
    me = signed_in(vault)
    with vault.reading() as s:
        q = select(Draft.key, Draft.updated_at, func.length(Draft.payload)).where(
            Draft.user_id == me.user_id
        )
        rows = s.execute(q.order_by(Draft.updated_at.desc(), Draft.id.desc())).all()
        return [
            DraftInfo(key, updated, int(size or 0))
            for key, updated, size in rows
            if key.startswith(prefix)
        ]
