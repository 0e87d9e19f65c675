"""The audit trail for people who review it: events filtered by user, action and date, a page at
a time, and the result of checking that the chain has not been altered.

Events are stored with UTC times; dates asked for and times given back are local. The trail can
grow large (every case opened adds an event), so it is read a page at a time in SQL, newest
first, using the indexes migration 0002 adds on user and time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from db.models import AuditEvent, User
from db.vault import OpenVault
from dsl_desktop.services.log import allow
from dsl_desktop.workflow import Action

__all__ = [
    "AuditEntry",
    "AuditFilter",
    "AuditPage",
    "ChainCheck",
    "audit_actions",
    "audit_events",
    "audit_users",
    "verify_audit_trail",
]

SYSTEM = "DSL Desktop"
"""Who an event with no signed-in user (set-up, a recovery-code unlock) is shown as."""


@dataclass(frozen=True)
class AuditFilter:
    user_id: int | None = None
    action: str | None = None
    """An exact action ("concern.viewed"), or a family ending in a dot ("concern.")."""
    date_from: dt.date | None = None
    date_to: dt.date | None = None


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: dt.datetime
    """Local time."""
    user_id: int | None
    user: str
    action: str
    entity: str
    entity_id: str
    details: dict[str, Any]


@dataclass(frozen=True)
class AuditPage:
    entries: list[AuditEntry]
    total: int
    """Events matching the filter, on every page."""
    offset: int


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    events: int
    problems: list[str] = field(default_factory=list)
    checked_at: dt.datetime = field(
        default_factory=lambda: dt.datetime.now().replace(microsecond=0)
    )


def _stamp(day: dt.date) -> str:
    """Local midnight at the start of ``day`` as the trail's UTC text."""
    local = dt.datetime.combine(day, dt.time()).astimezone()
    return local.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _local(at: str) -> dt.datetime:
    try:
        moment = dt.datetime.strptime(at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC)
    except ValueError:
        return dt.datetime.min
    return moment.astimezone().replace(tzinfo=None)


def _conditions(flt: AuditFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if flt.user_id is not None:
        where.append(AuditEvent.user_id == flt.user_id)
    if flt.action:
        if flt.action.endswith("."):
            where.append(AuditEvent.action.startswith(flt.action, autoescape=True))
        else:
            where.append(AuditEvent.action == flt.action)
    if flt.date_from is not None:
        where.append(AuditEvent.at >= _stamp(flt.date_from))
    if flt.date_to is not None:
        where.append(AuditEvent.at < _stamp(flt.date_to + dt.timedelta(days=1)))
    return where


def _names(s: Session) -> dict[int, str]:
    return {uid: name for uid, name in s.execute(select(User.id, User.display_name))}


def audit_events(
    vault: OpenVault, flt: AuditFilter = AuditFilter(), *, offset: int = 0, limit: int = 200
) -> AuditPage:
    """One page of events matching ``flt``, newest first, and how many match in all."""
    allow(vault, Action.VIEW_AUDIT)
    where = _conditions(flt)
    with vault.reading() as s:
        names = _names(s)
        total = int(s.scalar(select(func.count()).select_from(AuditEvent).where(*where)) or 0)
        events = s.scalars(
            select(AuditEvent)
            .where(*where)
            .order_by(AuditEvent.seq.desc())
            .offset(max(0, offset))
            .limit(max(0, limit))
        )
        entries = [
            AuditEntry(
                seq=e.seq,
                at=_local(e.at),
                user_id=e.user_id,
                user=names.get(e.user_id, "") if e.user_id is not None else SYSTEM,
                action=e.action,
                entity=e.entity,
                entity_id=e.entity_id,
                details=dict(e.details or {}),
            )
            for e in events
        ]
    return AuditPage(entries, total, offset)


def audit_users(vault: OpenVault) -> list[tuple[int, str]]:
    """(id, display name) of every account, removed ones too: their events stay."""
    allow(vault, Action.VIEW_AUDIT)
    with vault.reading() as s:
        rows = s.execute(select(User.id, User.display_name).order_by(User.display_name))
        return [(uid, name) for uid, name in rows]


def audit_actions(vault: OpenVault) -> list[str]:
    """Every action recorded so far, sorted."""
    allow(vault, Action.VIEW_AUDIT)
    with vault.reading() as s:
        return list(s.scalars(select(AuditEvent.action).distinct().order_by(AuditEvent.action)))


def verify_audit_trail(vault: OpenVault) -> ChainCheck:
    """Check the database and that no audit event was changed, removed or reordered.

    Runs the vault's full check (the same as ``main.py verify``); the check itself is recorded
    as an event, after it, with its result.
    """
    allow(vault, Action.VIEW_AUDIT)
    report = vault.verify()
    events = int(report.facts.get("audit_events", 0) or 0)
    check = ChainCheck(ok=report.ok, events=events, problems=list(report.problems))
    with vault.unit() as s:
        vault.audit(
            s, "audit.verified", details={"ok": report.ok, "events": events,
                                          "problems": len(report.problems)},
        )  # fmt: skip
    return check
