"""Schema versions: HEAD matches Alembic, the models match the migrations, upgrades are careful."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine

from db import schema
from db.models import Base
from db.vault import OpenVault, Vault

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(schema.alembic_config())


def test_head_is_alembics_head() -> None:
    heads = _script().get_heads()
    assert len(heads) == 1, f"the migrations must be linear, found heads {heads}"
    assert heads[0] == schema.HEAD


def test_known_revisions_are_the_migration_history() -> None:
    revisions = [r.revision for r in _script().walk_revisions()]  # newest first
    assert set(schema.KNOWN) == set(revisions)
    assert schema.KNOWN[-1] == schema.HEAD
    for rev in _script().walk_revisions():
        assert not isinstance(rev.down_revision, tuple), (
            f"{rev.revision} is a merge: keep it linear"
        )


def _migrated_plain(tmp_path: Path) -> Engine:
    """A fresh, unencrypted database on the SQLite that ships inside sqlcipher3 (the app's own
    SQLite: the stdlib's can be older and lack features the migrations use)."""
    path = tmp_path / "plain.db"
    engine = create_engine(
        "sqlite://", creator=lambda: sqlcipher.connect(str(path)), module=sqlcipher
    )
    with engine.begin() as conn:
        command.upgrade(schema.alembic_config(conn), "head")
    return engine


FTS5_SHADOWS = ("data", "idx", "content", "docsize", "config")


def _virtual_tables(conn: Any) -> set[str]:
    """Virtual tables (FTS5 search indexes) and their shadow tables: made by migrations on
    purpose, and not something an ORM model can describe."""
    names = set()
    for (name,) in conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'"
    ):
        names.add(name)
        names.update(f"{name}_{suffix}" for suffix in FTS5_SHADOWS)
    return names


# Made by migration 0002 for the concerns log, with no model on purpose: the queue of concerns
# whose search words changed, and the log's extra indexes (all named ix_log_...).
MIGRATION_ONLY_TABLES = {"concern_search_pending"}
MIGRATION_ONLY_INDEX_PREFIX = "ix_log_"


def _differences(engine: Engine) -> list[Any]:
    with engine.connect() as conn:
        virtual = _virtual_tables(conn)

        def include(
            obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
        ) -> bool:
            table = obj.table.name if type_ in ("index", "column") else name
            if type_ == "index" and (name or "").startswith(MIGRATION_ONLY_INDEX_PREFIX):
                return False
            return table not in virtual and table not in MIGRATION_ONLY_TABLES

        ctx = MigrationContext.configure(
            conn, opts={"compare_type": True, "render_as_batch": True, "include_object": include}
        )
        return list(compare_metadata(ctx, Base.metadata))


def test_models_match_the_migrations(tmp_path: Path) -> None:
    engine = _migrated_plain(tmp_path)
    try:
        with engine.connect() as conn:
            assert schema.current_revision(conn) == schema.HEAD
        assert _differences(engine) == []
    finally:
        engine.dispose()


def test_a_new_vault_has_exactly_the_models_schema(
    new_vault: Callable[..., tuple[Vault, OpenVault, str]],
) -> None:
    _, ov, _ = new_vault()
    assert _differences(ov.engine) == []
    with ov.engine.connect() as conn:
        assert schema.current_revision(conn) == schema.HEAD


def test_the_differences_check_can_fail(tmp_path: Path) -> None:
    engine = _migrated_plain(tmp_path)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("ALTER TABLE school ADD COLUMN extra TEXT")
        assert _differences(engine) != []
    finally:
        engine.dispose()


def test_up_to_date_vault_is_not_upgraded_or_copied(
    new_vault: Callable[..., tuple[Vault, OpenVault, str]],
) -> None:
    vault, ov, _ = new_vault()
    assert schema.upgrade(ov.engine, vault.db_path) is None
    assert not list(vault.data_dir.glob("*.bak"))


def test_an_upgrade_first_takes_an_encrypted_copy(
    new_vault: Callable[..., tuple[Vault, OpenVault, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pretend this code knows a newer revision than the file: the copy is taken first."""
    vault, ov, _ = new_vault()
    monkeypatch.setattr(schema, "HEAD", "9999-next")
    monkeypatch.setattr(schema, "KNOWN", (*schema.KNOWN, "9999-next"))
    copy = schema.upgrade(ov.engine, vault.db_path)
    assert copy is not None
    copy_path = Path(copy)
    assert copy_path.parent == vault.data_dir and copy_path.name == "vault.db.before-9999-next.bak"
    assert copy_path.read_bytes()[:16] != b"SQLite format 3\x00"
    assert copy_path.stat().st_size > 0


def test_nothing_creates_tables_outside_the_migrations() -> None:
    offenders = [
        str(p.relative_to(ROOT))
        for folder in ("db", "dsl_desktop")
        for p in (ROOT / folder).rglob("*.py")
        if "create_all(" in p.read_text("utf-8")
    ]
    assert offenders == []
