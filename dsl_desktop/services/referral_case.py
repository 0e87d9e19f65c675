"""The referral form assembled from a case's records, with no database work of its own.

:func:`load_case_records` reads everything the form needs about one concern in one session
(:class:`CaseRecords`); :func:`assemble_form` turns it into a :class:`ReferralForm`. Keeping the two
apart lets a caller that already holds the rows (the demo generator, filling in thousands of
stored forms) assemble forms without a query per form.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Action as ActionRow
from db.models import AlternativeExplanation as AlternativeRow
from db.models import (
    CatalogueItem,
    Concern,
    Decision,
    InformationItem,
    ParallelReferral,
    Person,
    Referral,
    School,
    User,
)
from db.models import Consultation as ConsultationRow
from db.vault import SignedIn
from dsl_desktop import catalogues
from dsl_desktop import referral_fields as rf
from dsl_desktop.domain import (
    Answer,
    InformationKind,
    Nation,
    NeedStatus,
    Outcome,
    ParallelRoute,
    PersonType,
    ReferralOutcome,
    Role,
    Validation,
)
from dsl_desktop.nation import rules_for
from dsl_desktop.pdf.text import _, format_date, in_language, in_words, stored_word
from dsl_desktop.referral_form import (
    NRF_VERSION,
    Address,
    AlternativeExplanation,
    CheckAnswer,
    ChecksMade,
    ComplexNeeds,
    ConcernDescription,
    Contact,
    FamilyMember,
    ImmediateRisk,
    InformationEntry,
    OtherInformation,
    ParallelReferralEntry,
    PersonDetails,
    PreviousConcern,
    ReferralForm,
    Referrer,
    Worries,
    wording_pairs,
)
from dsl_desktop.services.base import copied
from dsl_desktop.services.people import InvalidInput
from dsl_desktop.services.referral_checks import LEAD_ROLES, is_child
from dsl_desktop.services.rows import person_of
from dsl_desktop.workflow import ROLE_LABELS, Requirement


def role_label(role: str, nation: object = None) -> str:
    """An account's role in the document's language; a school in Wales names the DSL and
    deputies as DSPs."""
    rules = rules_for(nation)
    if rules.nation is Nation.WALES and role == Role.DSL.value:
        return stored_word(rules.role_name)
    if rules.nation is Nation.WALES and role == Role.DEPUTY.value:
        return stored_word(rules.deputy_name)
    try:
        known = Role(role)
    except ValueError:
        return role
    return stored_word(ROLE_LABELS[known])


@dataclass(frozen=True)
class Labels:
    """Catalogue labels by (kind, code): the school's own, else the bundled defaults; with the
    Welsh the school keeps (``label_cy``), else the bundled Welsh while the English is the
    bundled one."""

    stored: Mapping[tuple[str, str], str] = field(default_factory=dict)
    welsh: Mapping[tuple[str, str], str] = field(default_factory=dict)

    def label(self, kind: str, code: str) -> str:
        """The label in the document's language (:func:`dsl_desktop.pdf.text.in_words`)."""
        english_default, welsh_default = _bundled(kind).get(code, (code, ""))
        english = self.stored.get((kind, code), english_default)
        welsh = self.welsh.get((kind, code), "")
        if not welsh and english == english_default:
            welsh = welsh_default
        return in_words(english, welsh)


@functools.cache
def _bundled(kind: str) -> Mapping[str, tuple[str, str]]:
    return catalogues.welsh_labels(kind)


def _welsh_of(data: object) -> str:
    found = data.get("label_cy") if isinstance(data, Mapping) else None
    return found.strip() if isinstance(found, str) else ""


def _labels(s: Session, *where: Any) -> Labels:
    rows = s.execute(
        select(CatalogueItem.kind, CatalogueItem.code, CatalogueItem.label, CatalogueItem.data)
        .where(*where)
    ).all()  # fmt: skip
    return Labels(
        {(kind, code): label for kind, code, label, _data in rows},
        {(kind, code): w for kind, code, _label, data in rows if (w := _welsh_of(data))},
    )


