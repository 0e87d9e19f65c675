"""Dates on screen: shown in the locale's format, typed in by hand, and the date fields."""

from __future__ import annotations

import datetime as dt
import re
from typing import cast

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QLineEdit,
    QSizePolicy,
    QWidget,
)

from ui.dates import date_format, show_date, show_datetime, time_format


# ---- dates --------------------------------------------------------------------------------
def fmt_datetime(value: dt.datetime | None) -> str:
    return show_datetime(value)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Concerns", text)


def fmt_date(value: dt.date | None) -> str:
    return show_date(value)


_DATE_PATTERNS = (
    re.compile(r"^(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})$"),
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})$"),
)


def parse_date(text: str) -> dt.date | None:
    """A date typed as dd/mm/yyyy (or yyyy-mm-dd); None when empty; ValueError when not a date."""
    text = text.strip()
    if not text:
        return None
    for pattern in _DATE_PATTERNS:
        match = pattern.match(text)
        if match:
            return dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
    raise ValueError(text)


def now_minute() -> dt.datetime:
    return dt.datetime.now().replace(second=0, microsecond=0)


class DateTimeEdit(QDateTimeEdit):
    """A date and time, with a calendar, to the minute. Starts at the current time."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(f"{date_format()} {time_format()}")
        self.setAccessibleName(accessible_name)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.set_value(now_minute())

    def value(self) -> dt.datetime:
        moment = cast(dt.datetime, self.dateTime().toPython())
        return moment.replace(second=0, microsecond=0)

    def set_value(self, value: dt.datetime) -> None:
        self.setDateTime(QDateTime(value.replace(second=0, microsecond=0)))  # type: ignore[call-overload]


class OptionalDateEdit(QLineEdit):
    """A date typed as dd/mm/yyyy that may be left empty."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(_tr("dd/mm/yyyy"))
        self.setAccessibleName(accessible_name)
        self.setMaxLength(20)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00/00/00000") + 40)

    def value(self) -> dt.date | None:
        """The date, or None when empty. ValueError when the text is not a date."""
        return parse_date(self.text())

    def set_value(self, value: dt.date | None) -> None:
        self.setText(fmt_date(value))
