"""The page and the building blocks shared by every PDF the app produces.

Each page is A4, marked OFFICIAL-SENSITIVE at the top and the bottom, and carries a footer with
the document's version, the school reference and "Page X of Y". The layout is black on white
with light grey label cells only, so it photocopies and prints cleanly in black and white.

Output is invariant: the same snapshot always gives the same bytes, and the PDF's creation date is
the snapshot's time rather than the time of rendering.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache, partial
from pathlib import Path
from typing import Any, BinaryIO, TypeAlias
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from db.errors import VaultError
from db.fsutil import atomic_write
from dsl_desktop import APP_NAME, __version__
from dsl_desktop.domain import Answer
from dsl_desktop.pdf import fonts
from dsl_desktop.pdf.text import MARKING, _, answer_label, answer_mark, document_language

Target: TypeAlias = str | os.PathLike[str] | BinaryIO
"""Where a document goes: a file path, or a binary stream opened for writing."""

Cell: TypeAlias = "str | Flowable | list[Flowable]"
"""A table cell: plain user text (escaped for you) or ready-made flowables."""

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT_MARGIN = RIGHT_MARGIN = 18 * mm
TOP_MARGIN = 20 * mm
BOTTOM_MARGIN = 24 * mm
CONTENT_WIDTH = PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN

INK = colors.black
RULE = colors.Color(0.35, 0.35, 0.35)
LABEL_FILL = colors.Color(0.92, 0.92, 0.92)
HEADING_FILL = colors.Color(0.84, 0.84, 0.84)
QUIET_INK = colors.Color(0.3, 0.3, 0.3)
PARAGRAPH_GAP = 4
HEADING_ROOM = 35 * mm
"""A heading needs this much room below it on the page, or it starts the next page."""
KEEP_TOGETHER_LIMIT = 70 * mm
"""Blocks up to this tall move to the next page whole rather than split."""
MIN_ROW_PART = 36
"""A table row split over a page leaves at least this much (about three lines) on each side."""
LONG_TEXT_CHARACTERS = 500
LONG_TEXT_LINES = 8


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """What a document says about itself: metadata, footer and fixed creation time.

    ``title`` is the document's name ("Prevent referral"); the PDF's /Title adds ``reference``
    ("Prevent referral C-2026-0042"). The metadata shows in mail previews and file indexes, so
    it never holds a person's name: ``subject`` names the kind of document and ``author`` the
    school.
    """

    title: str
    subject: str
    author: str
    version: str
    school_reference: str
    created_at: datetime
    reference: str = ""
    language: str | None = None
    """BCP 47 tag; ``None`` takes the language of the active text catalogue."""


@dataclass(frozen=True, slots=True)
class Styles:
    body: ParagraphStyle
    cell: ParagraphStyle
    label: ParagraphStyle
    empty: ParagraphStyle
    answer: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    note: ParagraphStyle


@cache
def styles() -> Styles:
    fonts.register_fonts()
    body = ParagraphStyle(
        "body", fontName=fonts.REGULAR, fontSize=9.5, leading=12.5, textColor=INK, spaceAfter=4
    )
    # Cell text has no space after it: a trailing gap that did not fit would otherwise be carried
    # over a page break as an empty continuation row.
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5, spaceAfter=0)
    return Styles(
        body=body,
        cell=cell,
        label=ParagraphStyle("label", parent=cell, fontName=fonts.BOLD, spaceAfter=0),
        empty=ParagraphStyle("empty", parent=cell, fontName=fonts.OBLIQUE, textColor=QUIET_INK),
        answer=ParagraphStyle("answer", parent=cell, fontName=fonts.BOLD, fontSize=9.5),
        title=ParagraphStyle(
            "title", parent=body, fontName=fonts.BOLD, fontSize=18, leading=22, spaceAfter=2
        ),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=11, leading=14, spaceAfter=8),
        heading=ParagraphStyle(
            "heading", parent=body, fontName=fonts.BOLD, fontSize=12, leading=15, spaceAfter=0
        ),
        subheading=ParagraphStyle(
            "subheading",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=10.5,
            leading=13,
            spaceBefore=8,
            spaceAfter=4,
        ),
        note=ParagraphStyle(
            "note", parent=body, fontName=fonts.OBLIQUE, fontSize=8.5, leading=11, spaceAfter=6
        ),
    )


# --- user text --------------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def markup(text: str) -> str:
    """Paragraph markup for one block of user text: XML escaped, line breaks kept."""
    clean = _CONTROL.sub("", text.replace("\t", "    "))
    return escape(clean).replace("\n", "<br/>")


def paragraphs(text: str, style: ParagraphStyle | None = None) -> list[Flowable]:
    """User text as paragraphs: a blank line starts a new one, a single newline breaks a line.

    Separate paragraphs let long text split across pages between them as well as within them.
    """
    style = style or styles().cell
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = [block.strip("\n") for block in re.split(r"\n[ \t]*\n", normalised)]
    story: list[Flowable] = []
    for block in blocks:
        if not block.strip():
            continue
        if story:
            story.append(Spacer(0, PARAGRAPH_GAP))
        story.append(Paragraph(markup(block), style))
    return story


def not_recorded(message: str | None = None) -> Paragraph:
    return Paragraph(markup(message or _("Not recorded")), styles().empty)


def cell(value: Cell, style: ParagraphStyle | None = None) -> list[Flowable]:
    """One table cell's flowables; empty user text reads "Not recorded"."""
    if isinstance(value, str):
        found = paragraphs(value, style)
        return found or [not_recorded()]
    if isinstance(value, list):
        return value
    return [value]