def load_labels(s: Session) -> Labels:
    return _labels(s, CatalogueItem.kind.in_(("indicator", "category")))


def catalogue_labels(s: Session, kind: str, codes: Sequence[str]) -> list[str]:
    """The labels of ``codes`` in the document's language."""
    wanted = [c for c in codes if isinstance(c, str)]
    if not wanted:
        return []
    labels = _labels(s, CatalogueItem.kind == kind, CatalogueItem.code.in_(wanted))
    return [labels.label(kind, code) for code in wanted]


class EarlierConcern(Protocol):
    """What the form prints of an earlier concern (a ``Concern`` row, or anything alike)."""

    @property
    def reference(self) -> str: ...
    @property
    def noticed_at(self) -> dt.datetime: ...
    @property
    def category(self) -> str: ...
    @property
    def outcome(self) -> str | None: ...


class EarlierReferral(Protocol):
    """What the form prints of an earlier concern's referral (a ``Referral`` row or alike)."""

    @property
    def sent_at(self) -> dt.datetime | None: ...
    @property
    def police_reference(self) -> str: ...
    @property
    def outcome(self) -> str | None: ...


@dataclass(frozen=True)
class CaseRecords:
    """Everything the referral form is made from, for one concern."""

    school: School | None
    person: Person
    concern: Concern
    decision: Decision | None
    items: Sequence[InformationItem] = ()
    alternatives: Sequence[AlternativeRow] = ()
    actions: Sequence[ActionRow] = ()
    consultations: Sequence[ConsultationRow] = ()
    parallel: Sequence[ParallelReferral] = ()
    earlier: Sequence[tuple[EarlierConcern, EarlierReferral | None]] = ()
    """The person's other concerns noticed before this one, newest first, each with its newest
    referral."""
    labels: Labels = field(default_factory=Labels)
    referrer: User | None = None
    contact: User | None = None
    """The alternative contact (another DSL or deputy), if any."""


def _rows(s: Session, model: Any, concern_id: int) -> list[Any]:
    return list(s.scalars(select(model).where(model.concern_id == concern_id).order_by(model.id)))


def load_case_records(
    s: Session, c: Concern, me: SignedIn, contact_id: int | None = None
) -> CaseRecords:
    """Read the case's records for the form. ``contact_id`` chooses the alternative contact
    (by default the first other active DSL or deputy)."""
    person = person_of(s, c)
    decision = s.scalars(
        select(Decision).where(Decision.concern_id == c.id).order_by(Decision.id.desc()).limit(1)
    ).first()
    earlier_concerns = list(
        s.scalars(
            select(Concern)
            .where(
                Concern.person_id == c.person_id,
                Concern.id != c.id,
                Concern.noticed_at <= c.noticed_at,
            )
            .order_by(Concern.noticed_at.desc(), Concern.id.desc())
        )
    )
    newest: dict[int, Referral] = {}
    if earlier_concerns:
        for found in s.scalars(
            select(Referral)
            .where(Referral.concern_id.in_([x.id for x in earlier_concerns]))
            .order_by(Referral.id)
        ):
            newest[found.concern_id] = found
    query = select(User).where(
        User.active, User.id != me.user_id, User.role.in_([r.value for r in LEAD_ROLES])
    )
    if contact_id is not None:
        contact = s.scalar(query.where(User.id == contact_id))
        if contact is None:
            raise InvalidInput(
                [
                    Requirement(
                        "alternative_contact_invalid",
                        "Choose another DSL or deputy as the alternative contact.",
                    )
                ]
            )
    else:
        contact = s.scalars(query.order_by(User.role, User.display_name)).first()
    return CaseRecords(
        school=s.scalars(select(School)).first(),
        person=person,
        concern=c,
        decision=decision,
        items=_rows(s, InformationItem, c.id),
        alternatives=_rows(s, AlternativeRow, c.id),
        actions=_rows(s, ActionRow, c.id),
        consultations=_rows(s, ConsultationRow, c.id),
        parallel=_rows(s, ParallelReferral, c.id),
        earlier=[(x, newest.get(x.id)) for x in earlier_concerns],
        labels=load_labels(s),
        referrer=s.get(User, me.user_id),
        contact=contact,
    )


