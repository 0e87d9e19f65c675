"""Pieces shared by the Training tabs: translated labels, status colours, a date field."""

from __future__ import annotations

import datetime as dt
import textwrap

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QDateEdit, QWidget

from dsl_desktop.domain import RoleType, TrainingStatus
from dsl_desktop.training.importer import StaffField, parse_date
from ui.dates import date_format, show_date
from ui.shared.date_fields import OptionalDateEdit
from ui.theme import blend, high_contrast


def _tr(text: str) -> str:
    return QCoreApplication.translate("Training", text)


def role_type_label(role_type: RoleType) -> str:
    labels = {
        RoleType.ESSENTIAL: _tr("Essential awareness"),
        RoleType.ALERTER: _tr("Alerter"),
        RoleType.RESPONDER: _tr("Responder"),
        RoleType.DECISION_MAKER: _tr("Decision maker"),
        RoleType.GOVERNANCE: _tr("Governance"),
        RoleType.DSL: _tr("DSL"),
        RoleType.DEPUTY_DSL: _tr("Deputy DSL"),
    }
    return labels[role_type]


def role_type_help(role_type: RoleType) -> str:
    """Who the role type is for (domain.md §5), shown as a tooltip beside each checkbox."""
    texts = {
        RoleType.ESSENTIAL: _tr("Volunteers and visitors: what Prevent is and how to report."),
        RoleType.ALERTER: _tr(
            "All paid and unpaid staff: the signs to notice, how to report and record."
        ),
        RoleType.RESPONDER: _tr(
            "DSLs, deputies, pastoral leads and teachers doing direct work with a pupil."
        ),
        RoleType.DECISION_MAKER: _tr("The DSL, the head and managers who decide on referrals."),
        RoleType.GOVERNANCE: _tr("Governors, trustees and senior leaders."),
        RoleType.DSL: _tr("The designated safeguarding lead."),
        RoleType.DEPUTY_DSL: _tr("A deputy designated safeguarding lead."),
    }
    return texts[role_type]


def role_types_text(role_types: tuple[RoleType, ...] | frozenset[RoleType]) -> str:
    ordered = [rt for rt in RoleType if rt in role_types]
    return ", ".join(role_type_label(rt) for rt in ordered)


def status_label(status: TrainingStatus) -> str:
    labels = {
        TrainingStatus.COMPLIANT: _tr("In date"),
        TrainingStatus.DUE_SOON: _tr("Due soon"),
        TrainingStatus.OVERDUE: _tr("Overdue"),
        TrainingStatus.NEVER_DONE: _tr("Never done"),
        TrainingStatus.NOT_REQUIRED: _tr("Not required"),
    }
    return labels[status]


def status_mark(status: TrainingStatus) -> str:
    """A mark that tells the statuses apart without colour."""
    return {
        TrainingStatus.COMPLIANT: "\u2713",
        TrainingStatus.DUE_SOON: "!",
        TrainingStatus.OVERDUE: "\u2717",
        TrainingStatus.NEVER_DONE: "\u2717",
        TrainingStatus.NOT_REQUIRED: "\u2013",
    }[status]


def status_text(status: TrainingStatus) -> str:
    if status is TrainingStatus.NOT_REQUIRED:
        return status_mark(status)
    return f"{status_mark(status)} {status_label(status)}"


_HUES = {
    TrainingStatus.COMPLIANT: 120,
    TrainingStatus.DUE_SOON: 40,
    TrainingStatus.OVERDUE: 0,
    TrainingStatus.NEVER_DONE: 330,
}


def status_background(status: TrainingStatus, palette: QPalette) -> QColor | None:
    """A tint of the palette's base colour (so it suits light and dark themes); the status is
    also always written out, so the colour is never the only sign."""
    hue = _HUES.get(status)
    if hue is None or high_contrast():
        return None  # a high-contrast theme's own colours are kept
    base = palette.color(QPalette.ColorRole.Base)
    dark = base.lightness() < 128
    tint = QColor.fromHsl(hue, 170, 90 if dark else 150)
    return blend(base, tint, 0.45 if dark else 0.35)


def field_label(fld: StaffField) -> str:
    labels = {
        StaffField.STAFF_CODE: _tr("Staff code"),
        StaffField.TITLE: _tr("Title"),
        StaffField.FORENAME: _tr("Forename"),
        StaffField.MIDDLE_NAME: _tr("Middle name"),
        StaffField.PREFERRED_NAME: _tr("Preferred name"),
        StaffField.SURNAME: _tr("Surname"),
        StaffField.EMAIL: _tr("Email address"),
        StaffField.JOB_TITLE: _tr("Job title"),
        StaffField.START_DATE: _tr("Start date"),
        StaffField.LEFT_DATE: _tr("Leaving date"),
    }
    return labels[fld]


def uk_date(value: dt.date | None) -> str:
    return show_date(value)


def short_title(title: str, width: int = 18) -> str:
    """A course title folded onto short lines for a column header."""
    return "\n".join(textwrap.wrap(title, width=width)) or title


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class DateField(OptionalDateEdit):
    """The app's optional date field, read the way staff lists are: also "1 Sep 2015", and
    with the reason when the text is not a date (an unknown start date may be left empty)."""

    def set_date(self, value: dt.date | None) -> None:
        self.set_value(value)

    def date_or_problem(self) -> dt.date | None | str:
        """The date, None when empty, or why the text is not a date."""
        return parse_date(self.text())


class CompletionDateEdit(QDateEdit):
    """A completion date: today by default, never later than today, with a calendar."""

    date_chosen = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_format())
        self.setMinimumDate(QDate(1950, 1, 1))
        self.setMaximumDate(QDate.currentDate())
        self.setDate(QDate.currentDate())
        self.setAccessibleName(accessible_name)
        self.dateChanged.connect(self.date_chosen)

    def value(self) -> dt.date:
        return from_qdate(self.date())


ALIGN_CENTRE = Qt.AlignmentFlag.AlignCenter
