"""The managers' overview of the Concerns log as plain, frozen data: what the overview service
counts and the overview page and its PDF show."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class MonthCount:
    month: dt.date
    """The first day of the month."""
    count: int


@dataclass(frozen=True)
class Share:
    """One slice: a code, its label (English; screens translate by code) and how many."""

    code: str
    label: str
    count: int


@dataclass(frozen=True)
class DelayBand:
    label: str
    low: int
    high: int | None
    count: int


@dataclass(frozen=True)
class Overview:
    date_from: dt.date
    date_to: dt.date
    concerns: int
    """Concerns noticed in the period."""
    per_month: tuple[MonthCount, ...]
    by_category: tuple[Share, ...]
    by_outcome: tuple[Share, ...]
    """Concerns noticed in the period by their latest decision (code "" = not decided yet)."""
    referrals: int
    """Prevent referrals sent for concerns noticed in the period."""
    referral_outcomes: tuple[Share, ...]
    decided: int
    median_days_to_decision: float | None
    decision_bands: tuple[DelayBand, ...]
    open_now: int
    overdue_now: int
    by_stage_now: dict[str, int] = field(default_factory=dict)
