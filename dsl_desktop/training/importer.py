"""Reads staff lists exported from school information systems (SIMS, Bromcom, Arbor, Excel...).

Everything here is pure: bytes in, plain dataclasses out. Nothing touches the database or Qt.

The reader is deliberately forgiving about the shape of a file (encoding, delimiter, title rows
above the header, blank rows, quoting) and strict about the values in it (names, dates, email
addresses). It never raises on bad input: problems come back as file-level errors or as rejected
rows, each with the physical line number a person would see in a text editor.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

__all__ = [
    "MAX_FIELD_CHARS",
    "MAX_FILE_BYTES",
    "ExistingStaff",
    "FieldChange",
    "ImportIssue",
    "ImportPlan",
    "ImportResult",
    "PlanAction",
    "PlannedRow",
    "RejectedRow",
    "StaffField",
    "StaffRow",
    "field_for_header",
    "guess_mapping",
    "mapping_from_header_names",
    "mapping_to_header_names",
    "parse_date",
    "parse_staff_csv",
    "plan_import",
]

# A staff list for even a very large trust is well under a megabyte; anything past this is not one.
MAX_FILE_BYTES = 5 * 1024 * 1024
#: The longest value of one field (a name, a job title, a code) a staff row may have: far more
#: than any real one, and short enough for every report and screen to lay it out.
MAX_FIELD_CHARS = 200
# How far from the top of the file the header row is looked for: records, then characters.
HEADER_SEARCH_RECORDS = 50
HEADER_SEARCH_CHARS = 256 * 1024
DELIMITERS: tuple[str, ...] = (",", ";", "\t", "|")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}
ENCODING_LABELS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 (with byte order mark)",
    "utf-16": "UTF-16",
    "cp1252": "Windows-1252",
}


class StaffField(StrEnum):
    """The fields the importer can fill. Values are stable: the app stores them with a mapping."""

    STAFF_CODE = "staff_code"
    TITLE = "title"
    FORENAME = "forename"
    MIDDLE_NAME = "middle_name"
    PREFERRED_NAME = "preferred_name"
    SURNAME = "surname"
    EMAIL = "email"
    JOB_TITLE = "job_title"
    START_DATE = "start_date"
    LEFT_DATE = "left_date"


FIELD_LABELS: dict[StaffField, str] = {
    StaffField.STAFF_CODE: "staff code",
    StaffField.TITLE: "title",
    StaffField.FORENAME: "forename",
    StaffField.MIDDLE_NAME: "middle name",
    StaffField.PREFERRED_NAME: "preferred name",
    StaffField.SURNAME: "surname",
    StaffField.EMAIL: "email address",
    StaffField.JOB_TITLE: "job title",
    StaffField.START_DATE: "start date",
    StaffField.LEFT_DATE: "leaving date",
}

# Header names as they appear in exports, after _normalise_header (lower case, letters and digits
# only), so "Work Email Address", "E-mail" and "EMAIL_ADDRESS" all reduce to a key below.
_HEADER_SYNONYMS: dict[StaffField, tuple[str, ...]] = {
    StaffField.STAFF_CODE: (
        "staffcode",
        "code",
        "staffid",
        "staffno",
        "staffnumber",
        "staffref",
        "staffreference",
        "employeeid",
        "employeeno",
        "employeenumber",
        "employeecode",
        "employeeref",
        "payrollnumber",
        "payrollno",
        "payrollid",
        "personnelnumber",
        "personnelno",
        "personid",
        "workforceid",
    ),
    StaffField.TITLE: ("title", "salutation", "honorific", "nametitle"),
    StaffField.FORENAME: (
        "forename",
        "forenames",
        "firstname",
        "firstnames",
        "givenname",
        "givennames",
        "legalforename",
        "legalfirstname",
    ),
    StaffField.MIDDLE_NAME: ("middlename", "middlenames", "othernames", "middleforenames"),
    StaffField.PREFERRED_NAME: (
        "preferredfirstname",
        "preferredforename",
        "preferredname",
        "knownas",
        "chosenname",
        "preferredgivenname",
    ),
    StaffField.SURNAME: (
        "surname",
        "lastname",
        "familyname",
        "legalsurname",
        "legallastname",
    ),
    StaffField.EMAIL: (
        "email",
        "emailaddress",
        "workemail",
        "workemailaddress",
        "schoolemail",
        "schoolemailaddress",
        "primaryemail",
        "primaryemailaddress",
        "emailwork",
        "businessemail",
        "staffemail",
        "mail",
    ),
    StaffField.JOB_TITLE: (
        "role",
        "roles",
        "jobtitle",
        "jobrole",
        "position",
        "post",
        "posttitle",
        "staffrole",
        "mainrole",
        "jobdescription",
        "designation",
        "occupation",
    ),
    StaffField.START_DATE: (
        "startdate",
        "employmentstart",
        "employmentstartdate",
        "datestarted",
        "dateofjoining",
        "joindate",
        "joiningdate",
        "datejoined",
        "contractstart",
        "contractstartdate",
        "servicestartdate",
        "start",
        "started",
        "dateofstart",
    ),
    StaffField.LEFT_DATE: (
        "leavingdate",
        "leavedate",
        "leftdate",
        "dateleft",
        "dateofleaving",
        "enddate",
        "employmentend",
        "employmentenddate",
        "contractend",
        "contractenddate",
        "finishdate",
        "leaving",
        "left",
    ),
}
_HEADER_LOOKUP: dict[str, StaffField] = {
    name: fld for fld, names in _HEADER_SYNONYMS.items() for name in names
}
_NAME_FIELDS = frozenset({StaffField.FORENAME, StaffField.SURNAME})
_REQUIRED_FIELDS: tuple[StaffField, ...] = (StaffField.FORENAME, StaffField.SURNAME)


# ---------------------------------------------------------------------------------------------
# Result types


@dataclass(frozen=True)
class StaffRow:
    """One valid person from the file. Text fields are "" when the file left them empty."""

    line: int
    staff_code: str = ""
    title: str = ""
    forename: str = ""
    middle_name: str = ""
    preferred_name: str = ""
    surname: str = ""
    email: str = ""
    job_title: str = ""
    start_date: date | None = None
    left_date: date | None = None

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.forename, self.surname) if p)


@dataclass(frozen=True)
class RejectedRow:
    """A row that could not be used, with the 1-based physical line it starts on."""

    line: int
    reason: str
    cells: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportIssue:
    """A warning or error about the file as a whole, or about one line of it."""

    message: str
    line: int | None = None

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line is not None else self.message


@dataclass(frozen=True)
class ImportResult:
    """What came out of reading one file.

    ``mapping`` says which column (0-based index into ``headers``) feeds each field; the app
    shows it and may hand a corrected one back to :func:`parse_staff_csv`.
    """

    encoding: str = ""
    delimiter: str = ""
    header_line: int | None = None
    headers: tuple[str, ...] = ()
    mapping: dict[StaffField, int] = field(default_factory=dict)
    rows: tuple[StaffRow, ...] = ()
    rejected: tuple[RejectedRow, ...] = ()
    warnings: tuple[ImportIssue, ...] = ()
    errors: tuple[ImportIssue, ...] = ()
    line_count: int = 0

    @property
    def ok(self) -> bool:
        """True when the file could be read at all (rows may still have been rejected)."""
        return not self.errors

    @property
    def encoding_label(self) -> str:
        return ENCODING_LABELS.get(self.encoding, self.encoding)

    @property
    def delimiter_label(self) -> str:
        return DELIMITER_NAMES.get(self.delimiter, repr(self.delimiter))


# ---------------------------------------------------------------------------------------------
# Header recognition


def _normalise_header(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).casefold()
    return "".join(ch for ch in folded if ch.isascii() and ch.isalnum())


def field_for_header(header: str) -> StaffField | None:
    """The field a column header stands for, or None when it is not one the importer knows."""
    return _HEADER_LOOKUP.get(_normalise_header(header))


def guess_mapping(headers: Sequence[str]) -> dict[StaffField, int]:
    """Field -> column index for the headers recognised. The first column wins a tie."""
    mapping: dict[StaffField, int] = {}
    for index, header in enumerate(headers):
        fld = field_for_header(header)
        if fld is not None and fld not in mapping:
            mapping[fld] = index
    return mapping


def mapping_to_header_names(
    mapping: Mapping[StaffField, int], headers: Sequence[str]
) -> dict[str, str]:
    """A mapping in a form worth remembering between imports: field value -> header text."""
    return {str(fld): headers[index] for fld, index in mapping.items() if 0 <= index < len(headers)}


def mapping_from_header_names(
    saved: Mapping[str, str], headers: Sequence[str]
) -> dict[StaffField, int]:
    """Turns a remembered mapping back into column indexes for this file's headers.

    Fields whose header is missing from this file fall back to the guess for this file.
    """
    wanted = {_normalise_header(h): i for i, h in reversed(list(enumerate(headers)))}
    result = guess_mapping(headers)
    for key, header in saved.items():
        try:
            fld = StaffField(key)
        except ValueError:
            continue
        index = wanted.get(_normalise_header(header))
        if index is not None:
            result[fld] = index
    return result


def _header_score(cells: Sequence[str]) -> int:
    """How many distinct known fields a row's cells name; 0 when it cannot be a header."""
    found = set(guess_mapping(cells))
    if len(found) < 2 or not (found & _NAME_FIELDS):
        return 0
    return len(found)


