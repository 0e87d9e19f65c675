"""Reading a spreadsheet export: its encoding, records, header line, dates and cell text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from dsl_desktop.training.importer.fields import (
    DELIMITERS,
    HEADER_SEARCH_CHARS,
    HEADER_SEARCH_RECORDS,
    ImportIssue,
    _header_score,
)


def _decode(data: bytes) -> tuple[str, str, list[ImportIssue]]:
    """Returns (text, codec name, warnings). Never raises."""
    warnings: list[ImportIssue] = []
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data.decode("utf-8-sig"), "utf-8-sig", warnings
        except UnicodeDecodeError:
            pass
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", warnings
        except UnicodeDecodeError:
            pass
    else:
        try:
            return data.decode("utf-8"), "utf-8", warnings
        except UnicodeDecodeError:
            pass
    warnings.append(
        ImportIssue(
            "The file is not in UTF-8, so it was read as Windows-1252 (what Excel writes for "
            "plain \u201cCSV\u201d). Windows-1252 has no room for some Welsh letters, such as "
            "\u0175 and \u0177, so check the names carefully. Saving from Excel as "
            "\u201cCSV UTF-8\u201d avoids the problem."
        )
    )
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    try:
        text = body.decode("cp1252")
    except UnicodeDecodeError:
        text = body.decode("cp1252", errors="replace")
        warnings.append(
            ImportIssue(
                "Some bytes in the file are not valid in any expected text encoding; they "
                "are shown as \ufffd."
            )
        )
    return text, "cp1252", warnings


@dataclass
class _Record:
    line: int
    cells: list[str]
    unterminated: bool = False


def _records(text: str, delimiter: str) -> Iterator[_Record]:
    """Splits text into CSV records, tracking the physical line each record starts on.

    Quoting follows Excel: a cell that starts with a double quote runs to the matching quote,
    may contain delimiters and line breaks, and writes a literal quote as two quotes. Line breaks
    are CRLF, LF or a lone CR.
    """
    cells: list[str] = []
    cell: list[str] = []
    in_quotes = False
    cell_started = False  # anything (a quote or a character) has been read for this cell
    line = 1
    start_line = 1
    record_open = False
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if in_quotes:
            if ch == '"':
                if i + 1 < n and text[i + 1] == '"':
                    cell.append('"')
                    i += 2
                    continue
                in_quotes = False
            elif ch == "\r" or ch == "\n":
                if ch == "\r" and i + 1 < n and text[i + 1] == "\n":
                    i += 1
                line += 1
                cell.append("\n")
            else:
                cell.append(ch)
            i += 1
            continue
        if ch == '"' and not cell_started:
            in_quotes = True
            cell_started = True
            record_open = True
        elif ch == delimiter:
            cells.append("".join(cell))
            cell = []
            cell_started = False
            record_open = True
        elif ch == "\r" or ch == "\n":
            if ch == "\r" and i + 1 < n and text[i + 1] == "\n":
                i += 1
            cells.append("".join(cell))
            yield _Record(start_line, cells)
            cells = []
            cell = []
            cell_started = False
            record_open = False
            line += 1
            start_line = line
        else:
            cell.append(ch)
            cell_started = True
            record_open = True
        i += 1
    if record_open or in_quotes:
        cells.append("".join(cell))
        yield _Record(start_line, cells, unterminated=in_quotes)


def _physical_line_count(text: str) -> int:
    if not text:
        return 0
    breaks = text.count("\r\n")
    breaks += text.count("\r") - text.count("\r\n")
    breaks += text.count("\n") - text.count("\r\n")
    ends_with_break = text.endswith(("\n", "\r"))
    return breaks + (0 if ends_with_break else 1)


def _find_header(text: str, delimiter: str | None) -> tuple[str, int, list[str]] | None:
    """Searches the top of the file for the most convincing header row.

    Returns (delimiter, line, cells). Each candidate delimiter is tried and the row naming the
    most known fields wins; earlier rows and the usual delimiters win ties.
    """
    best: tuple[int, int, int, str, list[str]] | None = None
    candidates = (delimiter,) if delimiter else DELIMITERS
    top = text[:HEADER_SEARCH_CHARS]
    for priority, delim in enumerate(candidates):
        for count, record in enumerate(_records(top, delim)):
            if count >= HEADER_SEARCH_RECORDS:
                break
            score = _header_score(record.cells)
            if score == 0:
                continue
            key = (score, -record.line, -priority)
            if best is None or key > best[:3]:
                best = (score, -record.line, -priority, delim, record.cells)
    if best is None:
        return None
    return best[3], -best[1], best[4]


def _header_at_line(
    text: str, line: int, delimiter: str | None
) -> tuple[str, int, list[str]] | None:
    """The record starting at a given physical line, with the delimiter that splits it most."""
    best: tuple[int, str, list[str]] | None = None
    for delim in (delimiter,) if delimiter else DELIMITERS:
        for record in _records(text, delim):
            if record.line > line:
                break
            if record.line == line:
                width = len(record.cells)
                if best is None or width > best[0]:
                    best = (width, delim, record.cells)
                break
    if best is None:
        return None
    return best[1], line, best[2]


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}


_TIME_SUFFIX = r"(?:[ T][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?)?"


_UK_DATE = re.compile(r"([0-9]{1,2})[/.\-]([0-9]{1,2})[/.\-]([0-9]{2,4})" + _TIME_SUFFIX)


_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})" + _TIME_SUFFIX)


_WORDY_DATE = re.compile(r"([0-9]{1,2})[ \-]([A-Za-z]{3,9})\.?[ \-]([0-9]{2,4})")


_MONTH_NAMES = (
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


_EARLIEST_YEAR = 1900


_LATEST_YEAR = 2100


def _days_in_month(year: int, month: int) -> int:
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - date(year, month, 1)).days


def parse_date(text: str) -> date | str | None:
    """Reads a UK (dd/mm/yyyy) or ISO (yyyy-mm-dd) date.

    Returns the date, None for an empty cell, or a plain-English reason the text is not a date.
    Also accepts "1 Sep 2015" and a trailing time such as "00:00", which some exports add.
    """
    value = text.strip()
    if not value:
        return None
    quoted = f"\u201c{value}\u201d"
    match = _ISO_DATE.fullmatch(value)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _UK_DATE.fullmatch(value)
        if match:
            day, month, year_text = int(match[1]), int(match[2]), match[3]
            if len(year_text) != 4:
                return f"{quoted} needs a four-digit year (dd/mm/yyyy)"
            year = int(year_text)
        else:
            match = _WORDY_DATE.fullmatch(value)
            month_number = _MONTHS.get(match[2].lower()) if match else None
            if match is None or month_number is None:
                return f"{quoted} is not a date written as dd/mm/yyyy or yyyy-mm-dd"
            if len(match[3]) != 4:
                return f"{quoted} needs a four-digit year"
            day, month, year = int(match[1]), month_number, int(match[3])
    if not _EARLIEST_YEAR <= year <= _LATEST_YEAR:
        return f"{quoted} has a year outside {_EARLIEST_YEAR}\u2013{_LATEST_YEAR}"
    if not 1 <= month <= 12:
        return f"{quoted} has no month {month} (dates are read as day/month/year)"
    last_day = _days_in_month(year, month)
    if day < 1:
        return f"{quoted} has no day {day}"
    if day > last_day:
        return f"{quoted} is not a real date: {_MONTH_NAMES[month]} {year} has {last_day} days"
    return date(year, month, day)


_EMAIL = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~\-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~\-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
)


def _is_email(text: str) -> bool:
    return len(text) <= 254 and _EMAIL.fullmatch(text) is not None


_INVISIBLE_EDGES = "\ufeff\u200b"


def _clean(text: str) -> str:
    """Trims spaces (and stray byte order marks) from the ends; otherwise keeps the text as
    written, in composed Unicode form so that "Zoe" + combining diaeresis equals "Zoë"."""
    return unicodedata.normalize("NFC", text.strip().strip(_INVISIBLE_EDGES).strip())


def _has_control(text: str) -> bool:
    return any(unicodedata.category(ch) in ("Cc", "Zl", "Zp") for ch in text)


def _has_letter(text: str) -> bool:
    return any(ch.isalpha() for ch in text)
