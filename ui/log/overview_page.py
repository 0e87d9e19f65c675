"""The Overview page for managers and governors: figures and charts for a period."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from db.errors import KnownError
from dsl_desktop.services.overview import Overview, default_period, overview
from ui.dates import date_format
from ui.errors import error_text
from ui.log.charts import BarChart
from ui.log.common import (
    delay_band_label,
    from_qdate,
    number,
    outcome_label,
    referral_outcome_label,
    stage_label,
    to_qdate,
)
from ui.pages import PageContext
from ui.shared.builders import scroll_body
from ui.widgets import MessageBanner, caption, heading

LAST_12, THIS_YEAR, LAST_YEAR, EVERYTHING, CHOSEN = range(5)


def school_year(today: dt.date, years_back: int = 0) -> tuple[dt.date, dt.date]:
    """1 September to 31 August, the school year that ``today`` is in (or one before)."""
    start_year = (today.year if today.month >= 9 else today.year - 1) - years_back
    return dt.date(start_year, 9, 1), dt.date(start_year + 1, 8, 31)


class Figure(QFrame):
    """A number with a word under it."""

    def __init__(self, caption_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.value = QLabel("\u2014")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() + 8)
        font.setBold(True)
        self.value.setFont(font)
        self.words = QLabel(caption_text)
        self.words.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.words)
        self.setAccessibleName(caption_text)

    def set_value(self, text: str) -> None:
        self.value.setText(text)
        self.setAccessibleDescription(text)


class OverviewPage(QScrollArea):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.figures: Overview | None = None
        layout = scroll_body(self, margins=(20, 16, 20, 16))
        layout.addWidget(heading(self.tr("Overview"), 6))
        layout.addWidget(
            caption(
                self.tr(
                    "Counts only: no names and nothing that was written down. Figures are for "
                    "concerns first noticed in the period; open concerns and overdue reviews are "
                    "as they stand today."
                )
            )
        )
        self.banner = MessageBanner()
        layout.addWidget(self.banner)

        row = QHBoxLayout()
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        for text in (
            self.tr("The last 12 months"),
            self.tr("This school year"),
            self.tr("Last school year"),
            self.tr("Everything recorded"),
            self.tr("Dates I choose"),
        ):
            self.period.addItem(text)
        label = QLabel(self.tr("&Period:"))
        label.setBuddy(self.period)
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit, name in ((self.date_from, self.tr("From")), (self.date_to, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format())
            edit.setAccessibleName(name)
        from_label = QLabel(self.tr("&From"))
        from_label.setBuddy(self.date_from)
        to_label = QLabel(self.tr("&to"))
        to_label.setBuddy(self.date_to)
        row.addWidget(label)
        row.addWidget(self.period)
        row.addSpacing(12)
        row.addWidget(from_label)
        row.addWidget(self.date_from)
        row.addWidget(to_label)
        row.addWidget(self.date_to)
        row.addStretch(1)
        layout.addLayout(row)

        tiles = QGridLayout()
        tiles.setSpacing(10)
        self.tile_concerns = Figure(self.tr("concerns noticed in the period"))
        self.tile_decided = Figure(self.tr("decided so far"))
        self.tile_median = Figure(self.tr("median days from notice to decision"))
        self.tile_referrals = Figure(self.tr("Prevent referrals sent"))
        self.tile_open = Figure(self.tr("concerns open today"))
        self.tile_overdue = Figure(self.tr("reviews overdue today"))
        for i, tile in enumerate(
            (self.tile_concerns, self.tile_decided, self.tile_median, self.tile_referrals,
             self.tile_open, self.tile_overdue)
        ):  # fmt: skip
            tiles.addWidget(tile, 0, i)
        layout.addLayout(tiles)

        self.months = BarChart(self.tr("Concerns noticed each month"), vertical=True)
        self.categories = BarChart(self.tr("Type of concern"))
        self.outcomes = BarChart(self.tr("What was decided"))
        self.delays = BarChart(self.tr("Time from notice to decision"))
        self.referrals = BarChart(self.tr("Prevent referrals and their outcomes"))
        self.stages = BarChart(self.tr("Where open concerns stand today"))
        charts = QGridLayout()
        charts.setHorizontalSpacing(24)
        charts.setVerticalSpacing(18)
        top = Qt.AlignmentFlag.AlignTop
        charts.addWidget(self.months, 0, 0, 1, 2, top)
        charts.addWidget(self.categories, 1, 0, top)
        charts.addWidget(self.outcomes, 1, 1, top)
        charts.addWidget(self.delays, 2, 0, top)
        charts.addWidget(self.referrals, 2, 1, top)
        charts.addWidget(self.stages, 3, 0, top)
        layout.addLayout(charts)
        layout.addStretch(1)

        self._set_dates(*default_period())
        self.period.currentIndexChanged.connect(self._period_chosen)
        self.date_from.dateChanged.connect(self._dates_edited)
        self.date_to.dateChanged.connect(self._dates_edited)
        self._dates_enabled(False)

    # ---- the period ----------------------------------------------------------------------------
    def _set_dates(self, start: dt.date, end: dt.date) -> None:
        for edit, value in ((self.date_from, start), (self.date_to, end)):
            blocked = edit.blockSignals(True)
            edit.setDate(to_qdate(value))
            edit.blockSignals(blocked)

    def _dates_enabled(self, enabled: bool) -> None:
        self.date_from.setEnabled(enabled)
        self.date_to.setEnabled(enabled)

    def _period_chosen(self, choice: int) -> None:
        today = dt.date.today()
        if choice == LAST_12:
            self._set_dates(*default_period(today))
        elif choice == THIS_YEAR:
            start, _end = school_year(today)
            self._set_dates(start, today)
        elif choice == LAST_YEAR:
            self._set_dates(*school_year(today, 1))
        elif choice == EVERYTHING:
            self._set_dates(dt.date(1990, 1, 1), today)
        self._dates_enabled(choice == CHOSEN)
        self.refresh()

    def _dates_edited(self) -> None:
        if self.period.currentIndex() == CHOSEN:
            self.refresh()

    def chosen_period(self) -> tuple[dt.date | None, dt.date]:
        start = from_qdate(self.date_from.date())
        end = from_qdate(self.date_to.date())
        if self.period.currentIndex() == EVERYTHING:
            return None, end
        return start, end

    # ---- showing ---------------------------------------------------------------------------
    def page_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        if not self.ctx.active:
            return
        start, end = self.chosen_period()
        try:
            if start is None:
                figures = overview(self.ctx.vault, dt.date(1990, 1, 1), end)
            else:
                figures = overview(self.ctx.vault, start, end)
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return
        self.banner.clear()
        self.show_figures(figures, everything=start is None)

    def show_figures(self, f: Overview, *, everything: bool = False) -> None:
        self.figures = f
        self.tile_concerns.set_value(number(f.concerns))
        self.tile_decided.set_value(number(f.decided))
        median = f.median_days_to_decision
        self.tile_median.set_value("\u2014" if median is None else f"{median:g}")
        self.tile_referrals.set_value(number(f.referrals))
        self.tile_open.set_value(number(f.open_now))
        self.tile_overdue.set_value(number(f.overdue_now))
        months = list(f.per_month)
        if everything:
            while months and months[0].count == 0:
                months.pop(0)
        locale = QLocale()
        self.months.set_values(
            [(locale.toString(to_qdate(m.month), "MMM yy"), m.count) for m in months]
        )
        self.categories.set_values([(s.label, s.count) for s in f.by_category])
        self.outcomes.set_values([(outcome_label(s.code), s.count) for s in f.by_outcome])
        self.delays.set_values(
            [(delay_band_label(b.low, b.high), b.count) for b in f.decision_bands]
        )
        self.referrals.set_values(
            [(referral_outcome_label(s.code), s.count) for s in f.referral_outcomes]
        )
        self.stages.set_values(
            [(stage_label(code), n) for code, n in f.by_stage_now.items() if code != "closed"]
        )


__all__ = ["OverviewPage", "school_year"]