# ---------------------------------------------------------------------------------------------
# Decoding and splitting into records


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


# ---------------------------------------------------------------------------------------------
# Values


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


# ---------------------------------------------------------------------------------------------
# Parsing


def _check_mapping(
    mapping: Mapping[StaffField, int], width: int
) -> tuple[dict[StaffField, int], list[ImportIssue]]:
    errors: list[ImportIssue] = []
    clean: dict[StaffField, int] = {}
    used: dict[int, StaffField] = {}
    for key, index in mapping.items():
        try:
            fld = StaffField(key)
        except ValueError:
            errors.append(ImportIssue(f"The column choice names an unknown field, {key!r}."))
            continue
        if not isinstance(index, int) or isinstance(index, bool):
            errors.append(ImportIssue(f"The column for the {FIELD_LABELS[fld]} is not a number."))
            continue
        if not 0 <= index < width:
            errors.append(
                ImportIssue(
                    f"The {FIELD_LABELS[fld]} is set to column {index + 1}, but the header "
                    f"has {width} columns."
                )
            )
            continue
        if index in used:
            errors.append(
                ImportIssue(
                    f"Column {index + 1} is chosen for both the {FIELD_LABELS[used[index]]} "
                    f"and the {FIELD_LABELS[fld]}."
                )
            )
            continue
        used[index] = fld
        clean[fld] = index
    for fld in _REQUIRED_FIELDS:
        if fld not in mapping:
            errors.append(
                ImportIssue(f"No column is chosen for the {FIELD_LABELS[fld]}, which is needed.")
            )
    return clean, errors


