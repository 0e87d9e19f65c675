"""The SQLCipher engine: the key is each connection's first statement; the pragmas hold."""

from __future__ import annotations

import re
import secrets
import sqlite3
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3.dbapi2

from db import engine as db_engine
from db.errors import DatabaseDamaged
from db.keyslots import KdfParams
from db.vault import Vault
from dsl_desktop.services import accounts

FAST = KdfParams(19456, 2, 1)
PASS = "heron lantern copper 42 meadow"


@pytest.fixture
def traced(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Every connection opened through sqlcipher3, with the statements it ran, in order.

    The wrapper only observes: it calls the real ``connect`` and installs a trace callback.
    """
    real = sqlcipher3.dbapi2.connect
    log: list[list[str]] = []

    def spy(*args: Any, **kwargs: Any) -> Any:
        conn = real(*args, **kwargs)
        statements: list[str] = []
        conn.set_trace_callback(statements.append)
        log.append(statements)
        return conn

    monkeypatch.setattr(sqlcipher3.dbapi2, "connect", spy)
    return log


def test_every_connection_runs_the_key_first(tmp_path: Path, traced: list[list[str]]) -> None:
    vault = Vault(tmp_path / "v")
    ov, _ = vault.create(
        school_name="Brook Lane",
        sign_in_name="anna",
        display_name="Anna",
        passphrase=PASS,
        kdf=FAST,
    )
    ov.close()
    ov = vault.unlock("anna", PASS)
    try:
        # Two connections at once, so the pool has to open a second one.
        with ov.engine.connect() as a, ov.engine.connect() as b:
            a.exec_driver_sql("SELECT count(*) FROM app_user").scalar()
            b.exec_driver_sql("SELECT count(*) FROM school").scalar()
        accounts.set_setting(ov, "k", 1)
        assert ov.verify().ok
    finally:
        ov.close()

    assert len(traced) >= 3, "create, unlock and a second pooled connection each connect"
    for statements in traced:
        assert statements, "a connection ran nothing"
        assert statements[0].startswith("PRAGMA key"), statements[:3]
        # a raw 256-bit key, not a passphrase for SQLCipher's own KDF
        assert re.fullmatch(r"PRAGMA key = \"x'[0-9a-f]{64}'\"", statements[0])
        assert statements[1] == "PRAGMA cipher_compatibility = 4"
    assert len({statements[0] for statements in traced}) == 1, "one data key throughout"
    # The key never appears in any other statement.
    for statements in traced:
        assert not any("PRAGMA key" in s or "rekey" in s.lower() for s in statements[1:])


def test_key_pragma_is_a_raw_hex_key() -> None:
    dek = bytes(range(32))
    assert db_engine.key_pragma(dek) == f"PRAGMA key = \"x'{dek.hex()}'\""
    with pytest.raises(ValueError):
        db_engine.key_pragma(b"short")


def test_connection_settings(tmp_path: Path) -> None:
    vault = Vault(tmp_path / "v")
    ov, _ = vault.create(
        school_name="Brook Lane",
        sign_in_name="anna",
        display_name="Anna",
        passphrase=PASS,
        kdf=FAST,
    )
    try:
        assert db_engine.cipher_version(ov.engine).startswith("4")
        with ov.engine.connect() as a, ov.engine.connect() as b:
            for conn in (a, b):

                def pragma(name: str, conn: Any = conn) -> Any:
                    return conn.exec_driver_sql(f"PRAGMA {name}").scalar()

                assert str(pragma("cipher_version")).startswith("4")
                assert pragma("journal_mode") == "wal"
                assert pragma("foreign_keys") == 1
                assert pragma("synchronous") == 2  # FULL
                assert pragma("temp_store") == 2  # MEMORY
                assert pragma("secure_delete") == 1
                assert pragma("busy_timeout") == db_engine.BUSY_TIMEOUT_MS
    finally:
        ov.close()


def test_the_file_is_not_readable_as_sqlite_or_with_another_key(tmp_path: Path) -> None:
    vault = Vault(tmp_path / "v")
    ov, _ = vault.create(
        school_name="Brook Lane",
        sign_in_name="anna",
        display_name="Anna",
        passphrase=PASS,
        kdf=FAST,
    )
    ov.close()
    path = vault.db_path
    assert path.read_bytes()[:16] != b"SQLite format 3\x00"
    plain = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        plain.close()
    with pytest.raises(DatabaseDamaged):
        db_engine.open_raw(path, secrets.token_bytes(32))


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    from sqlalchemy.exc import IntegrityError

    vault = Vault(tmp_path / "v")
    ov, _ = vault.create(
        school_name="Brook Lane",
        sign_in_name="anna",
        display_name="Anna",
        passphrase=PASS,
        kdf=FAST,
    )
    try:
        with pytest.raises(IntegrityError), ov.engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO draft (user_id, key, payload, updated_at) "
                "VALUES (999, 'k', '{}', '2026-01-01 00:00:00')"
            )
    finally:
        ov.close()
