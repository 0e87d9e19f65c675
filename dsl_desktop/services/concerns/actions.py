"""Actions agreed for a concern, and marking them done."""

from __future__ import annotations

import datetime as dt

from db.errors import RecordLocked
from db.models import Action as ActionRow
from db.vault import OpenVault
from dsl_desktop.services.base import added
from dsl_desktop.services.concerns.base import (
    _OPEN,
    _check_date,
    _check_datetime,
    _concern,
    _if_given,
    _not_future,
    _require_stage,
    _required,
)
from dsl_desktop.services.people import InvalidInput, NotFound, allow, clean_name, now
from dsl_desktop.views.concerns import ActionInput
from dsl_desktop.workflow import Action


def add_action(vault: OpenVault, concern_id: int, action: ActionInput) -> int:
    me = allow(vault, Action.EDIT_CASE)
    description = _required(action.description, "description_missing", "Describe the action.")
    due = _if_given(_check_date, action.due_date, "due_date_invalid", "the due date")
    with vault.unit() as s:
        c = _concern(s, concern_id)
        _require_stage(c, _OPEN, "add an action")
        row = ActionRow(
            concern_id=c.id, description=description, owner=clean_name(action.owner),
            due_date=due, created_by_id=me.user_id, created_at=now(),
        )  # fmt: skip
        return added(vault, s, row, "action.added", {"concern_id": c.id})


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
