"""Actions and reviews, at any open stage: who does what by when, and the review dates."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.errors import KnownError
from dsl_desktop.domain import Stage
from dsl_desktop.services import concerns as cs
from dsl_desktop.services import referral_checks as rc
from dsl_desktop.services.people import InvalidInput
from dsl_desktop.workflow import Requirement, StageRuleError
from ui.concern.questions import ImmediateRiskBox
from ui.concern.step_base import CaseStep, ConcernForm
from ui.errors import error_text
from ui.i18n import core_text
from ui.shared.builders import push_button
from ui.shared.date_fields import OptionalDateEdit, fmt_date, fmt_datetime
from ui.shared.draft_saving import DraftKeeper, FormState
from ui.shared.forms import Banner, Problems, line_edit, submit_shortcut, text_edit
from ui.shared.models import RowsModel, selected_id, table_view
from ui.widgets import caption

if TYPE_CHECKING:
    from ui.pages import PageContext


class ActionForm(ConcernForm):
    DRAFT = "action"

    def __init__(self, ctx: PageContext, concern_id: int, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, concern_id, self.tr("Add an action"), self.tr("Add the action"), parent
        )
        p, f = self.problems, self.form
        self.description = line_edit(self.tr("What is to be done"),
                                     self.tr("for example: speak to his parents"))  # fmt: skip
        p.row(f, self.tr("&What:"), self.description, "description")
        self.owner = line_edit(self.tr("Who will do it"))
        p.row(f, self.tr("W&ho:"), self.owner, "owner")
        self.due_date = OptionalDateEdit(self.tr("By when"))
        p.row(f, self.tr("By whe&n:"), self.due_date, "due_date")
        for name, w in (("description", self.description), ("owner", self.owner),
                        ("due_date", self.due_date)):  # fmt: skip
            self.state.add(name, w)
        self.finish()

    def save(self) -> None:
        try:
            due = self.due_date.value()
        except ValueError:
            raise InvalidInput([Requirement("due_date_invalid",
                                            self.tr("Type the date as dd/mm/yyyy."))]) from None  # fmt: skip
        cs.add_action(self.ctx.vault, self.concern_id,
                      cs.ActionInput(self.description.text(), self.owner.text(), due))  # fmt: skip


class FollowUpStep(CaseStep):
    def __init__(self, ctx: PageContext, concern_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, concern_id, parent)
        layout = self.start_column(self.tr("Actions and reviews"), self.tr(
            "Actions can be set at any step: who does what, by when. Once the concern is at "
            "Review, record each review and when to look again, or close it."
        ))  # fmt: skip
        box = QGroupBox(self.tr("Actions"))
        column = QVBoxLayout(box)
        self.banner = Banner()
        column.addWidget(self.banner)
        self.model = RowsModel([self.tr("Done"), self.tr("Action"), self.tr("Who"),
                                self.tr("By when"), self.tr("Set")])  # fmt: skip
        self.actions_view = table_view(self.model, self.tr("Actions"), wrap=True)
        self.empty = caption("")
        column.addWidget(self.empty)
        column.addWidget(self.actions_view)
        row = QHBoxLayout()
        self.done_button = push_button(
            self.tr("&Mark the chosen action as done"), self.tr("Mark the chosen action as done")
        )
        row.addWidget(self.done_button)
        row.addStretch(1)
        column.addLayout(row)
        self.action_form = ActionForm(ctx, concern_id)
        column.addWidget(self.action_form)
        layout.addWidget(box)

        self.review_box = QGroupBox(self.tr("Review"))
        review_layout = QVBoxLayout(self.review_box)
        self.review_status = QLabel()
        self.review_status.setWordWrap(True)
        self.review_status.setAccessibleName(self.tr("Review status"))
        review_layout.addWidget(self.review_status)
        self.review_form = QWidget()
        rform = QFormLayout(self.review_form)
        rform.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.review_banner = Banner()
        rform.addRow(self.review_banner)
        self.review_problems = Problems(self.review_banner)
        self.review_note = text_edit(self.tr("What the review found"), 3)
        self.review_problems.row(
            rform, self.tr("What the review &found:"), self.review_note, "review_note"
        )
        self.next_review = OptionalDateEdit(self.tr("Date of the next review"))
        self.review_problems.row(rform, self.tr("Ne&xt review:"), self.next_review, "review_date")
        buttons = QHBoxLayout()
        self.keep_open_button = QPushButton(self.tr("Record the review and &keep it open"))
        self.keep_open_button.setAccessibleName(
            self.tr("Record the review and keep the concern open")
        )
        self.close_button = push_button(
            self.tr("Record the review and c&lose the concern"),
            self.tr("Record the review and close the concern"),
        )
        buttons.addWidget(self.keep_open_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        rform.addRow(buttons)
        review_layout.addWidget(self.review_form)
        layout.addWidget(self.review_box)
        self.risk_box = ImmediateRiskBox(ctx, concern_id)
        layout.addWidget(self.risk_box)
        layout.addStretch(1)
        self.review_problems.aliases.update({"outcome_unknown_review_date_missing": "review_date",
                                             "referral_outcome_missing": "review_note",
                                             "referral_outcome_date_missing": "review_note"})  # fmt: skip

        self.review_state = FormState(self)
        self.review_state.add("note", self.review_note)
        self.review_state.add("next_review", self.next_review)
        self.review_drafts = DraftKeeper(
            ctx, f"concern:{concern_id}:review", self.review_state, self
        )
        self.review_drafts.restore()
        submit_shortcut(self.review_form, self.keep_open)
        self.action_form.added.connect(self.changed)
        self.risk_box.saved.connect(self.changed)
        self.done_button.clicked.connect(self.mark_done)
        self.actions_view.selectionModel().selectionChanged.connect(self._update)
        self.keep_open_button.clicked.connect(self.keep_open)
        self.close_button.clicked.connect(self.close_concern)

    def show_case(self, view: cs.CaseView) -> None:
        self.view = view
        open_case = view.stage is not Stage.CLOSED
        self.action_form.setVisible(view.can_edit and open_case)
        self.done_button.setVisible(view.can_edit and open_case)
        actions = view.actions
        self.model.set_rows(
            [("\u2713 " + self.tr("Done %1").replace("%1", fmt_date(a.done_at.date()))
              if a.done_at else self.tr("To do"),
              core_text(a.text), a.owner, fmt_date(a.due_date),
              self.tr("%1 by %2").replace("%1", fmt_datetime(a.created_at)).replace("%2", a.created_by))
             for a in actions],
            [a.id for a in actions],
        )  # fmt: skip
        has = bool(actions)
        self.actions_view.setVisible(has)
        self.empty.setVisible(not has)
        self.empty.setText(
            self.tr(
                "No actions yet. Add one below: what is to be done, who will do it and by when."
            )
            if view.can_edit and open_case
            else self.tr("No actions were set.")
        )
        if has:
            self.actions_view.resizeColumnsToContents()
            self.actions_view.setColumnWidth(1, min(self.actions_view.columnWidth(1), 360))
            self.actions_view.resizeRowsToContents()
            height = (
                self.actions_view.horizontalHeader().height()
                + 4
                + sum(self.actions_view.rowHeight(r) for r in range(len(actions)))
            )
            self.actions_view.setFixedHeight(min(height, 280))
        reviews = [g for g in view.stage_changes if g.from_stage is g.to_stage is Stage.REVIEW]
        lines = []
        if view.stage is Stage.CLOSED:
            lines.append(self.tr("The concern is closed."))
        elif view.next_review:
            lines.append(self.tr("Next review: %1.").replace("%1", fmt_date(view.next_review)))
        else:
            lines.append(self.tr("No review date is set."))
        if reviews:
            last = reviews[-1]
            lines.append(self.tr("Last review %1 by %2: %3").replace("%1", fmt_datetime(last.changed_at))
                         .replace("%2", last.changed_by).replace("%3", last.note))  # fmt: skip
        if view.stage is not Stage.REVIEW and view.stage is not Stage.CLOSED:
            lines.append(self.tr("Reviews are recorded here once the concern reaches Review, after "
                                 "the decision or the referral."))  # fmt: skip
        self.review_status.setText("\n".join(lines))
        self.review_form.setVisible(view.can_edit and view.stage is Stage.REVIEW)
        self.risk_box.show_state(
            rc.ImmediateRisk(view.immediate_danger, view.emergency_action, view.emergency_at),
            view.can_edit and open_case,
        )
        self._update()

    def _update(self) -> None:
        self.done_button.setEnabled(selected_id(self.actions_view) is not None)

    def mark_done(self) -> None:
        action_id = selected_id(self.actions_view)
        if action_id is None or not self.ctx.active:
            return
        self.banner.clear()
        try:
            cs.complete_action(self.ctx.vault, action_id)
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return
        self.changed.emit()

    def _review_date(self) -> object:
        try:
            return self.next_review.value()
        except ValueError:
            self.review_problems.show_list(
                [("review_date_invalid", self.tr("Type the date as dd/mm/yyyy."))]
            )
            return False

    def keep_open(self) -> None:
        if not self.ctx.active or not self.review_form.isVisibleTo(self):
            return
        when = self._review_date()
        if when is False:
            return
        try:
            cs.record_review(self.ctx.vault, self.concern_id, self.review_note.toPlainText(),
                             when)  # type: ignore[arg-type]  # fmt: skip
        except KnownError as exc:
            self.review_problems.show(exc)
            return
        self._reviewed()

    def close_concern(self) -> None:
        if not self.ctx.active:
            return
        self.review_problems.clear()
        when = self._review_date()
        if when is False:
            return
        try:
            cs.move_to(
                self.ctx.vault, self.concern_id, Stage.CLOSED, note=self.review_note.toPlainText(),
                next_review=when,  # type: ignore[arg-type]
            )  # fmt: skip
        except (KnownError, StageRuleError) as exc:
            self.review_problems.show(exc)
            return
        self._reviewed()

    def _reviewed(self) -> None:
        self.review_problems.clear()
        self.review_drafts.discard()
        self.review_drafts.quietly(self._clear_review)
        self.changed.emit()

    def _clear_review(self) -> None:
        self.review_note.clear()
        self.next_review.clear()
