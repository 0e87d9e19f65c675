"""A concern as plain, frozen data: what the forms hand to the concern services (inputs) and what
the services return for the screens and the PDFs (views)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from dsl_desktop.action_words import action_text
from dsl_desktop.domain import (
    ConcernStatus,
    InformationKind,
    Outcome,
    ReferralOutcome,
    Stage,
    Validation,
)
from dsl_desktop.guidance import DecisionAnswers, GuidanceWarning
from dsl_desktop.messages import Message, Text
from dsl_desktop.views.attachments import AttachmentInfo
from dsl_desktop.views.people import PersonRecord
from dsl_desktop.workflow import NOT_YET_KNOWN, CaseFacts, Requirement


# ---- inputs ------------------------------------------------------------------------------
@dataclass(frozen=True)
class NoticeInput:
    """The Notice step. ``immediate_danger`` must be answered; if it is yes, the emergency
    action taken (such as the 999 call) and its time must be recorded too."""

    person_id: int
    noticed_by: str
    noticed_at: dt.datetime
    account: str
    immediate_danger: bool | None
    location: str = ""
    others_present: str = ""
    indicators: tuple[str, ...] = ()
    category: str = NOT_YET_KNOWN
    emergency_action: str = ""
    emergency_at: dt.datetime | None = None
    details: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class InformationInput:
    """One piece of information. ``corroborated_by`` says by whom or what a corroborated item
    was corroborated; an assumption (believed without evidence) cannot be corroborated."""

    content: str
    kind: InformationKind
    validation: Validation = Validation.UNCORROBORATED
    source: str = ""
    obtained_at: dt.date | None = None
    notes: str = ""
    corroborated_by: str = ""


@dataclass(frozen=True)
class AlternativeInput:
    """An alternative explanation. ``accepted``: True when, once explored, it explains what was
    seen; False when it does not; None while it has not been concluded."""

    explanation: str
    exploration: str = ""
    conclusion: str = ""
    accepted: bool | None = None


@dataclass(frozen=True)
class ConsultationInput:
    name: str
    consulted_at: dt.datetime
    role: str = ""
    agency: str = ""
    method: str = ""
    shared: str = ""
    reason: str = ""
    outcome: str = ""


@dataclass(frozen=True)
class DecisionInput:
    """A decision at the Decide step. ``answers`` are the proportionality answers (a
    :class:`~dsl_desktop.guidance.DecisionAnswers` or a JSON-ready dict). ``move_to`` chooses
    where the concern goes when the outcome allows more than one place; by default see
    :func:`default_destination`."""

    outcome: Outcome
    rationale: str
    answers: Mapping[str, Any] | DecisionAnswers = field(default_factory=dict)
    review_date: dt.date | None = None
    parallel_route: str = ""
    move_to: Stage | None = None
    decided_at: dt.datetime | None = None


@dataclass(frozen=True)
class ReferralSentInput:
    sent_at: dt.datetime
    sent_to: str
    sent_how: str = ""
    police_reference: str = ""


@dataclass(frozen=True)
class ActionInput:
    description: str
    owner: str = ""
    due_date: dt.date | None = None


# ---- views -------------------------------------------------------------------------------
@dataclass(frozen=True)
class ConcernRef:
    id: int
    reference: str


@dataclass(frozen=True)
class InformationItemView:
    id: int
    content: str
    source: str
    obtained_at: dt.date | None
    kind: InformationKind
    validation: Validation
    notes: str
    recorded_by: str
    recorded_at: dt.datetime
    attachments: tuple[AttachmentInfo, ...] = ()
    corroborated_by: str = ""


@dataclass(frozen=True)
class AlternativeView:
    id: int
    explanation: str
    exploration: str
    conclusion: str
    recorded_by: str
    recorded_at: dt.datetime
    accepted: bool | None = None
    """True: it explains what was seen; False: it does not; None: not concluded yet."""


@dataclass(frozen=True)
class ConsultationView:
    id: int
    name: str
    role: str
    agency: str
    consulted_at: dt.datetime
    method: str
    shared: str
    reason: str
    outcome: str
    recorded_by: str


@dataclass(frozen=True)
class DecisionView:
    id: int
    outcome: Outcome
    rationale: str
    answers: Mapping[str, Any]
    parallel_route: str
    review_date: dt.date | None
    decided_by: str
    decided_at: dt.datetime


@dataclass(frozen=True)
class ReferralView:
    id: int
    form_version: str
    snapshot: Mapping[str, Any] | None
    generated_at: dt.datetime | None
    generated_by: str
    sent_at: dt.datetime | None
    sent_to: str
    sent_how: str
    police_reference: str
    outcome: ReferralOutcome | None
    outcome_date: dt.date | None
    outcome_notes: str

    @property
    def sent(self) -> bool:
        return self.sent_at is not None


@dataclass(frozen=True)
class ActionView:
    id: int
    description: str
    owner: str
    due_date: dt.date | None
    done_at: dt.datetime | None
    created_by: str
    created_at: dt.datetime | None

    @property
    def done(self) -> bool:
        return self.done_at is not None

    @property
    def text(self) -> Text:
        """The description to show: a Message when the app wrote it, else as typed."""
        return action_text(self.description)


@dataclass(frozen=True)
class StageChangeView:
    """A move between stages; ``from_stage == to_stage == REVIEW`` is a review held."""

    id: int
    from_stage: Stage
    to_stage: Stage
    note: str
    next_review: dt.date | None
    changed_by: str
    changed_at: dt.datetime


@dataclass(frozen=True)
class AmendmentView:
    """A change to a saved record. ``reason`` is empty when a blank field was filled in."""

    id: int
    entity: str
    entity_id: int
    field: str
    old_value: Any
    new_value: Any
    reason: str
    amended_by: str
    amended_at: dt.datetime


@dataclass(frozen=True)
class CaseView:
    """Everything the case screen shows for one concern, read in one go."""

    id: int
    reference: str
    person: PersonRecord
    noticed_by: str
    noticed_at: dt.datetime
    location: str
    account: str
    others_present: str
    indicators: tuple[str, ...]
    category: str
    immediate_danger: bool | None
    emergency_action: str
    emergency_at: dt.datetime | None
    details: Mapping[str, Any]
    stage: Stage
    status: ConcernStatus
    outcome: Outcome | None
    next_review: dt.date | None
    decided_at: dt.datetime | None
    closed_at: dt.datetime | None
    recorded_by: str
    recorded_at: dt.datetime
    holder: str
    items: tuple[InformationItemView, ...]
    alternatives: tuple[AlternativeView, ...]
    consultations: tuple[ConsultationView, ...]
    decisions: tuple[DecisionView, ...]
    referrals: tuple[ReferralView, ...]
    actions: tuple[ActionView, ...]
    stage_changes: tuple[StageChangeView, ...]
    amendments: tuple[AmendmentView, ...]
    attachments: tuple[AttachmentInfo, ...]
    facts: CaseFacts
    warnings: tuple[GuidanceWarning, ...]
    missing: tuple[Requirement, ...]
    """What must be done before the concern can leave its stage forwards (empty when closed)."""
    blocked: Mapping[Stage, tuple[Requirement, ...]]
    """For each stage the flow allows from here, what stands in the way (empty: can go)."""
    next_stages: frozenset[Stage]
    can_edit: bool
    can_decide: bool
    can_refer: bool

    @property
    def latest_decision(self) -> DecisionView | None:
        return self.decisions[-1] if self.decisions else None

    @property
    def latest_referral(self) -> ReferralView | None:
        return self.referrals[-1] if self.referrals else None

    def amended_fields(self, entity: str, entity_id: int) -> frozenset[str]:
        """Fields of one record that were changed after it was saved (to mark them on screen)."""
        return frozenset(
            a.field for a in self.amendments if a.entity == entity and a.entity_id == entity_id
        )


@dataclass(frozen=True)
class HistoryEntry:
    """One line of a concern's chronology.

    ``date_only`` entries know only the day (shown without a time; sorted at the end of it).
    Amendments carry ``old_value``, ``new_value`` and ``reason``.
    """

    at: dt.datetime
    kind: str
    summary: Message
    """What happened, as a message to translate ("Moved from {old} to {new}")."""
    text: Text
    """The details: what the user wrote, or lines the app wrote as a message."""
    by: str
    entity: str
    entity_id: int
    date_only: bool = False
    old_value: Any = None
    new_value: Any = None
    reason: str = ""
    facts: Mapping[str, Any] = field(default_factory=dict)
    """What the line is about as plain values (codes, names, dates), for the screen to put into
    a sentence in the user's language: e.g. ``{"kind": "assertion", "source": "A pupil"}``."""
