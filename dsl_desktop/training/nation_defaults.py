"""Moving a school's training catalogue to another nation's defaults (England <-> Wales).

When the school's nation changes, the courses, requirements and job-title rules that still hold
the old nation's bundled values take the new nation's; a row the school has changed (any of its
fields differs from the old nation's default) is kept exactly as the school left it, and named,
so nothing typed is lost. Switching back applies the old defaults again the same way, so a
change made by mistake is undone by choosing the first nation again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Course, Requirement, Setting
from dsl_desktop.domain import Nation, RoleType
from dsl_desktop.training import compliance
from dsl_desktop.training.seed import ROLE_RULES_SETTING, default_catalogue, default_role_rules

__all__ = ["COURSE_FIELDS", "REQUIREMENT_FIELDS", "DefaultsChange", "apply", "plan"]

COURSE_FIELDS = ("title", "provider", "delivery", "duration_minutes", "refresh_months", "notes")
REQUIREMENT_FIELDS = ("refresh_months", "due_within_days", "basis")


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: Any
    after: Any


@dataclass(frozen=True)
class RowChange:
    """One catalogue row: a course (``course_code``) or a requirement (``role_type`` too)."""

    course_code: str
    course_title: str
    role_type: RoleType | None
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True)
class DefaultsChange:
    """What moving from ``old`` to ``new`` does to the catalogue (or did, once applied)."""

    old: Nation
    new: Nation
    courses: tuple[RowChange, ...] = ()
    requirements: tuple[RowChange, ...] = ()
    kept_courses: tuple[RowChange, ...] = ()
    """Courses the school changed: left as they are (``changes`` says what the default is)."""
    kept_requirements: tuple[RowChange, ...] = ()
    role_rules: bool = False
    """The job-title rules take the new defaults."""
    kept_role_rules: bool = False
    """The school changed its job-title rules: they are left as they are."""

    @property
    def empty(self) -> bool:
        return not (self.courses or self.requirements or self.role_rules)

    def audit_details(self) -> dict[str, Any]:
        return {
            "from": self.old.value,
            "to": self.new.value,
            "courses": [c.course_code for c in self.courses],
            "requirements": [
                f"{r.role_type.value}/{r.course_code}"
                for r in self.requirements
                if r.role_type is not None
            ],  # fmt: skip
            "kept_courses": [c.course_code for c in self.kept_courses],
            "kept_requirements": [
                f"{r.role_type.value}/{r.course_code}"
                for r in self.kept_requirements
                if r.role_type is not None
            ],
            "role_rules": self.role_rules,
            "kept_role_rules": self.kept_role_rules,
        }


def _differences(row: Any, before: Any, after: Any, fields: tuple[str, ...]) -> tuple[
    bool, tuple[FieldChange, ...]
]:  # fmt: skip
    """(whether ``row`` still holds ``before``'s values, the fields ``after`` changes)."""
    untouched = all(getattr(row, f) == getattr(before, f) for f in fields)
    changes = tuple(
        FieldChange(f, getattr(row, f), getattr(after, f))
        for f in fields
        if getattr(row, f) != getattr(after, f)
    )
    return untouched, changes


def plan(session: Session, old: Nation, new: Nation) -> DefaultsChange:
    """What :func:`apply` would change, without changing anything."""
    if old is new:
        return DefaultsChange(old, new)
    old_courses, old_reqs = default_catalogue(old)
    new_courses, new_reqs = default_catalogue(new)
    before_course = {c.code: c for c in old_courses}
    after_course = {c.code: c for c in new_courses}
    courses: list[RowChange] = []
    kept_courses: list[RowChange] = []
    titles: dict[int, tuple[str, str]] = {}
    for row in session.scalars(select(Course).order_by(Course.id)):
        titles[row.id] = (row.code, row.title)
        if row.code not in before_course or row.code not in after_course:
            continue  # a course the school added itself
        untouched, changes = _differences(
            row, before_course[row.code], after_course[row.code], COURSE_FIELDS
        )
        if not changes:
            continue
        (courses if untouched else kept_courses).append(
            RowChange(row.code, row.title, None, changes)
        )
    before_req: dict[tuple[str, str], compliance.Requirement] = {
        (r.role_type.value, r.course_code): r for r in old_reqs
    }
    after_req: dict[tuple[str, str], compliance.Requirement] = {
        (r.role_type.value, r.course_code): r for r in new_reqs
    }
    reqs: list[RowChange] = []
    kept_reqs: list[RowChange] = []
    for req in session.scalars(select(Requirement).order_by(Requirement.id)):
        code, title = titles.get(req.course_id, ("", ""))
        k = (req.role_type, code)
        if k not in before_req or k not in after_req:
            continue
        untouched, changes = _differences(req, before_req[k], after_req[k], REQUIREMENT_FIELDS)
        if not changes:
            continue
        (reqs if untouched else kept_reqs).append(
            RowChange(code, title, RoleType(req.role_type), changes)
        )
    stored = session.get(Setting, ROLE_RULES_SETTING)
    rules_now = stored.value if stored is not None else None
    old_rules, new_rules = default_role_rules(old), default_role_rules(new)
    differ = rules_now != new_rules
    return DefaultsChange(
        old, new, tuple(courses), tuple(reqs), tuple(kept_courses), tuple(kept_reqs),
        role_rules=differ and rules_now == old_rules,
        kept_role_rules=differ and rules_now is not None and rules_now != old_rules,
    )  # fmt: skip


def apply(session: Session, old: Nation, new: Nation) -> DefaultsChange:
    """Give every catalogue row that still holds ``old``'s defaults ``new``'s. What changed."""
    change = plan(session, old, new)
    by_code = {c.code: c for c in session.scalars(select(Course))}
    for row_change in change.courses:
        row = by_code[row_change.course_code]
        for fc in row_change.changes:
            setattr(row, fc.field, fc.after)
    for row_change in change.requirements:
        assert row_change.role_type is not None
        req = session.scalars(
            select(Requirement).where(
                Requirement.role_type == row_change.role_type.value,
                Requirement.course_id == by_code[row_change.course_code].id,
            )
        ).one()
        for fc in row_change.changes:
            setattr(req, fc.field, fc.after)
    if change.role_rules:
        stored = session.get(Setting, ROLE_RULES_SETTING)
        assert stored is not None
        stored.value = default_role_rules(new)
    session.flush()
    return change
