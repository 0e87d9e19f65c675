"""The staff training report: who needs which course and whether they are in date, for an
inspector or the governors.

Landscape A4, so a column for every required course fits beside the names; otherwise the same
page as every other document (``dsl_desktop.pdf.base``): OFFICIAL-SENSITIVE marks, "Page X of Y",
black on white. Each status is written out in words with a mark (✓, !, ✗), and cells that are
out of date are shaded grey, so the report reads the same printed in black and white.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from dsl_desktop import APP_NAME, __version__
from dsl_desktop.domain import RoleType, TrainingStatus
from dsl_desktop.pdf import base, fonts
from dsl_desktop.pdf.base import DocumentInfo, markup, short, styles
from dsl_desktop.pdf.text import (
    MARKING,
    _,
    document_language,
    format_date,
    in_language,
    stored_word,
)
from dsl_desktop.training.compliance import ComplianceTotals, CourseStatus
from dsl_desktop.training.names import staff_names

if TYPE_CHECKING:
    from dsl_desktop.views.training import MatrixRow, TrainingDashboard

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
CONTENT_WIDTH = PAGE_WIDTH - base.LEFT_MARGIN - base.RIGHT_MARGIN
NAME_SHARE = 0.23
VERSION = "1"


@dataclass(frozen=True)
class TrainingReportFacts:
    school_name: str
    school_urn: str
    produced_at: datetime
    produced_by: str


def role_type_label(role_type: RoleType) -> str:
    labels = {
        RoleType.ESSENTIAL: _("Essential awareness"),
        RoleType.ALERTER: _("Alerter"),
        RoleType.RESPONDER: _("Responder"),
        RoleType.DECISION_MAKER: _("Decision maker"),
        RoleType.GOVERNANCE: _("Governance"),
        RoleType.DSL: _("DSL"),
        RoleType.DEPUTY_DSL: _("Deputy DSL"),
    }
    return labels[role_type]


def status_words(status: TrainingStatus) -> str:
    """The status with a mark, so that it reads without colour."""
    words = {
        TrainingStatus.COMPLIANT: _("\u2713 In date"),
        TrainingStatus.DUE_SOON: _("! Due soon"),
        TrainingStatus.OVERDUE: _("\u2717 Overdue"),
        TrainingStatus.NEVER_DONE: _("\u2717 Never done"),
        TrainingStatus.NOT_REQUIRED: _("\u2013"),
    }
    return words[status]


def _short_date(value: date | None) -> str:
    return "" if value is None else value.strftime("%d/%m/%Y")


def status_detail(item: CourseStatus) -> str:
    """The date that goes with a status: until when, by when, or since when."""
    if item.status is TrainingStatus.COMPLIANT:
        if item.due_date is None:
            return _("done {date}").format(date=_short_date(item.last_completed))
        return _("until {date}").format(date=_short_date(item.due_date))
    if item.status is TrainingStatus.DUE_SOON:
        return _("by {date}").format(date=_short_date(item.due_date))
    if item.status is TrainingStatus.OVERDUE:
        return _("since {date}").format(date=_short_date(item.due_date))
    if item.status is TrainingStatus.NEVER_DONE and item.due_date is not None:
        return _("due {date}").format(date=_short_date(item.due_date))
    return ""


# --- styles and blocks at landscape width -----------------------------------------------------


def _small() -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    st = styles()
    cell = ParagraphStyle("tr-cell", parent=st.cell, fontSize=7.5, leading=9)
    strong = ParagraphStyle("tr-strong", parent=cell, fontName=fonts.BOLD)
    quiet = ParagraphStyle("tr-quiet", parent=cell, textColor=base.QUIET_INK, fontSize=7)
    head = ParagraphStyle("tr-head", parent=st.label, fontSize=7.5, leading=9)
    return cell, strong, quiet, head


def _table_style(extra: Sequence[tuple[Any, ...]] = ()) -> TableStyle:
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
            ("GRID", (0, 0), (-1, -1), 0.5, base.RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("BACKGROUND", (0, 0), (-1, 0), base.LABEL_FILL),
            *extra,
        ]
    )


def _heading(text: str) -> list[Flowable]:
    bar = Table(
        [[Paragraph(markup(text), styles().heading)]],
        colWidths=[CONTENT_WIDTH],
        style=TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), base.HEADING_FILL),
                ("LINEABOVE", (0, 0), (-1, 0), 1.5, base.INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        ),
        spaceBefore=10,
        spaceAfter=6,
    )
    return [CondPageBreak(30 * mm), bar]


def _facts(pairs: Sequence[tuple[str, str]]) -> Table:
    items = list(pairs)
    if len(items) % 3:
        items += [("", "")] * (3 - len(items) % 3)
    rows = []
    for i in range(0, len(items), 3):
        row: list[Any] = []
        for name, value in items[i : i + 3]:
            row += [base.label(name) if name else "", base.cell(value) if name else ""]
        rows.append(row)
    sixth = CONTENT_WIDTH / 3
    style = _table_style(
        [
            ("BACKGROUND", (0, 0), (-1, 0), None),
            *[("BACKGROUND", (c, 0), (c, -1), base.LABEL_FILL) for c in (0, 2, 4)],
            ("BOX", (0, 0), (-1, -1), 1, base.INK),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
        ]
    )
    return Table(
        rows,
        colWidths=[sixth * 0.42, sixth * 0.58] * 3,
        style=style,
        spaceAfter=4,
        hAlign="LEFT",
    )


def _percent(totals: ComplianceTotals) -> str:
    value = totals.percent_in_date
    return "\u2013" if value is None else f"{value:.0f}%"


def _summary(board: TrainingDashboard) -> Table:
    cell, strong, _quiet, head = _small()
    headers = [
        _("Role type"), _("People"), _("People fully in date"), _("In date"), _("Due soon"),
        _("Overdue"), _("Never done"), _("Required courses in date"),
    ]  # fmt: skip
    data: list[list[Any]] = [[Paragraph(markup(h), head) for h in headers]]

    def line(name: str, t: ComplianceTotals, style: ParagraphStyle) -> list[Any]:
        values = [
            name, str(t.people), str(t.people_in_date), str(t.compliant), str(t.due_soon),
            str(t.overdue), str(t.never_done), _percent(t),
        ]  # fmt: skip
        return [Paragraph(markup(v), style) for v in values]

    for role_type in RoleType:
        totals = board.by_role_type.get(role_type)
        if totals is None or totals.people == 0:
            continue
        data.append(line(role_type_label(role_type), totals, cell))
    data.append(line(_("Whole school"), board.school, strong))
    widths = [0.22, 0.09, 0.13, 0.1, 0.1, 0.1, 0.1, 0.16]
    return Table(
        data,
        colWidths=[CONTENT_WIDTH * w for w in widths],
        style=_table_style([("LINEABOVE", (0, -1), (-1, -1), 1, base.INK)]),
        repeatRows=1,
        spaceAfter=6,
        hAlign="LEFT",
    )


def _person_cell(row: MatrixRow, name: str) -> list[Flowable]:
    cell, strong, quiet, _head = _small()
    person = row.staff
    parts: list[Flowable] = [Paragraph(markup(short(name)), strong)]
    if person.job_title:
        parts.append(Paragraph(markup(short(person.job_title)), cell))
    roles = ", ".join(role_type_label(rt) for rt in person.role_types)
    parts.append(Paragraph(markup(roles or _("No role types set")), quiet))
    return parts


def _status_cell(row: MatrixRow, code: str) -> list[Flowable]:
    cell, strong, quiet, _head = _small()
    item = row.statuses.get(code)
    if item is None:
        return [Paragraph(markup(status_words(TrainingStatus.NOT_REQUIRED)), quiet)]
    out_of_date = not item.in_date
    parts: list[Flowable] = [
        Paragraph(markup(status_words(item.status)), strong if out_of_date else cell)
    ]
    detail = status_detail(item)
    if detail:
        parts.append(Paragraph(markup(detail), cell))
    return parts


def _matrix(board: TrainingDashboard) -> Table:
    _cell, _strong, _quiet, head = _small()
    columns = board.columns
    headers = [Paragraph(markup(_("Member of staff")), head)]
    headers += [Paragraph(markup(stored_word(c.title)), head) for c in columns]
    data: list[list[Any]] = [headers]
    shading: list[tuple[Any, ...]] = []
    names = staff_names([row.staff for row in board.rows])  # a shared name shows its code
    for r, row in enumerate(board.rows, start=1):
        line: list[Any] = [_person_cell(row, names[r - 1])]
        for c, column in enumerate(columns, start=1):
            line.append(_status_cell(row, column.code))
            item = row.statuses.get(column.code)
            if item is not None and not item.in_date:
                shading.append(("BACKGROUND", (c, r), (c, r), base.LABEL_FILL))
        data.append(line)
    share = (1 - NAME_SHARE) / max(1, len(columns))
    return Table(
        data,
        colWidths=[CONTENT_WIDTH * NAME_SHARE] + [CONTENT_WIDTH * share] * len(columns),
        style=_table_style(shading),
        repeatRows=1,
        splitByRow=1,
        hAlign="LEFT",
    )


def _key(board: TrainingDashboard) -> list[Flowable]:
    lines = [
        _("{mark}: done, and not due again for more than {days} days.").format(
            mark=status_words(TrainingStatus.COMPLIANT), days=board.due_soon_days
        ),
        _(
            "{mark}: due again within {days} days, or a new starter still within the time "
            "allowed after starting."
        ).format(mark=status_words(TrainingStatus.DUE_SOON), days=board.due_soon_days),
        _("{mark}: done before, but the refresher date has passed.").format(
            mark=status_words(TrainingStatus.OVERDUE)
        ),
        _("{mark}: no record of this course, and the time allowed after starting is over.").format(
            mark=status_words(TrainingStatus.NEVER_DONE)
        ),
        _("A dash ({mark}): not required for this person's role types.").format(
            mark=status_words(TrainingStatus.NOT_REQUIRED)
        ),
        _("Cells shaded grey are out of date. Dates are day/month/year."),
    ]
    if board.leavers:
        lines.append(
            _("{count} people who have left are not included.").format(count=board.leavers)
        )
    style = ParagraphStyle("tr-key", parent=styles().note, spaceAfter=1)
    return [*(Paragraph(markup(line), style) for line in lines), Spacer(0, 4)]


# --- the page ---------------------------------------------------------------------------------


class _LandscapeCanvas(base._PagedCanvas):
    """The shared page furniture, laid out across a landscape page."""

    def _draw_furniture(self, total: int) -> None:
        info: DocumentInfo = self._info
        width, height = self._pagesize
        self.saveState()
        self.setFillColor(base.INK)
        self.setStrokeColor(base.INK)
        self.setFont(fonts.BOLD, 10)
        self.drawCentredString(width / 2, height - 11 * mm, MARKING)
        self.drawCentredString(width / 2, 8 * mm, MARKING)
        self.setLineWidth(0.5)
        self.line(base.LEFT_MARGIN, 19 * mm, width - base.RIGHT_MARGIN, 19 * mm)
        parts = [
            info.title,
            _("Version {version}").format(version=info.version),
            _("School reference {urn}").format(urn=info.school_reference),
        ]
        if info.reference:
            parts.append(info.reference)
        self.setFont(fonts.REGULAR, 7.5)
        self.drawString(base.LEFT_MARGIN, 15 * mm, "  \u00b7  ".join(parts))
        self.setFont(fonts.BOLD, 8)
        page_text = _("Page {page} of {pages}").format(page=self.getPageNumber(), pages=total)
        self.drawRightString(width - base.RIGHT_MARGIN, 15 * mm, page_text)
        self.restoreState()


def report_story(board: TrainingDashboard, facts: TrainingReportFacts) -> list[Flowable]:
    st = styles()
    school = board.school
    story: list[Flowable] = [
        Paragraph(markup(_("Staff training compliance")), st.title),
        Paragraph(markup(facts.school_name), st.subtitle),
        _facts(
            [
                (_("Produced on"), format_date(facts.produced_at)),
                (_("Status as of"), format_date(board.as_of)),
                (_("Produced by"), facts.produced_by),
                (_("Current staff"), str(len(board.rows))),
                (_("Staff fully in date"), f"{school.people_in_date} / {school.people}"),
                (_("Required courses in date"), _percent(school)),
            ]
        ),
        *_heading(_("Summary by role type")),
        _summary(board),
        base.note(
            _(
                "Each person counts under every role type they hold. \u201cRequired courses in "
                "date\u201d counts each course each person needs."
            )
        ),
        *_heading(_("Every member of staff")),
        *_key(board),
    ]
    if not board.rows:
        story.append(base.not_recorded(_("There are no current staff on the register.")))
    elif not board.columns:
        story.append(base.not_recorded(_("No training requirements are set up.")))
    else:
        story.append(_matrix(board))
    return story


def render_training_report(
    board: TrainingDashboard, facts: TrainingReportFacts, language: str | None = None
) -> bytes:
    """The report's PDF bytes. The same data and time always give the same bytes.

    ``language``: ``"en"``, ``"cy"`` or ``"bilingual"`` (``None``: the active catalogue)."""
    with in_language(language):
        return _render(board, facts)


def _render(board: TrainingDashboard, facts: TrainingReportFacts) -> bytes:
    fonts.register_fonts()
    info = DocumentInfo(
        title=_("Staff training compliance"),
        subject=_("Prevent and safeguarding training of staff"),
        author=facts.school_name,
        version=VERSION,
        school_reference=facts.school_urn or _("not recorded"),
        created_at=facts.produced_at,
        reference=_("As of {date}").format(date=format_date(board.as_of)),
    )
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=base.LEFT_MARGIN,
        rightMargin=base.RIGHT_MARGIN,
        topMargin=base.TOP_MARGIN,
        bottomMargin=base.BOTTOM_MARGIN,
        title=f"{info.title} \u2013 {facts.school_name}",
        author=info.author,
        subject=info.subject,
        creator=f"{APP_NAME} {__version__}",
        lang=document_language(),
        displayDocTitle=1,
        invariant=1,
        initialFontName=fonts.REGULAR,
    )
    frame = Frame(
        base.LEFT_MARGIN,
        base.BOTTOM_MARGIN,
        CONTENT_WIDTH,
        PAGE_HEIGHT - base.TOP_MARGIN - base.BOTTOM_MARGIN,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(report_story(board, facts), canvasmaker=partial(_LandscapeCanvas, info=info))
    return buffer.getvalue()
