"""The decision record: the school's own account of what it knew, whom it asked, what it decided
and why. One is produced for every decision, including no further action (KCSIE asks schools to
record the reasons for not referring as well as for referring).
"""

from __future__ import annotations

from collections import Counter

from reportlab.platypus import Flowable, Paragraph

from dsl_desktop.domain import InformationKind, Nation
from dsl_desktop.nation import parse_nation
from dsl_desktop.pdf import base
from dsl_desktop.pdf.base import Cell, DocumentInfo, Target
from dsl_desktop.pdf.shared import age_text, bullet_list, information_table
from dsl_desktop.pdf.text import (
    _,
    format_date,
    in_language,
    kind_name,
    outcome_label,
    stored_word,
)
from dsl_desktop.referral_form import DecisionRecord, Judgement


def decision_headings() -> tuple[str, ...]:
    """The section headings, in order."""
    return (
        _("The person"),
        _("The concern"),
        _("Information gathered"),
        _("Other explanations considered"),
        _("Who was consulted"),
        _("Proportionality"),
        _("Decision"),
    )


def _person(record: DecisionRecord) -> list[Flowable]:
    person = record.person
    on = record.decided_at.date()
    return [
        *base.fields(
            [
                (_("Forename(s)"), person.forenames),
                (_("Surname"), person.surname),
                (_("Date of birth"), format_date(person.date_of_birth)),
                (_("Age when decided"), age_text(person.date_of_birth, person.approximate_age, on)),
                (_("Year group or role"), stored_word(person.school_or_role)),
            ]
        )
    ]


def _concern(record: DecisionRecord) -> list[Flowable]:
    return [
        *base.fields(
            [
                (_("Concern reference"), record.concern_reference),
                (_("First noticed"), format_date(record.noticed_on)),
                (_("Noticed by"), record.noticed_by),
                (_("Type of concern"), stored_word(record.category)),
            ]
        ),
        base.text_block(
            _("Signs of concern noticed"), bullet_list([stored_word(i) for i in record.indicators])
        ),
        base.text_block(_("What was seen or heard"), record.account),
    ]


def _information(record: DecisionRecord) -> list[Flowable]:
    counts = Counter(item.kind for item in record.information)
    summary = "  \u00b7  ".join(f"{kind_name(kind)}: {counts[kind]}" for kind in InformationKind)
    story: list[Flowable] = [information_table(record.information)]
    if record.information:
        story.insert(0, base.note(summary))
        if counts[InformationKind.OBSERVED] == 0:
            story.append(
                base.note(
                    _(
                        "None of this information was observed directly: it rests on reports "
                        "and inferences only."
                    )
                )
            )
    return story


def _alternatives(record: DecisionRecord) -> list[Flowable]:
    if not record.alternatives:
        return [base.not_recorded(_("No other explanations were recorded."))]
    rows: list[list[Cell]] = [
        [alt.explanation, alt.how_explored, alt.finding] for alt in record.alternatives
    ]
    return [
        base.grid_table(
            [_("Possible explanation"), _("What was done to explore it"), _("What was found")],
            rows,
            [0.30, 0.38, 0.32],
        )
    ]


def _who(name: str, role: str, agency: str) -> list[Flowable]:
    st = base.styles()
    story: list[Flowable] = [Paragraph(base.markup(name), st.label)]
    story += [Paragraph(base.markup(text), st.cell) for text in (role, agency) if text.strip()]
    return story


def _consultations(record: DecisionRecord) -> list[Flowable]:
    if not record.consultations:
        return [base.not_recorded(_("No one else was consulted."))]
    rows: list[list[Cell]] = []
    for item in record.consultations:
        when = "\n".join(text for text in (format_date(item.consulted_on), item.how) if text)
        rows.append(
            [
                _who(item.name, item.role, item.agency),
                when,
                item.what_shared,
                item.why,
                item.outcome,
            ]
        )
    return [
        base.grid_table(
            [
                _("Who (role, agency)"),
                _("When and how"),
                _("What was shared"),
                _("Why it was shared"),
                _("Advice or outcome"),
            ],
            rows,
            [0.21, 0.15, 0.23, 0.20, 0.21],
        )
    ]


