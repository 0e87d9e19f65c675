"""The staff register: search, leavers, and adding, editing or marking someone as left."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.errors import KnownError
from dsl_desktop.domain import RoleType
from dsl_desktop.services import training
from dsl_desktop.services.training import StaffDetails, StaffEntry
from ui.errors import error_text
from ui.pages import PageContext
from ui.shared.builders import banner_column, push_button
from ui.shared.layouts import ColumnFitter
from ui.training.common import (
    CompletionDateEdit,
    DateField,
    role_type_help,
    role_type_label,
    role_types_text,
)
from ui.training.models import STAFF_ROLE, StaffFilterProxy, StaffTableModel
from ui.widgets import caption


class StaffDialog(QDialog):
    """Add or edit one member of staff, with their role types."""

    def __init__(
        self, ctx: PageContext, person: StaffEntry | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person = person
        self.saved: StaffEntry | None = None
        title = (
            self.tr("Add a member of staff") if person is None else self.tr("Edit staff details")
        )
        layout, self.banner = banner_column(self, title)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.title_edit = self._line(self.tr("Title"), 40)
        self.forename = self._line(self.tr("Forename"), 200)
        self.middle_name = self._line(self.tr("Middle name"), 200)
        self.preferred_name = self._line(self.tr("Preferred name"), 200)
        self.surname = self._line(self.tr("Surname"), 200)
        self.staff_code = self._line(self.tr("Staff code"), 40)
        self.email = self._line(self.tr("Email address"), 200)
        self.job_title = self._line(self.tr("Job title"), 200)
        self.start_date = DateField(self.tr("Start date"))
        self.left_date = DateField(self.tr("Leaving date"))
        rows = (
            (self.tr("T&itle:"), self.title_edit),
            (self.tr("&Forename:"), self.forename),
            (self.tr("&Middle name:"), self.middle_name),
            (self.tr("&Preferred name:"), self.preferred_name),
            (self.tr("&Surname:"), self.surname),
            (self.tr("Staff &code:"), self.staff_code),
            (self.tr("&Email:"), self.email),
            (self.tr("&Job title:"), self.job_title),
            (self.tr("S&tart date:"), self.start_date),
            (self.tr("&Leaving date:"), self.left_date),
        )
        for text, widget in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout.addLayout(form)

        roles_box = QGroupBox(self.tr("Role types (what training this person needs)"))
        grid = QGridLayout(roles_box)
        self.role_boxes: dict[RoleType, QCheckBox] = {}
        for i, rt in enumerate(RoleType):
            box = QCheckBox(role_type_label(rt))
            box.setAccessibleName(self.tr("Role type: %1").replace("%1", role_type_label(rt)))
            box.setToolTip(role_type_help(rt))
            grid.addWidget(box, i // 2, i % 2)
            self.role_boxes[rt] = box
        self.suggest_button = push_button(
            self.tr("S&uggest from job title"), self.tr("Suggest role types from the job title")
        )
        self.suggest_button.clicked.connect(self.suggest)
        grid.addWidget(self.suggest_button, (len(RoleType) + 1) // 2, 0, 1, 2)
        self.suggestion_note = caption("")
        grid.addWidget(self.suggestion_note, (len(RoleType) + 1) // 2 + 1, 0, 1, 2)
        layout.addWidget(roles_box)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons

        if person is not None:
            self.title_edit.setText(person.title)
            self.forename.setText(person.forename)
            self.middle_name.setText(person.middle_name)
            self.preferred_name.setText(person.preferred_name)
            self.surname.setText(person.surname)
            self.staff_code.setText(person.staff_code)
            self.email.setText(person.email)
            self.job_title.setText(person.job_title)
            self.start_date.set_date(person.start_date)
            self.left_date.set_date(person.left_date)
            for rt, box in self.role_boxes.items():
                box.setChecked(rt in person.role_types)

    def _line(self, accessible: str, length: int) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(accessible)
        edit.setMaxLength(length)
        return edit

    def suggest(self) -> None:
        job = self.job_title.text().strip()
        if not job:
            self.suggestion_note.setText(self.tr("Enter the job title first."))
            return
        try:
            suggested = training.suggest_roles(self.ctx.vault, job)
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return
        for rt, box in self.role_boxes.items():
            box.setChecked(rt in suggested)
        self.suggestion_note.setText(
            self.tr("Suggested for “%1”: %2. Check them before saving.")
            .replace("%1", job)
            .replace("%2", role_types_text(frozenset(suggested)))
        )

    def details(self) -> StaffDetails | str:
        """The form as entered, or what is wrong with a date."""
        dates: list[dt.date | None] = []
        for name, field in ((self.tr("start date"), self.start_date),
                            (self.tr("leaving date"), self.left_date)):  # fmt: skip
            value = field.date_or_problem()
            if isinstance(value, str):
                return self.tr("The %1 %2.").replace("%1", name).replace("%2", value)
            dates.append(value)
        return StaffDetails(
            forename=self.forename.text(),
            surname=self.surname.text(),
            staff_code=self.staff_code.text(),
            title=self.title_edit.text(),
            middle_name=self.middle_name.text(),
            preferred_name=self.preferred_name.text(),
            email=self.email.text(),
            job_title=self.job_title.text(),
            role_types=frozenset(rt for rt, box in self.role_boxes.items() if box.isChecked()),
            start_date=dates[0],
            left_date=dates[1],
        )

    def save(self) -> None:
        self.banner.clear()
        details = self.details()
        if isinstance(details, str):
            self.banner.show_message(details)
            return
        try:
            if self.person is None:
                self.saved = training.add_staff(self.ctx.vault, details)
            else:
                self.saved = training.update_staff(self.ctx.vault, self.person.id, details)
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return
        self.accept()


class LeaverDialog(QDialog):
    """Asks for the leaving date. The person stays on record with their training."""

    def __init__(self, person: StaffEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark as left"))
        self.setAccessibleName(self.tr("Mark as left"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "%1 will no longer count towards training compliance from this date. "
                    "Their training history is kept."
                ).replace("%1", person.full_name)
            )
        )
        form = QFormLayout()
        self.date = CompletionDateEdit(self.tr("Leaving date"))
        self.date.setMaximumDate(self.date.maximumDate().addYears(1))
        label = QLabel(self.tr("&Leaving date:"))
        label.setBuddy(self.date)
        form.addRow(label, self.date)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class RegisterTab(QWidget):
    """Everyone on the register. ``changed`` is emitted after any change is saved."""

    changed = Signal()

    def __init__(self, ctx: PageContext, can_edit: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_edit = can_edit
        layout, self.banner = banner_column(self)

        bar = QHBoxLayout()
        search_label = QLabel(self.tr("&Search:"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("name, job title, staff code or email"))
        self.search.setAccessibleName(self.tr("Search the register"))
        self.search.setClearButtonEnabled(True)
        search_label.setBuddy(self.search)
        bar.addWidget(search_label)
        bar.addWidget(self.search, 1)
        self.show_leavers = QCheckBox(self.tr("Show &leavers"))
        self.show_leavers.setAccessibleName(self.tr("Show people who have left"))
        bar.addWidget(self.show_leavers)
        layout.addLayout(bar)

        self.model = StaffTableModel(self)
        self.proxy = StaffFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Staff register"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.columns = ColumnFitter(self.table)
        self.table.doubleClicked.connect(self._double_clicked)
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.count_label = caption("")
        buttons.addWidget(self.count_label, 1)
        self.add_button = push_button(self.tr("&Add…"), self.tr("Add a member of staff"))
        self.edit_button = push_button(
            self.tr("&Edit…"), self.tr("Edit the selected member of staff")
        )
        self.left_button = push_button(
            self.tr("&Mark as left…"), self.tr("Mark the selected member of staff as left")
        )
        for button in (self.add_button, self.edit_button, self.left_button):
            buttons.addWidget(button)
            button.setVisible(can_edit)
        layout.addLayout(buttons)

        self.search.textChanged.connect(self._search)
        self.show_leavers.toggled.connect(self._leavers)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.left_button.clicked.connect(self.mark_left)
        self.table.selectionModel().selectionChanged.connect(self._selection)
        self._selection()

    # ---- data -------------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.ctx.active:
            return
        selected = self.selected()
        try:
            staff = training.list_staff(self.ctx.vault, include_leavers=True)
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return
        self.model.set_staff(staff)
        self.columns.fit()
        if selected is not None:
            self.select(selected.id)
        self._update_count()
        self._selection()

    def _update_count(self) -> None:
        shown = self.proxy.rowCount()
        total = sum(1 for p in self.model.staff if not p.has_left(self.model.today))
        self.count_label.setText(
            self.tr("Showing %1 · %2 current staff")
            .replace("%1", str(shown))
            .replace("%2", str(total))
        )

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _leavers(self, show: bool) -> None:
        self.proxy.set_show_leavers(show)
        self._update_count()

    def selected(self) -> StaffEntry | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        source = self.proxy.mapToSource(rows[0])
        return self.model.person_at(source.row())

    def select(self, staff_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(STAFF_ROLE) == staff_id:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return True
        return False

    def _selection(self) -> None:
        person = self.selected()
        self.edit_button.setEnabled(person is not None)
        self.left_button.setEnabled(person is not None and person.left_date is None)

    def _double_clicked(self, _index: QModelIndex) -> None:
        if self.can_edit:
            self.edit()

    # ---- actions ----------------------------------------------------------------------------
    def add(self) -> None:
        dialog = StaffDialog(self.ctx, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self._saved(dialog.saved, self.tr("%1 was added to the register."))

    def edit(self) -> None:
        person = self.selected()
        if person is None:
            return
        dialog = StaffDialog(self.ctx, person, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self._saved(dialog.saved, self.tr("%1's details were saved."))

    def mark_left(self) -> None:
        person = self.selected()
        if person is None:
            return
        dialog = LeaverDialog(person, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not self.ctx.active:
            return
        try:
            saved = training.mark_left(self.ctx.vault, person.id, dialog.date.value())
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return
        self._saved(saved, self.tr("%1 is marked as left. Their training history is kept."))

    def _saved(self, person: StaffEntry, message: str) -> None:
        self.banner.show_message(message.replace("%1", person.full_name), error=False)
        self.refresh()
        if not self.select(person.id) and person.left_date is not None:
            self.show_leavers.setChecked(True)
            self.select(person.id)
        self.changed.emit()
