"""Before a referral is made: the questions the national form asks that the Notice and Check
steps do not, and what is still unanswered.

Everything here takes the open vault first, checks the signed-in role, does its work in one unit
of work and writes an audit event (ids and codes only, never what was written). Views are
plain frozen dataclasses.

Reading
    :func:`before_referral` -> :class:`BeforeReferral` — one call gives the "Before you refer"
    panel everything: the six checks (:class:`CheckState`), the complex needs
    (:class:`NeedState`), the alternative explanations (:class:`AlternativeState`), the parallel
    referrals (:class:`ParallelReferralView`), the immediate-risk statement
    (:class:`ImmediateRisk`), the referrer's own contact details, the possible alternative
    contacts, and ``unanswered`` (:class:`Unanswered`, in form order) — which is also
    :func:`unanswered` on its own, to list before generating the form.

    :func:`routes_for` says which parallel routes fit the person (children's social care / MASH or
    early help for a child, the LADO for a member of staff, adult social care for an adult).

Writing (each one audited; a changed answer keeps the old one as an amendment, so the
chronology shows it)
    * :func:`record_check` — a check: ``Answer.YES`` / ``NO`` / ``UNCLEAR`` ("not known") plus
      details. "Discussed with the DSL or Prevent lead" answers itself when the referrer holds
      the DSL or deputy role (``CheckState.automatic``), unless answered explicitly.
    * :func:`record_need` — a complex need: ``NeedStatus.PRESENT`` (details required) or
      ``NeedStatus.NONE_KNOWN``. A need never answered is "not asked yet", never "none known".
    * :func:`record_alternative_conclusion` — how an alternative was explored, the conclusion,
      and whether it is accepted (it explains what was seen).
    * :func:`record_parallel_referral` — route, date and reference, or ``ParallelRoute.NONE``
      with the reason none was made.
    * :func:`record_immediate_risk` — at any open stage: none identified, or the 999 call and
      what was done. It never changes the stage or the decision, so a referral can still follow.

Question keys (``CheckState.key``, ``NeedState.key``) are those of
:mod:`dsl_desktop.referral_fields` (``rf.CHECK_KEYS``, ``rf.NEED_KEYS``); labels are English
source text, translated by the UI in the ``ReferralFields`` context.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Action as ActionRow
from db.models import (
    AlternativeExplanation,
    Amendment,
    Concern,
    Consultation,
    ParallelReferral,
    Person,
    School,
    User,
)
from db.vault import OpenVault, SignedIn
from dsl_desktop import referral_fields as rf
from dsl_desktop.domain import Answer, NeedStatus, ParallelRoute, PersonType, Role, Stage
from dsl_desktop.referral_form import ReferralSection
from dsl_desktop.services.base import added
from dsl_desktop.services.people import InvalidInput, NotFound, allow, clean_text, now
from dsl_desktop.services.rows import concern_row as _concern
from dsl_desktop.services.rows import fetch, person_of
from dsl_desktop.workflow import Action, Requirement, is_blank

__all__ = [
    "AUTOMATIC_LEAD_DETAILS",
    "PARALLEL_ROUTE_LABELS",
    "AlternativeState",
    "BeforeReferral",
    "CheckState",
    "ContactState",
    "ImmediateRisk",
    "NeedState",
    "ParallelReferralView",
    "Unanswered",
    "before_referral",
    "is_child",
    "record_alternative_conclusion",
    "record_check",
    "record_immediate_risk",
    "record_need",
    "record_parallel_referral",
    "routes_for",
    "unanswered",
]

LEAD_ROLES = (Role.DSL, Role.DEPUTY)

AUTOMATIC_LEAD_DETAILS: Mapping[Role, str] = {
    Role.DSL: "The referrer is the school's designated safeguarding lead.",
    Role.DEPUTY: "The referrer is a deputy designated safeguarding lead.",
}
"""The details printed when "discussed with the DSL or Prevent lead" answers itself."""

PARALLEL_ROUTE_LABELS: Mapping[ParallelRoute, str] = {
    ParallelRoute.CHILDRENS_SOCIAL_CARE: "Children's social care or the MASH",
    ParallelRoute.EARLY_HELP: "Early help",
    ParallelRoute.LADO: "Local authority designated officer (LADO)",
    ParallelRoute.ADULT_SOCIAL_CARE: "Adult social care",
    ParallelRoute.OTHER: "Another safeguarding route",
    ParallelRoute.NONE: "No parallel referral",
}

_CHILD_ROUTES = (ParallelRoute.CHILDRENS_SOCIAL_CARE, ParallelRoute.EARLY_HELP)
_ALWAYS = (ParallelRoute.OTHER, ParallelRoute.NONE)
_EDITABLE = (Stage.NOTICE, Stage.CHECK, Stage.DECIDE, Stage.SHARE, Stage.REVIEW)


# ---- views -------------------------------------------------------------------------------
@dataclass(frozen=True)
class CheckState:
    """One "check already made". ``answer`` None and not ``automatic``: not asked yet."""

    key: str
    label: str
    answer: Answer | None
    details: str
    automatic: bool = False
    """Answered by the app, not by the DSL: the referrer holds the DSL or deputy role, or the
    case records answer it (actions taken, consultations with other agencies)."""
    applies: bool = True
    """False for the parents-or-carers check when the person is an adult."""

    @property
    def asked(self) -> bool:
        return self.answer is not None or self.automatic


@dataclass(frozen=True)
class NeedState:
    """One complex need. ``status`` None: not asked yet (not the same as none known)."""

    key: str
    label: str
    status: NeedStatus | None
    details: str


@dataclass(frozen=True)
class AlternativeState:
    id: int
    explanation: str
    exploration: str
    conclusion: str
    accepted: bool | None
    """True: it explains what was seen; False: it does not; None: not concluded yet."""


@dataclass(frozen=True)
class ParallelReferralView:
    id: int
    route: ParallelRoute
    route_label: str
    made_on: dt.date | None
    reference: str
    notes: str
    """Details, or for ``ParallelRoute.NONE`` why no parallel referral was made."""
    recorded_by: str
    recorded_at: dt.datetime


@dataclass(frozen=True)
class ImmediateRisk:
    """The immediate-risk statement: ``identified`` False is "none identified at the time";
    True comes with what was done (such as the 999 call) and when."""

    identified: bool | None
    action: str
    at: dt.datetime | None


@dataclass(frozen=True)
class ContactState:
    user_id: int
    name: str
    role: Role
    direct_phone: str
    work_email: str


@dataclass(frozen=True)
class Unanswered:
    """A question the form asks that has no answer yet. ``key`` is stable:
    ``check.<key>``, ``need.<key>``, ``alternative.<id>``, ``parallel_referral``,
    ``referrer.direct_phone``, ``referrer.work_email`` or ``alternative_contact``."""

    key: str
    section: ReferralSection
    question: str


@dataclass(frozen=True)
class BeforeReferral:
    concern_id: int
    reference: str
    person_type: PersonType
    child: bool | None
    """True under 18, False 18 or over, None when neither a date of birth nor an age is known
    (a pupil counts as a child)."""
    checks: tuple[CheckState, ...]
    needs: tuple[NeedState, ...]
    alternatives: tuple[AlternativeState, ...]
    parallel: tuple[ParallelReferralView, ...]
    fitting_routes: tuple[ParallelRoute, ...]
    immediate_risk: ImmediateRisk
    referrer: ContactState
    alternative_contacts: tuple[ContactState, ...]
    unanswered: tuple[Unanswered, ...]

    @property
    def complete(self) -> bool:
        return not self.unanswered


# ---- helpers -----------------------------------------------------------------------------
def _problem(code: str, message: str) -> InvalidInput:
    return InvalidInput([Requirement(code, message)])


def _editable(c: Concern, doing: str) -> None:
    from dsl_desktop.services.concerns import WrongStage
    from dsl_desktop.services.concerns.base import CLOSED_REFUSAL

    if Stage(c.stage) not in _EDITABLE:
        raise WrongStage(CLOSED_REFUSAL, reference=c.reference, doing=doing)


def _age(p: Person, today: dt.date) -> int | None:
    if p.date_of_birth is not None:
        dob = p.date_of_birth
        return today.year - dob.year - ((today.month, today.day) < (dob.month, dob.day))
    return p.approx_age


def is_child(p: Person, today: dt.date | None = None) -> bool | None:
    """Under 18 (True), 18 or over (False), or not known (None). A pupil with no age is a
    child; a member of staff with no age is an adult."""
    age = _age(p, today or dt.date.today())
    if age is not None:
        return age < 18
    if p.person_type == PersonType.PUPIL.value:
        return True
    if p.person_type in (PersonType.STAFF.value, PersonType.PARENT_CARER.value):
        return False
    return None


def routes_for(person_type: PersonType, child: bool | None) -> tuple[ParallelRoute, ...]:
    """The parallel routes that fit the person, most usual first."""
    if PersonType(person_type) is PersonType.STAFF:
        return (ParallelRoute.LADO, *_ALWAYS)
    if child is True:
        return (*_CHILD_ROUTES, *_ALWAYS)
    if child is False:
        return (ParallelRoute.ADULT_SOCIAL_CARE, *_ALWAYS)
    return (*_CHILD_ROUTES, ParallelRoute.ADULT_SOCIAL_CARE, *_ALWAYS)


def _details(c: Concern) -> dict[str, Any]:
    return dict(c.details) if isinstance(c.details, Mapping) else {}


def _set_details(
    vault: OpenVault, s: Session, c: Concern, me: SignedIn, values: Mapping[str, Any]
) -> list[str]:
    """Write ``values`` into the concern's details; each changed key keeps an amendment."""
    details = _details(c)
    changed: list[str] = []
    stamp = now()
    for key, value in values.items():
        old = details.get(key)
        if old == value or (old in (None, "") and value in (None, "")):
            continue
        if value is None:
            details.pop(key, None)
        else:
            details[key] = value
        s.add(
            Amendment(
                concern_id=c.id, entity="concern", entity_id=c.id, field=f"details.{key}",
                old_value=old, new_value=value, reason="", amended_by_id=me.user_id,
                amended_at=stamp,
            )
        )  # fmt: skip
        changed.append(key)
    if changed:
        c.details = details
    return changed


