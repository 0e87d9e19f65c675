"""Errors by cause: the domain's refusals, the environment's failures (named by SQLite's error
code, with advice) and bugs (everything else, let through as they are).

Every driver error here is a real one from sqlcipher3: a real second connection holding the
write lock, a real page limit, a real read-only connection, real SQL naming a missing column.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import event, text
from sqlalchemy.exc import DBAPIError, OperationalError

import db.engine as db_engine
from db.errors import (
    DatabaseDamaged,
    DatabaseLocked,
    DiskFull,
    DomainError,
    KnownError,
    NotFound,
    PermissionDenied,
    ReadOnlyStore,
    RecordLocked,
    VaultError,
    WrongStage,
)
from db.keyslots import KdfParams
from db.vault import OpenVault, Vault
from dsl_desktop.services import people, records
from dsl_desktop.services import referrals as rs
from dsl_desktop.services.concerns import RecordLocked as ConcernsRecordLocked
from dsl_desktop.services.people import InvalidInput, PersonInput
from dsl_desktop.services.setup import seed_catalogues

FAST = KdfParams(19456, 2, 1)
PASS = "heron lantern copper 42 meadow"


# ---- the family --------------------------------------------------------------------------
def test_domain_errors_are_not_the_environments() -> None:
    for cls in (InvalidInput, NotFound, RecordLocked, WrongStage, PermissionDenied,
                rs.NotAReferral, rs.AlreadySent):  # fmt: skip
        assert issubclass(cls, DomainError) and issubclass(cls, KnownError), cls
        assert not issubclass(cls, VaultError), cls
    for cls in (DatabaseLocked, DiskFull, ReadOnlyStore, DatabaseDamaged):
        assert issubclass(cls, VaultError) and not issubclass(cls, DomainError), cls
    # One NotFound, wherever a service imports it from; the screens keep message and advice.
    assert people.NotFound is records.NotFound is NotFound
    assert ConcernsRecordLocked is RecordLocked
    future = InvalidInput("The date of receipt cannot be in the future.")
    assert future.message.endswith("in the future.") and future.advice
    assert not isinstance(future, VaultError)


def test_a_future_date_of_receipt_is_invalid_input_not_a_vault_error(vault: OpenVault) -> None:
    with pytest.raises(InvalidInput, match="cannot be in the future") as caught:
        records.confirm_receipt(vault, 1, dt.date.today() + dt.timedelta(days=2))
    assert not isinstance(caught.value, VaultError)


# ---- classification by code, on real driver errors -----------------------------------------
def _raised(conn: Any, sql: str) -> BaseException:
    with pytest.raises(sqlcipher.Error) as caught:
        conn.execute(sql)
    return caught.value


@pytest.fixture
def raw(tmp_path: Path) -> Iterator[Any]:
    conn = sqlcipher.connect(str(tmp_path / "plain.db"), isolation_level=None)
    conn.execute("CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)")
    conn.execute("INSERT INTO person (name) VALUES ('Siân')")
    yield conn
    conn.close()


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT no_such_column FROM person",  # a missing column
        "SELEC name FROM person",  # a syntax error
        "INSERT INTO person (name) VALUES ('Siân')",  # a constraint the code should have kept
        "INSERT INTO person (name) VALUES (NULL)",
        'SELECT * FROM "database is locked"',  # the words of a known failure, but a bug's code
    ],
)
def test_programming_errors_are_let_through(raw: Any, sql: str) -> None:
    exc = _raised(raw, sql)
    assert exc.sqlite_errorname in ("SQLITE_ERROR", "SQLITE_CONSTRAINT")
    assert db_engine.classify(exc) is None
    with pytest.raises(type(exc)) as again:
        db_engine.raise_classified(exc)
    assert again.value is exc


def test_a_second_connection_holding_the_write_lock_is_locked(raw: Any, tmp_path: Path) -> None:
    raw.execute("BEGIN IMMEDIATE")
    other = sqlcipher.connect(str(tmp_path / "plain.db"), isolation_level=None, timeout=0.05)
    try:
        exc = _raised(other, "BEGIN IMMEDIATE")
    finally:
        other.close()
        raw.execute("ROLLBACK")
    assert exc.sqlite_errorname == "SQLITE_BUSY"
    found = db_engine.classify(exc)
    assert type(found) is DatabaseLocked and found.advice


def test_a_full_database_is_disk_full(raw: Any) -> None:
    pages = raw.execute("PRAGMA page_count").fetchone()[0]
    raw.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(sqlcipher.Error) as caught:
        for n in range(200):
            raw.execute("INSERT INTO person (name) VALUES (?)", (f"{n} " + "x" * 2000,))
    assert caught.value.sqlite_errorname == "SQLITE_FULL"
    found = db_engine.classify(caught.value)
    assert type(found) is DiskFull and found.advice


def test_read_only_damaged_and_unopenable(tmp_path: Path, raw: Any) -> None:
    ro = sqlcipher.connect(f"file:{tmp_path / 'plain.db'}?mode=ro", uri=True)
    try:
        exc = _raised(ro, "INSERT INTO person (name) VALUES ('Gwŷn')")
    finally:
        ro.close()
    assert type(db_engine.classify(exc)) is ReadOnlyStore
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database " * 600)
    bad = sqlcipher.connect(str(junk))
    try:
        exc = _raised(bad, "SELECT count(*) FROM sqlite_master")
    finally:
        bad.close()
    assert exc.sqlite_errorname == "SQLITE_NOTADB"
    assert type(db_engine.classify(exc)) is DatabaseDamaged
    with pytest.raises(sqlcipher.Error) as caught:
        sqlcipher.connect(str(tmp_path / "no folder" / "vault.db"))
    assert type(db_engine.classify(caught.value)) is ReadOnlyStore
    for error in (DatabaseDamaged, ReadOnlyStore):
        assert error.advice


def test_a_wrapped_driver_error_is_classified_by_its_code(vault: OpenVault) -> None:
    with pytest.raises(DBAPIError) as caught, vault.engine.connect() as conn:
        conn.execute(text("SELECT no_such_column FROM person"))
    assert db_engine.sqlite_code(caught.value) == 1 and db_engine.classify(caught.value) is None


# ---- through a real vault and a real service ----------------------------------------------
@pytest.fixture
def vault(tmp_path: Path) -> Iterator[OpenVault]:
    ov, _code = Vault(tmp_path / "vault").create(
        school_name="Ysgol Glan Morfa", sign_in_name="dsl", display_name="Mrs Rhian Khan",
        passphrase=PASS, kdf=FAST, seed=seed_catalogues,
    )  # fmt: skip
    yield ov
    ov.close()


def _person(n: int = 0, note: str = "") -> PersonInput:
    return PersonInput(forenames="Siân", surname=f"O'Neill {n}", school_or_occupation=note)


def _on_each_new_connection(ov: OpenVault, sql: str) -> None:
    """Run ``sql`` on every connection the vault opens from now on (the pool is emptied)."""
    ov.engine.dispose()
    event.listen(ov.engine, "connect", lambda dbapi_conn, _record: dbapi_conn.execute(sql))


def test_a_bug_inside_a_service_is_not_a_vault_message(
    vault: OpenVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A service whose SQL names a column that does not exist: the driver's error reaches the
    caller as itself (a bug for the crash report), not as a VaultError, and nothing is saved."""
    real_audit = OpenVault.audit

    def audit_with_a_typo(self: OpenVault, session: Any, action: str, **kw: Any) -> None:
        session.execute(text("SELECT no_such_column FROM person"))
        real_audit(self, session, action, **kw)

    monkeypatch.setattr(OpenVault, "audit", audit_with_a_typo)
    with pytest.raises(OperationalError) as caught:
        people.add_person(vault, _person())
    assert not isinstance(caught.value, KnownError)
    assert "no such column" in str(caught.value.orig)
    monkeypatch.setattr(OpenVault, "audit", real_audit)
    assert people.list_people(vault) == []


