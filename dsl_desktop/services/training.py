"""Staff training: the staff register, courses and requirements, training records, staff list
imports, compliance and the reports an inspector asks for.

Roles are enforced here (``workflow.Action``): the DSL, deputies and the training administrator
change records, reviewers only read them, and only those allowed may export. Staff are never
deleted; a leaver keeps their training history. The audit trail records what was done to which
record by id, code or count, never a name or any other detail of a person.
"""

from __future__ import annotations

import calendar
import contextlib
import csv
import datetime as dt
import gc
import hashlib
import io
import re
import unicodedata
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.errors import DomainError
from db.fsutil import atomic_write
from db.models import Attachment, Course, Requirement, Setting, Staff, TrainingRecord, User
from db.outputs import check_output_path
from db.vault import OpenVault, SignedIn
from dsl_desktop.collation import name_key
from dsl_desktop.domain import RoleType, TrainingStatus
from dsl_desktop.services.attachments import MAX_ATTACHMENT_BYTES, AttachmentTooLarge, OwnerType
from dsl_desktop.services.attachments import safe_file_name as _safe_file_name
from dsl_desktop.services.people import (
    InvalidInput,
    NotFound,
    allow,
    clean_name,
    clean_text,
    fold,
    now,
)
from dsl_desktop.training import compliance as rules
from dsl_desktop.training.importer import (
    ExistingStaff,
    ImportPlan,
    ImportResult,
    PlanAction,
    StaffField,
    mapping_from_header_names,
    mapping_to_header_names,
    parse_staff_csv,
    plan_import,
)
from dsl_desktop.training.roles import RoleRules, load_role_rules, suggest_role_types
from dsl_desktop.training.seed import ROLE_RULES_SETTING
from dsl_desktop.workflow import Action
from dsl_desktop.workflow import Requirement as Problem

__all__ = [
    "DUE_SOON_SETTING",
    "IMPORT_MAPPING_SETTING",
    "ROLE_RULES_SETTING",
    "ROLE_TYPE_LABELS",
    "STATUS_LABELS",
    "CertificateFile",
    "CourseColumn",
    "CourseEntry",
    "CourseInput",
    "ImportFileError",
    "ImportRejected",
    "ImportReport",
    "MatrixRow",
    "RequirementEntry",
    "RequirementInput",
    "SessionResult",
    "SignInSummary",
    "StaffDetails",
    "StaffEntry",
    "TrainingDashboard",
    "TrainingRecordEntry",
    "add_certificate",
    "certificate_media_type",
    "add_staff",
    "apply_import",
    "compliance",
    "dashboard",
    "due_soon_days",
    "get_staff",
    "list_courses",
    "list_requirements",
    "list_staff",
    "mark_left",
    "preview_import",
    "record_session",
    "record_training",
    "records_for_staff",
    "remembered_mapping",
    "remove_requirement",
    "remove_training_record",
    "role_rules",
    "role_rules_data",
    "safe_cell",
    "save_course",
    "save_requirement",
    "save_role_rules",
    "set_due_soon_days",
    "sign_in_summary",
    "suggest_roles",
    "training_report_csv",
    "training_csv_bytes",
    "training_report_pdf",
    "update_staff",
]

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


@dataclass(frozen=True)
class StaffDetails:
    """A member of staff as entered on the form."""

    forename: str
    surname: str
    staff_code: str = ""
    title: str = ""
    middle_name: str = ""
    preferred_name: str = ""
    email: str = ""
    job_title: str = ""
    role_types: frozenset[RoleType] = frozenset()
    start_date: dt.date | None = None
    left_date: dt.date | None = None


class StaffEntry(NamedTuple):
    """A member of staff as stored. (A named tuple: a thousand are made for every dashboard, and
    a tuple is made many times faster than a frozen dataclass.)"""

    id: int
    staff_code: str
    title: str
    forename: str
    middle_name: str
    preferred_name: str
    surname: str
    email: str
    job_title: str
    role_types: tuple[RoleType, ...]
    start_date: dt.date | None
    left_date: dt.date | None

    @property
    def full_name(self) -> str:
        return f"{self.forename} {self.surname}".strip()

    @property
    def sort_name(self) -> str:
        return f"{self.surname}, {self.forename}"

    def has_left(self, as_of: dt.date) -> bool:
        return self.left_date is not None and self.left_date <= as_of

    def to_details(self) -> StaffDetails:
        return StaffDetails(
            forename=self.forename, surname=self.surname, staff_code=self.staff_code,
            title=self.title, middle_name=self.middle_name, preferred_name=self.preferred_name,
            email=self.email, job_title=self.job_title, role_types=frozenset(self.role_types),
            start_date=self.start_date, left_date=self.left_date,
        )  # fmt: skip


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