def label(text: str) -> Paragraph:
    return Paragraph(markup(text), styles().label)


@cache
def _token_style() -> ParagraphStyle:
    return ParagraphStyle("token", parent=styles().cell, splitLongWords=0)


def token(text: str) -> Paragraph:
    """A reference or a date in a table cell: never broken inside a word ("C-2026-0042" stays
    whole), and a date breaks at most before its year."""
    return Paragraph(markup(table_date_text(text)), _token_style())


def table_date_text(text: str) -> str:
    """``14 March 2026`` with the day and month held together, so a narrow column wraps it into
    two lines at most."""
    return text.replace(" ", "\u00a0", 1) if text[:1].isdigit() else text


def answer_paragraph(answer: Answer | None, unclear: str | None = None) -> Paragraph:
    """A box glyph and the word, so the answer survives a black-and-white print."""
    words = f"{answer_mark(answer)}\u00a0{answer_label(answer, unclear=unclear)}"
    style = styles().answer if answer is not None else styles().empty
    return Paragraph(markup(words), style)


# --- blocks -----------------------------------------------------------------------------------


def heading(text: str) -> list[Flowable]:
    """A section heading: a grey bar under a black rule, never left alone at a page's foot."""
    bar = Table(
        [[Paragraph(markup(text), styles().heading)]],
        colWidths=[CONTENT_WIDTH],
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("BACKGROUND", (0, 0), (-1, -1), HEADING_FILL),
                ("LINEABOVE", (0, 0), (-1, 0), 1.5, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        ),
        spaceBefore=12,
        spaceAfter=6,
    )
    return [CondPageBreak(HEADING_ROOM), bar]


def subheading(text: str) -> list[Flowable]:
    return [CondPageBreak(HEADING_ROOM), Paragraph(markup(text), styles().subheading)]


class _KeepSmallTogether(KeepTogether):  # type: ignore[misc]
    """Moves a short block to the next page rather than split it; splits a tall one in place.

    (reportlab's own KeepTogether starts a new page for any block that does not fit, which
    leaves most of a page blank before a long answer.)
    """

    def __init__(self, flowables: list[Flowable], limit: float) -> None:
        super().__init__(flowables)
        self._limit = limit

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (available_width, available_height):
            self.wrap(available_width, available_height)
        height: float = self._H
        if height > self._limit:
            # Handing the content back behind a no-op lets the document split it as usual.
            return [self.NullActionFlowable(), *self._content]
        result: list[Flowable] = super().split(available_width, available_height)
        return result


def note(text: str) -> Paragraph:
    return Paragraph(markup(text), styles().note)


def _grid_style(extra: Sequence[tuple[Any, ...]] = ()) -> TableStyle:
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
            ("GRID", (0, 0), (-1, -1), 0.5, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            *extra,
        ]
    )


