"""import-staff and training-report as a user runs them: real processes, a real vault."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "staff"
PASS = "amber kettle rowing lantern"
SUMMARY = "created {}, updated {}, unchanged {}, rejected {}"


def cli(*args: str, stdin: str = PASS + "\n") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )


@pytest.fixture()
def vault_dir(tmp_path: Path) -> Path:
    d = tmp_path / "vault"
    r = cli("init", "--data-dir", str(d), "--school", "Ysgol Gwŷn", "--user", "abrown",
            "--passphrase-stdin")  # fmt: skip
    assert r.returncode == 0, r.stderr
    return d


def import_staff(vault_dir: Path, file: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return cli("import-staff", str(file), *extra, "--data-dir", str(vault_dir),
               "--passphrase-stdin")  # fmt: skip


def summary_lines(out: str) -> list[str]:
    return [ln for ln in out.splitlines() if ln.startswith("created ")]


def test_import_staff_dry_run_then_real(vault_dir: Path) -> None:
    sims = FIXTURES / "sims_staff_export.csv"
    dry = import_staff(vault_dir, sims, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert summary_lines(dry.stdout) == [SUMMARY.format(10, 0, 0, 0)]
    assert "nothing was changed" in dry.stdout
    # The dry run changed nothing: the real import still creates all ten.
    real = import_staff(vault_dir, sims)
    assert real.returncode == 0, real.stderr
    assert summary_lines(real.stdout) == [SUMMARY.format(10, 0, 0, 0)]
    assert real.stdout.strip().splitlines()[-1] == SUMMARY.format(10, 0, 0, 0)

    bromcom = import_staff(vault_dir, FIXTURES / "bromcom_staff.csv")
    assert summary_lines(bromcom.stdout) == [SUMMARY.format(2, 1, 0, 0)]
    excel = import_staff(vault_dir, FIXTURES / "excel_semicolon_cp1252.csv")
    assert summary_lines(excel.stdout) == [SUMMARY.format(2, 0, 0, 0)]
    assert "Windows-1252" in excel.stderr and excel.stderr.startswith("warning:")
    again = import_staff(vault_dir, sims)
    assert summary_lines(again.stdout) == [SUMMARY.format(0, 0, 10, 0)]
    assert cli("verify", "--data-dir", str(vault_dir), "--passphrase-stdin").returncode == 0


def test_import_staff_rejections_are_numbered_and_nothing_is_imported(
    vault_dir: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "staff.csv"
    bad.write_text(
        "Forename,Surname,Email\n"
        "Ann,Lee,a.lee@example.org\n"
        ",Nofore,n@example.org\n"
        "Bob,Ray,not-an-address\n",
        encoding="utf-8",
    )
    r = import_staff(vault_dir, bad)
    assert r.returncode == 1
    lines = r.stdout.splitlines()
    assert lines[0] == "line 3: rejected: missing forename"
    assert lines[1].startswith("line 4: rejected: the email address")
    assert summary_lines(r.stdout) == [SUMMARY.format(0, 0, 0, 2)]
    assert r.stderr.startswith("error: 2 rows of the file cannot be imported")
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr

    dry = import_staff(vault_dir, bad, "--dry-run")
    assert dry.returncode == 1 and summary_lines(dry.stdout) == [SUMMARY.format(1, 0, 0, 2)]

    skipped = import_staff(vault_dir, bad, "--skip-invalid")
    assert skipped.returncode == 0, skipped.stderr
    assert summary_lines(skipped.stdout) == [SUMMARY.format(1, 0, 0, 2)]
    assert "line 3: rejected" in skipped.stdout


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "does not exist"),
        (b"PK\x03\x04 workbook", "Excel workbook"),
        (b"", "empty"),
        (b"\x00\xff\xfe garbage \x01", "No header row"),
    ],
)
def test_import_staff_bad_files_fail_in_one_line(
    vault_dir: Path, tmp_path: Path, content: bytes | None, message: str
) -> None:
    path = tmp_path / "upload.csv"
    if content is not None:
        path.write_bytes(content)
    r = import_staff(vault_dir, path)
    assert r.returncode == 1
    assert r.stderr.startswith("error: ") and message in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert summary_lines(r.stdout) == []


def test_wrong_passphrase_is_one_line(vault_dir: Path) -> None:
    r = cli("import-staff", str(FIXTURES / "bromcom_staff.csv"), "--data-dir", str(vault_dir),
            "--passphrase-stdin", stdin="wrong words entirely\n")  # fmt: skip
    assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1
    assert "Traceback" not in r.stderr


def test_training_report_csv_and_pdf(vault_dir: Path, tmp_path: Path) -> None:
    assert import_staff(vault_dir, FIXTURES / "sims_staff_export.csv").returncode == 0
    out_csv = tmp_path / "training.csv"
    r = cli("training-report", "--format", "csv", "-o", str(out_csv), "--as-of", "2026-03-16",
            "--data-dir", str(vault_dir), "--passphrase-stdin")  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert "10 staff" in r.stdout and "16/03/2026" in r.stdout
    rows = list(csv.reader(io.StringIO(out_csv.read_text("utf-8-sig"))))
    assert len(rows) == 11
    assert "Gwŷn" in {row[rows[0].index("Forename")] for row in rows}

    out_pdf = tmp_path / "training.pdf"
    r = cli("training-report", "--format", "pdf", "-o", str(out_pdf),
            "--data-dir", str(vault_dir), "--passphrase-stdin")  # fmt: skip
    assert r.returncode == 0, r.stderr
    reader = PdfReader(out_pdf)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "OFFICIAL-SENSITIVE" in text and "Staff training compliance" in text
    assert "Ysgol Gwŷn" in text and "Kateřina" in text and "Produced on" in text

    missing = cli("training-report", "--format", "pdf", "-o", str(tmp_path / "no" / "r.pdf"),
                  "--data-dir", str(vault_dir), "--passphrase-stdin")  # fmt: skip
    assert missing.returncode == 1 and missing.stderr.startswith("error: The folder")
