"""The SQLCipher engine: every connection is keyed with the raw data key before anything else."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event, pool

from db import fsutil
from db.errors import (
    DatabaseDamaged,
    DatabaseLocked,
    DiskFull,
    ReadOnlyStore,
    VaultError,
)

BUSY_TIMEOUT_MS = 5000
CACHE_PAGES = -32000  # 32 MB page cache (negative = KiB)


def key_pragma(dek: bytes) -> str:
    if len(dek) != 32:
        raise ValueError("the data key must be 32 bytes")
    return f"PRAGMA key = \"x'{dek.hex()}'\""


def classify(exc: BaseException) -> VaultError:
    """Turn a SQLite/SQLCipher error into a named, user-facing error."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "not a database" in text or "malformed" in text or "disk image" in text:
        return DatabaseDamaged("The database file is damaged or is not a DSL Desktop vault.")
    if "locked" in text or "busy" in text:
        return DatabaseLocked("The vault is in use by another program.")
    if "full" in text:
        return DiskFull("The disk is full, so the change could not be saved.")
    if "disk i/o error" in text:  # what SQLite reports when a write runs out of room, too
        return DiskFull("The vault's files could not be written: the disk is full or failing.")
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return ReadOnlyStore("The vault's files cannot be written or opened.")
    return VaultError(f"The vault reported an error: {text}")


def open_raw(path: Path, dek: bytes, *, check: bool = True) -> Any:
    """Open one keyed DB-API connection to ``path``.

    The key is the first statement on the connection; a fast read then proves it (with a key
    that the slot's AES-GCM tag has already proven right, a failure here means damage).
    """
    conn = sqlcipher.connect(str(path), check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute(key_pragma(dek))
        conn.execute("PRAGMA cipher_compatibility = 4")
        # Damage is reported through our own errors; SQLCipher's stderr lines would only
        # clutter the command line's one-line messages.
        conn.execute("PRAGMA cipher_log_level = NONE")
        if check:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute(f"PRAGMA cache_size = {CACHE_PAGES}")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    except sqlcipher.DatabaseError as exc:
        conn.close()
        raise classify(exc) from exc
    return conn


def make_engine(path: Path, dek: bytes) -> Engine:
    creator: Callable[[], Any] = lambda: open_raw(path, dek)  # noqa: E731
    engine = create_engine(
        "sqlite://",
        creator=creator,
        module=sqlcipher,
        poolclass=pool.QueuePool,
        pool_size=2,
        max_overflow=4,
        hide_parameters=True,  # record content must never reach an error message or log
    )

    # pysqlite's own transaction handling defers BEGIN; issue it ourselves so that
    # SAVEPOINT and the SERIALIZABLE behaviour SQLAlchemy expects both work.
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    if fsutil.FAULT_ENV in os.environ or fsutil.FAULT_LOG_ENV in os.environ:
        # tests/faults: each COMMIT is a point at which to crash, as each fsync and rename is
        event.listen(engine, "commit", lambda _conn: fsutil.fault_point("commit"))
    return engine


def cipher_version(engine: Engine) -> str:
    with engine.connect() as conn:
        row = conn.exec_driver_sql("PRAGMA cipher_version").fetchone()
    return str(row[0]) if row else ""
