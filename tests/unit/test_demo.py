"""Demonstration data: reproducible, covering every stage and outcome, consistent with the stage
rules, usable through the services, and fast enough for the 50,000-concern benchmark set."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select, text

from db.models import (
    AuditEvent,
    Concern,
    Decision,
    InformationItem,
    Person,
    Referral,
    Staff,
    StageChange,
    TrainingRecord,
)
from db.vault import OpenVault, Vault
from dsl_desktop import demo
from dsl_desktop.domain import InformationKind, Outcome, ReferralOutcome, Role, Stage, Validation
from dsl_desktop.services import concerns as cs
from dsl_desktop.services import people as ps
from dsl_desktop.services.setup import seed_catalogues
from dsl_desktop.workflow import (
    PermissionDenied,
    allowed_transitions,
    missing_for,
    validate_decision,
)

Maker = Callable[..., tuple[Vault, OpenVault, str]]

DUMPED = (
    "person", "concern", "information_item", "alternative_explanation", "consultation",
    "decision", "referral", "action", "stage_change", "staff", "training_record",
)  # fmt: skip


def dump(ov: OpenVault) -> dict[str, list[tuple[Any, ...]]]:
    """Every demo row, in id order (ids and timestamps all come from the seed)."""
    with ov.reading() as s:
        return {
            t: [tuple(r) for r in s.execute(text(f'SELECT * FROM "{t}" ORDER BY id'))]
            for t in DUMPED
        }


def seeded_vault(new_vault: Maker) -> OpenVault:
    _, ov, _ = new_vault(seed=seed_catalogues)
    return ov


def test_the_same_seed_gives_the_same_data(new_vault: Maker) -> None:
    first, second, other = (seeded_vault(new_vault) for _ in range(3))
    counts = demo.generate(first, concerns=300, staff=25, seed=42)
    assert demo.generate(second, concerns=300, staff=25, seed=42) == counts
    demo.generate(other, concerns=300, staff=25, seed=43)
    a, b, c = dump(first), dump(second), dump(other)
    assert a == b
    assert a["concern"] != c["concern"]
    assert counts.concerns == 300 and counts.people == 30 and counts.staff == 25
    assert counts.training_records > 25 * 5
    assert {len(rows) for rows in a.values()} and all(a[t] for t in DUMPED)


def test_every_stage_outcome_and_label_appears(new_vault: Maker) -> None:
    ov = seeded_vault(new_vault)
    demo.generate(ov, concerns=60, seed=5)
    with ov.reading() as s:
        stages = set(s.scalars(select(Concern.stage)))
        outcomes = set(s.scalars(select(Decision.outcome)))
        referral_outcomes = set(
            s.scalars(select(Referral.outcome).where(Referral.outcome.is_not(None)))
        )
        kinds = set(s.execute(select(InformationItem.kind, InformationItem.validation)).all())
        unsent = s.scalar(select(func.count(Referral.id)).where(Referral.sent_at.is_(None)))
        years = {r[2:6] for r in s.scalars(select(Concern.reference))}
        reviews_held = s.scalar(
            select(func.count(StageChange.id)).where(StageChange.from_stage == StageChange.to_stage)
        )
    assert stages == {s.value for s in Stage}
    assert outcomes == {o.value for o in Outcome}
    assert referral_outcomes == {o.value for o in ReferralOutcome}
    assert {k for k, _ in kinds} == {k.value for k in InformationKind}
    assert {v for _, v in kinds} == {v.value for v in Validation}
    assert unsent and len(years) >= 3
    del reviews_held  # may be zero in a small set; present in larger ones (see below)


def test_people_have_varied_fictional_names(new_vault: Maker) -> None:
    ov = seeded_vault(new_vault)
    demo.generate(ov, concerns=2000, seed=1)
    with ov.reading() as s:
        names = {f"{f} {n}" for f, n in s.execute(select(Person.forenames, Person.surname))}
        per_person = Counter(s.scalars(select(Concern.person_id)))
    words = " ".join(names)
    for special in ("Gwŷn", "Siân", "Zoë", "Kateřina", "O'Neill"):
        assert special in words, special
    assert len(per_person) == 200  # everyone has at least one concern, ten on average
    assert max(per_person.values()) > 10 > min(per_person.values())
    assert ps.search_people(ov, "sian")


def test_demo_concerns_follow_the_stage_rules(new_vault: Maker) -> None:
    ov = seeded_vault(new_vault)
    demo.generate(ov, concerns=400, seed=9)
    with ov.reading() as s:
        for c in s.scalars(select(Concern)):
            facts = cs._facts(s, c)
            assert not missing_for(Stage.NOTICE, dataclasses.replace(facts)), c.reference
            changes = list(
                s.scalars(
                    select(StageChange)
                    .where(StageChange.concern_id == c.id)
                    .order_by(StageChange.id)
                )
            )
            here = Stage.NOTICE
            for g in changes:
                assert Stage(g.from_stage) is here, c.reference
                to = Stage(g.to_stage)
                if to is not here:
                    assert to in allowed_transitions(here), (c.reference, here, to)
                    moment = dataclasses.replace(
                        facts, review_note=g.note, review_date=g.next_review or facts.review_date
                    )
                    assert missing_for(here, moment, to) == [], (c.reference, here, to)
                here = to
            assert Stage(c.stage) is here
            assert (c.status == "closed") == (here is Stage.CLOSED)
            assert (c.closed_at is not None) == (here is Stage.CLOSED)
            if here is Stage.REVIEW:
                assert c.next_review is not None
            times = [c.noticed_at, c.recorded_at, *(g.changed_at for g in changes)]
            assert times == sorted(times) and max(times) <= demo.END
        for d in s.scalars(select(Decision)):
            assert validate_decision(Outcome(d.outcome), d.rationale, d.review_date) == []
        held = s.scalar(
            select(func.count(StageChange.id)).where(StageChange.from_stage == StageChange.to_stage)
        )
        assert held


def test_demo_data_works_through_the_services(new_vault: Maker) -> None:
    ov = seeded_vault(new_vault)
    demo.generate(ov, concerns=80, staff=5, seed=3)
    with ov.reading() as s:
        ids = list(s.scalars(select(Concern.id)))
    for cid in ids:
        view = cs.case_view(ov, cid)
        history = cs.case_history(ov, cid)
        assert history[0].kind in ("noticed", "consultation") and view.reference
    with ov.reading() as s:
        events = list(
            s.scalars(select(AuditEvent.action).where(AuditEvent.action == "demo.generated"))
        )
        details = s.scalars(
            select(AuditEvent.details).where(AuditEvent.action == "demo.generated")
        ).one()
    assert events == ["demo.generated"]
    assert details["concerns"] == 80 and details["staff"] == 5 and details["seed"] == 3
    assert ov.verify().ok


def test_adding_to_an_existing_vault_continues_the_numbering(new_vault: Maker) -> None:
    ov = seeded_vault(new_vault)
    pid = ps.add_person(ov, ps.PersonInput("Nia", "Pugh")).id
    own = cs.create_concern(
        ov, cs.NoticeInput(pid, "Mrs Parry", dt.datetime(2024, 3, 4, 10), "Said x", False)
    )
    assert own.reference == "C-2024-0001"
    demo.generate(ov, concerns=150, staff=3, seed=1)
    demo.generate(ov, concerns=150, staff=3, seed=1)  # the same seed again: new rows, new numbers
    with ov.reading() as s:
        refs = list(s.scalars(select(Concern.reference)))
        assert s.scalar(select(func.count(Staff.id))) == 6
        assert s.scalar(select(func.count(Person.id))) == 1 + 2 * demo.people_for(150)
    assert len(refs) == len(set(refs)) == 301
    by_year = Counter(r[2:6] for r in refs)
    for year, n in by_year.items():
        numbers = sorted(int(r[7:]) for r in refs if r[2:6] == year)
        assert numbers == list(range(1, n + 1)), year
    assert cs.case_view(ov, own.id).person.surname == "Pugh"
    assert ov.verify().ok


def test_training_records_only_for_courses_that_exist(new_vault: Maker) -> None:
    _, bare, _ = new_vault()  # no catalogues copied in: no courses
    counts = demo.generate(bare, concerns=0, staff=10, seed=1)
    assert (counts.staff, counts.training_records, counts.concerns) == (10, 0, 0)
    ov = seeded_vault(new_vault)
    demo.generate(ov, concerns=0, staff=10, seed=1)
    with ov.reading() as s:
        assert s.scalar(select(func.count(TrainingRecord.id)))
        roles = {r for rs in s.scalars(select(Staff.role_types)) for r in rs}
    assert roles


def test_only_a_dsl_or_deputy_can_generate(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    ov.user = dataclasses.replace(ov.user, role=Role.REVIEWER.value)  # type: ignore[type-var]
    with pytest.raises(PermissionDenied):
        demo.generate(ov, concerns=1)


@pytest.mark.slow
@pytest.mark.timing
def test_fifty_thousand_concerns_in_under_a_minute(new_vault: Maker) -> None:
    ov = seeded_vault(new_vault)
    start = time.perf_counter()
    counts = demo.generate(ov, concerns=50_000, staff=1_000, seed=2026)
    seconds = time.perf_counter() - start
    print(f"\ndemo: {counts.concerns} concerns, {counts.people} people, {counts.staff} staff, "
          f"{counts.training_records} training records in {seconds:.1f} s")  # fmt: skip
    assert counts.concerns == 50_000 and counts.people == 5_000
    assert seconds < 60
    with ov.reading() as s:
        assert s.scalar(select(func.count(Concern.id))) == 50_000


def test_demo_referrals_are_ones_a_dsl_would_recognise(new_vault: Maker) -> None:
    """Every referral has its stored form; the checks and needs are answered; the parallel
    route fits the person; the DSL has a direct phone and email; alternatives are recorded."""
    from db.models import AlternativeExplanation, ParallelReferral
    from dsl_desktop.domain import ParallelRoute, PersonType
    from dsl_desktop.services import referral_checks as rc
    from dsl_desktop.services import referrals as rs

    ov = seeded_vault(new_vault)
    demo.generate(ov, concerns=400, seed=9)
    with ov.reading() as s:
        referrals = list(s.scalars(select(Referral)))
        with_alternatives = set(s.scalars(select(AlternativeExplanation.concern_id)))
        routes = {p.concern_id: ParallelRoute(p.route) for p in s.scalars(select(ParallelReferral))}
        people = {c.id: s.get(Person, c.person_id) for c in s.scalars(select(Concern))}
        s.expunge_all()  # keep what was loaded once the session ends
    assert referrals and all(r.snapshot is not None for r in referrals)
    assert len(with_alternatives) > len(people) / 2  # most cases consider alternatives
    for r in referrals:
        form = rs.stored_referral_form(ov, r.id)
        assert form.referrer.direct_phone == demo.DEMO_PHONE
        assert form.referrer.work_email == demo.DEMO_EMAIL
        assert form.nrf_version == "2025" and form.alternatives
        person = people[r.concern_id]
        assert person is not None
        child = rc.is_child(person, r.generated_at.date() if r.generated_at else None)
        route = routes[r.concern_id]
        if person.person_type == PersonType.STAFF.value:
            assert route is ParallelRoute.LADO
        elif child:
            assert route in (ParallelRoute.CHILDRENS_SOCIAL_CARE, ParallelRoute.EARLY_HELP)
        else:
            assert route in (ParallelRoute.ADULT_SOCIAL_CARE, ParallelRoute.NONE)
        unanswered = {u.key for u in rc.unanswered(ov, r.concern_id)}
        assert not {k for k in unanswered if k.startswith(("check.", "need."))}, unanswered
        assert "parallel_referral" not in unanswered


def test_demo_events_happen_in_school_hours_and_ages_fit_year_groups(new_vault: Maker) -> None:
    from db.models import Consultation

    ov = seeded_vault(new_vault)
    demo.generate(ov, concerns=400, seed=3)
    with ov.reading() as s:
        moments = [
            *s.scalars(select(Concern.noticed_at)), *s.scalars(select(Concern.recorded_at)),
            *s.scalars(select(InformationItem.recorded_at)),
            *s.scalars(select(Consultation.consulted_at)), *s.scalars(select(StageChange.changed_at)),
        ]  # fmt: skip
        pupils = list(s.scalars(select(Person).where(Person.person_type == "pupil")))
        s.expunge_all()
    for moment in moments:
        assert moment.weekday() < 5, moment
        assert demo.DAY_STARTS <= moment.time() <= demo.DAY_ENDS, moment
    for p in pupils:
        assert p.date_of_birth is not None
        now_in = demo.year_group_on(p.date_of_birth, demo.END.date())
        expected = f"Year {now_in}" if now_in <= 13 else "Former pupil (left after Year 13)"
        assert p.school_or_occupation == expected
    # Year 7 is the school year in which a child turns 12
    assert demo.year_group_on(dt.date(2013, 9, 1), dt.date(2025, 9, 10)) == 7
    assert demo.year_group_on(dt.date(2014, 8, 31), dt.date(2026, 7, 1)) == 7
