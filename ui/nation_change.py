"""Asking before the school's nation changes: what happens to the training catalogue.

Settings shows the catalogue rows that will take the other nation's defaults (course titles,
refresh intervals, days allowed, notes) and the ones the school has changed, which are kept as
they are. The DSL chooses to move the defaults with the nation, to change the nation only, or
not to save.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from dsl_desktop.domain import Nation
from dsl_desktop.training.nation_defaults import DefaultsChange, FieldChange, RowChange
from ui.training.common import role_type_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("NationChange", text)


class Choice(Enum):
    WITH_DEFAULTS = "with_defaults"
    NATION_ONLY = "nation_only"
    CANCEL = "cancel"


def nation_name(nation: Nation) -> str:
    return _tr("Wales") if nation is Nation.WALES else _tr("England")


def _months(value: Any) -> str:
    if value is None:
        return _tr("once only")
    months = int(value)
    return _tr("every month") if months == 1 else _tr("every %1 months").replace("%1", str(months))


def _field(change: FieldChange) -> str:
    if change.field == "refresh_months":
        return (
            _tr("%1 instead of %2")
            .replace("%1", _months(change.after))
            .replace("%2", _months(change.before))
        )
    if change.field == "due_within_days":
        days = int(change.after or 0)
        if days == 1:
            return _tr("due within a day of starting")
        return _tr("due within %1 days of starting").replace("%1", str(days))
    names = {
        "title": _tr("new title \u201c%1\u201d"),
        "provider": _tr("new provider"),
        "delivery": _tr("new way of giving it"),
        "duration_minutes": _tr("new length"),
        "notes": _tr("new notes"),
        "basis": _tr("new reason"),
    }
    return names.get(change.field, change.field).replace("%1", str(change.after or ""))


def _row(row: RowChange) -> str:
    what = row.course_title
    if row.role_type is not None:
        what = _tr("%1, %2").replace("%1", role_type_label(row.role_type)).replace("%2", what)
    return "\u2022 " + what + ": " + "; ".join(_field(c) for c in row.changes)


def describe(plan: DefaultsChange) -> tuple[str, str]:
    """(a short summary, the full list) of what moving the defaults would do."""
    new, old = nation_name(plan.new), nation_name(plan.old)
    changed = len(plan.courses) + len(plan.requirements)
    kept = len(plan.kept_courses) + len(plan.kept_requirements)
    lines: list[str] = []
    if plan.courses:
        lines.append(_tr("Courses that change:"))
        lines += [_row(r) for r in plan.courses]
    if plan.requirements:
        lines.append(_tr("Who needs which course:"))
        lines += [_row(r) for r in plan.requirements]
    if plan.role_rules:
        lines.append(_tr("The job-title rules take the %1 defaults.").replace("%1", new))
    if plan.kept_courses or plan.kept_requirements or plan.kept_role_rules:
        lines.append(
            _tr("Kept as your school changed them (the %1 default is shown):").replace("%1", new)
        )
        lines += [_row(r) for r in (*plan.kept_courses, *plan.kept_requirements)]
        if plan.kept_role_rules:
            lines.append("\u2022 " + _tr("the job-title rules"))
    summary = (
        _tr("One training setting still holds the %1 defaults and would take the %2 ones.")
        if changed == 1
        else _tr(
            "%3 training settings still hold the %1 defaults and would take the %2 ones."
        ).replace("%3", str(changed))
    )
    summary = summary.replace("%1", old).replace("%2", new)
    if plan.role_rules:
        summary += " " + _tr("So would the job-title rules.")
    if kept or plan.kept_role_rules:
        left = kept + (1 if plan.kept_role_rules else 0)
        summary += " " + (
            _tr("One setting your school has changed stays as it is.")
            if left == 1
            else _tr("%1 settings your school has changed stay as they are.").replace(
                "%1", str(left)
            )
        )
    summary += " " + _tr("Choosing %1 again later puts its defaults back the same way.").replace(
        "%1", old
    )
    return summary, "\n".join(lines)


def ask(parent: QWidget, plan: DefaultsChange) -> Choice:
    """Ask whether the training defaults move with the nation (only asked when some would)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    wales = plan.new is Nation.WALES
    box.setWindowTitle(_tr("The school is in Wales") if wales else _tr("The school is in England"))
    box.setText(
        _tr("Use the training defaults for schools in Wales as well?")
        if wales
        else _tr("Use the training defaults for schools in England as well?")
    )
    summary, details = describe(plan)
    box.setInformativeText(summary)
    if details:
        box.setDetailedText(details)
    both = box.addButton(_tr("Change the nation and the &defaults"),
                         QMessageBox.ButtonRole.AcceptRole)  # fmt: skip
    only = box.addButton(_tr("Change the &nation only"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(both)
    box.exec()
    clicked = box.clickedButton()
    if clicked is both:
        return Choice.WITH_DEFAULTS
    if clicked is only:
        return Choice.NATION_ONLY
    return Choice.CANCEL
