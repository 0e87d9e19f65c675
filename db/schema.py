"""Schema versions: Alembic migrations, the copy taken before an upgrade, refusing newer files.

``HEAD`` names the newest revision this code knows; a test keeps it equal to Alembic's head, so
opening an up-to-date vault needs no Alembic import at all.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from db.engine import raise_classified
from db.errors import DatabaseTooNew
from db.fsutil import atomic_write_with

HEAD = "0006"
KNOWN = ("0001", "0002", "0003", "0004", "0005", "0006")
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def current_revision(conn: Connection) -> str | None:
    exists = conn.execute(
        text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
    ).first()
    if not exists:
        return None
    row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    return str(row[0]) if row else None


def upgrade(engine: Engine, db_path: Path) -> str | None:
    """Bring the database to HEAD. Returns the path of the pre-upgrade copy, if one was made."""
    try:
        return _upgrade(engine, db_path)
    except DBAPIError as exc:  # a full disk or a read-only folder: a message, not a traceback
        raise_classified(exc)


def _upgrade(engine: Engine, db_path: Path) -> str | None:
    with engine.connect() as conn:
        current = current_revision(conn)
    if current == HEAD:
        return None
    if current is not None and current not in KNOWN:
        raise DatabaseTooNew(
            "This vault was written by a newer version of DSL Desktop (schema {current}); "
            "this version understands up to schema {head}.",
            current=current,
            head=HEAD,
        )
    copy: str | None = None
    if current is not None:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        dest = db_path.with_name(f"{db_path.name}.before-{HEAD}.bak")
        with open(db_path, "rb") as src:  # the file is encrypted; the copy is too
            atomic_write_with(dest, lambda out: shutil.copyfileobj(src, out))
        copy = str(dest)
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    return copy
