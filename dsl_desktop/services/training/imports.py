"""Importing a staff list from a spreadsheet export."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.errors import DomainError
from db.models import Staff
from db.vault import OpenVault
from dsl_desktop.services.people import allow, now
from dsl_desktop.services.training.base import (
    _STAFF_COLUMNS,
    IMPORT_MAPPING_SETTING,
    _entry,
    _get_setting,
    _put_setting,
    _role_tuple,
    _staff_row,
)
from dsl_desktop.services.training.register import role_rules
from dsl_desktop.training.importer import (
    ExistingStaff,
    ImportPlan,
    ImportResult,
    PlanAction,
    StaffField,
    columns_of,
    mapping_from_header_names,
    mapping_to_header_names,
    parse_staff_csv,
    plan_import,
)
from dsl_desktop.training.roles import suggest_role_types
from dsl_desktop.workflow import Action


class ImportFileError(DomainError):
    """The file cannot be read as a staff list at all; nothing was imported."""

    advice = "Export the staff list from the school's system as CSV and try again."

    def __init__(self, result: ImportResult) -> None:
        self.result = result
        super().__init__(" ".join(str(e) for e in result.errors) or "The file cannot be read.")


class ImportRejected(DomainError):
    """Some rows are invalid, so nothing was imported (unless invalid rows are skipped)."""

    advice = "Correct those rows in the file, or choose to import the valid rows only."

    def __init__(self, result: ImportResult, plan: ImportPlan) -> None:
        self.result = result
        self.plan = plan
        n = len(plan.rejected)
        rows = "row" if n == 1 else "rows"
        super().__init__(f"{n} {rows} of the file cannot be imported, so nothing was imported.")


@dataclass(frozen=True)
class ImportReport:
    result: ImportResult
    plan: ImportPlan
    created_ids: tuple[int, ...] = ()

    def summary_line(self) -> str:
        return self.plan.summary_line()


def _existing(s: Session) -> list[ExistingStaff]:
    return [
        ExistingStaff(id=e.id, **columns_of(e))
        for e in (_entry(r) for r in s.execute(select(*_STAFF_COLUMNS).order_by(Staff.id)))
    ]


def _parse(s: Session, data: bytes, mapping: Mapping[StaffField, int] | None) -> ImportResult:
    """Reads the file with the given columns, else those remembered from the last import."""
    result = parse_staff_csv(data, mapping)
    if mapping is not None or not result.headers:
        return result
    saved = _get_setting(s, IMPORT_MAPPING_SETTING)
    if not isinstance(saved, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in saved.items()
    ):
        return result
    remembered = mapping_from_header_names(saved, result.headers)
    if remembered == dict(result.mapping):
        return result
    again = parse_staff_csv(data, remembered)
    return again if again.ok else result


def remembered_mapping(vault: OpenVault) -> dict[str, str]:
    """The columns chosen at the last import (field -> header text)."""
    allow(vault, Action.VIEW_TRAINING)
    with vault.reading() as s:
        saved = _get_setting(s, IMPORT_MAPPING_SETTING, {})
    return {str(k): str(v) for k, v in saved.items()} if isinstance(saved, dict) else {}


def preview_import(
    vault: OpenVault, data: bytes, mapping: Mapping[StaffField, int] | None = None
) -> tuple[ImportResult, ImportPlan]:
    """A dry run: what importing the file would do. Changes nothing."""
    allow(vault, Action.MANAGE_TRAINING)
    with vault.reading() as s:
        result = _parse(s, data, mapping)
        plan = plan_import(result, _existing(s))
    return result, plan


def apply_import(
    vault: OpenVault,
    data: bytes,
    mapping: Mapping[StaffField, int] | None = None,
    *,
    skip_invalid: bool = False,
) -> ImportReport:
    """Import a staff list in one transaction.

    By default nothing is imported when any row is invalid (:class:`ImportRejected`); with
    ``skip_invalid`` the valid rows are imported and the others listed. New people get the role
    types the school's rules suggest for their job title. The columns used are remembered.
    """
    allow(vault, Action.MANAGE_TRAINING)
    suggestions = role_rules(vault)
    with vault.unit() as s:
        result = _parse(s, data, mapping)
        if not result.ok:
            raise ImportFileError(result)
        plan = plan_import(result, _existing(s))
        everything_rejected = len(plan.rejected) == len(plan.rows)
        if plan.rejected and (not skip_invalid or everything_rejected):
            raise ImportRejected(result, plan)
        stamp = now()
        created: list[Staff] = []
        for row in plan.rows:
            person = row.staff
            if person is None:
                continue
            values = {
                "staff_code": person.staff_code, "title": person.title,
                "forename": person.forename, "middle_name": person.middle_name,
                "preferred_name": person.preferred_name, "surname": person.surname,
                "email": person.email, "job_title": person.job_title,
                "start_date": person.start_date, "left_date": person.left_date,
            }  # fmt: skip
            if row.action is PlanAction.CREATED:
                roles = suggest_role_types(person.job_title, suggestions)
                new = Staff(
                    **values, role_types=[rt.value for rt in _role_tuple(roles)],
                    created_at=stamp, updated_at=stamp,
                )  # fmt: skip
                s.add(new)
                created.append(new)
            elif row.action is PlanAction.UPDATED and person.id is not None:
                existing = _staff_row(s, person.id)
                for change in row.changes:
                    setattr(existing, change.field.value, values[change.field.value])
                existing.updated_at = stamp
        s.flush()
        if result.headers:
            _put_setting(
                s, IMPORT_MAPPING_SETTING, mapping_to_header_names(result.mapping, result.headers)
            )
        vault.audit(
            s, "staff.imported", entity="staff",
            details={"created": len(plan.created), "updated": len(plan.updated),
                     "unchanged": len(plan.unchanged), "rejected": len(plan.rejected)},
        )  # fmt: skip
        return ImportReport(result, plan, tuple(c.id for c in created))