# ---- the referral form -----------------------------------------------------------------------
_FAMILY_LINE = re.compile(
    r"^(?P<name>[^()]+?)\s*\((?P<relationship>[^()]+)\)\s*[,;:]?\s*(?P<rest>.*)$"
)


def _family(text: str) -> tuple[FamilyMember, ...]:
    """One family member or carer per line of the person's free-text family details.

    A line written as "Name (relationship), contact details" fills the three columns; any other
    line is printed whole as the name, so nothing typed is lost or reordered.
    """
    members: list[FamilyMember] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        match = _FAMILY_LINE.match(line)
        if match is None:
            members.append(FamilyMember(line))
        else:
            members.append(
                FamilyMember(
                    match["name"].strip(), match["relationship"].strip(), match["rest"].strip()
                )
            )
    return tuple(members)


def _person_details(p: Person, school: School | None) -> PersonDetails:
    addresses = tuple(
        Address(str(a.get("address", "")).strip(), bool(a.get("is_current", False)))
        for a in (p.addresses or [])
        if isinstance(a, Mapping) and str(a.get("address", "")).strip()
    )
    school_name = year_group = occupation = ""
    if p.person_type == PersonType.PUPIL.value:
        school_name = school.name if school is not None else ""
        year_group = p.school_or_occupation
    else:
        occupation = p.school_or_occupation
    return copied(
        PersonDetails,
        p,
        approximate_age=p.approx_age,
        addresses=addresses,
        school=school_name,
        year_group=year_group,
        occupation=occupation,
        family=_family(p.family_details),
    )


def _noticed(c: Concern) -> str:
    when = format_date(c.noticed_at)
    if c.noticed_by.strip():
        first = _("Noticed by {who} on {when}.").format(who=c.noticed_by.strip(), when=when)
    else:
        first = _("Noticed on {when}.").format(when=when)
    lines = [first]
    if c.location.strip():
        lines.append(_("Where: {place}.").format(place=c.location.strip().rstrip(".")))
    if c.others_present.strip():
        lines.append(_("Also present: {people}").format(people=c.others_present.strip()))
    return "\n".join(lines)


def _concern_description(
    c: Concern, details: Mapping[str, Any], labels: Labels
) -> ConcernDescription:
    def text(key: str) -> str:
        return rf.text_value(details, key)

    return ConcernDescription(
        how_it_came_to_notice=text("how_it_came_to_notice"),
        noticed=_noticed(c),
        what_happened=c.account,
        indicators=tuple(
            labels.label("indicator", x) for x in c.indicators or [] if isinstance(x, str)
        ),
        ideology_or_interest=text("ideology_or_interest"),
        online_activity=text("online_activity"),
        how_online_activity_found=text("how_online_activity_found"),
        contacts_with_groups=text("contacts_with_groups"),
        threats_or_wish_to_harm=text("threats_or_wish_to_harm"),
        weapons_explosives_travel=text("weapons_explosives_travel"),
    )


def information_entries(rows: Sequence[InformationItem]) -> tuple[InformationEntry, ...]:
    return tuple(
        InformationEntry(
            content=row.content,
            kind=InformationKind(row.kind),
            source=row.source,
            obtained_on=row.obtained_at,
            validation=Validation(row.validation) if row.validation else None,
            corroborated_by=row.corroborated_by,
        )
        for row in rows
    )


