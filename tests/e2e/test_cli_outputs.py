"""No command writes its output over the vault: every ``-o`` that names one of the data
folder's own files, a folder or a device is refused in one line, and nothing changes."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PASS = "amber kettle rowing lantern"

COMMANDS = {
    "export-log": ["export-log", "--format", "csv"],
    "export-log-pdf": ["export-log", "--format", "pdf"],
    "backup": ["backup"],
    "training-report": ["training-report", "--format", "pdf"],
    "decision-record": ["decision-record", "C-2026-0001"],
    "referral-pdf": ["referral-pdf", "C-2026-0001"],
}


def cli(*args: str, stdin: str = PASS + "\n") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        input=stdin, capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("outputs") / "vault"
    made = cli("demo", "--data-dir", str(folder), "--concerns", "3", "--passphrase-stdin")
    assert made.returncode == 0, made.stderr
    (folder / "vault.attempts").write_text('{"failures": 1, "last": 0}', "ascii")
    return folder


def _fingerprint(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def _refused(vault: Path, command: str, target: Path | str, stdin: str = PASS + "\n") -> str:
    before = _fingerprint(vault)
    r = cli(*COMMANDS[command], "-o", str(target), "--data-dir", str(vault),
            "--passphrase-stdin", stdin=stdin)  # fmt: skip
    assert r.returncode == 1, r.stdout
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), r.stderr
    assert "unexpected" not in lines[0]
    assert r.stdout == ""
    assert _fingerprint(vault) == before  # not even a sign-in event was added
    return lines[0]


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("own", ["vault.db", "vault.keys", "audit.head"])
def test_every_command_refuses_the_vaults_own_files(vault: Path, command: str, own: str) -> None:
    line = _refused(vault, command, vault / own)
    assert "one of the vault's own files" in line


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("vault.attempts", "one of the vault's own files"),
        ("vault.db-wal", "one of the vault's own files"),
        (".", "is a folder"),
        ("/dev/full", "not an ordinary file"),
        ("x" * 300 + ".csv", "too long"),
    ],
)
def test_other_unusable_outputs(vault: Path, name: str, message: str) -> None:
    target = Path(name) if name.startswith("/") else vault / name
    assert message in _refused(vault, "export-log", target)


def test_links_to_the_vault_are_refused(vault: Path, tmp_path: Path) -> None:
    (tmp_path / "copy.dslbackup").hardlink_to(vault / "vault.keys")
    (tmp_path / "log.csv").symlink_to(vault / "vault.db")
    assert "own files" in _refused(vault, "backup", tmp_path / "copy.dslbackup")
    assert "own files" in _refused(vault, "export-log", tmp_path / "log.csv")


def test_an_export_does_not_replace_a_backup(vault: Path, tmp_path: Path) -> None:
    backup = tmp_path / "monday.dslbackup"
    r = cli("backup", "-o", str(backup), "--data-dir", str(vault), "--passphrase-stdin")
    assert r.returncode == 0, r.stderr
    kept = backup.read_bytes()
    assert "is a backup" in _refused(vault, "training-report", backup)
    assert backup.read_bytes() == kept
