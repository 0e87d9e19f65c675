"""Dates on screen: shown in the locale's format, typed in by hand, and the date fields."""

from __future__ import annotations

import datetime as dt
import re
from typing import cast

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCalendarWidget,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QWidget,
)

from ui.dates import date_format, show_date, show_datetime, time_format
from ui.labels import icon


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
    """The app's one optional date: typed as dd/mm/yyyy, or chosen from a calendar (the button
    at its end, or Alt+Down), and left empty for "no date".

    ``changed`` fires when the text becomes a date or empty, not while it is half typed, so a
    filter can follow the field as the user types.
    """

    changed = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(_tr("dd/mm/yyyy"))
        self.setAccessibleName(accessible_name)
        self.setMaxLength(20)
        self.calendar_action = QAction(icon("calendar.svg"), _tr("Calendar"), self)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip(_tr("Choose the date from a calendar (Alt+Down)"))
        self.calendar_action.triggered.connect(self.open_calendar)
        icon_room = self.fontMetrics().height() + 16
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00/00/00000") + 40 + icon_room)
        self.textChanged.connect(self._text_changed)

    def value(self) -> dt.date | None:
        """The date, or None when empty. ValueError when the text is not a date."""
        return parse_date(self.text())

    def set_value(self, value: dt.date | None) -> None:
        self.setText(fmt_date(value))

    def date_or_none(self) -> dt.date | None:
        """The date, or None when empty or not (yet) a date: what a filter goes by."""
        try:
            return self.value()
        except ValueError:
            return None

    def _text_changed(self) -> None:
        try:
            self.value()
        except ValueError:
            return
        self.changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> QCalendarWidget:
        """A calendar under the field, on the date typed (else today); choosing a day (click, or
        Enter) puts it in the field, Escape leaves the field as it was."""
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        calendar.setGridVisible(True)
        calendar.setAccessibleName(self.accessibleName())
        try:
            current = self.value()
        except ValueError:
            current = None
        if current is not None:
            calendar.setSelectedDate(QDate(current.year, current.month, current.day))

        def chosen(day: QDate) -> None:
            self.set_value(dt.date(day.year(), day.month(), day.day()))
            calendar.close()
            self.setFocus()

        calendar.activated.connect(chosen)
        calendar.clicked.connect(chosen)
        calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        calendar.show()
        calendar.setFocus()
        return calendar


def add_labelled(row: QBoxLayout, text: str, field: QWidget) -> QLabel:
    """A label (its ``&`` key moves to ``field``) and the field, side by side in ``row``."""
    label = QLabel(text)
    label.setBuddy(field)
    # The underlined letter is drawn apart from the next one ("&To"), so without their kerning:
    # room for the letters one by one, else the last one is cut.
    plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    metrics = label.fontMetrics()
    label.setMinimumWidth(sum(metrics.horizontalAdvance(c) for c in plain))
    row.addWidget(label)
    row.addWidget(field)
    return label
