"""The worklist on the Home page: what needs the signed-in user's attention, each line a link to
what it names (the log filtered to those concerns, a case at the right step, the training
matrix filtered to those staff). The numbers come from ``dsl_desktop.services.worklist``."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

from db.errors import KnownError
from ui.dates import show_date, show_datetime
from ui.errors import error_text
from ui.i18n import core_text
from ui.log.common import stage_label
from ui.pages import PageContext
from ui.widgets import caption

if TYPE_CHECKING:
    from dsl_desktop.services import worklist as wl

SHOWN = 5
"""Concerns listed under a line; the rest are reached through the line's own link."""


def _link(href: str, text: str) -> str:
    return f'<a href="{html.escape(href, quote=True)}">{html.escape(text)}</a>'


class Worklist(QGroupBox):
    """``entries()`` lists (text, link) of every line shown; ``follow(link)`` opens it."""

    def __init__(
        self,
        ctx: PageContext,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.work: wl.Worklist | None = None
        self.setTitle(self.tr("What needs doing"))
        self.setAccessibleName(self.tr("What needs doing"))
        self.rows = QVBoxLayout(self)
        self.rows.setSpacing(6)
        self._entries: list[tuple[str, str]] = []

    # ---- content ------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.ctx.active:
            return
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self._entries = []
        from dsl_desktop.services import worklist as wl  # read when Home is first drawn

        try:
            self.work = wl.worklist(self.ctx.vault, today=self.today())
        except KnownError as exc:
            self.rows.addWidget(caption(error_text(exc).message))
            return
        w = self.work
        if w.is_empty:
            self._empty(w)
            return
        if w.shows_concerns:
            self._concern_lines(w)
        if w.shows_training:
            self._training_lines(w)

    def _empty(self, w: wl.Worklist) -> None:
        if w.shows_concerns and w.shows_training:
            text = self.tr(
                "Nothing needs your attention today: no open concerns, no reviews or actions "
                "due, and no staff training out of date."
            )
        elif w.shows_concerns:
            text = self.tr("Nothing needs your attention today: no open concerns.")
        else:
            text = self.tr("Nothing needs your attention today: no staff training is out of date.")
        label = caption(text)
        label.setAccessibleName(self.tr("Nothing to do"))
        self.rows.addWidget(label)

    def _line(self, href: str, text: str, after: str = "") -> None:
        self._entries.append((text, href))
        body = f"<b>{_link(href, text)}</b>" + (html.escape(after) if after else "")
        self.rows.addWidget(self._label(body, text))

    def _items(self, items: Sequence[tuple[str, str]], more: int, more_href: str) -> None:
        """Indented lines under a heading line: (text, link) each."""
        parts = []
        for text, href in items:
            self._entries.append((text, href))
            parts.append("\u2022 " + _link(href, text))
        if more > 0:
            text = self.tr("and %n more", "", more)
            self._entries.append((text, more_href))
            parts.append("\u2022 " + _link(more_href, text))
        if parts:
            label = self._label("<br>".join(parts), "")
            label.setContentsMargins(18, 0, 0, 0)
            self.rows.addWidget(label)

    def _label(self, body: str, accessible: str) -> QLabel:
        label = QLabel(body)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        policy = label.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
        label.setSizePolicy(policy)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        label.linkActivated.connect(self.follow)
        if accessible:
            label.setAccessibleName(accessible)
        return label

    def _concern_lines(self, w: wl.Worklist) -> None:
        if w.open_concerns:
            stages = [
                _link(f"log:stage:{code}", f"{stage_label(code)} {n}")
                for code, n in w.open_by_stage.items()
                if n
            ]
            text = self.tr("%n open concern(s)", "", w.open_concerns)
            self._entries.append((text, "log:open"))
            for code, n in w.open_by_stage.items():
                if n:
                    self._entries.append((f"{stage_label(code)} {n}", f"log:stage:{code}"))
            body = f"<b>{_link('log:open', text)}</b>: " + " \u00b7 ".join(stages)
            self.rows.addWidget(self._label(body, text))

        def case(c: wl.ConcernDue, step: str, about: str) -> tuple[str, str]:
            return (
                f"{c.reference} \u00b7 {c.person} \u2014 {about}",
                f"case:{c.concern_id}:{step}",
            )

        if w.overdue_reviews:
            self._line("log:overdue", self.tr("%n review(s) overdue", "", len(w.overdue_reviews)))
            self._items(
                [
                    case(c, "followup", self.tr("review was due %1").replace("%1", show_date(c.on)))
                    for c in w.overdue_reviews[:SHOWN]
                ],
                len(w.overdue_reviews) - SHOWN,
                "log:overdue",
            )
        if w.reviews_soon:
            self._line(
                f"case:{w.reviews_soon[0].concern_id}:followup",
                self.tr("%n review(s) due in the next two weeks", "", len(w.reviews_soon)),
            )
            self._items(
                [
                    case(c, "followup", self.tr("review due %1").replace("%1", show_date(c.on)))
                    for c in w.reviews_soon[:SHOWN]
                ],
                len(w.reviews_soon) - SHOWN,
                "log:open",
            )
        if w.actions_due:
            first = w.actions_due[0]
            self._line(
                f"case:{first.concern_id}:followup",
                self.tr("%n action(s) due or overdue", "", len(w.actions_due)),
            )
            items = []
            for a in w.actions_due[:SHOWN]:
                when = (self.tr("%1, overdue") if a.overdue else self.tr("due %1")).replace(
                    "%1", show_date(a.due)
                )
                items.append(
                    (
                        f"{a.reference} \u00b7 {core_text(a.text)} ({when})",
                        f"case:{a.concern_id}:followup",
                    )
                )
            self._items(items, len(w.actions_due) - SHOWN, "log:open")
        if w.drafts:
            href = (
                "new"
                if w.unfinished_new_concern is not None
                else f"case:{w.draft_concerns[0].concern_id}:notice"
            )
            self._line(href, self.tr("%n concern(s) not yet submitted", "", w.drafts))
            items = []
            if w.unfinished_new_concern is not None:
                items.append(
                    (
                        self.tr("The new concern you started (last typed %1)").replace(
                            "%1", show_datetime(w.unfinished_new_concern)
                        ),
                        "new",
                    )
                )
            items += [
                case(c, "notice", self.tr("kept as a draft")) for c in w.draft_concerns[:SHOWN]
            ]
            self._items(items, len(w.draft_concerns) - SHOWN, "log:drafts")
        if w.referrals_waiting:
            first_ref = w.referrals_waiting[0]
            self._line(
                f"case:{first_ref.concern_id}:share",
                self.tr(
                    "%n referral(s) waiting for an outcome or feedback",
                    "",
                    len(w.referrals_waiting),
                ),
            )
            self._items(
                [
                    case(c, "share", self.tr("sent %1").replace("%1", show_date(c.on)))
                    for c in w.referrals_waiting[:SHOWN]
                ],
                len(w.referrals_waiting) - SHOWN,
                "log:open",
            )

    def _training_lines(self, w: wl.Worklist) -> None:
        if w.training_overdue:
            self._line(
                "training:out_of_date",
                self.tr(
                    "%n member(s) of staff with training overdue or never done",
                    "",
                    w.training_overdue,
                ),
            )
        if w.training_due_soon:
            self._line(
                "training:due_soon",
                self.tr("%n member(s) of staff with training due soon", "", w.training_due_soon),
                " " + self.tr("(within %1 days)").replace("%1", str(w.training_due_days)),
            )

    # ---- following a link -----------------------------------------------------------------
    def entries(self) -> list[tuple[str, str]]:
        return list(self._entries)

    def follow(self, href: str) -> QWidget | None:
        """Open what a line names; returns the page or case shown."""
        window = self.ctx.window
        kind, _, rest = href.partition(":")
        if kind == "log":
            if not window.show_page("log"):
                return None
            log = window.page("log")
            show = getattr(log, "show_only", None)
            if callable(show):
                if rest == "overdue":
                    show(statuses=("open",), overdue=True)
                elif rest == "drafts":
                    show(statuses=("draft",))
                elif rest.startswith("stage:"):
                    show(statuses=("open",), stage=rest.partition(":")[2])
                else:
                    show(statuses=("open",))
            return log
        if kind == "case":
            concern, _, step = rest.partition(":")
            window.show_page("concerns")
            page = window.page("concerns")
            opener = getattr(page, "open_case", None)
            return opener(int(concern), step) if callable(opener) else None
        if kind == "new":
            window.show_page("concerns")
            page = window.page("concerns")
            opener = getattr(page, "open_new", None)
            return opener() if callable(opener) else None
        if kind == "training":
            window.show_page("training")
            page = window.page("training")
            matrix = getattr(page, "matrix", None)
            tabs = getattr(page, "tabs", None)
            if matrix is not None and tabs is not None:
                tabs.setCurrentWidget(matrix)
                index = matrix.status_filter.findData(rest)
                if index >= 0:
                    matrix.status_filter.setCurrentIndex(index)
            return page
        return None
