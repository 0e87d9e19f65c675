"""export-log: the concerns log as CSV or as a PDF report."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from dsl_desktop.cli.common import CliError, add_common, open_vault, output_path


def register(sub: Any) -> None:
    p = sub.add_parser(
        "export-log",
        help="save the concerns log as CSV or as a PDF report",
        description=(
            "Save the concerns log (concerns noticed in the period, oldest first). "
            "--anonymise replaces names with initials and a pseudonymous id that only this "
            "vault can link back to a person."
        ),
    )
    add_common(p)
    p.add_argument("--format", choices=("csv", "pdf"), required=True, help="csv or pdf")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help="where to save")
    p.add_argument(
        "--anonymise",
        "--anonymize",
        dest="anonymise",
        action="store_true",
        help="initials and pseudonymous ids instead of names",
    )
    p.add_argument(
        "--from",
        dest="date_from",
        type=_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="only concerns noticed on or after this day",
    )
    p.add_argument(
        "--to",
        dest="date_to",
        type=_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="only concerns noticed on or before this day",
    )
    p.set_defaults(handler=cmd_export_log)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written as YYYY-MM-DD") from exc


def cmd_export_log(args: argparse.Namespace) -> int:
    from dsl_desktop.services.exports import export_log_csv, export_log_pdf

    out = output_path(args)
    if args.date_from and args.date_to and args.date_to < args.date_from:
        raise CliError("--to is before --from")
    vault = open_vault(args)
    try:
        export = export_log_csv if args.format == "csv" else export_log_pdf
        result = export(
            vault,
            out,
            anonymise=args.anonymise,
            date_from=args.date_from,
            date_to=args.date_to,
        )
    finally:
        vault.close("sign_out")
    names = "anonymised" if result.anonymised else "with names"
    rows = "1 concern" if result.rows == 1 else f"{result.rows} concerns"
    print(f"Saved the concerns log ({rows}, {names}) to {out}")
    return 0