@dataclass(frozen=True)
class CourseInput:
    code: str
    title: str
    provider: str = ""
    delivery: str = ""
    duration_minutes: int | None = None
    refresh_months: int | None = None
    notes: str = ""
    counts_as: tuple[str, ...] = ()
    active: bool = True


@dataclass(frozen=True)
class CourseEntry(CourseInput):
    id: int = 0

    def to_input(self) -> CourseInput:
        return CourseInput(
            self.code, self.title, self.provider, self.delivery, self.duration_minutes,
            self.refresh_months, self.notes, self.counts_as, self.active,
        )  # fmt: skip


@dataclass(frozen=True)
class RequirementInput:
    """People with ``role_type`` need the course within ``due_within_days`` of starting, then
    again every ``refresh_months`` (None: the course's own interval)."""

    role_type: RoleType
    course_id: int
    due_within_days: int
    refresh_months: int | None = None
    basis: str = ""


@dataclass(frozen=True)
class RequirementEntry(RequirementInput):
    id: int = 0
    course_code: str = ""
    course_title: str = ""
    effective_refresh_months: int | None = None


@dataclass(frozen=True)
class CertificateFile:
    """A certificate as picked from disk: its name and bytes."""

    file_name: str
    content: bytes


@dataclass(frozen=True)
class TrainingRecordEntry:
    id: int
    staff_id: int
    course_id: int
    course_code: str
    course_title: str
    completed_on: dt.date
    certificate_id: int | None
    certificate_name: str
    notes: str
    recorded_by: str
    recorded_at: dt.datetime


@dataclass(frozen=True)
class SessionResult:
    """What a whole-staff session entry did: records made, and people who already had one."""

    recorded: tuple[int, ...]
    already_recorded: tuple[int, ...]


@dataclass(frozen=True)
class CourseColumn:
    course_id: int
    code: str
    title: str


class MatrixRow(NamedTuple):
    staff: StaffEntry
    statuses: Mapping[str, rules.CourseStatus]

    def status(self, course_code: str) -> TrainingStatus:
        found = self.statuses.get(course_code)
        return TrainingStatus.NOT_REQUIRED if found is None else found.status

    @property
    def out_of_date(self) -> bool:
        return any(not s.in_date for s in self.statuses.values())

    @property
    def worst(self) -> TrainingStatus:
        order = (
            TrainingStatus.NEVER_DONE, TrainingStatus.OVERDUE, TrainingStatus.DUE_SOON,
            TrainingStatus.COMPLIANT,
        )  # fmt: skip
        present = {s.status for s in self.statuses.values()}
        for status in order:
            if status in present:
                return status
        return TrainingStatus.NOT_REQUIRED


@dataclass(frozen=True)
class TrainingDashboard:
    """The staff x course matrix with totals, as of one date."""

    as_of: dt.date
    due_soon_days: int
    columns: tuple[CourseColumn, ...]
    rows: tuple[MatrixRow, ...]
    by_role_type: Mapping[RoleType, rules.ComplianceTotals]
    school: rules.ComplianceTotals
    leavers: int = 0


@dataclass(frozen=True)
class SignInSummary:
    """For the DSL at sign-in: who is out of date now, and what falls due this month."""

    as_of: dt.date
    people_out_of_date: int
    people_due_this_month: int
    courses_out_of_date: int
    courses_due_this_month: int

    @property
    def anything(self) -> bool:
        return bool(self.people_out_of_date or self.people_due_this_month)


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
    row = s.get(Staff, staff_id)
    if row is None:
        raise NotFound("That member of staff is not on the register.")
    return row


def _course_row(s: Session, course_id: int) -> Course:
    row = s.get(Course, course_id)
    if row is None:
        raise NotFound("That course is not in the catalogue.")
    return row


# ---- the register --------------------------------------------------------------------------
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
        s.add(row)
        s.flush()
        vault.audit(
            s, "staff.added", entity="staff", entity_id=row.id,
            details={"role_types": values["role_types"]},
        )  # fmt: skip
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


# ---- courses and requirements --------------------------------------------------------------
def _course_entry(c: Course) -> CourseEntry:
    return CourseEntry(
        code=c.code, title=c.title, provider=c.provider, delivery=c.delivery,
        duration_minutes=c.duration_minutes, refresh_months=c.refresh_months, notes=c.notes,
        counts_as=tuple(str(x) for x in (c.counts_as or ())), active=c.active, id=c.id,
    )  # fmt: skip


