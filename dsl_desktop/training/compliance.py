"""Training compliance: which courses each member of staff needs, and whether they are in date.

Pure rules over dataclasses. The inputs are a staff member (start date, leaving date, role
types), the school's requirements (role type -> course, refresh interval, how soon after starting
it is due) and the dates each course was completed. Nothing here reads the clock: the caller
passes the "as of" date.

The status of one required course for one person:

* never completed, and the grace period after starting has not ended (or the person has not
  started yet): ``DUE_SOON``, due at the end of the grace period;
* never completed, grace period over (or start date unknown): ``NEVER_DONE``;
* completed, one-off course: ``COMPLIANT`` for good;
* completed, refreshed course: due again ``refresh_months`` after the latest completion.
  ``OVERDUE`` after that date, ``DUE_SOON`` within ``due_soon_days`` of it, ``COMPLIANT`` before.
  If that date falls before the end of a new starter's grace period (old training from a
  previous post), the grace period applies instead, as for a course never done: ``DUE_SOON``
  until it ends, ``OVERDUE`` after.

Leavers (leaving date on or before the as-of date) have no requirements. Completion dates after
the as-of date (a booked course entered early) are ignored.
"""

from __future__ import annotations

import calendar
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from dsl_desktop.domain import RoleType, TrainingStatus
from dsl_desktop.resources import load_json

__all__ = [
    "DEFAULT_DUE_SOON_DAYS",
    "ComplianceTotals",
    "Course",
    "CourseStatus",
    "EffectiveRequirement",
    "Requirement",
    "SchoolCompliance",
    "StaffKey",
    "StaffMember",
    "add_months",
    "assess_course",
    "assess_school",
    "assess_staff",
    "counts_as_map",
    "effective_requirements",
    "is_leaver",
    "load_courses",
    "load_requirements",
]

DEFAULT_DUE_SOON_DAYS = 30
StaffKey = int | str
_OUT_OF_DATE = frozenset({TrainingStatus.OVERDUE, TrainingStatus.NEVER_DONE})


# ---------------------------------------------------------------------------------------------
# Dates


def add_months(start: date, months: int) -> date:
    """The same day ``months`` later, or the last day of that month when it is shorter.

    29 Feb 2024 + 12 months is 28 Feb 2025; 31 Aug + 6 months is 28 or 29 Feb. Past the end of
    the calendar the result is ``date.max``; before its start, ``date.min``.
    """
    index = start.year * 12 + (start.month - 1) + months
    year, month0 = divmod(index, 12)
    if year > date.max.year:
        return date.max
    if year < date.min.year:
        return date.min
    month = month0 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def _add_days(start: date, days: int) -> date:
    try:
        return start + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


# ---------------------------------------------------------------------------------------------
# Inputs


@dataclass(frozen=True)
class Course:
    """A course in the catalogue (resources/training/courses.json)."""

    code: str
    title: str
    provider: str
    delivery: str
    duration_minutes: int | None
    refresh_months: int | None
    notes: str = ""
    counts_as: tuple[str, ...] = ()
    title_cy: str = ""
    """The title in Welsh (shown in the Welsh app while the title is the bundled one)."""


@dataclass(frozen=True)
class Requirement:
    """People with ``role_type`` need ``course_code``: within ``due_within_days`` of starting,
    then again every ``refresh_months`` (None: once only)."""

    role_type: RoleType
    course_code: str
    refresh_months: int | None
    due_within_days: int
    basis: str = ""


@dataclass(frozen=True)
class StaffMember:
    key: StaffKey
    start_date: date | None
    left_date: date | None
    role_types: frozenset[RoleType]


@dataclass(frozen=True)
class EffectiveRequirement:
    """One course one person needs, after combining the requirements of all their role types:
    the shortest refresh interval and the shortest grace period win."""

    course_code: str
    refresh_months: int | None
    due_within_days: int
    role_types: frozenset[RoleType]


# ---------------------------------------------------------------------------------------------
# Outputs


@dataclass(frozen=True)
class CourseStatus:
    """Where one person stands on one required course.

    ``due_date`` is the last day on which completing the course keeps the person in date: the
    end of the grace period for a course never done, the refresh date for one done before, and
    None for a one-off course that is done (or a course never done by someone with no start
    date).
    """

    staff_key: StaffKey
    course_code: str
    status: TrainingStatus
    due_date: date | None
    last_completed: date | None
    refresh_months: int | None
    role_types: frozenset[RoleType]

    @property
    def in_date(self) -> bool:
        return self.status not in _OUT_OF_DATE


