"""The Concerns page: the open concerns, a new concern (Notice), and one concern's case view.

Which of the three is showing is kept as a draft too, so after an auto-lock (or closing the
app) the DSL comes back to the same concern and step, with what they were typing.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from db.errors import KnownError
from dsl_desktop.domain import ConcernStatus
from dsl_desktop.services import drafts
from dsl_desktop.services import log as log_service
from dsl_desktop.workflow import Action, can
from ui.concern.case import CaseWidget
from ui.concern.notice import NEW_DRAFT_KEY, NoticeForm
from ui.errors import error_text
from ui.shared.date_fields import fmt_date
from ui.shared.draft_saving import can_keep_drafts
from ui.shared.forms import Banner
from ui.shared.labels import counted, outcome_label, stage_label
from ui.shared.layouts import ColumnFitter
from ui.shared.models import RowsModel, selected_id, table_view
from ui.widgets import caption, heading

if TYPE_CHECKING:
    from ui.pages import PageContext

VIEW_DRAFT_KEY = "concerns:view"


class ConcernsPage(QWidget):
    LIST, NEW, CASE = 0, 1, 2

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_create = can(ctx.role, Action.CREATE_CASE)
        self.notice_form: NoticeForm | None = None
        self.case: CaseWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)
        self.stack.addWidget(self._build_list())
        self.new_holder = QWidget()
        QVBoxLayout(self.new_holder).setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(self.new_holder)
        self.case_holder = QWidget()
        QVBoxLayout(self.case_holder).setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(self.case_holder)

        self.new_action = QAction(self.tr("&New concern…"), ctx.window)
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        if self.new_action.shortcut().isEmpty():
            self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_action.setStatusTip(self.tr("Record a new concern"))
        self.new_action.triggered.connect(self.new_concern)
        self.new_action.setEnabled(self.can_create)
        if self.can_create:
            self._add_to_file_menu()
            ctx.window.add_quick_action(self.tr("Record a &new concern"), self.new_concern)
        ctx.window.about_to_lock.connect(self._locking)
        self._log: log_service.ConcernLog | None = None
        self._log_version: tuple[Any, ...] | None = None
        # The list is read when the page is first shown, so signing in costs nothing here.
        self._restore_view()

    # ---- the list -----------------------------------------------------------------------------
    def _build_list(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(20, 16, 20, 16)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Open concerns"), 6), 1)
        self.new_button = QPushButton(self.tr("&New concern…"))
        self.new_button.setAccessibleName(self.tr("Record a new concern"))
        self.new_button.setToolTip(self.tr("Record a new concern (Ctrl+N)"))
        self.new_button.setVisible(self.can_create)
        top.addWidget(self.new_button)
        layout.addLayout(top)
        self.list_banner = Banner()
        layout.addWidget(self.list_banner)
        self.resume = QWidget()
        resume_row = QHBoxLayout(self.resume)
        resume_row.setContentsMargins(0, 0, 0, 0)
        self.resume_label = QLabel(
            self.tr("You have a concern you started recording but did not finish.")
        )
        self.resume_label.setWordWrap(True)
        resume_row.addWidget(self.resume_label, 1)
        self.resume_button = QPushButton(self.tr("Carry on &with it"))
        self.resume_button.setAccessibleName(self.tr("Carry on with the unfinished concern"))
        resume_row.addWidget(self.resume_button)
        self.resume.hide()
        layout.addWidget(self.resume)
        filters = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by reference or name"))
        self.filter.setAccessibleName(self.tr("Filter the open concerns by reference or name"))
        self.filter.setClearButtonEnabled(True)
        filter_label = QLabel(self.tr("&Filter:"))
        filter_label.setBuddy(self.filter)
        filters.addWidget(filter_label)
        filters.addWidget(self.filter, 1)
        self.include_closed = QCheckBox(self.tr("Include &closed concerns"))
        self.include_closed.setAccessibleName(self.tr("Include closed concerns"))
        filters.addWidget(self.include_closed)
        layout.addLayout(filters)
        self.model = RowsModel([self.tr("Reference"), self.tr("Person"), self.tr("Noticed"),
                                self.tr("Type of concern"), self.tr("Step"), self.tr("Decision"),
                                self.tr("Next review")])  # fmt: skip
        self.table = table_view(self.model, self.tr("Open concerns"))
        self.columns = ColumnFitter(self.table)
        layout.addWidget(self.table, 1)
        self.empty = caption("")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty)
        bottom = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("How many concerns are shown"))
        bottom.addWidget(self.count_label, 1)
        self.open_button = QPushButton(self.tr("&Open the chosen concern"))
        self.open_button.setAccessibleName(self.tr("Open the chosen concern"))
        bottom.addWidget(self.open_button)
        layout.addLayout(bottom)
        layout.addWidget(caption(self.tr(
            "Press Return or double-click a row to open it. The full concerns log, with "
            "searching and every closed concern, is on the Concerns log page."
        )))  # fmt: skip
        self.new_button.clicked.connect(self.new_concern)
        self.resume_button.clicked.connect(self.new_concern)
        self.open_button.clicked.connect(self._open_chosen)
        self.table.activated.connect(self._activated)
        self.filter.textChanged.connect(lambda _t: self.refresh())
        self.include_closed.toggled.connect(lambda _c: self.refresh())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        return page

    def refresh(self) -> None:
        """Show the list again; the concerns are read only when something changed since."""
        if not self.ctx.active:
            return
        self.list_banner.clear()
        try:
            version = log_service.log_version(self.ctx.vault)
            if self._log is None or version != self._log_version:
                self._log = log_service.load_log(self.ctx.vault)
                self._log_version = version
        except KnownError as exc:
            self.list_banner.show_message(*error_text(exc))
            return
        log = self._log
        statuses = (
            frozenset()
            if self.include_closed.isChecked()
            else frozenset({ConcernStatus.OPEN.value})
        )
        rows = log.query(log_service.LogFilter(statuses=statuses)).rows
        words = self.filter.text().casefold().split()
        if words:
            from dsl_desktop.services.people import fold

            rows = [r for r in rows if all(w in fold(f"{r.reference} {r.person}") or w in r.reference.casefold()
                                           for w in (fold(x) or x for x in words))]  # fmt: skip
        self.model.set_rows(
            [(r.reference, r.person, fmt_date(r.noticed_on) + " " + r.noticed_at[11:16],
              log.category_label(r.category), stage_label(r.stage), outcome_label(r.outcome),
              fmt_date(r.next_review_on)) for r in rows],
            [r.id for r in rows],
        )  # fmt: skip
        self.columns.fit()
        if rows:
            self.table.selectRow(0)
        total = len(rows)
        self.count_label.setText(
            counted(total, self.tr("1 concern shown"), self.tr("%1 concerns shown"))
        )
        has = total > 0
        self.table.setVisible(has)
        self.empty.setVisible(not has)
        if words:
            self.empty.setText(self.tr("No concern matches the filter. Clear it to see them all."))
        elif self.can_create:
            self.empty.setText(self.tr(
                "There are no open concerns. When something is noticed, choose \u201cNew "
                "concern\u201d (Ctrl+N) to record it the same day."
            ))  # fmt: skip
        else:
            self.empty.setText(self.tr("There are no open concerns."))
        self.resume.setVisible(self._has_new_draft())
        self._update_buttons()

    def _has_new_draft(self) -> bool:
        if not can_keep_drafts(self.ctx.role) or not self.ctx.active:
            return False
        try:
            return drafts.load_draft(self.ctx.vault, NEW_DRAFT_KEY) is not None
        except KnownError:
            return False

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(selected_id(self.table) is not None)

    def _activated(self, index: QModelIndex) -> None:
        concern_id = self.model.id_at(index.row())
        if concern_id is not None:
            self.open_case(concern_id)

    def _open_chosen(self) -> None:
        concern_id = selected_id(self.table)
        if concern_id is not None:
            self.open_case(concern_id)

    def page_shown(self) -> None:
        if self.stack.currentIndex() == self.LIST:
            self.refresh()

    # ---- switching ------------------------------------------------------------------------------
    def _add_to_file_menu(self) -> None:
        lock = self.ctx.window.lock_action
        for obj in lock.associatedObjects():
            if (
                hasattr(obj, "insertAction")
                and hasattr(obj, "insertSeparator")
                and obj is not self.ctx.window
            ):
                obj.insertAction(lock, self.new_action)
                obj.insertSeparator(lock)
                return
        self.ctx.window.addAction(self.new_action)

    def new_concern(self) -> None:
        if not self.can_create or not self.ctx.active:
            return
        self.ctx.window.show_page("concerns")
        self.open_new()

    def open_new(self) -> NoticeForm:
        self.ctx.window.show_page("concerns")
        self._clear_case()
        if self.notice_form is None:
            form = NoticeForm(self.ctx)
            self.new_holder.layout().addWidget(form)  # type: ignore[union-attr]
            form.recorded.connect(self._recorded)
            form.closed.connect(self._notice_closed)
            form.restore_draft()
            self.notice_form = form
        self.stack.setCurrentIndex(self.NEW)
        self.notice_form.first_field().setFocus(Qt.FocusReason.OtherFocusReason)
        return self.notice_form

    def _drop_notice(self) -> None:
        if self.notice_form is not None:
            self.notice_form.hide()
            self.notice_form.deleteLater()
            self.notice_form = None

    def _notice_closed(self) -> None:
        self._drop_notice()
        self.show_list()

    def _recorded(self, concern_id: int) -> None:
        self._drop_notice()
        self.open_case(concern_id)

    def _clear_case(self) -> None:
        if self.case is not None:
            self.case.flush_drafts()
            self.case.hide()
            self.case.deleteLater()
            self.case = None

    def open_case(self, concern_id: int, page: str = "") -> CaseWidget | None:
        if not self.ctx.active:
            return None
        self.ctx.window.show_page("concerns")
        if self.case is not None and self.case.concern_id == concern_id:
            self.stack.setCurrentIndex(self.CASE)
            self.case.load(page or self.case.current_key)
            return self.case
        self._clear_case()
        case = CaseWidget(self.ctx, concern_id)
        if not case.load(page):
            self.list_banner.show_message(
                case.banner.message() or self.tr("The concern could not be opened.")
            )
            case.deleteLater()
            self.show_list()
            return None
        self.case_holder.layout().addWidget(case)  # type: ignore[union-attr]
        case.back_requested.connect(self.show_list)
        self.case = case
        self.stack.setCurrentIndex(self.CASE)
        case.steps.buttons[case.current_key].setFocus(Qt.FocusReason.OtherFocusReason)
        return case

    def show_list(self) -> None:
        self._clear_case()
        self.stack.setCurrentIndex(self.LIST)
        self.refresh()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- coming back after a lock ----------------------------------------------------------------------
    def view_state(self) -> dict[str, Any]:
        index = self.stack.currentIndex()
        if index == self.NEW:
            return {"view": "new"}
        if index == self.CASE and self.case is not None:
            return {
                "view": "case",
                "concern_id": self.case.concern_id,
                "page": self.case.current_key,
            }
        return {"view": "list"}

    def _locking(self, _reason: str) -> None:
        if not can_keep_drafts(self.ctx.role) or not self.ctx.active:
            return
        if self.case is not None:
            self.case.flush_drafts()
        with contextlib.suppress(KnownError):
            drafts.save_draft(self.ctx.vault, VIEW_DRAFT_KEY, self.view_state())

    def _restore_view(self) -> None:
        if not can_keep_drafts(self.ctx.role):
            return
        try:
            state = drafts.load_draft(self.ctx.vault, VIEW_DRAFT_KEY)
        except KnownError:
            return
        if not state:
            return
        if state.get("view") == "new" and self.can_create:
            self.open_new()
        elif state.get("view") == "case" and isinstance(state.get("concern_id"), int):
            self.open_case(int(state["concern_id"]), str(state.get("page", "")))
