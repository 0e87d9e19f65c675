"""export-log: the concerns log as CSV or as a PDF report."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from dsl_desktop.cli.common import CliError, command, iso_date, opened_vault, output_path


def register(sub: Any) -> None:
    p = command(
        sub,
        "export-log",
        cmd_export_log,
        help="save the concerns log as CSV or as a PDF report",
        description=(
            "Save the concerns log (concerns noticed in the period, oldest first). "
            "--anonymise replaces names with initials and a pseudonymous id that only this "
            "vault can link back to a person."
        ),
    )
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
        type=iso_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="only concerns noticed on or after this day",
    )
    p.add_argument(
        "--to",
        dest="date_to",
        type=iso_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="only concerns noticed on or before this day",
    )


def cmd_export_log(args: argparse.Namespace) -> int:
    from dsl_desktop.services.exports import export_log_csv, export_log_pdf

    out = output_path(args)
    if args.date_from and args.date_to and args.date_to < args.date_from:
        raise CliError("--to is before --from")
    with opened_vault(args) as vault:
        export = export_log_csv if args.format == "csv" else export_log_pdf
        result = export(
            vault,
            out,
            anonymise=args.anonymise,
            date_from=args.date_from,
            date_to=args.date_to,
        )
    names = "anonymised" if result.anonymised else "with names"
    rows = "1 concern" if result.rows == 1 else f"{result.rows} concerns"
    print(f"Saved the concerns log ({rows}, {names}) to {out}")
    return 0
