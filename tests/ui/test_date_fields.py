"""The app's one optional-date field (ui/shared/date_fields.OptionalDateEdit), driven as a user
would: typed, chosen from the calendar with the keyboard, emptied."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QTableView, QWidget

from ui.shared.date_fields import OptionalDateEdit, add_labelled

_HOSTS: list[QWidget] = []  # kept alive for the test (qtbot closes them)


def _field(qtbot: Any) -> tuple[OptionalDateEdit, list[dt.date | None]]:
    host = QWidget()
    _HOSTS[:] = [host]
    qtbot.addWidget(host)
    row = QHBoxLayout(host)
    field = OptionalDateEdit("Noticed from")
    label = add_labelled(row, "Noticed &from", field)
    assert label.buddy() is field
    seen: list[dt.date | None] = []
    field.changed.connect(lambda: seen.append(field.date_or_none()))
    host.show()
    return field, seen


def test_typing_changes_the_date_only_when_it_is_one(qtbot: Any) -> None:
    field, seen = _field(qtbot)
    qtbot.keyClicks(field, "1/9/202")
    assert seen == [] and field.date_or_none() is None
    with pytest.raises(ValueError):
        field.value()
    qtbot.keyClicks(field, "5")
    assert seen == [dt.date(2025, 9, 1)]
    qtbot.keyClicks(field, "5")  # "1/9/20255": not a date, so nothing changes
    assert seen == [dt.date(2025, 9, 1)]
    field.clear()
    assert seen[-1] is None and field.value() is None
    field.setText("31/02/2025")
    assert seen[-1] is None and field.date_or_none() is None


# A popup asks the window system to raise it and grab the keyboard; offscreen Qt cannot.
OFFSCREEN_POPUP = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@OFFSCREEN_POPUP
def test_the_calendar_opens_from_the_keyboard_and_chooses_a_day(qtbot: Any) -> None:
    field, seen = _field(qtbot)
    field.set_value(dt.date(2026, 3, 14))
    assert field.text() == "14/03/2026" and seen == [dt.date(2026, 3, 14)]
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = field.findChild(QCalendarWidget)
    assert calendar is not None and calendar.isVisible()
    assert calendar.selectedDate() == QDate(2026, 3, 14)
    days = calendar.findChild(QTableView)  # the grid of days takes the keys
    qtbot.keyClick(days, Qt.Key.Key_Right)  # the next day, then Enter chooses it
    qtbot.keyClick(days, Qt.Key.Key_Return)
    assert field.value() == dt.date(2026, 3, 15) and seen[-1] == dt.date(2026, 3, 15)
    assert not calendar.isVisible()


@OFFSCREEN_POPUP
def test_the_calendar_button_and_escape_leave_the_date_alone(qtbot: Any) -> None:
    field, seen = _field(qtbot)
    field.calendar_action.trigger()
    calendar = field.findChild(QCalendarWidget)
    assert calendar is not None and calendar.isVisible()
    assert calendar.selectedDate() == QDate.currentDate()
    qtbot.keyClick(calendar.findChild(QTableView), Qt.Key.Key_Escape)
    assert not calendar.isVisible() and field.text() == "" and seen == []
