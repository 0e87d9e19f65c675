"""The referral form and the decision record in Welsh and bilingually, read back with pypdf."""

from __future__ import annotations

import ast
import io
import re
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from db.vault import OpenVault, Vault
from dsl_desktop.cli import referral_commands
from dsl_desktop.domain import Outcome
from dsl_desktop.pdf import text
from dsl_desktop.pdf.decision_record import decision_headings, decision_record_bytes
from dsl_desktop.pdf.referral import referral_pdf_bytes, render_referral_pdf, section_heading
from dsl_desktop.pdf.text_cy import WELSH
from dsl_desktop.referral_form import DECISION_RECORD_VERSION, FORM_VERSION, ReferralSection
from dsl_desktop.services import referrals as rs
from dsl_desktop.workflow import STAGE_LABELS
from tests.core_messages import core_keys
from tests.referral_cases import make_case
from tests.unit.test_decision_record_pdf import typical_record
from tests.unit.test_error_welsh import error_texts
from tests.unit.test_referral_pdf import typical_form

ROOT = Path(__file__).resolve().parents[2]
Maker = Callable[..., tuple[Vault, OpenVault, str]]

REFERRAL_HEADINGS = {
    "The person": "Y person",
    "The concerns": "Y pryderon",
    "Information and where it came from": "Gwybodaeth ac o ble y daeth",
    "What we are worried about": "Beth sy'n ein poeni",
    "Complex needs": "Anghenion cymhleth",
    "Other information": "Gwybodaeth arall",
    "Checks already made": "Gwiriadau a wnaed eisoes",
    "The referrer": "Yr atgyfeiriwr",
}
"""Headings of the referral form; the national form's five sections print numbered ("1. ")."""


def has_heading(found: list[str], heading: str) -> bool:
    return any(re.fullmatch(rf"(?:[1-5]\. )?{re.escape(heading)}", line) for line in found)


DECISION_HEADINGS = {
    "The person": "Y person",
    "The concern": "Y pryder",
    "Information gathered": "Gwybodaeth a gasglwyd",
    "Other explanations considered": "Esboniadau eraill a ystyriwyd",
    "Who was consulted": "Pwy yr ymgynghorwyd â nhw",
    "Proportionality": "Cymesuredd",
    "Decision": "Penderfyniad",
}


