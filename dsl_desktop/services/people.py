"""People a concern can be about: finding, adding and updating them.

A person's details are filled in on the referral form, so a change to a saved person keeps the
old value: :func:`update_person` writes an :class:`~db.models.Amendment` for every field it
changes. Only identifiers and field names go into the audit trail, never the details themselves.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import fields
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.errors import DomainError
from db.errors import NotFound as NotFound  # the one NotFound; the services import it from here
from db.models import Amendment, Concern, Person
from db.vault import OpenVault
from dsl_desktop.collation import name_key
from dsl_desktop.domain import ConcernStatus, Outcome, PersonType, Stage
from dsl_desktop.services.base import allow, clean_name, clean_text, copied, fold, now, signed_in
from dsl_desktop.views.people import (
    Address,
    ConcernBrief,
    PersonInput,
    PersonMatch,
    PersonRecord,
    PersonWithConcerns,
)
from dsl_desktop.workflow import Action, Requirement, is_blank

__all__ = [
    "Address",
    "ConcernBrief",
    "INPUT_FIELDS",
    "InvalidInput",
    "MAX_AGE",
    "NotFound",
    "PersonInput",
    "PersonMatch",
    "PersonRecord",
    "PersonWithConcerns",
    "add_person",
    "allow",
    "clean_name",
    "clean_text",
    "fold",
    "get_person",
    "jsonable",
    "list_people",
    "normalise_person",
    "now",
    "record_of",
    "search_people",
    "signed_in",
    "update_person",
]

MAX_AGE = 120


class InvalidInput(DomainError):
    """What the user entered cannot be saved; ``problems`` says what to put right, field by field.

    Each problem's ``code`` names the fault (for example ``surname_missing``) so a form can mark
    the field; ``message`` is a plain sentence to show.
    """

    advice = "Correct the highlighted details and save again."

    def __init__(
        self, problems: Sequence[Requirement] | str, advice: str | None = None, /, **params: object
    ) -> None:
        if isinstance(problems, str):  # one problem, its message a template like any error's
            super().__init__(problems, advice, **params)
            self.problems: tuple[Requirement, ...] = (Requirement("invalid", self.message),)
            return
        self.problems = tuple(problems)
        super().__init__(" ".join(p.message for p in self.problems), advice)


INPUT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(PersonInput))


# ---- validation --------------------------------------------------------------------------
def normalise_person(data: PersonInput, today: dt.date) -> dict[str, Any]:
    problems: list[Requirement] = []
    values: dict[str, Any] = {}
    for name in INPUT_FIELDS:
        value = getattr(data, name)
        if name in ("forenames", "surname", "other_names"):
            value = clean_name(value)
        elif isinstance(value, str):
            value = clean_text(value)
        values[name] = value
    if is_blank(values["forenames"]):
        problems.append(Requirement("forenames_missing", "Enter the person's first name(s)."))
    if is_blank(values["surname"]):
        problems.append(Requirement("surname_missing", "Enter the person's surname."))
    try:
        values["person_type"] = PersonType(values["person_type"]).value
    except ValueError:
        problems.append(Requirement("person_type_invalid", "Choose who the person is."))
    dob = values["date_of_birth"]
    if dob is not None:
        if isinstance(dob, dt.datetime) or not isinstance(dob, dt.date):
            problems.append(
                Requirement("date_of_birth_invalid", "Enter the date of birth as a date.")
            )
        elif dob > today:
            problems.append(
                Requirement("date_of_birth_future", "The date of birth cannot be in the future.")
            )
        elif (today.year - dob.year) > MAX_AGE + 1:
            problems.append(
                Requirement(
                    "date_of_birth_too_early",
                    f"The date of birth makes the person older than {MAX_AGE}; check the year.",
                )
            )
    age = values["approx_age"]
    if age is not None and (
        isinstance(age, bool) or not isinstance(age, int) or not 0 <= age <= MAX_AGE
    ):
        problems.append(
            Requirement(
                "approx_age_invalid", f"The approximate age must be between 0 and {MAX_AGE}."
            )
        )
    addresses: list[dict[str, Any]] = []
    for a in values["addresses"]:
        text = clean_text(a.address)
        if not is_blank(text):
            addresses.append({"address": text, "is_current": bool(a.is_current)})
    if sum(1 for a in addresses if a["is_current"]) > 1:
        problems.append(
            Requirement("addresses_two_current", "Only one address can be marked as current.")
        )
    values["addresses"] = addresses
    email = values["email"]
    if email and ("@" not in email or any(ch.isspace() for ch in email)):
        problems.append(Requirement("email_invalid", "The email address does not look right."))
    if problems:
        raise InvalidInput(problems)
    return values


def record_of(p: Person | Any) -> PersonRecord:
    """``p``: a Person, or a row of the person table (the People list reads plain rows)."""
    addresses = tuple(
        Address(str(a.get("address", "")), bool(a.get("is_current", False)))
        for a in (p.addresses or [])
        if isinstance(a, Mapping)
    )
    return copied(PersonRecord, p, person_type=PersonType(p.person_type), addresses=addresses)


_STAGES = {m.value: m for m in Stage}
_STATUSES = {m.value: m for m in ConcernStatus}
_OUTCOMES = {m.value: m for m in Outcome}
_BRIEFS = (
    "SELECT person_id, id, reference, noticed_at, category, stage, status, outcome, next_review "
    "FROM concern{where} ORDER BY noticed_at, id"
)


def _concerns_by_person(s: Session, ids: Iterable[int] | None) -> dict[int, list[ConcernBrief]]:
    # The People page lists every concern (50,000 in a large store): plain driver rows of the
    # columns a brief shows, dates parsed with fromisoformat. Whole ORM objects (JSON columns
    # decoded, SQLAlchemy's date parsing) took about 2 s of the page's 2.1 s; this takes 0.2 s.
    raw = s.connection().connection.driver_connection
    assert raw is not None
    if ids is None:
        rows = raw.execute(_BRIEFS.format(where="")).fetchall()
    else:
        wanted = [int(i) for i in ids]
        marks = ", ".join("?" * len(wanted))
        rows = raw.execute(
            _BRIEFS.format(where=f" WHERE person_id IN ({marks})"), wanted
        ).fetchall()
    when, day = dt.datetime.fromisoformat, dt.date.fromisoformat
    out: dict[int, list[ConcernBrief]] = {}
    for pid, cid, ref, noticed, category, stage, status, outcome, review in rows:
        brief = ConcernBrief(
            id=cid, reference=ref, noticed_at=when(noticed), category=category,
            stage=_STAGES.get(stage) or Stage(stage),
            status=_STATUSES.get(status) or ConcernStatus(status),
            outcome=(_OUTCOMES.get(outcome) or Outcome(outcome)) if outcome else None,
            next_review=day(review) if review else None,
        )  # fmt: skip
        found = out.get(pid)
        if found is None:
            out[pid] = [brief]
        else:
            found.append(brief)
    return out


# ---- reading -----------------------------------------------------------------------------
def search_people(vault: OpenVault, text: str, *, limit: int = 50) -> list[PersonMatch]:
    """People whose names contain every word typed, ignoring case, accents and apostrophes.

    "sian" finds "Siân", "oneill" finds "O'Neill", "kat nov" finds "Kateřina Nováková". Other
    names and the UPN or staff code are searched too. Closest matches first: a surname or first
    name that starts with the text, then the rest by surname.
    """
    allow(vault, Action.VIEW_LOG)
    words = fold(text).split()
    with vault.reading() as s:
        rows = s.execute(
            select(
                Person.id, Person.forenames, Person.surname, Person.other_names,
                Person.upn_or_staff_code,
            )
        ).all()  # fmt: skip
        scored: list[tuple[int, str, str, int]] = []
        for pid, forenames, surname, other, code in rows:
            names = fold(f"{forenames} {surname} {other}")
            hay = f"{names} {fold(code)}"
            if not all(w in hay for w in words):
                continue
            name_words = names.split()
            sur = fold(surname)
            if words and sur == " ".join(words):
                rank = 0
            elif words and all(any(n.startswith(w) for n in name_words) for w in words):
                rank = 1
            else:
                rank = 2
            scored.append((rank, sur, fold(forenames), pid))
        scored.sort()
        chosen = [pid for *_, pid in scored[: max(0, limit)]]
        if not chosen:
            return []
        counts = dict(
            s.execute(
                select(Concern.person_id, func.count(Concern.id))
                .where(Concern.person_id.in_(chosen))
                .group_by(Concern.person_id)
            ).all()
        )
        people = {p.id: p for p in s.scalars(select(Person).where(Person.id.in_(chosen)))}
        return [
            copied(
                PersonMatch,
                p,
                person_type=PersonType(p.person_type),
                concern_count=int(counts.get(p.id, 0)),
            )
            for p in (people[pid] for pid in chosen)
        ]


def list_people(vault: OpenVault) -> list[PersonWithConcerns]:
    """Everyone on record, by surname, each with their concerns oldest first."""
    allow(vault, Action.VIEW_LOG)
    # Tens of thousands of small objects, none in a reference cycle: without this a full
    # collection of the app's whole heap starts part-way through (about 0.2 s each).
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        with vault.reading() as s:
            by_person = _concerns_by_person(s, None)
            people = sorted(
                s.execute(select(Person.__table__).order_by(Person.id)).all(),
                key=lambda p: name_key(p.surname, p.forenames),
            )  # Unicode collation: "Ó Briain" with the Os, not after "Zak"
            return [
                PersonWithConcerns(record_of(p), tuple(by_person.get(p.id, ()))) for p in people
            ]
    finally:
        if was_enabled:
            gc.enable()


def get_person(vault: OpenVault, person_id: int) -> PersonWithConcerns:
    """One person's full details and concerns. Opening a person's record is audited."""
    allow(vault, Action.VIEW_CASE)
    with vault.unit() as s:
        p = s.get(Person, person_id)
        if p is None:
            raise NotFound("That person is not on record.")
        result = PersonWithConcerns(
            record_of(p), tuple(_concerns_by_person(s, [person_id]).get(person_id, ()))
        )
        vault.audit(s, "person.viewed", entity="person", entity_id=person_id)
        return result


# ---- changing ----------------------------------------------------------------------------
def add_person(vault: OpenVault, data: PersonInput) -> PersonRecord:
    allow(vault, Action.CREATE_CASE)
    values = normalise_person(data, dt.date.today())
    with vault.unit() as s:
        p = Person(**values, created_at=now())
        s.add(p)
        s.flush()
        vault.audit(s, "person.added", entity="person", entity_id=p.id)
        return record_of(p)


def update_person(
    vault: OpenVault, person_id: int, data: PersonInput, *, reason: str = ""
) -> PersonRecord:
    """Save changed details. Each changed field keeps its old value as an amendment.

    ``reason`` is optional here (a new address needs no explanation) but is kept when given.
    """
    me = allow(vault, Action.EDIT_CASE)
    values = normalise_person(data, dt.date.today())
    with vault.unit() as s:
        p = s.get(Person, person_id)
        if p is None:
            raise NotFound("That person is not on record.")
        changed: list[str] = []
        stamp = now()
        for name, new in values.items():
            old = getattr(p, name)
            if old == new:
                continue
            s.add(
                Amendment(
                    concern_id=None, entity="person", entity_id=p.id, field=name,
                    old_value=jsonable(old), new_value=jsonable(new), reason=clean_text(reason),
                    amended_by_id=me.user_id, amended_at=stamp,
                )
            )  # fmt: skip
            setattr(p, name, new)
            changed.append(name)
        if changed:
            vault.audit(
                s, "person.updated", entity="person", entity_id=p.id, details={"fields": changed}
            )
        return record_of(p)


def jsonable(value: Any) -> Any:
    """A value as kept in an amendment's JSON: dates as ISO text, enums as their codes."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [jsonable(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    return value
