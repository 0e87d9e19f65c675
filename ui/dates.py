"""The one date format and the one date-and-time format used on every screen.

Both follow the computer's locale (the Welsh locale when the app is in Welsh), always with a
four-digit year. A computer with no locale set (the "C" locale of a bare system) gets the
British formats, as the app is for schools in England and Wales.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def locale() -> QLocale:
    found = QLocale()
    if found.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return found


def date_format() -> str:
    """The locale's short date format, with a four-digit year ("dd/MM/yyyy" in the UK)."""
    pattern = locale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def time_format() -> str:
    return locale().timeFormat(QLocale.FormatType.ShortFormat)


def show_date(value: dt.date | None) -> str:
    """A date as the locale writes it ("14/03/2026"); empty for None."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    return locale().toString(QDate(value.year, value.month, value.day), date_format())


def show_datetime(value: dt.datetime | None) -> str:
    """A moment as the locale writes it ("14/03/2026 10:41"); empty for None."""
    if value is None:
        return ""
    moment = QDateTime(
        QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second)
    )
    return locale().toString(moment, f"{date_format()} {time_format()}")


def show_iso(text: str | None) -> str:
    """An ISO date or date-time text ("2026-03-14", "2026-03-14 09:30") shown as above."""
    if not text:
        return ""
    try:
        if len(text) > 10:
            return show_datetime(dt.datetime.fromisoformat(text.replace("T", " ")[:16]))
        return show_date(dt.date.fromisoformat(text[:10]))
    except ValueError:
        return text


__all__ = ["date_format", "show_date", "show_datetime", "show_iso", "time_format"]
