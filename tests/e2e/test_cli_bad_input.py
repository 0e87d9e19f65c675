"""Every bad input is one line and changes nothing (as a user runs the command line): text that
is not UTF-8, the widest period, a data folder that is a file or read-only, a full disk during a
PDF and during init (a real file-size limit on the process), huge names, huge demo counts."""

from __future__ import annotations

import hashlib
import os
import resource
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from pypdf import PdfReader

from db.fsutil import TEMP_SUFFIX

ROOT = Path(__file__).resolve().parents[2]
PASS = "amber kettle rowing lantern"


def cli(
    *args: str | bytes, stdin: bytes = PASS.encode() + b"\n", file_limit: int | None = None
) -> subprocess.CompletedProcess[str]:
    def limit() -> None:  # a disk with file_limit bytes free, for this process only
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        assert file_limit is not None
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, file_limit))

    r = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], input=stdin, capture_output=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=300,
        preexec_fn=limit if file_limit else None,
    )  # fmt: skip
    return subprocess.CompletedProcess(
        r.args, r.returncode, r.stdout.decode("utf-8", "replace"),
        r.stderr.decode("utf-8", "replace"),
    )  # fmt: skip


def one_line_error(r: subprocess.CompletedProcess[str]) -> str:
    assert r.returncode != 0, r.stdout
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), r.stderr
    assert "unexpected problem" not in lines[0]
    return lines[0]


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bad") / "vault"
    made = cli("demo", "--data-dir", str(folder), "--concerns", "4", "--passphrase-stdin")
    assert made.returncode == 0, made.stderr
    return folder


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and p.name != "vault.db-shm"  # shared memory, not content
    }


@contextmanager
def unchanged(folder: Path) -> Iterator[None]:
    before = fingerprint(folder)
    yield
    assert fingerprint(folder) == before


def test_a_passphrase_that_is_not_utf8(vault: Path, tmp_path: Path) -> None:
    with unchanged(vault):
        line = one_line_error(
            cli("export-log", "--format", "csv", "-o", str(tmp_path / "x.csv"),
                "--data-dir", str(vault), "--passphrase-stdin", stdin=b"\xff\xfe caf\xe9\n")
        )  # fmt: skip
    assert "not valid" in line and "UTF-8" in line
    assert not (tmp_path / "x.csv").exists()


def test_a_school_name_that_is_not_utf8_makes_no_vault(tmp_path: Path) -> None:
    folder = tmp_path / "new"
    line = one_line_error(
        cli("init", "--school", b"Ysgol \xff\xfe", "--user", "dsl", "--data-dir", str(folder),
            "--passphrase-stdin")
    )  # fmt: skip
    assert line.startswith("error: The school's name is not valid text")
    assert not (folder / "vault.db").exists() and not (folder / "vault.keys").exists()


def test_names_too_long_for_a_vault(tmp_path: Path) -> None:
    folder = tmp_path / "new"
    line = one_line_error(
        cli("init", "--school", "Y" * 100_000, "--user", "dsl", "--data-dir", str(folder),
            "--passphrase-stdin")
    )  # fmt: skip
    assert "too long (100,000 characters; at most 200)" in line
    assert not (folder / "vault.db").exists()