Choice = TypeVar("Choice", bound=Enum)


def _chosen(kind: type[Choice], value: object, code: str, message: str) -> Choice:
    """``value`` as one of ``kind``'s members, else the problem ``code`` saying ``message``."""
    try:
        return kind(value)
    except ValueError as exc:
        raise _problem(code, message) from exc


def _save_answers(
    vault: OpenVault,
    me: SignedIn,
    concern_id: int,
    doing: str,
    values: Mapping[str, Any],
    event: str,
    audited: Mapping[str, Any],
) -> None:
    """Keep ``values`` in the concern's referral details; audited as ``event`` if any changed."""
    with vault.unit() as s:
        c = _concern(s, concern_id)
        _editable(c, doing)
        if _set_details(vault, s, c, me, values):
            vault.audit(s, event, entity="concern", entity_id=c.id, details=dict(audited))


def _contact(u: User) -> ContactState:
    return ContactState(u.id, u.display_name, Role(u.role), u.direct_phone, u.work_email)


# ---- reading -----------------------------------------------------------------------------
FROM_RECORDS: Mapping[str, str] = {
    "action_taken_since": "Filled in from the actions recorded on the case.",
    "discussed_with_other_agencies": "Filled in from the consultations with other agencies.",
}
"""Details shown for a check the form answers from the case records when it is not answered."""


