"""One writer at a time, with real second processes: while a vault is open in another process
(tests/vault_holder.py, standing in for a second app window) every command that would write
stops with one line and changes nothing; two change-passphrase runs never both succeed; a
restore --replace or --undo waits for nobody; --undo says what it would discard."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from db.keyslots import KeyFile

ROOT = Path(__file__).resolve().parents[2]
PASS = "amber kettle rowing lantern"
IN_USE = "error: The vault is open in another window or command."
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def cli(*args: str, stdin: str = PASS + "\n") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        input=stdin, capture_output=True, text=True, env=ENV, timeout=300,
    )  # fmt: skip


def start(*args: str, stdin: str) -> subprocess.Popen[str]:
    """A command started and given its input, not waited for (``finish`` collects it)."""
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), *args], stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV,
    )  # fmt: skip
    assert proc.stdin is not None
    proc.stdin.write(stdin)
    proc.stdin.close()
    return proc


def finish(proc: subprocess.Popen[str]) -> tuple[int, str]:
    assert proc.stdout is not None and proc.stderr is not None
    with proc.stdout, proc.stderr:  # a few short lines each: no pipe can fill
        err = proc.stderr.read()
        proc.stdout.read()
    return proc.wait(timeout=300), err


@contextmanager
def open_elsewhere(vault: Path) -> Iterator[subprocess.Popen[str]]:
    """The vault, open in another process (as in a second app window) until the block ends."""
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "vault_holder.py"), str(ROOT), str(vault)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=ENV,
    )  # fmt: skip
    assert proc.stdin is not None and proc.stdout is not None
    try:
        proc.stdin.write(PASS + "\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == "open"
        yield proc
    finally:
        if proc.poll() is None:
            proc.communicate("close\n", timeout=60)
        else:
            proc.stdin.close()
            proc.stdout.close()


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    made = cli("demo", "--data-dir", str(folder), "--concerns", "3", "--passphrase-stdin")
    assert made.returncode == 0, made.stderr
    return folder


@pytest.fixture
def holder(vault: Path) -> Iterator[subprocess.Popen[str]]:
    with open_elsewhere(vault) as proc:
        yield proc


def _fingerprint(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def _opens(vault: Path, passphrase: str) -> bool:
    keys = KeyFile.load(vault / "vault.keys")
    try:
        keys.unwrap_any_passphrase(passphrase)
    except Exception:
        return False
    return True


def test_every_writing_command_stops_while_the_vault_is_open_elsewhere(
    vault: Path, tmp_path: Path, holder: subprocess.Popen[str]
) -> None:
    staff = tmp_path / "staff.csv"
    staff.write_text("Forename,Surname,Email\nSiân,Gwŷn,sian@example.org\n", "utf-8")
    backup = tmp_path / "b.dslbackup"
    d = ["--data-dir", str(vault), "--passphrase-stdin"]
    runs = [
        ["export-log", "--format", "csv", "-o", str(tmp_path / "log.csv"), *d],
        ["backup", "-o", str(backup), *d],
        ["verify", *d],
        ["import-staff", str(staff), *d],
        ["training-report", "--format", "csv", "-o", str(tmp_path / "t.csv"), *d],
        ["demo", "--concerns", "1", *d],
    ]
    before = _fingerprint(vault)
    for args in runs:
        r = cli(*args)
        assert r.returncode == 1, (args, r.stdout)
        assert r.stderr.strip().splitlines() == [
            IN_USE + " Close the other window or wait for the other command to finish, "
            "then try again."
        ], args
    r = cli("change-passphrase", *d, stdin=f"{PASS}\nsomething else entirely 42\n")
    assert r.returncode == 1 and r.stderr.startswith(IN_USE)
    assert _fingerprint(vault) == before  # no attempt counted, no sign-in recorded
    assert not (tmp_path / "log.csv").exists() and not backup.exists()
    assert _opens(vault, PASS)


def test_the_command_runs_once_the_other_window_closes(vault: Path, tmp_path: Path) -> None:
    out = ["export-log", "--format", "csv", "-o", str(tmp_path / "log.csv"),
           "--data-dir", str(vault), "--passphrase-stdin"]  # fmt: skip
    with open_elsewhere(vault) as holding:
        assert cli(*out).returncode == 1
        holding.kill()  # even a crashed window lets go: the lock is the operating system's
        holding.wait(timeout=60)
        r = cli(*out)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "log.csv").exists()


def test_two_change_passphrase_runs_never_lose_a_change(vault: Path) -> None:
    d = ["--data-dir", str(vault), "--passphrase-stdin"]
    current = PASS
    refused = 0
    for attempt in range(4):
        new = [f"first new passphrase {attempt} kettle", f"second new passphrase {attempt} oar"]
        procs = [start("change-passphrase", *d, stdin=f"{current}\n{n}\n") for n in new]
        results = [finish(p) for p in procs]
        won = [n for n, (code, _err) in zip(new, results, strict=True) if code == 0]
        assert len(won) <= 1, results  # never two "Passphrase changed." for one vault
        for code, err in results:
            if code != 0:
                assert err.startswith((IN_USE, "error: That passphrase does not open")), err
                refused += err.startswith(IN_USE)
        if won:
            current = won[0]
        assert _opens(vault, current), (attempt, results)
        losers = [n for n in new if n not in won]
        assert not any(_opens(vault, n) for n in losers)
    assert refused >= 1  # the two runs really did overlap


def test_restore_replace_and_undo_refuse_while_open_and_undo_says_what_it_discards(
    vault: Path, tmp_path: Path
) -> None:
    d = ["--data-dir", str(vault)]
    backup = tmp_path / "b.dslbackup"
    assert cli("backup", "-o", str(backup), *d, "--passphrase-stdin").returncode == 0
    with open_elsewhere(vault):
        before = _fingerprint(vault)
        r = cli("restore", str(backup), "--replace", *d, "--passphrase-stdin")
        assert r.returncode == 1 and r.stderr.startswith(IN_USE), r.stderr
        assert _fingerprint(vault) == before

    r = cli("restore", str(backup), "--replace", *d, "--passphrase-stdin")
    assert r.returncode == 0, r.stderr
    for _ in range(2):
        out = tmp_path / "log.csv"
        r = cli("export-log", "--format", "csv", "-o", str(out), *d, "--passphrase-stdin")
        assert r.returncode == 0, r.stderr
    restored = _fingerprint(vault)
    r = cli("restore", "--undo", *d, stdin="")
    assert r.returncode == 1
    found = re.fullmatch(
        r"error: undoing the restore would discard the restored vault and the (\d+) event\(s\) "
        r"recorded in it since the restore \(sign-ins, changes and exports\); add --yes to go "
        r"ahead",
        r.stderr.strip(),
    )
    assert found, r.stderr
    assert int(found[1]) >= 6  # two sign-ins, two exports, two sign-outs at least
    assert _fingerprint(vault) == restored

    with open_elsewhere(vault):
        r = cli("restore", "--undo", "--yes", *d, stdin="")
        assert r.returncode == 1 and r.stderr.startswith(IN_USE), r.stderr
        assert r.stdout == ""  # refused before it said anything would be discarded

    r = cli("restore", "--undo", "--yes", *d, stdin="")
    assert r.returncode == 0, r.stderr
    found = re.search(r"Discarding the restored vault and the (\d+) event\(s\)", r.stdout)
    assert found and int(found[1]) > 6, r.stdout  # the other window's sign-in and out as well
    assert "back as it was" in r.stdout
    assert not (vault / "restore.pending").exists()