@dataclass(frozen=True)
class ComplianceTotals:
    """Counts of (person, course) pairs by status, and of people with nothing out of date."""

    compliant: int = 0
    due_soon: int = 0
    overdue: int = 0
    never_done: int = 0
    people: int = 0
    people_in_date: int = 0

    @property
    def total(self) -> int:
        return self.compliant + self.due_soon + self.overdue + self.never_done

    @property
    def in_date(self) -> int:
        return self.compliant + self.due_soon

    @property
    def out_of_date(self) -> int:
        return self.overdue + self.never_done

    @property
    def percent_in_date(self) -> float | None:
        """Share of required courses in date, 0-100; None when nothing is required."""
        return None if self.total == 0 else 100.0 * self.in_date / self.total

    def count(self, status: TrainingStatus) -> int:
        return {
            TrainingStatus.COMPLIANT: self.compliant,
            TrainingStatus.DUE_SOON: self.due_soon,
            TrainingStatus.OVERDUE: self.overdue,
            TrainingStatus.NEVER_DONE: self.never_done,
        }.get(status, 0)


@dataclass(frozen=True)
class SchoolCompliance:
    as_of: date
    due_soon_days: int
    statuses: tuple[CourseStatus, ...]
    by_role_type: dict[RoleType, ComplianceTotals] = field(default_factory=dict)
    school: ComplianceTotals = field(default_factory=ComplianceTotals)
    leavers: tuple[StaffKey, ...] = ()

    def for_staff(self, key: StaffKey) -> list[CourseStatus]:
        return [s for s in self.statuses if s.staff_key == key]


# ---------------------------------------------------------------------------------------------
# Rules


def is_leaver(staff: StaffMember, as_of: date) -> bool:
    return staff.left_date is not None and staff.left_date <= as_of


def effective_requirements(
    role_types: Collection[RoleType], requirements: Iterable[Requirement]
) -> list[EffectiveRequirement]:
    """The courses needed by someone with these role types, in the order first required.

    When several role types need the same course, the shortest refresh interval wins (a course
    refreshed at all beats a one-off) and so does the shortest grace period after starting.
    """
    wanted = set(role_types)
    merged: dict[str, EffectiveRequirement] = {}
    for req in requirements:
        if req.role_type not in wanted:
            continue
        current = merged.get(req.course_code)
        if current is None:
            merged[req.course_code] = EffectiveRequirement(
                req.course_code,
                req.refresh_months,
                req.due_within_days,
                frozenset({req.role_type}),
            )
            continue
        intervals = [m for m in (current.refresh_months, req.refresh_months) if m is not None]
        merged[req.course_code] = EffectiveRequirement(
            req.course_code,
            min(intervals) if intervals else None,
            min(current.due_within_days, req.due_within_days),
            current.role_types | {req.role_type},
        )
    return list(merged.values())


def _latest(
    course_code: str,
    completions: Mapping[str, Collection[date]],
    as_of: date,
    counts_as: Mapping[str, Collection[str]],
) -> date | None:
    sources = [course_code] + [src for src, targets in counts_as.items() if course_code in targets]
    dates = [d for src in sources for d in completions.get(src, ()) if d <= as_of]
    return max(dates) if dates else None


def assess_course(
    requirement: EffectiveRequirement,
    start_date: date | None,
    last_completed: date | None,
    as_of: date,
    due_soon_days: int = DEFAULT_DUE_SOON_DAYS,
) -> tuple[TrainingStatus, date | None]:
    """Status and due date for one course, given the latest completion on or before as_of."""
    if due_soon_days < 0:
        raise ValueError("due_soon_days cannot be negative")
    grace_end = None if start_date is None else _add_days(start_date, requirement.due_within_days)
    if last_completed is None:
        if grace_end is None or as_of > grace_end:
            return TrainingStatus.NEVER_DONE, grace_end
        return TrainingStatus.DUE_SOON, grace_end
    if requirement.refresh_months is None:
        return TrainingStatus.COMPLIANT, None
    due = add_months(last_completed, requirement.refresh_months)
    in_grace = grace_end is not None and grace_end > due
    if grace_end is not None and in_grace:
        # Earlier training (perhaps from another school) lapses before the new starter's grace
        # period ends: treat it like a course not yet done.
        due = grace_end
    if as_of > due:
        return TrainingStatus.OVERDUE, due
    if in_grace or (due - as_of).days <= due_soon_days:
        return TrainingStatus.DUE_SOON, due
    return TrainingStatus.COMPLIANT, due


