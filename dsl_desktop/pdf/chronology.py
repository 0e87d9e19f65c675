"""A person's chronology on the shared page: who they are, their concerns, then every event.

The event table runs oldest first with the date, the concern it belongs to, what happened, the
recorded words and who recorded it; it carries its header onto every page it runs over.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, Paragraph

from dsl_desktop.domain import Outcome
from dsl_desktop.pdf import base
from dsl_desktop.pdf.base import Cell, DocumentInfo
from dsl_desktop.pdf.shared import age_text
from dsl_desktop.pdf.text import (
    _,
    format_date,
    in_language,
    outcome_label,
    stage_label,
    stored_word,
)

if TYPE_CHECKING:
    from dsl_desktop.views.chronology import Chronology

VERSION = "1"


def _person_type(code: str) -> str:
    labels = {
        "pupil": _("Pupil"),
        "staff": _("Member of staff"),
        "parent_carer": _("Parent or carer"),
        "other": _("Other"),
    }
    return labels.get(code, code)


def _status(code: str) -> str:
    labels = {"draft": _("Draft"), "open": _("Open"), "closed": _("Closed")}
    return labels.get(code, code)


def _outcome(code: str | None) -> str:
    if not code:
        return _("Not decided yet")
    try:
        return outcome_label(Outcome(code))
    except ValueError:
        return code


def chronology_headings() -> tuple[str, ...]:
    return (_("The person"), _("Concerns"), _("Chronology"))


def chronology_document(chronology: Chronology, language: str | None = None) -> bytes:
    """The chronology as PDF file bytes; ``language``: ``"en"``, ``"cy"`` or ``"bilingual"``
    for its labels (``None``: the active catalogue)."""
    with in_language(language):
        return _document(chronology)


def _document(chronology: Chronology) -> bytes:
    person = chronology.person
    name = person.full_name
    made = chronology.made_at
    heads = chronology_headings()
    story: list[Flowable] = [
        *base.title_block(
            _("Chronology"),
            name,
            [
                (_("School"), chronology.school_name),
                (_("Made on"), format_date(made)),
                (_("Made by"), chronology.made_by),
                (_("Concerns"), str(len(chronology.concerns))),
            ],
        ),
        *base.heading(heads[0]),
        *base.fields(
            [
                (_("Forename(s)"), person.forenames),
                (_("Surname"), person.surname),
                (_("Other names"), person.other_names),
                (_("Date of birth"), format_date(person.date_of_birth)),
                (_("Age today"), age_text(person.date_of_birth, person.approx_age, made.date())),
                (_("Who they are"), _person_type(person.person_type.value)),
                (_("Year group or role"), stored_word(person.school_or_occupation)),
            ]
        ),
        *base.heading(heads[1]),
    ]
    if chronology.concerns:
        rows: list[list[Cell]] = [
            [base.token(c.reference), base.token(format_date(c.noticed_at)), stored_word(c.category),
             stage_label(c.stage), _status(c.status), _outcome(c.outcome)]
            for c in chronology.concerns
        ]  # fmt: skip
        story.append(
            base.grid_table(
                [_("Reference"), _("Noticed"), _("Type"), _("Stage"), _("Status"), _("Outcome")],
                rows,
                [0.16, 0.2, 0.2, 0.11, 0.1, 0.23],
            )
        )
    else:
        story.append(base.not_recorded(_("No concerns are recorded about this person.")))
    story += base.heading(heads[2])
    if chronology.entries:
        label_style = base.styles().label
        events: list[list[Cell]] = []
        for e in chronology.entries:
            when = format_date(e.at.date()) if e.date_only else format_date(e.at)
            what: list[Flowable] = [Paragraph(base.markup(e.summary), label_style)]
            details = e.text
            if e.reason:
                details = (details + "\n" if details else "") + _("Reason: {reason}").format(
                    reason=e.reason
                )
            events.append([base.token(when), base.token(e.reference), what, details or [], e.by])
        story.append(
            base.grid_table(
                [_("When"), _("Concern"), _("What happened"), _("Details"), _("By")],
                events,
                [0.15, 0.14, 0.23, 0.34, 0.14],
            )
        )
    else:
        story.append(base.not_recorded(_("Nothing has been recorded yet.")))
    info = DocumentInfo(
        title=_("Chronology"),
        subject=_("Safeguarding chronology"),
        author=chronology.school_name,
        version=VERSION,
        school_reference=chronology.school_urn,
        created_at=made,
    )
    return base.build_pdf(story, info)
