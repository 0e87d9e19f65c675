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
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.errors import DomainError, VaultError
from db.models import AlternativeExplanation as AlternativeRow
from db.models import (
    Amendment,
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
from dsl_desktop.domain import (
    Answer,
    Nation,
    Outcome,
    Role,
    Stage,
)
from dsl_desktop.nation import NationRules, rules_for
from dsl_desktop.pdf.decision_record import decision_record_bytes
from dsl_desktop.pdf.referral import (
    PRINT_ORDER,
    generated_section_text,
    referral_pdf_bytes,
    referral_plain_text,
    section_heading,
    section_plain_text,
)
from dsl_desktop.pdf.text import _, catalogue_for, in_language
from dsl_desktop.referral_form import (
    Consultation,
    DecisionRecord,
    Judgement,
    PersonSummary,
    Proportionality,
    ReferralForm,
    ReferralSection,
    SnapshotError,
)
from dsl_desktop.services.people import InvalidInput, NotFound, allow, clean_text, now
from dsl_desktop.services.referral_case import (
    alternative_entries,
    assemble_form,
    catalogue_labels,
    information_entries,
    load_case_records,
)
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
    "person_id_for",
    "referral_for_output",
    "referral_overview",
    "referral_pdf",
    "referral_section_texts",
    "referral_text",
    "stored_referral_form",
]

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
    vault: OpenVault,
    concern_id: int,
    edited: Mapping[ReferralSection, str] | None = None,
    *,
    alternative_contact_id: int | None = None,
) -> int:
    """Freeze the referral form as it stands now, with the DSL's wording for ``edited``
    sections, in a new referral row; returns its id.

    A section whose text is blank or the same as the generated wording counts as not edited.
    Each rewritten section is kept as an amendment (generated wording -> the DSL's wording).
    ``alternative_contact_id``: the DSL or deputy account to print as the contact when the
    referrer is away (by default the first other DSL or deputy, if any). What is still
    unanswered does not stop generation: list it first with
    :func:`dsl_desktop.services.referral_checks.unanswered`.
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
        form = _form(s, c, me, at, alternative_contact_id)
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
    """The stored snapshot, with the date it was sent (the date of referral) once known."""
    if row.snapshot is None:
        raise NoReferralForm("No referral form has been generated for this referral.")
    try:
        form = ReferralForm.from_dict(row.snapshot)
        sent_on = row.sent_at.date() if row.sent_at is not None else None
        return dataclasses.replace(form, sent_on=sent_on) if sent_on != form.sent_on else form
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


def referral_text(vault: OpenVault, referral_id: int, language: str | None = None) -> str:
    """The whole stored form as plain text, section by section, for pasting into an online
    form (the DSL's own wording where given). Per section: :func:`referral_section_texts`."""
    catalogue_for(language or "en")
    with in_language(language):
        return referral_plain_text(stored_referral_form(vault, referral_id))


def referral_section_texts(
    vault: OpenVault, referral_id: int, language: str | None = None
) -> dict[ReferralSection, tuple[str, str]]:
    """Each section of the stored form as (heading, plain text), in print order, for the Copy
    buttons."""
    catalogue_for(language or "en")
    form = stored_referral_form(vault, referral_id)
    with in_language(language):
        return {sec: (section_heading(sec), section_plain_text(form, sec)) for sec in PRINT_ORDER}


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


def person_id_for(vault: OpenVault, concern_id: int) -> int:
    """The id of the person a concern is about."""
    allow(vault, Action.VIEW_CASE)
    with vault.reading() as s:
        return _concern(s, concern_id).person_id


def referral_for_output(vault: OpenVault, concern_id: int) -> int:
    """The newest generated referral form of a concern, generating one (with the generated
    wording throughout) when there is none yet and the case allows it.

    When no form can be made, the error says in one sentence what to do first.
    """
    me = allow(vault, Action.VIEW_CASE)
    with vault.reading() as s:
        c = _concern(s, concern_id)
        _require_referral(c, _decision(s, c))
        # newest first; a row with no form holds JSON null, which SQL sees as a value
        rows = list(
            s.scalars(
                select(Referral).where(Referral.concern_id == c.id).order_by(Referral.id.desc())
            )
        )
        found = next((r.id for r in rows if r.snapshot is not None), None)
        sent_at = rows[0].sent_at if rows else None
        stage = Stage(c.stage)
        reference = c.reference
    if found is not None:
        return int(found)
    if sent_at is not None:
        raise NoReferralForm(
            f"The referral for {reference} was recorded as sent on "
            f"{sent_at:%d %B %Y} without a form made in DSL Desktop, so there is no "
            "stored form to print.",
            "Use decision-record for what was decided; to send a new form, take the concern "
            "back to Check through a review and decide again.",
        )
    if stage is not Stage.SHARE:
        raise NoReferralForm(
            f"No referral form has been generated for {reference}, and it can be generated "
            f"only at the Share stage (the concern is at {STAGE_LABELS[stage]}).",
            "Move the concern to Share first.",
        )
    if not can(Role(me.role), Action.REFER):
        raise NoReferralForm(
            f"No referral form has been generated for {reference} yet.",
            "Ask the DSL or a deputy to generate it: your account cannot.",
        )
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
