"""Check: gathering information, alternatives considered and who was consulted."""

from __future__ import annotations

import datetime as dt

from db.models import AlternativeExplanation, Consultation, InformationItem
from db.vault import OpenVault
from dsl_desktop.domain import InformationKind, Validation
from dsl_desktop.services.concerns.base import (
    _GATHERING,
    _OPEN,
    _bool3,
    _check_date,
    _check_datetime,
    _check_evidence,
    _concern,
    _not_future,
    _problem,
    _require_stage,
)
from dsl_desktop.services.people import InvalidInput, allow, clean_name, clean_text, now
from dsl_desktop.views.concerns import AlternativeInput, ConsultationInput, InformationInput
from dsl_desktop.workflow import Action, is_blank


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