def _from_records(s: Session, c: Concern, school: str) -> set[str]:
    """The checks the form can answer from what the case records show."""
    found: set[str] = set()
    if (c.immediate_danger and c.emergency_action.strip()) or s.scalar(
        select(ActionRow.id).where(ActionRow.concern_id == c.id).limit(1)
    ):
        found.add("action_taken_since")
    agencies = s.scalars(select(Consultation.agency).where(Consultation.concern_id == c.id))
    if any(a.strip() and a.strip().casefold() != school.strip().casefold() for a in agencies):
        found.add("discussed_with_other_agencies")
    return found


def _checks(
    details: Mapping[str, Any], me: SignedIn, child: bool | None, recorded: set[str]
) -> list[CheckState]:
    out: list[CheckState] = []
    role = Role(me.role)
    for key in rf.CHECK_KEYS:
        field = rf.BY_KEY[key]
        answer = rf.answer_value(details, key)
        text = rf.text_value(details, field.details_key or "")
        automatic = False
        if key == "discussed_with_lead" and answer is None and role in LEAD_ROLES:
            automatic = True
            text = text or AUTOMATIC_LEAD_DETAILS[role]
        elif key in recorded and answer is None:
            automatic = True
            text = text or FROM_RECORDS[key]
        applies = not (key == "parents_or_carers_informed" and child is False)
        out.append(CheckState(key, field.label, answer, text, automatic, applies))
    return out


