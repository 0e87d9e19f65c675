"""import-staff and training-report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from dsl_desktop.cli.common import command, iso_date, opened_vault, output_path, read_input

MAX_READ = 64 * 1024 * 1024


def register(sub: Any) -> None:
    p = command(
        sub,
        "import-staff",
        cmd_import_staff,
        help="import or update the staff register from a CSV export (SIMS, Bromcom, Arbor, Excel)",
        description=(
            "Import a staff list. Rows are matched to people already on the register by email "
            "address or staff code. If any row is invalid nothing is imported, unless "
            "--skip-invalid is given. Exit status 1 when rows were rejected and nothing was "
            "imported (with --dry-run: when that is what a real import would do)."
        ),
    )
    p.add_argument("file", type=Path, metavar="FILE", help="the staff list, as CSV")
    p.add_argument("--dry-run", action="store_true", help="show what would happen; change nothing")
    p.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the valid rows even when some rows are invalid",
    )

    p = command(
        sub,
        "training-report",
        cmd_training_report,
        help="save the staff training matrix as CSV or PDF",
    )
    p.add_argument("--format", choices=("csv", "pdf"), required=True, help="csv or pdf")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help="where to save")
    p.add_argument(
        "--as-of",
        type=iso_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="work out who is in date on this day (default: today)",
    )


def cmd_import_staff(args: argparse.Namespace) -> int:
    from dsl_desktop.services.training import (
        ImportFileError,
        ImportRejected,
        apply_import,
        preview_import,
    )
    from dsl_desktop.training.importer import PlanAction

    data = read_input(args.file, "a staff list", MAX_READ)
    with opened_vault(args) as vault:
        if args.dry_run:
            result, plan = preview_import(vault, data)
            if not result.ok:
                raise ImportFileError(result)
        else:
            try:
                report = apply_import(vault, data, skip_invalid=args.skip_invalid)
            except ImportRejected as exc:
                result, plan = exc.result, exc.plan
                _print_warnings(result.warnings)
                _print_rejections(plan.rejected)
                print(f"created 0, updated 0, unchanged 0, rejected {len(plan.rejected)}")
                valid = len(plan.rows) - len(plan.rejected)
                others = "1 other row is" if valid == 1 else f"{valid} other rows are"
                print(
                    f"error: {exc.message} ({others} valid.) Correct the rows listed, or "
                    "import the valid rows only with --skip-invalid.",
                    file=sys.stderr,
                )
                return 1
            result, plan = report.result, report.plan
    _print_warnings(result.warnings)
    _print_rejections(plan.rejected)
    if args.dry_run:
        print("Dry run: nothing was changed.")
    print(plan.summary_line())
    blocked = bool(plan.rejected) and not args.skip_invalid
    if args.dry_run and blocked:
        print(
            "error: with rows rejected, a real import would import nothing; correct them or "
            "add --skip-invalid.",
            file=sys.stderr,
        )
    if not plan.rows or all(r.action is PlanAction.REJECTED for r in plan.rows):
        return 1 if plan.rejected else 0
    return 1 if blocked else 0


def _print_warnings(warnings: Any) -> None:
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)


def _print_rejections(rows: Any) -> None:
    for row in rows:
        print(f"line {row.line}: rejected: {row.reason}")


def cmd_training_report(args: argparse.Namespace) -> int:
    from dsl_desktop.services.training import training_report_csv, training_report_pdf

    out = output_path(args)
    with opened_vault(args) as vault:
        write = training_report_csv if args.format == "csv" else training_report_pdf
        board = write(vault, out, as_of=args.as_of)
    print(
        f"Saved the training report ({len(board.rows)} staff, as of "
        f"{board.as_of.strftime('%d/%m/%Y')}) to {out}"
    )
    return 0
