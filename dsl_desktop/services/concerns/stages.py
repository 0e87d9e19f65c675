"""Moving a concern between stages, and its reviews."""

from __future__ import annotations

import dataclasses
import datetime as dt

from db.models import Action as ActionRow
from db.vault import OpenVault
from dsl_desktop.action_words import UNKNOWN_OUTCOME_ACTION
from dsl_desktop.domain import ReferralOutcome, Stage
from dsl_desktop.messages import Message
from dsl_desktop.services.concerns.base import (
    _check_date,
    _concern,
    _enter,
    _facts,
    _problem,
    _require_stage,
    _stage_change,
)
from dsl_desktop.services.people import InvalidInput, allow, clean_text, now
from dsl_desktop.workflow import REVIEW_DATE_PAST, Action, Requirement, advance, is_blank


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
            raise InvalidInput([REVIEW_DATE_PAST])
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
                    Message(
                        "The outcome of the referral is not known and the review date has "
                        "passed: choose a later date to ask again."
                    ),
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
        problems.append(
            Requirement("review_note_missing", Message("Write down what the review found."))
        )
    if next_review is None:
        problems.append(
            Requirement("review_date_missing", Message("Set the date of the next review."))
        )
    else:
        _check_date(next_review, "review_date_invalid", "the review date")
        if next_review < dt.date.today():
            problems.append(REVIEW_DATE_PAST)
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
