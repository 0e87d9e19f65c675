"""The manager's overview: per month, by category, by outcome, referrals, time to decision."""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pytest
from logdata import populate, signed_in_as
from sqlalchemy import insert, select

from db.errors import PermissionDenied
from db.models import Concern, Person, Referral, User
from db.vault import OpenVault, Vault
from dsl_desktop.domain import Role
from dsl_desktop.services import overview as ov_service
from dsl_desktop.services.overview import default_period, months_between, overview
from dsl_desktop.services.setup import seed_catalogues

TODAY = dt.date(2026, 6, 15)


@pytest.fixture
def vault_and_dsl(
    new_vault: Callable[..., tuple[Vault, OpenVault, str]],
) -> tuple[Vault, OpenVault]:
    vault, ov, _ = new_vault(seed=seed_catalogues)
    return vault, ov


def _add(ov: OpenVault, rows: list[dict[str, Any]]) -> None:
    with ov.unit() as s:
        user = s.scalar(select(User.id))
        person = s.scalar(select(Person.id))
        if person is None:
            s.execute(
                insert(Person),
                [
                    {
                        "id": 1,
                        "forenames": "Dewi",
                        "surname": "Owen",
                        "created_at": dt.datetime(2026, 1, 1),
                        "addresses": [],
                    }
                ],  # fmt: skip
            )
            person = 1
        base = s.scalar(select(Concern.id).order_by(Concern.id.desc()).limit(1)) or 0
        s.execute(
            insert(Concern),
            [
                {
                    "id": base + n + 1, "reference": f"C-T-{base + n + 1:04d}", "person_id": person,
                    "recorded_by_id": user, "recorded_at": r["noticed_at"], "holder_id": user,
                    **r,
                }
                for n, r in enumerate(rows)
            ],
        )  # fmt: skip


def test_exact_figures_for_a_small_period(vault_and_dsl: tuple[Vault, OpenVault]) -> None:
    _, ov = vault_and_dsl
    _add(
        ov,
        [
            {"noticed_at": dt.datetime(2026, 1, 10, 9), "decided_at": dt.datetime(2026, 1, 10, 15),
             "category": "islamist", "outcome": "no_further_action", "stage": "closed",
             "status": "closed"},
            {"noticed_at": dt.datetime(2026, 2, 1, 9), "decided_at": dt.datetime(2026, 2, 11, 9),
             "category": "incel", "outcome": "prevent_referral", "stage": "share",
             "status": "open"},
            {"noticed_at": dt.datetime(2026, 3, 5, 9), "category": "incel", "stage": "check",
             "status": "open"},
            {"noticed_at": dt.datetime(2026, 4, 20, 9), "decided_at": dt.datetime(2026, 6, 30, 9),
             "category": "other", "outcome": "monitor", "stage": "review", "status": "open",
             "next_review": dt.date(2026, 6, 1)},
            # outside the period: counts only towards "open now"
            {"noticed_at": dt.datetime(2025, 11, 1, 9), "category": "other", "stage": "review",
             "status": "open", "next_review": dt.date(2026, 7, 1)},
        ],
    )  # fmt: skip
    with ov.unit() as s:
        referral_concern = s.scalar(select(Concern.id).where(Concern.outcome == "prevent_referral"))
        s.execute(
            insert(Referral),
            [{"concern_id": referral_concern, "sent_at": dt.datetime(2026, 2, 12, 9),
              "sent_to": "Police", "outcome": "channel", "outcome_date": dt.date(2026, 3, 1)}],
        )  # fmt: skip
    f = overview(ov, dt.date(2026, 1, 1), dt.date(2026, 6, 15), today=TODAY)
    assert f.concerns == 4
    assert [(m.month, m.count) for m in f.per_month] == [
        (dt.date(2026, 1, 1), 1), (dt.date(2026, 2, 1), 1), (dt.date(2026, 3, 1), 1),
        (dt.date(2026, 4, 1), 1), (dt.date(2026, 5, 1), 0), (dt.date(2026, 6, 1), 0),
    ]  # fmt: skip
    assert [(c.code, c.count) for c in f.by_category] == [("incel", 2), ("islamist", 1),
                                                          ("other", 1)]  # fmt: skip
    assert {o.code: o.count for o in f.by_outcome} == {
        "no_further_action": 1, "prevent_referral": 1, "monitor": 1, "": 1,
    }  # fmt: skip
    assert next(o.label for o in f.by_outcome if o.code == "") == "Not decided yet"
    assert f.referrals == 1
    assert [(r.code, r.count) for r in f.referral_outcomes] == [("channel", 1)]
    assert f.decided == 3
    # 0.25, 10 and 71 days
    assert f.median_days_to_decision == 10.0
    assert {b.label: b.count for b in f.decision_bands} == {
        "Same day": 1, "1\u20137 days": 0, "8\u201314 days": 1, "15\u201330 days": 0,
        "31\u201360 days": 0, "Over 60 days": 1,
    }  # fmt: skip
    assert f.open_now == 4 and f.overdue_now == 1
    assert f.by_stage_now == {"notice": 0, "check": 1, "decide": 0, "share": 1, "review": 2,
                              "closed": 1}  # fmt: skip


