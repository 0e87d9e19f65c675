"""What the training services share: settings keys, labels, checks and row lookups."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy.orm import Session

from db.models import Course, Setting, Staff
from dsl_desktop.domain import RoleType, TrainingStatus
from dsl_desktop.services.people import InvalidInput
from dsl_desktop.services.rows import fetch
from dsl_desktop.views.training import StaffEntry
from dsl_desktop.workflow import Requirement as Problem

IMPORT_MAPPING_SETTING = "training.import_mapping"


"""The columns chosen at the last import, as field -> header text (header names, not positions,
so that a re-ordered export still maps)."""


DUE_SOON_SETTING = "training.due_soon_days"


ROLE_TYPE_LABELS: Mapping[RoleType, str] = {
    RoleType.ESSENTIAL: "Essential awareness",
    RoleType.ALERTER: "Alerter",
    RoleType.RESPONDER: "Responder",
    RoleType.DECISION_MAKER: "Decision maker",
    RoleType.GOVERNANCE: "Governance",
    RoleType.DSL: "DSL",
    RoleType.DEPUTY_DSL: "Deputy DSL",
}


"""English names of the role types, for the reports (the UI has its own translated ones)."""


STATUS_LABELS: Mapping[TrainingStatus, str] = {
    TrainingStatus.COMPLIANT: "In date",
    TrainingStatus.DUE_SOON: "Due soon",
    TrainingStatus.OVERDUE: "Overdue",
    TrainingStatus.NEVER_DONE: "Never done",
    TrainingStatus.NOT_REQUIRED: "Not required",
}


_ROLE_ORDER = {rt: i for i, rt in enumerate(RoleType)}


_EARLIEST = dt.date(1950, 1, 1)


_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,63}")


_COURSE_CODE = re.compile(r"[a-z0-9][a-z0-9_]{0,59}")


_MAX_NOTES = 5000


# ---- data shapes -------------------------------------------------------------------------
def _role_tuple(values: Iterable[Any]) -> tuple[RoleType, ...]:
    found: set[RoleType] = set()
    for value in values:
        try:
            found.add(RoleType(value))
        except ValueError:
            continue  # an unknown code in the store is ignored, not shown as a crash
    return tuple(sorted(found, key=_ROLE_ORDER.__getitem__))


_STAFF_COLUMNS = (
    Staff.id, Staff.staff_code, Staff.title, Staff.forename, Staff.middle_name,
    Staff.preferred_name, Staff.surname, Staff.email, Staff.job_title, Staff.role_types,
    Staff.start_date, Staff.left_date,
)  # fmt: skip


def _entry(row: Any) -> StaffEntry:
    """A row of ``_STAFF_COLUMNS`` (in that order) as a StaffEntry."""
    return StaffEntry(
        row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8],
        _role_tuple(row[9] or ()), row[10], row[11],
    )  # fmt: skip


def _entry_of(staff: Staff) -> StaffEntry:
    return _entry(tuple(getattr(staff, column.key) for column in _STAFF_COLUMNS))


# ---- helpers -------------------------------------------------------------------------------
def _today() -> dt.date:
    return dt.date.today()


def _problem(code: str, message: str) -> InvalidInput:
    return InvalidInput([Problem(code, message)])


def _has_control(text: str) -> bool:
    return any(unicodedata.category(ch) in ("Cc", "Zl", "Zp") for ch in text)


def _get_setting(s: Session, key: str, default: Any = None) -> Any:
    row = s.get(Setting, key)
    return default if row is None else row.value


def _put_setting(s: Session, key: str, value: Any) -> None:
    row = s.get(Setting, key)
    if row is None:
        s.add(Setting(key=key, value=value))
    else:
        row.value = value


def _staff_row(s: Session, staff_id: int) -> Staff:
    return fetch(s, Staff, staff_id, "That member of staff is not on the register.")


def _course_row(s: Session, course_id: int) -> Course:
    return fetch(s, Course, course_id, "That course is not in the catalogue.")
