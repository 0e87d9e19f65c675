"""A blank "Record of concern": the staff report's questions on paper, for staff without a
computer. It is filled in by hand and handed to the DSL the same day; the DSL scans it and
attaches the scan to the concern. Printed in English, Welsh or both (Welsh first)."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from dsl_desktop.pdf import base
from dsl_desktop.pdf.base import DocumentInfo, Target
from dsl_desktop.pdf.text import BOX_EMPTY, _, in_language

FORM_VERSION = "1"


def _box(height_mm: float) -> Spacer:
    return Spacer(0, height_mm * mm)


def _story(school: str) -> list[Flowable]:
    st = base.styles()
    story: list[Flowable] = [
        Paragraph(base.markup(_("Record of concern")), st.title),
        Paragraph(
            base.markup(
                _("{school}: for any member of staff. Give it to the DSL today.").format(
                    school=school
                )
                if school
                else _("For any member of staff. Give it to the DSL today.")
            ),
            st.subtitle,
        ),
    ]
    story += base.heading(_("First: is anyone in immediate danger?"))
    story.append(
        base.field_table(
            [
                (
                    _("Is anyone in immediate danger?"),
                    [
                        Paragraph(base.markup(f"{BOX_EMPTY}\u00a0{text}"), st.answer)
                        for text in (_("Yes: call 999 now, then tell the DSL in person"), _("No"))
                    ],
                )
            ]
        )
    )
    story += base.heading(_("Who is reporting"))
    story.append(
        base.field_table(
            [
                (_("Your name"), [_box(7)]),
                (_("Your role"), [_box(7)]),
                (_("Signature"), [_box(9)]),
                (_("Date and time written"), [_box(7)]),
            ]
        )  # fmt: skip
    )
    story += base.heading(_("The concern"))
    story.append(
        base.field_table(
            [
                (_("Who is it about?"), [_box(9)]),
                (_("When did it happen?"), [_box(7)]),
                (_("Where did it happen?"), [_box(7)]),
            ]
        )  # fmt: skip
    )
    story.append(
        base.text_block(
            _("What did you see or hear? Write exactly what was said, in the person's own words."),
            [_box(80)],
        )
    )
    story.append(base.text_block(_("Who else was there?"), [_box(18)]))
    story.append(base.text_block(_("What have you done so far?"), [_box(22)]))
    story += base.heading(_("For the DSL"))
    story.append(
        base.field_table(
            [
                (_("Received on"), [_box(7)]),
                (_("Received by"), [_box(7)]),
                (_("Concern reference"), [_box(7)]),
            ]
        )  # fmt: skip
    )
    story.append(
        base.note(
            _(
                "Keep to the facts; if you add an opinion, say that it is one. Do not "
                "investigate or question anyone further: that is for the DSL."
            )
        )
    )
    return story


def record_of_concern_bytes(school: str = "", language: str | None = None, urn: str = "") -> bytes:
    """The blank form as PDF bytes; ``language`` is ``"en"``, ``"cy"`` or ``"bilingual"``."""
    with in_language(language):
        return base.build_pdf(
            _story(school),
            DocumentInfo(
                title=_("Record of concern"),
                subject=_("Blank form for reporting a safeguarding concern"),
                author=school or "DSL Desktop",
                version=FORM_VERSION,
                school_reference=urn,
                created_at=dt.datetime.now().replace(microsecond=0),
            ),
        )


def render_record_of_concern(
    out: Target, school: str = "", language: str | None = None, urn: str = ""
) -> None:
    base.write_pdf(record_of_concern_bytes(school, language, urn), out)
