"""The manager's view: how many concerns, of what kind, what was decided, how quickly.

Figures only (counts, days, codes): no names and no recorded text, so reading the overview is
not audited. Every figure is an SQL aggregate over indexed columns; 50,000 concerns take a
fraction of a second.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Sequence

from sqlalchemy import text

from db.vault import OpenVault
from dsl_desktop.collation import sort_key
from dsl_desktop.domain import ConcernStatus, ReferralOutcome
from dsl_desktop.services.log import allow, category_labels, outcome_label
from dsl_desktop.views.overview import DelayBand, MonthCount, Overview, Share
from dsl_desktop.workflow import STAGE_ORDER, Action

__all__ = [
    "DECISION_BANDS",
    "DelayBand",
    "MonthCount",
    "Overview",
    "Share",
    "default_period",
    "overview",
]

NOT_DECIDED = ""
AWAITING = ""

DECISION_BANDS: tuple[tuple[str, int, int | None], ...] = (
    ("Same day", 0, 0),
    ("1\u20137 days", 1, 7),
    ("8\u201314 days", 8, 14),
    ("15\u201330 days", 15, 30),
    ("31\u201360 days", 31, 60),
    ("Over 60 days", 61, None),
)
"""(label, from, to) in whole days from noticing a concern to deciding on it."""

REFERRAL_OUTCOME_TITLES = {
    ReferralOutcome.NO_FURTHER_ACTION.value: "No further action",
    ReferralOutcome.SIGNPOSTED.value: "Signposted to other services",
    ReferralOutcome.PREVENT_CASE_MANAGEMENT.value: "Prevent Case Management (police)",
    ReferralOutcome.CHANNEL.value: "Channel panel",
    ReferralOutcome.UNKNOWN.value: "Not known (no feedback yet)",
    AWAITING: "Awaiting an outcome",
}
"""The gateway outcomes in the words every document uses (``pdf.text.referral_outcome_label``)."""


def _month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def _next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def default_period(today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The last twelve months, this one included: from the 1st of the month 11 months ago."""
    today = today or dt.date.today()
    start = _month_start(today)
    for _ in range(11):
        start = _month_start(start - dt.timedelta(days=1))
    return start, today


def months_between(date_from: dt.date, date_to: dt.date) -> list[dt.date]:
    months: list[dt.date] = []
    month = _month_start(date_from)
    while month <= date_to:
        months.append(month)
        if month.year == dt.MAXYEAR and month.month == 12:
            break  # no month after December 9999
        month = _next_month(month)
    return months


def _sorted_shares(pairs: Sequence[Share]) -> tuple[Share, ...]:
    return tuple(sorted(pairs, key=lambda s: (-s.count, sort_key(s.label))))


def overview(
    vault: OpenVault,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    *,
    today: dt.date | None = None,
) -> Overview:
    """The figures for concerns noticed between ``date_from`` and ``date_to`` (inclusive;
    default: the last twelve months), plus open cases and overdue reviews as they are now."""
    allow(vault, Action.VIEW_LOG)
    today = today or dt.date.today()
    start_default, end_default = default_period(today)
    date_from = date_from or start_default
    date_to = date_to or end_default
    if date_to < date_from:
        date_from, date_to = date_to, date_from
    low = date_from.isoformat()
    # The day after the period, as text; the last day a date can have has none after it, but
    # any time on it sorts before "T99" (the widest period, 0001-01-01 to 9999-12-31, is fine).
    high = (
        (date_to + dt.timedelta(days=1)).isoformat()
        if date_to < dt.date.max
        else f"{date_to.isoformat()}T99"
    )
    period = {"low": low, "high": high}
    in_period = "c.noticed_at >= :low AND c.noticed_at < :high"
    with vault.reading() as s:
        labels = category_labels(s)
        months: dict[str, int] = {
            month: n
            for month, n in s.execute(
                text(
                    f"SELECT substr(c.noticed_at, 1, 7), count(*) FROM concern AS c "
                    f"WHERE {in_period} GROUP BY 1"
                ),
                period,
            )
        }
        categories = s.execute(
            text(f"SELECT c.category, count(*) FROM concern AS c WHERE {in_period} GROUP BY 1"),
            period,
        ).all()
        outcomes = s.execute(
            text(
                f"SELECT coalesce(c.outcome, ''), count(*) FROM concern AS c "
                f"WHERE {in_period} GROUP BY 1"
            ),
            period,
        ).all()
        referral_rows = s.execute(
            text(
                f"SELECT coalesce(r.outcome, ''), count(*) FROM referral AS r "
                f"JOIN concern AS c ON c.id = r.concern_id "
                f"WHERE r.sent_at IS NOT NULL AND {in_period} GROUP BY 1"
            ),
            period,
        ).all()
        days = [
            float(d)
            for (d,) in s.execute(
                text(
                    f"SELECT julianday(c.decided_at) - julianday(c.noticed_at) FROM concern AS c "
                    f"WHERE c.decided_at IS NOT NULL AND {in_period}"
                ),
                period,
            )
            if d is not None
        ]
        stages: dict[str, int] = {
            stage: n
            for stage, n in s.execute(text("SELECT stage, count(*) FROM concern GROUP BY 1"))
        }
        open_now = int(
            s.execute(
                text("SELECT count(*) FROM concern WHERE status != :closed"),
                {"closed": ConcernStatus.CLOSED.value},
            ).scalar_one()
        )
        overdue_now = int(
            s.execute(
                text(
                    "SELECT count(*) FROM concern WHERE status != :closed "
                    "AND next_review IS NOT NULL AND next_review < :today"
                ),
                {"closed": ConcernStatus.CLOSED.value, "today": today.isoformat()},
            ).scalar_one()
        )
    per_month = tuple(
        MonthCount(m, int(months.get(m.strftime("%Y-%m"), 0)))
        for m in months_between(date_from, date_to)
    )
    by_category = _sorted_shares(
        [Share(code, labels.get(code, code), int(n)) for code, n in categories]
    )
    by_outcome = _sorted_shares([Share(code, outcome_label(code), int(n)) for code, n in outcomes])
    referral_outcomes = _sorted_shares(
        [Share(code, REFERRAL_OUTCOME_TITLES.get(code, code), int(n)) for code, n in referral_rows]
    )
    whole_days = [max(0, int(d)) for d in days]
    bands = tuple(
        DelayBand(label, lo, hi, sum(1 for d in whole_days if d >= lo and (hi is None or d <= hi)))
        for label, lo, hi in DECISION_BANDS
    )
    return Overview(
        date_from=date_from,
        date_to=date_to,
        concerns=sum(m.count for m in per_month),
        per_month=per_month,
        by_category=by_category,
        by_outcome=by_outcome,
        referrals=sum(r.count for r in referral_outcomes),
        referral_outcomes=referral_outcomes,
        decided=len(days),
        median_days_to_decision=round(statistics.median(days), 1) if days else None,
        decision_bands=bands,
        open_now=open_now,
        overdue_now=overdue_now,
        by_stage_now={st.value: int(stages.get(st.value, 0)) for st in STAGE_ORDER},
    )