def _needs(details: Mapping[str, Any], p: Person) -> list[NeedState]:
    out = []
    for key in rf.NEED_KEYS:
        status = rf.need_status(details, key)
        text = rf.text_value(details, key)
        if key == "special_needs_or_disability" and status is None and p.send.strip():
            status, text = NeedStatus.PRESENT, p.send.strip()
        out.append(NeedState(key, rf.BY_KEY[key].label, status, text))
    return out


def _parallel(s: Session, c: Concern) -> list[ParallelReferralView]:
    names: dict[int, str] = {
        uid: name for uid, name in s.execute(select(User.id, User.display_name))
    }
    rows = s.scalars(
        select(ParallelReferral)
        .where(ParallelReferral.concern_id == c.id)
        .order_by(ParallelReferral.id)
    )
    return [
        ParallelReferralView(
            r.id,
            ParallelRoute(r.route),
            PARALLEL_ROUTE_LABELS[ParallelRoute(r.route)],
            r.made_on,
            r.reference,
            r.notes,
            names.get(r.recorded_by_id, ""),
            r.recorded_at,
        )  # fmt: skip
        for r in rows
    ]


def _unanswered(
    checks: list[CheckState],
    needs: list[NeedState],
    alternatives: list[AlternativeState],
    parallel: list[ParallelReferralView],
    referrer: ContactState,
    others: list[ContactState],
) -> tuple[Unanswered, ...]:
    out: list[Unanswered] = []
    for ch in checks:
        if ch.applies and not ch.asked:
            out.append(Unanswered(f"check.{ch.key}", ReferralSection.CHECKS, ch.label))
    for n in needs:
        if n.status is None:
            out.append(Unanswered(f"need.{n.key}", ReferralSection.NEEDS, n.label))
    for a in alternatives:
        if a.accepted is None or is_blank(a.conclusion):
            out.append(
                Unanswered(
                    f"alternative.{a.id}",
                    ReferralSection.CONCERN,
                    f"How “{a.explanation}” was explored and what was concluded",
                )
            )
    if not parallel:
        out.append(
            Unanswered(
                "parallel_referral",
                ReferralSection.OTHER,
                "The referral made alongside this one (or why none was made)",
            )
        )
    if is_blank(referrer.direct_phone):
        out.append(
            Unanswered("referrer.direct_phone", ReferralSection.REFERRER, "Your direct phone")
        )
    if is_blank(referrer.work_email):
        out.append(
            Unanswered(
                "referrer.work_email", ReferralSection.REFERRER, "Your professional email address"
            )
        )
    if not others:
        out.append(
            Unanswered(
                "alternative_contact",
                ReferralSection.REFERRER,
                "Another DSL or deputy to contact when you are away",
            )
        )
    return tuple(out)


def _before(s: Session, c: Concern, me: SignedIn) -> BeforeReferral:
    p = person_of(s, c)
    details = _details(c)
    child = is_child(p)
    school = s.scalar(select(School.name)) or ""
    checks = _checks(details, me, child, _from_records(s, c, school))
    needs = _needs(details, p)
    alternatives = [
        AlternativeState(a.id, a.explanation, a.exploration, a.conclusion, a.accepted)
        for a in s.scalars(
            select(AlternativeExplanation)
            .where(AlternativeExplanation.concern_id == c.id)
            .order_by(AlternativeExplanation.id)
        )
    ]
    parallel = _parallel(s, c)
    user = fetch(s, User, me.user_id, "The signed-in account is missing from the vault.")
    referrer = _contact(user)
    others = [
        _contact(u)
        for u in s.scalars(
            select(User)
            .where(
                User.active,
                User.id != me.user_id,
                User.role.in_([r.value for r in LEAD_ROLES]),
            )
            .order_by(User.display_name)
        )
    ]
    return BeforeReferral(
        concern_id=c.id,
        reference=c.reference,
        person_type=PersonType(p.person_type),
        child=child,
        checks=tuple(checks),
        needs=tuple(needs),
        alternatives=tuple(alternatives),
        parallel=tuple(parallel),
        fitting_routes=routes_for(PersonType(p.person_type), child),
        immediate_risk=ImmediateRisk(c.immediate_danger, c.emergency_action, c.emergency_at),
        referrer=referrer,
        alternative_contacts=tuple(others),
        unanswered=_unanswered(checks, needs, alternatives, parallel, referrer, others),
    )