def _row_from_record(
    record: _Record,
    mapping: Mapping[StaffField, int],
    width: int,
) -> tuple[StaffRow | None, str, list[ImportIssue]]:
    """Builds a StaffRow, or returns the reason it cannot be built. Also returns warnings."""
    cells = record.cells
    warnings: list[ImportIssue] = []
    if record.unterminated:
        return (
            None,
            "a quotation mark opened on this line is never closed, so the rest of the file "
            "could not be split into rows",
            warnings,
        )
    if len(cells) > width and any(c.strip() for c in cells[width:]):
        return (
            None,
            f"this row has {len(cells)} cells but the header has {width}; a value containing "
            "the delimiter may be missing its quotation marks",
            warnings,
        )

    def cell(fld: StaffField) -> str:
        index = mapping.get(fld)
        if index is None or index >= len(cells):
            return ""
        return _clean(cells[index])

    values = {fld: cell(fld) for fld in StaffField}
    reasons: list[str] = []
    for fld, value in values.items():
        if len(value) > MAX_FIELD_CHARS:
            reasons.append(
                f"the {FIELD_LABELS[fld]} is {len(value):,} characters long "
                f"(at most {MAX_FIELD_CHARS})"
            )
            values[fld] = value[:40] + "…"  # quoted in other reasons: keep them short
    for fld in _REQUIRED_FIELDS:
        if not values[fld]:
            reasons.append(f"missing {FIELD_LABELS[fld]}")
    for fld in (
        StaffField.FORENAME,
        StaffField.MIDDLE_NAME,
        StaffField.PREFERRED_NAME,
        StaffField.SURNAME,
        StaffField.TITLE,
        StaffField.STAFF_CODE,
        StaffField.JOB_TITLE,
    ):
        value = values[fld]
        if value and _has_control(value):
            reasons.append(f"the {FIELD_LABELS[fld]} contains a line break or control character")
    for fld in (StaffField.FORENAME, StaffField.SURNAME):
        value = values[fld]
        if value and not _has_control(value) and not _has_letter(value):
            reasons.append(f"the {FIELD_LABELS[fld]} \u201c{value}\u201d has no letters in it")
    email = values[StaffField.EMAIL]
    if email and not _is_email(email):
        reasons.append(f"the email address \u201c{email}\u201d is not a valid address")
    dates: dict[StaffField, date | None] = {}
    for fld in (StaffField.START_DATE, StaffField.LEFT_DATE):
        parsed = parse_date(values[fld])
        if isinstance(parsed, str):
            reasons.append(f"the {FIELD_LABELS[fld]} {parsed}")
            dates[fld] = None
        else:
            dates[fld] = parsed
    if reasons:
        return None, "; ".join(reasons), warnings

    for fld in (
        StaffField.FORENAME,
        StaffField.MIDDLE_NAME,
        StaffField.PREFERRED_NAME,
        StaffField.SURNAME,
    ):
        value = values[fld]
        if "\ufffd" in value or "?" in value:
            warnings.append(
                ImportIssue(
                    f"the {FIELD_LABELS[fld]} \u201c{value}\u201d contains \u201c?\u201d or "
                    "\ufffd, which usually means a letter was lost when the file was saved",
                    record.line,
                )
            )
    start, left = dates[StaffField.START_DATE], dates[StaffField.LEFT_DATE]
    if start is not None and left is not None and left < start:
        warnings.append(
            ImportIssue("the leaving date is before the start date; please check", record.line)
        )
    row = StaffRow(
        line=record.line,
        staff_code=values[StaffField.STAFF_CODE],
        title=values[StaffField.TITLE],
        forename=values[StaffField.FORENAME],
        middle_name=values[StaffField.MIDDLE_NAME],
        preferred_name=values[StaffField.PREFERRED_NAME],
        surname=values[StaffField.SURNAME],
        email=email,
        job_title=values[StaffField.JOB_TITLE],
        start_date=start,
        left_date=left,
    )
    return row, "", warnings