@contextmanager
def write_lock_held(
    vault: OpenVault, monkeypatch: pytest.MonkeyPatch, wait_ms: int
) -> Iterator[None]:
    """A real second connection holds the write lock; the vault waits ``wait_ms`` for it."""
    monkeypatch.setattr(db_engine, "BUSY_TIMEOUT_MS", wait_ms)
    vault.engine.dispose()
    holder = db_engine.open_raw(vault.vault.db_path, vault._dek)
    holder.isolation_level = None
    holder.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_write_lock_held_by_another_connection(
    vault: OpenVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    with write_lock_held(vault, monkeypatch, 100):
        started = time.perf_counter()
        with pytest.raises(DatabaseLocked) as caught:
            people.add_person(vault, _person())
        waited = time.perf_counter() - started
    assert caught.value.advice.startswith("Close any other copy")
    assert isinstance(caught.value.__cause__, DBAPIError)
    assert 0.1 <= waited < 3, waited
    assert people.add_person(vault, _person()).id  # once the lock is gone, it works


def test_a_full_vault_says_disk_full(vault: OpenVault) -> None:
    with vault.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    _on_each_new_connection(vault, f"PRAGMA max_page_count = {pages}")
    saved = 0
    with pytest.raises(DiskFull) as caught:
        for n in range(400):
            people.add_person(vault, _person(n, "Year 9 " + "x" * 150))
            saved += 1
    assert caught.value.advice.startswith("Free some disk space")
    assert len(people.list_people(vault)) == saved  # what was saved before is kept


def test_a_read_only_vault_says_so(vault: OpenVault) -> None:
    _on_each_new_connection(vault, "PRAGMA query_only = ON")
    with pytest.raises(ReadOnlyStore) as caught:
        people.add_person(vault, _person())
    assert caught.value.advice


# ---- the command line -----------------------------------------------------------------------
def _cli(args: list[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> int:
    import io
    import sys

    from dsl_desktop.cli import run

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASS + "\n"))
    return run(args)


def _export_log(data: str, out: Path) -> list[str]:
    return ["export-log", "--data-dir", data, "--passphrase-stdin", "--format", "csv",
            "-o", str(out)]  # fmt: skip


def test_the_command_line_says_a_bug_is_an_unexpected_problem(
    vault: OpenVault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    from dsl_desktop.services import exports

    def key_with_a_typo(ov: OpenVault) -> bytes:
        with ov.reading() as s:
            s.execute(text("SELECT no_such_column FROM concern"))
        return b""

    monkeypatch.setattr(exports, "_pseudonym_key", key_with_a_typo)
    out = tmp_path / "log.csv"
    data = str(vault.vault.data_dir)
    vault.close()
    args = _export_log(data, out)
    assert _cli(args, monkeypatch, tmp_path) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: an unexpected problem stopped export-log (OperationalError)")
    assert "vault reported" not in err and "no such column" not in err
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "sqlalchemy.exc.OperationalError" in logged and "in key_with_a_typo" in logged
    assert "no such column" not in logged and not out.exists()


def test_the_command_line_gives_the_locked_vault_its_one_line(
    vault: OpenVault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(db_engine, "BUSY_TIMEOUT_MS", 50)
    holder = db_engine.open_raw(vault.vault.db_path, vault._dek)
    holder.isolation_level = None
    data = str(vault.vault.data_dir)
    vault.close()
    holder.execute("BEGIN IMMEDIATE")
    out = tmp_path / "log.csv"
    args = _export_log(data, out)
    try:
        assert _cli(args, monkeypatch, tmp_path) == 1
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "error: The vault is in use by another program. Close any other copy of DSL Desktop "
        "using this vault, then try again."
    ]
