"""Turning the file's records into staff rows, each checked, or rejected with the reason."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date

from dsl_desktop.training.importer.fields import (
    _REQUIRED_FIELDS,
    FIELD_LABELS,
    HEADER_SEARCH_RECORDS,
    MAX_FIELD_CHARS,
    MAX_FILE_BYTES,
    ImportIssue,
    ImportResult,
    RejectedRow,
    StaffField,
    StaffRow,
    _normalise_header,
    guess_mapping,
)
from dsl_desktop.training.importer.reading import (
    _clean,
    _decode,
    _find_header,
    _has_control,
    _has_letter,
    _header_at_line,
    _is_email,
    _physical_line_count,
    _Record,
    _records,
    parse_date,
)


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