def list_courses(vault: OpenVault, *, include_inactive: bool = True) -> list[CourseEntry]:
    allow(vault, Action.VIEW_TRAINING)
    with vault.reading() as s:
        query = select(Course).order_by(Course.id)
        if not include_inactive:
            query = query.where(Course.active)
        return [_course_entry(c) for c in s.scalars(query)]


def save_course(vault: OpenVault, course: CourseInput, course_id: int | None = None) -> CourseEntry:
    """Add a course (``course_id`` None) or change one. Courses are retired, never deleted."""
    allow(vault, Action.MANAGE_TRAINING)
    code = clean_text(course.code).lower()
    title = clean_name(course.title)
    problems: list[Problem] = []
    if not _COURSE_CODE.fullmatch(code):
        problems.append(
            Problem(
                "code_invalid",
                "The course code is a short name of lower-case letters, digits and "
                "underscores, such as prevent_awareness.",
            )
        )
    if not title:
        problems.append(Problem("title_missing", "Enter the course title."))
    for name, value, low in (
        ("refresh_months", course.refresh_months, 1),
        ("duration_minutes", course.duration_minutes, 1),
    ):
        if value is not None and not (low <= value <= 1200):
            problems.append(Problem(f"{name}_invalid", "Enter a whole number above nought."))
    if problems:
        raise InvalidInput(problems)
    with vault.unit() as s:
        existing = {c.code: c for c in s.scalars(select(Course))}
        row = _course_row(s, course_id) if course_id is not None else None
        clash = existing.get(code)
        if clash is not None and (row is None or clash.id != row.id):
            raise _problem("code_taken", f"Another course already has the code {code}.")
        counts_as = []
        for target in course.counts_as:
            target = target.strip()
            if target == code:
                continue
            if target not in existing or (row is not None and target == row.code):
                raise _problem("counts_as_invalid", f"There is no course with the code {target}.")
            counts_as.append(target)
        if row is None:
            row = Course(code=code, title=title)
            s.add(row)
        elif row.code != code:
            # Other courses that count as this one follow the new code.
            for other in existing.values():
                if row.code in (other.counts_as or ()):
                    other.counts_as = [code if x == row.code else x for x in other.counts_as]
        row.code = code
        row.title = title
        row.provider = clean_name(course.provider)
        row.delivery = clean_name(course.delivery)
        row.duration_minutes = course.duration_minutes
        row.refresh_months = course.refresh_months
        row.notes = clean_text(course.notes)
        row.counts_as = counts_as
        row.active = course.active
        s.flush()
        vault.audit(
            s, "course.saved", entity="course", entity_id=row.id,
            details={"code": code, "new": course_id is None},
        )  # fmt: skip
        return _course_entry(row)


def list_requirements(vault: OpenVault) -> list[RequirementEntry]:
    allow(vault, Action.VIEW_TRAINING)
    with vault.reading() as s:
        rows = s.execute(
            select(Requirement, Course.code, Course.title, Course.refresh_months)
            .join(Course, Course.id == Requirement.course_id)
            .order_by(Requirement.id)
        ).all()
        return [_requirement_entry(r, code, title, course_refresh)
                for r, code, title, course_refresh in rows]  # fmt: skip


def _requirement_entry(
    r: Requirement, code: str, title: str, course_refresh: int | None
) -> RequirementEntry:
    return RequirementEntry(
        role_type=RoleType(r.role_type), course_id=r.course_id,
        due_within_days=r.due_within_days if r.due_within_days is not None else 0,
        refresh_months=r.refresh_months, basis=r.basis, id=r.id, course_code=code,
        course_title=title,
        effective_refresh_months=(
            r.refresh_months if r.refresh_months is not None else course_refresh
        ),
    )  # fmt: skip


