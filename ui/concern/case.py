"""The case view of one concern: the four steps as a step indicator, a page for each step,
actions and reviews, and the history."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from db.errors import KnownError
from dsl_desktop.domain import Stage
from dsl_desktop.services import concerns as cs
from dsl_desktop.services.catalogue import list_catalogue
from dsl_desktop.workflow import StageRuleError
from ui.concern.check import CheckStep
from ui.concern.decide import DecideStep
from ui.concern.followup import FollowUpStep
from ui.concern.history import HistoryStep
from ui.concern.notice import NoticeSummary
from ui.concern.share import ShareStep
from ui.concern.steps import PAGES, STEPS, StepBar
from ui.i18n import current_language
from ui.people.picker import describe
from ui.shared.builders import scroll_body
from ui.shared.date_fields import fmt_date
from ui.shared.forms import add_banner
from ui.shared.labels import outcome_label, stage_label
from ui.widgets import caption, heading

if TYPE_CHECKING:
    from ui.pages import PageContext


def _scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    scroll_body(area, margins=(0, 8, 12, 8), content=widget)
    return area


class CaseWidget(QWidget):
    """One concern. ``back_requested()`` for the list; ``opened_page(key)`` when a step shows."""

    back_requested = Signal()
    opened_page = Signal(str)

    def __init__(self, ctx: PageContext, concern_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.concern_id = concern_id
        self.view: cs.CaseView | None = None
        self.current_key = ""
        self.labels: dict[str, dict[str, str]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 8)
        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("\u2190 &Back to the list"))
        self.back_button.setAccessibleName(self.tr("Back to the list of open concerns"))
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        self.title = heading("", 5)
        titles.addWidget(self.title)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.subtitle.setAccessibleName(self.tr("About this concern"))
        titles.addWidget(self.subtitle)
        top.addLayout(titles, 1)
        self.person_button = QPushButton(self.tr("&Person's details…"))
        self.person_button.setAccessibleName(self.tr("Change the person's details"))
        top.addWidget(self.person_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.read_only_note = caption(
            self.tr("You can read this concern. Only the DSL or a deputy can change it.")
        )
        layout.addWidget(self.read_only_note)
        self.overdue_note = QLabel()
        self.overdue_note.setWordWrap(True)
        font = self.overdue_note.font()
        font.setBold(True)
        self.overdue_note.setFont(font)
        self.overdue_note.setAccessibleName(self.tr("Review overdue"))
        self.overdue_note.hide()
        layout.addWidget(self.overdue_note)
        self.steps = StepBar()
        layout.addWidget(self.steps)
        self.banner, self.problems = add_banner(layout)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)

        self.notice = NoticeSummary()
        self.check = CheckStep(ctx, concern_id)
        self.decide = DecideStep(ctx, concern_id)
        self.share = ShareStep(ctx, concern_id)
        self.followup = FollowUpStep(ctx, concern_id)
        self.history = HistoryStep(ctx, concern_id)
        self.pages: dict[str, QWidget] = {
            "notice": self.notice, "check": self.check, "decide": self.decide,
            "share": self.share, "followup": self.followup, "history": self.history,
        }  # fmt: skip
        self.scrolls: dict[str, QWidget] = {}
        for key in PAGES:
            page = self.pages[key]
            holder = page if key == "history" else _scroll(page)
            if key == "history":
                holder.layout().setContentsMargins(0, 8, 0, 0)  # type: ignore[union-attr]
            self.scrolls[key] = holder
            self.stack.addWidget(holder)

        self.back_button.clicked.connect(self.back_requested)
        self.person_button.clicked.connect(self.edit_person)
        self.steps.page_requested.connect(self.show_page)
        for step in (self.check, self.decide, self.share, self.followup, self.history):
            step.changed.connect(self.reload)
        self.check.move_requested.connect(self.move_to_stage)
        self.decide.move_requested.connect(self.move_to_stage)
        self.decide.decision_record_requested.connect(self.open_decision_record)
        self.share.decision_record_requested.connect(self.open_decision_record)
        self.share.referral_form_requested.connect(self.open_referral_form)

    # ---- loading -----------------------------------------------------------------------------
    def load(self, page: str = "") -> bool:
        """Read the concern and show ``page`` (by default, the step it has reached)."""
        if not self.ctx.active:
            return False
        try:
            self.view = cs.case_view(self.ctx.vault, self.concern_id)
            if not self.labels:
                self.labels = {
                    kind: {e.code: e.label_in(current_language())
                           for e in list_catalogue(self.ctx.vault, kind, include_inactive=True)}
                    for kind in ("indicator", "category")
                }  # fmt: skip
        except KnownError as exc:
            self.problems.show(exc)
            return False
        self._render()
        self.show_page(page or self.default_page())
        return True

    def reload(self) -> None:
        """After a change: read the concern again and stay on the step (or go on, if it moved)."""
        before = self.view.stage if self.view is not None else None
        key = self.current_key
        self.load(key)
        if self.view is not None and before is not None and self.view.stage is not before:
            self.show_page(self.default_page())
        self.keep_focus()

    def keep_focus(self) -> None:
        """If the focused control was hidden by the change, put the focus on the current step."""
        widget = QApplication.focusWidget()
        if widget is None or not widget.isVisible() or not self.isAncestorOf(widget):
            button = self.steps.buttons.get(self.current_key)
            if button is not None and self.isVisible():
                button.setFocus(Qt.FocusReason.OtherFocusReason)

    def default_page(self) -> str:
        if self.view is None:
            return "notice"
        stage = self.view.stage
        if stage is Stage.REVIEW:
            return "followup"
        if stage is Stage.CLOSED:
            return "history"
        return PAGES[STEPS.index(stage)]

    def _render(self) -> None:
        v = self.view
        assert v is not None
        self.title.setText(
            self.tr("%1 \u00b7 %2").replace("%1", v.reference).replace("%2", v.person.full_name)
        )
        self.title.setAccessibleName(self.title.text())
        bits = [describe(v.person), self.tr("Stage: %1").replace("%1", stage_label(v.stage))]
        if v.outcome is not None:
            bits.append(self.tr("Decision: %1").replace("%1", outcome_label(v.outcome)))
        if v.next_review is not None and v.stage is not Stage.CLOSED:
            bits.append(self.tr("Next review: %1").replace("%1", fmt_date(v.next_review)))
        if v.holder:
            bits.append(self.tr("Held by %1").replace("%1", v.holder))
        self.subtitle.setText(" \u00b7 ".join(bits))
        overdue = (
            v.next_review is not None
            and v.stage is not Stage.CLOSED
            and v.next_review < dt.date.today()
        )
        self.overdue_note.setText(
            self.tr(
                "\u26a0 The review was due on %1 and is overdue: record it under Actions and "
                "reviews."
            ).replace("%1", fmt_date(v.next_review))
            if overdue
            else ""
        )
        self.overdue_note.setVisible(overdue)
        self.read_only_note.setVisible(not v.can_edit)
        self.person_button.setVisible(v.can_edit)
        sent = any(r.sent for r in v.referrals)
        self.steps.set_progress(v.stage, v.outcome, sent)
        self.notice.show_case(v, self.labels.get("indicator", {}), self.labels.get("category", {}))
        self.check.show_case(v)
        self.decide.show_case(v)
        self.share.show_case(v)
        self.followup.show_case(v)
        self.history.show_case(v, self.labels)

    def show_page(self, key: str) -> None:
        if key not in self.pages:
            key = "notice"
        self.current_key = key
        self.steps.select(key)
        self.stack.setCurrentWidget(self.scrolls[key])
        self.opened_page.emit(key)

    # ---- actions -----------------------------------------------------------------------------
    def move_to_stage(self, target: Stage) -> None:
        if not self.ctx.active:
            return
        self.problems.clear()
        try:
            cs.move_to(self.ctx.vault, self.concern_id, target)
        except (KnownError, StageRuleError) as exc:
            self.problems.show(
                exc,
                self.tr("The concern cannot move to %1 yet:").replace("%1", stage_label(target)),
            )
            return
        self.load()
        self.keep_focus()

    def edit_person(self) -> QWidget | None:
        if self.view is None or not self.ctx.active:
            return None
        from ui.people.dialog import PersonDialog

        dialog = PersonDialog(self.ctx, self.view.person, self)
        dialog.saved.connect(lambda _p: self.reload())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.person_dialog = dialog
        return dialog

    def open_referral_form(self) -> QWidget:
        from ui.referral import ReferralDialog

        dialog = ReferralDialog(self.ctx, self.concern_id, self)
        dialog.sent.connect(lambda _id: self.reload())
        dialog.generated.connect(lambda _id: self.reload())
        dialog.answer_requested.connect(lambda: self.show_page("share"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.referral_dialog = dialog
        return dialog

    def open_decision_record(self) -> QWidget:
        from ui.referral import DecisionRecordDialog

        dialog = DecisionRecordDialog(self.ctx, self.concern_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.decision_dialog = dialog
        return dialog

    def flush_drafts(self) -> None:
        for form in (self.check.info_form, self.check.alt_form, self.check.con_form,
                     self.share.sending, self.share.outcome_form, self.followup.action_form):  # fmt: skip
            form.drafts.flush()
        self.decide.drafts.flush()
        self.followup.review_drafts.flush()