def field_table(rows: Sequence[tuple[str, Cell]], label_width: float = 52 * mm) -> Table:
    """Labelled fields, one per row: label on grey on the left, value on the right.

    The table breaks between rows; only a row too tall for a whole page is split within itself.
    """
    data = [[label(name), cell(value)] for name, value in rows]
    return Table(
        data,
        colWidths=[label_width, CONTENT_WIDTH - label_width],
        style=_grid_style([("BACKGROUND", (0, 0), (0, -1), LABEL_FILL)]),
        splitByRow=1,
        splitInRow=1,
        spaceAfter=6,
        hAlign="LEFT",
    )


def is_long(value: Cell) -> bool:
    """Whether user text is long enough to read better at full width than beside a label."""
    if not isinstance(value, str):
        return False
    return len(value) > LONG_TEXT_CHARACTERS or value.count("\n") >= LONG_TEXT_LINES


def fields(rows: Sequence[tuple[str, Cell]]) -> list[Flowable]:
    """Labelled fields: short ones in a table, long ones as full-width blocks in their place.

    A long answer split over a page this way keeps its label on the next page too.
    """
    story: list[Flowable] = []
    pending: list[tuple[str, Cell]] = []
    for name, value in rows:
        if is_long(value):
            if pending:
                story.append(field_table(pending))
                pending = []
            story.append(text_block(name, value))
        else:
            pending.append((name, value))
    if pending:
        story.append(field_table(pending))
    return story