def save_requirement(
    vault: OpenVault, requirement: RequirementInput, requirement_id: int | None = None
) -> RequirementEntry:
    allow(vault, Action.MANAGE_TRAINING)
    try:
        role_type = RoleType(requirement.role_type)
    except ValueError as exc:
        raise _problem("role_type_invalid", "Choose a role type.") from exc
    if not 0 <= requirement.due_within_days <= 3650:
        raise _problem(
            "due_within_days_invalid", "The days allowed after starting must be 0 to 3650."
        )
    if requirement.refresh_months is not None and not 1 <= requirement.refresh_months <= 1200:
        raise _problem("refresh_months_invalid", "Enter a refresh interval of at least a month.")
    with vault.unit() as s:
        course = _course_row(s, requirement.course_id)
        clash = s.scalars(
            select(Requirement).where(
                Requirement.role_type == role_type.value,
                Requirement.course_id == course.id,
            )
        ).first()
        if clash is not None and clash.id != requirement_id:
            raise _problem(
                "requirement_exists",
                f"{ROLE_TYPE_LABELS[role_type]} already has a requirement for {course.title}.",
            )
        if requirement_id is None:
            row = Requirement(role_type=role_type.value, course_id=course.id)
            s.add(row)
        else:
            found = s.get(Requirement, requirement_id)
            if found is None:
                raise NotFound("That requirement is no longer there.")
            row = found
        row.role_type = role_type.value
        row.course_id = course.id
        row.refresh_months = requirement.refresh_months
        row.due_within_days = requirement.due_within_days
        row.basis = clean_text(requirement.basis)
        s.flush()
        vault.audit(
            s, "requirement.saved", entity="requirement", entity_id=row.id,
            details={"role_type": role_type.value, "course": course.code},
        )  # fmt: skip
        return _requirement_entry(row, course.code, course.title, course.refresh_months)


def remove_requirement(vault: OpenVault, requirement_id: int) -> None:
    """A requirement is a school rule, not a record about a person: it can be taken away."""
    allow(vault, Action.MANAGE_TRAINING)
    with vault.unit() as s:
        row = s.get(Requirement, requirement_id)
        if row is None:
            raise NotFound("That requirement is no longer there.")
        details = {"role_type": row.role_type, "course_id": row.course_id}
        s.delete(row)
        vault.audit(
            s, "requirement.removed", entity="requirement", entity_id=requirement_id,
            details=details,
        )  # fmt: skip


# ---- training records ---------------------------------------------------------------------
_SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"%PDF-", 0, "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"GIF87a", 0, "image/gif"),
    (b"GIF89a", 0, "image/gif"),
    (b"II*\x00", 0, "image/tiff"),
    (b"MM\x00*", 0, "image/tiff"),
    (b"BM", 0, "image/bmp"),
)


def certificate_media_type(content: bytes) -> str | None:
    """The media type of a PDF or image, recognised by its first bytes; None for anything else."""
    head = bytes(content[:16])
    # A PDF may have a little junk before its header (some scanners add it).
    if b"%PDF-" in bytes(content[:1024]):
        return "application/pdf"
    for magic, offset, media in _SIGNATURES:
        if head[offset : offset + len(magic)] == magic:
            return media
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"avif"):
        return "image/avif" if head[8:12] == b"avif" else "image/heic"
    return None


def _check_certificate(cert: CertificateFile) -> tuple[str, bytes, str]:
    name = _safe_file_name(cert.file_name)
    data = bytes(cert.content)
    if not data:
        raise _problem("certificate_empty", f"“{name}” is empty.")
    if len(data) > MAX_ATTACHMENT_BYTES:
        size = len(data) / (1024 * 1024)
        limit = MAX_ATTACHMENT_BYTES / (1024 * 1024)
        raise AttachmentTooLarge(
            f"“{name}” is {size:.1f} MB; certificates up to {limit:.0f} MB can be kept."
        )
    media = certificate_media_type(data)
    if media is None:
        raise _problem(
            "certificate_type",
            f"“{name}” is not a PDF or a picture. Keep the certificate as a PDF, or a photo "
            "or scan of it (PNG, JPEG, GIF, TIFF, BMP, WebP or HEIC).",
        )
    return name, data, media


def _store_certificate(
    s: Session, record: TrainingRecord, cert: CertificateFile, me: SignedIn
) -> Attachment:
    name, data, media = _check_certificate(cert)
    attachment = Attachment(
        owner_type=OwnerType.TRAINING_RECORD.value, owner_id=record.id, file_name=name,
        media_type=media, size=len(data), sha256=hashlib.sha256(data).hexdigest(),
        content=data, added_by_id=me.user_id, added_at=now(),
    )  # fmt: skip
    s.add(attachment)
    s.flush()
    record.certificate_id = attachment.id
    return attachment


def _check_completion(completed_on: dt.date, today: dt.date) -> None:
    if completed_on > today:
        raise _problem(
            "completed_on_future",
            "The completion date is in the future. Record training once it has been done.",
        )
    if completed_on < _EARLIEST:
        raise _problem("completed_on_invalid", "That completion date is too long ago to be right.")


def _clean_notes(notes: str) -> str:
    text = clean_text(notes)
    if len(text) > _MAX_NOTES:
        raise _problem("notes_too_long", f"Notes can be up to {_MAX_NOTES} characters.")
    return text


