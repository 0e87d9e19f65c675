"""The training reports an inspector asks for, as CSV and PDF."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable
from pathlib import Path

from db.fsutil import atomic_write
from db.outputs import check_output_path
from db.vault import OpenVault
from dsl_desktop.domain import RoleType, TrainingStatus
from dsl_desktop.services.people import allow, now
from dsl_desktop.services.training.base import ROLE_TYPE_LABELS, STATUS_LABELS
from dsl_desktop.services.training.compliance import dashboard
from dsl_desktop.views.training import TrainingDashboard
from dsl_desktop.workflow import Action

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    """A cell a spreadsheet will show as text: one starting =, +, -, @, a tab or a carriage
    return could otherwise run as a formula, so it gets a leading single quote."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _uk(d: dt.date | None) -> str:
    return "" if d is None else d.strftime("%d/%m/%Y")


def _role_names(role_types: Iterable[RoleType]) -> str:
    return "; ".join(ROLE_TYPE_LABELS[rt] for rt in role_types)


def training_csv_bytes(board: TrainingDashboard) -> bytes:
    """The matrix as CSV (UTF-8 with a byte order mark, so Excel shows Welsh letters right)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    header = [
        "Staff code", "Title", "Forename", "Preferred name", "Surname", "Job title",
        "Role types", "Start date", "Overall",
    ]  # fmt: skip
    for column in board.columns:
        header += [
            f"{column.title}: status", f"{column.title}: last completed",
            f"{column.title}: due by",
        ]  # fmt: skip
    writer.writerow([safe_cell(h) for h in header])
    for row in board.rows:
        person = row.staff
        overall = "Out of date" if row.out_of_date else "In date"
        if not row.statuses:
            overall = "Nothing required"
        cells = [
            person.staff_code, person.title, person.forename, person.preferred_name,
            person.surname, person.job_title, _role_names(person.role_types),
            _uk(person.start_date), overall,
        ]  # fmt: skip
        for column in board.columns:
            found = row.statuses.get(column.code)
            if found is None:
                cells += [STATUS_LABELS[TrainingStatus.NOT_REQUIRED], "", ""]
            else:
                cells += [
                    STATUS_LABELS[found.status],
                    _uk(found.last_completed),
                    _uk(found.due_date),
                ]
        writer.writerow([safe_cell(c) for c in cells])
    return buffer.getvalue().encode("utf-8-sig")


def _audit_export(vault: OpenVault, fmt: str, board: TrainingDashboard) -> None:
    with vault.unit() as s:
        vault.audit(
            s, "training.exported", entity="training",
            details={"format": fmt, "staff": len(board.rows), "as_of": board.as_of.isoformat()},
        )  # fmt: skip


def training_report_csv(
    vault: OpenVault, path: Path | str, *, as_of: dt.date | None = None
) -> TrainingDashboard:
    """Write the training matrix as a CSV file for a spreadsheet."""
    allow(vault, Action.EXPORT_TRAINING)
    check_output_path(path, vault.vault.data_dir)
    board = dashboard(vault, as_of=as_of)
    atomic_write(Path(path), training_csv_bytes(board))
    _audit_export(vault, "csv", board)
    return board


def training_report_pdf(
    vault: OpenVault,
    path: Path | str,
    *,
    as_of: dt.date | None = None,
    produced_at: dt.datetime | None = None,
    language: str | None = None,
) -> TrainingDashboard:
    """Write the training matrix as a PDF for an inspector, dated when it was produced;
    ``language``: ``"en"``, ``"cy"`` or ``"bilingual"`` (``None``: the active catalogue)."""
    me = allow(vault, Action.EXPORT_TRAINING)
    check_output_path(path, vault.vault.data_dir)
    from dsl_desktop.pdf.training_report import TrainingReportFacts, render_training_report
    from dsl_desktop.services.accounts import school_details

    board = dashboard(vault, as_of=as_of)
    school = school_details(vault)
    facts = TrainingReportFacts(
        school_name=school.name, school_urn=school.urn, produced_at=produced_at or now(),
        produced_by=me.display_name,
    )  # fmt: skip
    data = render_training_report(board, facts, language)
    atomic_write(Path(path), data)
    _audit_export(vault, "pdf", board)
    return board
