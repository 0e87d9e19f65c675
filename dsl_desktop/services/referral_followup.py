"""After a Prevent referral is sent: the police gateway outcome, feedback, Channel consent and
panels, the school's part, and the reviews 6 and 12 months after support ends.

Every function takes the open vault first, needs the referring role (``Action.REFER``; reading
needs ``Action.VIEW_CASE``), works in one unit of work and writes an audit event holding ids and
codes only. Views are plain frozen dataclasses.

* :func:`follow_up` -> :class:`FollowUp`: everything known after sending, for one referral.
* :func:`record_gateway_outcome`: the gateway's route (``ReferralOutcome``: Channel, Prevent
  Case Management, no further action, signposted, or not known yet) and the date it was learned.
  "Not known" may later be replaced by the real outcome; a known outcome changes only through
  an amendment (``concerns.amend``).
* :func:`record_feedback`: when feedback was asked for, when it came and what it said.
* :func:`record_channel_consent`: consent given or refused, and by whom; for an under-18 it is
  the parent's or carer's consent that Channel needs (domain.md §8).
* :func:`add_panel_date`: a Channel panel date (kept sorted, each once).
* :func:`record_school_part`: what the school does as part of the support.
* :func:`record_support_ended`: when Channel or Prevent Case Management support ended; creates
  the 6- and 12-month reviews as dated actions on the concern (returns their ids).

A concern whose referral outcome is still "not known" can be closed only with a review date;
closing then keeps a dated action to ask again (see ``concerns.move_to``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Action as ActionRow
from db.models import Concern, Person, Referral
from db.vault import OpenVault
from dsl_desktop.action_words import review_description
from dsl_desktop.domain import ChannelConsent, ConsentFrom, ReferralOutcome, Stage
from dsl_desktop.services.people import InvalidInput, NotFound, allow, clean_text, now
from dsl_desktop.services.referral_checks import is_child
from dsl_desktop.training.compliance import add_months
from dsl_desktop.workflow import Action, Requirement, is_blank

__all__ = [
    "REVIEW_MONTHS",
    "FollowUp",
    "ReviewAction",
    "add_panel_date",
    "follow_up",
    "record_channel_consent",
    "record_feedback",
    "record_gateway_outcome",
    "record_school_part",
    "record_support_ended",
]

REVIEW_MONTHS = (6, 12)
"""Channel and Prevent Case Management are reviewed 6 and 12 months after support ends."""

SUPPORTED = (ReferralOutcome.CHANNEL, ReferralOutcome.PREVENT_CASE_MANAGEMENT)


@dataclass(frozen=True)
class ReviewAction:
    action_id: int
    months: int
    due_date: dt.date | None
    done: bool


@dataclass(frozen=True)
class FollowUp:
    referral_id: int
    concern_id: int
    reference: str
    sent_at: dt.datetime | None
    police_reference: str
    gateway_outcome: ReferralOutcome | None
    gateway_outcome_on: dt.date | None
    outcome_notes: str
    feedback_requested_on: dt.date | None
    feedback_received_on: dt.date | None
    feedback_notes: str
    child: bool | None
    channel_consent: ChannelConsent | None
    consent_from: ConsentFrom | None
    consent_on: dt.date | None
    panel_dates: tuple[dt.date, ...]
    school_part: str
    support_ended_on: dt.date | None
    reviews: tuple[ReviewAction, ...]

    @property
    def sent(self) -> bool:
        return self.sent_at is not None

    @property
    def supported(self) -> bool:
        """Channel or Prevent Case Management: support, consent and reviews apply."""
        return self.gateway_outcome in SUPPORTED


def _problem(code: str, message: str) -> InvalidInput:
    return InvalidInput([Requirement(code, message)])


def _past_date(value: Any, code: str, what: str) -> dt.date:
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise _problem(code, f"Enter {what} as a date.")
    if value > dt.date.today():
        raise _problem(f"{code}_future", f"{what[0].upper()}{what[1:]} cannot be in the future.")
    return value


def _load(s: Session, referral_id: int) -> tuple[Referral, Concern]:
    row = s.get(Referral, referral_id)
    if row is None:
        raise NotFound("That referral is not on record.")
    c = s.get(Concern, row.concern_id)
    if c is None:
        raise NotFound("That concern is not on record.")
    return row, c


def _sent_referral(s: Session, referral_id: int) -> tuple[Referral, Concern]:
    from dsl_desktop.services.concerns import WrongStage

    row, c = _load(s, referral_id)
    if row.sent_at is None:
        raise WrongStage("Record when and to whom the referral was sent first.")
    if c.stage == Stage.CLOSED.value:
        raise WrongStage(f"Concern {c.reference} is closed.")
    return row, c


def _dates(raw: Any) -> tuple[dt.date, ...]:
    out: set[dt.date] = set()
    for item in raw if isinstance(raw, list) else []:
        try:
            out.add(dt.date.fromisoformat(str(item)))
        except ValueError:
            continue
    return tuple(sorted(out))


def _reviews(s: Session, c: Concern, row: Referral) -> tuple[ReviewAction, ...]:
    if row.outcome is None or ReferralOutcome(row.outcome) not in SUPPORTED:
        return ()
    outcome = ReferralOutcome(row.outcome)
    wanted = {review_description(m, outcome): m for m in REVIEW_MONTHS}
    found = s.scalars(
        select(ActionRow)
        .where(ActionRow.concern_id == c.id, ActionRow.description.in_(list(wanted)))
        .order_by(ActionRow.id)
    )
    return tuple(
        ReviewAction(a.id, wanted[a.description], a.due_date, a.done_at is not None) for a in found
    )


def _view(s: Session, row: Referral, c: Concern) -> FollowUp:
    p = s.get(Person, c.person_id)
    return FollowUp(
        referral_id=row.id,
        concern_id=c.id,
        reference=c.reference,
        sent_at=row.sent_at,
        police_reference=row.police_reference,
        gateway_outcome=ReferralOutcome(row.outcome) if row.outcome else None,
        gateway_outcome_on=row.outcome_date,
        outcome_notes=row.outcome_notes,
        feedback_requested_on=row.feedback_requested_on,
        feedback_received_on=row.feedback_received_on,
        feedback_notes=row.feedback_notes,
        child=is_child(p) if p is not None else None,
        channel_consent=ChannelConsent(row.channel_consent) if row.channel_consent else None,
        consent_from=ConsentFrom(row.consent_from) if row.consent_from else None,
        consent_on=row.consent_on,
        panel_dates=_dates(row.panel_dates),
        school_part=row.school_part,
        support_ended_on=row.support_ended_on,
        reviews=_reviews(s, c, row),
    )


def follow_up(vault: OpenVault, referral_id: int) -> FollowUp:
    allow(vault, Action.VIEW_CASE)
    with vault.reading() as s:
        return _view(s, *_load(s, referral_id))


def record_gateway_outcome(
    vault: OpenVault,
    referral_id: int,
    outcome: ReferralOutcome | str,
    outcome_on: dt.date | None,
    notes: str = "",
) -> None:
    """The police gateway's outcome and the date it was learned (none for "not known")."""
    from dsl_desktop.services import concerns

    concerns.record_referral_outcome(
        vault, referral_id, ReferralOutcome(outcome), outcome_on, notes
    )


