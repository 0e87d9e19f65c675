"""Exporting the concerns log: a CSV for spreadsheets and a PDF report a governor can read.

Both are audited (format, row count, whether anonymised, the period). Only roles that may
export concerns can (the DSL and deputies).

Spreadsheet safety: a cell beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
(or their full-width forms) could be run as a formula by Excel, LibreOffice or Google Sheets;
such cells are written with a leading apostrophe, which spreadsheets show as plain text.

Every export identifies a person by a pseudonymous id, ``P-`` and twelve digits from an
HMAC-SHA256 of the person's id. A named export uses a key kept inside this vault
(``export.pseudonym_key``, made at the first export), so the same person has the same id in every
named export. An anonymised export uses a random key of its own, made for that one export and
then forgotten: within it the same person always has the same id (repeat concerns can still be
counted), but its ids match neither a named export's nor another anonymised export's, so files
cannot be joined back together to put names to the anonymised rows. Staff who hold a concern
appear by initials only, and no recorded text is exported at all (the log never holds any).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import hmac
import io
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select

from db.fsutil import atomic_write
from db.models import School, Setting
from db.outputs import check_output_path
from db.vault import OpenVault
from dsl_desktop.domain import Outcome
from dsl_desktop.pdf import text
from dsl_desktop.services.log import (
    Column,
    LogFilter,
    LogRow,
    allow,
    load_log,
    outcome_label,
    stage_label,
    status_label,
)
from dsl_desktop.services.people import InvalidInput
from dsl_desktop.workflow import Action

__all__ = [
    "CSV_HEADER",
    "ExportResult",
    "export_log_csv",
    "export_log_pdf",
    "initials",
    "pseudonym",
    "spreadsheet_safe",
]

CSV_HEADER: tuple[str, ...] = (
    "reference",
    "person",
    "person_id",
    "noticed_on",
    "category",
    "stage",
    "status",
    "outcome",
    "next_review",
    "overdue",
    "holder",
)

PSEUDONYM_SETTING = "export.pseudonym_key"

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def spreadsheet_safe(value: str) -> str:
    """``value`` as a cell no spreadsheet will run as a formula (a leading apostrophe if needed)."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def initials(*names: str) -> str:
    """ "Siân Mai" "ap Rhys" -> "S.M.A.R." (letters only, upper case)."""
    letters = [
        word[0].upper()
        for name in names
        for word in name.replace("-", " ").split()
        if word and word[0].isalpha()
    ]
    return "".join(f"{letter}." for letter in letters)


def pseudonym(key: bytes, person_id: int) -> str:
    """A stable id for a person that reveals nothing without ``key``: "P-" and twelve digits."""
    digest = hmac.new(key, f"person:{person_id}".encode("ascii"), hashlib.sha256).digest()
    return f"P-{int.from_bytes(digest[:8], 'big') % 10**12:012d}"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: str
    rows: int
    anonymised: bool


def _pseudonym_key(vault: OpenVault) -> bytes:
    """This vault's key for pseudonyms, made (and kept inside the vault) on first use."""
    with vault.unit() as s:
        row = s.get(Setting, PSEUDONYM_SETTING)
        if row is not None and isinstance(row.value, str):
            try:
                return bytes.fromhex(row.value)
            except ValueError:
                pass
        key = secrets.token_bytes(32)
        if row is None:
            s.add(Setting(key=PSEUDONYM_SETTING, value=key.hex()))
        else:
            row.value = key.hex()
        return key


def _export_key(vault: OpenVault, anonymise: bool) -> bytes:
    """The vault's pseudonym key for a named export; for an anonymised one, a key of its own."""
    return secrets.token_bytes(32) if anonymise else _pseudonym_key(vault)


def _rows(
    vault: OpenVault, date_from: dt.date | None, date_to: dt.date | None
) -> tuple[list[LogRow], dict[str, str]]:
    log = load_log(vault)
    result = log.query(LogFilter(date_from=date_from, date_to=date_to), Column.NOTICED, False)
    return result.rows, log.category_labels


def _check_period(date_from: dt.date | None, date_to: dt.date | None) -> None:
    if date_from is not None and date_to is not None and date_to < date_from:
        raise InvalidInput("The end of the period is before its start.", "Swap the two dates.")


def _cells(
    row: LogRow,
    labels: dict[str, str],
    key: bytes,
    anonymise: bool,
    holder_initials: dict[str, str],
    today: dt.date,
    printed: bool = False,
) -> list[str]:
    """One row of the log; ``printed``: the PDF's words, in the document's language."""
    person = initials(row.forenames, row.surname) if anonymise else row.person
    holder = (
        holder_initials.setdefault(row.holder, initials(row.holder)) if anonymise else row.holder
    )
    return [
        row.reference,
        person,
        pseudonym(key, row.person_id),
        row.noticed_at[:10],
        _category_words(labels.get(row.category, row.category), printed),
        _stage_words(row.stage, printed),
        status_label(row.status),
        _outcome_words(row.outcome, printed),
        row.next_review or "",
        "yes" if row.is_overdue(today) else "no",
        holder,
    ]


