"""The concern's history (its chronology, amendments included) and amending a saved record.

A saved record is never edited in place: an amendment keeps the old value, the new one, who,
when and why. A field left blank when the record was saved can be filled in without a reason.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from db.errors import KnownError
from dsl_desktop import referral_fields
from dsl_desktop.domain import InformationKind, ReferralOutcome, Stage, Validation
from dsl_desktop.services import concerns as cs
from dsl_desktop.services.people import InvalidInput
from dsl_desktop.workflow import Requirement
from ui.concern.history_words import section_title, sentence
from ui.concern.step_base import CaseStep
from ui.errors import error_text
from ui.i18n import core_text
from ui.shared.builders import push_button
from ui.shared.choices import CheckList
from ui.shared.date_fields import DateTimeEdit, OptionalDateEdit, fmt_date, fmt_datetime
from ui.shared.forms import (
    Banner,
    add_banner,
    line_edit,
    submit_shortcut,
    text_edit,
    value_label,
)
from ui.shared.labels import (
    answer_label,
    answer_options,
    kind_label,
    outcome_label,
    referral_field_label,
    referral_outcome_label,
    validation_label,
)
from ui.shared.models import RowsModel, selected_id, table_view
from ui.widgets import caption, name_buttons

if TYPE_CHECKING:
    from ui.pages import PageContext

AMENDABLE = ("concern", "information_item", "alternative_explanation", "consultation",
             "decision", "referral", "action")  # fmt: skip

_DATETIME = {("concern", "noticed_at"), ("concern", "emergency_at"),
             ("consultation", "consulted_at"), ("referral", "sent_at"), ("action", "done_at")}  # fmt: skip
_DATE = {("information_item", "obtained_at"), ("decision", "review_date"),
         ("referral", "outcome_date"), ("action", "due_date")}  # fmt: skip


def _tr(text: str) -> str:
    return QCoreApplication.translate("History", text)


def field_label(entity: str, name: str) -> str:
    if name.startswith("details."):
        key = name.removeprefix("details.")
        base = key.removesuffix("_details").removesuffix("_status")
        fld = referral_fields.BY_KEY.get(base)
        if fld is None:
            return key
        label = referral_field_label(fld.label)
        if key.endswith("_status") and fld.kind is referral_fields.FieldKind.NEED:
            return label + _tr(" (answer)")
        return label + (_tr(" (details)") if key != base else "")
    labels = {
        "noticed_by": _tr("Who noticed it"), "noticed_at": _tr("When it was noticed"),
        "location": _tr("Where"), "account": _tr("What was seen or heard"),
        "others_present": _tr("Who else was present"), "indicators": _tr("Signs noticed"),
        "category": _tr("Type of concern"), "immediate_danger": _tr("Immediate danger"),
        "emergency_action": _tr("Emergency action taken"),
        "emergency_at": _tr("When the emergency action was taken"),
        "content": _tr("The information"), "source": _tr("Source"),
        "obtained_at": _tr("Date obtained"), "kind": _tr("Kind of information"),
        "validation": _tr("Checked against another source"), "notes": _tr("Notes"),
        "explanation": _tr("Explanation"), "exploration": _tr("How it was explored"),
        "conclusion": _tr("Conclusion"), "name": _tr("Who was consulted"), "role": _tr("Role"),
        "agency": _tr("Agency"), "consulted_at": _tr("When"), "method": _tr("How"),
        "shared": _tr("What was shared"), "reason": _tr("Why it was shared"),
        "outcome": _tr("Outcome"), "rationale": _tr("Rationale"),
        "parallel_route": _tr("Route alongside"), "review_date": _tr("Review date"),
        "sent_at": _tr("When sent"), "sent_to": _tr("Sent to"), "sent_how": _tr("How sent"),
        "police_reference": _tr("Police reference"), "outcome_date": _tr("Date outcome learned"),
        "outcome_notes": _tr("Notes on the outcome"), "description": _tr("Action"),
        "owner": _tr("Who"), "due_date": _tr("By when"), "done_at": _tr("When done"),
        "corroborated_by": _tr("Corroborated by"),
        "accepted": _tr("Accepted (it explains what was seen)"),
    }  # fmt: skip
    if name.startswith("wording."):
        return section_title(name.removeprefix("wording."))
    return labels.get(name) or name.replace("_", " ").replace(".", " ").strip().capitalize()


def _short(text: str, width: int = 60) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= width else line[: width - 1] + "\u2026"


def records_of(view: cs.CaseView) -> list[tuple[str, int, str, Any]]:
    """(entity, id, what to call it, the view object) for every record that can be amended."""
    out: list[tuple[str, int, str, Any]] = [("concern", view.id, _tr("The Notice record"), view)]
    for n, i in enumerate(view.items, 1):
        out.append(("information_item", i.id, _tr("Information %1: %2").replace("%1", str(n))
                    .replace("%2", _short(i.content)), i))  # fmt: skip
    for n, a in enumerate(view.alternatives, 1):
        out.append(("alternative_explanation", a.id, _tr("Explanation %1: %2").replace("%1", str(n))
                    .replace("%2", _short(a.explanation)), a))  # fmt: skip
    for k in view.consultations:
        out.append(("consultation", k.id, _tr("Consultation with %1").replace("%1", k.name), k))
    for d in view.decisions:
        out.append(("decision", d.id, _tr("Decision: %1 (%2)").replace("%1", outcome_label(d.outcome))
                    .replace("%2", fmt_datetime(d.decided_at)), d))  # fmt: skip
    for r in view.referrals:
        if r.sent:
            out.append(
                (
                    "referral",
                    r.id,
                    _tr("Referral sent %1").replace("%1", fmt_datetime(r.sent_at)),
                    r,
                )
            )
    for act in view.actions:
        out.append(
            ("action", act.id, _tr("Action: %1").replace("%1", _short(core_text(act.text))), act)
        )
    return out


def fields_for(entity: str) -> list[str]:
    names = [
        f for f in cs.amendable_fields(entity) if not (entity == "decision" and f == "answers")
    ]
    if entity == "concern":
        for fld in referral_fields.FIELDS:
            names.append(f"details.{fld.key}")
            if fld.details_key:
                names.append(f"details.{fld.details_key}")
    return names


def current_value(record: Any, name: str) -> Any:
    if name.startswith("details."):
        return dict(getattr(record, "details", {}) or {}).get(name.removeprefix("details."))
    value = getattr(record, name, None)
    if isinstance(value, tuple):
        return list(value)
    return value


def show_value(value: Any, entity: str = "", name: str = "") -> str:
    if value is None or value == "" or value == [] or value == {}:
        return _tr("(blank)")
    if isinstance(value, str) and ((entity, name) in _DATETIME or (entity, name) in _DATE):
        with contextlib.suppress(ValueError):
            value = (dt.datetime if "T" in value else dt.date).fromisoformat(value)
    if isinstance(value, bool):
        return _tr("Yes") if value else _tr("No")
    if isinstance(value, dt.datetime):
        return fmt_datetime(value)
    if isinstance(value, dt.date):
        return fmt_date(value)
    if isinstance(value, str) and name.endswith("_status") and name.startswith("details."):
        needs = {"present": _tr("Yes, known or suspected"), "none_known": _tr("None known")}
        return needs.get(value, value)
    if isinstance(value, str) and name.startswith("details.") and value in ("yes", "no", "unclear"):
        return answer_label(value)
    if isinstance(value, str) and name in ("kind",):
        return kind_label(value)
    if isinstance(value, str) and name == "validation":
        return validation_label(value)
    if isinstance(value, str) and entity == "referral" and name == "outcome":
        return referral_outcome_label(value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


class AmendDialog(QDialog):
    """Change one field of a saved record (a reason is required), or fill in a blank one."""

    amended = Signal(int)

    def __init__(
        self, ctx: PageContext, view: cs.CaseView, entity: str = "", entity_id: int = 0,
        parent: QWidget | None = None, *, labels: Mapping[str, Mapping[str, str]] | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent if parent is not None else ctx.window)
        self.ctx = ctx
        self.view = view
        self.labels = labels or {}
        self.setWindowTitle(self.tr("Amend or add to a record — %1").replace("%1", view.reference))
        self.setAccessibleName(self.tr("Amend or add to a record"))
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(caption(self.tr(
            "Saved records are not changed in place: the old value is kept beside the new one, "
            "with who changed it, when and why. A field left blank can be filled in without a "
            "reason."
        )))  # fmt: skip
        self.banner, self.problems = add_banner(layout)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.addLayout(form)
        self.record = QComboBox()
        self.record.setAccessibleName(self.tr("The record to change"))
        self.records = records_of(view)
        for ent, rid, text, _obj in self.records:
            self.record.addItem(text, (ent, rid))
        self.problems.row(form, self.tr("&Record:"), self.record, "record")
        self.field = QComboBox()
        self.field.setAccessibleName(self.tr("The field to change"))
        self.problems.row(form, self.tr("&Field:"), self.field, "field")
        self.current = value_label("", self.tr("Value on record now"))
        form.addRow(QLabel(self.tr("On record now:")), self.current)
        self.editors = QStackedWidget()
        self.text_editor = text_edit(self.tr("New value"), 4)
        self.datetime_editor = DateTimeEdit(self.tr("New date and time"))
        self.date_editor = OptionalDateEdit(self.tr("New date"))
        self.choice_editor = QComboBox()
        self.choice_editor.setAccessibleName(self.tr("New value"))
        self.list_editor = CheckList(self.tr("New signs noticed"))
        for w in (self.text_editor, self.datetime_editor, self.date_editor, self.choice_editor,
                  self.list_editor):  # fmt: skip
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(w)
            column.addStretch(1)
            self.editors.addWidget(holder)
        self.new_label = QLabel(self.tr("&New value:"))
        self.problems.row(form, self.tr("&New value:"), self.editors, "value",
                          buddy=self.text_editor)  # fmt: skip
        self.reason = line_edit(self.tr("Why the record is being changed"))
        self.reason_label = self.problems.row(
            form, self.tr("&Why (required):"), self.reason, "reason"
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save the change"))
        self.save_button.setDefault(True)
        name_buttons(self.buttons)
        self.save_button.setAccessibleName(self.tr("Save the change"))
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        submit_shortcut(self, self.save)
        self.record.currentIndexChanged.connect(self._record_changed)
        self.field.currentIndexChanged.connect(self._field_changed)
        ctx.window.about_to_lock.connect(self.reject)
        if entity:
            for i in range(self.record.count()):
                if self.record.itemData(i) == (entity, entity_id):
                    self.record.setCurrentIndex(i)
                    break
        self._record_changed()

    # ---- choosing ----------------------------------------------------------------------------
    def _selected(self) -> tuple[str, int, Any]:
        index = max(0, self.record.currentIndex())
        ent, rid, _text, obj = self.records[index]
        return ent, rid, obj

    def _record_changed(self) -> None:
        ent, _rid, _obj = self._selected()
        self.field.blockSignals(True)
        self.field.clear()
        for name in fields_for(ent):
            self.field.addItem(field_label(ent, name), name)
        self.field.blockSignals(False)
        self._field_changed()

    def field_name(self) -> str:
        return str(self.field.currentData() or "")

    def kind(self) -> str:
        ent, _rid, _obj = self._selected()
        name = self.field_name()
        if (ent, name) in _DATETIME:
            return "datetime"
        if (ent, name) in _DATE:
            return "date"
        if name == "indicators":
            return "list"
        if (
            name in ("kind", "validation", "category", "immediate_danger")
            or (ent == "referral" and name == "outcome")
            or self._answer_field(name)
        ):
            return "choice"
        return "text"

    def _answer_field(self, name: str) -> bool:
        key = name.removeprefix("details.")
        fld = referral_fields.BY_KEY.get(key)
        return (
            name.startswith("details.")
            and fld is not None
            and (fld.kind is referral_fields.FieldKind.ANSWER)
        )

    def _field_changed(self) -> None:
        ent, _rid, obj = self._selected()
        name = self.field_name()
        value = current_value(obj, name)
        kind = self.kind()
        labels = self.labels.get("indicator", {}) if name == "indicators" else {}
        if name == "category":
            shown = self.labels.get("category", {}).get(value, value)
        elif name == "indicators":
            shown = ", ".join(labels.get(v, v) for v in value or []) or _tr("(blank)")
        elif self._answer_field(name):
            shown = answer_label(value) if value else _tr("(blank)")
        else:
            shown = show_value(value, ent, name)
        self.current.setText(str(shown))
        blank = value is None or value == "" or value == []
        self.reason_label.setText(
            self.tr("&Why (optional here):") if blank else self.tr("&Why (required):")
        )
        self.problems.clear()
        index = {"text": 0, "datetime": 1, "date": 2, "choice": 3, "list": 4}[kind]
        self.editors.setCurrentIndex(index)
        if kind == "text":
            self.text_editor.setPlainText(
                ""
                if value is None
                else str(value)
                if not isinstance(value, list)
                else "\n".join(value)
            )
        elif kind == "datetime":
            self.datetime_editor.set_value(
                value if isinstance(value, dt.datetime) else dt.datetime.now()
            )
        elif kind == "date":
            self.date_editor.set_value(value if isinstance(value, dt.date) else None)
        elif kind == "list":
            entries = self.labels.get("indicator", {})
            self.list_editor.set_items([("", list(entries.items()))])
            self.list_editor.set_value(value or [])
        else:
            self.choice_editor.clear()
            for code, text in self._choices(ent, name):
                self.choice_editor.addItem(text, code)
            found = self.choice_editor.findData(value if not isinstance(value, bool) else value)
            self.choice_editor.setCurrentIndex(max(0, found))
        buddy = self.editors.currentWidget().layout().itemAt(0).widget()  # type: ignore[union-attr]
        if buddy is not None:
            self.new_label.setBuddy(buddy)

    def _choices(self, ent: str, name: str) -> list[tuple[Any, str]]:
        if name == "kind":
            return [(k.value, kind_label(k)) for k in InformationKind]
        if name == "validation":
            return [(v.value, validation_label(v)) for v in Validation]
        if name == "category":
            return list(self.labels.get("category", {}).items())
        if name == "immediate_danger":
            return [(True, _tr("Yes")), (False, _tr("No"))]
        if ent == "referral" and name == "outcome":
            return [(o.value, referral_outcome_label(o)) for o in ReferralOutcome]
        return [("", _tr("(blank)")), *answer_options()]

    def new_value(self) -> Any:
        kind = self.kind()
        if kind == "text":
            return self.text_editor.toPlainText()
        if kind == "datetime":
            return self.datetime_editor.value()
        if kind == "date":
            try:
                return self.date_editor.value()
            except ValueError:
                raise InvalidInput(
                    [Requirement("value_invalid", self.tr("Type the date as dd/mm/yyyy."))]
                ) from None
        if kind == "list":
            return self.list_editor.value()
        data = self.choice_editor.currentData()
        return None if data == "" else data

    # ---- saving ------------------------------------------------------------------------------
    def save(self) -> None:
        if not self.ctx.active:
            return
        ent, rid, obj = self._selected()
        name = self.field_name()
        old = current_value(obj, name)
        blank = old is None or old == "" or old == []
        try:
            value = self.new_value()
            if blank and not self.reason.text().strip():
                amendment = cs.fill_in(self.ctx.vault, ent, rid, name, value)
            else:
                amendment = cs.amend(self.ctx.vault, ent, rid, name, value, self.reason.text())
        except KnownError as exc:
            self.problems.show(exc)
            return
        self.amended.emit(amendment)
        self.accept()


class HistoryStep(CaseStep):
    def __init__(self, ctx: PageContext, concern_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, concern_id, parent)
        self.entries: list[cs.HistoryEntry] = []
        self.labels: Mapping[str, Mapping[str, str]] = {}
        layout = self.start_column(self.tr("History of this concern"), self.tr(
            "Everything recorded about this concern, oldest first, with every amendment: the old "
            "value, the new one, who changed it, when and why."
        ))  # fmt: skip
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.model = RowsModel(
            [self.tr("When"), self.tr("What"), self.tr("Details"), self.tr("By")]
        )
        self.table = table_view(self.model, self.tr("History of this concern"), wrap=True)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.amend_button = push_button(
            self.tr("&Amend or add…"), self.tr("Amend or add to a saved record")
        )
        self.amend_button.setToolTip(
            self.tr("Change a saved record, keeping the old value, or fill in a blank field")
        )
        row.addWidget(self.amend_button)
        self.amend_hint = caption(
            self.tr(
                "Choose a line first to amend that record, or fill in a detail left blank "
                "(such as the details for a referral)."
            )
        )
        row.addWidget(self.amend_hint, 1)
        layout.addLayout(row)
        self.amend_button.clicked.connect(self.open_amend)
        self.dialog: AmendDialog | None = None

    def show_case(
        self, view: cs.CaseView, labels: Mapping[str, Mapping[str, str]] | None = None
    ) -> None:
        self.view = view
        if labels is not None:
            self.labels = labels
        self.amend_button.setVisible(view.can_edit)
        self.amend_hint.setVisible(view.can_edit)
        try:
            self.entries = cs.case_history(self.ctx.vault, view.id)
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return
        rows, ids, tips = [], [], []
        for n, e in enumerate(self.entries):
            when = fmt_date(e.at.date()) if e.date_only else fmt_datetime(e.at)
            summary, text = sentence(e, field_label, show_value)
            rows.append((when, summary, text, e.by))
            ids.append(n)
            tips.append(text)
        self.model.set_rows(rows, ids, tips)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(1, 300)

    def chosen_entry(self) -> cs.HistoryEntry | None:
        n = selected_id(self.table)
        return self.entries[n] if n is not None and 0 <= n < len(self.entries) else None

    def open_amend(self) -> AmendDialog | None:
        if self.view is None or not self.ctx.active:
            return None
        entry = self.chosen_entry()
        entity, entity_id = "", 0
        if entry is not None and entry.entity in AMENDABLE:
            entity, entity_id = entry.entity, entry.entity_id
        dialog = AmendDialog(self.ctx, self.view, entity, entity_id, self, labels=self.labels)
        dialog.amended.connect(lambda _id: self.changed.emit())
        self.dialog = dialog
        dialog.open()
        return dialog


__all__ = ["AmendDialog", "HistoryStep", "Stage"]
