"""What every step of a concern shares: the errors, checks of dates and codes, references, the
facts the workflow rules read, and entering a stage."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.errors import WrongStage
from db.models import (
    AlternativeExplanation,
    CatalogueItem,
    Concern,
    Consultation,
    Decision,
    InformationItem,
    Referral,
    StageChange,
)
from db.vault import OpenVault
from dsl_desktop import catalogues
from dsl_desktop.domain import (
    ConcernStatus,
    InformationKind,
    Outcome,
    ReferralOutcome,
    Stage,
    Validation,
)
from dsl_desktop.guidance import DecisionAnswers
from dsl_desktop.messages import Message
from dsl_desktop.services.people import InvalidInput, allow, clean_name, clean_text, now
from dsl_desktop.services.rows import concern_row
from dsl_desktop.workflow import (
    NOT_YET_KNOWN,
    STAGE_LABELS,
    Action,
    CaseFacts,
    Requirement,
    is_blank,
    missing_for,
)

CLOCK_SLACK = dt.timedelta(minutes=5)


"""How far ahead of this computer's clock a time may be before it counts as "in the future"."""


_CODE = re.compile(r"^[a-z][a-z0-9_]{0,63}$")


_DETAILS_PREFIX = "details."


# ---- small helpers -----------------------------------------------------------------------
def _problem(code: str, message: str | Message) -> InvalidInput:
    return InvalidInput([Requirement(code, message)])


def _required(value: str, code: str, message: str, *, name: bool = False) -> str:
    """``value`` as stored (cleaned as a name with ``name``); the problem ``code`` if blank."""
    text = clean_name(value) if name else clean_text(value)
    if is_blank(text):
        raise _problem(code, message)
    return text


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


Checked = TypeVar("Checked")


def _if_given(
    check: Callable[[Any, str, str], Checked], value: Any, code: str, what: str
) -> Checked | None:
    """``check`` (``_check_date``, ``_check_datetime``) for a value that may be left out."""
    return None if value is None else check(value, code, what)


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


_concern = concern_row  # the modules of this package load concerns through here


def _require_stage(c: Concern, stages: Sequence[Stage], doing: str) -> None:
    if Stage(c.stage) in stages:
        return
    if c.stage == Stage.CLOSED.value:
        raise WrongStage(CLOSED_REFUSAL, reference=c.reference, doing=doing)
    raise WrongStage(
        "You can {doing} at the {where} stage; concern {reference} is at {stage}.",
        doing=doing,
        where=" or ".join(STAGE_LABELS[s] for s in stages),
        reference=c.reference,
        stage=STAGE_LABELS[Stage(c.stage)],
    )


CLOSED_REFUSAL = (
    "Concern {reference} is closed, so you cannot {doing}. Record new information as a new "
    "concern about the same person."
)
"""What a change to a closed concern is told (``doing`` says what was tried)."""


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


# ---- Check -------------------------------------------------------------------------------
_GATHERING = (Stage.NOTICE, Stage.CHECK)


_OPEN = (Stage.NOTICE, Stage.CHECK, Stage.DECIDE, Stage.SHARE, Stage.REVIEW)


def _check_evidence(kind: InformationKind, validation: Validation) -> None:
    """The validation may never contradict the kind: an assumption has no evidence behind it."""
    if kind is InformationKind.ASSUMPTION and validation is Validation.CORROBORATED:
        raise _problem(
            "assumption_corroborated",
            "An assumption is believed without evidence, so it cannot be corroborated. If "
            "something now supports it, record that as its own piece of information (observed "
            "or an assertion) and say who or what corroborates it.",
        )


def _bool3(value: Any) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise _problem("value_invalid", "Answer yes or no.")