def record_training(
    vault: OpenVault,
    staff_id: int,
    course_id: int,
    completed_on: dt.date,
    *,
    notes: str = "",
    certificate: CertificateFile | None = None,
    today: dt.date | None = None,
) -> TrainingRecordEntry:
    """Record one completed course, with its certificate kept inside the store.

    The record and its certificate are saved together: if the file cannot be kept, nothing is.
    """
    me = allow(vault, Action.MANAGE_TRAINING)
    _check_completion(completed_on, today or _today())
    text = _clean_notes(notes)
    if certificate is not None:
        _check_certificate(certificate)  # before anything is written
    with vault.unit() as s:
        _staff_row(s, staff_id)
        course = _course_row(s, course_id)
        duplicate = s.scalars(
            select(TrainingRecord.id).where(
                TrainingRecord.staff_id == staff_id,
                TrainingRecord.course_id == course_id,
                TrainingRecord.completed_on == completed_on,
            )
        ).first()
        if duplicate is not None:
            raise _problem(
                "already_recorded",
                f"{course.title} on that date is already recorded for this person.",
            )
        record = TrainingRecord(
            staff_id=staff_id, course_id=course_id, completed_on=completed_on, notes=text,
            recorded_by_id=me.user_id, recorded_at=now(),
        )  # fmt: skip
        s.add(record)
        s.flush()
        cert_name = ""
        if certificate is not None:
            cert_name = _store_certificate(s, record, certificate, me).file_name
        vault.audit(
            s, "training.recorded", entity="training_record", entity_id=record.id,
            details={"staff_id": staff_id, "course": course.code,
                     "certificate": record.certificate_id is not None},
        )  # fmt: skip
        return TrainingRecordEntry(
            id=record.id, staff_id=staff_id, course_id=course_id, course_code=course.code,
            course_title=course.title, completed_on=completed_on,
            certificate_id=record.certificate_id, certificate_name=cert_name, notes=text,
            recorded_by=me.display_name, recorded_at=record.recorded_at,
        )  # fmt: skip


def add_certificate(
    vault: OpenVault, record_id: int, certificate: CertificateFile
) -> TrainingRecordEntry:
    """Keep (or replace) the certificate of a recorded course."""
    me = allow(vault, Action.MANAGE_TRAINING)
    _check_certificate(certificate)
    with vault.unit() as s:
        record = s.get(TrainingRecord, record_id)
        if record is None:
            raise NotFound("That training record is not on record.")
        _store_certificate(s, record, certificate, me)
        vault.audit(
            s, "attachment.added", entity="attachment", entity_id=record.certificate_id or "",
            details={"owner_type": OwnerType.TRAINING_RECORD.value, "owner_id": record_id},
        )  # fmt: skip
        staff_id = record.staff_id
    return next(r for r in records_for_staff(vault, staff_id) if r.id == record_id)


def record_session(
    vault: OpenVault,
    course_id: int,
    completed_on: dt.date,
    staff_ids: Collection[int],
    *,
    notes: str = "",
    today: dt.date | None = None,
) -> SessionResult:
    """Record one course on one date for many people at once (a whole-staff session).

    People who already have this course on this date are left as they are and listed.
    """
    me = allow(vault, Action.MANAGE_TRAINING)
    _check_completion(completed_on, today or _today())
    text = _clean_notes(notes)
    wanted = sorted(set(staff_ids))
    if not wanted:
        raise _problem("nobody_chosen", "Tick the people who attended.")
    with vault.unit() as s:
        course = _course_row(s, course_id)
        known = set(s.scalars(select(Staff.id).where(Staff.id.in_(wanted))))
        missing = [i for i in wanted if i not in known]
        if missing:
            raise NotFound(f"{len(missing)} of the people ticked are no longer on the register.")
        already = set(
            s.scalars(
                select(TrainingRecord.staff_id).where(
                    TrainingRecord.course_id == course_id,
                    TrainingRecord.completed_on == completed_on,
                    TrainingRecord.staff_id.in_(wanted),
                )
            )
        )
        stamp = now()
        made = [i for i in wanted if i not in already]
        s.add_all(
            TrainingRecord(
                staff_id=i,
                course_id=course_id,
                completed_on=completed_on,
                notes=text,
                recorded_by_id=me.user_id,
                recorded_at=stamp,
            )  # fmt: skip
            for i in made
        )
        vault.audit(
            s, "training.session_recorded", entity="course", entity_id=course_id,
            details={"course": course.code, "recorded": len(made), "already": len(already)},
        )  # fmt: skip
    return SessionResult(recorded=tuple(made), already_recorded=tuple(sorted(already)))


