"""Who is in date, due soon or overdue: the dashboard and the sign-in summary."""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import gc
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Course, Requirement, TrainingRecord
from db.vault import OpenVault
from dsl_desktop.collation import name_key
from dsl_desktop.domain import RoleType
from dsl_desktop.services.people import allow
from dsl_desktop.services.training.base import (
    _STAFF_COLUMNS,
    DUE_SOON_SETTING,
    _entry,
    _get_setting,
    _problem,
    _put_setting,
    _today,
)
from dsl_desktop.training import compliance as rules
from dsl_desktop.views.training import (
    CourseColumn,
    MatrixRow,
    SignInSummary,
    StaffEntry,
    TrainingDashboard,
)
from dsl_desktop.workflow import Action


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