def _category_words(label: str, printed: bool) -> str:
    return text.stored_word(label) if printed else label


def _stage_words(code: str, printed: bool) -> str:
    return text.stage_label(code) if printed else stage_label(code)


def _outcome_words(code: str | None, printed: bool) -> str:
    if not code:
        return ""
    if not printed:
        return outcome_label(code)
    try:
        return text.outcome_label(Outcome(code))
    except ValueError:
        return code


def csv_bytes(rows: Iterable[Sequence[str]]) -> bytes:
    """CSV text (UTF-8 with a byte-order mark, so Excel reads "Siân" right), every cell safe."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for row in rows:
        writer.writerow([spreadsheet_safe(cell) for cell in row])
    return buffer.getvalue().encode("utf-8-sig")


def _audit_export(
    vault: OpenVault,
    fmt: str,
    rows: int,
    anonymise: bool,
    date_from: dt.date | None,
    date_to: dt.date | None,
) -> None:
    with vault.unit() as s:
        vault.audit(
            s,
            "log.exported",
            entity="concern",
            details={
                "format": fmt,
                "rows": rows,
                "anonymised": anonymise,
                "from": date_from.isoformat() if date_from else None,
                "to": date_to.isoformat() if date_to else None,
            },
        )


def export_log_csv(
    vault: OpenVault,
    path: Path | str,
    anonymise: bool = False,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
) -> ExportResult:
    """Write the log (concerns noticed in the period, oldest first) as CSV to ``path``."""
    allow(vault, Action.EXPORT_CASES)
    check_output_path(path, vault.vault.data_dir)
    _check_period(date_from, date_to)
    key = _export_key(vault, anonymise)
    rows, labels = _rows(vault, date_from, date_to)
    today = dt.date.today()
    holders: dict[str, str] = {}
    data = csv_bytes(_cells(r, labels, key, anonymise, holders, today) for r in rows)
    atomic_write(Path(path), data)
    _audit_export(vault, "csv", len(rows), anonymise, date_from, date_to)
    return ExportResult(Path(path), "csv", len(rows), anonymise)


def export_log_pdf(
    vault: OpenVault,
    path: Path | str,
    anonymise: bool = False,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    language: str | None = None,
) -> ExportResult:
    """Write a report of the log for governors: summary figures, charts and the table.

    ``language``: ``"en"``, ``"cy"`` or ``"bilingual"`` (``None``: the active catalogue)."""
    from dsl_desktop.pdf.log_report import LogReport, log_report_pdf
    from dsl_desktop.services.overview import overview

    me = allow(vault, Action.EXPORT_CASES)
    check_output_path(path, vault.vault.data_dir)
    _check_period(date_from, date_to)
    key = _export_key(vault, anonymise)
    rows, labels = _rows(vault, date_from, date_to)
    if date_from is None:
        date_from = min((r.noticed_on for r in rows), default=dt.date.today())
    # The charts cover the months that have concerns in them (a period from 0001-01-01 to
    # 9999-12-31 would otherwise be 120,000 months long); the figures are the same.
    period_to = date_to or dt.date.today()
    chart_from = max(date_from, min((r.noticed_on for r in rows), default=date_from))
    last = max((r.noticed_on for r in rows), default=dt.date.today())
    chart_to = max(chart_from, min(period_to, max(last, dt.date.today())))
    figures = replace(
        overview(vault, chart_from, chart_to), date_from=date_from, date_to=period_to
    )  # the report names the period asked for
    with vault.reading() as s:
        school = s.execute(select(School.name, School.urn)).first()
    today = dt.date.today()
    holders: dict[str, str] = {}
    text.catalogue_for(language or "en")
    with text.in_language(language):
        data = log_report_pdf(
            LogReport(
                school_name=school[0] if school else "",
                school_urn=school[1] if school else "",
                made_by=initials(me.display_name) if anonymise else me.display_name,
                made_at=dt.datetime.now().replace(microsecond=0),
                anonymised=anonymise,
                figures=figures,
                rows=[_cells(r, labels, key, anonymise, holders, today, True) for r in rows],
            )
        )
    atomic_write(Path(path), data)
    _audit_export(vault, "pdf", len(rows), anonymise, date_from, date_to)
    return ExportResult(Path(path), "pdf", len(rows), anonymise)
