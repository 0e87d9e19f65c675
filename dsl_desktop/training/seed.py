"""Copies the default course catalogue, requirements and role rules into a new vault."""

from __future__ import annotations

import copy
import functools
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Course, Requirement, School, Setting
from dsl_desktop.domain import Nation
from dsl_desktop.nation import parse_nation
from dsl_desktop.resources import load_json
from dsl_desktop.training import compliance
from dsl_desktop.training.compliance import load_courses, load_requirements

ROLE_RULES_SETTING = "training.role_rules"
WALES_DEFAULTS = "wales.json"
"""Laid over the bundled courses and requirements for a school in Wales."""


@functools.cache
def default_catalogue(
    nation: Nation | str = Nation.ENGLAND,
) -> tuple[list[compliance.Course], list[compliance.Requirement]]:
    """The bundled courses and requirements for a school in ``nation``."""
    courses = load_courses()
    requirements = load_requirements(courses)
    if parse_nation(nation) is not Nation.WALES:
        return courses, requirements
    overlay: Any = load_json("training", WALES_DEFAULTS)
    changes = overlay.get("courses", {})
    courses = [replace(c, **changes.get(c.code, {})) for c in courses]
    by_key = {(r["role_type"], r["course"]): r for r in overlay.get("requirements", [])}
    result: list[compliance.Requirement] = []
    for r in requirements:
        change = by_key.get((r.role_type.value, r.course_code), {})
        result.append(
            replace(r, **{k: v for k, v in change.items() if k not in ("role_type", "course")})
        )
    return courses, result


def default_role_rules(nation: Nation | str = Nation.ENGLAND) -> dict[str, Any]:
    """The bundled job-title rules for a school in ``nation`` (a fresh copy to store)."""
    rules: dict[str, Any] = copy.deepcopy(load_json("training", "role_rules.json"))
    if parse_nation(nation) is Nation.WALES:
        notes = load_json("training", WALES_DEFAULTS).get("role_rule_notes", {})
        for rule in rules.get("rules", []):
            rule["note"] = notes.get(rule.get("note", ""), rule.get("note", ""))
    return rules


def seed_training(session: Session) -> None:
    nation = parse_nation(session.scalars(select(School.nation)).first())
    courses, requirements = default_catalogue(nation)
    ids: dict[str, int] = {}
    for c in courses:
        row = Course(
            code=c.code, title=c.title, provider=c.provider, delivery=c.delivery,
            duration_minutes=c.duration_minutes, refresh_months=c.refresh_months,
            notes=c.notes, counts_as=list(c.counts_as),
        )  # fmt: skip
        session.add(row)
        session.flush()
        ids[c.code] = row.id
    for r in requirements:
        session.add(
            Requirement(
                role_type=r.role_type.value, course_id=ids[r.course_code],
                refresh_months=r.refresh_months, due_within_days=r.due_within_days,
                basis=r.basis,
            )
        )  # fmt: skip
    session.add(Setting(key=ROLE_RULES_SETTING, value=default_role_rules(nation)))


def course_title_in(language: str, code: str, title: str) -> str:
    """``title`` in ``language``: the bundled Welsh title while the school has kept the bundled
    English one (a title the school wrote itself stays as written)."""
    if language != "cy":
        return title
    for nation in Nation:
        for course in default_catalogue(nation)[0]:
            if course.code == code and course.title == title and course.title_cy:
                return course.title_cy
    return title