def before_referral(vault: OpenVault, concern_id: int) -> BeforeReferral:
    """Everything the "Before you refer" panel shows, as the signed-in user would refer."""
    me = allow(vault, Action.VIEW_CASE)
    with vault.reading() as s:
        return _before(s, _concern(s, concern_id), me)


def unanswered(vault: OpenVault, concern_id: int) -> tuple[Unanswered, ...]:
    """What the form asks that is still unanswered, in form order (empty: nothing missing)."""
    return before_referral(vault, concern_id).unanswered


# ---- writing -----------------------------------------------------------------------------
def record_check(
    vault: OpenVault, concern_id: int, key: str, answer: Answer | str, details: str = ""
) -> None:
    """Answer one of the checks already made: yes, no or not known (``Answer.UNCLEAR``)."""
    me = allow(vault, Action.EDIT_CASE)
    if key not in rf.CHECK_KEYS:
        raise _problem("check_unknown", f"“{key}” is not one of the checks the form asks about.")
    value = _chosen(Answer, answer, "check_answer_missing", "Answer yes, no or not known.")
    text = clean_text(details) if isinstance(details, str) else ""
    _save_answers(
        vault,
        me,
        concern_id,
        "answer the checks",
        {key: value.value, f"{key}_details": text or None},
        "referral.check_answered",
        {"check": key, "answer": value.value},
    )


def record_need(
    vault: OpenVault, concern_id: int, key: str, status: NeedStatus | str, details: str = ""
) -> None:
    """Answer one complex need: present (with details) or none known."""
    me = allow(vault, Action.EDIT_CASE)
    if key not in rf.NEED_KEYS:
        raise _problem("need_unknown", f"“{key}” is not one of the needs the form asks about.")
    value = _chosen(NeedStatus, status, "need_status_missing", "Answer: present, or none known.")
    text = clean_text(details) if isinstance(details, str) else ""
    if value is NeedStatus.PRESENT and is_blank(text):
        raise _problem("need_details_missing", "Say what is known about this need.")
    _save_answers(
        vault,
        me,
        concern_id,
        "answer the complex needs",
        {f"{key}_status": value.value, key: text if value is NeedStatus.PRESENT else None},
        "referral.need_answered",
        {"need": key, "status": value.value},
    )


def record_alternative_conclusion(
    vault: OpenVault,
    alternative_id: int,
    *,
    exploration: str,
    conclusion: str,
    accepted: bool,
) -> None:
    """How an alternative explanation was explored, what was concluded, and whether it is
    accepted (True: it explains what was seen). A changed value keeps an amendment."""
    me = allow(vault, Action.EDIT_CASE)
    if not isinstance(accepted, bool):
        raise _problem("accepted_missing", "Say whether it explains what was seen.")
    how, found = clean_text(exploration or ""), clean_text(conclusion or "")
    if is_blank(found):
        raise _problem("conclusion_missing", "Write down what was concluded.")
    with vault.unit() as s:
        row = s.get(AlternativeExplanation, alternative_id)
        if row is None:
            raise NotFound("That alternative explanation is not on record.")
        c = _concern(s, row.concern_id)
        _editable(c, "conclude an alternative explanation")
        stamp = now()
        for name, new in (("exploration", how), ("conclusion", found), ("accepted", accepted)):
            old = getattr(row, name)
            if old == new:
                continue
            setattr(row, name, new)
            s.add(
                Amendment(
                    concern_id=c.id, entity="alternative_explanation", entity_id=row.id,
                    field=name, old_value=old, new_value=new, reason="",
                    amended_by_id=me.user_id, amended_at=stamp,
                )
            )  # fmt: skip
        vault.audit(
            s, "alternative.concluded", entity="alternative_explanation", entity_id=row.id,
            details={"concern_id": c.id, "accepted": accepted},
        )  # fmt: skip


