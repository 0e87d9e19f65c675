"""Retention: which records are due for review, and deleting them after review."""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.errors import DomainError, NotFound
from db.models import (
    CONCERN_RECORDS,
    Amendment,
    Attachment,
    Concern,
    Draft,
    InformationItem,
    Person,
    RetentionRule,
    Staff,
    TrainingRecord,
    Transfer,
)
from db.vault import OpenVault
from dsl_desktop.domain import ConcernStatus, PersonType
from dsl_desktop.services.base import allow as _allow
from dsl_desktop.services.people import InvalidInput
from dsl_desktop.workflow import Action

RECORD_TYPES = ("child_protection", "adult_concern", "training_record")


RECORD_TYPE_LABELS = {
    "child_protection": "Child protection file",
    "adult_concern": "Concern about an adult",
    "training_record": "Training history of a former member of staff",
}


DELETION_REASONS: Mapping[str, str] = {
    "review_not_needed": "Reviewed: there is no longer a reason to keep it",
    "policy_requires": "The school's records policy says it must now be deleted",
    "held_elsewhere": "The record is held by the pupil's new school or another agency",
}


"""Why a record was deleted, as codes: the audit trail keeps the code, never free text."""


@dataclass(frozen=True)
class RetentionRuleView:
    record_type: str
    basis: str
    years: int
    action: str
    notes: str


@dataclass(frozen=True)
class DueRecord:
    """One record whose review date has come (or will come by ``as_of``)."""

    record_type: str
    record_id: int
    label: str
    due_on: dt.date
    basis_date: dt.date | None
    note: str
    rule: RetentionRuleView
    concerns: int = 0
    open_concerns: int = 0


@dataclass(frozen=True)
class DeletionReport:
    record_type: str
    record_id: int
    counts: dict[str, int]
    person_removed: bool
    seconds: float
    older_copies: list[Path] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def _rule_view(r: RetentionRule) -> RetentionRuleView:
    return RetentionRuleView(r.record_type, r.basis, r.years, r.action, r.notes)


def retention_rules(vault: OpenVault) -> list[RetentionRuleView]:
    _allow(vault, Action.BACKUP)
    with vault.reading() as s:
        return [
            _rule_view(r)
            for r in s.scalars(select(RetentionRule).order_by(RetentionRule.record_type))
        ]


def update_retention_rule(
    vault: OpenVault,
    record_type: str,
    *,
    years: int,
    action: str = "review",
    notes: str | None = None,
) -> RetentionRuleView:
    """Change how long a kind of record is kept before review (the basis stays as it is)."""
    _allow(vault, Action.BACKUP)
    if not isinstance(years, int) or not 1 <= years <= 100:
        raise InvalidInput("Enter a number of years between 1 and 100.")
    if action not in ("review",):
        raise InvalidInput("The only action after the period is a review by the DSL.")
    with vault.unit() as s:
        rule = s.get(RetentionRule, record_type)
        if rule is None:
            raise NotFound("There is no retention rule for that kind of record.")
        old = rule.years
        rule.years = years
        rule.action = action
        if notes is not None:
            rule.notes = notes.strip()
        vault.audit(
            s, "retention.rule_changed", entity="retention_rule", entity_id=record_type,
            details={"years_before": old, "years": years},
        )  # fmt: skip
        return _rule_view(rule)