def records_for_staff(vault: OpenVault, staff_id: int) -> list[TrainingRecordEntry]:
    """One person's training, newest first."""
    allow(vault, Action.VIEW_TRAINING)
    with vault.reading() as s:
        _staff_row(s, staff_id)
        rows = s.execute(
            select(
                TrainingRecord.id, TrainingRecord.course_id, Course.code, Course.title,
                TrainingRecord.completed_on, TrainingRecord.certificate_id,
                Attachment.file_name, TrainingRecord.notes, User.display_name,
                TrainingRecord.recorded_at,
            )
            .join(Course, Course.id == TrainingRecord.course_id)
            .join(User, User.id == TrainingRecord.recorded_by_id)
            .outerjoin(Attachment, Attachment.id == TrainingRecord.certificate_id)
            .where(TrainingRecord.staff_id == staff_id)
            .order_by(TrainingRecord.completed_on.desc(), TrainingRecord.id.desc())
        ).all()  # fmt: skip
    return [
        TrainingRecordEntry(
            id=r[0],
            staff_id=staff_id,
            course_id=r[1],
            course_code=r[2],
            course_title=r[3],
            completed_on=r[4],
            certificate_id=r[5],
            certificate_name=r[6] or "",
            notes=r[7],
            recorded_by=r[8],
            recorded_at=r[9],
        )  # fmt: skip
        for r in rows
    ]


def remove_training_record(vault: OpenVault, record_id: int) -> None:
    """Take away a record entered by mistake, with its certificate. The audit trail keeps that
    it existed and who removed it."""
    allow(vault, Action.MANAGE_TRAINING)
    with vault.unit() as s:
        record = s.get(TrainingRecord, record_id)
        if record is None:
            raise NotFound("That training record is not on record.")
        details = {"staff_id": record.staff_id, "course_id": record.course_id}
        attachments = list(
            s.scalars(
                select(Attachment).where(
                    Attachment.owner_type == OwnerType.TRAINING_RECORD.value,
                    Attachment.owner_id == record_id,
                )
            )
        )
        s.delete(record)
        s.flush()
        for attachment in attachments:
            s.delete(attachment)
        vault.audit(
            s, "training.removed", entity="training_record", entity_id=record_id,
            details={**details, "attachments": len(attachments)},
        )  # fmt: skip


# ---- compliance ----------------------------------------------------------------------------
def due_soon_days(vault: OpenVault) -> int:
    allow(vault, Action.VIEW_TRAINING)
    with vault.reading() as s:
        value = _get_setting(s, DUE_SOON_SETTING, rules.DEFAULT_DUE_SOON_DAYS)
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 365:
        return value
    return rules.DEFAULT_DUE_SOON_DAYS


def set_due_soon_days(vault: OpenVault, days: int) -> None:
    allow(vault, Action.MANAGE_TRAINING)
    if not 0 <= days <= 365:
        raise _problem("due_soon_invalid", "The warning period must be 0 to 365 days.")
    with vault.unit() as s:
        _put_setting(s, DUE_SOON_SETTING, int(days))
        vault.audit(s, "setting.changed", entity="setting", entity_id=DUE_SOON_SETTING)


@dataclass
class _Loaded:
    staff: list[StaffEntry]
    requirements: list[rules.Requirement]
    courses: list[CourseColumn]
    counts_as: dict[str, frozenset[str]]
    completions: dict[int, dict[str, list[dt.date]]] = field(default_factory=dict)


