"""Planning an import against the register: who is new, who changed, who is unchanged."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import Any

from dsl_desktop.training.importer.fields import (
    ImportResult,
    StaffColumns,
    StaffField,
    StaffRow,
    columns_of,
)


@dataclass(frozen=True)
class ExistingStaff(StaffColumns):
    """A person already in the store. ``id`` is the database key (None until saved)."""

    id: int | None = None


_MERGED_FIELDS: tuple[StaffField, ...] = (
    StaffField.STAFF_CODE,
    StaffField.TITLE,
    StaffField.FORENAME,
    StaffField.MIDDLE_NAME,
    StaffField.PREFERRED_NAME,
    StaffField.SURNAME,
    StaffField.EMAIL,
    StaffField.JOB_TITLE,
    StaffField.START_DATE,
    StaffField.LEFT_DATE,
)


class PlanAction(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    REJECTED = "rejected"


@dataclass(frozen=True)
class FieldChange:
    field: StaffField
    old: str | date | None
    new: str | date | None


@dataclass(frozen=True)
class PlannedRow:
    """What importing one line would do.

    ``staff`` is the record as it would be stored (for created, updated and unchanged rows);
    ``matched`` is the record it was matched to (for updated and unchanged rows), and
    ``existing_index`` its position in the ``existing`` list given to :func:`plan_import`
    (None when it matched someone created earlier in the same file).
    """

    line: int
    action: PlanAction
    staff: ExistingStaff | None = None
    matched: ExistingStaff | None = None
    existing_index: int | None = None
    changes: tuple[FieldChange, ...] = ()
    reason: str = ""


@dataclass(frozen=True)
class ImportPlan:
    rows: tuple[PlannedRow, ...]
    existing: tuple[ExistingStaff, ...]

    def with_action(self, action: PlanAction) -> list[PlannedRow]:
        return [r for r in self.rows if r.action is action]

    @property
    def created(self) -> list[PlannedRow]:
        return self.with_action(PlanAction.CREATED)

    @property
    def updated(self) -> list[PlannedRow]:
        return self.with_action(PlanAction.UPDATED)

    @property
    def unchanged(self) -> list[PlannedRow]:
        return self.with_action(PlanAction.UNCHANGED)

    @property
    def rejected(self) -> list[PlannedRow]:
        return self.with_action(PlanAction.REJECTED)

    def summary_line(self) -> str:
        return (
            f"created {len(self.created)}, updated {len(self.updated)}, "
            f"unchanged {len(self.unchanged)}, rejected {len(self.rejected)}"
        )

    def resulting_staff(self) -> list[ExistingStaff]:
        """Everyone known after applying the plan: existing people (updated in place) followed
        by the new ones in file order. New people have ``id`` None."""
        updates = {
            r.existing_index: r.staff
            for r in self.rows
            if r.action is PlanAction.UPDATED
            and r.existing_index is not None
            and r.staff is not None
        }
        result = [updates.get(i, person) for i, person in enumerate(self.existing)]
        result.extend(r.staff for r in self.created if r.staff is not None)
        return result


def _email_key(email: str) -> str:
    return email.strip().casefold()


def _code_key(code: str) -> str:
    return code.strip().casefold()


def _name_key(forename: str, surname: str) -> str:
    return f"{forename.strip().casefold()}\x1f{surname.strip().casefold()}"


def _same(fld: StaffField, old: str | date | None, new: str | date | None) -> bool:
    if isinstance(old, str) and isinstance(new, str):
        if fld is StaffField.EMAIL:
            return _email_key(old) == _email_key(new)
        if fld is StaffField.STAFF_CODE:
            return _code_key(old) == _code_key(new)
    return old == new


def _merge(person: ExistingStaff, row: StaffRow) -> tuple[ExistingStaff, tuple[FieldChange, ...]]:
    """Applies a row over a known person. Empty cells never blank out what is known."""
    changes: list[FieldChange] = []
    kept_values: dict[str, Any] = {}
    for fld in _MERGED_FIELDS:
        old: str | date | None = getattr(person, fld.value)
        new: str | date | None = getattr(row, fld.value)
        kept: str | date | None = old
        if new is not None and new != "" and not _same(fld, old, new):
            changes.append(FieldChange(fld, old, new))
            kept = new
        kept_values[fld.value] = kept
    if not changes:
        return person, ()
    return replace(person, **kept_values), tuple(changes)


def _new_person(row: StaffRow) -> ExistingStaff:
    return ExistingStaff(id=None, **columns_of(row))


class _Index:
    """Finds people by email, staff code or (as a last resort) exact name."""

    def __init__(self) -> None:
        self.by_email: dict[str, int] = {}
        self.by_code: dict[str, int] = {}
        self.by_name: dict[str, list[int]] = {}

    def add(self, slot: int, person: ExistingStaff) -> None:
        if person.email.strip():
            self.by_email.setdefault(_email_key(person.email), slot)
        if person.staff_code.strip():
            self.by_code.setdefault(_code_key(person.staff_code), slot)
        self.by_name.setdefault(_name_key(person.forename, person.surname), []).append(slot)


def plan_import(
    parsed_rows: ImportResult | Sequence[StaffRow],
    existing: Sequence[ExistingStaff],
) -> ImportPlan:
    """Decides, for each row, whether it creates a person, updates one, or changes nothing.

    A row matches an existing person by email address (ignoring case) or by staff code. A row
    with neither is matched by exact forename and surname when exactly one person has that name.
    Rows the parser rejected (when an ImportResult is given) and rows that clash with another
    row or with two different people are rejected.
    """
    if isinstance(parsed_rows, ImportResult):
        rows: Sequence[StaffRow] = parsed_rows.rows
        early_rejects = [
            PlannedRow(r.line, PlanAction.REJECTED, reason=r.reason) for r in parsed_rows.rejected
        ]
    else:
        rows = parsed_rows
        early_rejects = []

    people: list[ExistingStaff] = list(existing)
    index = _Index()
    for position, person in enumerate(people):
        index.add(position, person)
    claimed: dict[int, int] = {}  # slot -> line of the row that matched or created it
    planned: list[PlannedRow] = list(early_rejects)

    for row in rows:
        email_slot = index.by_email.get(_email_key(row.email)) if row.email else None
        code_slot = index.by_code.get(_code_key(row.staff_code)) if row.staff_code else None
        if email_slot is not None and code_slot is not None and email_slot != code_slot:
            a, b = people[email_slot], people[code_slot]
            planned.append(
                PlannedRow(
                    row.line,
                    PlanAction.REJECTED,
                    reason=(
                        f"the email address belongs to {a.forename} {a.surname} but the staff "
                        f"code {row.staff_code} belongs to {b.forename} {b.surname}"
                    ),
                )
            )
            continue
        slot: int | None = email_slot if email_slot is not None else code_slot
        if slot is None and not row.email and not row.staff_code:
            same_name = index.by_name.get(_name_key(row.forename, row.surname), [])
            if len(same_name) == 1:
                slot = same_name[0]
        if slot is not None and slot in claimed:
            planned.append(
                PlannedRow(
                    row.line,
                    PlanAction.REJECTED,
                    reason=f"the same person as line {claimed[slot]} of this file",
                )
            )
            continue
        if slot is None:
            person = _new_person(row)
            slot = len(people)
            people.append(person)
            index.add(slot, person)
            claimed[slot] = row.line
            planned.append(PlannedRow(row.line, PlanAction.CREATED, staff=person))
            continue
        claimed[slot] = row.line
        before = people[slot]
        after, changes = _merge(before, row)
        existing_index = slot if slot < len(existing) else None
        if changes:
            people[slot] = after
            planned.append(
                PlannedRow(
                    row.line,
                    PlanAction.UPDATED,
                    staff=after,
                    matched=before,
                    existing_index=existing_index,
                    changes=changes,
                )
            )
        else:
            planned.append(
                PlannedRow(
                    row.line,
                    PlanAction.UNCHANGED,
                    staff=before,
                    matched=before,
                    existing_index=existing_index,
                )
            )
    planned.sort(key=lambda r: r.line)
    return ImportPlan(rows=tuple(planned), existing=tuple(existing))