def _proportionality(record: DecisionRecord) -> list[Flowable]:
    answers = record.proportionality
    questions: list[tuple[str, Judgement]] = [
        (_("Is anyone at immediate risk of harm?"), answers.immediate_risk),
        (_("Engagement with a group, cause or ideology?"), answers.engagement),
        (_("Intent to cause harm?"), answers.intent),
        (_("Capability to cause harm?"), answers.capability),
    ]
    rows: list[list[Cell]] = [
        [question, base.answer_paragraph(judgement.answer), judgement.notes or []]
        for question, judgement in questions
    ]
    return [
        base.note(
            _(
                "These questions record professional judgement on the information available. "
                "They are not a score and do not predict what anyone will do."
            )
        ),
        base.grid_table([_("Question"), _("Answer"), _("Notes")], rows, [0.34, 0.16, 0.50]),
    ]


def _decision(record: DecisionRecord) -> list[Flowable]:
    outcome = Paragraph(base.markup(outcome_label(record.outcome)), base.styles().answer)
    decided_by = record.decided_by
    if record.decided_by_role.strip():
        decided_by = f"{decided_by}, {_role_label(record.decided_by_role)}"
    review = format_date(record.review_date) or _("No review date set")
    return [
        *base.fields(
            [
                (_("Outcome"), outcome),
                (_("Decided by"), decided_by),
                (_("Decided on"), format_date(record.decided_at)),
                (_("Review date"), review),
            ]
        ),
        base.text_block(_("Reasons for the decision"), record.rationale),
        base.note(_guidance_note(record)),
    ]


def _role_label(role: str) -> str:
    """The safeguarding role's name in the record's language (other roles print as stored)."""
    names = {
        "DSL": _("DSL"),
        "Deputy DSL": _("Deputy DSL"),
        "Designated Safeguarding Lead": _("Designated Safeguarding Lead"),
        "Deputy Designated Safeguarding Lead": _("Deputy Designated Safeguarding Lead"),
        "Designated Safeguarding Person": _("Designated Safeguarding Person"),
        "Deputy Designated Safeguarding Person": _("Deputy Designated Safeguarding Person"),
    }
    return names.get(role, role)


def _guidance_note(record: DecisionRecord) -> str:
    """Why the record exists, citing the guidance of the school's nation."""
    if parse_nation(record.nation) is Nation.WALES:
        return _(
            "Kept as Keeping learners safe (Welsh Government) asks: the Designated Safeguarding "
            "Person records every concern, decision and action, with the reasons, including "
            "the reasons for not referring."
        )
    return _(
        "Kept as Keeping children safe in education (KCSIE) asks: the Designated Safeguarding "
        "Lead records every concern, discussion and decision, with the reasons, including the "
        "reasons for not referring."
    )


def _story(record: DecisionRecord) -> list[Flowable]:
    name = " ".join(part for part in (record.person.forenames, record.person.surname) if part)
    story = base.title_block(
        _("Decision record"),
        _("{school}: for the school's own safeguarding file").format(school=record.school_name),
        [
            (_("Concern reference"), record.concern_reference),
            (_("Person"), name),
            (_("School reference (URN)"), record.school_urn),
            (_("Record version"), record.record_version),
            (_("Outcome"), outcome_label(record.outcome)),
            (_("Prepared"), format_date(record.generated_at)),
        ],
    )
    sections = (
        _person,
        _concern,
        _information,
        _alternatives,
        _consultations,
        _proportionality,
        _decision,
    )
    for heading, build in zip(decision_headings(), sections, strict=True):
        story += base.heading(heading)
        story += build(record)
    return story


def _info(record: DecisionRecord) -> DocumentInfo:
    return DocumentInfo(
        title=_("Decision record"),
        subject=_("Safeguarding decision record"),
        author=record.school_name,
        version=record.record_version,
        school_reference=record.school_urn,
        created_at=record.generated_at,
        reference=record.concern_reference,
    )


def decision_record_bytes(record: DecisionRecord, language: str | None = None) -> bytes:
    """The decision record as PDF file bytes.

    ``language``: ``"en"``, ``"cy"`` (Welsh) or ``"bilingual"`` (Welsh, then English) for the
    record's own labels; ``None`` keeps the active catalogue.
    """
    with in_language(language):
        return base.build_pdf(_story(record), _info(record))


def render_decision_record(
    record: DecisionRecord, out: Target, language: str | None = None
) -> None:
    """Write the decision record PDF to ``out``: a file path or a binary stream."""
    base.write_pdf(decision_record_bytes(record, language), out)
