"""Reads staff lists exported from school information systems (SIMS, Bromcom, Arbor, Excel...).

Everything here is pure: bytes in, plain dataclasses out. Nothing touches the database or Qt.

The reader is deliberately forgiving about the shape of a file (encoding, delimiter, title rows
above the header, blank rows, quoting) and strict about the values in it (names, dates, email
addresses). It never raises on bad input: problems come back as file-level errors or as rejected
rows, each with the physical line number a person would see in a text editor."""

from __future__ import annotations

from dsl_desktop.training.importer.fields import (
    DELIMITER_NAMES,
    DELIMITERS,
    ENCODING_LABELS,
    FIELD_LABELS,
    HEADER_SEARCH_CHARS,
    HEADER_SEARCH_RECORDS,
    MAX_FIELD_CHARS,
    MAX_FILE_BYTES,
    ImportIssue,
    ImportResult,
    RejectedRow,
    StaffColumns,
    StaffField,
    StaffRow,
    columns_of,
    field_for_header,
    guess_mapping,
    mapping_from_header_names,
    mapping_to_header_names,
)
from dsl_desktop.training.importer.parsing import parse_staff_csv
from dsl_desktop.training.importer.planning import (
    ExistingStaff,
    FieldChange,
    ImportPlan,
    PlanAction,
    PlannedRow,
    plan_import,
)
from dsl_desktop.training.importer.reading import parse_date

__all__ = [
    "DELIMITERS",
    "DELIMITER_NAMES",
    "ENCODING_LABELS",
    "ExistingStaff",
    "FIELD_LABELS",
    "FieldChange",
    "HEADER_SEARCH_CHARS",
    "HEADER_SEARCH_RECORDS",
    "ImportIssue",
    "ImportPlan",
    "ImportResult",
    "MAX_FIELD_CHARS",
    "MAX_FILE_BYTES",
    "PlanAction",
    "PlannedRow",
    "RejectedRow",
    "StaffColumns",
    "StaffField",
    "StaffRow",
    "columns_of",
    "field_for_header",
    "guess_mapping",
    "mapping_from_header_names",
    "mapping_to_header_names",
    "parse_date",
    "parse_staff_csv",
    "plan_import",
]
