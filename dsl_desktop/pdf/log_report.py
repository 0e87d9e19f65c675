"""The concerns log as a report for governors: summary figures, charts, then the log itself.

Charts are drawn with reportlab's own chart classes in black and greys, with the numbers written
beside each bar, so they read the same on a black-and-white print. The log table uses plain
cells (no paragraph per cell) so that tens of thousands of rows still lay out in seconds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from dsl_desktop.pdf import base, fonts
from dsl_desktop.pdf.base import CONTENT_WIDTH, PAGE_HEIGHT, DocumentInfo
from dsl_desktop.pdf.text import _, format_date, stored_word

if TYPE_CHECKING:
    from dsl_desktop.views.overview import Overview, Share

VERSION = "1"
BAR_FILL = colors.Color(0.45, 0.45, 0.45)
AXIS = colors.Color(0.2, 0.2, 0.2)
GRID = colors.Color(0.85, 0.85, 0.85)
SMALL = 7.5


@dataclass(frozen=True)
class LogReport:
    school_name: str
    school_urn: str
    made_by: str
    made_at: dt.datetime
    anonymised: bool
    figures: Overview
    rows: list[list[str]]
    """The log's rows as exported (see ``dsl_desktop.services.exports.CSV_HEADER``)."""


def _axis_step(top: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000):
        if top / step <= 6:
            return step
    return max(1, top // 6)


def _style_axes(chart: VerticalBarChart | HorizontalBarChart, top: int) -> None:
    step = _axis_step(max(1, top))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(step, ((top + step - 1) // step) * step)
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = SMALL
    chart.valueAxis.strokeColor = AXIS
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.gridStrokeWidth = 0.5
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = SMALL
    chart.categoryAxis.strokeColor = AXIS
    chart.bars[0].fillColor = BAR_FILL
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = fonts.REGULAR
    chart.barLabels.fontSize = SMALL


def month_chart(figures: Overview) -> Drawing:
    """Concerns noticed per month, as upright bars."""
    months = figures.per_month
    height = 62 * mm
    drawing = Drawing(CONTENT_WIDTH, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 28, 26
    chart.width, chart.height = CONTENT_WIDTH - 40, height - 40
    chart.data = [[m.count for m in months] or [0]]
    chart.categoryAxis.categoryNames = [
        f"{_month_abbreviation(m.month.month)} {m.month.strftime('%y')}" for m in months
    ] or [""]
    _style_axes(chart, max((m.count for m in months), default=0))
    chart.categoryAxis.labels.angle = 45 if len(months) > 14 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(months) > 14 else "n"
    chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing


def share_chart(shares: Sequence[tuple[str, int]], label_width: float = 62 * mm) -> Drawing:
    """(label, count) pairs as bars lying down, the first at the top."""
    bar = 13
    height = max(30.0, bar * len(shares) + 28)
    drawing = Drawing(CONTENT_WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 18
    chart.width, chart.height = CONTENT_WIDTH - label_width - 24, height - 24
    ordered = list(reversed(shares))  # the chart draws its first bar at the bottom
    chart.data = [[count for _label, count in ordered] or [0]]
    chart.categoryAxis.categoryNames = [_clip(label, 40) for label, _count in ordered] or [""]
    _style_axes(chart, max((count for _label, count in shares), default=0))
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.barLabels.nudge = 8
    chart.barLabels.boxAnchor = "w"
    drawing.add(chart)
    return drawing


def _pairs(shares: Sequence[Share]) -> list[tuple[str, int]]:
    return [(stored_word(_(s.label)), s.count) for s in shares]


def _clip(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1] + "\u2026"


def _month_abbreviation(month: int) -> str:
    names = (
        _("Jan"), _("Feb"), _("Mar"), _("Apr"), _("May"), _("Jun"),
        _("Jul"), _("Aug"), _("Sep"), _("Oct"), _("Nov"), _("Dec"),
    )  # fmt: skip
    return names[month - 1]


def _chart_block(title: str, drawing: Drawing, note: str = "") -> list[Flowable]:
    parts: list[Flowable] = [*base.subheading(title), drawing]
    if note:
        parts.append(base.note(note))
    return [KeepTogether(parts)]


def _empty_drawing(message: str) -> Drawing:
    drawing = Drawing(CONTENT_WIDTH, 16)
    drawing.add(String(0, 4, message, fontName=fonts.OBLIQUE, fontSize=9))
    return drawing


def _summary(report: LogReport) -> list[Flowable]:
    f = report.figures
    median = (
        _("{days} days").format(days=f"{f.median_days_to_decision:g}")
        if f.median_days_to_decision is not None
        else _("No decisions in the period")
    )
    return base.fields(
        [
            (_("Concerns noticed in the period"), str(f.concerns)),
            (_("Decided so far"), str(f.decided)),
            (_("Median time from notice to decision"), median),
            (_("Prevent referrals sent"), str(f.referrals)),
            (_("Open concerns today"), str(f.open_now)),
            (_("Reviews overdue today"), str(f.overdue_now)),
        ]
    )


def _log_tables(report: LogReport, heading_height: float) -> list[Flowable]:
    """The log as one table per page (reportlab splits one long table over pages in time that
    grows with the square of its length: 50,000 rows took 145 s, page by page takes 10 s).

    ``heading_height`` is the room the heading above takes on the first page."""
    header = [
        _("Reference"), _("Person"), _("Person id"), _("Noticed"), _("Type"), _("Stage"),
        _("Outcome"), _("Next review"),
    ]  # fmt: skip
    data: list[list[str]] = []
    for row in report.rows:
        reference, person, person_id, noticed, category, stage, _status, outcome, review = row[:9]
        overdue = row[9] == "yes"
        data.append(
            [
                reference,
                _clip(person, 22),
                person_id,
                noticed,
                _clip(category, 22),
                stage,
                _clip(outcome, 22) or "\u2014",
                (review + " !" if overdue else review) or "\u2014",
            ]
        )
    shares = (0.11, 0.14, 0.13, 0.09, 0.17, 0.07, 0.17, 0.12)
    widths = [CONTENT_WIDTH * s for s in shares]
    style = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
            ("FONTNAME", (0, 0), (-1, 0), fonts.BOLD),
            ("FONTSIZE", (0, 0), (-1, -1), 6.5),
            ("LEADING", (0, 0), (-1, -1), 8),
            ("BACKGROUND", (0, 0), (-1, 0), base.LABEL_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, base.INK),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, base.RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ]
    )

    def table(rows: list[list[str]]) -> Table:
        return Table([header, *rows], colWidths=widths, repeatRows=1, hAlign="LEFT", style=style)

    # Every row is one line, so the rows a page holds can be worked out from two sample tables;
    # each page then gets a table of its own under its own header.
    frame = PAGE_HEIGHT - base.TOP_MARGIN - base.BOTTOM_MARGIN
    header_height = table([]).wrap(CONTENT_WIDTH, frame)[1]
    row_height = table(data[:1]).wrap(CONTENT_WIDTH, frame)[1] - header_height
    first = int((frame - heading_height - header_height) // row_height) - 1
    per_page = int((frame - header_height) // row_height) - 1
    story: list[Flowable] = []
    start, size = 0, max(1, first)
    while start < len(data):
        if story:
            story.append(PageBreak())
        story.append(table(data[start : start + size]))
        start += size
        size = max(1, per_page)
    return story


def log_report_pdf(report: LogReport) -> bytes:
    """The report as PDF file bytes."""
    f = report.figures
    period = _("{start} to {end}").format(
        start=format_date(f.date_from), end=format_date(f.date_to)
    )
    story: list[Flowable] = [
        *base.title_block(
            _("Concerns log"),
            report.school_name,
            [
                (_("Period"), period),
                (_("Made on"), format_date(report.made_at)),
                (_("Made by"), report.made_by),
                (
                    _("Names"),
                    _("Initials and pseudonymous ids") if report.anonymised else _("In full"),
                ),
            ],
        ),
        base.note(
            _(
                "Figures count concerns first noticed in the period; open concerns and overdue "
                "reviews are as they stand today. The app records professional judgement and "
                "does not score or predict anything about anyone."
            )
        ),
        *base.heading(_("Summary")),
        *_summary(report),
        *base.heading(_("Charts")),
    ]
    story += _chart_block(
        _("Concerns noticed each month"),
        month_chart(f) if f.concerns else _empty_drawing(_("No concerns in the period.")),
    )
    story += _chart_block(
        _("Type of concern"),
        share_chart(_pairs(f.by_category)) if f.by_category else _empty_drawing(_("None.")),
    )
    story += _chart_block(
        _("What was decided"),
        share_chart(_pairs(f.by_outcome)) if f.by_outcome else _empty_drawing(_("None.")),
        _("The latest decision on each concern noticed in the period."),
    )
    story += _chart_block(
        _("Time from notice to decision"),
        share_chart([(_(b.label), b.count) for b in f.decision_bands], 40 * mm)
        if f.decided
        else _empty_drawing(_("No decisions in the period.")),
    )
    story += _chart_block(
        _("Prevent referrals and their outcomes"),
        share_chart(_pairs(f.referral_outcomes))
        if f.referral_outcomes
        else _empty_drawing(_("No referrals were sent for concerns in the period.")),
    )
    log_heading = base.heading(_("The log"))
    bar = log_heading[-1]
    heading_height = bar.wrap(CONTENT_WIDTH, PAGE_HEIGHT)[1] + bar.getSpaceAfter() + 2
    story += [PageBreak(), *log_heading, Spacer(0, 2)]
    if report.rows:
        story += _log_tables(report, heading_height)
        story.append(base.note(_("\u201c!\u201d after a review date: the review is overdue.")))
    else:
        story.append(base.not_recorded(_("No concerns were noticed in the period.")))
    info = DocumentInfo(
        title=_("Concerns log"),
        subject=_("Concerns log report for {school}").format(school=report.school_name),
        author=report.school_name,
        version=VERSION,
        school_reference=report.school_urn or _("not recorded"),
        created_at=report.made_at,
    )
    return base.build_pdf(story, info)