def _needs(p: Person, details: Mapping[str, Any]) -> ComplexNeeds:
    values: dict[str, str] = {}
    none_known: list[str] = []
    for key in rf.NEED_KEYS:
        status = rf.need_status(details, key)
        values[key] = rf.text_value(details, key) if status is NeedStatus.PRESENT else ""
        if status is NeedStatus.NONE_KNOWN:
            none_known.append(key)
    sen = "special_needs_or_disability"
    if not values[sen] and sen not in none_known:
        values[sen] = p.send.strip()
    return ComplexNeeds(**values, none_known=tuple(none_known), asked=True)


def _other(details: Mapping[str, Any]) -> OtherInformation:
    return OtherInformation(
        other_safeguarding_concerns=rf.text_value(details, "other_safeguarding_concerns"),
        social_media_handles=rf.list_value(details, "social_media_handles"),
        agencies_involved=rf.text_value(details, "agencies_involved"),
    )


def _stated_check(details: Mapping[str, Any], key: str) -> CheckAnswer | None:
    field = rf.BY_KEY[key]
    if not rf.is_given(details, field):
        return None
    return CheckAnswer(rf.answer_value(details, key), rf.text_value(details, f"{key}_details"))


def _action_taken(c: Concern, actions: Sequence[ActionRow]) -> CheckAnswer:
    lines: list[str] = []
    if c.immediate_danger and c.emergency_action.strip():
        when = format_date(c.emergency_at) if c.emergency_at else ""
        text = c.emergency_action.strip()
        lines.append(
            _("Emergency action ({when}): {action}").format(when=when, action=text)
            if when
            else _("Emergency action: {action}").format(action=text)
        )
    for a in actions:
        state = _("done") if a.done_at is not None else _("in hand")
        lines.append(f"{a.description.strip()} ({state})")
    return CheckAnswer(Answer.YES, "\n".join(lines)) if lines else CheckAnswer()


def _other_agencies(consultations: Sequence[ConsultationRow], school_name: str) -> CheckAnswer:
    lines: list[str] = []
    for k in sorted(consultations, key=lambda k: (k.consulted_at, k.id)):
        agency = k.agency.strip()
        if not agency or agency.casefold() == school_name.strip().casefold():
            continue
        who = ", ".join(t for t in (k.name.strip(), k.role.strip(), agency) if t)
        line = f"{who} ({format_date(k.consulted_at.date())})"
        if k.outcome.strip():
            line += f": {k.outcome.strip()}"
        lines.append(line)
    return CheckAnswer(Answer.YES, "\n".join(lines)) if lines else CheckAnswer()


def _checks(case: CaseRecords, details: Mapping[str, Any], me: SignedIn) -> ChecksMade:
    c, p = case.concern, case.person
    school_name = case.school.name if case.school is not None else ""
    answers: dict[str, CheckAnswer] = {}
    adult = is_child(p) is False
    for key in rf.CHECK_KEYS:
        stated = _stated_check(details, key)
        if stated is not None:
            answers[key] = stated
        elif key == "parents_or_carers_informed" and adult:
            answers[key] = CheckAnswer(not_applicable=True)
        elif key == "discussed_with_lead" and Role(me.role) in LEAD_ROLES:
            answers[key] = CheckAnswer(Answer.YES, _lead_details(Role(me.role)))
        elif key == "action_taken_since":
            answers[key] = _action_taken(c, case.actions)
        elif key == "discussed_with_other_agencies":
            answers[key] = _other_agencies(case.consultations, school_name)
        else:
            answers[key] = CheckAnswer()
    return ChecksMade(**answers)


def _lead_details(role: Role) -> str:
    """The check "discussed with the DSL or Prevent lead" answers itself for these roles."""
    if role is Role.DSL:
        return _("The referrer is the school's designated safeguarding lead.")
    return _("The referrer is a deputy designated safeguarding lead.")


def _previous(case: CaseRecords) -> tuple[PreviousConcern, ...]:
    """The person's other concerns noticed before this one, newest first, with any referral."""
    out = []
    for x, r in case.earlier:
        out.append(
            PreviousConcern(
                reference=x.reference,
                noticed_on=x.noticed_at.date(),
                concern_type=case.labels.label("category", x.category),
                outcome=Outcome(x.outcome) if x.outcome else None,
                referred_on=r.sent_at.date() if r is not None and r.sent_at else None,
                police_reference=r.police_reference if r is not None else "",
                referral_outcome=ReferralOutcome(r.outcome)
                if r is not None and r.outcome
                else None,
            )
        )
    return tuple(out)


