"""Side files beside the database cannot lock the owner out, and cannot hide lost records.

``vault.attempts`` (wrong-attempt counter) and ``audit.head`` (the newest audit event) live in
the data folder where anyone with the files can change them. Real SQLCipher vaults throughout.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from db import audit
from db.errors import UnlockThrottled, VaultError, WrongPassphrase
from db.vault import (
    ATTEMPTS_FILE,
    DB_FILE,
    HEAD_FILE,
    MAX_DELAY,
    OpenVault,
    Throttle,
    Vault,
)
from db.witness import keep_witness_in

NAME = "Anna Khan"
PASS = "heron lantern copper 42 meadow"

NewVault = Callable[..., tuple[Vault, OpenVault, str]]


class FakeClock:
    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def shut(new_vault: NewVault) -> Path:
    vault, ov, _ = new_vault(sign_in_name=NAME, passphrase=PASS)
    ov.close()
    return vault.data_dir


@pytest.fixture
def witness(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "state" / "audit-heads"
    keep_witness_in(folder)
    try:
        yield folder
    finally:
        keep_witness_in(None)


# ---- vault.attempts ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "content",
    [b"", b"not json at all", b'{"failures": "many"}', b"\xff\xfe\x00", b"[1, 2]",
     b'{"failures": -5, "last": 1}', b'{"failures": 3, "last": NaN}', b"9" * 10000],
    ids=["empty", "garbage", "wrong-type", "not-utf8", "list", "negative", "nan", "huge"],
)  # fmt: skip
def test_a_damaged_attempts_file_waits_once_then_the_right_passphrase_opens(
    shut: Path, content: bytes
) -> None:
    clock = FakeClock()
    (shut / ATTEMPTS_FILE).write_bytes(content)
    vault = Vault(shut, clock=clock)
    with pytest.raises(UnlockThrottled) as info:
        vault.unlock(NAME, PASS)
    assert "damaged" in info.value.advice
    assert 0 < info.value.seconds <= 8
    # The most cautious *valid* state was written back, so the wait runs down like any other.
    state = json.loads((shut / ATTEMPTS_FILE).read_text())
    assert state == {"failures": Throttle.DAMAGED_FAILURES, "last": clock.now}
    clock.advance(info.value.seconds)
    ov = vault.unlock(NAME, PASS)
    ov.close()
    assert not (shut / ATTEMPTS_FILE).exists()


def test_a_future_timestamp_is_clamped_to_now(shut: Path) -> None:
    clock = FakeClock()
    year = 365 * 24 * 3600.0
    (shut / ATTEMPTS_FILE).write_text(json.dumps({"failures": 50, "last": clock.now + year}))
    vault = Vault(shut, clock=clock)
    assert 0 < vault.throttle.remaining() <= MAX_DELAY
    clock.advance(MAX_DELAY)
    vault.unlock(NAME, PASS).close()


def test_a_huge_failure_count_still_waits_at_most_the_longest_delay(shut: Path) -> None:
    clock = FakeClock()
    (shut / ATTEMPTS_FILE).write_text(json.dumps({"failures": 10**30, "last": clock.now}))
    vault = Vault(shut, clock=clock)
    assert vault.throttle.remaining() == MAX_DELAY
    with pytest.raises(WrongPassphrase):
        clock.advance(MAX_DELAY)
        vault.unlock(NAME, "a wrong guess of some length")
    assert vault.throttle.failures() == Throttle.MAX_FAILURES


def test_an_attempts_file_that_is_a_folder_is_a_message(shut: Path) -> None:
    (shut / ATTEMPTS_FILE).mkdir()
    with pytest.raises(VaultError) as info:
        Vault(shut).unlock(NAME, PASS)
    assert "is a folder" in info.value.message
    (shut / ATTEMPTS_FILE).rmdir()
    Vault(shut).unlock(NAME, PASS).close()


def test_wrong_attempts_before_a_sign_in_are_kept_in_the_audit_trail(shut: Path) -> None:
    """Deleting vault.attempts resets the wait (nothing in the folder can stop that), but the
    wrong attempts that were counted are written into the sign-in event for the DSL to see."""
    clock = FakeClock()
    vault = Vault(shut, clock=clock)
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            vault.unlock(NAME, "a wrong guess of some length")
    ov = vault.unlock(NAME, PASS)
    try:
        with ov.reading() as s:
            from sqlalchemy import select

            from db.models import AuditEvent

            last = s.scalars(
                select(AuditEvent)
                .where(AuditEvent.action == "sign_in")
                .order_by(AuditEvent.seq.desc())
            ).first()
            assert last is not None
            assert last.details == {"method": "passphrase", "wrong_attempts": 2}
    finally:
        ov.close()


# ---- audit.head --------------------------------------------------------------------------------
def _head_bytes(folder: Path) -> bytes:
    return (folder / HEAD_FILE).read_bytes()


HEAD_DAMAGE: dict[str, Callable[[Path, tuple[int, str]], None]] = {
    "deleted": lambda p, h: p.unlink(),
    "empty": lambda p, h: p.write_bytes(b""),
    "garbage": lambda p, h: p.write_bytes(b"\x00\xffnot a head"),
    "wrong-types": lambda p, h: p.write_text(json.dumps({"seq": str(h[0]), "hash": 7})),
    "negative": lambda p, h: p.write_text(json.dumps({"seq": -3, "hash": h[1]})),
    "short-hash": lambda p, h: p.write_text(json.dumps({"seq": h[0], "hash": h[1][:10]})),
    "other-hash": lambda p, h: p.write_text(json.dumps({"seq": h[0], "hash": "a" * 64})),
    "ahead": lambda p, h: p.write_text(json.dumps({"seq": h[0] + 12, "hash": h[1]})),
    "huge": lambda p, h: p.write_bytes(b" " * 100_000),
}


@pytest.mark.parametrize("damage", sorted(HEAD_DAMAGE))
def test_every_kind_of_head_damage_is_found_before_sign_in_writes(shut: Path, damage: str) -> None:
    head = audit.read_head(shut / HEAD_FILE)
    assert head is not None and head[0] > 0
    HEAD_DAMAGE[damage](shut / HEAD_FILE, head)
    ov = Vault(shut).unlock(NAME, PASS)
    try:
        assert ov.loss, damage
        report = ov.verify()
        assert not report.ok
        assert any("Restore the latest backup" in p for p in report.problems), report.problems
    finally:
        ov.close()
    # Later sign-ins still report it: the finding is in the (chained) trail itself.
    again = Vault(shut).unlock(NAME, PASS)
    try:
        assert not again.verify().ok
    finally:
        again.close()


def test_a_head_that_is_a_folder_is_a_message_and_nothing_is_written(shut: Path) -> None:
    (shut / HEAD_FILE).unlink()
    (shut / HEAD_FILE).mkdir()
    before = (shut / DB_FILE).stat().st_mtime_ns, (shut / (DB_FILE + "-wal")).exists()
    with pytest.raises(VaultError) as info:
        Vault(shut).unlock(NAME, PASS)
    assert "is a folder" in info.value.message
    assert ((shut / DB_FILE).stat().st_mtime_ns, (shut / (DB_FILE + "-wal")).exists()) == before


def test_a_sound_head_is_no_loss(shut: Path) -> None:
    ov = Vault(shut).unlock(NAME, PASS)
    try:
        assert ov.loss == []
        assert ov.verify().ok
    finally:
        ov.close()


def test_a_lost_write_ahead_log_is_found(new_vault: NewVault, tmp_path: Path) -> None:
    """Committed transactions still in the WAL, then the WAL deleted (with a crash-left copy
    of the main file): the head records events the database no longer has."""
    vault, ov, _ = new_vault(sign_in_name=NAME, passphrase=PASS)
    folder = vault.data_dir
    with ov.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    snapshot = tmp_path / "main-file-only"
    shutil.copy2(folder / DB_FILE, snapshot)
    for n in range(12):
        with ov.unit() as s:
            ov.audit(s, "case.viewed", entity="concern", entity_id=n)
    ov.close()  # the sign-out event is written too
    head = audit.read_head(folder / HEAD_FILE)
    # The crash: the main file as it was, the WAL gone, audit.head as last written.
    shutil.copy2(snapshot, folder / DB_FILE)
    for suffix in ("-wal", "-shm"):
        (folder / (DB_FILE + suffix)).unlink(missing_ok=True)
    assert audit.read_head(folder / HEAD_FILE) == head
    reopened = Vault(folder).unlock(NAME, PASS)
    try:
        assert any("removed or lost" in p for p in reopened.loss), reopened.loss
        assert not reopened.verify().ok
    finally:
        reopened.close()


def test_the_wal_and_the_head_both_deleted_is_found_by_this_computers_record(
    new_vault: NewVault, tmp_path: Path, witness: Path
) -> None:
    vault, ov, _ = new_vault(sign_in_name=NAME, passphrase=PASS)
    folder = vault.data_dir
    with ov.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    snapshot = tmp_path / "main-file-only"
    shutil.copy2(folder / DB_FILE, snapshot)
    for n in range(12):
        with ov.unit() as s:
            ov.audit(s, "case.viewed", entity="concern", entity_id=n)
    ov.close()
    shutil.copy2(snapshot, folder / DB_FILE)
    for name in (DB_FILE + "-wal", DB_FILE + "-shm", HEAD_FILE):
        (folder / name).unlink(missing_ok=True)
    reopened = Vault(folder).unlock(NAME, PASS)
    try:
        assert any("this computer's own record" in p for p in reopened.loss), reopened.loss
    finally:
        reopened.close()


def test_the_whole_folder_put_back_to_an_older_copy_is_found(
    new_vault: NewVault, tmp_path: Path, witness: Path
) -> None:
    vault, ov, _ = new_vault(sign_in_name=NAME, passphrase=PASS)
    folder = vault.data_dir
    ov.close()
    older = tmp_path / "older-copy"
    shutil.copytree(folder, older)
    ov = Vault(folder).unlock(NAME, PASS)
    for n in range(3):
        with ov.unit() as s:
            ov.audit(s, "case.viewed", entity="concern", entity_id=n)
    ov.close()
    shutil.rmtree(folder)
    shutil.copytree(older, folder)  # database, key file and audit.head all from before
    rolled_back = Vault(folder).unlock(NAME, PASS)
    try:
        assert rolled_back.loss and "older copy" in rolled_back.loss[0]
        assert not rolled_back.verify().ok
    finally:
        rolled_back.close()
    assert list(witness.iterdir())


def test_sign_in_does_not_rewrite_the_head_before_the_check(shut: Path) -> None:
    (shut / HEAD_FILE).write_text(json.dumps({"seq": 999, "hash": "b" * 64}))
    ov = Vault(shut).unlock(NAME, PASS)
    try:
        assert any("999" in p for p in ov.loss)
    finally:
        ov.close()


def test_restoring_an_older_backup_is_not_taken_for_a_rollback(
    new_vault: NewVault, tmp_path: Path, witness: Path
) -> None:
    from dsl_desktop.services import records

    vault, ov, _ = new_vault(sign_in_name=NAME, passphrase=PASS)
    older = records.backup(ov, tmp_path / "older.dslbackup").path
    for n in range(3):
        with ov.unit() as s:
            ov.audit(s, "case.viewed", entity="concern", entity_id=n)
    ov.close()
    records.restore(older, PASS, vault.data_dir, replace_current=True)
    restored = Vault(vault.data_dir).unlock(NAME, PASS)
    try:
        assert restored.loss == []
    finally:
        restored.close()
    records.undo_restore(vault.data_dir)
    back = Vault(vault.data_dir).unlock(NAME, PASS)
    try:
        assert back.loss == []
        assert back.verify().ok
    finally:
        back.close()
