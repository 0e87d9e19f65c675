"""The People page: everyone a concern has been recorded about, searchable, with each person's
details and concerns (a concern opens in the Concerns page)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from db.errors import KnownError
from dsl_desktop.services.people import (
    PersonWithConcerns,
    get_person,
    list_people,
    search_people,
)
from dsl_desktop.workflow import Action, can
from ui.errors import error_text
from ui.people.dialog import PersonDialog
from ui.shared.builders import push_button
from ui.shared.date_fields import fmt_date, fmt_datetime
from ui.shared.forms import Banner, bold_label, value_label
from ui.shared.labels import counted, outcome_label, person_type_label, stage_label
from ui.shared.layouts import ColumnFitter
from ui.shared.models import RowsModel, selected_id, table_view
from ui.widgets import caption, heading

if TYPE_CHECKING:
    from ui.pages import PageContext


class PeoplePage(QWidget):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_add = can(ctx.role, Action.CREATE_CASE)
        self.can_edit = can(ctx.role, Action.EDIT_CASE)
        self.current: PersonWithConcerns | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("People"), 6), 1)
        self.add_button = push_button(self.tr("&Add a person…"), self.tr("Add a person"))
        self.add_button.setVisible(self.can_add)
        top.addWidget(self.add_button)
        layout.addLayout(top)
        layout.addWidget(caption(self.tr(
            "Everyone a concern has been recorded about. Search by any part of a name, other "
            "name or UPN; accents and apostrophes do not matter."
        )))  # fmt: skip
        self.banner = Banner()
        layout.addWidget(self.banner)
        search_row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search people"))
        self.search.setPlaceholderText(self.tr("Type part of a name"))
        self.search.setClearButtonEnabled(True)
        label = QLabel(self.tr("&Search:"))
        label.setBuddy(self.search)
        search_row.addWidget(label)
        search_row.addWidget(self.search, 1)
        layout.addLayout(search_row)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.model = RowsModel([self.tr("Name"), self.tr("Who"), self.tr("Year group or role"),
                                self.tr("Born or age"), self.tr("Concerns")])  # fmt: skip
        self.table = table_view(self.model, self.tr("People"))
        # The name is what the DSL checks: the other columns give way first.
        self.table_columns = ColumnFitter(self.table, give_way=((1, 2), (3, 4)))
        left_layout.addWidget(self.table, 1)
        self.empty = caption("")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        left_layout.addWidget(self.empty)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("How many people are shown"))
        left_layout.addWidget(self.count)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        self.details_box = QGroupBox(self.tr("Details"))
        self.details = QFormLayout(self.details_box)
        self.details.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        right_layout.addWidget(self.details_box)
        self.edit_button = push_button(
            self.tr("&Change details…"), self.tr("Change this person's details")
        )
        right_layout.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignLeft)
        concerns_box = QGroupBox(self.tr("Their concerns"))
        concerns_layout = QVBoxLayout(concerns_box)
        self.concerns_model = RowsModel([self.tr("Reference"), self.tr("Noticed"), self.tr("Step"),
                                         self.tr("Decision")])  # fmt: skip
        self.concerns = table_view(self.concerns_model, self.tr("Their concerns"))
        self.concerns_columns = ColumnFitter(self.concerns)
        concerns_layout.addWidget(self.concerns)
        self.concerns_empty = caption("")
        concerns_layout.addWidget(self.concerns_empty)
        self.open_button = push_button(
            self.tr("&Open the chosen concern"), self.tr("Open the chosen concern")
        )
        concerns_layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        right_layout.addWidget(concerns_box, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        self.search.textChanged.connect(lambda _t: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(self._person_changed)
        self.concerns.activated.connect(self._concern_activated)
        self.concerns.selectionModel().selectionChanged.connect(self._update_buttons)
        self.open_button.clicked.connect(self.open_chosen_concern)
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_person)
        self.dialog: PersonDialog | None = None
        self.refresh()
        self.show_person(None)

    # ---- the list -----------------------------------------------------------------------------
    def page_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        if not self.ctx.active:
            return
        self.banner.clear()
        keep = selected_id(self.table)
        text = self.search.text()
        try:
            if text.strip():
                found = search_people(self.ctx.vault, text, limit=500)
                rows = [(m.full_name, person_type_label(m.person_type), m.school_or_occupation,
                         self._born(m.date_of_birth, m.approx_age), str(m.concern_count))
                        for m in found]  # fmt: skip
                ids = [m.id for m in found]
            else:
                people = list_people(self.ctx.vault)
                rows = [(p.person.full_name, person_type_label(p.person.person_type),
                         p.person.school_or_occupation,
                         self._born(p.person.date_of_birth, p.person.approx_age),
                         str(len(p.concerns))) for p in people]  # fmt: skip
                ids = [p.person.id for p in people]
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return
        self.model.set_rows(rows, ids)
        self.table_columns.fit()
        self.count.setText(counted(len(ids), self.tr("1 person shown"), self.tr("%1 people shown")))
        self.table.setVisible(bool(ids))
        self.empty.setVisible(not ids)
        if text.strip():
            self.empty.setText(self.tr("Nobody matches \u201c%1\u201d. Check the spelling, or try "
                                       "part of the name.").replace("%1", text.strip()))  # fmt: skip
        elif self.can_add:
            self.empty.setText(self.tr("Nobody is on record yet. People are added when a concern "
                                       "is recorded, or with \u201cAdd a person\u201d."))  # fmt: skip
        else:
            self.empty.setText(self.tr("Nobody is on record yet."))
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self.table.selectRow(row)
        elif self.current is not None and self.model.row_of(self.current.person.id) is None:
            self.show_person(None)

    def _born(self, dob: dt.date | None, age: int | None) -> str:
        if dob is not None:
            return fmt_date(dob)
        return self.tr("about %1").replace("%1", str(age)) if age is not None else ""

    def _person_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        person_id = self.model.id_at(current.row()) if current.isValid() else None
        self.load_person(person_id)

    def load_person(self, person_id: int | None) -> None:
        if person_id is None or not self.ctx.active:
            self.show_person(None)
            return
        try:
            self.show_person(get_person(self.ctx.vault, person_id))
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))

    def show_person(self, data: PersonWithConcerns | None) -> None:
        self.current = data
        while self.details.rowCount():
            self.details.removeRow(0)
        self.edit_button.setVisible(self.can_edit and data is not None)
        if data is None:
            self.details.addRow(caption(self.tr(
                "Choose a person in the list to see their details and concerns."
            )))  # fmt: skip
            self.concerns_model.set_rows([], [])
            self.concerns.hide()
            self.concerns_empty.setText(self.tr("No person chosen."))
            self.concerns_empty.show()
            self._update_buttons()
            return
        p = data.person
        born = fmt_date(p.date_of_birth) if p.date_of_birth else (
            self.tr("about %1 years old").replace("%1", str(p.approx_age)) if p.approx_age is not None
            else ""
        )  # fmt: skip
        for label, value in (
            (self.tr("Name:"), p.full_name),
            (self.tr("Other names:"), p.other_names),
            (self.tr("Who:"), person_type_label(p.person_type)),
            (self.tr("Born:"), born),
            (self.tr("Gender:"), p.gender),
            (self.tr("Year group or role:"), p.school_or_occupation),
            (self.tr("UPN or staff code:"), p.upn_or_staff_code),
            (self.tr("Current address:"), p.current_address),
            (self.tr("Phone:"), p.phone),
            (self.tr("Email:"), p.email),
            (self.tr("First language:"), p.first_language),
            (self.tr("Nationality:"), p.nationality),
            (self.tr("SEND:"), p.send),
            (self.tr("Family and carers:"), p.family_details),
            (self.tr("Other agencies:"), p.other_agencies),
        ):
            if value:
                self.details.addRow(bold_label(label), value_label(value, label.rstrip(":")))
        self.details.addRow(bold_label(self.tr("On record since:")),
                            value_label(fmt_datetime(p.created_at)))  # fmt: skip
        concerns = data.concerns
        self.concerns_model.set_rows(
            [(c.reference, fmt_date(c.noticed_at.date()), stage_label(c.stage), outcome_label(c.outcome))
             for c in concerns],
            [c.id for c in concerns],
        )  # fmt: skip
        self.concerns_columns.fit()
        if concerns:
            self.concerns.selectRow(len(concerns) - 1)
        self.concerns.setVisible(bool(concerns))
        self.concerns_empty.setVisible(not concerns)
        self.concerns_empty.setText(self.tr("No concerns recorded about this person."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(selected_id(self.concerns) is not None)
        self.open_button.setVisible(self.current is not None and bool(self.current.concerns))

    # ---- actions -----------------------------------------------------------------------------
    def _concern_activated(self, index: QModelIndex) -> None:
        concern_id = self.concerns_model.id_at(index.row())
        if concern_id is not None:
            self.open_concern(concern_id)

    def open_chosen_concern(self) -> None:
        concern_id = selected_id(self.concerns)
        if concern_id is not None:
            self.open_concern(concern_id)

    def open_concern(self, concern_id: int) -> QWidget | None:
        page = self.ctx.window.page("concerns")
        opener = getattr(page, "open_case", None)
        if not callable(opener):
            self.banner.show_message(self.tr("The Concerns page is not available to you."))
            return None
        self.ctx.window.show_page("concerns")
        return opener(concern_id)  # type: ignore[no-any-return]

    def add_person(self) -> PersonDialog:
        dialog = PersonDialog(self.ctx, None, self)
        dialog.saved.connect(self._saved)
        self.dialog = dialog
        dialog.open()
        return dialog

    def edit_person(self) -> PersonDialog | None:
        if self.current is None:
            return None
        dialog = PersonDialog(self.ctx, self.current.person, self)
        dialog.saved.connect(self._saved)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, person: object) -> None:
        person_id = getattr(person, "id", None)
        self.refresh()
        if isinstance(person_id, int):
            row = self.model.row_of(person_id)
            if row is not None:
                self.table.selectRow(row)
            self.load_person(person_id)