def add_years(day: dt.date, years: int) -> dt.date:
    """The same day ``years`` later (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _full_name(forenames: str, surname: str) -> str:
    return f"{forenames} {surname}".strip()


def _pupil_due(
    p: Any, rule: RetentionRuleView, concerns: int, open_concerns: int, last: dt.datetime | None
) -> DueRecord:
    """``p``: a Person, or a row with its id, names, date of birth, approx_age and created_at."""
    if p.date_of_birth is not None:
        basis, note = p.date_of_birth, "from the date of birth"
    elif p.approx_age is not None:
        basis = add_years(p.created_at.date(), -p.approx_age)
        note = "date of birth not recorded: estimated from the approximate age"
    else:
        basis = (last or p.created_at).date()
        note = "no date of birth or age recorded: counted from the latest concern"
    return DueRecord(
        "child_protection", p.id, _full_name(p.forenames, p.surname),
        add_years(basis, rule.years), basis, note, rule, concerns, open_concerns,
    )  # fmt: skip


def _pupils(s: Session, rule: RetentionRule, person_id: int | None = None) -> list[DueRecord]:
    counts = (
        select(
            Concern.person_id,
            func.count(Concern.id).label("n"),
            func.sum(func.iif(Concern.status != ConcernStatus.CLOSED.value, 1, 0)).label("open"),
            func.max(Concern.noticed_at).label("last"),
        )
        .group_by(Concern.person_id)
        .subquery()
    )
    # Just the columns a due record needs, as plain rows: whole Person objects (JSON columns
    # decoded) made this half of the Backups & records page's load, which runs at every unlock.
    q = (
        select(Person.id, Person.forenames, Person.surname, Person.date_of_birth)
        .add_columns(Person.approx_age, Person.created_at, counts.c.n, counts.c.open, counts.c.last)
        .outerjoin(counts, counts.c.person_id == Person.id)
        .where(Person.person_type == PersonType.PUPIL.value)
    )
    if person_id is not None:
        q = q.where(Person.id == person_id)
    out = []
    view = _rule_view(rule)  # once, not once a person
    for p in s.execute(q).all():
        n, open_n, last = p.n, p.open, p.last
        if isinstance(last, str):
            last = dt.datetime.fromisoformat(last)
        out.append(_pupil_due(p, view, int(n or 0), int(open_n or 0), last))
    return out


def _adult_concerns(
    s: Session, rule: RetentionRule, concern_id: int | None = None
) -> list[DueRecord]:
    q = (
        select(Concern.id, Concern.reference, Concern.closed_at, Person.forenames, Person.surname)
        .join(Person, Person.id == Concern.person_id)
        .where(
            Person.person_type != PersonType.PUPIL.value,
            Concern.status == ConcernStatus.CLOSED.value,
            Concern.closed_at.is_not(None),
        )
    )
    if concern_id is not None:
        q = q.where(Concern.id == concern_id)
    out = []
    view = _rule_view(rule)  # once, not once a concern
    for cid, ref, closed_at, fore, sur in s.execute(q).all():
        assert closed_at is not None
        basis = closed_at.date()
        out.append(
            DueRecord(
                "adult_concern", cid, f"{ref} — {_full_name(fore, sur)}",
                add_years(basis, rule.years), basis, "from the date the concern was closed",
                view, 1, 0,
            )
        )  # fmt: skip
    return out


def _former_staff(s: Session, rule: RetentionRule, staff_id: int | None = None) -> list[DueRecord]:
    q = select(Staff).where(Staff.left_date.is_not(None))
    if staff_id is not None:
        q = q.where(Staff.id == staff_id)
    out = []
    for st in s.scalars(q):
        assert st.left_date is not None
        out.append(
            DueRecord(
                "training_record", st.id, _full_name(st.forename, st.surname),
                add_years(st.left_date, rule.years), st.left_date,
                "from the date they left", _rule_view(rule),
            )
        )  # fmt: skip
    return out


def _candidates(
    s: Session, record_type: str, record_id: int | None = None
) -> tuple[RetentionRule | None, list[DueRecord]]:
    rule = s.get(RetentionRule, record_type)
    if rule is None:
        return None, []
    if record_type == "child_protection":
        return rule, _pupils(s, rule, record_id)
    if record_type == "adult_concern":
        return rule, _adult_concerns(s, rule, record_id)
    if record_type == "training_record":
        return rule, _former_staff(s, rule, record_id)
    return rule, []


def due_for_review(vault: OpenVault, as_of: dt.date) -> list[DueRecord]:
    """Every record whose retention period has ended by ``as_of``, oldest first."""
    _allow(vault, Action.BACKUP)
    found: list[DueRecord] = []
    with vault.reading() as s:
        for record_type in RECORD_TYPES:
            _rule, items = _candidates(s, record_type)
            found.extend(d for d in items if d.due_on <= as_of)
    return sorted(found, key=lambda d: (d.due_on, d.record_type, d.record_id))


def delete_after_review(
    vault: OpenVault, record_type: str, record_id: int, reason: str
) -> DeletionReport:
    """Remove a record whose review found it should go: for good, and from the file's free space.

    * ``child_protection`` (a pupil): every concern about them with all its items, explanations,
      consultations, decisions, referrals, actions, stage changes, amendments and attachments,
      their drafts, and the person.
    * ``adult_concern`` (one closed concern): the same for that concern, and the person too if no
      other concern is about them.
    * ``training_record`` (a former member of staff): their training records, certificates and
      staff record.

    Transfers of the person keep their row (to which school, when, how) without the person.
    """
    started = time.perf_counter()
    _allow(vault, Action.BACKUP)
    if reason not in DELETION_REASONS:
        raise InvalidInput("Choose why the record is being deleted.")
    today = dt.date.today()
    with vault.unit() as s:
        rule, items = _candidates(s, record_type, record_id)
        if rule is None:
            raise NotFound("There is no retention rule for that kind of record.")
        if not items:
            raise NotFound("That record was not found.")
        due = items[0]
        if due.due_on > today:
            raise DomainError(
                "This record is not due for review until {date}; it cannot be deleted before then.",
                date=f"{due.due_on:%d %B %Y}",
            )
        counts: dict[str, int] = {}
        person_removed = False
        if record_type == "training_record":
            _delete_staff(s, record_id, counts)
        else:
            if record_type == "child_protection":
                person_id: int | None = record_id
                concern_ids = list(
                    s.scalars(select(Concern.id).where(Concern.person_id == record_id))
                )
            else:
                person_id = s.scalar(select(Concern.person_id).where(Concern.id == record_id))
                concern_ids = [record_id]
            _delete_concerns(s, concern_ids, counts)
            if person_id is not None:
                remaining = s.scalar(
                    select(func.count(Concern.id)).where(Concern.person_id == person_id)
                )
                if not remaining:
                    person_removed = _delete_person(s, person_id, counts)
        _optimise_search(s)
        vault.audit(
            s, "record.deleted", entity=record_type, entity_id=record_id,
            details={"record_type": record_type, "reason": reason, "rule_years": rule.years,
                     "due_on": due.due_on.isoformat(), "rows": {k: v for k, v in counts.items() if v},
                     "person_removed": person_removed},
        )  # fmt: skip
    _purge(vault)
    return DeletionReport(
        record_type, record_id, {k: v for k, v in counts.items() if v}, person_removed,
        time.perf_counter() - started, _older_copies(vault),
    )  # fmt: skip


def _count(counts: dict[str, int], table: str, n: int) -> None:
    counts[table] = counts.get(table, 0) + max(0, n)


def _run(s: Session, stmt: Any, counts: dict[str, int], table: str) -> None:
    result = s.execute(stmt)
    _count(counts, table, int(getattr(result, "rowcount", 0) or 0))


def _delete_concerns(s: Session, concern_ids: Sequence[int], counts: dict[str, int]) -> None:
    if not concern_ids:
        return
    ids = list(concern_ids)
    item_ids = list(
        s.scalars(select(InformationItem.id).where(InformationItem.concern_id.in_(ids)))
    )
    children: tuple[tuple[str, Any], ...] = CONCERN_RECORDS
    child_ids = {
        name: list(s.scalars(select(model.id).where(model.concern_id.in_(ids))))
        for name, model in children
    }
    _run(
        s,
        delete(Attachment).where(
            ((Attachment.owner_type == "concern") & Attachment.owner_id.in_(ids))
            | ((Attachment.owner_type == "information_item") & Attachment.owner_id.in_(item_ids))
        ),
        counts,
        "attachment",
    )
    amended = Amendment.concern_id.in_(ids) | (
        (Amendment.entity == "concern") & Amendment.entity_id.in_(ids)
    )
    for name, found in child_ids.items():
        if found:
            amended = amended | ((Amendment.entity == name) & Amendment.entity_id.in_(found))
    _run(s, delete(Amendment).where(amended), counts, "amendment")
    for name, model in reversed(children):
        _run(s, delete(model).where(model.concern_id.in_(ids)), counts, name)
    _delete_drafts(s, concern_ids=set(ids), person_id=None, name="", counts=counts)
    _run(s, delete(Concern).where(Concern.id.in_(ids)), counts, "concern")


def _mentions(value: Any, key: str, ids: set[int]) -> bool:
    if isinstance(value, Mapping):
        for k, v in value.items():
            if k == key and isinstance(v, int) and v in ids:
                return True
            if _mentions(v, key, ids):
                return True
    elif isinstance(value, list):
        return any(_mentions(v, key, ids) for v in value)
    return False


def _delete_drafts(
    s: Session, *, concern_ids: set[int], person_id: int | None, name: str, counts: dict[str, int]
) -> None:
    """Drafts about the record: by key ("concern:42…", "person:7…"), by id inside, or by name."""
    keys = [rf"concern:{i}(?::|$)" for i in concern_ids]
    if person_id is not None:
        keys.append(rf"person:{person_id}(?::|$)")
    key_pattern = re.compile("|".join(keys)) if keys else None
    folded = name.casefold().strip()
    doomed = []
    for d in s.scalars(select(Draft)):
        payload = d.payload
        hit = bool(key_pattern and key_pattern.search(d.key))
        hit = hit or _mentions(payload, "concern_id", concern_ids)
        if person_id is not None:
            hit = hit or _mentions(payload, "person_id", {person_id})
        if folded and not hit:
            hit = folded in json.dumps(payload, ensure_ascii=False).casefold()
        if hit:
            doomed.append(d.id)
    if doomed:
        _run(s, delete(Draft).where(Draft.id.in_(doomed)), counts, "draft")


def _delete_person(s: Session, person_id: int, counts: dict[str, int]) -> bool:
    person = s.get(Person, person_id)
    if person is None:
        return False
    name = _full_name(person.forenames, person.surname)
    _delete_drafts(s, concern_ids=set(), person_id=person_id, name=name, counts=counts)
    _run(
        s,
        delete(Amendment).where(
            (Amendment.entity == "person") & (Amendment.entity_id == person_id)
        ),
        counts,
        "amendment",
    )
    s.execute(update(Transfer).where(Transfer.person_id == person_id).values(person_id=None))
    s.expunge(person)
    try:
        with s.begin_nested():
            _run(s, delete(Person).where(Person.id == person_id), counts, "person")
    except IntegrityError:
        return False  # something else still refers to them: keep the person
    return True


def _delete_staff(s: Session, staff_id: int, counts: dict[str, int]) -> None:
    records = list(
        s.execute(
            select(TrainingRecord.id, TrainingRecord.certificate_id).where(
                TrainingRecord.staff_id == staff_id
            )
        )
    )
    record_ids = [r[0] for r in records]
    certificate_ids = [r[1] for r in records if r[1] is not None]
    _run(
        s,
        delete(TrainingRecord).where(TrainingRecord.staff_id == staff_id),
        counts,
        "training_record",
    )
    _run(
        s,
        delete(Attachment).where(
            Attachment.id.in_(certificate_ids)
            | ((Attachment.owner_type == "training_record") & Attachment.owner_id.in_(record_ids))
        ),
        counts,
        "attachment",
    )
    _run(
        s,
        delete(Amendment).where(
            ((Amendment.entity == "staff") & (Amendment.entity_id == staff_id))
            | ((Amendment.entity == "training_record") & Amendment.entity_id.in_(record_ids))
        ),
        counts,
        "amendment",
    )
    _run(s, delete(Staff).where(Staff.id == staff_id), counts, "staff")


def _search_tables(s: Session) -> list[str]:
    rows = s.execute(
        text(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND lower(sql) LIKE 'create virtual table%using fts5%'"
        )
    )
    return [str(r[0]) for r in rows]


def _optimise_search(s: Session) -> None:
    """Merge full-text index segments so deleted words are dropped, not just marked deleted."""
    for name in _search_tables(s):
        s.execute(text(f'INSERT INTO "{name}"("{name}") VALUES (\'optimize\')'))


def _purge(vault: OpenVault) -> None:
    """Push everything into the main file, then rebuild it so no free page keeps old text."""
    with vault.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        try:
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            raw.execute("VACUUM")
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except Exception as exc:  # a driver error: name it for the user (a bug stays itself)
            from db.engine import raise_classified

            raise_classified(exc)


def _older_copies(vault: OpenVault) -> list[Path]:
    """Copies in the data folder that may still hold deleted records (pre-upgrade, replaced)."""
    folder = vault.vault.data_dir
    return sorted(
        p for p in folder.iterdir() if p.name.startswith("vault.db.") and p.name != "vault.db"
        and not p.name.endswith(("-wal", "-shm"))
    )  # fmt: skip
