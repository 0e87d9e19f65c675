"""import-staff and training-report."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from dsl_desktop.cli.common import CliError, add_common, open_vault, output_path

MAX_READ = 64 * 1024 * 1024


def register(sub: Any) -> None:
    p = sub.add_parser(
        "import-staff",
        help="import or update the staff register from a CSV export (SIMS, Bromcom, Arbor, Excel)",
        description=(
            "Import a staff list. Rows are matched to people already on the register by email "
            "address or staff code. If any row is invalid nothing is imported, unless "
            "--skip-invalid is given. Exit status 1 when rows were rejected and nothing was "
            "imported (with --dry-run: when that is what a real import would do)."
        ),
    )
    add_common(p)
    p.add_argument("file", type=Path, metavar="FILE", help="the staff list, as CSV")
    p.add_argument("--dry-run", action="store_true", help="show what would happen; change nothing")
    p.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the valid rows even when some rows are invalid",
    )
    p.set_defaults(handler=cmd_import_staff)

    p = sub.add_parser("training-report", help="save the staff training matrix as CSV or PDF")
    add_common(p)
    p.add_argument("--format", choices=("csv", "pdf"), required=True, help="csv or pdf")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help="where to save")
    p.add_argument(
        "--as-of",
        type=_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="work out who is in date on this day (default: today)",
    )
    p.set_defaults(handler=cmd_training_report)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written as YYYY-MM-DD") from exc


def _read(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_READ + 1)
    except FileNotFoundError as exc:
        raise CliError(f"{path} does not exist") from exc
    except IsADirectoryError as exc:
        raise CliError(f"{path} is a folder, not a file") from exc
    except OSError as exc:
        raise CliError(f"{path} cannot be read ({exc.strerror or type(exc).__name__})") from exc
    if len(data) > MAX_READ:
        raise CliError(f"{path} is far too large to be a staff list")
    return data


def cmd_import_staff(args: argparse.Namespace) -> int:
    from dsl_desktop.services.training import (
        ImportFileError,
        ImportRejected,
        apply_import,
        preview_import,
    )
    from dsl_desktop.training.importer import PlanAction

    data = _read(args.file)
    vault = open_vault(args)
    try:
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
    finally:
        vault.close("sign_out")
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
    vault = open_vault(args)
    try:
        write = training_report_csv if args.format == "csv" else training_report_pdf
        board = write(vault, out, as_of=args.as_of)
    finally:
        vault.close("sign_out")
    print(
        f"Saved the training report ({len(board.rows)} staff, as of "
        f"{board.as_of.strftime('%d/%m/%Y')}) to {out}"
    )
    return 0
