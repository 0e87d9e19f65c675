"""The Prevent referral: generating the form, keeping it, printing and sending it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.errors import VaultError
from db.models import Amendment, Concern, LocalContact, Referral
from db.vault import OpenVault
from dsl_desktop.domain import Outcome, Role, Stage
from dsl_desktop.pdf.referral import (
    PRINT_ORDER,
    generated_section_text,
    referral_pdf_bytes,
    referral_plain_text,
    section_heading,
    section_plain_text,
)
from dsl_desktop.pdf.text import catalogue_for, in_language
from dsl_desktop.referral_form import ReferralForm, ReferralSection, SnapshotError
from dsl_desktop.services.people import InvalidInput, NotFound, allow, clean_text, now
from dsl_desktop.services.referrals.base import (
    EDIT_REASON,
    SECTION_ORDER,
    AlreadySent,
    GeneratedReferral,
    NoReferralForm,
    ReferralOverview,
    SupersededReferral,
    _concern,
    _decision,
    _form,
    _latest_referral,
    _name,
    _require_referral,
    _require_share,
)
from dsl_desktop.services.rows import person_of
from dsl_desktop.workflow import STAGE_LABELS, Action, Requirement, can


def build_referral_form(vault: OpenVault, concern_id: int) -> ReferralForm:
    """The referral form as it would be generated now from the case, with no edited wording."""
    me = allow(vault, Action.REFER)
    with vault.reading() as s:
        return _form(s, _concern(s, concern_id), me, now())


def draft_sections(
    vault: OpenVault, concern_id: int, language: str | None = None
) -> dict[ReferralSection, str]:
    """The generated wording of each section, in form order, for the DSL to review and edit,
    in the form's ``language`` (``"en"``, ``"cy"`` or ``"bilingual"``; ``None``: as active)."""
    catalogue_for(language or "en")
    me = allow(vault, Action.REFER)
    with vault.reading() as s:
        c = _concern(s, concern_id)
        _require_referral(c, _decision(s, c))
        form = _form(s, c, me, now())
    with in_language(language):
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
    language: str | None = None,
) -> int:
    """Freeze the referral form as it stands now, with the DSL's wording for ``edited``
    sections, in a new referral row; returns its id.

    A section whose text is blank or the same as the generated wording counts as not edited.
    Each rewritten section is kept as an amendment (generated wording -> the DSL's wording).
    ``alternative_contact_id``: the DSL or deputy account to print as the contact when the
    referrer is away (by default the first other DSL or deputy, if any). What is still
    unanswered does not stop generation: list it first with
    :func:`dsl_desktop.services.referral_checks.unanswered`. ``language``: the language the
    wording was offered in (:func:`draft_sections`), to tell an edit from the generated text.
    """
    catalogue_for(language or "en")
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
            with in_language(language):
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
        p = person_of(s, c)
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