def _load(s: Session, as_of: dt.date) -> _Loaded:
    """Everything compliance needs, in four queries (no per-row loading).

    The queries run on the session's connection (Core rows, no ORM processing): this is the
    training dashboard's hot path.
    """
    conn = s.connection()
    # .all() fetches in one call; iterating a result fetches row by row, which is slower.
    staff = [_entry(r) for r in conn.execute(select(*_STAFF_COLUMNS)).all()]
    course_rows = conn.execute(
        select(Course.id, Course.code, Course.title, Course.refresh_months, Course.counts_as)
        .order_by(Course.id)
    ).all()  # fmt: skip
    code_of = {r.id: r.code for r in course_rows}
    refresh_of = {r.code: r.refresh_months for r in course_rows}
    requirements: list[rules.Requirement] = []
    required_codes: set[str] = set()
    for r in conn.execute(
        select(Requirement.role_type, Requirement.course_id, Requirement.refresh_months,
               Requirement.due_within_days, Requirement.basis).order_by(Requirement.id)
    ).all():  # fmt: skip
        try:
            role_type = RoleType(r.role_type)
        except ValueError:
            continue
        code = code_of.get(r.course_id)
        if code is None:
            continue
        required_codes.add(code)
        requirements.append(
            rules.Requirement(
                role_type=role_type,
                course_code=code,
                refresh_months=r.refresh_months if r.refresh_months is not None
                else refresh_of[code],
                due_within_days=r.due_within_days or 0,
                basis=r.basis,
            )
        )  # fmt: skip
    counts_as = {r.code: frozenset(str(x) for x in r.counts_as) for r in course_rows if r.counts_as}
    columns = [CourseColumn(r.id, r.code, r.title) for r in course_rows if r.code in required_codes]
    # Only the latest completion of each course on or before as_of matters.
    completions: dict[int, dict[str, list[dt.date]]] = {}
    latest = conn.execute(
        select(TrainingRecord.staff_id, TrainingRecord.course_id,
               func.max(TrainingRecord.completed_on))
        .where(TrainingRecord.completed_on <= as_of)
        .group_by(TrainingRecord.staff_id, TrainingRecord.course_id)
    ).all()  # fmt: skip
    for staff_id, course_id, done in latest:
        code = code_of.get(course_id)
        if code is None or done is None:
            continue
        found = completions.get(staff_id)
        if found is None:
            completions[staff_id] = {code: [done]}
        else:
            found[code] = [done]
    return _Loaded(staff, requirements, columns, counts_as, completions)


def _members(staff: Iterable[StaffEntry]) -> list[rules.StaffMember]:
    return [
        rules.StaffMember(e.id, e.start_date, e.left_date, frozenset(e.role_types)) for e in staff
    ]


def compliance(
    vault: OpenVault, *, as_of: dt.date | None = None, due_soon: int | None = None
) -> rules.SchoolCompliance:
    """Everyone's status on every course they need, with totals per role type and school."""
    on, window = _when(vault, as_of, due_soon)
    with _without_gc_pauses():
        return _assess(vault, on, window)[0]


def dashboard(
    vault: OpenVault, *, as_of: dt.date | None = None, due_soon: int | None = None
) -> TrainingDashboard:
    """The staff x course matrix for current staff, by surname, with totals."""
    on, window = _when(vault, as_of, due_soon)
    with _without_gc_pauses():
        return _board(*_assess(vault, on, window))


@contextlib.contextmanager
def _without_gc_pauses() -> Iterator[None]:
    """Hold off the cyclic garbage collector while tens of thousands of small objects are made.

    They hold no reference cycles (reference counting frees them), but making them can start a
    full collection of the whole heap, which in a long-running app costs more than the work.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _when(vault: OpenVault, as_of: dt.date | None, due_soon: int | None) -> tuple[dt.date, int]:
    allow(vault, Action.VIEW_TRAINING)
    window = due_soon if due_soon is not None else due_soon_days(vault)
    return as_of or _today(), window


def _assess(vault: OpenVault, on: dt.date, window: int) -> tuple[rules.SchoolCompliance, _Loaded]:
    with vault.reading() as s:
        loaded = _load(s, on)
    result = rules.assess_school(
        _members(loaded.staff), loaded.requirements, loaded.completions, on, window,
        loaded.counts_as,
    )  # fmt: skip
    return result, loaded


def _board(result: rules.SchoolCompliance, loaded: _Loaded) -> TrainingDashboard:
    by_staff: dict[int, dict[str, rules.CourseStatus]] = {}
    for status in result.statuses:
        by_staff.setdefault(int(status.staff_key), {})[status.course_code] = status
    leavers = set(result.leavers)
    current = [e for e in loaded.staff if e.id not in leavers]
    current.sort(key=lambda e: (*name_key(e.surname, e.forename), e.staff_code, e.id))
    rows = tuple(MatrixRow(e, by_staff.get(e.id, {})) for e in current)
    # Courses most people need come first: induction and the all-staff updates on the left.
    needed: dict[str, int] = {}
    for status in result.statuses:
        needed[status.course_code] = needed.get(status.course_code, 0) + 1
    columns = sorted(loaded.courses, key=lambda c: -needed.get(c.code, 0))
    return TrainingDashboard(
        as_of=result.as_of, due_soon_days=result.due_soon_days, columns=tuple(columns),
        rows=rows, by_role_type=result.by_role_type, school=result.school, leavers=len(leavers),
    )  # fmt: skip


def sign_in_summary(vault: OpenVault, *, as_of: dt.date | None = None) -> SignInSummary:
    """How many people are out of date now, and how many have training falling due before the
    end of this month."""
    on = as_of or _today()
    result = compliance(vault, as_of=on)
    month_end = dt.date(on.year, on.month, calendar.monthrange(on.year, on.month)[1])
    out_people: set[rules.StaffKey] = set()
    due_people: set[rules.StaffKey] = set()
    out_courses = due_courses = 0
    for status in result.statuses:
        if not status.in_date:
            out_courses += 1
            out_people.add(status.staff_key)
        elif status.due_date is not None and status.due_date <= month_end:
            due_courses += 1
            due_people.add(status.staff_key)
    return SignInSummary(
        as_of=on, people_out_of_date=len(out_people), people_due_this_month=len(due_people),
        courses_out_of_date=out_courses, courses_due_this_month=due_courses,
    )  # fmt: skip


# ---- importing a staff list -----------------------------------------------------------------
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
        ExistingStaff(
            id=e.id,
            staff_code=e.staff_code,
            title=e.title,
            forename=e.forename,
            middle_name=e.middle_name,
            preferred_name=e.preferred_name,
            surname=e.surname,
            email=e.email,
            job_title=e.job_title,
            start_date=e.start_date,
            left_date=e.left_date,
        )  # fmt: skip
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


# ---- reports ----------------------------------------------------------------------------------
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    """A cell a spreadsheet will show as text: one starting =, +, -, @, a tab or a carriage
    return could otherwise run as a formula, so it gets a leading single quote."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _uk(d: dt.date | None) -> str:
    return "" if d is None else d.strftime("%d/%m/%Y")


