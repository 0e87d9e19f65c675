"""A person's chronology as plain, frozen data: what the chronology service builds and the
chronology PDF and the Concerns log show."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dsl_desktop.views.people import PersonRecord


@dataclass(frozen=True)
class ChronologyEntry:
    """One line of a chronology. ``date_only`` entries know only the day."""

    at: dt.datetime
    kind: str
    summary: str
    text: str
    by: str
    concern_id: int | None
    reference: str
    date_only: bool = False
    reason: str = ""


@dataclass(frozen=True)
class ConcernSummary:
    id: int
    reference: str
    noticed_at: dt.datetime
    category: str
    stage: str
    status: str
    outcome: str | None


@dataclass(frozen=True)
class Chronology:
    person: PersonRecord
    concerns: tuple[ConcernSummary, ...]
    entries: tuple[ChronologyEntry, ...]
    school_name: str
    school_urn: str
    made_at: dt.datetime
    made_by: str
