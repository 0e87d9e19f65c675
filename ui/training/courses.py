"""The school's own course list, who needs which course, and the job-title rules that suggest
role types. Editable by the DSL, deputies and the training administrator; read by reviewers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db.errors import KnownError
from dsl_desktop.domain import RoleType
from dsl_desktop.services import training
from dsl_desktop.services.training import (
    CourseEntry,
    CourseInput,
    RequirementEntry,
    RequirementInput,
)
from ui.errors import error_text
from ui.pages import PageContext
from ui.shared.builders import add_form_rows, banner_column, push_button
from ui.shared.framing import pick_table
from ui.shared.layouts import ColumnFitter, FlowLayout
from ui.training.common import role_type_label, role_types_text
from ui.widgets import caption


def _spin(accessible: str, low: int, high: int, none_text: str) -> QSpinBox:
    """A number box whose lowest value stands for "none" (shown as ``none_text``)."""
    box = QSpinBox()
    box.setRange(low - 1, high)
    box.setSpecialValueText(none_text)
    box.setAccessibleName(accessible)
    return box


def _spin_value(box: QSpinBox) -> int | None:
    return None if box.value() == box.minimum() else box.value()


def _set_spin(box: QSpinBox, value: int | None) -> None:
    box.setValue(box.minimum() if value is None else value)


def _table(headers: list[str], accessible: str) -> QTableWidget:
    table = pick_table(headers, accessible)
    ColumnFitter(table, give_way=(tuple(range(len(headers))),))
    return table


def _selected_row(table: QTableWidget) -> int | None:
    rows = table.selectionModel().selectedRows()
    return rows[0].row() if rows else None


class CourseDialog(QDialog):
    def __init__(
        self,
        ctx: PageContext,
        course: CourseEntry | None,
        all_courses: list[CourseEntry],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.course = course
        self.saved: CourseEntry | None = None
        title = self.tr("Add a course") if course is None else self.tr("Edit a course")
        layout, self.banner = banner_column(self, title)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Course title"))
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Course code"))
        self.code.setPlaceholderText(self.tr("for example prevent_awareness"))
        self.provider = QLineEdit()
        self.provider.setAccessibleName(self.tr("Provider"))
        self.delivery = QLineEdit()
        self.delivery.setAccessibleName(self.tr("How it is delivered"))
        self.duration = _spin(self.tr("Length in minutes"), 1, 1200, self.tr("not known"))
        self.duration.setSuffix(self.tr(" minutes"))
        self.refresh = _spin(self.tr("Refresh every"), 1, 1200, self.tr("once only"))
        self.refresh.setSuffix(self.tr(" months"))
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Course notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.counts_as = QListWidget()
        self.counts_as.setAccessibleName(self.tr("Completing it also counts as"))
        self.counts_as.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        for other in all_courses:
            if course is not None and other.id == course.id:
                continue
            item = QListWidgetItem(other.title)
            item.setData(Qt.ItemDataRole.UserRole, other.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = course is not None and other.code in course.counts_as
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.counts_as.addItem(item)
        self.active = QCheckBox(self.tr("In &use (untick to retire the course; records stay)"))
        self.active.setAccessibleName(self.tr("Course in use"))
        self.active.setChecked(True)
        add_form_rows(
            form,
            (self.tr("&Title:"), self.title_edit),
            (self.tr("&Code:"), self.code),
            (self.tr("&Provider:"), self.provider),
            (self.tr("&Delivery:"), self.delivery),
            (self.tr("&Length:"), self.duration),
            (self.tr("&Refresh:"), self.refresh),
            (self.tr("Also c&ounts as:"), self.counts_as),
            (self.tr("&Notes:"), self.notes),
        )
        form.addRow("", self.active)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if course is not None:
            self.title_edit.setText(course.title)
            self.code.setText(course.code)
            self.provider.setText(course.provider)
            self.delivery.setText(course.delivery)
            _set_spin(self.duration, course.duration_minutes)
            _set_spin(self.refresh, course.refresh_months)
            self.notes.setPlainText(course.notes)
            self.active.setChecked(course.active)

    def save(self) -> None:
        self.banner.clear()
        counts_as = tuple(
            str(self.counts_as.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.counts_as.count())
            if self.counts_as.item(i).checkState() == Qt.CheckState.Checked
        )
        data = CourseInput(
            code=self.code.text(),
            title=self.title_edit.text(),
            provider=self.provider.text(),
            delivery=self.delivery.text(),
            duration_minutes=_spin_value(self.duration),
            refresh_months=_spin_value(self.refresh),
            notes=self.notes.toPlainText(),
            counts_as=counts_as,
            active=self.active.isChecked(),
        )
        try:
            self.saved = training.save_course(
                self.ctx.vault, data, None if self.course is None else self.course.id
            )
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return
        self.accept()


class RequirementDialog(QDialog):
    def __init__(
        self,
        ctx: PageContext,
        requirement: RequirementEntry | None,
        courses: list[CourseEntry],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.requirement = requirement
        self.saved: RequirementEntry | None = None
        title = (
            self.tr("Add a requirement") if requirement is None else self.tr("Edit a requirement")
        )
        layout, self.banner = banner_column(self, title)
        form = QFormLayout()
        self.role_type = QComboBox()
        self.role_type.setAccessibleName(self.tr("Role type"))
        for rt in RoleType:
            self.role_type.addItem(role_type_label(rt), rt.value)
        self.course = QComboBox()
        self.course.setAccessibleName(self.tr("Course needed"))
        for course in courses:
            self.course.addItem(course.title, course.id)
        self.due_within = QSpinBox()
        self.due_within.setRange(0, 3650)
        self.due_within.setSuffix(self.tr(" days after starting"))
        self.due_within.setAccessibleName(self.tr("Due within days of starting"))
        self.refresh = _spin(self.tr("Refresh every"), 1, 1200, self.tr("as the course says"))
        self.refresh.setSuffix(self.tr(" months"))
        self.basis = QPlainTextEdit()
        self.basis.setAccessibleName(self.tr("Why this is required"))
        self.basis.setTabChangesFocus(True)
        self.basis.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        add_form_rows(
            form,
            (self.tr("&Role type:"), self.role_type),
            (self.tr("&Course:"), self.course),
            (self.tr("&Due within:"), self.due_within),
            (self.tr("Re&fresh:"), self.refresh),
            (self.tr("&Why:"), self.basis),
        )
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if requirement is not None:
            self.role_type.setCurrentIndex(self.role_type.findData(requirement.role_type.value))
            self.course.setCurrentIndex(self.course.findData(requirement.course_id))
            self.due_within.setValue(requirement.due_within_days)
            _set_spin(self.refresh, requirement.refresh_months)
            self.basis.setPlainText(requirement.basis)
        else:
            self.due_within.setValue(30)

    def save(self) -> None:
        self.banner.clear()
        course_id = self.course.currentData()
        if not isinstance(course_id, int):
            self.banner.show_message(self.tr("Choose the course."))
            return
        data = RequirementInput(
            role_type=RoleType(str(self.role_type.currentData())),
            course_id=course_id,
            due_within_days=self.due_within.value(),
            refresh_months=_spin_value(self.refresh),
            basis=self.basis.toPlainText(),
        )
        try:
            self.saved = training.save_requirement(
                self.ctx.vault, data, None if self.requirement is None else self.requirement.id
            )
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return
        self.accept()


class RuleDialog(QDialog):
    """One job-title rule: a pattern, an optional exception, and the role types it gives."""

    def __init__(self, rule: dict[str, Any] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rule: dict[str, Any] | None = None
        title = self.tr("Job-title rule")
        layout, self.banner = banner_column(self, title)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.pattern = QLineEdit()
        self.pattern.setAccessibleName(self.tr("Job titles this rule matches"))
        self.unless = QLineEdit()
        self.unless.setAccessibleName(self.tr("Unless the job title matches"))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note about the rule"))
        add_form_rows(
            form,
            (self.tr("&Matches:"), self.pattern),
            (self.tr("&Unless:"), self.unless),
            (self.tr("&Note:"), self.note),
        )
        layout.addLayout(form)
        layout.addWidget(
            caption(
                self.tr(
                    "Patterns are regular expressions matched anywhere in the job title, "
                    "ignoring case: “teacher|tutor” matches either word."
                )
            )
        )
        box = QGroupBox(self.tr("Role types it suggests"))
        grid = QGridLayout(box)
        self.boxes: dict[RoleType, QCheckBox] = {}
        for i, rt in enumerate(RoleType):
            check = QCheckBox(role_type_label(rt))
            check.setAccessibleName(self.tr("Suggest %1").replace("%1", role_type_label(rt)))
            grid.addWidget(check, i // 2, i % 2)
            self.boxes[rt] = check
        layout.addWidget(box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if rule is not None:
            self.pattern.setText(str(rule.get("pattern", "")))
            self.unless.setText(str(rule.get("unless", "") or ""))
            self.note.setText(str(rule.get("note", "")))
            for rt, check in self.boxes.items():
                check.setChecked(rt.value in rule.get("role_types", []))

    def check(self) -> None:
        from dsl_desktop.training.roles import make_rule

        types = [rt.value for rt, check in self.boxes.items() if check.isChecked()]
        unless = self.unless.text().strip() or None
        try:
            make_rule(self.pattern.text(), types, unless, self.note.text())
        except ValueError as exc:
            self.banner.show_message(str(exc))
            return
        self.rule = {"pattern": self.pattern.text().strip(), "role_types": types,
                     "note": self.note.text().strip()}  # fmt: skip
        if unless:
            self.rule["unless"] = unless
        self.accept()


class CoursesTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: PageContext, can_edit: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_edit = can_edit
        self.courses: list[CourseEntry] = []
        self.requirements: list[RequirementEntry] = []
        self.rules: dict[str, Any] = {}
        layout, self.banner = banner_column(self)
        sections = QTabWidget()
        sections.setAccessibleName(self.tr("Courses, requirements and job-title rules"))
        sections.setDocumentMode(True)
        layout.addWidget(sections, 1)
        self.sections = sections

        # Courses
        courses_box = QWidget()
        courses_layout = QVBoxLayout(courses_box)
        self.course_table = _table(
            [self.tr("Course"), self.tr("Provider"), self.tr("Delivery"), self.tr("Refresh"),
             self.tr("In use")],
            self.tr("Courses"),
        )  # fmt: skip
        courses_layout.addWidget(self.course_table)
        row = QHBoxLayout()
        row.addStretch(1)
        self.add_course = push_button(self.tr("Add &course…"), self.tr("Add a course"))
        self.edit_course = push_button(
            self.tr("Edit c&ourse…"), self.tr("Edit the selected course")
        )
        row.addWidget(self.add_course)
        row.addWidget(self.edit_course)
        courses_layout.addLayout(row)
        sections.addTab(courses_box, self.tr("Co&urses"))

        # Requirements
        req_box = QWidget()
        req_layout = QVBoxLayout(req_box)
        self.req_table = _table(
            [self.tr("Role type"), self.tr("Course"), self.tr("Due after starting"),
             self.tr("Refresh"), self.tr("Why")],
            self.tr("Training requirements"),
        )  # fmt: skip
        req_layout.addWidget(self.req_table)
        due_row = FlowLayout()
        due_label = QLabel(self.tr("Warn &this many days before training is due:"))
        self.due_soon = QSpinBox()
        self.due_soon.setRange(0, 365)
        self.due_soon.setAccessibleName(self.tr("Days of warning before training is due"))
        due_label.setBuddy(self.due_soon)
        self.save_due_soon = push_button(self.tr("Sa&ve"), self.tr("Save the warning period"))
        due_row.addWidget(due_label)
        due_row.addWidget(self.due_soon)
        due_row.addWidget(self.save_due_soon)
        due_row.addStretch(1)
        req_layout.addLayout(due_row)
        row = QHBoxLayout()  # the buttons on a row of their own: Welsh is longer
        row.addStretch(1)
        self.add_req = push_button(self.tr("Add re&quirement…"), self.tr("Add a requirement"))
        self.edit_req = push_button(
            self.tr("Edit requ&irement…"), self.tr("Edit the selected requirement")
        )
        self.remove_req = push_button(
            self.tr("Re&move requirement"), self.tr("Remove the selected requirement")
        )
        for button in (self.add_req, self.edit_req, self.remove_req):
            row.addWidget(button)
        req_layout.addLayout(row)
        sections.addTab(req_box, self.tr("&Who needs which course"))

        # Job-title rules
        rules_box = QWidget()
        rules_layout = QVBoxLayout(rules_box)
        rules_layout.addWidget(
            caption(
                self.tr(
                    "These rules suggest role types from a job title, for new staff in an "
                    "import and for “Suggest from job title”. Every matching rule adds its role "
                    "types; the DSL confirms each person's role types on the Register."
                )
            )
        )
        self.rule_table = _table(
            [self.tr("Matches"), self.tr("Unless"), self.tr("Suggests"), self.tr("Note")],
            self.tr("Job-title rules"),
        )
        rules_layout.addWidget(self.rule_table)
        fallback_label = QLabel(self.tr("When no rule matches, suggest:"))
        rules_layout.addWidget(fallback_label)
        # Three to a row, so the seven role types fit a 1024-pixel window in Welsh too.
        boxes = QGridLayout()
        self.fallback_boxes: dict[RoleType, QCheckBox] = {}
        for i, rt in enumerate(RoleType):
            check = QCheckBox(role_type_label(rt))
            check.setAccessibleName(
                self.tr("When no rule matches, suggest %1").replace("%1", role_type_label(rt))
            )
            boxes.addWidget(check, i // 3, i % 3)
            self.fallback_boxes[rt] = check
        boxes.setColumnStretch(3, 1)
        rules_layout.addLayout(boxes)
        rule_row = FlowLayout(align_right=True)
        self.add_rule = push_button(self.tr("Add r&ule…"), self.tr("Add a job-title rule"))
        self.edit_rule = push_button(
            self.tr("Edit ru&le…"), self.tr("Edit the selected job-title rule")
        )
        self.remove_rule = push_button(
            self.tr("Remove rul&e"), self.tr("Remove the selected job-title rule")
        )
        self.save_rules = push_button(self.tr("&Save rules"), self.tr("Save the job-title rules"))
        for button in (self.add_rule, self.edit_rule, self.remove_rule, self.save_rules):
            rule_row.addWidget(button)
        rules_layout.addLayout(rule_row)
        sections.addTab(rules_box, self.tr("&Job-title rules"))

        self.edit_buttons = (
            self.add_course, self.edit_course, self.add_req, self.edit_req, self.remove_req,
            self.save_due_soon, self.add_rule, self.edit_rule, self.remove_rule, self.save_rules,
        )  # fmt: skip
        for button in self.edit_buttons:
            button.setVisible(can_edit)
        self.due_soon.setEnabled(can_edit)
        for check in self.fallback_boxes.values():
            check.setEnabled(can_edit)

        self.add_course.clicked.connect(lambda: self.open_course(None))
        self.edit_course.clicked.connect(self._edit_selected_course)
        self.add_req.clicked.connect(lambda: self.open_requirement(None))
        self.edit_req.clicked.connect(self._edit_selected_requirement)
        self.remove_req.clicked.connect(self.remove_requirement)
        self.save_due_soon.clicked.connect(self.store_due_soon)
        self.add_rule.clicked.connect(lambda: self.open_rule(None))
        self.edit_rule.clicked.connect(self._edit_selected_rule)
        self.remove_rule.clicked.connect(self.delete_rule)
        self.save_rules.clicked.connect(self.store_rules)
        if can_edit:
            self.course_table.doubleClicked.connect(self._edit_selected_course)
            self.req_table.doubleClicked.connect(self._edit_selected_requirement)
            self.rule_table.doubleClicked.connect(self._edit_selected_rule)

    # ---- loading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.ctx.active:
            return
        try:
            self.courses = training.list_courses(self.ctx.vault)
            self.requirements = training.list_requirements(self.ctx.vault)
            self.rules = training.role_rules_data(self.ctx.vault)
            due_soon = training.due_soon_days(self.ctx.vault)
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return
        self.due_soon.setValue(due_soon)
        self._fill_courses()
        self._fill_requirements()
        self._fill_rules()

    def _months(self, months: int | None) -> str:
        if months is None:
            return self.tr("once only")
        if months % 12 == 0:
            years = months // 12
            return (
                self.tr("every year")
                if years == 1
                else self.tr("every %1 years").replace("%1", str(years))
            )
        return self.tr("every %1 months").replace("%1", str(months))

    def _fill(self, table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(value))
        fitter = table.findChild(ColumnFitter)
        if fitter is not None:
            fitter.fit()

    def _fill_courses(self) -> None:
        self._fill(
            self.course_table,
            [[c.title, c.provider, c.delivery, self._months(c.refresh_months),
              self.tr("Yes") if c.active else self.tr("Retired")] for c in self.courses],
        )  # fmt: skip

    def _fill_requirements(self) -> None:
        order = {rt: i for i, rt in enumerate(RoleType)}
        self.requirements.sort(key=lambda r: (order[r.role_type], r.course_title))
        self._fill(
            self.req_table,
            [[role_type_label(r.role_type), r.course_title,
              self.tr("%1 days").replace("%1", str(r.due_within_days)),
              self._months(r.effective_refresh_months), r.basis.replace("\n", " ")]
             for r in self.requirements],
        )  # fmt: skip

    def _fill_rules(self) -> None:
        rules = [r for r in self.rules.get("rules", []) if isinstance(r, dict)]
        self._fill(
            self.rule_table,
            [[str(r.get("pattern", "")), str(r.get("unless", "") or ""),
              role_types_text(frozenset(RoleType(v) for v in r.get("role_types", [])
                                        if v in RoleType._value2member_map_)),
              str(r.get("note", ""))] for r in rules],
        )  # fmt: skip
        fallback = set(self.rules.get("fallback", []))
        for rt, check in self.fallback_boxes.items():
            check.setChecked(rt.value in fallback)

    # ---- courses ------------------------------------------------------------------------------
    def _edit_selected_course(self) -> None:
        row = _selected_row(self.course_table)
        if row is not None and row < len(self.courses):
            self.open_course(self.courses[row])

    def open_course(self, course: CourseEntry | None) -> None:
        if not self.can_edit:
            return
        dialog = CourseDialog(self.ctx, course, self.courses, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.banner.show_message(
                self.tr("Saved the course “%1”.").replace("%1", dialog.saved.title), error=False
            )
            self.refresh()
            self.changed.emit()

    # ---- requirements --------------------------------------------------------------------------
    def _edit_selected_requirement(self) -> None:
        row = _selected_row(self.req_table)
        if row is not None and row < len(self.requirements):
            self.open_requirement(self.requirements[row])

    def open_requirement(self, requirement: RequirementEntry | None) -> None:
        if not self.can_edit:
            return
        dialog = RequirementDialog(self.ctx, requirement, self.courses, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.banner.show_message(self.tr("Saved the requirement."), error=False)
            self.refresh()
            self.changed.emit()

    def remove_requirement(self) -> None:
        row = _selected_row(self.req_table)
        if row is None or row >= len(self.requirements):
            return
        requirement = self.requirements[row]
        answer = QMessageBox.question(
            self,
            self.tr("Remove this requirement?"),
            self.tr("Staff with the role type %1 will no longer need %2.")
            .replace("%1", role_type_label(requirement.role_type))
            .replace("%2", requirement.course_title),
        )
        if answer != QMessageBox.StandardButton.Yes or not self.ctx.active:
            return
        try:
            training.remove_requirement(self.ctx.vault, requirement.id)
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return
        self.banner.show_message(self.tr("Removed the requirement."), error=False)
        self.refresh()
        self.changed.emit()

    def store_due_soon(self) -> None:
        try:
            training.set_due_soon_days(self.ctx.vault, self.due_soon.value())
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return
        self.banner.show_message(self.tr("Saved the warning period."), error=False)
        self.changed.emit()

    # ---- job-title rules -------------------------------------------------------------------------
    def _rule_list(self) -> list[dict[str, Any]]:
        return [r for r in self.rules.get("rules", []) if isinstance(r, dict)]

    def _edit_selected_rule(self) -> None:
        row = _selected_row(self.rule_table)
        if row is not None and row < len(self._rule_list()):
            self.open_rule(row)

    def open_rule(self, row: int | None) -> None:
        if not self.can_edit:
            return
        rules = self._rule_list()
        dialog = RuleDialog(None if row is None else rules[row], self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.rule is None:
            return
        if row is None:
            rules.append(dialog.rule)
        else:
            rules[row] = dialog.rule
        self.rules["rules"] = rules
        self._fill_rules()
        self.banner.show_message(
            self.tr("Rule changed. Save the rules to keep the change."), error=False
        )

    def delete_rule(self) -> None:
        row = _selected_row(self.rule_table)
        rules = self._rule_list()
        if row is None or row >= len(rules):
            return
        del rules[row]
        self.rules["rules"] = rules
        self._fill_rules()

    def store_rules(self) -> None:
        data = dict(self.rules)
        data["fallback"] = [rt.value for rt, c in self.fallback_boxes.items() if c.isChecked()]
        try:
            training.save_role_rules(self.ctx.vault, data)
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return
        self.banner.show_message(
            self.tr(
                "Saved the job-title rules. They are used for new staff and for “Suggest from "
                "job title”; nobody's role types were changed."
            ),
            error=False,
        )
        self.refresh()
