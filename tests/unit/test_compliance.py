"""Training compliance rules: month arithmetic, statuses, totals and the bundled course data."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dsl_desktop.domain import RoleType, TrainingStatus
from dsl_desktop.training.compliance import (
    Course,
    EffectiveRequirement,
    Requirement,
    StaffMember,
    add_months,
    assess_course,
    assess_school,
    assess_staff,
    counts_as_map,
    effective_requirements,
    load_courses,
    load_requirements,
)

AS_OF = date(2025, 3, 1)


def req(role: RoleType, code: str, months: int | None, within: int = 30) -> Requirement:
    return Requirement(role, code, months, within)


def member(
    roles: set[RoleType],
    start: date | None = date(2015, 9, 1),
    left: date | None = None,
    key: int = 1,
) -> StaffMember:
    return StaffMember(key=key, start_date=start, left_date=left, role_types=frozenset(roles))


def one(
    months: int | None,
    completed: list[date],
    as_of: date,
    start: date | None = date(2015, 9, 1),
    within: int = 30,
    window: int = 30,
) -> tuple[TrainingStatus, date | None]:
    statuses = assess_staff(
        member({RoleType.ALERTER}, start),
        [req(RoleType.ALERTER, "course", months, within)],
        {"course": completed},
        as_of,
        window,
    )
    assert len(statuses) == 1
    return statuses[0].status, statuses[0].due_date


# ---------------------------------------------------------------------------------------------
# Month arithmetic


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2024, 2, 29), 48, date(2028, 2, 29)),
        (date(2023, 8, 31), 6, date(2024, 2, 29)),
        (date(2024, 8, 31), 6, date(2025, 2, 28)),
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2024, 3, 31), 1, date(2024, 4, 30)),
        (date(2024, 11, 30), 3, date(2025, 2, 28)),
        (date(2024, 12, 15), 1, date(2025, 1, 15)),
        (date(2025, 3, 31), -1, date(2025, 2, 28)),
        (date(2025, 1, 15), -13, date(2023, 12, 15)),
        (date(2025, 5, 20), 0, date(2025, 5, 20)),
        (date(9999, 6, 1), 12, date.max),
        (date(1, 3, 1), -3, date.min),
    ],
)
def test_add_months(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


def reference_add_months(start: date, months: int) -> date:
    """Steps one month at a time, then backs off the day until the date exists."""
    year, month = start.year, start.month
    step = 1 if months >= 0 else -1
    for _ in range(abs(months)):
        month += step
        if month == 13:
            year, month = year + 1, 1
        elif month == 0:
            year, month = year - 1, 12
    day = start.day
    while True:
        try:
            return date(year, month, day)
        except ValueError:
            day -= 1


_DATES = st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31))


@settings(deadline=None, max_examples=500)
@given(_DATES, st.integers(min_value=-240, max_value=240))
def test_add_months_matches_stepping_a_month_at_a_time(start: date, months: int) -> None:
    result = add_months(start, months)
    assert result == reference_add_months(start, months)
    assert (result.year * 12 + result.month) - (start.year * 12 + start.month) == months
    if start.day <= 28:
        assert result.day == start.day
    else:
        last = calendar.monthrange(result.year, result.month)[1]
        assert result.day == min(start.day, last)


@settings(deadline=None, max_examples=300)
@given(
    st.integers(min_value=1990, max_value=2060),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=60),
)
def test_month_end_completion_stays_at_month_end_or_same_day(
    year: int, month: int, months: int
) -> None:
    last_day = date(year, month, calendar.monthrange(year, month)[1])
    due = add_months(last_day, months)
    target_last = calendar.monthrange(due.year, due.month)[1]
    assert due.day == min(last_day.day, target_last)
    assert due > last_day


@settings(deadline=None, max_examples=300)
@given(_DATES, st.integers(min_value=0, max_value=120), st.integers(min_value=0, max_value=120))
def test_add_months_is_monotonic(start: date, a: int, b: int) -> None:
    low, high = sorted((a, b))
    assert add_months(start, low) <= add_months(start, high)


# ---------------------------------------------------------------------------------------------
# Statuses


def test_leap_day_completion_is_due_on_28_february_next_year() -> None:
    done = [date(2024, 2, 29)]
    assert one(12, done, date(2025, 1, 28)) == (TrainingStatus.COMPLIANT, date(2025, 2, 28))
    assert one(12, done, date(2025, 1, 29)) == (TrainingStatus.DUE_SOON, date(2025, 2, 28))
    assert one(12, done, date(2025, 2, 28)) == (TrainingStatus.DUE_SOON, date(2025, 2, 28))
    assert one(12, done, date(2025, 3, 1)) == (TrainingStatus.OVERDUE, date(2025, 2, 28))


def test_31_august_plus_six_months_is_end_of_february() -> None:
    assert one(6, [date(2023, 8, 31)], date(2024, 3, 1))[1] == date(2024, 2, 29)
    assert one(6, [date(2024, 8, 31)], date(2025, 3, 1)) == (
        TrainingStatus.OVERDUE,
        date(2025, 2, 28),
    )


def test_due_soon_window_is_the_callers_choice() -> None:
    done = [date(2024, 6, 1)]
    as_of = date(2025, 5, 1)  # due 1 June 2025: 31 days away
    assert one(12, done, as_of, window=30)[0] is TrainingStatus.COMPLIANT
    assert one(12, done, as_of, window=31)[0] is TrainingStatus.DUE_SOON
    assert one(12, done, date(2025, 6, 1), window=0)[0] is TrainingStatus.DUE_SOON
    assert one(12, done, date(2025, 5, 31), window=0)[0] is TrainingStatus.COMPLIANT
    with pytest.raises(ValueError):
        one(12, done, as_of, window=-1)


def test_the_latest_completion_counts() -> None:
    done = [date(2021, 1, 10), date(2024, 1, 10), date(2022, 1, 10)]
    assert one(12, done, date(2024, 6, 1)) == (TrainingStatus.COMPLIANT, date(2025, 1, 10))


def test_completions_after_the_as_of_date_are_ignored() -> None:
    status, due = one(12, [date(2022, 1, 10), date(2025, 6, 1)], date(2025, 3, 1))
    assert (status, due) == (TrainingStatus.OVERDUE, date(2023, 1, 10))
    statuses = assess_staff(
        member({RoleType.ALERTER}),
        [req(RoleType.ALERTER, "course", 12)],
        {"course": [date(2025, 6, 1)]},
        date(2025, 3, 1),
    )
    assert statuses[0].last_completed is None
    assert statuses[0].status is TrainingStatus.NEVER_DONE


def test_one_off_course_done_is_compliant_for_good() -> None:
    assert one(None, [date(2001, 1, 1)], date(2050, 1, 1)) == (TrainingStatus.COMPLIANT, None)


def test_never_done_after_the_grace_period_and_with_no_start_date() -> None:
    assert one(12, [], AS_OF) == (TrainingStatus.NEVER_DONE, date(2015, 10, 1))
    assert one(None, [], AS_OF, start=None) == (TrainingStatus.NEVER_DONE, None)


def test_new_starter_inside_the_grace_period_is_due_soon_not_overdue() -> None:
    start = date(2025, 2, 20)
    assert one(36, [], AS_OF, start=start, within=30, window=0) == (
        TrainingStatus.DUE_SOON,
        date(2025, 3, 22),
    )
    assert one(36, [], date(2025, 3, 22), start=start, within=30)[0] is TrainingStatus.DUE_SOON
    assert one(36, [], date(2025, 3, 23), start=start, within=30)[0] is (TrainingStatus.NEVER_DONE)


def test_new_starter_with_lapsed_training_from_a_previous_school_has_the_grace_period() -> None:
    start = date(2025, 2, 20)
    status, due = one(12, [date(2020, 5, 5)], AS_OF, start=start, within=30)
    assert (status, due) == (TrainingStatus.DUE_SOON, date(2025, 3, 22))


def test_future_starter_has_nothing_overdue() -> None:
    start = date(2025, 9, 1)
    assert one(12, [], AS_OF, start=start, within=0)[0] is TrainingStatus.DUE_SOON
    assert one(12, [date(2010, 1, 1)], AS_OF, start=start, within=0)[0] is (TrainingStatus.DUE_SOON)


def test_leavers_are_excluded_on_and_after_their_leaving_date() -> None:
    reqs = [req(RoleType.ALERTER, "course", 12)]
    leaving_today = member({RoleType.ALERTER}, left=AS_OF)
    assert assess_staff(leaving_today, reqs, {}, AS_OF) == []
    leaving_tomorrow = member({RoleType.ALERTER}, left=AS_OF + timedelta(days=1))
    assert [s.status for s in assess_staff(leaving_tomorrow, reqs, {}, AS_OF)] == [
        TrainingStatus.NEVER_DONE
    ]


def test_shortest_refresh_interval_and_grace_period_win() -> None:
    reqs = [
        req(RoleType.ALERTER, "prevent", 36, 30),
        req(RoleType.DSL, "prevent", 24, 90),
        req(RoleType.GOVERNANCE, "prevent", None, 10),
        req(RoleType.GOVERNANCE, "induction", None, 7),
        req(RoleType.ALERTER, "update", None, 7),
        req(RoleType.DSL, "update", 12, 7),
    ]
    merged = {
        e.course_code: e
        for e in effective_requirements({RoleType.ALERTER, RoleType.DSL, RoleType.GOVERNANCE}, reqs)
    }
    assert merged["prevent"] == EffectiveRequirement(
        "prevent", 24, 10, frozenset({RoleType.ALERTER, RoleType.DSL, RoleType.GOVERNANCE})
    )
    assert merged["induction"].refresh_months is None
    assert merged["update"].refresh_months == 12  # a refresh beats a one-off
    only_alerter = effective_requirements({RoleType.ALERTER}, reqs)
    assert [(e.course_code, e.refresh_months) for e in only_alerter] == [
        ("prevent", 36),
        ("update", None),
    ]


def test_a_course_can_count_as_another() -> None:
    reqs = [req(RoleType.DSL, "dsl_training", 24), req(RoleType.DSL, "dsl_update", 12)]
    statuses = assess_staff(
        member({RoleType.DSL}),
        reqs,
        {"dsl_training": [date(2024, 11, 1)]},
        AS_OF,
        counts_as={"dsl_training": {"dsl_update"}},
    )
    assert [(s.course_code, s.status, s.due_date) for s in statuses] == [
        ("dsl_training", TrainingStatus.COMPLIANT, date(2026, 11, 1)),
        ("dsl_update", TrainingStatus.COMPLIANT, date(2025, 11, 1)),
    ]
    without = assess_staff(
        member({RoleType.DSL}), reqs, {"dsl_training": [date(2024, 11, 1)]}, AS_OF
    )
    assert without[1].status is TrainingStatus.NEVER_DONE


def test_school_totals_by_role_type() -> None:
    reqs = [
        req(RoleType.ALERTER, "induction", None, 7),
        req(RoleType.ALERTER, "prevent", 36, 30),
        req(RoleType.DSL, "prevent", 24, 30),
        req(RoleType.DSL, "dsl_training", 24, 90),
        req(RoleType.GOVERNANCE, "briefing", 36, 180),
    ]
    staff = [
        member({RoleType.DSL, RoleType.ALERTER}, key=1),
        member({RoleType.ALERTER}, key=2),
        member({RoleType.ALERTER}, start=date(2025, 2, 25), key=3),
        member({RoleType.ALERTER}, left=date(2025, 2, 1), key=4),
        member({RoleType.GOVERNANCE}, key=5),
    ]
    completions = {
        1: {
            "induction": [date(2015, 9, 1)],
            "prevent": [date(2023, 1, 1)],
            "dsl_training": [date(2024, 9, 1)],
        },
        2: {"induction": [date(2015, 9, 1)], "prevent": [date(2023, 1, 1)]},
        5: {"briefing": [date(2022, 3, 20)]},
    }
    report = assess_school(staff, reqs, completions, AS_OF, due_soon_days=30)
    assert report.leavers == (4,)
    assert {s.staff_key for s in report.statuses} == {1, 2, 3, 5}
    by_key = {(s.staff_key, s.course_code): s.status for s in report.statuses}
    assert by_key == {
        (1, "induction"): TrainingStatus.COMPLIANT,
        (1, "prevent"): TrainingStatus.OVERDUE,  # the DSL's 24 months beats 36
        (1, "dsl_training"): TrainingStatus.COMPLIANT,
        (2, "induction"): TrainingStatus.COMPLIANT,
        (2, "prevent"): TrainingStatus.COMPLIANT,
        (3, "induction"): TrainingStatus.DUE_SOON,
        (3, "prevent"): TrainingStatus.DUE_SOON,
        (5, "briefing"): TrainingStatus.DUE_SOON,  # due 20 March 2025
    }
    school = report.school
    assert (school.compliant, school.due_soon, school.overdue, school.never_done) == (4, 3, 1, 0)
    assert (school.people, school.people_in_date) == (4, 3)
    assert school.total == 8 and school.percent_in_date == pytest.approx(87.5)
    alerter = report.by_role_type[RoleType.ALERTER]
    assert (alerter.compliant, alerter.due_soon, alerter.overdue) == (3, 2, 1)
    assert (alerter.people, alerter.people_in_date) == (3, 2)
    dsl = report.by_role_type[RoleType.DSL]
    assert (dsl.compliant, dsl.overdue, dsl.people, dsl.people_in_date) == (1, 1, 1, 0)
    responder = report.by_role_type[RoleType.RESPONDER]
    assert responder.total == 0 and responder.percent_in_date is None
    assert [s.course_code for s in report.for_staff(3)] == ["induction", "prevent"]


# ---------------------------------------------------------------------------------------------
# Properties over dates


_REFRESH = st.one_of(st.none(), st.integers(min_value=1, max_value=60))


@settings(deadline=None, max_examples=600)
@given(
    start=st.one_of(st.none(), _DATES),
    as_of=_DATES,
    completed=st.lists(_DATES, max_size=4),
    refresh=_REFRESH,
    within=st.integers(min_value=0, max_value=400),
    window=st.integers(min_value=0, max_value=120),
)
def test_status_agrees_with_due_date(
    start: date | None,
    as_of: date,
    completed: list[date],
    refresh: int | None,
    within: int,
    window: int,
) -> None:
    requirement = EffectiveRequirement("c", refresh, within, frozenset({RoleType.ALERTER}))
    past = [d for d in completed if d <= as_of]
    last = max(past) if past else None
    status, due = assess_course(requirement, start, last, as_of, window)
    grace_end = None if start is None else start + timedelta(days=within)

    if start is not None and as_of < start:
        assert status not in (TrainingStatus.OVERDUE, TrainingStatus.NEVER_DONE)
    if last is None:
        assert due == grace_end
        if grace_end is not None and as_of <= grace_end:
            assert status is TrainingStatus.DUE_SOON
        else:
            assert status is TrainingStatus.NEVER_DONE
        return
    if refresh is None:
        assert (status, due) == (TrainingStatus.COMPLIANT, None)
        return
    expected_due = add_months(last, refresh)
    in_grace = grace_end is not None and grace_end > expected_due
    if grace_end is not None and in_grace:
        expected_due = grace_end
    assert due == expected_due
    if as_of > expected_due:
        assert status is TrainingStatus.OVERDUE
    elif in_grace or (expected_due - as_of).days <= window:
        assert status is TrainingStatus.DUE_SOON
    else:
        assert status is TrainingStatus.COMPLIANT


_ROLE_SETS = st.frozensets(st.sampled_from(list(RoleType)), min_size=1)
_REQUIREMENTS = st.lists(
    st.builds(
        Requirement,
        role_type=st.sampled_from(list(RoleType)),
        course_code=st.sampled_from(["a", "b", "c"]),
        refresh_months=_REFRESH,
        due_within_days=st.integers(min_value=0, max_value=365),
    ),
    max_size=10,
)


@settings(deadline=None, max_examples=300)
@given(roles=_ROLE_SETS, requirements=_REQUIREMENTS)
def test_effective_requirement_takes_the_shortest_interval(
    roles: frozenset[RoleType], requirements: list[Requirement]
) -> None:
    merged = {e.course_code: e for e in effective_requirements(roles, requirements)}
    relevant = [r for r in requirements if r.role_type in roles]
    assert set(merged) == {r.course_code for r in relevant}
    for code, effective in merged.items():
        same = [r for r in relevant if r.course_code == code]
        intervals = [r.refresh_months for r in same if r.refresh_months is not None]
        assert effective.refresh_months == (min(intervals) if intervals else None)
        assert effective.due_within_days == min(r.due_within_days for r in same)
        assert effective.role_types == {r.role_type for r in same}


@settings(deadline=None, max_examples=200)
@given(
    people=st.lists(
        st.tuples(
            _ROLE_SETS,
            st.one_of(st.none(), _DATES),
            st.one_of(st.none(), _DATES),
            st.lists(st.tuples(st.sampled_from(["a", "b", "c"]), _DATES), max_size=5),
        ),
        max_size=8,
    ),
    requirements=_REQUIREMENTS,
    as_of=_DATES,
    window=st.integers(min_value=0, max_value=90),
)
def test_school_report_excludes_leavers_and_adds_up(
    people: list[tuple[frozenset[RoleType], date | None, date | None, list[tuple[str, date]]]],
    requirements: list[Requirement],
    as_of: date,
    window: int,
) -> None:
    staff = [StaffMember(i, start, left, roles) for i, (roles, start, left, _) in enumerate(people)]
    completions: dict[int | str, dict[str, list[date]]] = {}
    for i, (_, _, _, done) in enumerate(people):
        for code, when in done:
            completions.setdefault(i, {}).setdefault(code, []).append(when)
    report = assess_school(staff, requirements, completions, as_of, window)

    leavers = {m.key for m in staff if m.left_date is not None and m.left_date <= as_of}
    assert set(report.leavers) == leavers
    assert not leavers & {s.staff_key for s in report.statuses}
    for m in staff:
        if m.key in leavers:
            continue
        mine = report.for_staff(m.key)
        assert len(mine) == len(effective_requirements(m.role_types, requirements))
        if m.start_date is not None and as_of < m.start_date:
            assert all(s.in_date for s in mine)
    school = report.school
    assert school.total == len(report.statuses)
    for status in (
        TrainingStatus.COMPLIANT,
        TrainingStatus.DUE_SOON,
        TrainingStatus.OVERDUE,
        TrainingStatus.NEVER_DONE,
    ):
        assert school.count(status) == sum(s.status is status for s in report.statuses)
    assert school.people == len(staff) - len(leavers)
    for role_type, totals in report.by_role_type.items():
        assert totals.total == sum(role_type in s.role_types for s in report.statuses)
        assert 0 <= totals.people_in_date <= totals.people


# ---------------------------------------------------------------------------------------------
# Bundled data


def test_bundled_courses() -> None:
    courses = {c.code: c for c in load_courses()}
    assert set(courses) == {
        "prevent_awareness",
        "prevent_referrals",
        "channel_awareness",
        "wrap",
        "prevent_update",
        "dsl_training",
        "dsl_update",
        "safeguarding_update",
        "safeguarding_induction",
        "governance_briefing",
        "online_grooming",
        "train_the_trainer",
        "prevent_awareness_refresher",
        "prevent_referrals_refresher",
        "governor_safeguarding",
    }
    for code in (
        "prevent_awareness",
        "prevent_referrals",
        "channel_awareness",
        "prevent_awareness_refresher",
        "prevent_referrals_refresher",
    ):
        assert courses[code].provider == "Home Office"
        assert courses[code].delivery == "e-learning"
    assert courses["prevent_awareness"].refresh_months == 36
    assert courses["wrap"].delivery == "face-to-face"
    assert courses["wrap"].duration_minutes == 90
    assert courses["prevent_update"].duration_minutes == 90
    assert courses["dsl_training"].refresh_months == 24
    assert courses["dsl_update"].refresh_months == 12
    assert courses["safeguarding_update"].refresh_months == 12
    assert "online safety" in courses["safeguarding_update"].notes
    assert courses["safeguarding_induction"].refresh_months is None
    assert all(c.title and c.notes for c in courses.values())
    assert counts_as_map(courses.values()) == {
        "dsl_training": frozenset({"dsl_update"}),
        "prevent_awareness_refresher": frozenset({"prevent_awareness"}),
        "prevent_referrals_refresher": frozenset({"prevent_referrals"}),
    }
    assert all(c.title_cy and c.title_cy != c.title for c in courses.values())


def test_bundled_requirements_follow_kcsie_defaults() -> None:
    courses = load_courses()
    reqs = load_requirements(courses)
    table = {(r.role_type, r.course_code): r for r in reqs}
    assert {r.role_type for r in reqs} == set(RoleType)
    for role in (RoleType.DSL, RoleType.DEPUTY_DSL):
        assert table[(role, "dsl_training")].refresh_months == 24
        assert table[(role, "dsl_update")].refresh_months == 12
        assert table[(role, "prevent_awareness")].refresh_months == 36
    for role in RoleType:
        assert table[(role, "safeguarding_induction")].refresh_months is None
        assert table[(role, "prevent_awareness")].refresh_months == 36
    for role in (
        RoleType.ALERTER,
        RoleType.RESPONDER,
        RoleType.DECISION_MAKER,
        RoleType.DSL,
        RoleType.DEPUTY_DSL,
    ):
        assert table[(role, "safeguarding_update")].refresh_months == 12
    assert all(r.due_within_days >= 0 and r.basis for r in reqs)


def test_bundled_data_for_a_new_dsl() -> None:
    courses = load_courses()
    reqs = load_requirements(courses)
    dsl = member(
        {RoleType.DSL, RoleType.DECISION_MAKER, RoleType.RESPONDER, RoleType.ALERTER},
        start=date(2025, 1, 6),
    )
    statuses = {
        s.course_code: s
        for s in assess_staff(
            dsl,
            reqs,
            {
                "safeguarding_induction": [date(2025, 1, 6)],
                "dsl_training": [date(2025, 2, 10)],
                "prevent_awareness": [date(2025, 1, 20)],
            },
            AS_OF,
            counts_as=counts_as_map(courses),
        )
    }
    assert statuses["safeguarding_induction"].status is TrainingStatus.COMPLIANT
    assert statuses["dsl_training"].due_date == date(2027, 2, 10)
    assert statuses["dsl_update"].due_date == date(2026, 2, 10)
    assert statuses["prevent_awareness"].due_date == date(2028, 1, 20)
    assert statuses["prevent_referrals"].status is TrainingStatus.NEVER_DONE  # 30 days passed
    assert statuses["channel_awareness"].status is TrainingStatus.DUE_SOON  # 90-day grace
    assert statuses["channel_awareness"].due_date == date(2025, 4, 6)


def _course(**overrides: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "code": "x",
        "title": "X",
        "provider": "P",
        "delivery": "e-learning",
        "duration_minutes": 30,
        "refresh_months": 12,
        "notes": "",
    }
    base.update(overrides)
    return base


@pytest.mark.parametrize(
    "data",
    [
        {"courses": [_course(), _course()]},
        {"courses": [_course(refresh_months=0)]},
        {"courses": [_course(duration_minutes="half an hour")]},
        {"courses": [_course(title="")]},
        {"courses": [_course(counts_as=["nowhere"])]},
        {"courses": "none"},
        [],
    ],
)
def test_malformed_courses_are_refused(data: Any) -> None:
    with pytest.raises(ValueError):
        load_courses(data)


@pytest.mark.parametrize(
    "entry",
    [
        {"role_type": "caretaker", "course": "x", "due_within_days": 0},
        {"role_type": "alerter", "course": "missing", "due_within_days": 0},
        {"role_type": "alerter", "course": "x", "due_within_days": -1},
        {"role_type": "alerter", "course": "x"},
        {"role_type": "alerter", "course": "x", "refresh_months": 1.5, "due_within_days": 0},
    ],
)
def test_malformed_requirements_are_refused(entry: dict[str, Any]) -> None:
    courses = [Course("x", "X", "P", "e-learning", 30, 12)]
    with pytest.raises(ValueError):
        load_requirements(courses, {"requirements": [entry]})


def test_requirement_without_interval_takes_the_courses() -> None:
    courses = [Course("x", "X", "P", "e-learning", 30, 12)]
    reqs = load_requirements(
        courses,
        {
            "requirements": [
                {"role_type": "alerter", "course": "x", "due_within_days": 5},
                {"role_type": "dsl", "course": "x", "refresh_months": None, "due_within_days": 5},
            ]
        },
    )
    assert [r.refresh_months for r in reqs] == [12, None]
