"""The decision record: what was decided, why, and on what information."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AlternativeExplanation as AlternativeRow
from db.models import Concern, Decision, InformationItem, School
from db.models import Consultation as ConsultationRow
from db.vault import OpenVault
from dsl_desktop.domain import Answer, Outcome
from dsl_desktop.nation import rules_for
from dsl_desktop.pdf.decision_record import decision_record_bytes
from dsl_desktop.pdf.text import _, catalogue_for, in_language
from dsl_desktop.referral_form import (
    Consultation,
    DecisionRecord,
    Judgement,
    PersonSummary,
    Proportionality,
)
from dsl_desktop.services.people import NotFound, allow, now
from dsl_desktop.services.referral_case import alternative_entries, information_entries
from dsl_desktop.services.referrals.base import (
    DecisionDocument,
    NoDecision,
    _catalogue_labels,
    _concern,
    _decision,
    _name,
    _role_for_nation,
    _rows,
)
from dsl_desktop.services.rows import person_of
from dsl_desktop.workflow import Action


def _judgement(
    answers: Mapping[str, Any], key: str, numbers: Mapping[int, int], default: Answer | None
) -> Judgement:
    try:
        answer: Answer | None = Answer(answers[key])
    except (KeyError, ValueError):
        answer = default
    notes: list[str] = []
    own = answers.get(f"{key}_notes")
    if isinstance(own, str) and own.strip():
        notes.append(own.strip())
    linked = answers.get(f"{key}_items")
    if isinstance(linked, list):
        found = sorted({numbers[i] for i in linked if isinstance(i, int) and i in numbers})
        if found:
            notes.append(
                _("Based on information items {numbers}.").format(
                    numbers=", ".join(str(n) for n in found)
                )
            )
    return Judgement(answer, " ".join(notes))


def _record(s: Session, c: Concern, decision: Decision, at: dt.datetime) -> DecisionRecord:
    school = s.scalars(select(School)).first()
    p = person_of(s, c)
    item_ids = list(
        s.scalars(
            select(InformationItem.id)
            .where(InformationItem.concern_id == c.id)
            .order_by(InformationItem.id)
        )
    )
    numbers = {item_id: n for n, item_id in enumerate(item_ids, start=1)}
    answers: Mapping[str, Any] = decision.answers if isinstance(decision.answers, Mapping) else {}
    danger = {True: Answer.YES, False: Answer.NO, None: None}[c.immediate_danger]
    decided_by, decided_role = _name(s, decision.decided_by_id)
    nation = rules_for(school.nation if school is not None else None)
    decided_role = _role_for_nation(s, decision.decided_by_id, decided_role, nation)
    rationale = decision.rationale.strip()
    if decision.parallel_route.strip():
        rationale += "\n\n" + _("Alongside this: {route}").format(
            route=decision.parallel_route.strip()
        )
    consultations = s.scalars(
        select(ConsultationRow)
        .where(ConsultationRow.concern_id == c.id)
        .order_by(ConsultationRow.consulted_at, ConsultationRow.id)
    )
    category = _catalogue_labels(s, "category", [c.category]) if c.category else []
    return DecisionRecord(
        concern_reference=c.reference,
        school_name=school.name if school is not None else "",
        school_urn=school.urn if school is not None else "",
        generated_at=at,
        person=PersonSummary(
            forenames=p.forenames,
            surname=p.surname,
            date_of_birth=p.date_of_birth,
            approximate_age=p.approx_age,
            school_or_role=p.school_or_occupation,
        ),
        outcome=Outcome(decision.outcome),
        rationale=rationale,
        decided_by=decided_by,
        decided_at=decision.decided_at,
        noticed_on=c.noticed_at,
        noticed_by=c.noticed_by,
        account=c.account,
        category=category[0] if category else "",
        indicators=tuple(_catalogue_labels(s, "indicator", list(c.indicators or []))),
        information=information_entries(_rows(s, InformationItem, c.id)),
        alternatives=alternative_entries(_rows(s, AlternativeRow, c.id)),
        consultations=tuple(
            Consultation(
                name=k.name,
                role=k.role,
                agency=k.agency,
                consulted_on=k.consulted_at,
                how=k.method,
                what_shared=k.shared,
                why=k.reason,
                outcome=k.outcome,
            )  # fmt: skip
            for k in consultations
        ),
        proportionality=Proportionality(
            immediate_risk=_judgement(answers, "immediate_risk", numbers, danger),
            engagement=_judgement(answers, "engagement", numbers, None),
            intent=_judgement(answers, "intent", numbers, None),
            capability=_judgement(answers, "capability", numbers, None),
        ),
        decided_by_role=decided_role,
        nation=nation.nation.value,
        review_date=decision.review_date,
    )


def _decision_for(s: Session, c: Concern, decision_id: int | None) -> Decision:
    decision = _decision(s, c, decision_id)
    if decision is None:
        raise NoDecision(f"No decision has been recorded for concern {c.reference} yet.")
    return decision


def build_decision_record(
    vault: OpenVault, concern_id: int, decision_id: int | None = None
) -> DecisionRecord:
    """The record of one decision (by default the latest), whatever the outcome."""
    allow(vault, Action.VIEW_CASE)
    with vault.reading() as s:
        c = _concern(s, concern_id)
        return _record(s, c, _decision_for(s, c, decision_id), now())


def decision_record_document(
    vault: OpenVault,
    concern_id: int,
    decision_id: int | None = None,
    language: str | None = None,
) -> DecisionDocument:
    """The decision record and its PDF; producing it is an audit event.

    ``language`` (``"en"``, ``"cy"`` or ``"bilingual"``) sets the labels, and the few words the
    record adds to what was recorded ("Based on information items ...").
    """
    allow(vault, Action.VIEW_CASE)
    catalogue_for(language or "en")  # an unknown language fails before anything is recorded
    with vault.unit() as s, in_language(language):
        c = _concern(s, concern_id)
        decision = _decision_for(s, c, decision_id)
        record = _record(s, c, decision, now())
        vault.audit(
            s, "decision_record.generated", entity="decision", entity_id=decision.id,
            details={"concern_id": c.id, "outcome": decision.outcome},
        )  # fmt: skip
        decision_id = decision.id
    return DecisionDocument(decision_id, record, decision_record_bytes(record, language))


def decision_record_pdf(
    vault: OpenVault,
    concern_id: int,
    decision_id: int | None = None,
    language: str | None = None,
) -> bytes:
    """The decision record as PDF bytes, for every decision including no further action.

    ``language``: ``"en"``, ``"cy"`` or ``"bilingual"`` for the record's labels.
    """
    return decision_record_document(vault, concern_id, decision_id, language).pdf


def _note_decision(vault: OpenVault, action: str, decision_id: int) -> None:
    allow(vault, Action.VIEW_CASE)
    with vault.unit() as s:
        row = s.get(Decision, decision_id)
        if row is None:
            raise NotFound("That decision is not on record.")
        vault.audit(
            s, action, entity="decision", entity_id=row.id,
            details={"concern_id": row.concern_id},
        )  # fmt: skip


def note_decision_record_printed(vault: OpenVault, decision_id: int) -> None:
    _note_decision(vault, "decision_record.printed", decision_id)


def note_decision_record_saved(vault: OpenVault, decision_id: int) -> None:
    _note_decision(vault, "decision_record.saved", decision_id)
