"""The two documents a decision produces: the Prevent referral form and the decision record.

The referral form is filled in from the case (the person, the Notice and Check steps, the
referral details kept in ``Concern.details`` — see :mod:`dsl_desktop.referral_fields` — and the
signed-in referrer with the school's details). The DSL reviews the wording of each section
(:func:`draft_sections`), may rewrite any of it, and then :func:`generate_referral` freezes the
form as a snapshot in a new ``referral`` row. Every later print or copy is rendered from that
stored snapshot, so it reads exactly as it did when it was generated.

Each generation keeps its own row: a snapshot is never replaced, so whatever was printed or sent
can always be shown again. A rewritten section is kept as an amendment of the referral (the
generated wording, the DSL's wording, who and when). Generating, printing and saving are audit
events; audit details hold ids, codes and counts only.

A decision record (:func:`decision_record_pdf`) is produced for every decision, including no
further action, as KCSIE asks for the reasons behind each decision to be kept.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.errors import VaultError
from db.models import Action as ActionRow
from db.models import AlternativeExplanation as AlternativeRow
from db.models import (
    Amendment,
    CatalogueItem,
    Concern,
    Decision,
    InformationItem,
    LocalContact,
    Person,
    Referral,
    School,
    User,
)
from db.models import Consultation as ConsultationRow
from db.vault import OpenVault, SignedIn
from dsl_desktop import catalogues
from dsl_desktop import referral_fields as rf
from dsl_desktop.domain import (
    Answer,
    InformationKind,
    Nation,
    Outcome,
    PersonType,
    Role,
    Stage,
    Validation,
)
from dsl_desktop.nation import NationRules, rules_for
from dsl_desktop.pdf.decision_record import decision_record_bytes
from dsl_desktop.pdf.referral import generated_section_text, referral_pdf_bytes
from dsl_desktop.pdf.text import _, catalogue_for, format_date, in_language
from dsl_desktop.referral_form import (
    Address,
    AlternativeExplanation,
    CheckAnswer,
    ChecksMade,
    ComplexNeeds,
    ConcernDescription,
    Consultation,
    DecisionRecord,
    FamilyMember,
    InformationEntry,
    Judgement,
    OtherInformation,
    PersonDetails,
    PersonSummary,
    Proportionality,
    ReferralForm,
    ReferralSection,
    Referrer,
    SnapshotError,
    Worries,
)
from dsl_desktop.services.people import InvalidInput, NotFound, allow, clean_text, now
from dsl_desktop.workflow import ROLE_LABELS, STAGE_LABELS, Action, Requirement, can

__all__ = [
    "SECTION_ORDER",
    "AlreadySent",
    "DecisionDocument",
    "GeneratedReferral",
    "NoDecision",
    "NoReferralForm",
    "NotAReferral",
    "ReferralOverview",
    "SupersededReferral",
    "build_decision_record",
    "build_referral_form",
    "concern_id_for",
    "decision_record_document",
    "decision_record_pdf",
    "draft_sections",
    "generate_referral",
    "note_decision_record_printed",
    "note_decision_record_saved",
    "note_printed",
    "note_saved",
    "record_sent",
    "referral_for_output",
    "referral_overview",
    "referral_pdf",
    "stored_referral_form",
]

SECTION_ORDER: tuple[ReferralSection, ...] = (
    ReferralSection.PERSON,
    ReferralSection.CONCERN,
    ReferralSection.INFORMATION,
    ReferralSection.NEEDS,
    ReferralSection.OTHER,
    ReferralSection.CHECKS,
    ReferralSection.WORRIES,
    ReferralSection.REFERRER,
)
"""The sections in the order the form prints them (information comes under the concern)."""

EDIT_REASON = "Wording rewritten by the referrer before the form was generated."


class NotAReferral(VaultError):
    """The concern's latest decision is something other than a Prevent referral."""

    advice = (
        "A referral form is made only when the decision is a Prevent referral. The decision "
        "record is available for every decision."
    )


class NoDecision(VaultError):
    advice = "Record the decision at the Decide step first."


class NoReferralForm(VaultError):
    advice = "Generate the referral form first."


class AlreadySent(VaultError):
    advice = (
        "The form stays as it was sent. To share new information, take the concern back to "
        "Check through a review, and decide again."
    )


class SupersededReferral(VaultError):
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
def _concern(s: Session, concern_id: int) -> Concern:
    c = s.get(Concern, concern_id)
    if c is None:
        raise NotFound("That concern is not on record.")
    return c