def squash(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip()


def read(pdf: bytes) -> tuple[str, PdfReader]:
    reader = PdfReader(io.BytesIO(pdf))
    return squash(" ".join(page.extract_text() for page in reader.pages)), reader


def lang(reader: PdfReader) -> str:
    """The document catalogue's /Lang."""
    return str(reader.root_object["/Lang"])


def lines(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [line.strip() for page in reader.pages for line in page.extract_text().splitlines()]


# --- the catalogue -----------------------------------------------------------------------------


def _pdf_messages() -> dict[str, str]:
    """Every literal passed to ``_()`` in dsl_desktop, with where it is."""
    found: dict[str, str] = {}
    for path in sorted((ROOT / "dsl_desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "_"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.setdefault(node.args[0].value, path.relative_to(ROOT).as_posix())
    return found


def test_every_pdf_label_has_welsh() -> None:
    missing = [f"{where}: {message!r}" for message, where in _pdf_messages().items()
               if not WELSH.get(message, "").strip()]  # fmt: skip
    assert not missing, "add these to dsl_desktop/pdf/text_cy.py:\n" + "\n".join(missing)


def test_welsh_keeps_every_placeholder() -> None:
    field = re.compile(r"\{[^{}]*\}")
    differ = [
        english
        for english, welsh in WELSH.items()
        if sorted(field.findall(english)) != sorted(field.findall(welsh))
    ]
    assert not differ


def test_no_welsh_for_texts_nothing_prints() -> None:
    """Stale entries go when their English goes (keeps the catalogue honest). The core's
    messages (tests/core_messages.py) are printed and shown too."""
    stages = list(STAGE_LABELS.values())  # "Notice or Check": where a refused step can be taken
    either = {f"{a} or {b}" for i, a in enumerate(stages) for b in stages[i + 1 :]}
    assert not set(WELSH) - set(_pdf_messages()) - core_keys() - set(error_texts()[0]) - either


def test_bilingual_label_puts_welsh_first() -> None:
    assert text.bilingual("Am y person", "About the person") == "Am y person / About the person"
    assert text.bilingual("URN", "URN") == "URN"
    long_english = "x" * (text.BILINGUAL_LONG + 1)
    assert text.bilingual("y", long_english) == f"y\n{long_english}"


def test_language_is_scoped_to_the_block_and_the_thread() -> None:
    assert text._("The referrer") == "The referrer"
    seen: list[str] = []
    with text.in_language("cy"):
        assert text._("The referrer") == "Yr atgyfeiriwr"
        assert text.document_language() == "cy-GB"
        other = threading.Thread(target=lambda: seen.append(text._("The referrer")))
        other.start()
        other.join()
        with text.in_language("en"):
            assert text._("The referrer") == "The referrer"
        assert section_heading(ReferralSection.PERSON) == "Y person"
    assert seen == ["The referrer"]
    assert text._("The referrer") == "The referrer"
    assert text.document_language() == "en-GB"


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="fr"), text.in_language("fr"):
        pass


# --- the referral form -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def welsh_referral() -> bytes:
    return referral_pdf_bytes(typical_form(), "cy")


@pytest.fixture(scope="module")
def bilingual_referral() -> bytes:
    return referral_pdf_bytes(typical_form(), "bilingual")


def test_welsh_referral_has_welsh_headings_and_lang(welsh_referral: bytes) -> None:
    words, reader = read(welsh_referral)
    found = lines(welsh_referral)
    for english, welsh in REFERRAL_HEADINGS.items():
        assert has_heading(found, welsh), welsh
        assert not has_heading(found, english)
    assert "Atgyfeiriad Atal" in words
    assert "Ffurflen Atgyfeirio Genedlaethol Atal (2025)" in words
    assert "Honiad (wedi'i ddweud fel ffaith, heb ei wirio)" in words
    assert "Enw(au) cyntaf" in words
    assert "SWYDDOGOL-SENSITIF" in words
    assert "Tudalen 1 o" in words
    assert "14 Mawrth 2026" in words
    assert lang(reader) == "cy-GB"
    assert reader.metadata is not None
    assert reader.metadata.title == "Atgyfeiriad Atal C-2026-0042"


def test_welsh_referral_prints_what_was_recorded_as_it_is(welsh_referral: bytes) -> None:
    english_words, _reader = read(referral_pdf_bytes(typical_form()))
    welsh_words, _reader = read(welsh_referral)
    form = typical_form()
    for value in (form.person.forenames, form.concern.what_happened[:40], "C-2026-0042"):
        assert squash(value) in english_words
        assert squash(value) in welsh_words


def test_bilingual_referral_has_both_languages(bilingual_referral: bytes) -> None:
    words, reader = read(bilingual_referral)
    for english, welsh in REFERRAL_HEADINGS.items():
        assert f"{welsh} / {english}" in words, english
    assert "Atgyfeiriad Atal / Prevent referral" in words
    assert "Tudalen/Page 1/" in words
    assert lang(reader) == "cy-GB"


def test_english_referral_is_unchanged_by_a_welsh_one(welsh_referral: bytes) -> None:
    words, reader = read(referral_pdf_bytes(typical_form(), "en"))
    assert "1. The person" in words and "Y person" not in words
    assert lang(reader) == "en-GB"
    assert referral_pdf_bytes(typical_form()) == referral_pdf_bytes(typical_form(), "en")


def test_render_referral_in_welsh_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "atgyfeiriad.pdf"
    render_referral_pdf(typical_form(), out, language="cy")
    assert "1. Y person" in read(out.read_bytes())[0]


# --- the decision record -----------------------------------------------------------------------


def test_welsh_decision_record(tmp_path: Path) -> None:
    pdf = decision_record_bytes(typical_record(), "cy")
    words, reader = read(pdf)
    found = lines(pdf)
    for welsh in DECISION_HEADINGS.values():
        assert welsh in found, welsh
    assert "Cofnod penderfyniad" in words
    assert "Rhesymau dros y penderfyniad" in words
    assert lang(reader) == "cy-GB"
    with text.in_language("cy"):
        assert decision_headings() == tuple(DECISION_HEADINGS.values())


def test_bilingual_decision_record() -> None:
    words, reader = read(decision_record_bytes(typical_record(), "bilingual"))
    for english, welsh in DECISION_HEADINGS.items():
        assert f"{welsh} / {english}" in words, english
    assert "Cofnod penderfyniad / Decision record" in words
    assert lang(reader) == "cy-GB"


# --- through the service and the command line --------------------------------------------------


def test_service_renders_a_stored_referral_in_welsh(new_vault: Maker) -> None:
    _vault, ov, _ = new_vault()
    case = make_case(ov)
    referral_id = rs.generate_referral(ov, case.concern_id)
    english = rs.referral_pdf(ov, referral_id)
    welsh = rs.referral_pdf(ov, referral_id, language="cy")
    both = rs.referral_pdf(ov, referral_id, language="bilingual")
    assert "1. The person" in read(english)[0]
    assert "1. Y person" in lines(welsh)
    assert "1. Y person / The person" in read(both)[0]
    with pytest.raises(ValueError):
        rs.referral_pdf(ov, referral_id, language="de")


def test_service_decision_record_in_welsh(new_vault: Maker) -> None:
    _vault, ov, _ = new_vault()
    case = make_case(ov, outcome=Outcome.NO_FURTHER_ACTION)
    document = rs.decision_record_document(ov, case.concern_id, language="cy")
    words, reader = read(document.pdf)
    assert "Cofnod penderfyniad" in words
    assert "Dim camau pellach" in words
    assert lang(reader) == "cy-GB"
    assert rs.decision_record_pdf(ov, case.concern_id, language="bilingual")


def test_cli_offers_the_three_languages() -> None:
    import argparse

    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers()
    referral_commands.register(sub)
    args = parser.parse_args(["referral-pdf", "C-2026-0001", "-o", "x.pdf", "--language", "cy"])
    assert args.language == "cy"
    args = parser.parse_args(["decision-record", "C-2026-0001", "-o", "x.pdf"])
    assert args.language == "en"
    with pytest.raises(SystemExit):
        parser.parse_args(["decision-record", "C-1", "-o", "x.pdf", "--language", "fr"])


@pytest.mark.parametrize("language", ["en", "cy", "bilingual"])
def test_footer_fits_on_its_line(language: str) -> None:
    """The footer's left part and "Page X of Y" share one line: they must not overlap."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from dsl_desktop.pdf import base, fonts

    fonts.register_fonts()
    documents = [("Prevent referral", FORM_VERSION), ("Decision record", DECISION_RECORD_VERSION)]
    with text.in_language(language):
        left = max(
            stringWidth(
                "  \u00b7  ".join(
                    [
                        title,
                        text._("Version {version}").format(version=version),
                        text._("School reference {urn}").format(urn="4012345"),
                        text._("Concern {reference}").format(reference="C-2026-0042"),
                    ]
                ),
                fonts.REGULAR,
                7.5,
            )
            for title, version in ((text._(name), version) for name, version in documents)
        )
        page = stringWidth(text._("Page {page} of {pages}").format(page=10, pages=12),
                           fonts.BOLD, 8)  # fmt: skip
    assert left + page + 12 < base.CONTENT_WIDTH