def record_parallel_referral(
    vault: OpenVault,
    concern_id: int,
    route: ParallelRoute | str,
    *,
    made_on: dt.date | None = None,
    reference: str = "",
    notes: str = "",
) -> int:
    """The referral made alongside Prevent (route, date, reference), or ``ParallelRoute.NONE``
    with ``notes`` saying why none was made. The route must fit the person."""
    me = allow(vault, Action.EDIT_CASE)
    chosen = _chosen(
        ParallelRoute, route, "route_missing", "Choose where the parallel referral went."
    )
    text = clean_text(notes or "")
    if chosen is ParallelRoute.NONE:
        if is_blank(text):
            raise _problem("route_none_reason", "Say why no parallel referral was made.")
        made_on, reference = None, ""
    elif made_on is None:
        raise _problem("made_on_missing", "Record the date the parallel referral was made.")
    if made_on is not None:
        if isinstance(made_on, dt.datetime) or not isinstance(made_on, dt.date):
            raise _problem("made_on_invalid", "Enter the date the referral was made.")
        if made_on > dt.date.today():
            raise _problem("made_on_future", "The date of the referral cannot be in the future.")
    if chosen is ParallelRoute.OTHER and is_blank(text):
        raise _problem("route_other_missing", "Say which service the referral went to.")
    with vault.unit() as s:
        c = _concern(s, concern_id)
        _editable(c, "record a parallel referral")
        p = person_of(s, c)
        fitting = routes_for(PersonType(p.person_type), is_child(p))
        if chosen not in fitting:
            raise _problem("route_does_not_fit", _misfit(chosen, PersonType(p.person_type)))
        row = ParallelReferral(
            concern_id=c.id, route=chosen.value, made_on=made_on,
            reference=clean_text(reference or ""), notes=text, recorded_by_id=me.user_id,
            recorded_at=now(),
        )  # fmt: skip
        audited = {"concern_id": c.id, "route": chosen.value}
        return added(vault, s, row, "parallel_referral.recorded", audited)


def _misfit(route: ParallelRoute, person_type: PersonType) -> str:
    if route is ParallelRoute.LADO:
        return (
            "The LADO deals with concerns about adults who work with children. For a pupil "
            "choose children's social care or the MASH; for another adult, adult social care."
        )
    if person_type is PersonType.STAFF:
        return "For a member of staff the parallel referral goes to the LADO."
    if route is ParallelRoute.ADULT_SOCIAL_CARE:
        return "This person is under 18: choose children's social care or the MASH."
    return "This person is an adult: choose adult social care."


def record_immediate_risk(
    vault: OpenVault,
    concern_id: int,
    *,
    identified: bool,
    action: str = "",
    at: dt.datetime | None = None,
) -> None:
    """The immediate-risk statement, at any open stage: none identified, or the emergency
    action (such as the 999 call) with when it was taken.

    The stage and the decision stay as they are: a 999 call does not stop a referral being made
    after it. The previous statement is kept as an amendment.
    """
    me = allow(vault, Action.EDIT_CASE)
    if not isinstance(identified, bool):
        raise _problem("immediate_danger_unanswered", "Answer: is anyone in immediate danger?")
    text = clean_text(action or "")
    when: dt.datetime | None = None
    if identified:
        if is_blank(text):
            raise _problem(
                "emergency_action_missing",
                "Record what was done, such as the 999 call: who made it and what happened.",
            )
        if not isinstance(at, dt.datetime):
            raise _problem("emergency_at_missing", "Record when the emergency action was taken.")
        when = at.replace(microsecond=0, tzinfo=None)
        if when > now() + dt.timedelta(minutes=5):
            raise _problem(
                "emergency_at_future", "The time of the emergency action cannot be in the future."
            )
    with vault.unit() as s:
        c = _concern(s, concern_id)
        _editable(c, "record the immediate risk")
        if identified and when is not None and when < c.noticed_at - dt.timedelta(days=1):
            raise _problem(
                "emergency_at_before_notice",
                "The emergency action is dated before the concern was noticed.",
            )
        stamp = now()
        new_action = text if identified else ""
        for name, new in (
            ("immediate_danger", identified),
            ("emergency_action", new_action),
            ("emergency_at", when),
        ):
            old = getattr(c, name)
            if old == new:
                continue
            setattr(c, name, new)
            s.add(
                Amendment(
                    concern_id=c.id, entity="concern", entity_id=c.id, field=name,
                    old_value=old.isoformat() if isinstance(old, dt.datetime) else old,
                    new_value=new.isoformat() if isinstance(new, dt.datetime) else new,
                    reason="", amended_by_id=me.user_id, amended_at=stamp,
                )
            )  # fmt: skip
        vault.audit(
            s, "concern.immediate_risk_recorded", entity="concern", entity_id=c.id,
            details={"identified": identified},
        )  # fmt: skip
