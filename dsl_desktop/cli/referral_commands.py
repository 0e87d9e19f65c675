"""A concern's documents: referral-pdf, referral-text, decision-record and chronology.

Every command opens the vault in ``--data-dir`` with a passphrase (a prompt, or the first line
of standard input with ``--passphrase-stdin``), refuses an output path inside the vault's own
folder, writes the file atomically, and reports a failure as one line on stderr.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from dsl_desktop.cli.common import CliError, add_common, open_vault, output_path

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
        "referral-text",
        help="write a concern's Prevent referral form as plain text, section by section",
        description="The same form as referral-pdf, as UTF-8 text with a heading for each "
        "section, for pasting into an official online form or portal.",
    )
    p.add_argument(
        "reference", metavar="REFERENCE", help="the concern's reference, e.g. C-2026-0042"
    )
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.txt")
    _add_language(p)
    add_common(p)
    p.set_defaults(handler=cmd_referral_text)

    p = sub.add_parser(
        "chronology",
        help="write a person's chronology (for the child protection file) to a PDF file",
        description="Everything recorded about the person, oldest first. Name the person by a "
        "concern reference (C-2026-0042), their UPN or staff code, or their name when only one "
        "person matches it.",
    )
    p.add_argument(
        "who", metavar="REFERENCE-OR-PERSON",
        help="a concern reference, a UPN or staff code, or the person's name",
    )  # fmt: skip
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    add_common(p)
    p.set_defaults(handler=cmd_chronology)

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
    """One atomic write; a VaultError (disk full, not allowed ...) is the one-line message."""
    from db.fsutil import atomic_write

    atomic_write(path, data)


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


def cmd_referral_text(args: argparse.Namespace) -> int:
    from dsl_desktop.services import referrals

    out = output_path(args)
    vault = open_vault(args)
    try:
        concern_id = referrals.concern_id_for(vault, args.reference)
        referral_id = referrals.referral_for_output(vault, concern_id)
        text = referrals.referral_text(vault, referral_id, args.language)
        _write(text.encode("utf-8"), out)
        referrals.note_saved(vault, referral_id)
    finally:
        vault.close("sign_out")
    print(f"Wrote the referral form for {args.reference.strip().upper()} as text to {out}")
    return 0


def cmd_chronology(args: argparse.Namespace) -> int:
    from dsl_desktop.services import chronology, people, referrals

    out = output_path(args)
    vault = open_vault(args)
    try:
        wanted = " ".join(args.who.split())
        if not wanted:
            raise CliError("say whose chronology: a concern reference or the person's name")
        person_id = _person_for(vault, wanted, referrals, people)
        data = chronology.chronology_pdf(vault, person_id)
        _write(data, out)
        chronology.note_chronology_saved(vault, person_id)
    finally:
        vault.close("sign_out")
    print(f"Wrote the chronology to {out}")
    return 0


def _person_for(vault: Any, wanted: str, referrals: Any, people: Any) -> int:
    import re

    from dsl_desktop.services.people import NotFound

    if re.fullmatch(r"[Cc]-\d{4}-\d{1,6}", wanted):
        concern_id = referrals.concern_id_for(vault, wanted)
        return int(referrals.person_id_for(vault, concern_id))
    matches = people.search_people(vault, wanted, limit=20)
    exact = [m for m in matches if m.upn_or_staff_code and m.upn_or_staff_code == wanted]
    if len(exact) == 1:
        return int(exact[0].id)
    if not matches:
        raise NotFound(f"No one on record matches “{wanted}”.")
    if len(matches) > 1:
        raise CliError(
            f"{len(matches)} people match “{wanted}”; give a concern reference or a UPN instead"
        )
    return int(matches[0].id)


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