def _person(s: Session, c: Concern) -> Person:
    p = s.get(Person, c.person_id)
    if p is None:
        raise NotFound("The person this concern is about is missing from the store.")
    return p


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
        raise NoDecision(f"No decision has been recorded for concern {c.reference} yet.")
    if decision.outcome != Outcome.PREVENT_REFERRAL.value:
        raise NotAReferral("This concern's decision is not a Prevent referral.")
    return decision


def _require_share(c: Concern) -> None:
    from dsl_desktop.services.concerns import WrongStage

    if c.stage != Stage.SHARE.value:
        raise WrongStage(
            f"A referral form is generated at the Share stage; concern {c.reference} is at "
            f"{STAGE_LABELS[Stage(c.stage)]}."
        )


def _latest_referral(s: Session, concern_id: int) -> Referral | None:
    return s.scalars(
        select(Referral)
        .where(Referral.concern_id == concern_id)
        .order_by(Referral.id.desc())
        .limit(1)
    ).first()


def _catalogue_labels(s: Session, kind: str, codes: Sequence[str]) -> list[str]:
    wanted = [c for c in codes if isinstance(c, str)]
    if not wanted:
        return []
    stored = dict(
        s.execute(
            select(CatalogueItem.code, CatalogueItem.label).where(
                CatalogueItem.kind == kind, CatalogueItem.code.in_(wanted)
            )
        ).all()
    )
    missing = [c for c in wanted if c not in stored]
    if missing:
        if kind == "indicator":
            bundled = {i.code: i.label for i in catalogues.load_indicators().all()}
        else:
            bundled = {c.code: c.label for c in catalogues.load_categories().categories}
        stored.update({c: bundled[c] for c in missing if c in bundled})
    return [stored.get(code, code) for code in wanted]


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
    return PersonDetails(
        forenames=p.forenames,
        surname=p.surname,
        other_names=p.other_names,
        date_of_birth=p.date_of_birth,
        approximate_age=p.approx_age,
        gender=p.gender,
        addresses=addresses,
        phone=p.phone,
        email=p.email,
        nationality=p.nationality,
        first_language=p.first_language,
        school=school_name,
        year_group=year_group,
        occupation=occupation,
        family=_family(p.family_details),
        other_agencies=p.other_agencies,
    )


def _how_it_came_to_notice(c: Concern, extra: str) -> str:
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
    text = "\n".join(lines)
    return f"{text}\n\n{extra}" if extra else text


def _concern_description(s: Session, c: Concern, details: Mapping[str, Any]) -> ConcernDescription:
    def text(key: str) -> str:
        return rf.text_value(details, key)

    return ConcernDescription(
        how_it_came_to_notice=_how_it_came_to_notice(c, text("how_it_came_to_notice")),
        what_happened=c.account,
        indicators=tuple(_catalogue_labels(s, "indicator", list(c.indicators or []))),
        ideology_or_interest=text("ideology_or_interest"),
        online_activity=text("online_activity"),
        how_online_activity_found=text("how_online_activity_found"),
        contacts_with_groups=text("contacts_with_groups"),
        threats_or_wish_to_harm=text("threats_or_wish_to_harm"),
        weapons_explosives_travel=text("weapons_explosives_travel"),
    )


def _information(s: Session, c: Concern) -> tuple[InformationEntry, ...]:
    rows = s.scalars(
        select(InformationItem)
        .where(InformationItem.concern_id == c.id)
        .order_by(InformationItem.id)
    )
    return tuple(
        InformationEntry(
            content=row.content,
            kind=InformationKind(row.kind),
            source=row.source,
            obtained_on=row.obtained_at,
            validation=Validation(row.validation) if row.validation else None,
        )
        for row in rows
    )


def _needs(p: Person, details: Mapping[str, Any]) -> ComplexNeeds:
    values = {f.key: rf.text_value(details, f.key) for f in rf.fields_for(ReferralSection.NEEDS)}
    if not values["special_needs_or_disability"]:
        values["special_needs_or_disability"] = p.send.strip()
    return ComplexNeeds(**values)


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


def _action_taken(s: Session, c: Concern) -> CheckAnswer:
    lines: list[str] = []
    if c.immediate_danger and c.emergency_action.strip():
        when = format_date(c.emergency_at) if c.emergency_at else ""
        text = c.emergency_action.strip()
        lines.append(
            _("Emergency action ({when}): {action}").format(when=when, action=text)
            if when
            else _("Emergency action: {action}").format(action=text)
        )
    for a in s.scalars(
        select(ActionRow).where(ActionRow.concern_id == c.id).order_by(ActionRow.id)
    ):
        state = _("done") if a.done_at is not None else _("in hand")
        lines.append(f"{a.description.strip()} ({state})")
    return CheckAnswer(Answer.YES, "\n".join(lines)) if lines else CheckAnswer()


