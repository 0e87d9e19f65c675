"""Pieces printed by more than one document."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.platypus import Flowable, Paragraph

from dsl_desktop.pdf.base import Cell, grid_table, markup, not_recorded, styles
from dsl_desktop.pdf.text import _, format_date, kind_label, validation_label
from dsl_desktop.referral_form import InformationEntry


def information_table(items: Sequence[InformationEntry]) -> Flowable:
    """Each piece of information with how far it can be relied on, numbered for reference."""
    if not items:
        return not_recorded(_("No information items recorded."))
    rows: list[list[Cell]] = []
    for number, item in enumerate(items, start=1):
        rows.append(
            [
                str(number),
                item.content,
                Paragraph(markup(kind_label(item.kind)), styles().label),
                item.source,
                format_date(item.obtained_on),
                validation_label(item.validation),
            ]
        )
    return grid_table(
        [_("No."), _("What is known"), _("Type"), _("Source"), _("Date"), _("Checked")],
        rows,
        [0.055, 0.37, 0.14, 0.15, 0.12, 0.165],
    )


def information_plain_text(items: Sequence[InformationEntry]) -> str:
    if not items:
        return _("No information items recorded.")
    lines = []
    for number, item in enumerate(items, start=1):
        facts = [kind_label(item.kind), validation_label(item.validation)]
        if item.source:
            facts.append(_("source: {source}").format(source=item.source))
        if item.obtained_on is not None:
            facts.append(format_date(item.obtained_on))
        lines.append(f"{number}. {item.content} ({'; '.join(facts)})")
    return "\n".join(lines)


def bullet_list(items: Sequence[str]) -> str:
    """Short items as one line each, for a text cell; empty when there are none."""
    return "\n".join(f"\u2022 {item}" for item in items if item.strip())


def age_text(born: date | None, approximate: int | None, on: date) -> str:
    """Age in years at ``on`` from the date of birth, else the approximate age given."""
    if born is not None:
        years = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
        return _("{years} years").format(years=years)
    if approximate is not None:
        return _("About {years} years (approximate)").format(years=approximate)
    return ""
