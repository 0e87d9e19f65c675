"""The fault-injection suite's shared pieces: one fork server, one template vault and backup."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.faults.faultkit import TALLY, Server  # noqa: E402
from tests.records_data import DSL_PASSPHRASE, add_case, make_vault  # noqa: E402


@dataclass(frozen=True)
class Template:
    vault: Path  # a small vault: one pupil, one concern with a row in every child table
    later: Path  # the same vault with one more concern, added after the backup was made
    backup: Path  # a backup of ``vault``
    passphrase: str = DSL_PASSPHRASE


@pytest.fixture(scope="session")
def servers() -> Iterator[list[Server]]:
    """One fork server per core (at most two): the crashes of a command run side by side."""
    started = time.perf_counter()
    running = [Server() for _ in range(max(1, min(2, os.cpu_count() or 1)))]
    try:
        yield running
    finally:
        for fork_server in running:
            fork_server.close()
        TALLY.seconds += time.perf_counter() - started


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    import shutil

    from db.vault import Vault
    from dsl_desktop.services.records import backup

    base = tmp_path_factory.mktemp("fault-template")
    _vault, ov, _code = make_vault(base / "vault")
    try:
        add_case(ov, "Quillfeather", surname="Zorblewick", reference="C-2026-0001")
        backup(ov, base / "vault.dslbackup")
    finally:
        ov.close()
    shutil.copytree(base / "vault", base / "later")
    ov = Vault(base / "later").unlock_any(DSL_PASSPHRASE)
    try:
        add_case(ov, "Quillfeather", surname="Zorblewick", reference="C-AFTER-0001")
    finally:
        ov.close()
    return Template(base / "vault", base / "later", base / "vault.dslbackup")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if TALLY.tried:
        for line in TALLY.lines():
            terminalreporter.write_line(line)