def record_feedback(
    vault: OpenVault,
    referral_id: int,
    *,
    requested_on: dt.date | None = None,
    received_on: dt.date | None = None,
    notes: str = "",
) -> None:
    """Feedback asked for (``requested_on``) and received (``received_on``, with ``notes``).

    Dates already recorded stay as they are; give only what is new.
    """
    allow(vault, Action.REFER)
    asked = came = None
    if requested_on is not None:
        asked = _past_date(requested_on, "feedback_requested_on", "the date feedback was asked for")
    if received_on is not None:
        came = _past_date(received_on, "feedback_received_on", "the date feedback came")
    text = clean_text(notes or "")
    if asked is None and came is None and is_blank(text):
        raise _problem("feedback_missing", "Record when feedback was asked for or received.")
    with vault.unit() as s:
        row, c = _sent_referral(s, referral_id)
        if asked is not None:
            if row.sent_at is not None and asked < row.sent_at.date():
                raise _problem(
                    "feedback_requested_before_sent",
                    "Feedback cannot have been asked for before the referral was sent.",
                )
            row.feedback_requested_on = asked
        if came is not None:
            row.feedback_received_on = came
        if text:
            row.feedback_notes = text
        vault.audit(
            s, "referral.feedback_recorded", entity="referral", entity_id=row.id,
            details={"concern_id": c.id, "requested": asked is not None,
                     "received": came is not None},
        )  # fmt: skip