def _other_agencies(s: Session, c: Concern, school_name: str) -> CheckAnswer:
    lines: list[str] = []
    rows = s.scalars(
        select(ConsultationRow)
        .where(ConsultationRow.concern_id == c.id)
        .order_by(ConsultationRow.consulted_at, ConsultationRow.id)
    )
    for k in rows:
        agency = k.agency.strip()
        if not agency or agency.casefold() == school_name.strip().casefold():
            continue
        who = ", ".join(t for t in (k.name.strip(), k.role.strip(), agency) if t)
        line = f"{who} ({format_date(k.consulted_at.date())})"
        if k.outcome.strip():
            line += f": {k.outcome.strip()}"
        lines.append(line)
    return CheckAnswer(Answer.YES, "\n".join(lines)) if lines else CheckAnswer()


def _checks(s: Session, c: Concern, details: Mapping[str, Any], school_name: str) -> ChecksMade:
    answers: dict[str, CheckAnswer] = {}
    for key in rf.CHECK_KEYS:
        stated = _stated_check(details, key)
        if stated is not None:
            answers[key] = stated
        elif key == "action_taken_since":
            answers[key] = _action_taken(s, c)
        elif key == "discussed_with_other_agencies":
            answers[key] = _other_agencies(s, c, school_name)
        else:
            answers[key] = CheckAnswer()
    return ChecksMade(**answers)


def _worries(details: Mapping[str, Any], decision: Decision | None) -> Worries:
    worried = rf.text_value(details, "worried_about")
    if not worried and decision is not None and decision.outcome == Outcome.PREVENT_REFERRAL.value:
        worried = decision.rationale.strip()
    return Worries(worried, rf.text_value(details, "if_nothing_done"))


def _referrer(
    me: SignedIn, school: School | None, p: Person, details: Mapping[str, Any], on: dt.date
) -> Referrer:
    try:
        role = ROLE_LABELS[Role(me.role)]
    except ValueError:
        role = me.role
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
        referral_date=on,
    )


def _form(s: Session, c: Concern, me: SignedIn, at: dt.datetime) -> ReferralForm:
    school = s.scalars(select(School)).first()
    p = _person(s, c)
    details = _details(c)
    decision = _decision(s, c)
    school_name = school.name if school is not None else ""
    return ReferralForm(
        concern_reference=c.reference,
        school_name=school_name,
        school_urn=school.urn if school is not None else "",
        generated_at=at,
        person=_person_details(p, school),
        referrer=_referrer(me, school, p, details, at.date()),
        concern=_concern_description(s, c, details),
        information=_information(s, c),
        needs=_needs(p, details),
        other=_other(details),
        checks=_checks(s, c, details, school_name),
        worries=_worries(details, decision),
    )


def build_referral_form(vault: OpenVault, concern_id: int) -> ReferralForm:
    """The referral form as it would be generated now from the case, with no edited wording."""
    me = allow(vault, Action.REFER)
    with vault.reading() as s:
        return _form(s, _concern(s, concern_id), me, now())


def draft_sections(vault: OpenVault, concern_id: int) -> dict[ReferralSection, str]:
    """The generated wording of each section, in form order, for the DSL to review and edit."""
    me = allow(vault, Action.REFER)
    with vault.reading() as s:
        c = _concern(s, concern_id)
        _require_referral(c, _decision(s, c))
        form = _form(s, c, me, now())
    return {section: generated_section_text(form, section) for section in SECTION_ORDER}


def _comparable(text: str) -> str:
    lines = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return "\n".join(line.rstrip() for line in lines.strip().split("\n"))


def _sections(edited: Mapping[Any, str] | None) -> dict[ReferralSection, str]:
    out: dict[ReferralSection, str] = {}
    for key, text in (edited or {}).items():
        try:
            section = ReferralSection(key)
        except ValueError as exc:
            raise InvalidInput(
                [Requirement("section_unknown", f"“{key}” is not a section of the referral form.")]
            ) from exc
        if not isinstance(text, str):
            raise InvalidInput(
                [Requirement("section_invalid", "The wording of a section must be text.")]
            )
        out[section] = text
    return out


