"""The staff-list fields, what an import finds, and matching column headers to fields."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

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


@dataclass(frozen=True, kw_only=True)
class StaffColumns:
    """What a staff list says about a member of staff: one attribute for each
    :class:`StaffField`. Text is "" where nothing is known."""

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


def columns_of(person: Any) -> dict[str, Any]:
    """``person``'s :class:`StaffColumns` values by field name (from a row, a record or a view)."""
    return {fld.value: getattr(person, fld.value) for fld in StaffField}


@dataclass(frozen=True)
class StaffRow(StaffColumns):
    """One valid person from the file. Text fields are "" when the file left them empty."""

    line: int

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
