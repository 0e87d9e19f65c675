"""Decide: recording the decision and where the concern goes next."""

from __future__ import annotations

import dataclasses
import datetime as dt

from db.models import Decision
from db.vault import OpenVault
from dsl_desktop.domain import Outcome, Stage
from dsl_desktop.services.concerns.base import (
    _answers_dict,
    _check_date,
    _check_datetime,
    _concern,
    _enter,
    _facts,
    _not_future,
    _problem,
    _require_stage,
    _stage_change,
)
from dsl_desktop.services.people import InvalidInput, allow, clean_text, now
from dsl_desktop.views.concerns import DecisionInput
from dsl_desktop.workflow import OUTCOME_DESTINATIONS, Action, advance, validate_decision


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