def generate_referral(
    vault: OpenVault, concern_id: int, edited: Mapping[ReferralSection, str] | None = None
) -> int:
    """Freeze the referral form as it stands now, with the DSL's wording for ``edited``
    sections, in a new referral row; returns its id.

    A section whose text is blank or the same as the generated wording counts as not edited.
    Each rewritten section is kept as an amendment (generated wording -> the DSL's wording).
    """
    me = allow(vault, Action.REFER)
    wanted = _sections(edited)
    with vault.unit() as s:
        c = _concern(s, concern_id)
        decision = _require_referral(c, _decision(s, c))
        _require_share(c)
        latest = _latest_referral(s, c.id)
        sent_at = latest.sent_at if latest is not None else None
        if sent_at is not None and decision.decided_at <= sent_at:
            raise AlreadySent(f"The referral for concern {c.reference} has already been sent.")
        at = now()
        form = _form(s, c, me, at)
        changes: dict[ReferralSection, tuple[str, str]] = {}
        for section in SECTION_ORDER:
            text = wanted.get(section)
            if text is None or not text.strip():
                continue
            generated = generated_section_text(form, section)
            if _comparable(text) != _comparable(generated):
                changes[section] = (generated, clean_text(text))
        form = dataclasses.replace(form, edited={k: new for k, (_old, new) in changes.items()})
        row = Referral(
            concern_id=c.id,
            form_version=form.form_version,
            snapshot=form.to_dict(),
            generated_at=at,
            generated_by_id=me.user_id,
        )
        s.add(row)
        s.flush()
        for section, (old, new) in changes.items():
            amendment = Amendment(
                concern_id=c.id, entity="referral", entity_id=row.id,
                field=f"wording.{section.value}", old_value=old, new_value=new,
                reason=EDIT_REASON, amended_by_id=me.user_id, amended_at=at,
            )  # fmt: skip
            s.add(amendment)
            s.flush()
            vault.audit(
                s, "referral.section_edited", entity="referral", entity_id=row.id,
                details={"concern_id": c.id, "section": section.value,
                         "amendment_id": amendment.id},
            )  # fmt: skip
        vault.audit(
            s, "referral.generated", entity="referral", entity_id=row.id,
            details={"concern_id": c.id, "form_version": form.form_version,
                     "edited_sections": [k.value for k in changes]},
        )  # fmt: skip
        return row.id


def _referral_row(s: Session, referral_id: int) -> Referral:
    row = s.get(Referral, referral_id)
    if row is None:
        raise NotFound("That referral is not on record.")
    return row


def _stored_form(row: Referral) -> ReferralForm:
    if row.snapshot is None:
        raise NoReferralForm("No referral form has been generated for this referral.")
    try:
        return ReferralForm.from_dict(row.snapshot)
    except SnapshotError as exc:
        raise VaultError(
            "The stored referral form could not be read.",
            "It may have been made by a newer version of DSL Desktop; install the latest version.",
        ) from exc


def stored_referral_form(vault: OpenVault, referral_id: int) -> ReferralForm:
    """The referral form exactly as it was generated."""
    allow(vault, Action.VIEW_CASE)
    with vault.reading() as s:
        return _stored_form(_referral_row(s, referral_id))


def referral_pdf(vault: OpenVault, referral_id: int, language: str | None = None) -> bytes:
    """The PDF of a generated referral, rendered again from its stored snapshot.

    ``language``: ``"en"``, ``"cy"`` or ``"bilingual"`` for the form's labels (``None``: as
    the active catalogue). The snapshot itself, what was recorded, is printed as it is.
    """
    catalogue_for(language or "en")
    return referral_pdf_bytes(stored_referral_form(vault, referral_id), language)


def _view(s: Session, row: Referral, reference: str) -> GeneratedReferral:
    edited: tuple[ReferralSection, ...] = ()
    if isinstance(row.snapshot, Mapping):
        raw = row.snapshot.get("edited")
        if isinstance(raw, Mapping):
            known = {s.value for s in ReferralSection}
            edited = tuple(ReferralSection(k) for k in raw if k in known)
    return GeneratedReferral(
        id=row.id,
        concern_id=row.concern_id,
        concern_reference=reference,
        form_version=row.form_version,
        generated_at=row.generated_at,
        generated_by=_name(s, row.generated_by_id)[0],
        edited_sections=edited,
        sent_at=row.sent_at,
        sent_to=row.sent_to,
        sent_how=row.sent_how,
        police_reference=row.police_reference,
    )


