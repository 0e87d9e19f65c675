"""Concerns: recording one concern through NOTICE -> CHECK -> DECIDE -> SHARE (-> REVIEW -> CLOSED).

Every function takes the open vault first, checks the signed-in role with
:func:`dsl_desktop.workflow.require` (a reviewer reads only; a training administrator sees no
concern at all) and writes an audit event for every change and every time a case is opened.
Audit details hold ids, codes and counts, never what was written.

Records are submitted as soon as they are saved. After that nothing is edited in place:

* :func:`amend` changes a saved value, keeping the old value, the new value, who, when and why
  (a reason is required);
* :func:`fill_in` adds a value to a field that was left blank (a police reference that arrives
  later, what an alternative explanation turned out to be); it is kept as an amendment too, with
  no reason needed;
* a few steps complete a record by design: sending a referral, learning its outcome, finishing
  an action. Doing one of them a second time is refused: use :func:`amend`.

Stages change only through :func:`dsl_desktop.workflow.advance`, fed with facts read from the
store. A decision (including no further action) moves the concern on in the same transaction.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.errors import RecordLocked, WrongStage
from db.models import Action as ActionRow
from db.models import (
    AlternativeExplanation,
    Amendment,
    CatalogueItem,
    Concern,
    Consultation,
    Decision,
    InformationItem,
    Person,
    Referral,
    StageChange,
)
from db.vault import OpenVault
from dsl_desktop import catalogues
from dsl_desktop.domain import (
    ConcernStatus,
    InformationKind,
    Outcome,
    PersonType,
    ReferralOutcome,
    Role,
    Stage,
    Validation,
)
from dsl_desktop.guidance import DecisionAnswers, GuidanceWarning, check_warnings
from dsl_desktop.services.attachments import AttachmentInfo, OwnerType, infos_for, user_names
from dsl_desktop.services.people import INPUT_FIELDS as PERSON_FIELDS
from dsl_desktop.services.people import (
    Address,
    InvalidInput,
    NotFound,
    PersonRecord,
    allow,
    clean_name,
    clean_text,
    jsonable,
    normalise_person,
    now,
    record_of,
    signed_in,
)
from dsl_desktop.workflow import (
    NOT_YET_KNOWN,
    OUTCOME_DESTINATIONS,
    OUTCOME_TITLES,
    STAGE_LABELS,
    Action,
    CaseFacts,
    Requirement,
    StageRuleError,
    advance,
    allowed_transitions,
    can,
    is_blank,
    missing_for,
    next_stages,
    validate_decision,
)

__all__ = [
    "ActionInput",
    "ActionView",
    "AlternativeInput",
    "AlternativeView",
    "AmendmentView",
    "CaseView",
    "ConcernRef",
    "ConsultationInput",
    "ConsultationView",
    "DecisionInput",
    "DecisionView",
    "HistoryEntry",
    "InformationInput",
    "InformationItemView",
    "InvalidInput",
    "NoticeInput",
    "NotFound",
    "RecordLocked",
    "ReferralSentInput",
    "ReferralView",
    "StageChangeView",
    "StageRuleError",
    "WrongStage",
    "add_action",
    "add_alternative",
    "add_consultation",
    "add_information",
    "amend",
    "amendable_fields",
    "case_facts",
    "case_history",
    "case_view",
    "complete_action",
    "create_concern",
    "default_destination",
    "fill_in",
    "last_number",
    "move_to",
    "record_decision",
    "record_referral_outcome",
    "record_referral_sent",
    "record_review",
    "reference_for",
    "save_referral_snapshot",
]

CLOCK_SLACK = dt.timedelta(minutes=5)
"""How far ahead of this computer's clock a time may be before it counts as "in the future"."""

UNKNOWN_OUTCOME_ACTION = (
    "Ask the police Prevent team again for the outcome of the referral, and review the concern."
)
"""The dated action kept when a concern is closed while its referral's outcome is not known."""

_CODE = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_DETAILS_PREFIX = "details."


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
    summary: str
    text: str
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


# ---- small helpers -----------------------------------------------------------------------
def _problem(code: str, message: str) -> InvalidInput:
    return InvalidInput([Requirement(code, message)])


def _not_future(value: dt.datetime | None, code: str, what: str) -> list[Requirement]:
    if value is not None and value > now() + CLOCK_SLACK:
        return [Requirement(code, f"{what} cannot be in the future.")]
    return []


def _check_datetime(value: Any, code: str, what: str) -> dt.datetime:
    if not isinstance(value, dt.datetime):
        raise _problem(code, f"Enter {what} as a date and time.")
    return (
        value.replace(microsecond=0, tzinfo=None)
        if value.tzinfo is None
        else (value.astimezone().replace(tzinfo=None, microsecond=0))
    )


def _check_date(value: Any, code: str, what: str) -> dt.date:
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise _problem(code, f"Enter {what} as a date.")
    return value


