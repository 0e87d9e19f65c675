"""`main.py export-log` as IT runs it: real processes, a real demo vault, real files."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from db.keyslots import KdfParams
from db.models import AuditEvent, Person
from db.vault import Vault
from dsl_desktop.domain import Role
from dsl_desktop.services.accounts import add_account

ROOT = Path(__file__).resolve().parents[2]
PASS = "amber kettle rowing lantern"


def cli(*args: str, stdin: str = PASS + "\n") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        input=stdin, capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("export") / "vault"
    made = cli("demo", "--data-dir", str(folder), "--concerns", "120", "--seed", "5",
               "--passphrase-stdin")  # fmt: skip
    assert made.returncode == 0, made.stderr
    return folder


def _rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text("utf-8-sig"), newline="")))


def test_csv_with_names(demo_vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "log.csv"
    r = cli("export-log", "--format", "csv", "-o", str(out), "--data-dir", str(demo_vault),
            "--passphrase-stdin")  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"Saved the concerns log (120 concerns, with names) to {out}"
    assert r.stderr == ""
    rows = _rows(out)
    assert rows[0][:4] == ["reference", "person", "person_id", "noticed_on"]
    assert len(rows) == 121


def test_anonymised_csv_for_a_period(demo_vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "anon.csv"
    r = cli("export-log", "--format", "csv", "-o", str(out), "--anonymise", "--from",
            "2023-09-01", "--to", "2024-08-31", "--data-dir", str(demo_vault),
            "--passphrase-stdin")  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert "anonymised" in r.stdout
    rows = _rows(out)[1:]
    assert rows and all("2023-09-01" <= row[3] <= "2024-08-31" for row in rows)
    ov = Vault(demo_vault).unlock("dsl", PASS)
    try:
        with ov.reading() as s:
            surnames = {p.surname for p in s.scalars(select(Person))}
            exported = s.scalars(
                select(AuditEvent)
                .where(AuditEvent.action == "log.exported")
                .order_by(AuditEvent.seq.desc())
            ).first()
            assert exported is not None
            details = dict(exported.details)
    finally:
        ov.close()
    text = out.read_text("utf-8-sig")
    assert not [name for name in surnames if name in text]
    assert details == {"format": "csv", "rows": len(rows), "anonymised": True,
                       "from": "2023-09-01", "to": "2024-08-31"}  # fmt: skip


def test_pdf_report(demo_vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    r = cli("export-log", "--format", "pdf", "-o", str(out), "--data-dir", str(demo_vault),
            "--passphrase-stdin")  # fmt: skip
    assert r.returncode == 0, r.stderr
    reader = PdfReader(out)
    first = reader.pages[0].extract_text()
    assert "Concerns log" in first and "OFFICIAL-SENSITIVE" in first
    assert f"Page 1 of {len(reader.pages)}" in first


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["--format", "csv", "-o", "{tmp}/x.csv"], "not the passphrase\n", "does not open"),
        (["--format", "csv", "-o", "{tmp}/missing/x.csv"], PASS + "\n", "does not exist"),
        (["--format", "csv", "-o", "{tmp}"], PASS + "\n", "is a folder"),
        (["--format", "csv", "-o", "{tmp}/x.csv", "--from", "2025-02-30"], PASS + "\n",
         "not a date"),
        (["--format", "csv", "-o", "{tmp}/x.csv", "--from", "2025-02-01", "--to", "2025-01-01"],
         PASS + "\n", "--to is before --from"),
        (["--format", "xlsx", "-o", "{tmp}/x.xlsx"], PASS + "\n", "invalid choice"),
    ],
)  # fmt: skip
def test_mistakes_are_one_line(
    demo_vault: Path, tmp_path: Path, args: list[str], stdin: str, message: str
) -> None:
    filled = [a.replace("{tmp}", str(tmp_path)) for a in args]
    r = cli("export-log", *filled, "--data-dir", str(demo_vault), "--passphrase-stdin",
            stdin=stdin)  # fmt: skip
    assert r.returncode != 0
    assert message in r.stderr
    assert "Traceback" not in r.stderr
    assert not (tmp_path / "x.csv").exists()


def test_a_reviewer_may_not_export(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    made = cli("demo", "--data-dir", str(folder), "--concerns", "5", "--seed", "1",
               "--passphrase-stdin")  # fmt: skip
    assert made.returncode == 0, made.stderr
    ov = Vault(folder).unlock("dsl", PASS)
    try:
        add_account(ov, sign_in_name="governor", display_name="Mr Governor", role=Role.REVIEWER,
                    passphrase="willow crane marble 31", kdf=KdfParams(19456, 2, 1))  # fmt: skip
    finally:
        ov.close()
    out = tmp_path / "x.csv"
    r = cli("export-log", "--format", "csv", "-o", str(out), "--data-dir", str(folder),
            "--passphrase-stdin", stdin="willow crane marble 31\n")  # fmt: skip
    assert r.returncode == 1
    assert r.stderr.startswith("error: The Reviewer role cannot export concerns.")
    assert len(r.stderr.strip().splitlines()) == 1
    assert not out.exists()
