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
further action, as KCSIE asks for the reasons behind each decision to be kept."""

from __future__ import annotations

from dsl_desktop.services.referrals.base import (
    EDIT_REASON,
    SECTION_ORDER,
    AlreadySent,
    DecisionDocument,
    GeneratedReferral,
    NoDecision,
    NoReferralForm,
    NotAReferral,
    ReferralOverview,
    SupersededReferral,
    form_in_session,
)
from dsl_desktop.services.referrals.decision_record import (
    build_decision_record,
    decision_record_document,
    decision_record_pdf,
    note_decision_record_printed,
    note_decision_record_saved,
)
from dsl_desktop.services.referrals.referral import (
    build_referral_form,
    concern_id_for,
    draft_sections,
    generate_referral,
    note_printed,
    note_saved,
    person_id_for,
    record_sent,
    referral_for_output,
    referral_overview,
    referral_pdf,
    referral_section_texts,
    referral_text,
    stored_referral_form,
)

__all__ = [
    "AlreadySent",
    "DecisionDocument",
    "EDIT_REASON",
    "GeneratedReferral",
    "NoDecision",
    "NoReferralForm",
    "NotAReferral",
    "ReferralOverview",
    "SECTION_ORDER",
    "SupersededReferral",
    "build_decision_record",
    "build_referral_form",
    "concern_id_for",
    "decision_record_document",
    "decision_record_pdf",
    "draft_sections",
    "form_in_session",
    "generate_referral",
    "note_decision_record_printed",
    "note_decision_record_saved",
    "note_printed",
    "note_saved",
    "person_id_for",
    "record_sent",
    "referral_for_output",
    "referral_overview",
    "referral_pdf",
    "referral_section_texts",
    "referral_text",
    "stored_referral_form",
]
