"""referral-pdf and decision-record as a user runs them: a real process and a real vault."""

from __future__ import annotations

import io
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from db.models import AuditEvent, Referral
from db.vault import Vault
from dsl_desktop.domain import Outcome
from tests.referral_cases import NFA_RATIONALE, make_case

ROOT = Path(__file__).resolve().parents[2]
PASS = "amber kettle rowing lantern"


def cli(*args: str, stdin: str = PASS + "\n") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def text_of(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


@pytest.fixture(scope="module")
def vault_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A vault made by ``init``, holding a referral (C-2026-0001) and a no-further-action
    decision (C-2026-0002)."""
    d = tmp_path_factory.mktemp("cli-referral") / "vault"
    r = cli("init", "--data-dir", str(d), "--school", "Ysgol Gwŷn", "--user", "slloyd",
            "--display-name", "Mrs Siân Lloyd", "--passphrase-stdin")  # fmt: skip
    assert r.returncode == 0, r.stderr
    ov = Vault(d).unlock_any(PASS)
    try:
        make_case(ov, number=1)
        make_case(ov, number=2, outcome=Outcome.NO_FURTHER_ACTION)
    finally:
        ov.close()
    return d


def counts(d: Path) -> tuple[int, dict[str, int]]:
    ov = Vault(d).unlock_any(PASS)
    try:
        with ov.reading() as s:
            referrals = s.scalar(select(func.count(Referral.id))) or 0
            actions: dict[str, int] = {}
            for action in s.scalars(select(AuditEvent.action)):
                actions[action] = actions.get(action, 0) + 1
    finally:
        ov.close()
    return referrals, actions


def test_referral_pdf_generates_once_then_reuses_the_snapshot(
    vault_dir: Path, tmp_path: Path
) -> None:
    first = tmp_path / "referral.pdf"
    r = cli("referral-pdf", "C-2026-0001", "-o", str(first), "--data-dir", str(vault_dir),
            "--passphrase-stdin")  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("Wrote the referral form for C-2026-0001 (form DSLD-PRF-")
    text = text_of(first)
    for value in ("Prevent referral", "Gwŷn Siân", "Prys", "Kateřina Prys", "Zoë (nickname)",
                  "Mrs Siân Lloyd", "Ysgol Gwŷn", "OFFICIAL-SENSITIVE"):  # fmt: skip
        assert value in text, value
    if os.name == "posix":
        assert stat.S_IMODE(first.stat().st_mode) == 0o600

    second = tmp_path / "again.pdf"
    r = cli("referral-pdf", "c-2026-0001", "-o", str(second), "--data-dir", str(vault_dir),
            "--passphrase-stdin")  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert second.read_bytes() == first.read_bytes()
    referrals, actions = counts(vault_dir)
    assert referrals == 1
    assert actions["referral.generated"] == 1 and actions["referral.saved"] == 2


def test_decision_record_for_no_further_action(vault_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "decision.pdf"
    r = cli("decision-record", "C-2026-0002", "-o", str(out), "--data-dir", str(vault_dir),
            "--passphrase-stdin")  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"Wrote the decision record for C-2026-0002 to {out}"
    text = text_of(out)
    assert "Decision record" in text and "No further action" in text
    assert " ".join(NFA_RATIONALE.split()) in text


def test_referral_pdf_of_a_decision_that_is_not_a_referral(vault_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "nope.pdf"
    r = cli("referral-pdf", "C-2026-0002", "-o", str(out), "--data-dir", str(vault_dir),
            "--passphrase-stdin")  # fmt: skip
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith("error: This concern's decision is not a Prevent referral.")
    assert "Traceback" not in r.stderr and not out.exists()


@pytest.mark.parametrize("command", ["referral-pdf", "decision-record"])
def test_unknown_reference(vault_dir: Path, tmp_path: Path, command: str) -> None:
    out = tmp_path / "x.pdf"
    r = cli(command, "C-2099-0009", "-o", str(out), "--data-dir", str(vault_dir),
            "--passphrase-stdin")  # fmt: skip
    assert r.returncode == 1
    assert r.stderr.startswith("error: No concern has the reference C-2099-0009.")
    assert len(r.stderr.strip().splitlines()) == 1 and not out.exists()


def test_wrong_passphrase_and_missing_folder(vault_dir: Path, tmp_path: Path) -> None:
    r = cli("referral-pdf", "C-2026-0001", "-o", str(tmp_path / "x.pdf"), "--data-dir",
            str(vault_dir), "--passphrase-stdin", stdin="not the passphrase\n")  # fmt: skip
    assert r.returncode == 1 and r.stderr.startswith("error: ")
    assert len(r.stderr.strip().splitlines()) == 1
    r = cli("referral-pdf", "C-2026-0001", "-o", str(tmp_path / "no" / "x.pdf"), "--data-dir",
            str(vault_dir), "--passphrase-stdin")  # fmt: skip
    assert r.returncode == 1
    assert r.stderr.startswith(f"error: The folder {tmp_path / 'no'} does not exist")
    assert len(r.stderr.strip().splitlines()) == 1
