"""Nothing written to the store reaches the disk in clear: a canary in every text field.

A unique string is written into every String/Text/JSON column of every table in ``db.models``
(and into an attachment's bytes), through the ORM and through the services. Then every file in
the data folder and every file created in the temporary folder during the test is searched for
it — as UTF-8, as UTF-16-LE and as the ASCII part alone (which also catches JSON's ``\\u``
escapes) — while a transaction has flushed but not committed, after commit, and after close.

A control writes the same rows into a plain SQLite file and finds the canary there, so the search
itself is shown to work.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Integer,
    LargeBinary,
    String,
    create_engine,
    inspect,
    select,
)
from sqlalchemy.orm import Session

from db.errors import WrongPassphrase
from db.keyslots import KdfParams
from db.models import Base
from db.vault import Vault
from dsl_desktop.domain import Role
from dsl_desktop.services import accounts

FAST_KDF = KdfParams(19456, 2, 1)

CANARY = "CANARY-7f3a-Gwŷn"
ASCII_PART = "CANARY-7f3a"
NEEDLES = {
    "utf-8": CANARY.encode("utf-8"),
    "utf-16-le": CANARY.encode("utf-16-le"),
    "ascii part": ASCII_PART.encode("ascii"),
    "ascii part utf-16-le": ASCII_PART.encode("utf-16-le"),
    "ascii part utf-16-be": ASCII_PART.encode("utf-16-be"),
}
# Searched for in lower-cased file contents: a full-text index keeps words folded to lower case.
FOLDED_NEEDLES = {
    "'canary' any case": b"canary",
    "'canary' any case utf-16-le": "canary".encode("utf-16-le"),
}
# Big enough to overflow many pages, so an uncommitted transaction spills to the WAL.
BLOB = (CANARY.encode("utf-8") + CANARY.encode("utf-16-le")) * 12_000
PASSPHRASE = f"{CANARY} is the passphrase too"


def _models() -> dict[str, type[Any]]:
    return {m.class_.__table__.name: m.class_ for m in Base.registry.mappers}


def _is_code(col: Any) -> bool:
    """A short code column (e.g. String(3) for "in"/"out"): it holds no free text, and is too
    short for the canary, so it keeps its default."""
    t = col.type
    return isinstance(t, String) and t.length is not None and t.length < len(CANARY)


def _value(col: Any) -> Any:
    t = col.type
    if isinstance(t, JSON):
        return {"text": CANARY, "list": [CANARY, {"nested": CANARY}], CANARY: 1}
    if isinstance(t, String):  # Text is a String
        return CANARY
    if isinstance(t, LargeBinary):
        return BLOB
    if isinstance(t, Boolean):
        return True
    if isinstance(t, DateTime):
        return dt.datetime(2026, 3, 4, 10, 30)
    if isinstance(t, Date):
        return dt.date(2026, 3, 4)
    if isinstance(t, Integer):
        return 10_000
    raise AssertionError(f"no canary value for {col} of type {t!r}")


def add_canary_rows(session: Session) -> dict[str, Any]:
    """One row per table, every text column holding the canary. Returns the rows by table."""
    models = _models()
    rows: dict[str, Any] = {}
    for table in Base.metadata.sorted_tables:  # parents before children
        model = models[table.name]
        kwargs: dict[str, Any] = {}
        for attr in inspect(model).column_attrs:
            col = attr.columns[0]
            fks = list(col.foreign_keys)
            if fks:
                parent = rows[fks[0].column.table.name]
                kwargs[attr.key] = getattr(parent, fks[0].column.key)
            elif (
                col.primary_key and isinstance(col.type, Integer) and col.autoincrement is not False
            ):
                continue
            elif _is_code(col):
                if col.default is None and not col.nullable:
                    raise AssertionError(f"{col}: a short required code column needs a value")
                continue
            else:
                kwargs[attr.key] = _value(col)
        row = model(**kwargs)
        session.add(row)
        session.flush()
        rows[table.name] = row
    assert set(rows) == set(models), "every table gets a canary row"
    return rows


def text_columns() -> Iterable[tuple[type[Any], str, Any]]:
    for model in _models().values():
        for attr in inspect(model).column_attrs:
            col = attr.columns[0]
            text = isinstance(col.type, (String, JSON, LargeBinary))
            if text and not col.foreign_keys and not _is_code(col):
                yield model, attr.key, col


def scan(folders: Iterable[Path]) -> list[str]:
    """Every (file, encoding) in which a needle appears."""
    found = []
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            data = path.read_bytes()
            found += [f"{path}: {name}" for name, needle in NEEDLES.items() if needle in data]
            folded = data.lower()
            found += [
                f"{path}: {name}" for name, needle in FOLDED_NEEDLES.items() if needle in folded
            ]
    return found


@pytest.fixture
def fresh_tempdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    for var in ("TMPDIR", "SQLITE_TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(var, str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    assert tempfile.gettempdir() == str(tmp)
    return tmp


def test_control_the_search_finds_the_canary_in_a_plain_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "control" / "plain.db"
    path.parent.mkdir()
    engine = create_engine(
        "sqlite://", creator=lambda: sqlcipher.connect(str(path)), module=sqlcipher
    )  # sqlcipher3 with no key: a plain SQLite file
    Base.metadata.create_all(engine)
    with Session(engine) as s:
        add_canary_rows(s)
        s.commit()
    engine.dispose()
    data = path.read_bytes()
    assert data[:16] == b"SQLite format 3\x00"
    assert NEEDLES["utf-8"] in data  # String/Text columns, and the blob
    assert NEEDLES["utf-16-le"] in data  # the blob
    assert data.count(NEEDLES["ascii part"]) > len(list(text_columns()))  # JSON escapes too
    assert FOLDED_NEEDLES["'canary' any case"] in data.lower()


def test_no_canary_on_disk_mid_transaction_after_commit_and_after_close(
    tmp_path: Path, fresh_tempdir: Path
) -> None:
    data_dir = tmp_path / "data"
    folders = (data_dir, fresh_tempdir)
    vault = Vault(data_dir)
    school = {k: CANARY for k in ("urn", "address", "phone", "email", "local_authority")}
    ov, _code = vault.create(
        school_name=CANARY,
        sign_in_name=f"{CANARY} dsl",
        display_name=CANARY,
        passphrase=PASSPHRASE,
        kdf=FAST_KDF,
        school=school,
    )
    try:
        # Through the services: school, settings, contacts, a second account (its own slot).
        accounts.update_school(
            ov, accounts.SchoolDetails(CANARY, CANARY, CANARY, CANARY, CANARY, CANARY)
        )
        accounts.set_setting(ov, f"{CANARY} (service)", {"value": CANARY})
        accounts.save_local_contacts(
            ov, [accounts.ContactEntry(None, CANARY, CANARY, CANARY, CANARY, CANARY)]
        )
        accounts.add_account(
            ov, sign_in_name=f"{CANARY} reviewer", display_name=CANARY, role=Role.REVIEWER,
            passphrase=PASSPHRASE, kdf=FAST_KDF,
        )  # fmt: skip
        with ov.unit() as s:
            ov.audit(s, "canary", entity="canary", entity_id=CANARY)
        assert scan(folders) == []

        # Through the ORM, every table, in a transaction that has flushed but not committed.
        wal = data_dir / "vault.db-wal"
        wal_before = wal.stat().st_size if wal.exists() else 0
        s = ov.Session()
        try:
            s.connection().exec_driver_sql("PRAGMA cache_size = 8")  # make the pages spill
            add_canary_rows(s)
            assert wal.stat().st_size > wal_before, "uncommitted pages reached the WAL"
            assert scan(folders) == [], "mid-transaction"
            s.commit()
        finally:
            s.close()
        assert scan(folders) == [], "after commit"

        # The rows really hold the canary (nothing was defaulted or dropped on the way).
        with ov.reading() as s:
            for model, key, col in text_columns():
                values = [getattr(r, key) for r in s.scalars(select(model))]
                expected = _value(col)
                assert expected in values, f"{model.__name__}.{key}"

        # A failed unlock attempt (canary as name and passphrase) writes vault.attempts.
        with pytest.raises(WrongPassphrase):
            Vault(data_dir).unlock(CANARY, CANARY + " wrong")
        assert (data_dir / "vault.attempts").exists()
        assert scan(folders) == []
    finally:
        ov.close()

    names = {p.name for p in data_dir.iterdir()}
    assert {"vault.db", "vault.keys", "audit.head", "vault.attempts"} <= names
    assert scan(folders) == [], "after close"
    assert (data_dir / "vault.db").read_bytes()[:16] != b"SQLite format 3\x00"

    # And it all reads back after a fresh unlock.
    ov = Vault(data_dir).unlock(f"{CANARY} dsl", PASSPHRASE)
    try:
        assert accounts.school_details(ov).name == CANARY
        assert accounts.get_setting(ov, f"{CANARY} (service)") == {"value": CANARY}
    finally:
        ov.close()
    assert scan(folders) == []