_NOT_CSV: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "an Excel workbook (.xlsx) or another zipped file"),
    (b"\xd0\xcf\x11\xe0", "an older Excel workbook (.xls)"),
    (b"%PDF", "a PDF"),
)


def parse_staff_csv(
    data: bytes,
    mapping: Mapping[StaffField, int] | None = None,
    *,
    header_line: int | None = None,
    delimiter: str | None = None,
) -> ImportResult:
    """Reads a staff list export.

    ``mapping`` overrides the guessed field -> column index mapping (indexes into the header
    row). ``header_line`` (1-based physical line) and ``delimiter`` override what would
    otherwise be detected. Never raises: problems are reported in the result.
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        return ImportResult(errors=(ImportIssue("The file could not be read as bytes."),))
    data = bytes(data)
    if not data.strip():
        return ImportResult(errors=(ImportIssue("The file is empty."),))
    if len(data) > MAX_FILE_BYTES:
        return ImportResult(
            errors=(
                ImportIssue(
                    f"The file is {len(data) // (1024 * 1024)} MB, far larger than any staff "
                    "list; choose the staff export instead."
                ),
            )
        )
    for magic, kind in _NOT_CSV:
        if data.startswith(magic):
            return ImportResult(
                errors=(
                    ImportIssue(
                        f"This looks like {kind}, not a CSV file. Open it in its program and "
                        "save or export the staff list as CSV."
                    ),
                )
            )
    if delimiter is not None and (len(delimiter) != 1 or delimiter in '"\r\n'):
        return ImportResult(
            errors=(ImportIssue("The delimiter must be one character other than a quote."),)
        )

    text, encoding, warnings = _decode(data)
    if "\x00" in text:
        text = text.replace("\x00", "")
        warnings.append(
            ImportIssue("The file contains null bytes, which were ignored; it may not be text.")
        )
    line_count = _physical_line_count(text)
    base = ImportResult(encoding=encoding, warnings=tuple(warnings), line_count=line_count)

    if header_line is not None:
        found = _header_at_line(text, header_line, delimiter)
        if found is None:
            return replace(
                base, errors=(ImportIssue(f"The file has no row starting on line {header_line}."),)
            )
    else:
        found = _find_header(text, delimiter)
        if found is None:
            return replace(
                base,
                errors=(
                    ImportIssue(
                        "No header row found: none of the first "
                        f"{HEADER_SEARCH_RECORDS} rows has column names such as Forename, "
                        "Surname and Email. Check this is a staff list export, or choose the "
                        "header row and columns by hand."
                    ),
                ),
            )
    delim, head_line, header_cells = found
    headers = tuple(_clean(h) for h in header_cells)
    width = len(headers)
    chosen, mapping_errors = _check_mapping(
        guess_mapping(headers) if mapping is None else mapping, width
    )
    base = replace(base, delimiter=delim, header_line=head_line, headers=headers, mapping=chosen)
    if mapping_errors:
        return replace(base, errors=tuple(mapping_errors))

    header_key = tuple(_normalise_header(h) for h in headers)
    rows: list[StaffRow] = []
    rejected: list[RejectedRow] = []
    row_warnings: list[ImportIssue] = []
    for record in _records(text, delim):
        if record.line <= head_line:
            continue
        if not record.unterminated and not any(c.strip() for c in record.cells):
            continue
        if tuple(_normalise_header(c) for c in record.cells[:width]) == header_key:
            row_warnings.append(
                ImportIssue("this row repeats the header and was skipped", record.line)
            )
            continue
        row, reason, issues = _row_from_record(record, chosen, width)
        row_warnings.extend(issues)
        if row is None:
            rejected.append(RejectedRow(record.line, reason, tuple(record.cells)))
        else:
            rows.append(row)

    errors: tuple[ImportIssue, ...] = ()
    if not rows and not rejected:
        errors = (
            ImportIssue(
                f"The header is on line {head_line} but no staff rows follow it.", head_line
            ),
        )
    return replace(
        base,
        rows=tuple(rows),
        rejected=tuple(rejected),
        warnings=base.warnings + tuple(row_warnings),
        errors=errors,
    )


# ---------------------------------------------------------------------------------------------
# Planning an import against the staff already known


@dataclass(frozen=True)
class ExistingStaff:
    """A person already in the store. ``id`` is the database key (None until saved)."""

    id: int | None = None
    staff_code: str = ""
    title: str = ""
    forename: str = ""
    middle_name: str = ""
    preferred_name: str = ""
    surname: str = ""
    email: str = ""
    job_title: str = ""
    start_date: date | None = None
    left_date: date | None = None


_MERGED_FIELDS: tuple[StaffField, ...] = (
    StaffField.STAFF_CODE,
    StaffField.TITLE,
    StaffField.FORENAME,
    StaffField.MIDDLE_NAME,
    StaffField.PREFERRED_NAME,
    StaffField.SURNAME,
    StaffField.EMAIL,
    StaffField.JOB_TITLE,
    StaffField.START_DATE,
    StaffField.LEFT_DATE,
)


class PlanAction(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    REJECTED = "rejected"


@dataclass(frozen=True)
class FieldChange:
    field: StaffField
    old: str | date | None
    new: str | date | None


@dataclass(frozen=True)
class PlannedRow:
    """What importing one line would do.

    ``staff`` is the record as it would be stored (for created, updated and unchanged rows);
    ``matched`` is the record it was matched to (for updated and unchanged rows), and
    ``existing_index`` its position in the ``existing`` list given to :func:`plan_import`
    (None when it matched someone created earlier in the same file).
    """

    line: int
    action: PlanAction
    staff: ExistingStaff | None = None
    matched: ExistingStaff | None = None
    existing_index: int | None = None
    changes: tuple[FieldChange, ...] = ()
    reason: str = ""


@dataclass(frozen=True)
class ImportPlan:
    rows: tuple[PlannedRow, ...]
    existing: tuple[ExistingStaff, ...]

    def with_action(self, action: PlanAction) -> list[PlannedRow]:
        return [r for r in self.rows if r.action is action]

    @property
    def created(self) -> list[PlannedRow]:
        return self.with_action(PlanAction.CREATED)

    @property
    def updated(self) -> list[PlannedRow]:
        return self.with_action(PlanAction.UPDATED)

    @property
    def unchanged(self) -> list[PlannedRow]:
        return self.with_action(PlanAction.UNCHANGED)

    @property
    def rejected(self) -> list[PlannedRow]:
        return self.with_action(PlanAction.REJECTED)

    def summary_line(self) -> str:
        return (
            f"created {len(self.created)}, updated {len(self.updated)}, "
            f"unchanged {len(self.unchanged)}, rejected {len(self.rejected)}"
        )

    def resulting_staff(self) -> list[ExistingStaff]:
        """Everyone known after applying the plan: existing people (updated in place) followed
        by the new ones in file order. New people have ``id`` None."""
        updates = {
            r.existing_index: r.staff
            for r in self.rows
            if r.action is PlanAction.UPDATED
            and r.existing_index is not None
            and r.staff is not None
        }
        result = [updates.get(i, person) for i, person in enumerate(self.existing)]
        result.extend(r.staff for r in self.created if r.staff is not None)
        return result


def _email_key(email: str) -> str:
    return email.strip().casefold()


def _code_key(code: str) -> str:
    return code.strip().casefold()


def _name_key(forename: str, surname: str) -> str:
    return f"{forename.strip().casefold()}\x1f{surname.strip().casefold()}"


def _same(fld: StaffField, old: str | date | None, new: str | date | None) -> bool:
    if isinstance(old, str) and isinstance(new, str):
        if fld is StaffField.EMAIL:
            return _email_key(old) == _email_key(new)
        if fld is StaffField.STAFF_CODE:
            return _code_key(old) == _code_key(new)
    return old == new


def _merge(person: ExistingStaff, row: StaffRow) -> tuple[ExistingStaff, tuple[FieldChange, ...]]:
    """Applies a row over a known person. Empty cells never blank out what is known."""
    changes: list[FieldChange] = []
    texts: dict[str, str] = {}
    dates: dict[str, date | None] = {}
    for fld in _MERGED_FIELDS:
        old: str | date | None = getattr(person, fld.value)
        new: str | date | None = getattr(row, fld.value)
        kept: str | date | None = old
        if new is not None and new != "" and not _same(fld, old, new):
            changes.append(FieldChange(fld, old, new))
            kept = new
        if isinstance(kept, str):
            texts[fld.value] = kept
        else:
            dates[fld.value] = kept
    if not changes:
        return person, ()
    merged = ExistingStaff(
        id=person.id,
        staff_code=texts["staff_code"],
        title=texts["title"],
        forename=texts["forename"],
        middle_name=texts["middle_name"],
        preferred_name=texts["preferred_name"],
        surname=texts["surname"],
        email=texts["email"],
        job_title=texts["job_title"],
        start_date=dates["start_date"],
        left_date=dates["left_date"],
    )
    return merged, tuple(changes)


def _new_person(row: StaffRow) -> ExistingStaff:
    return ExistingStaff(
        id=None,
        staff_code=row.staff_code,
        title=row.title,
        forename=row.forename,
        middle_name=row.middle_name,
        preferred_name=row.preferred_name,
        surname=row.surname,
        email=row.email,
        job_title=row.job_title,
        start_date=row.start_date,
        left_date=row.left_date,
    )


class _Index:
    """Finds people by email, staff code or (as a last resort) exact name."""

    def __init__(self) -> None:
        self.by_email: dict[str, int] = {}
        self.by_code: dict[str, int] = {}
        self.by_name: dict[str, list[int]] = {}

    def add(self, slot: int, person: ExistingStaff) -> None:
        if person.email.strip():
            self.by_email.setdefault(_email_key(person.email), slot)
        if person.staff_code.strip():
            self.by_code.setdefault(_code_key(person.staff_code), slot)
        self.by_name.setdefault(_name_key(person.forename, person.surname), []).append(slot)


def plan_import(
    parsed_rows: ImportResult | Sequence[StaffRow],
    existing: Sequence[ExistingStaff],
) -> ImportPlan:
    """Decides, for each row, whether it creates a person, updates one, or changes nothing.

    A row matches an existing person by email address (ignoring case) or by staff code. A row
    with neither is matched by exact forename and surname when exactly one person has that name.
    Rows the parser rejected (when an ImportResult is given) and rows that clash with another
    row or with two different people are rejected.
    """
    if isinstance(parsed_rows, ImportResult):
        rows: Sequence[StaffRow] = parsed_rows.rows
        early_rejects = [
            PlannedRow(r.line, PlanAction.REJECTED, reason=r.reason) for r in parsed_rows.rejected
        ]
    else:
        rows = parsed_rows
        early_rejects = []

    people: list[ExistingStaff] = list(existing)
    index = _Index()
    for position, person in enumerate(people):
        index.add(position, person)
    claimed: dict[int, int] = {}  # slot -> line of the row that matched or created it
    planned: list[PlannedRow] = list(early_rejects)

    for row in rows:
        email_slot = index.by_email.get(_email_key(row.email)) if row.email else None
        code_slot = index.by_code.get(_code_key(row.staff_code)) if row.staff_code else None
        if email_slot is not None and code_slot is not None and email_slot != code_slot:
            a, b = people[email_slot], people[code_slot]
            planned.append(
                PlannedRow(
                    row.line,
                    PlanAction.REJECTED,
                    reason=(
                        f"the email address belongs to {a.forename} {a.surname} but the staff "
                        f"code {row.staff_code} belongs to {b.forename} {b.surname}"
                    ),
                )
            )
            continue
        slot: int | None = email_slot if email_slot is not None else code_slot
        if slot is None and not row.email and not row.staff_code:
            same_name = index.by_name.get(_name_key(row.forename, row.surname), [])
            if len(same_name) == 1:
                slot = same_name[0]
        if slot is not None and slot in claimed:
            planned.append(
                PlannedRow(
                    row.line,
                    PlanAction.REJECTED,
                    reason=f"the same person as line {claimed[slot]} of this file",
                )
            )
            continue
        if slot is None:
            person = _new_person(row)
            slot = len(people)
            people.append(person)
            index.add(slot, person)
            claimed[slot] = row.line
            planned.append(PlannedRow(row.line, PlanAction.CREATED, staff=person))
            continue
        claimed[slot] = row.line
        before = people[slot]
        after, changes = _merge(before, row)
        existing_index = slot if slot < len(existing) else None
        if changes:
            people[slot] = after
            planned.append(
                PlannedRow(
                    row.line,
                    PlanAction.UPDATED,
                    staff=after,
                    matched=before,
                    existing_index=existing_index,
                    changes=changes,
                )
            )
        else:
            planned.append(
                PlannedRow(
                    row.line,
                    PlanAction.UNCHANGED,
                    staff=before,
                    matched=before,
                    existing_index=existing_index,
                )
            )
    planned.sort(key=lambda r: r.line)
    return ImportPlan(rows=tuple(planned), existing=tuple(existing))
