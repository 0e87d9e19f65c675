"""backup, restore and verify --backup as a user runs them: real processes, real files."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PASS = "amber kettle rowing lantern"
BACKUP_PASS = "spare key kept in the safe"


def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        input=stdin, capture_output=True, text=True, env=env, timeout=180, check=False,
    )  # fmt: skip


def _files(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def _one_line_error(r: subprocess.CompletedProcess[str]) -> str:
    assert r.returncode != 0
    assert "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), r.stderr
    return lines[0]


@pytest.fixture(scope="module")
def school(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    base = tmp_path_factory.mktemp("cli-backup")
    vault = base / "vault"
    r = cli("init", "--data-dir", str(vault), "--school", "Ysgol Gwŷn", "--user", "abrown",
            "--passphrase-stdin", stdin=PASS + "\n")  # fmt: skip
    assert r.returncode == 0, r.stderr
    code = next(ln for ln in r.stdout.splitlines() if ln.count("-") == 7)
    return vault, code


def test_backup_restore_and_verify(school, tmp_path: Path) -> None:
    vault, code = school
    out = tmp_path / "nightly.dslbackup"
    r = cli(
        "backup", "-o", str(out), "--data-dir", str(vault), "--passphrase-stdin", stdin=PASS + "\n"
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("Backed up ") and "verified" in r.stdout
    assert out.exists()

    r = cli(
        "verify",
        "--backup",
        str(out),
        "--data-dir",
        str(vault),
        "--passphrase-stdin",
        stdin=PASS + "\n",
    )
    assert r.returncode == 0, r.stderr
    assert f"ok: backup {out}" in r.stdout and "ok: database sound" in r.stdout

    fresh = tmp_path / "restored"
    r = cli("restore", str(out), "--data-dir", str(fresh), "--passphrase-stdin", stdin=PASS + "\n")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("Restored ")
    r = cli("verify", "--data-dir", str(fresh), "--passphrase-stdin", stdin=PASS + "\n")
    assert r.returncode == 0, r.stderr

    # The recovery code opens the backup too.
    again = tmp_path / "by-code"
    r = cli("restore", str(out), "--data-dir", str(again), "--passphrase-stdin", stdin=code + "\n")
    assert r.returncode == 0, r.stderr


def test_a_backup_with_its_own_passphrase(school, tmp_path: Path) -> None:
    vault, _code = school
    out = tmp_path / "own.dslbackup"
    r = cli("backup", "-o", str(out), "--backup-passphrase-stdin", "--data-dir", str(vault),
            "--passphrase-stdin", stdin=f"{PASS}\n{BACKUP_PASS}\n")  # fmt: skip
    assert r.returncode == 0, r.stderr
    fresh = tmp_path / "restored"
    r = cli(
        "restore",
        str(out),
        "--data-dir",
        str(fresh),
        "--passphrase-stdin",
        stdin=BACKUP_PASS + "\n",
    )
    assert r.returncode == 0, r.stderr
    r = cli("verify", "--data-dir", str(fresh), "--passphrase-stdin", stdin=PASS + "\n")
    assert r.returncode == 0, r.stderr
    r = cli("backup", "-o", str(out), "--backup-passphrase-stdin", "--data-dir", str(vault),
            "--passphrase-stdin", stdin=f"{PASS}\n")  # fmt: skip
    assert "no backup passphrase" in _one_line_error(r)


def test_restore_refuses_an_existing_vault_then_replaces_and_undoes(school, tmp_path: Path) -> None:
    vault, _code = school
    work = tmp_path / "copy"
    r = cli("init", "--data-dir", str(work), "--school", "Copy School", "--user", "abrown",
            "--passphrase-stdin", stdin=PASS + "\n")  # fmt: skip
    assert r.returncode == 0, r.stderr
    out = tmp_path / "b.dslbackup"
    assert (
        cli(
            "backup",
            "-o",
            str(out),
            "--data-dir",
            str(vault),
            "--passphrase-stdin",
            stdin=PASS + "\n",
        ).returncode
        == 0
    )
    before = _files(work)
    r = cli("restore", str(out), "--data-dir", str(work), "--passphrase-stdin", stdin=PASS + "\n")
    assert "already a vault" in _one_line_error(r)
    assert _files(work) == before

    r = cli(
        "restore",
        str(out),
        "--data-dir",
        str(work),
        "--replace",
        "--passphrase-stdin",
        stdin=PASS + "\n",
    )
    assert r.returncode == 0, r.stderr
    assert "restore --undo" in r.stdout
    assert any(".replaced-" in p.name for p in work.iterdir())
    r = cli("restore", "--undo", "--data-dir", str(work))
    assert r.returncode == 0, r.stderr
    assert _files(work) == before

    r = cli(
        "restore",
        str(out),
        "--data-dir",
        str(work),
        "--replace",
        "--passphrase-stdin",
        stdin=PASS + "\n",
    )
    assert r.returncode == 0, r.stderr
    r = cli("restore", "--keep-restored", "--data-dir", str(work))
    assert r.returncode == 0, r.stderr
    assert not any(".replaced-" in p.name for p in work.iterdir())
    assert "no restore waiting" in _one_line_error(
        cli("restore", "--undo", "--data-dir", str(work))
    )


def test_bad_input_gets_one_clear_line(school, tmp_path: Path) -> None:
    vault, _code = school
    out = tmp_path / "b.dslbackup"
    assert (
        cli(
            "backup",
            "-o",
            str(out),
            "--data-dir",
            str(vault),
            "--passphrase-stdin",
            stdin=PASS + "\n",
        ).returncode
        == 0
    )
    damaged = tmp_path / "damaged.dslbackup"
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0x40
    damaged.write_bytes(bytes(data))
    fresh = tmp_path / "never"
    line = _one_line_error(
        cli(
            "restore",
            str(damaged),
            "--data-dir",
            str(fresh),
            "--passphrase-stdin",
            stdin=PASS + "\n",
        )
    )
    assert "damaged" in line
    assert not fresh.exists() or not any(fresh.iterdir())
    line = _one_line_error(
        cli(
            "restore",
            str(out),
            "--data-dir",
            str(fresh),
            "--passphrase-stdin",
            stdin="wrong guess entirely\n",
        )
    )
    assert "does not open this backup" in line
    line = _one_line_error(
        cli(
            "backup",
            "-o",
            str(tmp_path / "no" / "such" / "b.dslbackup"),
            "--data-dir",
            str(vault),
            "--passphrase-stdin",
            stdin=PASS + "\n",
        )
    )
    assert "does not exist or is not available" in line
    r = cli(
        "verify",
        "--backup",
        str(damaged),
        "--data-dir",
        str(vault),
        "--passphrase-stdin",
        stdin=PASS + "\n",
    )
    assert r.returncode == 1 and "problem: backup" in r.stderr and "damaged" in r.stderr
    assert "Traceback" not in r.stderr