def text_block(name: str, value: Cell) -> Flowable:
    """A long answer at full width under its label; the label repeats if it runs over a page."""
    table = Table(
        [[label(name)], [cell(value)]],
        colWidths=[CONTENT_WIDTH],
        style=_grid_style([("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL)]),
        repeatRows=1,
        splitInRow=1,
        spaceAfter=6,
        hAlign="LEFT",
    )
    return _KeepSmallTogether([table], KEEP_TOGETHER_LIMIT)


FRAME_HEIGHT = PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN


class _RowKeepingTable(Table):  # type: ignore[misc]
    """A table that breaks between rows: a row that does not fit at the foot of a page moves
    to the next page whole. Only a row taller than a whole page is split inside itself."""

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self._calc(available_width, available_height)
        parts: list[Flowable] = self._splitRows(available_height, doInRowSplit=False)
        if parts or available_height < FRAME_HEIGHT * 0.95:
            return parts  # nothing fits here: the document moves on to a fresh page
        return list(self._splitRows(available_height, doInRowSplit=True))


def grid_table(
    headers: Sequence[str], rows: Sequence[Sequence[Cell]], widths: Sequence[float]
) -> Table:
    """A table with a header row repeated on every page it runs onto.

    ``widths`` are fractions of the content width. Pages break between rows, never inside
    one, unless a single row is taller than a page.
    """
    data: list[list[list[Flowable]]] = [[[label(text)] for text in headers]]
    data += [[cell(value) for value in row] for row in rows]
    return _RowKeepingTable(
        data,
        colWidths=[CONTENT_WIDTH * share for share in widths],
        style=_grid_style([("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL)]),
        repeatRows=1,
        splitByRow=1,
        splitInRow=MIN_ROW_PART,
        spaceAfter=6,
        hAlign="LEFT",
    )


def title_block(title: str, subtitle: str, facts: Sequence[tuple[str, str]]) -> list[Flowable]:
    """The document title and a compact grid of reference facts, two pairs to a row."""
    st = styles()
    pairs = list(facts)
    if len(pairs) % 2:
        pairs.append(("", ""))
    data = []
    for i in range(0, len(pairs), 2):
        row: list[Flowable | list[Flowable]] = []
        for name, value in pairs[i : i + 2]:
            row += [label(name), cell(value) if name else Spacer(0, 0)]
        data.append(row)
    quarter = CONTENT_WIDTH / 4
    grid = Table(
        data,
        colWidths=[quarter * 0.8, quarter * 1.2, quarter * 0.8, quarter * 1.2],
        style=_grid_style(
            [
                ("BACKGROUND", (0, 0), (0, -1), LABEL_FILL),
                ("BACKGROUND", (2, 0), (2, -1), LABEL_FILL),
                ("BOX", (0, 0), (-1, -1), 1, INK),
            ]
        ),
        spaceAfter=4,
        hAlign="LEFT",
    )
    return [
        Paragraph(markup(title), st.title),
        Paragraph(markup(subtitle), st.subtitle),
        grid,
    ]


# --- the page ---------------------------------------------------------------------------------


def _pdf_date(moment: datetime) -> str:
    stamp = moment.strftime("D:%Y%m%d%H%M%S")
    offset = moment.utcoffset()
    if offset is None:
        return stamp
    if offset == timedelta(0):
        return stamp + "Z"
    sign = "+" if offset > timedelta(0) else "-"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"{stamp}{sign}{minutes // 60:02d}'{minutes % 60:02d}'"


class _PagedCanvas(Canvas):  # type: ignore[misc]
    """Holds every page back until the end, so each can say "Page X of Y" in one pass."""

    def __init__(self, *args: Any, info: DocumentInfo, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._info = info
        self._held_pages: list[dict[str, Any]] = []
        created = _pdf_date(info.created_at)
        self.setDateFormatter(lambda *_parts: created)

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        for state in self._held_pages:
            self.__dict__.update(state)
            self._draw_furniture(total)
            super().showPage()
        super().save()

    def _draw_furniture(self, total: int) -> None:
        info = self._info
        self.saveState()
        self.setFillColor(INK)
        self.setStrokeColor(INK)
        self.setFont(fonts.BOLD, 10)
        self.drawCentredString(PAGE_WIDTH / 2, PAGE_HEIGHT - 11 * mm, MARKING)
        self.drawCentredString(PAGE_WIDTH / 2, 8 * mm, MARKING)

        self.setLineWidth(0.5)
        self.line(LEFT_MARGIN, 19 * mm, PAGE_WIDTH - RIGHT_MARGIN, 19 * mm)
        parts = [info.title, _("Version {version}").format(version=info.version)]
        if info.school_reference.strip():
            parts.append(_("School reference {urn}").format(urn=info.school_reference))
        if info.reference:
            parts.append(_("Concern {reference}").format(reference=info.reference))
        self.setFont(fonts.REGULAR, 7.5)
        self.drawString(LEFT_MARGIN, 15 * mm, "  \u00b7  ".join(parts))
        self.setFont(fonts.BOLD, 8)
        page_text = _("Page {page} of {pages}").format(page=self.getPageNumber(), pages=total)
        self.drawRightString(PAGE_WIDTH - RIGHT_MARGIN, 15 * mm, page_text)
        self.restoreState()


def build_pdf(story: Sequence[Flowable], info: DocumentInfo) -> bytes:
    """Lay out ``story`` on the shared page and return the PDF file's bytes."""
    fonts.register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=LEFT_MARGIN,
        rightMargin=RIGHT_MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=f"{info.title} {info.reference}" if info.reference else info.title,
        author=info.author,
        subject=info.subject,
        creator=f"{APP_NAME} {__version__}",
        keywords=[info.reference] if info.reference else [],
        lang=info.language or document_language(),
        displayDocTitle=1,
        invariant=1,
        initialFontName=fonts.REGULAR,
    )
    frame = Frame(
        LEFT_MARGIN,
        BOTTOM_MARGIN,
        CONTENT_WIDTH,
        PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    try:
        doc.build(list(story), canvasmaker=partial(_PagedCanvas, info=info))
    except LayoutError as exc:  # a table cell taller than a page: some text is far too long
        raise VaultError(
            f"The {info.title.lower()} could not be laid out: a name or a text in it is too "
            "long to fit on a page.",
            "Shorten the longest name or text, then try again.",
        ) from exc
    return buffer.getvalue()


def short(text: str, limit: int = 200) -> str:
    """``text`` cut to ``limit`` characters (with an ellipsis) for a table cell, which cannot
    split across pages: a name is never that long, but a damaged or hostile record can be."""
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def write_pdf(data: bytes, out: Target) -> None:
    """Write a finished PDF to a stream, or to a path without ever leaving half a file there."""
    if not isinstance(out, str | os.PathLike):
        out.write(data)
        return
    atomic_write(Path(out), data)