@pytest.mark.parametrize("fmt", ["csv", "pdf"])
def test_the_widest_period_there_is(vault: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"all.{fmt}"
    r = cli("export-log", "--format", fmt, "-o", str(out), "--from", "0001-01-01",
            "--to", "9999-12-31", "--data-dir", str(vault), "--passphrase-stdin")  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert "4 concerns" in r.stdout
    if fmt == "pdf":
        text = " ".join(p.extract_text() for p in PdfReader(out).pages).replace("\n", " ")
        assert "1 January 1 to 31 December 9999" in text


def test_a_data_folder_that_is_a_file(tmp_path: Path) -> None:
    file = tmp_path / "vault"
    file.write_bytes(b"not a folder")
    for args in (["init", "--school", "X", "--user", "dsl"], ["verify"], ["demo"]):
        line = one_line_error(cli(*args, "--data-dir", str(file), "--passphrase-stdin"))
        assert line.startswith(f"error: {file} is a file, not a folder."), line
    assert file.read_bytes() == b"not a folder"


def test_a_read_only_data_folder_and_output_folder(vault: Path, tmp_path: Path) -> None:
    """Read-only for root too: the immutable attribute (chattr +i) on ext4."""
    out = tmp_path / "ro"
    out.mkdir()
    if subprocess.run(["chattr", "+i", str(out)], capture_output=True).returncode != 0:
        pytest.skip("this file system has no immutable attribute")
    try:
        line = one_line_error(
            cli("export-log", "--format", "csv", "-o", str(out / "x.csv"),
                "--data-dir", str(vault), "--passphrase-stdin")
        )  # fmt: skip
        assert line.startswith(f"error: The folder {out} cannot be written to.")
    finally:
        subprocess.run(["chattr", "-i", str(out)], check=True)
    subprocess.run(["chattr", "+i", str(vault)], check=True)
    try:
        with unchanged(vault):  # no sign-in recorded in a vault whose head cannot follow
            line = one_line_error(cli("verify", "--data-dir", str(vault), "--passphrase-stdin"))
        assert line.startswith(f"error: The data folder {vault} cannot be written to.")
    finally:
        subprocess.run(["chattr", "-i", str(vault)], check=True)


def test_a_full_disk_during_a_pdf(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    assert cli("demo", "--data-dir", str(folder), "--concerns", "2",
               "--passphrase-stdin").returncode == 0  # fmt: skip
    out = tmp_path / "out"
    out.mkdir()
    # Room for the sign-in's few pages of journal, not for the report (about 70 KB).
    line = one_line_error(
        cli("export-log", "--format", "pdf", "-o", str(out / "log.pdf"), "--data-dir",
            str(folder), "--passphrase-stdin", file_limit=48 * 1024)
    )  # fmt: skip
    assert line.startswith(f"error: The disk is full, so {out / 'log.pdf'} could not be written.")
    assert list(out.iterdir()) == []  # no half file, no temporary file
    verified = cli("verify", "--data-dir", str(folder), "--passphrase-stdin")
    assert verified.returncode == 0, verified.stderr


@pytest.mark.parametrize("room", [16 * 1024, 150 * 1024])
def test_a_full_disk_during_init_leaves_no_vault(tmp_path: Path, room: int) -> None:
    folder = tmp_path / "new"
    line = one_line_error(
        cli("init", "--school", "Ysgol Gwŷn", "--user", "dsl", "--data-dir", str(folder),
            "--passphrase-stdin", file_limit=room)
    )  # fmt: skip
    assert "disk is full" in line
    left = sorted(p.name for p in tmp_path.rglob("*"))
    assert not [n for n in left if n.startswith(("vault.db", "vault.keys", "audit.head"))], left
    assert not [n for n in left if n.endswith(TEMP_SUFFIX)], left
    made = cli("init", "--school", "Ysgol Gwŷn", "--user", "dsl", "--data-dir", str(folder),
               "--passphrase-stdin")  # fmt: skip
    assert made.returncode == 0, made.stderr  # and the next attempt, with room, just works


def test_a_million_character_staff_name(vault: Path, tmp_path: Path) -> None:
    staff = tmp_path / "staff.csv"
    staff.write_text(
        "Forename,Surname,Email\n"
        f"Siân,{'G' * 1_000_000},sian@example.org\n"
        "Zoë,O'Neill,zoe@example.org\n",
        "utf-8",
    )
    r = cli("import-staff", str(staff), "--data-dir", str(vault), "--passphrase-stdin")
    assert r.returncode == 1
    assert "line 2: rejected: the surname is 1,000,000 characters long (at most 200)" in r.stdout
    pdf = tmp_path / "training.pdf"
    r = cli("training-report", "--format", "pdf", "-o", str(pdf), "--data-dir", str(vault),
            "--passphrase-stdin")  # fmt: skip
    assert r.returncode == 0, r.stderr


def test_demo_counts_are_bounded(vault: Path) -> None:
    with unchanged(vault):
        line = one_line_error(
            cli("demo", "--concerns", "100000000000", "--data-dir", str(vault),
                "--passphrase-stdin")
        )  # fmt: skip
    assert "at most 100,000" in line
    line = one_line_error(
        cli("demo", "--staff", "20000", "--data-dir", str(vault), "--passphrase-stdin")
    )
    assert "at most 10,000" in line