def assess_staff(
    staff: StaffMember,
    requirements: Iterable[Requirement],
    completions: Mapping[str, Collection[date]],
    as_of: date,
    due_soon_days: int = DEFAULT_DUE_SOON_DAYS,
    counts_as: Mapping[str, Collection[str]] | None = None,
) -> list[CourseStatus]:
    """One status per course this person needs; empty for a leaver.

    ``completions`` maps course code -> dates completed. ``counts_as`` maps a course code to
    the codes that completing it also satisfies (see :func:`counts_as_map`).
    """
    if is_leaver(staff, as_of):
        return []
    links = counts_as or {}
    result: list[CourseStatus] = []
    for req in effective_requirements(staff.role_types, requirements):
        last = _latest(req.course_code, completions, as_of, links)
        status, due = assess_course(req, staff.start_date, last, as_of, due_soon_days)
        result.append(
            CourseStatus(
                staff_key=staff.key,
                course_code=req.course_code,
                status=status,
                due_date=due,
                last_completed=last,
                refresh_months=req.refresh_months,
                role_types=req.role_types,
            )
        )
    return result


@dataclass
class _Tally:
    counts: dict[TrainingStatus, int] = field(default_factory=dict)
    people: int = 0
    people_in_date: int = 0

    def add(self, status: TrainingStatus) -> None:
        self.counts[status] = self.counts.get(status, 0) + 1

    def freeze(self) -> ComplianceTotals:
        return ComplianceTotals(
            compliant=self.counts.get(TrainingStatus.COMPLIANT, 0),
            due_soon=self.counts.get(TrainingStatus.DUE_SOON, 0),
            overdue=self.counts.get(TrainingStatus.OVERDUE, 0),
            never_done=self.counts.get(TrainingStatus.NEVER_DONE, 0),
            people=self.people,
            people_in_date=self.people_in_date,
        )


def assess_school(
    staff: Iterable[StaffMember],
    requirements: Sequence[Requirement],
    # Keyed by StaffMember.key. Typed Any so that a dict[int, ...] from the database fits
    # (Mapping is invariant in its key type).
    completions: Mapping[Any, Mapping[str, Collection[date]]],
    as_of: date,
    due_soon_days: int = DEFAULT_DUE_SOON_DAYS,
    counts_as: Mapping[str, Collection[str]] | None = None,
) -> SchoolCompliance:
    """Statuses for everyone, with totals per role type and for the whole school.

    A (person, course) pair counts towards every role type that requires the course for that
    person. ``people`` counts current staff with the role type; ``people_in_date`` those of them
    with none of that role type's courses overdue or never done. Leavers are left out and listed.
    """
    school = _Tally()
    by_role = {rt: _Tally() for rt in RoleType}
    statuses: list[CourseStatus] = []
    leavers: list[StaffKey] = []
    for member in staff:
        if is_leaver(member, as_of):
            leavers.append(member.key)
            continue
        items = assess_staff(
            member,
            requirements,
            completions.get(member.key, {}),
            as_of,
            due_soon_days,
            counts_as,
        )
        statuses.extend(items)
        school.people += 1
        if all(item.in_date for item in items):
            school.people_in_date += 1
        for item in items:
            school.add(item.status)
            for rt in item.role_types:
                by_role[rt].add(item.status)
        for rt in member.role_types:
            by_role[rt].people += 1
            if all(item.in_date for item in items if rt in item.role_types):
                by_role[rt].people_in_date += 1
    return SchoolCompliance(
        as_of=as_of,
        due_soon_days=due_soon_days,
        statuses=tuple(statuses),
        by_role_type={rt: tally.freeze() for rt, tally in by_role.items()},
        school=school.freeze(),
        leavers=tuple(leavers),
    )


# ---------------------------------------------------------------------------------------------
# Bundled data


