"""Notice: recording a new concern."""

from __future__ import annotations

from db.models import Concern, Person
from db.vault import OpenVault
from dsl_desktop.domain import ConcernStatus, Stage
from dsl_desktop.services.concerns.base import (
    _check_category,
    _check_datetime,
    _check_details,
    _check_indicators,
    _if_given,
    _notice_check,
    _problem,
    last_number,
    reference_for,
)
from dsl_desktop.services.people import allow, clean_name, clean_text, now
from dsl_desktop.views.concerns import ConcernRef, NoticeInput
from dsl_desktop.workflow import Action, is_blank


def create_concern(vault: OpenVault, notice: NoticeInput) -> ConcernRef:
    """Record what was noticed. The concern starts at the Notice stage; move it to Check with
    :func:`move_to` (the Notice record must be complete, which is checked here already)."""
    me = allow(vault, Action.CREATE_CASE)
    noticed_at = _check_datetime(notice.noticed_at, "noticed_at_missing", "when it was noticed")
    emergency_at = _if_given(
        _check_datetime, notice.emergency_at, "emergency_at_invalid", "the time of the action"
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
