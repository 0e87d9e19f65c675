"""Staff training as plain, frozen data: what the training services return and what the
training report and the screens show. Nothing here reads the store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import NamedTuple

from dsl_desktop.domain import RoleType, TrainingStatus
from dsl_desktop.training import compliance as rules


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
