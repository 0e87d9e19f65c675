"""What the referral services share: their errors, the views they return, and loading a case."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.errors import DomainError
from db.models import Concern, Decision, Referral, User
from db.vault import SignedIn
from dsl_desktop.domain import Nation, Outcome, Role, Stage
from dsl_desktop.nation import NationRules
from dsl_desktop.pdf.referral import PRINT_ORDER
from dsl_desktop.referral_form import DecisionRecord, ReferralForm, ReferralSection
from dsl_desktop.services.people import NotFound
from dsl_desktop.services.referral_case import assemble_form, catalogue_labels, load_case_records
from dsl_desktop.services.rows import concern_row
from dsl_desktop.workflow import ROLE_LABELS, STAGE_LABELS

_concern = concern_row  # the modules of this package load concerns through here

SECTION_ORDER: tuple[ReferralSection, ...] = PRINT_ORDER


"""The sections in the order the form prints them: the national form's order (the person; the
concerns, with the information and what worries us; complex needs; other information, with the
checks made; the referrer)."""


EDIT_REASON = "Wording rewritten by the referrer before the form was generated."


class NotAReferral(DomainError):
    """The concern's latest decision is something other than a Prevent referral."""

    advice = (
        "A referral form is made only when the decision is a Prevent referral. The decision "
        "record is available for every decision."
    )


class NoDecision(DomainError):
    advice = "Record the decision at the Decide step first."


class NoReferralForm(DomainError):
    advice = "Generate the referral form first."


class AlreadySent(DomainError):
    advice = (
        "The form stays as it was sent. To share new information, take the concern back to "
        "Check through a review, and decide again."
    )


class SupersededReferral(DomainError):
    advice = "Record the sending against the newest version of the form."


# ---- views -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class GeneratedReferral:
    """One generated referral form (a ``referral`` row) and what is known about its sending."""

    id: int
    concern_id: int
    concern_reference: str
    form_version: str
    generated_at: dt.datetime | None
    generated_by: str
    edited_sections: tuple[ReferralSection, ...]
    sent_at: dt.datetime | None
    sent_to: str
    sent_how: str
    police_reference: str

    @property
    def sent(self) -> bool:
        return self.sent_at is not None

    @property
    def has_form(self) -> bool:
        return self.generated_at is not None


@dataclass(frozen=True)
class ReferralOverview:
    """What the referral dialog needs to know before it shows anything."""

    concern_id: int
    reference: str
    person_name: str
    stage: Stage
    decision_outcome: Outcome | None
    latest: GeneratedReferral | None
    can_refer: bool
    suggested_recipient: str

    @property
    def is_referral(self) -> bool:
        return self.decision_outcome is Outcome.PREVENT_REFERRAL

    @property
    def can_generate(self) -> bool:
        return self.can_refer and self.is_referral and self.stage is Stage.SHARE


@dataclass(frozen=True)
class DecisionDocument:
    decision_id: int
    record: DecisionRecord
    pdf: bytes


# ---- loading -----------------------------------------------------------------------------
def _decision(s: Session, c: Concern, decision_id: int | None = None) -> Decision | None:
    if decision_id is not None:
        row = s.get(Decision, decision_id)
        if row is None or row.concern_id != c.id:
            raise NotFound("That decision is not on record for this concern.")
        return row
    return s.scalars(
        select(Decision).where(Decision.concern_id == c.id).order_by(Decision.id.desc()).limit(1)
    ).first()


def _require_referral(c: Concern, decision: Decision | None) -> Decision:
    if decision is None:
        raise NoDecision(
            "No decision has been recorded for concern {reference} yet.", reference=c.reference
        )
    if decision.outcome != Outcome.PREVENT_REFERRAL.value:
        raise NotAReferral("This concern's decision is not a Prevent referral.")
    return decision


def _require_share(c: Concern) -> None:
    from dsl_desktop.services.concerns import WrongStage

    if c.stage != Stage.SHARE.value:
        raise WrongStage(
            "A referral form is generated at the Share stage; concern {reference} is at {stage}.",
            reference=c.reference,
            stage=STAGE_LABELS[Stage(c.stage)],
        )


def _latest_referral(s: Session, concern_id: int) -> Referral | None:
    return s.scalars(
        select(Referral)
        .where(Referral.concern_id == concern_id)
        .order_by(Referral.id.desc())
        .limit(1)
    ).first()


def _catalogue_labels(s: Session, kind: str, codes: Sequence[str]) -> list[str]:
    return catalogue_labels(s, kind, codes)


def _name(s: Session, user_id: int | None) -> tuple[str, str]:
    """Display name and role label of an account ("" for none)."""
    if user_id is None:
        return "", ""
    row = s.get(User, user_id)
    if row is None:
        return "", ""
    try:
        role = ROLE_LABELS[Role(row.role)]
    except ValueError:
        role = row.role
    return row.display_name, role


def _role_for_nation(s: Session, user_id: int | None, label: str, nation: NationRules) -> str:
    """The DSL's and deputies' role named as the school's nation names it (DSP in Wales)."""
    row = s.get(User, user_id) if user_id is not None else None
    if row is None or nation.nation is Nation.ENGLAND:
        return label
    if row.role == Role.DSL.value:
        return nation.role_name
    if row.role == Role.DEPUTY.value:
        return nation.deputy_name
    return label


def _details(c: Concern) -> dict[str, Any]:
    return dict(c.details) if isinstance(c.details, Mapping) else {}


def _rows(s: Session, model: Any, concern_id: int) -> list[Any]:
    return list(s.scalars(select(model).where(model.concern_id == concern_id).order_by(model.id)))


def _form(
    s: Session, c: Concern, me: SignedIn, at: dt.datetime, contact_id: int | None = None
) -> ReferralForm:
    return assemble_form(load_case_records(s, c, me, contact_id), me, at)


def form_in_session(s: Session, concern_id: int, me: SignedIn, at: dt.datetime) -> ReferralForm:
    """The form as it would be generated at ``at`` by ``me``, inside a unit of work the caller
    already holds (the demo generator stores its referrals' forms this way)."""
    return _form(s, _concern(s, concern_id), me, at)
