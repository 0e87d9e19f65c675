"""Check: gathering information, alternatives considered and who was consulted."""

from __future__ import annotations

import datetime as dt

from db.models import AlternativeExplanation, Consultation, InformationItem
from db.vault import OpenVault
from dsl_desktop.domain import InformationKind, Validation
from dsl_desktop.services.base import added
from dsl_desktop.services.concerns.base import (
    _GATHERING,
    _OPEN,
    _bool3,
    _check_date,
    _check_datetime,
    _check_evidence,
    _concern,
    _if_given,
    _not_future,
    _problem,
    _require_stage,
    _required,
)
from dsl_desktop.services.people import InvalidInput, allow, clean_text, now
from dsl_desktop.views.concerns import AlternativeInput, ConsultationInput, InformationInput
from dsl_desktop.workflow import Action


def add_information(vault: OpenVault, concern_id: int, item: InformationInput) -> int:
    me = allow(vault, Action.EDIT_CASE)
    content = _required(item.content, "content_missing", "Write down the piece of information.")
    try:
        kind, validation = InformationKind(item.kind), Validation(item.validation)
    except ValueError as exc:
        raise _problem(
            "kind_invalid", "Mark it as observed, an assertion or an assumption, and say "
            "whether it is corroborated, uncorroborated or contradicted."
        ) from exc  # fmt: skip
    obtained = _if_given(
        _check_date, item.obtained_at, "obtained_at_invalid", "when it was obtained"
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
        audited = {"concern_id": c.id, "kind": kind.value, "validation": validation.value}
        return added(vault, s, row, "information.added", audited)


def add_alternative(vault: OpenVault, concern_id: int, alternative: AlternativeInput) -> int:
    me = allow(vault, Action.EDIT_CASE)
    explanation = _required(
        alternative.explanation, "explanation_missing", "Describe the other possible explanation."
    )
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
        return added(vault, s, row, "alternative.added", {"concern_id": c.id})


def add_consultation(vault: OpenVault, concern_id: int, consultation: ConsultationInput) -> int:
    """Record a discussion: who (name, role, agency), when, how, what was shared, why, outcome."""
    me = allow(vault, Action.EDIT_CASE)
    name = _required(consultation.name, "name_missing", "Record who was consulted.", name=True)
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
        return added(vault, s, row, "consultation.added", {"concern_id": c.id})
