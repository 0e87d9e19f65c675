"""referral-pdf and decision-record: write a concern's documents to a PDF file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from dsl_desktop.cli.common import add_common, open_vault, output_path

LANGUAGES = ("en", "cy", "bilingual")


def _add_language(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        default="en",
        help="the language of the form's own wording: en (English, the default), cy (Welsh) "
        "or bilingual (Welsh and English); what was recorded is printed as it was written",
    )


def register(sub: Any) -> None:
    p = sub.add_parser(
        "referral-pdf",
        help="write a concern's Prevent referral form to a PDF file",
        description="Writes the newest generated referral form of the concern exactly as it was "
        "generated; if none has been generated yet, one is generated now from the case.",
    )
    p.add_argument(
        "reference", metavar="REFERENCE", help="the concern's reference, e.g. C-2026-0042"
    )
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    _add_language(p)
    add_common(p)
    p.set_defaults(handler=cmd_referral_pdf)

    p = sub.add_parser(
        "decision-record",
        help="write the record of a concern's latest decision to a PDF file",
        description="Every decision has a record, including a decision to take no further action.",
    )
    p.add_argument(
        "reference", metavar="REFERENCE", help="the concern's reference, e.g. C-2026-0042"
    )
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    _add_language(p)
    add_common(p)
    p.set_defaults(handler=cmd_decision_record)


def _write(data: bytes, path: Path) -> None:
    from dsl_desktop.pdf.base import write_pdf

    write_pdf(data, path)  # a VaultError (disk full, not allowed ...) is the one-line message


def cmd_referral_pdf(args: argparse.Namespace) -> int:
    from dsl_desktop.services import referrals

    out = output_path(args)
    vault = open_vault(args)
    try:
        concern_id = referrals.concern_id_for(vault, args.reference)
        referral_id = referrals.referral_for_output(vault, concern_id)
        form = referrals.stored_referral_form(vault, referral_id)
        _write(referrals.referral_pdf(vault, referral_id, args.language), out)
        referrals.note_saved(vault, referral_id)
    finally:
        vault.close("sign_out")
    print(
        f"Wrote the referral form for {form.concern_reference} (form {form.form_version}, "
        f"generated {form.generated_at:%Y-%m-%d %H:%M}) to {out}"
    )
    return 0


def cmd_decision_record(args: argparse.Namespace) -> int:
    from dsl_desktop.services import referrals

    out = output_path(args)
    vault = open_vault(args)
    try:
        concern_id = referrals.concern_id_for(vault, args.reference)
        document = referrals.decision_record_document(vault, concern_id, language=args.language)
        _write(document.pdf, out)
        referrals.note_decision_record_saved(vault, document.decision_id)
    finally:
        vault.close("sign_out")
    print(f"Wrote the decision record for {document.record.concern_reference} to {out}")
    return 0
