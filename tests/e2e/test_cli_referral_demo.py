"""referral-pdf, referral-text and chronology over a 400-concern demo vault: every concern whose
decision is a Prevent referral gets its form (PDF and text) and its person's chronology.

Each command runs through the command line's own entry point (argument parsing, passphrase on
standard input, error handling); one of each also runs as a real process.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from db.keyslots import KdfParams
from db.models import Concern, Decision, Referral
from db.vault import Vault
from dsl_desktop import cli, demo
from dsl_desktop.services.setup import seed_catalogues

ROOT = Path(__file__).resolve().parents[2]
PASS = "amber kettle rowing lantern 7"
FAST_KDF = KdfParams(19456, 2, 1)


def run(monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASS + "\n"))
    return cli.run(list(args))


def text_of(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """A 400-concern demo vault and the references of its referral cases."""
    d = tmp_path_factory.mktemp("cli-demo") / "vault"
    ov, _code = Vault(d).create(
        school_name=demo.DEMO_SCHOOL, sign_in_name="dsl", display_name="Demo DSL",
        passphrase=PASS, kdf=FAST_KDF, seed=seed_catalogues,
    )  # fmt: skip
    try:
        demo.generate(ov, concerns=400, seed=2)
        with ov.reading() as s:
            latest = {
                cid: outcome
                for cid, outcome in s.execute(
                    select(Decision.concern_id, Decision.outcome).order_by(Decision.id)
                )
            }
            references = sorted(
                ref
                for cid, ref in s.execute(select(Concern.id, Concern.reference))
                if latest.get(cid) == "prevent_referral"
            )
    finally:
        ov.close()
    assert len(references) >= 20
    return d, references


@pytest.mark.slow
def test_every_referral_case_prints_as_pdf_text_and_chronology(
    demo_dir: tuple[Path, list[str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    d, references = demo_dir
    common = ["--data-dir", str(d), "--passphrase-stdin"]
    for ref in references:
        pdf, txt, chron = (
            tmp_path / f"{ref}.pdf",
            tmp_path / f"{ref}.txt",
            tmp_path / f"{ref}-c.pdf",
        )
        assert run(monkeypatch, "referral-pdf", ref, "-o", str(pdf), *common) == 0, ref
        assert run(monkeypatch, "referral-text", ref, "-o", str(txt), *common) == 0, ref
        assert run(monkeypatch, "chronology", ref, "-o", str(chron), *common) == 0, ref
        form = text_of(pdf)
        assert ref in form and "1. The person" in form and "5. The referrer" in form
        assert "Not answered" not in form and "National Prevent Referral Form (2025)" in form
        plain = txt.read_text(encoding="utf-8")
        assert plain.startswith("Prevent referral\n") and f"Concern reference: {ref}" in plain
        assert "Checks already made\n" in plain and "Not answered" not in plain
        assert ref in text_of(chron)
    err = capsys.readouterr().err
    assert err == "", err
    ov = Vault(d).unlock_any(PASS)
    try:
        with ov.reading() as s:
            assert all(r.snapshot is not None for r in s.scalars(select(Referral)))
    finally:
        ov.close()


def cli_process(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], input=PASS + "\n", capture_output=True,
        text=True, env=env, timeout=120,
    )  # fmt: skip


def test_the_commands_as_real_processes(demo_dir: tuple[Path, list[str]], tmp_path: Path) -> None:
    d, references = demo_dir
    ref = references[-1]
    common = ("--data-dir", str(d), "--passphrase-stdin")
    r = cli_process(
        "referral-text", ref, "-o", str(tmp_path / "r.txt"), "--language", "cy", *common
    )
    assert r.returncode == 0, r.stderr
    assert "Y person" in (tmp_path / "r.txt").read_text(encoding="utf-8")
    r = cli_process("chronology", ref, "-o", str(tmp_path / "c.pdf"), *common)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"Wrote the chronology to {tmp_path / 'c.pdf'}"
    # the vault's own folder is refused, in one line, and nothing is written there
    inside = d / "referral.txt"
    r = cli_process("referral-text", ref, "-o", str(inside), *common)
    assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1
    assert "inside the vault's own folder" in r.stderr and not inside.exists()


def test_a_referral_without_a_form_says_what_to_do_first(
    demo_dir: tuple[Path, list[str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    d, _references = demo_dir
    ov = Vault(d).unlock_any(PASS)
    try:
        with ov.unit() as s:
            row = s.scalars(
                select(Referral).where(Referral.sent_at.is_not(None)).order_by(Referral.id)
            ).first()
            assert row is not None
            concern = s.get(Concern, row.concern_id)
            assert concern is not None
            reference = concern.reference
            saved = row.snapshot
            row.snapshot = None  # as a referral recorded as sent without a form made here
    finally:
        ov.close()
    try:
        out = tmp_path / "none.pdf"
        code = run(monkeypatch, "referral-pdf", reference, "-o", str(out), "--data-dir", str(d),
                   "--passphrase-stdin")  # fmt: skip
        err = capsys.readouterr().err.strip()
        assert code == 1 and not out.exists()
        assert len(err.splitlines()) == 1, err
        assert err.startswith(f"error: The referral for {reference} was recorded as sent on ")
        assert "decision-record" in err
    finally:
        ov = Vault(d).unlock_any(PASS)
        try:
            with ov.unit() as s:
                again = s.get(Referral, row.id)
                assert again is not None
                again.snapshot = saved
        finally:
            ov.close()
