"""Pieces printed by more than one document."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.platypus import Flowable, Paragraph

from dsl_desktop.pdf.base import Cell, grid_table, markup, not_recorded, styles, token
from dsl_desktop.pdf.text import _, evidence_labels, format_date
from dsl_desktop.referral_form import InformationEntry


def information_table(items: Sequence[InformationEntry]) -> Flowable:
    """Each piece of information with how far it can be relied on, numbered for reference."""
    if not items:
        return not_recorded(_("No information items recorded."))
    rows: list[list[Cell]] = []
    for number, item in enumerate(items, start=1):
        kind, checked = evidence_labels(item.kind, item.validation, item.corroborated_by)
        rows.append(
            [
                str(number),
                item.content,
                Paragraph(markup(kind), styles().label),
                item.source,
                token(format_date(item.obtained_on)) if item.obtained_on else [],
                checked,
            ]
        )
    return grid_table(
        [_("No."), _("What is known"), _("Type"), _("Source"), _("Date"), _("Checked")],
        rows,
        [0.06, 0.28, 0.19, 0.14, 0.15, 0.18],
    )


def information_plain_text(items: Sequence[InformationEntry]) -> str:
    if not items:
        return _("No information items recorded.")
    lines = []
    for number, item in enumerate(items, start=1):
        facts = list(evidence_labels(item.kind, item.validation, item.corroborated_by))
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