def _role_names(role_types: Iterable[RoleType]) -> str:
    return "; ".join(ROLE_TYPE_LABELS[rt] for rt in role_types)


def training_csv_bytes(board: TrainingDashboard) -> bytes:
    """The matrix as CSV (UTF-8 with a byte order mark, so Excel shows Welsh letters right)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    header = [
        "Staff code", "Title", "Forename", "Preferred name", "Surname", "Job title",
        "Role types", "Start date", "Overall",
    ]  # fmt: skip
    for column in board.columns:
        header += [
            f"{column.title}: status", f"{column.title}: last completed",
            f"{column.title}: due by",
        ]  # fmt: skip
    writer.writerow([safe_cell(h) for h in header])
    for row in board.rows:
        person = row.staff
        overall = "Out of date" if row.out_of_date else "In date"
        if not row.statuses:
            overall = "Nothing required"
        cells = [
            person.staff_code, person.title, person.forename, person.preferred_name,
            person.surname, person.job_title, _role_names(person.role_types),
            _uk(person.start_date), overall,
        ]  # fmt: skip
        for column in board.columns:
            found = row.statuses.get(column.code)
            if found is None:
                cells += [STATUS_LABELS[TrainingStatus.NOT_REQUIRED], "", ""]
            else:
                cells += [
                    STATUS_LABELS[found.status],
                    _uk(found.last_completed),
                    _uk(found.due_date),
                ]
        writer.writerow([safe_cell(c) for c in cells])
    return buffer.getvalue().encode("utf-8-sig")


def _audit_export(vault: OpenVault, fmt: str, board: TrainingDashboard) -> None:
    with vault.unit() as s:
        vault.audit(
            s, "training.exported", entity="training",
            details={"format": fmt, "staff": len(board.rows), "as_of": board.as_of.isoformat()},
        )  # fmt: skip


def training_report_csv(
    vault: OpenVault, path: Path | str, *, as_of: dt.date | None = None
) -> TrainingDashboard:
    """Write the training matrix as a CSV file for a spreadsheet."""
    allow(vault, Action.EXPORT_TRAINING)
    check_output_path(path, vault.vault.data_dir)
    board = dashboard(vault, as_of=as_of)
    atomic_write(Path(path), training_csv_bytes(board))
    _audit_export(vault, "csv", board)
    return board


def training_report_pdf(
    vault: OpenVault,
    path: Path | str,
    *,
    as_of: dt.date | None = None,
    produced_at: dt.datetime | None = None,
) -> TrainingDashboard:
    """Write the training matrix as a PDF for an inspector, dated when it was produced."""
    me = allow(vault, Action.EXPORT_TRAINING)
    check_output_path(path, vault.vault.data_dir)
    from dsl_desktop.pdf.training_report import TrainingReportFacts, render_training_report
    from dsl_desktop.services.accounts import school_details

    board = dashboard(vault, as_of=as_of)
    school = school_details(vault)
    facts = TrainingReportFacts(
        school_name=school.name, school_urn=school.urn, produced_at=produced_at or now(),
        produced_by=me.display_name,
    )  # fmt: skip
    data = render_training_report(board, facts)
    atomic_write(Path(path), data)
    _audit_export(vault, "pdf", board)
    return board
