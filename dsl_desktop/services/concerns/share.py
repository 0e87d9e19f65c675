"""Share: the Prevent referral, when it was sent and what came of it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.errors import RecordLocked, WrongStage
from db.models import Concern, Referral
from db.vault import OpenVault
from dsl_desktop.domain import ReferralOutcome, Stage
from dsl_desktop.messages import Message
from dsl_desktop.services.base import added
from dsl_desktop.services.concerns.base import (
    _check_date,
    _check_datetime,
    _concern,
    _json_ready,
    _not_future,
    _problem,
    _require_stage,
)
from dsl_desktop.services.people import InvalidInput, NotFound, allow, clean_text, now
from dsl_desktop.views.concerns import ReferralSentInput
from dsl_desktop.workflow import Action, Requirement, is_blank


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
        audited = {"concern_id": c.id, "form_version": version}
        return added(vault, s, row, "referral.generated", audited)


def record_referral_sent(vault: OpenVault, concern_id: int, sent: ReferralSentInput) -> int:
    """When, to whom and how the referral was sent (and the police reference, if given)."""
    allow(vault, Action.REFER)
    at = _check_datetime(sent.sent_at, "referral_sent_at_missing", "when it was sent")
    to = clean_text(sent.sent_to)
    problems = _not_future(at, "referral_sent_at_future", "The time the referral was sent")
    if is_blank(to):
        problems.append(
            Requirement("referral_sent_to_missing", Message("Record who the referral was sent to."))
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
