"""Choosing who a concern is about: search the people on record as you type, or add someone."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from db.errors import KnownError
from dsl_desktop.services.people import PersonMatch, PersonRecord, search_people
from ui.errors import error_text
from ui.i18n import offered_word
from ui.shared.builders import push_button
from ui.shared.date_fields import fmt_date
from ui.shared.forms import bold_label
from ui.shared.labels import counted, person_type_label
from ui.shared.models import RowsModel
from ui.widgets import caption

if TYPE_CHECKING:
    from ui.pages import PageContext


def _tr(text: str) -> str:
    return QCoreApplication.translate("People", text)


def describe(match: PersonMatch | PersonRecord) -> str:
    """ "Pupil, Year 9, born 03/05/2012" — enough to tell two people of the same name apart."""
    bits = [person_type_label(match.person_type)]
    if match.school_or_occupation:
        bits.append(offered_word(match.school_or_occupation))
    if match.date_of_birth:
        bits.append(_tr("born %1").replace("%1", fmt_date(match.date_of_birth)))
    elif match.approx_age is not None:
        bits.append(_tr("about %1 years old").replace("%1", str(match.approx_age)))
    return ", ".join(bits)


class PersonPicker(QWidget):
    """``chosen(person_id)`` (0 when cleared). The search runs on every keystroke."""

    chosen = Signal(int)

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id: int | None = None
        self.person_text = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search people by name"))
        self.search.setPlaceholderText(self.tr("Type part of a name, then choose from the list"))
        self.search.setClearButtonEnabled(True)
        row.addWidget(self.search, 1)
        self.add_button = push_button(self.tr("&Add a new person…"), self.tr("Add a new person"))
        row.addWidget(self.add_button)
        layout.addLayout(row)
        self.model = RowsModel([self.tr("Person")])
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setAccessibleName(self.tr("People found"))
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.hide()
        layout.addWidget(self.results)
        self.hint = caption(
            self.tr("Search for the person first, so their concerns stay together.")
        )
        layout.addWidget(self.hint)
        self.chosen_label = bold_label("")
        self.chosen_label.setAccessibleName(self.tr("Person chosen"))
        self.chosen_label.hide()
        layout.addWidget(self.chosen_label)
        self.search.textChanged.connect(self.run_search)
        self.search.installEventFilter(self)
        self.results.selectionModel().currentChanged.connect(self._current_changed)
        self.results.activated.connect(self._activated)
        self.add_button.clicked.connect(self.add_new)
        self.matches: list[PersonMatch] = []

    # ---- searching ---------------------------------------------------------------------------
    def run_search(self, text: str) -> None:
        if not self.ctx.active:
            return
        if not text.strip():
            self.matches = []
            self.model.set_rows([], [])
            self.results.hide()
            self.hint.setText(
                self.tr("Search for the person first, so their concerns stay together.")
            )
            return
        try:
            self.matches = search_people(self.ctx.vault, text, limit=30)
        except KnownError as exc:
            self.hint.setText(error_text(exc).message)
            return
        self.model.set_rows(
            [(f"{m.full_name} \u2014 {describe(m)}",) for m in self.matches],
            [m.id for m in self.matches],
        )
        self.results.setVisible(bool(self.matches))
        rows = min(6, max(1, len(self.matches)))
        self.results.setFixedHeight(self.results.sizeHintForRow(0) * rows + 2 * self.results.frameWidth() + 8
                                    if self.matches else 0)  # fmt: skip
        if self.matches:
            self.hint.setText(counted(
                len(self.matches),
                self.tr("1 person found. Press Return to choose them, or choose with the arrow keys."),
                self.tr("%1 people found. Choose one with the arrow keys, or press Return for the first."),
            ))  # fmt: skip
        else:
            self.hint.setText(
                self.tr(
                    "Nobody on record matches “%1”. Check the spelling, or add a new person."
                ).replace("%1", text.strip())
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.matches:
                self.choose_row(0)
                return True
            if event.key() == Qt.Key.Key_Down and self.matches:
                self.results.setFocus()
                self.results.setCurrentIndex(self.model.index(0, 0))
                return True
        return False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.choose_row(current.row(), move_on=False)

    def _activated(self, index: QModelIndex) -> None:
        self.choose_row(index.row())

    def choose_row(self, row: int, *, move_on: bool = True) -> None:
        if not 0 <= row < len(self.matches):
            return
        match = self.matches[row]
        if self.results.currentIndex().row() != row:
            self.results.setCurrentIndex(self.model.index(row, 0))
        self.set_person(match.id, f"{match.full_name} ({describe(match)})")
        if move_on:
            self.focusNextChild()

    # ---- the choice --------------------------------------------------------------------------
    def set_person(self, person_id: int | None, text: str) -> None:
        self.person_id = person_id or None
        self.person_text = text if person_id else ""
        self.chosen_label.setText(self.tr("Chosen: %1").replace("%1", text) if person_id else "")
        self.chosen_label.setVisible(bool(person_id))
        self.chosen.emit(person_id or 0)

    def state(self) -> dict[str, Any]:
        return {"id": self.person_id or 0, "text": self.person_text}

    def restore(self, value: Any) -> None:
        if isinstance(value, dict) and isinstance(value.get("id"), int):
            self.set_person(value["id"], str(value.get("text", "")))

    def add_new(self) -> None:
        from ui.people.dialog import PersonDialog

        words = self.search.text().split()
        forenames = " ".join(words[:-1]) if len(words) > 1 else (words[0] if words else "")
        surname = words[-1] if len(words) > 1 else ""
        dialog = PersonDialog(self.ctx, None, self, forenames=forenames, surname=surname)
        dialog.saved.connect(self._added)
        dialog.open()
        self.dialog = dialog

    def _added(self, person: PersonRecord) -> None:
        self.set_person(person.id, f"{person.full_name} ({describe(person)})")
        self.search.blockSignals(True)
        self.search.setText(person.full_name)
        self.search.blockSignals(False)
        self.run_search(person.full_name)