def _opt_int(value: Any, what: str, minimum: int) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise ValueError(f"{what} must be a whole number of at least {minimum}, or null")
    return value


def _text(entry: Mapping[str, Any], key: str, where: str, required: bool = True) -> str:
    value = entry.get(key, "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise ValueError(f"{where}: {key!r} must be {'non-empty ' if required else ''}text")
    return value


def _entries(data: Any, key: str, where: str) -> list[Mapping[str, Any]]:
    if not isinstance(data, Mapping) or not isinstance(data.get(key), list):
        raise ValueError(f"{where}: expected an object with a list called {key!r}")
    items = data[key]
    for item in items:
        if not isinstance(item, Mapping):
            raise ValueError(f"{where}: every entry in {key!r} must be an object")
    return list(items)


def load_courses(data: Any = None) -> list[Course]:
    """Reads the course catalogue (by default resources/training/courses.json).

    Raises ValueError with a readable message when the data is malformed.
    """
    if data is None:
        data = load_json("training", "courses.json")
    courses: list[Course] = []
    seen: set[str] = set()
    for n, entry in enumerate(_entries(data, "courses", "courses.json"), start=1):
        where = f"courses.json, course {n}"
        code = _text(entry, "code", where)
        if code in seen:
            raise ValueError(f"{where}: the code {code!r} is used twice")
        seen.add(code)
        counts_as = entry.get("counts_as", [])
        if not isinstance(counts_as, list) or not all(isinstance(c, str) for c in counts_as):
            raise ValueError(f"{where}: 'counts_as' must be a list of course codes")
        courses.append(
            Course(
                code=code,
                title=_text(entry, "title", where),
                provider=_text(entry, "provider", where),
                delivery=_text(entry, "delivery", where),
                duration_minutes=_opt_int(
                    entry.get("duration_minutes"), f"{where}: duration_minutes", 1
                ),
                refresh_months=_opt_int(entry.get("refresh_months"), f"{where}: refresh_months", 1),
                notes=_text(entry, "notes", where, required=False),
                counts_as=tuple(counts_as),
                title_cy=_text(entry, "title_cy", where, required=False),
            )
        )
    for course in courses:
        for target in course.counts_as:
            if target not in seen:
                raise ValueError(
                    f"courses.json: {course.code!r} counts as unknown course {target!r}"
                )
    return courses


def counts_as_map(courses: Iterable[Course]) -> dict[str, frozenset[str]]:
    """Course code -> codes that completing it also satisfies (e.g. DSL training -> update)."""
    return {c.code: frozenset(c.counts_as) for c in courses if c.counts_as}


def load_requirements(courses: Sequence[Course], data: Any = None) -> list[Requirement]:
    """Reads requirements (by default resources/training/requirements.json).

    A requirement without ``refresh_months`` takes the course's own interval; an explicit null
    means once only. Raises ValueError on unknown role types or courses.
    """
    if data is None:
        data = load_json("training", "requirements.json")
    by_code = {c.code: c for c in courses}
    result: list[Requirement] = []
    seen: set[tuple[RoleType, str]] = set()
    for n, entry in enumerate(_entries(data, "requirements", "requirements.json"), start=1):
        where = f"requirements.json, requirement {n}"
        try:
            role_type = RoleType(_text(entry, "role_type", where))
        except ValueError as exc:
            raise ValueError(f"{where}: unknown role type {entry.get('role_type')!r}") from exc
        code = _text(entry, "course", where)
        course = by_code.get(code)
        if course is None:
            raise ValueError(f"{where}: unknown course {code!r}")
        if (role_type, code) in seen:
            raise ValueError(f"{where}: {role_type.value} already requires {code!r}")
        seen.add((role_type, code))
        refresh = (
            _opt_int(entry["refresh_months"], f"{where}: refresh_months", 1)
            if "refresh_months" in entry
            else course.refresh_months
        )
        due_within = _opt_int(entry.get("due_within_days"), f"{where}: due_within_days", 0)
        if due_within is None:
            raise ValueError(f"{where}: 'due_within_days' is required")
        result.append(
            Requirement(
                role_type=role_type,
                course_code=code,
                refresh_months=refresh,
                due_within_days=due_within,
                basis=_text(entry, "basis", where, required=False),
            )
        )
    return result
