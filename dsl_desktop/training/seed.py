"""Copies the default course catalogue, requirements and role rules into a new vault."""

from __future__ import annotations

from sqlalchemy.orm import Session

from db.models import Course, Requirement, Setting
from dsl_desktop.resources import load_json
from dsl_desktop.training.compliance import load_courses, load_requirements

ROLE_RULES_SETTING = "training.role_rules"


def seed_training(session: Session) -> None:
    courses = load_courses()
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
    for r in load_requirements(courses):
        session.add(
            Requirement(
                role_type=r.role_type.value, course_id=ids[r.course_code],
                refresh_months=r.refresh_months, due_within_days=r.due_within_days,
                basis=r.basis,
            )
        )  # fmt: skip
    session.add(Setting(key=ROLE_RULES_SETTING, value=load_json("training", "role_rules.json")))