def test_figures_agree_with_a_plain_count(vault_and_dsl: tuple[Vault, OpenVault]) -> None:
    _, ov = vault_and_dsl
    populate(ov, people=30, concerns=500, seed=5, today=TODAY)
    start, end = dt.date(2024, 9, 1), dt.date(2025, 8, 31)
    f = overview(ov, start, end, today=TODAY)
    with ov.reading() as s:
        everything = [
            SimpleNamespace(**{k: getattr(c, k) for k in (
                "id", "noticed_at", "decided_at", "category", "outcome", "status", "next_review"
            )})
            for c in s.scalars(select(Concern))
        ]  # fmt: skip
        sent = [
            (r.concern_id, r.outcome) for r in s.scalars(select(Referral)) if r.sent_at is not None
        ]
    rows = [c for c in everything if start <= c.noticed_at.date() <= end]
    ids = {c.id for c in rows}
    referrals = [SimpleNamespace(outcome=o) for cid, o in sent if cid in ids]
    assert f.concerns == len(rows) > 50
    months = Counter(c.noticed_at.date().replace(day=1) for c in rows)
    assert {m.month: m.count for m in f.per_month} == {
        m: months.get(m, 0) for m in months_between(start, end)
    }
    assert {c.code: c.count for c in f.by_category} == Counter(c.category for c in rows)
    assert {o.code: o.count for o in f.by_outcome} == Counter(c.outcome or "" for c in rows)
    assert f.referrals == len(referrals)
    assert {r.code: r.count for r in f.referral_outcomes} == Counter(
        r.outcome or "" for r in referrals
    )
    days = [(c.decided_at - c.noticed_at).total_seconds() / 86400 for c in rows if c.decided_at]
    assert f.decided == len(days)
    assert f.median_days_to_decision == pytest.approx(round(statistics.median(days), 1), abs=0.05)
    assert sum(b.count for b in f.decision_bands) == len(days)
    assert f.open_now == sum(1 for c in everything if c.status != "closed")
    assert f.overdue_now == sum(
        1 for c in everything
        if c.status != "closed" and c.next_review and c.next_review < TODAY
    )  # fmt: skip


def test_default_period_is_the_last_twelve_months() -> None:
    start, end = default_period(dt.date(2026, 3, 20))
    assert (start, end) == (dt.date(2025, 4, 1), dt.date(2026, 3, 20))
    assert len(months_between(start, end)) == 12


def test_an_empty_store(vault_and_dsl: tuple[Vault, OpenVault]) -> None:
    _, ov = vault_and_dsl
    f = overview(ov, today=TODAY)
    assert f.concerns == 0 and f.decided == 0 and f.median_days_to_decision is None
    assert len(f.per_month) == 12 and all(m.count == 0 for m in f.per_month)
    assert f.by_category == () and f.referral_outcomes == ()


def test_reversed_dates_are_swapped(vault_and_dsl: tuple[Vault, OpenVault]) -> None:
    _, ov = vault_and_dsl
    f = overview(ov, dt.date(2026, 5, 31), dt.date(2026, 1, 1), today=TODAY)
    assert (f.date_from, f.date_to) == (dt.date(2026, 1, 1), dt.date(2026, 5, 31))


def test_who_may_see_the_overview(vault_and_dsl: tuple[Vault, OpenVault]) -> None:
    vault, ov = vault_and_dsl
    populate(ov, people=3, concerns=12, seed=1, today=TODAY)
    with signed_in_as(vault, ov, Role.REVIEWER) as reviewer:
        assert ov_service.overview(reviewer, dt.date(2020, 1, 1), today=TODAY).concerns == 12
    with signed_in_as(vault, ov, Role.TRAINING_ADMIN) as admin, pytest.raises(PermissionDenied):
        ov_service.overview(admin)