def _json_ready(value: Any, code: str) -> Any:
    try:
        text = json.dumps(value, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise _problem(
            code, "This value cannot be stored (only text, numbers, yes/no and lists)."
        ) from exc
    return json.loads(text)


def _answers_dict(answers: Mapping[str, Any] | DecisionAnswers) -> dict[str, Any]:
    if isinstance(answers, DecisionAnswers):
        raw: Any = {f.name: getattr(answers, f.name) for f in dataclasses.fields(answers)}
    else:
        raw = dict(answers)
    value = _json_ready(raw, "answers_invalid")
    if not isinstance(value, dict):
        raise _problem("answers_invalid", "The answers could not be stored.")
    return value


def _concern(s: Session, concern_id: int) -> Concern:
    c = s.get(Concern, concern_id)
    if c is None:
        raise NotFound("That concern is not on record.")
    return c


def _require_stage(c: Concern, stages: Sequence[Stage], doing: str) -> None:
    if Stage(c.stage) in stages:
        return
    if c.stage == Stage.CLOSED.value:
        raise WrongStage(
            f"Concern {c.reference} is closed, so you cannot {doing}. Record new information as "
            "a new concern about the same person."
        )
    where = " or ".join(STAGE_LABELS[s] for s in stages)
    raise WrongStage(
        f"You can {doing} at the {where} stage; concern {c.reference} is at "
        f"{STAGE_LABELS[Stage(c.stage)]}."
    )


def _known_codes(s: Session, kind: str, bundled: Sequence[str]) -> set[str]:
    codes = set(s.scalars(select(CatalogueItem.code).where(CatalogueItem.kind == kind)))
    return codes | set(bundled)


def _check_category(s: Session, category: str) -> str:
    code = clean_text(category) or NOT_YET_KNOWN
    bundled = [c.code for c in catalogues.load_categories().categories]
    if code not in _known_codes(s, "category", bundled):
        raise _problem("category_unknown", "Choose the type of concern from the list.")
    return code


def _check_indicators(s: Session, indicators: Sequence[str]) -> list[str]:
    if isinstance(indicators, str):
        raise _problem("indicators_invalid", "Choose the indicators from the list.")
    bundled = [i.code for i in catalogues.load_indicators().all()]
    known = _known_codes(s, "indicator", bundled)
    out: list[str] = []
    for code in indicators:
        if not isinstance(code, str) or code not in known:
            raise _problem("indicator_unknown", "Choose the indicators from the list.")
        if code not in out:
            out.append(code)
    return out


def _check_details(details: Mapping[str, Any]) -> dict[str, Any]:
    for key in details:
        if not isinstance(key, str) or not _CODE.match(key) or len(key) > 70:
            raise _problem("details_invalid", f"“{key}” cannot be used as the name of a detail.")
    value = _json_ready(dict(details), "details_invalid")
    assert isinstance(value, dict)
    return value


# ---- references --------------------------------------------------------------------------
def reference_for(year: int, number: int) -> str:
    """``C-2026-0042``: the year the concern was noticed and its number within that year."""
    return f"C-{year}-{number:04d}"


def last_number(s: Session, year: int) -> int:
    """The highest concern number used so far in ``year`` (0 if none)."""
    prefix = f"C-{year}-"
    # ":" sorts just after "9", so this range holds exactly this year's references.
    refs = s.scalars(
        select(Concern.reference).where(
            Concern.reference >= prefix, Concern.reference < f"C-{year}-:"
        )
    )
    best = 0
    for ref in refs:
        tail = ref[len(prefix) :]
        if tail.isdigit():
            best = max(best, int(tail))
    return best


# ---- facts -------------------------------------------------------------------------------
def _facts(s: Session, c: Concern) -> CaseFacts:
    pairs = s.execute(
        select(InformationItem.kind, InformationItem.validation).where(
            InformationItem.concern_id == c.id
        )
    ).all()
    alternatives = s.scalar(
        select(func.count(AlternativeExplanation.id)).where(
            AlternativeExplanation.concern_id == c.id
        )
    )
    accepted = s.scalar(
        select(func.count(AlternativeExplanation.id)).where(
            AlternativeExplanation.concern_id == c.id, AlternativeExplanation.accepted.is_(True)
        )
    )
    consultations = s.scalar(
        select(func.count(Consultation.id)).where(Consultation.concern_id == c.id)
    )
    decision = s.scalars(
        select(Decision).where(Decision.concern_id == c.id).order_by(Decision.id.desc()).limit(1)
    ).first()
    referral = s.scalars(
        select(Referral).where(Referral.concern_id == c.id).order_by(Referral.id.desc()).limit(1)
    ).first()
    return CaseFacts(
        has_person=c.person_id is not None,
        noticed_at=c.noticed_at,
        account=c.account,
        immediate_danger=c.immediate_danger,
        emergency_action=c.emergency_action,
        category=c.category,
        items=CaseFacts.tally((InformationKind(k), Validation(v)) for k, v in pairs),
        alternatives_recorded=int(alternatives or 0),
        alternatives_accepted=int(accepted or 0),
        consultations=int(consultations or 0),
        decision_outcome=Outcome(decision.outcome) if decision else None,
        decision_rationale=decision.rationale if decision else "",
        review_date=c.next_review
        if c.next_review
        else (decision.review_date if decision else None),
        referral_sent_at=referral.sent_at if referral else None,
        referral_sent_to=referral.sent_to if referral else "",
        referral_sent_how=referral.sent_how if referral else "",
        police_reference=referral.police_reference if referral else "",
        referral_outcome=ReferralOutcome(referral.outcome)
        if referral and referral.outcome
        else None,
        referral_outcome_date=referral.outcome_date if referral else None,
    )


def _notice_check(c: Concern) -> None:
    """Refuse a concern whose Notice record is incomplete (after creation or an amendment)."""
    facts = CaseFacts(
        has_person=True,
        noticed_at=c.noticed_at,
        account=c.account,
        immediate_danger=c.immediate_danger,
        emergency_action=c.emergency_action,
        category=c.category,
    )
    problems = list(missing_for(Stage.NOTICE, facts))
    if c.immediate_danger and c.emergency_at is None:
        problems.append(
            Requirement(
                "emergency_at_missing",
                "You said someone was in immediate danger. Record when the emergency action "
                "(such as the 999 call) was taken.",
            )
        )
    problems += _not_future(c.noticed_at, "noticed_at_future", "The time the concern was noticed")
    problems += _not_future(
        c.emergency_at, "emergency_at_future", "The time of the emergency action"
    )
    if problems:
        raise InvalidInput(problems)


def case_facts(vault: OpenVault, concern_id: int) -> CaseFacts:
    """The stage rules' view of a concern (no audit event: it holds counts and dates only)."""
    allow(vault, Action.VIEW_CASE)
    with vault.reading() as s:
        return _facts(s, _concern(s, concern_id))


def _stage_change(
    s: Session, c: Concern, from_stage: Stage, to_stage: Stage, user_id: int, *,
    note: str = "", next_review: dt.date | None = None, at: dt.datetime | None = None,
) -> StageChange:  # fmt: skip
    row = StageChange(
        concern_id=c.id, from_stage=from_stage.value, to_stage=to_stage.value, note=note,
        next_review=next_review, changed_by_id=user_id, changed_at=at or now(),
    )  # fmt: skip
    s.add(row)
    return row


def _enter(c: Concern, target: Stage, at: dt.datetime) -> None:
    c.stage = target.value
    if target is Stage.CLOSED:
        c.status = ConcernStatus.CLOSED.value
        c.closed_at = at
        c.next_review = None
    else:
        c.status = ConcernStatus.OPEN.value


# ---- Notice ------------------------------------------------------------------------------
def create_concern(vault: OpenVault, notice: NoticeInput) -> ConcernRef:
    """Record what was noticed. The concern starts at the Notice stage; move it to Check with
    :func:`move_to` (the Notice record must be complete, which is checked here already)."""
    me = allow(vault, Action.CREATE_CASE)
    noticed_at = _check_datetime(notice.noticed_at, "noticed_at_missing", "when it was noticed")
    emergency_at = (
        _check_datetime(notice.emergency_at, "emergency_at_invalid", "the time of the action")
        if notice.emergency_at is not None
        else None
    )
    if notice.immediate_danger is not None and not isinstance(notice.immediate_danger, bool):
        raise _problem("immediate_danger_unanswered", "Answer: is anyone in immediate danger?")
    with vault.unit() as s:
        if s.get(Person, notice.person_id) is None:
            raise _problem("person_missing", "Say who the concern is about.")
        stamp = now()
        year = noticed_at.year
        c = Concern(
            reference=reference_for(year, last_number(s, year) + 1),
            person_id=notice.person_id,
            noticed_by=clean_name(notice.noticed_by),
            noticed_at=noticed_at,
            location=clean_text(notice.location),
            account=clean_text(notice.account),
            others_present=clean_text(notice.others_present),
            indicators=_check_indicators(s, notice.indicators),
            category=_check_category(s, notice.category),
            immediate_danger=notice.immediate_danger,
            emergency_action=clean_text(notice.emergency_action),
            emergency_at=emergency_at,
            details=_check_details(notice.details),
            stage=Stage.NOTICE.value,
            status=ConcernStatus.OPEN.value,
            holder_id=me.user_id,
            recorded_by_id=me.user_id,
            recorded_at=stamp,
        )
        if is_blank(c.noticed_by):
            raise _problem("noticed_by_missing", "Record who noticed the concern.")
        _notice_check(c)
        s.add(c)
        s.flush()
        vault.audit(
            s, "concern.created", entity="concern", entity_id=c.id,
            details={"reference": c.reference, "person_id": c.person_id,
                     "indicators": len(c.indicators), "immediate_danger": c.immediate_danger},
        )  # fmt: skip
        return ConcernRef(c.id, c.reference)


# ---- Check -------------------------------------------------------------------------------
_GATHERING = (Stage.NOTICE, Stage.CHECK)
_OPEN = (Stage.NOTICE, Stage.CHECK, Stage.DECIDE, Stage.SHARE, Stage.REVIEW)


def add_information(vault: OpenVault, concern_id: int, item: InformationInput) -> int:
    me = allow(vault, Action.EDIT_CASE)
    content = clean_text(item.content)
    if is_blank(content):
        raise _problem("content_missing", "Write down the piece of information.")
    try:
        kind, validation = InformationKind(item.kind), Validation(item.validation)
    except ValueError as exc:
        raise _problem(
            "kind_invalid", "Mark it as observed, an assertion or an assumption, and say "
            "whether it is corroborated, uncorroborated or contradicted."
        ) from exc  # fmt: skip
    obtained = (
        _check_date(item.obtained_at, "obtained_at_invalid", "when it was obtained")
        if item.obtained_at is not None
        else None
    )
    if obtained is not None and obtained > dt.date.today():
        raise _problem("obtained_at_future", "The date it was obtained cannot be in the future.")
    corroborated_by = clean_text(item.corroborated_by or "")
    _check_evidence(kind, validation)
    with vault.unit() as s:
        c = _concern(s, concern_id)
        _require_stage(c, _GATHERING, "add information")
        row = InformationItem(
            concern_id=c.id, content=content, source=clean_text(item.source),
            obtained_at=obtained, kind=kind.value, validation=validation.value,
            notes=clean_text(item.notes), recorded_by_id=me.user_id, recorded_at=now(),
            corroborated_by=corroborated_by if validation is Validation.CORROBORATED else "",
        )  # fmt: skip
        s.add(row)
        s.flush()
        vault.audit(
            s, "information.added", entity="information_item", entity_id=row.id,
            details={"concern_id": c.id, "kind": kind.value, "validation": validation.value},
        )  # fmt: skip
        return row.id


def _check_evidence(kind: InformationKind, validation: Validation) -> None:
    """The validation may never contradict the kind: an assumption has no evidence behind it."""
    if kind is InformationKind.ASSUMPTION and validation is Validation.CORROBORATED:
        raise _problem(
            "assumption_corroborated",
            "An assumption is believed without evidence, so it cannot be corroborated. If "
            "something now supports it, record that as its own piece of information (observed "
            "or an assertion) and say who or what corroborates it.",
        )


def add_alternative(vault: OpenVault, concern_id: int, alternative: AlternativeInput) -> int:
    me = allow(vault, Action.EDIT_CASE)
    explanation = clean_text(alternative.explanation)
    if is_blank(explanation):
        raise _problem("explanation_missing", "Describe the other possible explanation.")
    with vault.unit() as s:
        c = _concern(s, concern_id)
        _require_stage(c, _GATHERING, "record an alternative explanation")
        row = AlternativeExplanation(
            concern_id=c.id, explanation=explanation,
            exploration=clean_text(alternative.exploration),
            conclusion=clean_text(alternative.conclusion),
            accepted=_bool3(alternative.accepted),
            recorded_by_id=me.user_id, recorded_at=now(),
        )  # fmt: skip
        s.add(row)
        s.flush()
        vault.audit(
            s, "alternative.added", entity="alternative_explanation", entity_id=row.id,
            details={"concern_id": c.id},
        )  # fmt: skip
        return row.id


def add_consultation(vault: OpenVault, concern_id: int, consultation: ConsultationInput) -> int:
    """Record a discussion: who (name, role, agency), when, how, what was shared, why, outcome."""
    me = allow(vault, Action.EDIT_CASE)
    name = clean_name(consultation.name)
    if is_blank(name):
        raise _problem("name_missing", "Record who was consulted.")
    at = _check_datetime(consultation.consulted_at, "consulted_at_missing", "when it took place")
    future = _not_future(at, "consulted_at_future", "The time of the discussion")
    if future:
        raise InvalidInput(future)
    with vault.unit() as s:
        c = _concern(s, concern_id)
        _require_stage(c, _OPEN, "record a consultation")
        row = Consultation(
            concern_id=c.id, name=name, role=clean_text(consultation.role),
            agency=clean_text(consultation.agency), consulted_at=at,
            method=clean_text(consultation.method), shared=clean_text(consultation.shared),
            reason=clean_text(consultation.reason), outcome=clean_text(consultation.outcome),
            recorded_by_id=me.user_id,
        )  # fmt: skip
        s.add(row)
        s.flush()
        vault.audit(
            s, "consultation.added", entity="consultation", entity_id=row.id,
            details={"concern_id": c.id},
        )  # fmt: skip
        return row.id


# ---- moving between stages ---------------------------------------------------------------
def move_to(
    vault: OpenVault,
    concern_id: int,
    target: Stage,
    *,
    note: str = "",
    next_review: dt.date | None = None,
) -> Stage:
    """Move a concern to ``target`` if the stage rules allow it (else :class:`StageRuleError`).

    ``note`` says why; it is required to close a concern from Review (what the review found).
    ``next_review`` sets the date to look at the concern again (needed to move to Review when
    no review date was set by the decision).
    """
    me = allow(vault, Action.EDIT_CASE)
    target = Stage(target)
    text = clean_text(note)
    if next_review is not None:
        _check_date(next_review, "review_date_invalid", "the review date")
        if next_review < dt.date.today():
            raise _problem(
                "review_date_past", "The review date is in the past; choose a later date."
            )
    with vault.unit() as s:
        c = _concern(s, concern_id)
        current = Stage(c.stage)
        facts = _facts(s, c)
        if next_review is not None:
            facts = dataclasses.replace(facts, review_date=next_review)
        facts = dataclasses.replace(facts, review_note=text)
        advance(facts, current, target)
        stamp = now()
        chase = (
            target is Stage.CLOSED
            and facts.referral_outcome is ReferralOutcome.UNKNOWN
            and facts.review_date is not None
        )
        if chase and facts.review_date is not None:
            if facts.review_date < dt.date.today():
                raise _problem(
                    "review_date_past",
                    "The outcome of the referral is not known and the review date has passed: "
                    "choose a later date to ask again.",
                )
            s.add(
                ActionRow(
                    concern_id=c.id, description=UNKNOWN_OUTCOME_ACTION, owner=me.display_name,
                    due_date=facts.review_date, created_by_id=me.user_id, created_at=stamp,
                )
            )  # fmt: skip
        if next_review is not None and target is not Stage.CLOSED:
            c.next_review = next_review
        _enter(c, target, stamp)
        _stage_change(
            s, c, current, target, me.user_id, note=text,
            next_review=c.next_review if target is not Stage.CLOSED else None, at=stamp,
        )  # fmt: skip
        vault.audit(
            s, "concern.stage_changed", entity="concern", entity_id=c.id,
            details={"from": current.value, "to": target.value},
        )  # fmt: skip
        return target


def record_review(vault: OpenVault, concern_id: int, note: str, next_review: dt.date) -> int:
    """A review held at the Review stage that keeps the concern open until ``next_review``.

    To close the concern after a review use :func:`move_to` with the review note instead.
    """
    me = allow(vault, Action.EDIT_CASE)
    text = clean_text(note)
    problems: list[Requirement] = []
    if is_blank(text):
        problems.append(Requirement("review_note_missing", "Write down what the review found."))
    if next_review is None:
        problems.append(Requirement("review_date_missing", "Set the date of the next review."))
    else:
        _check_date(next_review, "review_date_invalid", "the review date")
        if next_review < dt.date.today():
            problems.append(
                Requirement(
                    "review_date_past", "The review date is in the past; choose a later date."
                )
            )
    if problems:
        raise InvalidInput(problems)
    with vault.unit() as s:
        c = _concern(s, concern_id)
        _require_stage(c, (Stage.REVIEW,), "record a review")
        c.next_review = next_review
        row = _stage_change(
            s, c, Stage.REVIEW, Stage.REVIEW, me.user_id, note=text, next_review=next_review
        )
        s.flush()
        vault.audit(
            s, "concern.reviewed", entity="concern", entity_id=c.id,
            details={"stage_change_id": row.id},
        )  # fmt: skip
        return row.id


# ---- Decide ------------------------------------------------------------------------------
def default_destination(outcome: Outcome, review_date: dt.date | None) -> Stage:
    """Where a decision takes the concern unless the DSL chooses otherwise.

    A Prevent referral goes to Share, monitoring to Review, no further action to Closed; the
    other outcomes go to Review when a review date is set and are closed otherwise.
    """
    places = OUTCOME_DESTINATIONS[Outcome(outcome)]
    if len(places) == 1:
        return next(iter(places))
    return Stage.REVIEW if review_date is not None else Stage.CLOSED


def record_decision(vault: OpenVault, concern_id: int, decision: DecisionInput) -> int:
    """Record a decision (no further action is recorded in exactly the same way, with its
    rationale) and move the concern to where the decision leads, in one transaction."""
    me = allow(vault, Action.DECIDE)
    try:
        outcome = Outcome(decision.outcome)
    except ValueError as exc:
        raise _problem("outcome_missing", "Choose what the response will be.") from exc
    rationale = clean_text(decision.rationale)
    review = decision.review_date
    if review is not None:
        review = _check_date(review, "review_date_invalid", "the review date")
    problems = validate_decision(outcome, rationale, review, today=dt.date.today())
    decided_at = (
        _check_datetime(decision.decided_at, "decided_at_invalid", "when it was decided")
        if decision.decided_at is not None
        else now()
    )
    problems += _not_future(decided_at, "decided_at_future", "The time of the decision")
    if problems:
        raise InvalidInput(problems)
    answers = _answers_dict(decision.answers)
    target = Stage(decision.move_to) if decision.move_to else default_destination(outcome, review)
    with vault.unit() as s:
        c = _concern(s, concern_id)
        _require_stage(c, (Stage.DECIDE,), "record a decision")
        facts = dataclasses.replace(
            _facts(s, c),
            decision_outcome=outcome,
            decision_rationale=rationale,
            review_date=review,
        )
        advance(facts, Stage.DECIDE, target)
        row = Decision(
            concern_id=c.id, answers=answers, outcome=outcome.value, rationale=rationale,
            parallel_route=clean_text(decision.parallel_route), decided_by_id=me.user_id,
            decided_at=decided_at, review_date=review,
        )  # fmt: skip
        s.add(row)
        s.flush()
        stamp = now()
        c.outcome = outcome.value
        c.decided_at = decided_at
        c.next_review = review
        _enter(c, target, stamp)
        _stage_change(
            s, c, Stage.DECIDE, target, me.user_id,
            next_review=c.next_review, at=stamp,
        )  # fmt: skip
        vault.audit(
            s, "decision.recorded", entity="decision", entity_id=row.id,
            details={"concern_id": c.id, "outcome": outcome.value, "to": target.value},
        )  # fmt: skip
        return row.id


# ---- Share -------------------------------------------------------------------------------
def _open_referral(s: Session, c: Concern) -> Referral | None:
    latest = s.scalars(
        select(Referral).where(Referral.concern_id == c.id).order_by(Referral.id.desc()).limit(1)
    ).first()
    return latest if latest is not None and latest.sent_at is None else None


def save_referral_snapshot(
    vault: OpenVault, concern_id: int, snapshot: Mapping[str, Any], form_version: str
) -> int:
    """Keep a referral form exactly as generated, in a new referral row (a snapshot is never
    replaced, so whatever was printed can be shown again). The richer path, which builds the
    form from the case, is :func:`dsl_desktop.services.referrals.generate_referral`."""
    me = allow(vault, Action.REFER)
    data = _json_ready(dict(snapshot), "snapshot_invalid")
    version = clean_text(form_version)
    if is_blank(version):
        raise _problem("form_version_missing", "The form version is missing.")
    with vault.unit() as s:
        c = _concern(s, concern_id)
        _require_stage(c, (Stage.SHARE,), "prepare a referral")
        row = Referral(
            concern_id=c.id, snapshot=data, form_version=version, generated_at=now(),
            generated_by_id=me.user_id,
        )  # fmt: skip
        s.add(row)
        s.flush()
        vault.audit(
            s, "referral.generated", entity="referral", entity_id=row.id,
            details={"concern_id": c.id, "form_version": version},
        )  # fmt: skip
        return row.id


def record_referral_sent(vault: OpenVault, concern_id: int, sent: ReferralSentInput) -> int:
    """When, to whom and how the referral was sent (and the police reference, if given)."""
    allow(vault, Action.REFER)
    at = _check_datetime(sent.sent_at, "referral_sent_at_missing", "when it was sent")
    to = clean_text(sent.sent_to)
    problems = _not_future(at, "referral_sent_at_future", "The time the referral was sent")
    if is_blank(to):
        problems.append(
            Requirement("referral_sent_to_missing", "Record who the referral was sent to.")
        )
    if problems:
        raise InvalidInput(problems)
    with vault.unit() as s:
        c = _concern(s, concern_id)
        _require_stage(c, (Stage.SHARE,), "record sending a referral")
        row = _open_referral(s, c)
        if row is None:
            if s.scalar(select(func.count(Referral.id)).where(Referral.concern_id == c.id)):
                raise RecordLocked(
                    "The referral for this concern is already recorded as sent. To correct "
                    "when, to whom or how, record an amendment."
                )
            row = Referral(concern_id=c.id)
            s.add(row)
        row.sent_at = at
        row.sent_to = to
        row.sent_how = clean_text(sent.sent_how)
        row.police_reference = clean_text(sent.police_reference)
        s.flush()
        vault.audit(
            s, "referral.sent", entity="referral", entity_id=row.id, details={"concern_id": c.id}
        )
        return row.id


def record_referral_outcome(
    vault: OpenVault,
    referral_id: int,
    outcome: ReferralOutcome,
    outcome_date: dt.date | None,
    notes: str = "",
) -> None:
    """What happened to a sent referral. ``unknown`` may later be replaced by the real outcome;
    any other outcome, once recorded, changes only through an amendment."""
    allow(vault, Action.REFER)
    try:
        result = ReferralOutcome(outcome)
    except ValueError as exc:
        raise _problem("referral_outcome_missing", "Choose what happened to the referral.") from exc
    if outcome_date is not None:
        _check_date(outcome_date, "referral_outcome_date_invalid", "the date of the outcome")
        if outcome_date > dt.date.today():
            raise _problem(
                "referral_outcome_date_future", "The outcome date cannot be in the future."
            )
    if result is not ReferralOutcome.UNKNOWN and outcome_date is None:
        raise _problem(
            "referral_outcome_date_missing",
            "Record the date you learned the outcome of the referral.",
        )
    with vault.unit() as s:
        row = s.get(Referral, referral_id)
        if row is None:
            raise NotFound("That referral is not on record.")
        c = _concern(s, row.concern_id)
        _require_stage(c, (Stage.SHARE, Stage.REVIEW), "record the outcome of a referral")
        if row.sent_at is None:
            raise WrongStage("Record when and to whom the referral was sent first.")
        if row.outcome is not None and row.outcome != ReferralOutcome.UNKNOWN.value:
            raise RecordLocked(
                "The outcome of this referral is already recorded. To correct it, record an "
                "amendment."
            )
        row.outcome = result.value
        row.outcome_date = outcome_date
        if notes.strip():
            row.outcome_notes = clean_text(notes)
        vault.audit(
            s, "referral.outcome_recorded", entity="referral", entity_id=row.id,
            details={"concern_id": c.id, "outcome": result.value},
        )  # fmt: skip


# ---- actions -----------------------------------------------------------------------------
def add_action(vault: OpenVault, concern_id: int, action: ActionInput) -> int:
    me = allow(vault, Action.EDIT_CASE)
    description = clean_text(action.description)
    if is_blank(description):
        raise _problem("description_missing", "Describe the action.")
    due = (
        _check_date(action.due_date, "due_date_invalid", "the due date")
        if action.due_date is not None
        else None
    )
    with vault.unit() as s:
        c = _concern(s, concern_id)
        _require_stage(c, _OPEN, "add an action")
        row = ActionRow(
            concern_id=c.id, description=description, owner=clean_name(action.owner),
            due_date=due, created_by_id=me.user_id, created_at=now(),
        )  # fmt: skip
        s.add(row)
        s.flush()
        vault.audit(
            s, "action.added", entity="action", entity_id=row.id, details={"concern_id": c.id}
        )
        return row.id


def complete_action(vault: OpenVault, action_id: int, done_at: dt.datetime | None = None) -> None:
    allow(vault, Action.EDIT_CASE)
    at = _check_datetime(done_at, "done_at_invalid", "when it was done") if done_at else now()
    future = _not_future(at, "done_at_future", "The time the action was done")
    if future:
        raise InvalidInput(future)
    with vault.unit() as s:
        row = s.get(ActionRow, action_id)
        if row is None:
            raise NotFound("That action is not on record.")
        if row.done_at is not None:
            raise RecordLocked("This action is already recorded as done.")
        row.done_at = at
        vault.audit(
            s, "action.completed", entity="action", entity_id=row.id,
            details={"concern_id": row.concern_id},
        )  # fmt: skip


# ---- amendments --------------------------------------------------------------------------
Coercer = Callable[[Any], Any]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _problem("value_invalid", "Enter text here.")
    return clean_text(value)


def _required(what: str) -> Coercer:
    def coerce(value: Any) -> str:
        text = _text(value)
        if is_blank(text):
            raise _problem("value_missing", f"{what} cannot be left blank.")
        return text

    return coerce


def _name(what: str) -> Coercer:
    def coerce(value: Any) -> str:
        return clean_name(_required(what)(value))

    return coerce


def _opt_date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError as exc:
            raise _problem("value_invalid", "Enter a date.") from exc
    return _check_date(value, "value_invalid", "a date")


def _opt_past_datetime(required: bool) -> Coercer:
    def coerce(value: Any) -> dt.datetime | None:
        if value is None or value == "":
            if required:
                raise _problem("value_missing", "Enter a date and time.")
            return None
        if isinstance(value, str):
            try:
                value = dt.datetime.fromisoformat(value)
            except ValueError as exc:
                raise _problem("value_invalid", "Enter a date and time.") from exc
        at = _check_datetime(value, "value_invalid", "a date and time")
        future = _not_future(at, "value_future", "This time")
        if future:
            raise InvalidInput(future)
        return at

    return coerce


def _past_date(value: Any) -> dt.date | None:
    d = _opt_date(value)
    if d is not None and d > dt.date.today():
        raise _problem("value_future", "This date cannot be in the future.")
    return d


def _enum(enum: type[InformationKind] | type[Validation], what: str) -> Coercer:
    def coerce(value: Any) -> str:
        try:
            return enum(value).value
        except ValueError as exc:
            raise _problem("value_invalid", f"Choose {what} from the list.") from exc

    return coerce


def _referral_outcome(value: Any) -> str | None:
    if value is None or value == "":
        return None
    try:
        return ReferralOutcome(value).value
    except ValueError as exc:
        raise _problem("value_invalid", "Choose the outcome from the list.") from exc


def _bool3(value: Any) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise _problem("value_invalid", "Answer yes or no.")


def _json_dict(value: Any) -> dict[str, Any]:
    if not isinstance(value, Mapping | DecisionAnswers):
        raise _problem("value_invalid", "The answers could not be stored.")
    return _answers_dict(value)


_SESSION_CHECKED = object()  # marker: coerced later with the session (codes from catalogues)

_FIELDS: dict[str, tuple[type[Any], dict[str, Any]]] = {
    "concern": (
        Concern,
        {
            "noticed_by": _name("Who noticed the concern"),
            "noticed_at": _opt_past_datetime(True),
            "location": _text,
            "account": _required("What was seen or heard"),
            "others_present": _text,
            "indicators": _SESSION_CHECKED,
            "category": _SESSION_CHECKED,
            "immediate_danger": _bool3,
            "emergency_action": _text,
            "emergency_at": _opt_past_datetime(False),
        },
    ),
    "information_item": (
        InformationItem,
        {
            "content": _required("The information"),
            "source": _text,
            "obtained_at": _past_date,
            "kind": _enum(InformationKind, "observed, assertion or assumption"),
            "validation": _enum(Validation, "how far it is corroborated"),
            "notes": _text,
            "corroborated_by": _text,
        },
    ),
    "alternative_explanation": (
        AlternativeExplanation,
        {
            "explanation": _required("The explanation"),
            "exploration": _text,
            "conclusion": _text,
            "accepted": _bool3,
        },
    ),
    "consultation": (
        Consultation,
        {
            "name": _name("Who was consulted"),
            "role": _text,
            "agency": _text,
            "consulted_at": _opt_past_datetime(True),
            "method": _text,
            "shared": _text,
            "reason": _text,
            "outcome": _text,
        },
    ),
    "decision": (
        Decision,
        {
            "rationale": _required("The rationale"),
            "parallel_route": _text,
            "answers": _json_dict,
            "review_date": _opt_date,
        },
    ),
    "referral": (
        Referral,
        {
            "sent_at": _opt_past_datetime(True),
            "sent_to": _required("Who the referral was sent to"),
            "sent_how": _text,
            "police_reference": _text,
            "outcome": _referral_outcome,
            "outcome_date": _past_date,
            "outcome_notes": _text,
        },
    ),
    "action": (
        ActionRow,
        {
            "description": _required("The action"),
            "owner": _text,
            "due_date": _opt_date,
            "done_at": _opt_past_datetime(False),
        },
    ),
    "person": (Person, dict.fromkeys(PERSON_FIELDS, _SESSION_CHECKED)),
}

_ENTITY_ACTION: Mapping[str, Action] = {"decision": Action.DECIDE, "referral": Action.REFER}


def amendable_fields(entity: str) -> tuple[str, ...]:
    """Fields of ``entity`` that :func:`amend` and :func:`fill_in` accept. For a concern,
    ``details.<name>`` (a referral-form detail) is accepted as well."""
    if entity not in _FIELDS:
        raise _problem("entity_unknown", f"“{entity}” records cannot be amended.")
    return tuple(_FIELDS[entity][1])


def _is_empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return is_blank(value)
    if isinstance(value, list | tuple | dict):
        return not value
    return False


def _person_value(s: Session, p: Person, field_name: str, value: Any) -> Any:
    current = record_of(p).to_input()
    try:
        if field_name == "person_type" and isinstance(value, str):
            value = PersonType(value)
        elif field_name == "date_of_birth" and isinstance(value, str):
            value = dt.date.fromisoformat(value) if value else None
        elif field_name == "addresses" and isinstance(value, list | tuple):
            value = tuple(
                a
                if isinstance(a, Address)
                else Address(str(a["address"]), bool(a.get("is_current")))
                for a in value
            )
    except (ValueError, KeyError, TypeError) as exc:
        raise _problem("value_invalid", "That value does not fit this field.") from exc
    try:
        changed = dataclasses.replace(current, **{field_name: value})
    except TypeError as exc:
        raise _problem("value_invalid", "That value does not fit this field.") from exc
    return normalise_person(changed, dt.date.today())[field_name]


def _apply_change(
    vault: OpenVault, entity: str, entity_id: int, field_name: str, value: Any, reason: str,
    *, only_if_blank: bool,
) -> int:  # fmt: skip
    if entity not in _FIELDS:
        raise _problem("entity_unknown", f"“{entity}” records cannot be amended.")
    model, specs = _FIELDS[entity]
    detail_key = ""
    if entity == "concern" and field_name.startswith(_DETAILS_PREFIX):
        detail_key = field_name[len(_DETAILS_PREFIX) :]
        _check_details({detail_key: None})
    elif field_name not in specs:
        raise _problem("field_unknown", f"“{field_name}” cannot be amended.")
    action = (
        Action.EDIT_CASE if entity == "person" else _ENTITY_ACTION.get(entity, Action.EDIT_CASE)
    )
    me = allow(vault, action)
    with vault.unit() as s:
        row = s.get(model, entity_id)
        if row is None:
            raise NotFound("That record is not on record any more.")
        concern_id: int | None
        if entity == "concern":
            concern_id = row.id
        elif entity == "person":
            concern_id = None
        else:
            concern_id = row.concern_id
        # the new value, in the form it is stored
        if detail_key:
            old = (row.details or {}).get(detail_key)
            new = _json_ready(value, "value_invalid")
        else:
            old = getattr(row, field_name)
            spec = specs[field_name]
            if entity == "person":
                new = _person_value(s, row, field_name, value)
            elif field_name == "category":
                new = _check_category(s, _text(value))
            elif field_name == "indicators":
                new = _check_indicators(
                    s, list(value) if isinstance(value, list | tuple) else value
                )
            else:
                new = spec(value)
        if only_if_blank and not _is_empty(old):
            raise RecordLocked(
                "This has already been recorded. To change it, record an amendment with the reason."
            )
        if jsonable(old) == jsonable(new):
            raise _problem("value_unchanged", "The new value is the same as the recorded one.")
        # apply, then check the record as a whole still holds together
        if detail_key:
            row.details = {**(row.details or {}), detail_key: new}
        else:
            setattr(row, field_name, new)
        _check_whole(s, entity, row, field_name)
        amendment = Amendment(
            concern_id=concern_id, entity=entity, entity_id=entity_id, field=field_name,
            old_value=jsonable(old), new_value=jsonable(new), reason=reason,
            amended_by_id=me.user_id, amended_at=now(),
        )  # fmt: skip
        s.add(amendment)
        s.flush()
        vault.audit(
            s, "record.filled_in" if only_if_blank else "record.amended",
            entity=entity, entity_id=entity_id,
            details={"field": field_name, "concern_id": concern_id, "amendment_id": amendment.id},
        )  # fmt: skip
        return amendment.id


def _check_whole(s: Session, entity: str, row: Any, field_name: str) -> None:
    if entity == "concern":
        _notice_check(row)
    elif entity == "information_item" and field_name in ("kind", "validation"):
        _check_evidence(InformationKind(row.kind), Validation(row.validation))
    elif entity == "decision":
        problems = validate_decision(Outcome(row.outcome), row.rationale, row.review_date)
        c = _concern(s, row.concern_id)
        latest = s.scalar(select(func.max(Decision.id)).where(Decision.concern_id == c.id))
        if field_name == "review_date" and latest == row.id and c.stage != Stage.CLOSED.value:
            if row.review_date is None and c.stage == Stage.REVIEW.value:
                problems.append(
                    Requirement("review_date_missing", "A concern at Review needs a review date.")
                )
            c.next_review = row.review_date
        if problems:
            raise InvalidInput(problems)
    elif (
        entity == "referral"
        and row.outcome is not None
        and row.outcome != ReferralOutcome.UNKNOWN.value
        and row.outcome_date is None
    ):
        raise _problem(
            "referral_outcome_date_missing",
            "Record the date you learned the outcome of the referral.",
        )


def amend(
    vault: OpenVault, entity: str, entity_id: int, field: str, new_value: Any, reason: str
) -> int:
    """Change one field of a saved record, keeping the old value, the new one, who, when and why.

    ``entity`` is a table name: ``concern``, ``information_item``, ``alternative_explanation``,
    ``consultation``, ``decision``, ``referral``, ``action`` or ``person``
    (see :func:`amendable_fields`). A blank reason is refused. Returns the amendment's id.
    """
    why = clean_text(reason) if isinstance(reason, str) else ""
    if is_blank(why):
        raise _problem("reason_missing", "Say why the record is being changed.")
    return _apply_change(vault, entity, entity_id, field, new_value, why, only_if_blank=False)


def fill_in(vault: OpenVault, entity: str, entity_id: int, field: str, value: Any) -> int:
    """Add a value to a field left blank when the record was saved (no reason needed).

    Refused with :class:`RecordLocked` when the field already holds something: use
    :func:`amend`. Kept as an amendment with an empty reason, so it shows in the chronology.
    """
    return _apply_change(vault, entity, entity_id, field, value, "", only_if_blank=True)


# ---- reading a case ----------------------------------------------------------------------
def _load_case(vault: OpenVault, s: Session, concern_id: int) -> CaseView:
    me = signed_in(vault)
    role = Role(me.role)
    c = _concern(s, concern_id)
    names = user_names(s)
    person = s.get(Person, c.person_id)
    if person is None:
        raise NotFound("The person this concern is about is missing from the store.")
    items = list(
        s.scalars(
            select(InformationItem)
            .where(InformationItem.concern_id == c.id)
            .order_by(InformationItem.id)
        )
    )
    item_files: dict[int, list[AttachmentInfo]] = {}
    for info in infos_for(s, OwnerType.INFORMATION_ITEM, [i.id for i in items], names):
        item_files.setdefault(info.owner_id, []).append(info)

    def rows(model: Any) -> list[Any]:
        return list(s.scalars(select(model).where(model.concern_id == c.id).order_by(model.id)))

    facts = _facts(s, c)
    stage = Stage(c.stage)
    blocked = {t: tuple(missing_for(stage, facts, t)) for t in allowed_transitions(stage)}
    return CaseView(
        id=c.id,
        reference=c.reference,
        person=record_of(person),
        noticed_by=c.noticed_by,
        noticed_at=c.noticed_at,
        location=c.location,
        account=c.account,
        others_present=c.others_present,
        indicators=tuple(c.indicators or ()),
        category=c.category,
        immediate_danger=c.immediate_danger,
        emergency_action=c.emergency_action,
        emergency_at=c.emergency_at,
        details=dict(c.details or {}),
        stage=stage,
        status=ConcernStatus(c.status),
        outcome=Outcome(c.outcome) if c.outcome else None,
        next_review=c.next_review,
        decided_at=c.decided_at,
        closed_at=c.closed_at,
        recorded_by=names.get(c.recorded_by_id, ""),
        recorded_at=c.recorded_at,
        holder=names.get(c.holder_id, "") if c.holder_id else "",
        items=tuple(
            InformationItemView(
                id=i.id,
                content=i.content,
                source=i.source,
                obtained_at=i.obtained_at,
                kind=InformationKind(i.kind),
                validation=Validation(i.validation),
                notes=i.notes,
                recorded_by=names.get(i.recorded_by_id, ""),
                recorded_at=i.recorded_at,
                attachments=tuple(item_files.get(i.id, ())),
                corroborated_by=i.corroborated_by,
            )
            for i in items
        ),  # fmt: skip
        alternatives=tuple(
            AlternativeView(
                a.id,
                a.explanation,
                a.exploration,
                a.conclusion,
                names.get(a.recorded_by_id, ""),
                a.recorded_at,
                a.accepted,
            )
            for a in rows(AlternativeExplanation)
        ),  # fmt: skip
        consultations=tuple(
            ConsultationView(
                k.id,
                k.name,
                k.role,
                k.agency,
                k.consulted_at,
                k.method,
                k.shared,
                k.reason,
                k.outcome,
                names.get(k.recorded_by_id, ""),
            )
            for k in rows(Consultation)
        ),  # fmt: skip
        decisions=tuple(
            DecisionView(
                d.id,
                Outcome(d.outcome),
                d.rationale,
                dict(d.answers or {}),
                d.parallel_route,
                d.review_date,
                names.get(d.decided_by_id, ""),
                d.decided_at,
            )
            for d in rows(Decision)
        ),  # fmt: skip
        referrals=tuple(
            ReferralView(
                r.id,
                r.form_version,
                r.snapshot,
                r.generated_at,
                names.get(r.generated_by_id, "") if r.generated_by_id else "",
                r.sent_at,
                r.sent_to,
                r.sent_how,
                r.police_reference,
                ReferralOutcome(r.outcome) if r.outcome else None,
                r.outcome_date,
                r.outcome_notes,
            )
            for r in rows(Referral)
        ),  # fmt: skip
        actions=tuple(
            ActionView(
                a.id,
                a.description,
                a.owner,
                a.due_date,
                a.done_at,
                names.get(a.created_by_id, "") if a.created_by_id else "",
                a.created_at,
            )
            for a in rows(ActionRow)
        ),  # fmt: skip
        stage_changes=tuple(
            StageChangeView(
                g.id,
                Stage(g.from_stage),
                Stage(g.to_stage),
                g.note,
                g.next_review,
                names.get(g.changed_by_id, ""),
                g.changed_at,
            )
            for g in rows(StageChange)
        ),  # fmt: skip
        amendments=tuple(
            AmendmentView(
                m.id,
                m.entity,
                m.entity_id,
                m.field,
                m.old_value,
                m.new_value,
                m.reason,
                names.get(m.amended_by_id, ""),
                m.amended_at,
            )
            for m in rows(Amendment)
        ),  # fmt: skip
        attachments=tuple(infos_for(s, OwnerType.CONCERN, [c.id], names)),
        facts=facts,
        warnings=tuple(check_warnings(facts)),
        missing=tuple(missing_for(stage, facts)) if stage is not Stage.CLOSED else (),
        blocked=blocked,
        next_stages=frozenset(next_stages(facts, stage)),
        can_edit=can(role, Action.EDIT_CASE),
        can_decide=can(role, Action.DECIDE),
        can_refer=can(role, Action.REFER),
    )


def case_view(vault: OpenVault, concern_id: int) -> CaseView:
    """Everything the case screen needs for one concern. Every opening is audited."""
    allow(vault, Action.VIEW_CASE)
    with vault.unit() as s:
        view = _load_case(vault, s, concern_id)
        vault.audit(s, "concern.viewed", entity="concern", entity_id=concern_id)
        return view


REFERRAL_OUTCOME_TITLES: Mapping[ReferralOutcome, str] = {
    ReferralOutcome.NO_FURTHER_ACTION: "no further action",
    ReferralOutcome.SIGNPOSTED: "signposted to other services",
    ReferralOutcome.PREVENT_CASE_MANAGEMENT: "Prevent Case Management",
    ReferralOutcome.CHANNEL: "Channel",
    ReferralOutcome.UNKNOWN: "not known",
}

_ENTITY_LABELS: Mapping[str, str] = {
    "concern": "the concern",
    "information_item": "a piece of information",
    "alternative_explanation": "an alternative explanation",
    "consultation": "a consultation",
    "decision": "a decision",
    "referral": "the referral",
    "action": "an action",
    "person": "the person's details",
}


def _show(value: Any) -> str:
    if value is None or value == "" or value == [] or value == {}:
        return "(blank)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(_show(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def _end_of(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(23, 59, 59))


def case_history(vault: OpenVault, concern_id: int) -> list[HistoryEntry]:
    """The chronology of one concern, oldest first, amendments included. Audited as a view."""
    allow(vault, Action.VIEW_CASE)
    with vault.unit() as s:
        v = _load_case(vault, s, concern_id)
        vault.audit(s, "concern.history_viewed", entity="concern", entity_id=concern_id)
    out: list[HistoryEntry] = []

    def add(at: dt.datetime, kind: str, summary: str, text: str, by: str, entity: str,
            entity_id: int, **extra: Any) -> None:  # fmt: skip
        out.append(HistoryEntry(at, kind, summary, text, by, entity, entity_id, **extra))

    where = f" at {v.location}" if v.location else ""
    add(v.noticed_at, "noticed", f"Noticed by {v.noticed_by}{where}", v.account, v.noticed_by,
        "concern", v.id, facts={"location": v.location})  # fmt: skip
    if v.immediate_danger and v.emergency_at is not None:
        add(v.emergency_at, "emergency", "Emergency action taken", v.emergency_action,
            v.noticed_by, "concern", v.id)  # fmt: skip
    add(v.recorded_at, "recorded", f"Concern {v.reference} recorded", "", v.recorded_by,
        "concern", v.id, facts={"reference": v.reference})  # fmt: skip
    for i in v.items:
        obtained = f", obtained {i.obtained_at.isoformat()}" if i.obtained_at else ""
        source = f" from {i.source}" if i.source else ""
        add(i.recorded_at, "information",
            f"Information recorded{source} ({i.kind.value}, {i.validation.value}{obtained})",
            i.content, i.recorded_by, "information_item", i.id,
            facts={"source": i.source, "kind": i.kind.value, "validation": i.validation.value,
                   "obtained": i.obtained_at})  # fmt: skip
    for alt in v.alternatives:
        text = "\n".join(t for t in (alt.explanation, alt.exploration, alt.conclusion) if t)
        add(alt.recorded_at, "alternative", "Alternative explanation recorded", text,
            alt.recorded_by, "alternative_explanation", alt.id)  # fmt: skip
    for k in v.consultations:
        who = ", ".join(t for t in (k.name, k.role, k.agency) if t)
        how = f" ({k.method})" if k.method else ""
        text = "\n".join(
            f"{label}: {t}"
            for label, t in (("Shared", k.shared), ("Why", k.reason), ("Outcome", k.outcome))
            if t
        )
        add(k.consulted_at, "consultation", f"Consulted {who}{how}", text, k.recorded_by,
            "consultation", k.id, facts={"who": who, "method": k.method})  # fmt: skip
    for g in v.stage_changes:
        if g.from_stage is g.to_stage:
            summary = "Review held"
            if g.next_review:
                summary += f"; next review {g.next_review.isoformat()}"
            kind = "review"
        else:
            summary = f"Moved from {STAGE_LABELS[g.from_stage]} to {STAGE_LABELS[g.to_stage]}"
            kind = "stage"
        add(g.changed_at, kind, summary, g.note, g.changed_by, "stage_change", g.id,
            facts={"from": g.from_stage.value, "to": g.to_stage.value,
                   "next_review": g.next_review})  # fmt: skip
    for d in v.decisions:
        review = f"; review on {d.review_date.isoformat()}" if d.review_date else ""
        text = d.rationale + (f"\nParallel route: {d.parallel_route}" if d.parallel_route else "")
        add(d.decided_at, "decision", f"Decision: {OUTCOME_TITLES[d.outcome]}{review}", text,
            d.decided_by, "decision", d.id,
            facts={"outcome": d.outcome.value, "review_date": d.review_date})  # fmt: skip
    for r in v.referrals:
        if r.generated_at is not None:
            add(r.generated_at, "referral_generated",
                f"Referral form generated ({r.form_version})", "", r.generated_by,
                "referral", r.id, facts={"form_version": r.form_version})  # fmt: skip
        if r.sent_at is not None:
            bits = [f"to {r.sent_to}"] + ([f"by {r.sent_how}"] if r.sent_how else [])
            ref = f"Police reference: {r.police_reference}" if r.police_reference else ""
            add(r.sent_at, "referral_sent", "Referral sent " + " ".join(bits), ref, "",
                "referral", r.id, facts={"to": r.sent_to, "how": r.sent_how})  # fmt: skip
        if r.outcome is not None:
            when = r.outcome_date
            add(_end_of(when) if when else (r.sent_at or v.recorded_at), "referral_outcome",
                f"Referral outcome: {REFERRAL_OUTCOME_TITLES[r.outcome]}", r.outcome_notes, "", "referral", r.id,
                date_only=when is not None, facts={"outcome": r.outcome})  # fmt: skip
    for a in v.actions:
        due = f" (due {a.due_date.isoformat()})" if a.due_date else ""
        owner = f" for {a.owner}" if a.owner else ""
        if a.created_at is not None:
            add(a.created_at, "action", f"Action set{owner}{due}", a.description, a.created_by,
                "action", a.id, facts={"owner": a.owner, "due": a.due_date})  # fmt: skip
        if a.done_at is not None:
            add(a.done_at, "action_done", "Action done", a.description, "", "action", a.id)
    for f in v.attachments:
        add(f.added_at, "attachment", f"File attached: {f.file_name}", "", f.added_by,
            "attachment", f.id, facts={"file": f.file_name})  # fmt: skip
    for m in v.amendments:
        label = _ENTITY_LABELS.get(m.entity, m.entity)
        verb = "Amended" if m.reason else "Added"
        add(m.amended_at, "amendment", f"{verb} {m.field} of {label}",
            f"{_show(m.old_value)} → {_show(m.new_value)}", m.amended_by, m.entity, m.entity_id,
            old_value=m.old_value, new_value=m.new_value, reason=m.reason,
            facts={"field": m.field})  # fmt: skip
    order = {id(e): n for n, e in enumerate(out)}
    out.sort(key=lambda e: (e.at, order[id(e)]))
    return out