def record_channel_consent(
    vault: OpenVault,
    referral_id: int,
    consent: ChannelConsent | str,
    consent_from: ConsentFrom | str,
    on: dt.date,
) -> None:
    """Consent to Channel support given or refused, by the person or (under 18: required) a
    parent or carer."""
    allow(vault, Action.REFER)
    try:
        answer, who = ChannelConsent(consent), ConsentFrom(consent_from)
    except ValueError as exc:
        raise _problem(
            "consent_missing", "Record whether consent was given or refused, and by whom."
        ) from exc
    when = _past_date(on, "consent_on", "the date of the consent")
    with vault.unit() as s:
        row, c = _sent_referral(s, referral_id)
        if row.outcome != ReferralOutcome.CHANNEL.value:
            raise _problem(
                "consent_not_channel",
                "Consent is recorded once the gateway has routed the referral to Channel.",
            )
        p = s.get(Person, c.person_id)
        if p is not None and is_child(p) is True and who is ConsentFrom.PERSON:
            raise _problem(
                "consent_parent_needed",
                "The person is under 18: Channel support needs the consent of a parent or "
                "carer. Record theirs.",
            )
        row.channel_consent = answer.value
        row.consent_from = who.value
        row.consent_on = when
        vault.audit(
            s, "referral.channel_consent", entity="referral", entity_id=row.id,
            details={"concern_id": c.id, "consent": answer.value, "from": who.value},
        )  # fmt: skip


def add_panel_date(vault: OpenVault, referral_id: int, on: dt.date) -> None:
    """A Channel panel date (past or planned)."""
    allow(vault, Action.REFER)
    if isinstance(on, dt.datetime) or not isinstance(on, dt.date):
        raise _problem("panel_date_invalid", "Enter the panel date as a date.")
    with vault.unit() as s:
        row, c = _sent_referral(s, referral_id)
        if row.outcome != ReferralOutcome.CHANNEL.value:
            raise _problem(
                "panel_not_channel", "Panel dates belong to a referral routed to Channel."
            )
        dates = set(_dates(row.panel_dates))
        dates.add(on)
        row.panel_dates = [d.isoformat() for d in sorted(dates)]
        vault.audit(
            s, "referral.panel_date_added", entity="referral", entity_id=row.id,
            details={"concern_id": c.id, "panels": len(dates)},
        )  # fmt: skip


def record_school_part(vault: OpenVault, referral_id: int, text: str) -> None:
    """What the school does as its part of the support plan."""
    allow(vault, Action.REFER)
    value = clean_text(text or "")
    if is_blank(value):
        raise _problem("school_part_missing", "Describe the school's part in the support.")
    with vault.unit() as s:
        row, c = _sent_referral(s, referral_id)
        row.school_part = value
        vault.audit(
            s, "referral.school_part_recorded", entity="referral", entity_id=row.id,
            details={"concern_id": c.id},
        )  # fmt: skip


def record_support_ended(vault: OpenVault, referral_id: int, ended_on: dt.date) -> tuple[int, ...]:
    """When Channel or Prevent Case Management support ended; adds the 6- and 12-month reviews
    as dated actions on the concern and returns their ids (existing ones are not repeated)."""
    me = allow(vault, Action.REFER)
    when = _past_date(ended_on, "support_ended_on", "the date support ended")
    with vault.unit() as s:
        row, c = _sent_referral(s, referral_id)
        if row.outcome is None or ReferralOutcome(row.outcome) not in SUPPORTED:
            raise _problem(
                "support_not_given",
                "Reviews after support apply to Channel or Prevent Case Management. Record "
                "that outcome first.",
            )
        outcome = ReferralOutcome(row.outcome)
        row.support_ended_on = when
        existing = {r.months: r.action_id for r in _reviews(s, c, row)}
        ids: list[int] = []
        stamp = now()
        for months in REVIEW_MONTHS:
            if months in existing:
                action = s.get(ActionRow, existing[months])
                if action is not None and action.done_at is None:
                    action.due_date = add_months(when, months)
                ids.append(existing[months])
                continue
            action = ActionRow(
                concern_id=c.id, description=review_description(months, outcome),
                owner=me.display_name, due_date=add_months(when, months),
                created_by_id=me.user_id, created_at=stamp,
            )  # fmt: skip
            s.add(action)
            s.flush()
            ids.append(action.id)
        vault.audit(
            s, "referral.support_ended", entity="referral", entity_id=row.id,
            details={"concern_id": c.id, "review_actions": ids},
        )  # fmt: skip
        return tuple(ids)
