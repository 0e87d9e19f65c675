"""kill -9 while writing: nothing committed is lost and nothing is damaged.

A child process (``tests/crash_writer.py``) opens the vault and commits records in a loop,
printing each committed id after its commit. The test kills it with SIGKILL at a random point,
then opens the vault itself, runs ``integrity_check`` and ``cipher_integrity_check``, verifies the
audit chain, and checks that every id the child reported is there.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from db.engine import make_engine
from db.fsutil import TEMP_SUFFIX
from db.vault import OpenVault, Vault
from tests.records_data import DSL_NAME, DSL_PASSPHRASE, add_case, make_vault

ROOT = Path(__file__).resolve().parents[2]
WRITER = ROOT / "tests" / "crash_writer.py"
ITERATIONS = 100

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


def _check(vault: Vault, dek: bytes, keys: object, reported: set[int]) -> tuple[list[str], int]:
    """(problems, how many reported ids are missing)."""
    ov = OpenVault(vault, make_engine(vault.db_path, dek), dek, keys, None)  # type: ignore[arg-type]
    try:
        report = ov.verify()  # integrity_check, cipher_integrity_check, audit chain and head
        with ov.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall() == []
            present = {
                r[0]
                for r in conn.exec_driver_sql(
                    "SELECT id FROM concern WHERE reference LIKE 'K-%'"
                ).fetchall()
            }
    finally:
        ov.close()
    return report.problems, len(reported - present)


def test_kill_minus_nine_loses_nothing_committed(tmp_path: Path) -> None:
    vault, ov, _code = make_vault(tmp_path / "data")
    add_case(ov, "Crashcanary")  # the person the writer's concerns are about
    ov.close()
    opened = vault.unlock(DSL_NAME, DSL_PASSPHRASE)  # the test's own key, for quick checks
    dek, keys = opened._dek, opened.keys
    opened.close()

    rng = random.Random(20260302)
    writer = subprocess.Popen(
        [sys.executable, str(WRITER), str(ROOT), str(vault.data_dir), DSL_NAME],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0,
    )  # fmt: skip
    assert writer.stdin is not None and writer.stdout is not None
    writer.stdin.write(DSL_PASSPHRASE.encode() + b"\n")
    reported: set[int] = set()
    damaged: list[tuple[int, list[str]]] = []
    lost_total = 0
    kills_before_first_commit = 0
    check_seconds = 0.0
    first_id = 0.0
    t_pid = 0.0
    started = time.perf_counter()
    try:
        for iteration in range(ITERATIONS):
            target = rng.choice([0, 1, 2, 3, 5, 8, 13, 21])  # commits to wait for before killing
            writer.stdin.write(b"go\n")
            pid: int | None = None
            seen = 0
            killed = False
            while True:
                line = writer.stdout.readline().decode().strip()
                assert line, "the writer stopped unexpectedly"
                kind, _, value = line.partition(" ")
                assert kind != "error", line
                if kind == "pid":
                    pid = int(value)
                    t_pid = time.perf_counter()
                elif kind == "id":
                    reported.add(int(value))
                    seen += 1
                    if seen == 1:
                        first_id += time.perf_counter() - t_pid
                elif kind == "dead":
                    assert killed and int(value) == pid
                    break
                if not killed and pid is not None and seen >= target:
                    os.kill(pid, signal.SIGKILL)
                    killed = True
                    kills_before_first_commit += seen == 0
            t0 = time.perf_counter()
            problems, lost = _check(vault, dek, keys, reported)
            check_seconds += time.perf_counter() - t0
            lost_total += lost
            if problems:
                damaged.append((iteration, problems))
    finally:
        writer.stdin.close()
        writer.wait(timeout=30)
        writer.stdout.close()
    seconds = time.perf_counter() - started
    leftovers = [p.name for p in vault.data_dir.iterdir() if p.name.endswith(TEMP_SUFFIX)]
    print(
        f"\ncrash safety: {ITERATIONS} kills in {seconds:.1f} s ({check_seconds:.1f} s checking, {first_id:.1f} s to first ids), {len(reported)} committed ids "
        f"checked, {lost_total} lost, {len(damaged)} damaged, {kills_before_first_commit} kills "
        f"before the first commit, {len(leftovers)} temporary files left by interrupted writes"
    )
    assert damaged == []
    assert lost_total == 0
    assert len(reported) > ITERATIONS  # the writer really did commit between kills
    # The vault still opens normally with its passphrase afterwards.
    Vault(vault.data_dir).unlock(DSL_NAME, DSL_PASSPHRASE).close()
