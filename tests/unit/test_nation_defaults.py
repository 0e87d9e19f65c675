"""Changing the school's nation moves the training catalogue to that nation's defaults: rows the
school left alone follow, rows it changed are kept and named, the change is audited, and
switching back undoes it."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from db.models import AuditEvent, Course, Requirement, Setting
from db.vault import OpenVault, Vault
from dsl_desktop.domain import Nation, RoleType
from dsl_desktop.services import accounts, training
from dsl_desktop.services.setup import seed_catalogues
from dsl_desktop.training.nation_defaults import COURSE_FIELDS, REQUIREMENT_FIELDS
from dsl_desktop.training.seed import ROLE_RULES_SETTING, default_catalogue, default_role_rules
from dsl_desktop.views.training import CourseInput, RequirementInput

NewVault = Callable[..., tuple[Vault, OpenVault, str]]


def catalogue(ov: OpenVault) -> dict[str, Any]:
    """Every course and requirement field, and the job-title rules, as stored."""
    with ov.reading() as s:
        courses = {c.code: tuple(getattr(c, f) for f in COURSE_FIELDS) for c in s.scalars(
            select(Course))}  # fmt: skip
        codes = {c.id: c.code for c in s.scalars(select(Course))}
        reqs = {
            (r.role_type, codes[r.course_id]): tuple(getattr(r, f) for f in REQUIREMENT_FIELDS)
            for r in s.scalars(select(Requirement))
        }
        rules = s.get(Setting, ROLE_RULES_SETTING)
        return {"courses": courses, "requirements": reqs, "rules": rules.value if rules else None}


def defaults(nation: Nation) -> dict[str, Any]:
    courses, reqs = default_catalogue(nation)
    return {
        "courses": {c.code: tuple(getattr(c, f) for f in COURSE_FIELDS) for c in courses},
        "requirements": {
            (r.role_type.value, r.course_code): tuple(getattr(r, f) for f in REQUIREMENT_FIELDS)
            for r in reqs
        },
        "rules": default_role_rules(nation),
    }


def to(ov: OpenVault, nation: Nation, *, training_defaults: bool = True) -> Any:
    details = accounts.school_details(ov)
    return accounts.update_school(
        ov, dataclasses.replace(details, nation=nation), training_defaults=training_defaults
    )


def test_england_and_wales_defaults_differ_and_a_new_vault_holds_its_own(
    new_vault: NewVault,
) -> None:
    assert defaults(Nation.ENGLAND) != defaults(Nation.WALES)
    _, ov, _ = new_vault(seed=seed_catalogues)
    assert catalogue(ov) == defaults(Nation.ENGLAND)
    _, wales, _ = new_vault(school={"nation": "wales"}, seed=seed_catalogues)
    assert catalogue(wales) == defaults(Nation.WALES)
    rules = catalogue(wales)["rules"]["rules"]
    assert rules[0]["note"] == "The designated safeguarding person."


def test_switching_to_wales_and_back_moves_the_defaults_and_undoes_it(
    new_vault: NewVault,
) -> None:
    _, ov, _ = new_vault(seed=seed_catalogues)
    plan = accounts.nation_defaults_plan(ov, Nation.WALES)
    assert catalogue(ov) == defaults(Nation.ENGLAND)  # planning changes nothing
    assert {c.course_code for c in plan.courses} >= {"dsl_training", "safeguarding_update"}
    assert plan.role_rules and not plan.kept_courses and not plan.kept_requirements
    alerter = next(
        r for r in plan.requirements
        if r.role_type is RoleType.ALERTER and r.course_code == "safeguarding_update"
    )  # fmt: skip
    months = next(c for c in alerter.changes if c.field == "refresh_months")
    assert (months.before, months.after) == (12, 36)

    change = to(ov, Nation.WALES)
    assert change is not None and change.courses == plan.courses
    assert catalogue(ov) == defaults(Nation.WALES)
    board = training.dashboard(ov)
    assert "person" in {c.code: c.title for c in board.columns}.get("dsl_training", "person")

    back = to(ov, Nation.ENGLAND)
    assert back is not None and not back.empty
    assert catalogue(ov) == defaults(Nation.ENGLAND)  # switching back undoes it
    with ov.reading() as s:
        events = [
            e.details
            for e in s.scalars(
                select(AuditEvent).where(AuditEvent.action == "training.nation_defaults")
            )
        ]
    assert [(e["from"], e["to"]) for e in events] == [
        ("england", "wales"),
        ("wales", "england"),
    ]
    assert "dsl_training" in events[0]["courses"]


def test_rows_the_school_changed_are_kept_and_named(new_vault: NewVault) -> None:
    _, ov, _ = new_vault(seed=seed_catalogues)
    entry = next(c for c in training.list_courses(ov) if c.code == "safeguarding_update")
    fields = {f.name: getattr(entry, f.name) for f in dataclasses.fields(CourseInput)}
    training.save_course(ov, CourseInput(**{**fields, "notes": "Our own INSET, each September."}),
                         entry.id)  # fmt: skip
    req = next(
        r for r in training.list_requirements(ov)
        if r.role_type is RoleType.GOVERNANCE and r.course_code == "governor_safeguarding"
    )  # fmt: skip
    training.save_requirement(
        ov,
        RequirementInput(RoleType.GOVERNANCE, req.course_id, req.due_within_days, 24, "Ours"),
        req.id,
    )
    edited = catalogue(ov)

    plan = accounts.nation_defaults_plan(ov, Nation.WALES)
    assert [c.course_code for c in plan.kept_courses] == ["safeguarding_update"]
    assert [(r.role_type, r.course_code) for r in plan.kept_requirements] == [
        (RoleType.GOVERNANCE, "governor_safeguarding")
    ]
    to(ov, Nation.WALES)
    now = catalogue(ov)
    assert now["courses"]["safeguarding_update"] == edited["courses"]["safeguarding_update"]
    key = ("governance", "governor_safeguarding")
    assert now["requirements"][key] == edited["requirements"][key]
    wales = defaults(Nation.WALES)
    assert now["courses"]["dsl_training"] == wales["courses"]["dsl_training"]
    alerter = ("alerter", "safeguarding_update")
    assert now["requirements"][alerter] == wales["requirements"][alerter]

    to(ov, Nation.ENGLAND)
    assert catalogue(ov) == edited  # back where the school was, its own changes included


def test_the_nation_alone_can_change_and_other_details_do_nothing(new_vault: NewVault) -> None:
    _, ov, _ = new_vault(seed=seed_catalogues)
    assert to(ov, Nation.WALES, training_defaults=False) is None
    assert accounts.school_nation(ov) is Nation.WALES
    assert catalogue(ov) == defaults(Nation.ENGLAND)
    assert accounts.nation_defaults_plan(ov, Nation.WALES).empty  # already Wales
    assert to(ov, Nation.WALES) is None  # the nation did not change: nothing to apply
    # Back to England: the rows already hold England's values, so nothing is named as kept.
    plan = accounts.nation_defaults_plan(ov, Nation.ENGLAND)
    assert plan.empty and not plan.kept_courses and not plan.kept_requirements
