"""The staff register (staff are never deleted: a leaver keeps their history) and role types."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Staff
from db.vault import OpenVault
from dsl_desktop.collation import name_key
from dsl_desktop.domain import RoleType
from dsl_desktop.services.base import added
from dsl_desktop.services.people import (
    InvalidInput,
    NotFound,
    allow,
    clean_name,
    clean_text,
    fold,
    now,
)
from dsl_desktop.services.training.base import (
    _EARLIEST,
    _EMAIL,
    _STAFF_COLUMNS,
    _entry,
    _entry_of,
    _get_setting,
    _has_control,
    _problem,
    _put_setting,
    _role_tuple,
    _staff_row,
    _today,
)
from dsl_desktop.training.roles import RoleRules, load_role_rules, suggest_role_types
from dsl_desktop.training.seed import ROLE_RULES_SETTING
from dsl_desktop.views.training import StaffDetails, StaffEntry
from dsl_desktop.workflow import Action
from dsl_desktop.workflow import Requirement as Problem


def list_staff(
    vault: OpenVault,
    *,
    search: str = "",
    include_leavers: bool = False,
    role_type: RoleType | None = None,
    as_of: dt.date | None = None,
) -> list[StaffEntry]:
    """The register, by surname. Leavers (left on or before ``as_of``) only when asked for."""
    allow(vault, Action.VIEW_TRAINING)
    on = as_of or _today()
    with vault.reading() as s:
        rows = s.execute(select(*_STAFF_COLUMNS)).all()
    entries = [_entry(r) for r in rows]
    wanted = fold(search)
    result = []
    for entry in entries:
        if not include_leavers and entry.has_left(on):
            continue
        if role_type is not None and role_type not in entry.role_types:
            continue
        if wanted and wanted not in _search_text(entry):
            continue
        result.append(entry)
    result.sort(key=lambda e: (*name_key(e.surname, e.forename), e.staff_code, e.id))
    return result


def _search_text(entry: StaffEntry) -> str:
    return fold(
        " ".join(
            (entry.forename, entry.preferred_name, entry.middle_name, entry.surname,
             entry.email, entry.staff_code, entry.job_title)
        )
    )  # fmt: skip


def get_staff(vault: OpenVault, staff_id: int) -> StaffEntry:
    allow(vault, Action.VIEW_TRAINING)
    with vault.reading() as s:
        row = s.execute(select(*_STAFF_COLUMNS).where(Staff.id == staff_id)).first()
        if row is None:
            raise NotFound("That member of staff is not on the register.")
        return _entry(row)


def _clean_details(details: StaffDetails) -> dict[str, Any]:
    problems: list[Problem] = []
    values: dict[str, Any] = {
        "forename": clean_name(details.forename),
        "surname": clean_name(details.surname),
        "middle_name": clean_name(details.middle_name),
        "preferred_name": clean_name(details.preferred_name),
        "title": clean_name(details.title),
        "staff_code": clean_name(details.staff_code),
        "email": clean_text(details.email),
        "job_title": clean_name(details.job_title),
    }
    for key, label in (("forename", "forename"), ("surname", "surname")):
        if not values[key]:
            problems.append(Problem(f"{key}_missing", f"Enter the {label}."))
        elif not any(ch.isalpha() for ch in values[key]):
            problems.append(Problem(f"{key}_invalid", f"The {label} has no letters in it."))
    for key, value in values.items():
        if _has_control(value):
            problems.append(
                Problem(f"{key}_invalid", "Names and codes cannot contain line breaks.")
            )
    limits = {"title": 40, "staff_code": 40}
    for key, value in values.items():
        if len(value) > limits.get(key, 200):
            problems.append(Problem(f"{key}_too_long", f"The {key.replace('_', ' ')} is too long."))
    if values["email"] and not _EMAIL.fullmatch(values["email"]):
        problems.append(Problem("email_invalid", "The email address does not look right."))
    if (
        details.start_date is not None
        and details.left_date is not None
        and details.left_date < details.start_date
    ):
        problems.append(Problem("left_date_invalid", "The leaving date is before the start date."))
    for key, when in (("start_date", details.start_date), ("left_date", details.left_date)):
        if when is not None and when < _EARLIEST:
            problems.append(Problem(f"{key}_invalid", "That date is too long ago to be right."))
    roles: list[str] = []
    for value in details.role_types:
        try:
            roles.append(RoleType(value).value)
        except ValueError:
            problems.append(Problem("role_type_invalid", f"Unknown role type {value!r}."))
    if problems:
        raise InvalidInput(problems)
    values["role_types"] = [rt.value for rt in _role_tuple(roles)]
    values["start_date"] = details.start_date
    values["left_date"] = details.left_date
    return values


def _check_unique(s: Session, values: Mapping[str, Any], staff_id: int | None) -> None:
    """Refuse an email address or staff code another member of staff already has."""
    checks = (
        ("email", Staff.email, "email address"),
        ("staff_code", Staff.staff_code, "staff code"),
    )
    for key, column, label in checks:
        value = values[key]
        if not value:
            continue
        query = select(Staff.id, Staff.forename, Staff.surname).where(
            func.lower(column) == value.lower()
        )
        if staff_id is not None:
            query = query.where(Staff.id != staff_id)
        other = s.execute(query).first()
        if other is not None:
            raise _problem(
                f"{key}_taken",
                f"{other.forename} {other.surname} already has the {label} {value}.",
            )


def add_staff(vault: OpenVault, details: StaffDetails) -> StaffEntry:
    allow(vault, Action.MANAGE_TRAINING)
    values = _clean_details(details)
    with vault.unit() as s:
        _check_unique(s, values, None)
        stamp = now()
        row = Staff(**values, created_at=stamp, updated_at=stamp)
        added(vault, s, row, "staff.added", {"role_types": values["role_types"]})
        return _entry_of(row)


def update_staff(vault: OpenVault, staff_id: int, details: StaffDetails) -> StaffEntry:
    """Save changed details. The audit trail lists the fields changed, not their values."""
    allow(vault, Action.MANAGE_TRAINING)
    values = _clean_details(details)
    with vault.unit() as s:
        row = _staff_row(s, staff_id)
        _check_unique(s, values, staff_id)
        changed = [key for key, value in values.items() if getattr(row, key) != value]
        if changed:
            for key in changed:
                setattr(row, key, values[key])
            row.updated_at = now()
            vault.audit(
                s, "staff.updated", entity="staff", entity_id=staff_id,
                details={"fields": sorted(changed)},
            )  # fmt: skip
        return _entry_of(row)


def mark_left(vault: OpenVault, staff_id: int, left_on: dt.date) -> StaffEntry:
    """Record that someone has left (or will leave). Their training history stays."""
    allow(vault, Action.MANAGE_TRAINING)
    with vault.unit() as s:
        row = _staff_row(s, staff_id)
        if row.start_date is not None and left_on < row.start_date:
            raise _problem("left_date_invalid", "The leaving date is before the start date.")
        if left_on < _EARLIEST:
            raise _problem("left_date_invalid", "That date is too long ago to be right.")
        row.left_date = left_on
        row.updated_at = now()
        vault.audit(s, "staff.left", entity="staff", entity_id=staff_id)
        return _entry_of(row)


# ---- role types ----------------------------------------------------------------------------
def role_rules_data(vault: OpenVault) -> dict[str, Any]:
    """The school's rules as stored (the bundled ones if none are stored or they are damaged)."""
    allow(vault, Action.VIEW_TRAINING)
    with vault.reading() as s:
        data = _get_setting(s, ROLE_RULES_SETTING)
    try:
        load_role_rules(data)
    except ValueError:
        data = None
    if data is None:
        from dsl_desktop.resources import load_json

        data = load_json("training", "role_rules.json")
    return dict(data)


def role_rules(vault: OpenVault) -> RoleRules:
    return load_role_rules(role_rules_data(vault))


def save_role_rules(vault: OpenVault, data: Mapping[str, Any]) -> None:
    """Keep the school's own job-title rules, after checking every pattern compiles."""
    allow(vault, Action.MANAGE_TRAINING)
    try:
        load_role_rules(data)
    except ValueError as exc:
        raise _problem("role_rules_invalid", f"The rules cannot be used: {exc}.") from exc
    with vault.unit() as s:
        _put_setting(s, ROLE_RULES_SETTING, dict(data))
        vault.audit(
            s, "training.role_rules_changed", entity="setting", entity_id=ROLE_RULES_SETTING,
            details={"rules": len(data.get("rules", []))},
        )  # fmt: skip


def suggest_roles(vault: OpenVault, job_title: str) -> frozenset[RoleType]:
    """Role types suggested for a job title by the school's rules (the DSL confirms them)."""
    return frozenset(suggest_role_types(job_title, role_rules(vault)))
