"""A concern's documents: referral-pdf, referral-text, decision-record and chronology.

Every command opens the vault in ``--data-dir`` with a passphrase (a prompt, or the first line
of standard input with ``--passphrase-stdin``), refuses an output path inside the vault's own
folder, writes the file atomically, and reports a failure as one line on stderr.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from dsl_desktop.cli.common import CliError, command, opened_vault, output_path

LANGUAGES = ("en", "cy", "bilingual")


def _add_language(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        default="en",
        help="the language of the form's own wording: en (English, the default), cy (Welsh) "
        "or bilingual (Welsh and English); what was recorded is printed as it was written",
    )


_REFERENCE = ("reference", "REFERENCE", "the concern's reference, e.g. C-2026-0042")


def _add_document(
    sub: Any,
    name: str,
    handler: Any,
    *,
    help: str,
    description: str,
    output: str = "FILE.pdf",
    subject: tuple[str, str, str] = _REFERENCE,
    language: bool = True,
) -> None:
    """One document command: what it is about (``subject``: name, metavar, help), ``-o``,
    ``--language`` if the document has its own wording, and the common options."""
    p = command(sub, name, handler, help=help, description=description)
    dest, metavar, subject_help = subject
    p.add_argument(dest, metavar=metavar, help=subject_help)
    p.add_argument("-o", "--output", required=True, type=Path, metavar=output)
    if language:
        _add_language(p)


def register(sub: Any) -> None:
    _add_document(
        sub,
        "referral-pdf",
        cmd_referral_pdf,
        help="write a concern's Prevent referral form to a PDF file",
        description="Writes the newest generated referral form of the concern exactly as it was "
        "generated; if none has been generated yet, one is generated now from the case.",
    )
    _add_document(
        sub,
        "referral-text",
        cmd_referral_text,
        output="FILE.txt",
        help="write a concern's Prevent referral form as plain text, section by section",
        description="The same form as referral-pdf, as UTF-8 text with a heading for each "
        "section, for pasting into an official online form or portal.",
    )
    _add_document(
        sub,
        "chronology",
        cmd_chronology,
        language=False,
        subject=(
            "who",
            "REFERENCE-OR-PERSON",
            "a concern reference, a UPN or staff code, or the person's name",
        ),
        help="write a person's chronology (for the child protection file) to a PDF file",
        description="Everything recorded about the person, oldest first. Name the person by a "
        "concern reference (C-2026-0042), their UPN or staff code, or their name when only one "
        "person matches it.",
    )
    _add_document(
        sub,
        "decision-record",
        cmd_decision_record,
        help="write the record of a concern's latest decision to a PDF file",
        description="Every decision has a record, including a decision to take no further action.",
    )


def _write(data: bytes, path: Path) -> None:
    """One atomic write; a VaultError (disk full, not allowed ...) is the one-line message."""
    from db.fsutil import atomic_write

    atomic_write(path, data)


def cmd_referral_pdf(args: argparse.Namespace) -> int:
    from dsl_desktop.services import referrals

    out = output_path(args)
    with opened_vault(args) as vault:
        concern_id = referrals.concern_id_for(vault, args.reference)
        referral_id = referrals.referral_for_output(vault, concern_id)
        form = referrals.stored_referral_form(vault, referral_id)
        _write(referrals.referral_pdf(vault, referral_id, args.language), out)
        referrals.note_saved(vault, referral_id)
    print(
        f"Wrote the referral form for {form.concern_reference} (form {form.form_version}, "
        f"generated {form.generated_at:%Y-%m-%d %H:%M}) to {out}"
    )
    return 0


def cmd_referral_text(args: argparse.Namespace) -> int:
    from dsl_desktop.services import referrals

    out = output_path(args)
    with opened_vault(args) as vault:
        concern_id = referrals.concern_id_for(vault, args.reference)
        referral_id = referrals.referral_for_output(vault, concern_id)
        text = referrals.referral_text(vault, referral_id, args.language)
        _write(text.encode("utf-8"), out)
        referrals.note_saved(vault, referral_id)
    print(f"Wrote the referral form for {args.reference.strip().upper()} as text to {out}")
    return 0


def cmd_chronology(args: argparse.Namespace) -> int:
    from dsl_desktop.services import chronology, people, referrals

    out = output_path(args)
    with opened_vault(args) as vault:
        wanted = " ".join(args.who.split())
        if not wanted:
            raise CliError("say whose chronology: a concern reference or the person's name")
        person_id = _person_for(vault, wanted, referrals, people)
        data = chronology.chronology_pdf(vault, person_id)
        _write(data, out)
        chronology.note_chronology_saved(vault, person_id)
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
    with opened_vault(args) as vault:
        concern_id = referrals.concern_id_for(vault, args.reference)
        document = referrals.decision_record_document(vault, concern_id, language=args.language)
        _write(document.pdf, out)
        referrals.note_decision_record_saved(vault, document.decision_id)
    print(f"Wrote the decision record for {document.record.concern_reference} to {out}")
    return 0
