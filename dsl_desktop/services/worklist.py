"""What needs the signed-in user's attention today: the Home page's worklist.

One call gathers, for the roles that may see them:

* open concerns by stage, and reviews overdue or coming up (from the concerns log itself, so
  the numbers are the log's numbers: :func:`dsl_desktop.services.log.load_log`);
* follow-up actions not done whose due date has passed or is near;
* concerns this user started and has not submitted (the new-concern draft they are typing);
* referrals sent and still waiting for the police's outcome or feedback;
* staff whose training is overdue or never done, or falls due soon (from the training
  matrix, so the numbers match its "Anyone out of date" and "Anyone due soon" filters).

A training administrator sees only the training lines; the log's role rules keep every concern
from them. Nothing here writes to the store, so nothing is audited.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, select

from db.models import Action as ActionRow
from db.models import Concern, Person, Referral
from db.vault import OpenVault
from dsl_desktop.action_words import action_text
from dsl_desktop.domain import ConcernStatus, Role, Stage, TrainingStatus
from dsl_desktop.messages import Text
from dsl_desktop.services import drafts, training
from dsl_desktop.services import log as log_service
from dsl_desktop.services.people import signed_in
from dsl_desktop.workflow import STAGE_ORDER, Action, can

REVIEW_SOON_DAYS = 14
"""A review within this many days counts as coming up."""
ACTION_SOON_DAYS = 7
"""An action due within this many days is listed, as well as every overdue one."""
NEW_CONCERN_DRAFT = "concern:new"
"""The draft key of the new-concern form (ui.concern.notice uses the same)."""
OPEN_STAGES: tuple[Stage, ...] = tuple(s for s in STAGE_ORDER if s is not Stage.CLOSED)


@dataclass(frozen=True)
class ConcernDue:
    """One concern on the worklist, with the date that puts it there."""

    concern_id: int
    reference: str
    person: str
    on: dt.date | None


@dataclass(frozen=True)
class ActionDue:
    action_id: int
    concern_id: int
    reference: str
    person: str
    description: str
    owner: str
    due: dt.date
    overdue: bool

    @property
    def text(self) -> Text:
        """The description to show: a Message when the app wrote it, else as typed."""
        return action_text(self.description)


@dataclass(frozen=True)
class Worklist:
    as_of: dt.date
    shows_concerns: bool
    shows_training: bool
    open_by_stage: Mapping[str, int] = field(default_factory=dict)
    """Open concerns (not drafts, not closed) by stage code, in the order of the flow."""
    overdue_reviews: tuple[ConcernDue, ...] = ()
    reviews_soon: tuple[ConcernDue, ...] = ()
    actions_due: tuple[ActionDue, ...] = ()
    unfinished_new_concern: dt.datetime | None = None
    """When this user last typed into a new concern they have not submitted (None: no draft)."""
    draft_concerns: tuple[ConcernDue, ...] = ()
    """Concerns kept as drafts (recorded but not yet submitted)."""
    referrals_waiting: tuple[ConcernDue, ...] = ()
    """Referrals sent with no outcome recorded yet; ``on`` is the day it was sent."""
    training_overdue: int = 0
    """Current staff with a course overdue or never done."""
    training_due_soon: int = 0
    """Current staff with a course due within the school's warning period."""
    training_due_days: int = 0

    @property
    def open_concerns(self) -> int:
        return sum(self.open_by_stage.values())

    @property
    def drafts(self) -> int:
        return len(self.draft_concerns) + (self.unfinished_new_concern is not None)

    @property
    def is_empty(self) -> bool:
        return not (
            self.open_concerns
            or self.overdue_reviews
            or self.reviews_soon
            or self.actions_due
            or self.drafts
            or self.referrals_waiting
            or self.training_overdue
            or self.training_due_soon
        )


def worklist(vault: OpenVault, *, today: dt.date | None = None) -> Worklist:
    """The signed-in user's worklist as of ``today`` (default: the computer's date)."""
    me = signed_in(vault)
    role = Role(me.role)
    on = today or dt.date.today()
    shows_concerns = can(role, Action.VIEW_LOG)
    shows_training = can(role, Action.VIEW_TRAINING)
    found: dict[str, Any] = {}
    if shows_concerns:
        found.update(_concern_lines(vault, on, role))
    if shows_training:
        found.update(_training_lines(vault, on))
    return Worklist(
        as_of=on,
        shows_concerns=shows_concerns,
        shows_training=shows_training,
        **found,
    )