def alternative_entries(rows: Sequence[AlternativeRow]) -> tuple[AlternativeExplanation, ...]:
    return tuple(
        AlternativeExplanation(a.explanation, a.exploration, a.conclusion, a.accepted) for a in rows
    )


def _parallel(rows: Sequence[ParallelReferral]) -> tuple[ParallelReferralEntry, ...]:
    return tuple(
        ParallelReferralEntry(
            route=r.route,
            made_on=r.made_on,
            reference=r.reference,
            notes=r.notes,
            none=r.route == ParallelRoute.NONE.value,
        )
        for r in rows
    )


def _contact(row: User | None, nation: object = None) -> Contact | None:
    if row is None:
        return None
    role = role_label(row.role, nation)
    return Contact(row.display_name, role, row.direct_phone, row.work_email)


def _worries(details: Mapping[str, Any], decision: Decision | None) -> Worries:
    worried = rf.text_value(details, "worried_about")
    if not worried and decision is not None and decision.outcome == Outcome.PREVENT_REFERRAL.value:
        worried = decision.rationale.strip()
    return Worries(worried, rf.text_value(details, "if_nothing_done"))


def _referrer(case: CaseRecords, me: SignedIn, details: Mapping[str, Any]) -> Referrer:
    school, p, account = case.school, case.person, case.referrer
    role = role_label(me.role, school.nation if school is not None else None)
    relationship = rf.text_value(details, "referrer_relationship")
    if not relationship:
        if p.person_type == PersonType.PUPIL.value:
            relationship = _("{role} at the person's school").format(role=role)
        elif p.person_type == PersonType.STAFF.value:
            relationship = _("{role} at the school where the person works").format(role=role)
    return Referrer(
        name=me.display_name,
        role=role,
        organisation=school.name if school is not None else "",
        address=school.address if school is not None else "",
        phone=school.phone if school is not None else "",
        email=school.email if school is not None else "",
        relationship_to_person=relationship,
        direct_phone=account.direct_phone if account is not None else "",
        work_email=account.work_email if account is not None else "",
    )


def assemble_form(case: CaseRecords, me: SignedIn, at: dt.datetime) -> ReferralForm:
    """The referral form from the case's records, as ``me`` would generate it at ``at``.

    The form is made in English and in Welsh from the same records; the Welsh of every wording
    that differs (the app's own words: labels, sentences, dates) travels with the form.
    """
    with in_language("en"):
        form = _assemble(case, me, at)
    with in_language("cy"):
        welsh = _assemble(case, me, at)
    return dataclasses.replace(form, welsh=wording_pairs(form, welsh))


def _assemble(case: CaseRecords, me: SignedIn, at: dt.datetime) -> ReferralForm:
    c, p, school = case.concern, case.person, case.school
    details = dict(c.details) if isinstance(c.details, Mapping) else {}
    return ReferralForm(
        concern_reference=c.reference,
        school_name=school.name if school is not None else "",
        school_urn=school.urn if school is not None else "",
        generated_at=at,
        person=_person_details(p, school),
        referrer=_referrer(case, me, details),
        concern=_concern_description(c, details, case.labels),
        information=information_entries(case.items),
        needs=_needs(p, details),
        other=_other(details),
        checks=_checks(case, details, me),
        worries=_worries(details, case.decision),
        nrf_version=NRF_VERSION,
        previous=_previous(case),
        alternatives=alternative_entries(case.alternatives),
        parallel=_parallel(case.parallel),
        immediate_risk=ImmediateRisk(c.immediate_danger, c.emergency_action, c.emergency_at),
        alternative_contact=_contact(
            case.contact, case.school.nation if case.school is not None else None
        ),
    )
