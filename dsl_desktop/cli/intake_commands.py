"""intake-key, report-concern and import-reports: staff reports from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from dsl_desktop.cli.common import CliError, command, opened_vault, read_input

MAX_REPORT_JSON = 4 * 1024 * 1024


def register(sub: Any) -> None:
    p = command(
        sub,
        "intake-key",
        cmd_intake_key,
        help="write the school's public intake key file (school.dslintake) for staff reports",
        description="Writes the public half of the school's intake key (no secret in it): "
        "staff seal their reports with it and only this vault can open them. A key pair is made "
        "the first time; --replace makes a new one (reports sealed to the old one still open).",
    )
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    p.add_argument("--replace", action="store_true", help="make a new key pair first")

    p = command(
        sub,
        "report-concern",
        cmd_report_concern,
        vault=False,
        help="seal one staff report into a folder (no vault, no passphrase)",
        description="Reads REPORT.json (fields: reporter, reporter_role, person, noticed_at, "
        "where, account, present, immediate_danger, action_taken; reporter, person and account "
        "are required), seals it with the school's intake key and writes one file into DIR.",
    )
    p.add_argument("--key", required=True, type=Path, metavar="FILE", help="school.dslintake")
    p.add_argument("--from", dest="source", required=True, type=Path, metavar="REPORT.JSON")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="DIR")

    p = command(
        sub,
        "import-reports",
        cmd_import_reports,
        help="import every sealed staff report in a folder as a new concern",
        description="Opens each sealed report in DIR with this vault's intake keys and records a "
        "concern at Notice for each new one, then removes its file. A file that is damaged, "
        "sealed for another school or unreadable is left in place and listed. Exit status 1 "
        "when any file was refused.",
    )
    p.add_argument("folder", type=Path, metavar="DIR", help="the drop folder")

    p = command(
        sub,
        "record-of-concern",
        cmd_record_of_concern,
        vault=False,
        help="write the blank paper 'Record of concern' form to a PDF file (no vault)",
        description="The staff report's questions on paper, for staff without a computer.",
    )
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    p.add_argument("--school", default="", help="the school's name, printed at the top")
    p.add_argument(
        "--language", choices=("en", "cy", "bilingual"), default="en",
        help="en (English, the default), cy (Welsh) or bilingual (Welsh and English)",
    )  # fmt: skip


def cmd_record_of_concern(args: argparse.Namespace) -> int:
    from dsl_desktop.pdf.base import write_pdf
    from dsl_desktop.pdf.record_of_concern import record_of_concern_bytes

    out: Path = args.output
    if out.is_dir():
        raise CliError(f"{out} is a folder; give a file name ending in .pdf")
    if not out.parent.exists():
        raise CliError(f"the folder {out.parent} does not exist")
    try:
        write_pdf(record_of_concern_bytes(args.school.strip(), args.language), out)
    except OSError as exc:
        raise CliError(f"could not write {out}: {exc.strerror or type(exc).__name__}") from exc
    print(f"Wrote a blank Record of concern form to {out}")
    return 0


def cmd_intake_key(args: argparse.Namespace) -> int:
    from dsl_desktop.intake import service

    out: Path = args.output
    if out.is_dir():
        raise CliError(f"{out} is a folder; give a file name such as school.dslintake")
    if not out.parent.exists():
        raise CliError(f"the folder {out.parent} does not exist")
    with opened_vault(args) as vault:
        if args.replace:
            service.replace_key(vault)
        else:
            service.create_key(vault)
        key = service.export_public_key(vault, out)
    print(f"Wrote the intake key for {key.school} (key id {key.key_id}) to {out}")
    return 0


def cmd_report_concern(args: argparse.Namespace) -> int:
    from db.errors import VaultError
    from db.fsutil import atomic_write
    from dsl_desktop.intake.envelope import seal
    from dsl_desktop.intake.keyfile import IntakeKeyError
    from dsl_desktop.intake.locate import load_key_file
    from dsl_desktop.intake.report import ReportInvalid, StaffReport

    folder: Path = args.output
    if not folder.is_dir():
        raise CliError(f"{folder} is not a folder; -o names the folder the report goes into")
    try:
        key = load_key_file(args.key)
    except IntakeKeyError as exc:
        raise CliError(f"the intake key cannot be used: {exc}") from exc
    try:
        report = StaffReport.parse(read_input(args.source, "a report", MAX_REPORT_JSON))
    except ReportInvalid as exc:
        raise CliError(f"{args.source}: {exc}") from exc
    sealed = seal(key, report)
    target = folder / sealed.file_name
    try:
        atomic_write(target, sealed.data)
    except VaultError as exc:
        raise CliError(f"could not write into {folder}: {exc.message}") from exc
    print(f"Sealed the report for {key.school} to {target}")
    print(f"Receipt code: {sealed.receipt}")
    return 0


def cmd_import_reports(args: argparse.Namespace) -> int:
    from dsl_desktop.intake import service

    folder: Path = args.folder
    if not folder.is_dir():
        raise CliError(f"{folder} is not a folder")
    with opened_vault(args) as vault:
        summary = service.import_reports(vault, folder)
    for path, reason in summary.refused:
        print(f"refused {path}: {reason}; it was left where it is")
    for item in summary.imported:
        print(f"imported {item.receipt} as {item.reference}")
    for path in summary.not_removed:
        print(f"note: {path} was imported but could not be removed from the folder")
    print(summary.line())
    return 1 if summary.refused else 0