def _concern_lines(vault: OpenVault, on: dt.date, role: Role) -> dict[str, Any]:
    log = log_service.load_log(vault, today=on)
    by_stage = {s.value: 0 for s in OPEN_STAGES}
    overdue: list[ConcernDue] = []
    soon: list[ConcernDue] = []
    draft_rows: list[ConcernDue] = []
    horizon = on + dt.timedelta(days=REVIEW_SOON_DAYS)
    for row in log.rows:
        if row.status == ConcernStatus.DRAFT.value:
            draft_rows.append(ConcernDue(row.id, row.reference, row.person, row.noticed_on))
            continue
        if row.status != ConcernStatus.OPEN.value:
            continue
        if row.stage in by_stage:
            by_stage[row.stage] += 1
        review = row.next_review_on
        if review is None:
            continue
        item = ConcernDue(row.id, row.reference, row.person, review)
        if row.is_overdue(on):
            overdue.append(item)
        elif review <= horizon:
            soon.append(item)
    by_date = lambda c: (c.on or on, c.reference)  # noqa: E731
    actions, referrals = _actions_and_referrals(vault, on)
    new_draft = None
    if role is not Role.REVIEWER:
        kept = [
            d for d in drafts.list_drafts(vault, NEW_CONCERN_DRAFT) if d.key == NEW_CONCERN_DRAFT
        ]
        new_draft = kept[0].updated_at if kept else None
    return {
        "open_by_stage": by_stage,
        "overdue_reviews": tuple(sorted(overdue, key=by_date)),
        "reviews_soon": tuple(sorted(soon, key=by_date)),
        "actions_due": actions,
        "unfinished_new_concern": new_draft,
        "draft_concerns": tuple(draft_rows),
        "referrals_waiting": referrals,
    }


def _with_concern(model: Any, *columns: Any) -> Select[Any]:
    """Rows of ``model`` (a table with ``concern_id``): the concern's id and reference and the
    person's names, then ``columns``."""
    return (
        select(model.concern_id, Concern.reference, Person.forenames, Person.surname, *columns)
        .join(Concern, Concern.id == model.concern_id)
        .join(Person, Person.id == Concern.person_id)
    )


def _actions_and_referrals(
    vault: OpenVault, on: dt.date
) -> tuple[tuple[ActionDue, ...], tuple[ConcernDue, ...]]:
    horizon = on + dt.timedelta(days=ACTION_SOON_DAYS)
    not_closed = Concern.status != ConcernStatus.CLOSED.value
    with vault.reading() as s:
        action_rows = s.execute(
            _with_concern(
                ActionRow, ActionRow.id, ActionRow.description, ActionRow.owner, ActionRow.due_date
            )
            .where(
                ActionRow.done_at.is_(None),
                ActionRow.due_date.is_not(None),
                ActionRow.due_date <= horizon,
                not_closed,
            )
            .order_by(ActionRow.due_date, ActionRow.id)
        ).all()
        referral_rows = s.execute(
            _with_concern(Referral, Referral.sent_at)
            .where(Referral.sent_at.is_not(None), Referral.outcome.is_(None), not_closed)
            .order_by(Referral.sent_at, Referral.id)
        ).all()

    def name(fore: str | None, sur: str | None) -> str:
        return f"{fore or ''} {sur or ''}".strip()

    actions = tuple(
        ActionDue(aid, cid, ref, name(fore, sur), text, owner or "", due or on, (due or on) < on)
        for cid, ref, fore, sur, aid, text, owner, due in action_rows
    )
    seen: set[int] = set()
    referrals: list[ConcernDue] = []
    for cid, ref, fore, sur, sent in referral_rows:
        if cid not in seen:
            seen.add(cid)
            referrals.append(ConcernDue(cid, ref, name(fore, sur), sent.date() if sent else None))
    return actions, tuple(referrals)


def _training_lines(vault: OpenVault, on: dt.date) -> dict[str, Any]:
    board = training.dashboard(vault, as_of=on)
    overdue = due = 0
    for row in board.rows:
        statuses = {s.status for s in row.statuses.values()}
        if statuses & {TrainingStatus.OVERDUE, TrainingStatus.NEVER_DONE}:
            overdue += 1
        if TrainingStatus.DUE_SOON in statuses:
            due += 1
    return {
        "training_overdue": overdue,
        "training_due_soon": due,
        "training_due_days": board.due_soon_days,
    }


__all__ = [
    "ACTION_SOON_DAYS",
    "ActionDue",
    "ConcernDue",
    "NEW_CONCERN_DRAFT",
    "OPEN_STAGES",
    "REVIEW_SOON_DAYS",
    "Worklist",
    "worklist",
]
