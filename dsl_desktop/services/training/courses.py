"""Courses, and which role types need which course how often."""

from __future__ import annotations

from sqlalchemy import select

from db.models import Course, Requirement
from db.vault import OpenVault
from dsl_desktop.domain import RoleType
from dsl_desktop.services.people import InvalidInput, allow, clean_name, clean_text
from dsl_desktop.services.rows import fetch
from dsl_desktop.services.training.base import _COURSE_CODE, ROLE_TYPE_LABELS, _course_row, _problem
from dsl_desktop.views.training import CourseEntry, CourseInput, RequirementEntry, RequirementInput
from dsl_desktop.workflow import Action
from dsl_desktop.workflow import Requirement as Problem

_REQUIREMENT_GONE = "That requirement is no longer there."


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
            row = fetch(s, Requirement, requirement_id, _REQUIREMENT_GONE)
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
        row = fetch(s, Requirement, requirement_id, _REQUIREMENT_GONE)
        details = {"role_type": row.role_type, "course_id": row.course_id}
        s.delete(row)
        vault.audit(
            s, "requirement.removed", entity="requirement", entity_id=requirement_id,
            details=details,
        )  # fmt: skip