def concern_id_for(vault: OpenVault, reference: str) -> int:
    """The id of the concern with ``reference`` (such as ``C-2026-0042``)."""
    allow(vault, Action.VIEW_CASE)
    wanted = " ".join(reference.split()).upper()
    with vault.reading() as s:
        found = s.scalar(select(Concern.id).where(Concern.reference == wanted))
    if found is None:
        raise NotFound(f"No concern has the reference {wanted or '(blank)'}.")
    return int(found)


def referral_overview(vault: OpenVault, concern_id: int) -> ReferralOverview:
    me = allow(vault, Action.VIEW_CASE)
    with vault.reading() as s:
        c = _concern(s, concern_id)
        p = _person(s, c)
        decision = _decision(s, c)
        latest = _latest_referral(s, c.id)
        contact = s.scalars(
            select(LocalContact)
            .where(LocalContact.kind == "police_prevent_referral_email")
            .order_by(LocalContact.sort, LocalContact.id)
        ).first()
        suggested = ""
        if contact is not None:
            suggested = contact.email.strip() or contact.name.strip()
        return ReferralOverview(
            concern_id=c.id,
            reference=c.reference,
            person_name=f"{p.forenames} {p.surname}".strip(),
            stage=Stage(c.stage),
            decision_outcome=Outcome(decision.outcome) if decision is not None else None,
            latest=_view(s, latest, c.reference) if latest is not None else None,
            can_refer=can(Role(me.role), Action.REFER),
            suggested_recipient=suggested,
        )


def referral_for_output(vault: OpenVault, concern_id: int) -> int:
    """The newest generated referral form of a concern, generating one (with the generated
    wording throughout) when there is none yet."""
    allow(vault, Action.VIEW_CASE)
    with vault.reading() as s:
        c = _concern(s, concern_id)
        _require_referral(c, _decision(s, c))
        found = s.scalar(
            select(Referral.id)
            .where(Referral.concern_id == c.id, Referral.snapshot.is_not(None))
            .order_by(Referral.id.desc())
            .limit(1)
        )
    if found is not None:
        return int(found)
    return generate_referral(vault, concern_id, {})


def record_sent(
    vault: OpenVault,
    referral_id: int,
    sent_at: dt.datetime,
    sent_to: str,
    sent_how: str = "",
    police_reference: str = "",
) -> None:
    """When, to whom and how this referral form was sent, and the police reference if given."""
    from dsl_desktop.services import concerns

    allow(vault, Action.REFER)
    with vault.reading() as s:
        row = _referral_row(s, referral_id)
        if row.sent_at is not None:
            raise concerns.RecordLocked(
                "This referral is already recorded as sent. To correct when, to whom or how, "
                "record an amendment."
            )
        latest = _latest_referral(s, row.concern_id)
        if latest is not None and latest.id != row.id:
            raise SupersededReferral(
                "A newer version of this referral form has been generated since this one."
            )
        concern_id = row.concern_id
    concerns.record_referral_sent(
        vault,
        concern_id,
        concerns.ReferralSentInput(
            sent_at=sent_at, sent_to=sent_to, sent_how=sent_how, police_reference=police_reference
        ),
    )


def _note(vault: OpenVault, action: str, referral_id: int, details: Mapping[str, Any]) -> None:
    allow(vault, Action.VIEW_CASE)
    with vault.unit() as s:
        row = _referral_row(s, referral_id)
        _stored_form(row)
        vault.audit(
            s, action, entity="referral", entity_id=row.id,
            details={"concern_id": row.concern_id, "form_version": row.form_version, **details},
        )  # fmt: skip


def note_printed(vault: OpenVault, referral_id: int, pages: int | None = None) -> None:
    """Record in the audit trail that a generated referral form was printed."""
    _note(vault, "referral.printed", referral_id, {} if pages is None else {"pages": pages})


def note_saved(vault: OpenVault, referral_id: int) -> None:
    """Record in the audit trail that a generated referral form was saved to a file.

    The file's name is not recorded: it may hold the person's name.
    """
    _note(vault, "referral.saved", referral_id, {})


# ---- the decision record ---------------------------------------------------------------------
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
    p = _person(s, c)
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
    alternatives = s.scalars(
        select(AlternativeRow).where(AlternativeRow.concern_id == c.id).order_by(AlternativeRow.id)
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
        information=_information(s, c),
        alternatives=tuple(
            AlternativeExplanation(a.explanation, a.exploration, a.conclusion) for a in alternatives
        ),
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
