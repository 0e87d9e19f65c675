"""The audit chain: a fresh vault verifies; edits, deletions, reordering and truncation do not.

Tampering goes through a keyed raw connection (as someone holding the data key could), either
while the vault is open (then ``verify``) or while it is closed (then unlock — which appends a
sign-in event — and ``verify``: the next event must not paper over the damage).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from db import audit
from db.engine import open_raw
from db.keyslots import KdfParams
from db.models import AuditEvent
from db.vault import OpenVault, Vault

FAST = KdfParams(19456, 2, 1)
NAME = "Anna Khan"
PASS = "heron lantern copper 42 meadow"
VIEWS = 6


@dataclass
class Template:
    folder: Path
    dek: bytes


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    folder = tmp_path_factory.mktemp("audit") / "v"
    ov, _ = Vault(folder).create(
        school_name="Brook Lane", sign_in_name=NAME, display_name="Anna", passphrase=PASS, kdf=FAST
    )
    for i in range(VIEWS):
        with ov.unit() as s:
            ov.audit(s, "case.viewed", entity="concern", entity_id=i + 1, details={"n": i})
    dek = ov._dek
    ov.close()
    return Template(folder, dek)


@pytest.fixture
def folder(template: Template, tmp_path: Path) -> Path:
    dest = tmp_path / "v"
    shutil.copytree(template.folder, dest)
    return dest


@pytest.fixture
def opened(folder: Path) -> Iterator[OpenVault]:
    ov = Vault(folder).unlock(NAME, PASS)
    yield ov
    ov.close()


def seqs(ov: OpenVault) -> list[int]:
    with ov.reading() as s:
        return list(s.scalars(select(AuditEvent.seq).order_by(AuditEvent.seq)))


def raw(folder: Path, dek: bytes, *sql: str) -> None:
    conn = open_raw(folder / "vault.db", dek)
    try:
        for statement in sql:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


# ---- tampering ------------------------------------------------------------------------------
def edit_details(n: int) -> list[str]:
    return [f"UPDATE audit_event SET details = '{{\"n\": 99}}' WHERE seq = {n - 3}"]


def edit_action(n: int) -> list[str]:
    return [f"UPDATE audit_event SET action = 'export' WHERE seq = {n - 3}"]


def edit_user(n: int) -> list[str]:
    return [f"UPDATE audit_event SET user_id = NULL WHERE seq = {n - 3}"]


def edit_time(n: int) -> list[str]:
    return [f"UPDATE audit_event SET at = '2020-01-01T00:00:00.000000Z' WHERE seq = {n - 3}"]


def delete_middle(n: int) -> list[str]:
    return [f"DELETE FROM audit_event WHERE seq = {n // 2}"]


def reorder(n: int) -> list[str]:
    a, b = n // 2 - 1, n // 2 + 1
    return [
        f"UPDATE audit_event SET seq = -1 WHERE seq = {a}",
        f"UPDATE audit_event SET seq = {a} WHERE seq = {b}",
        f"UPDATE audit_event SET seq = {b} WHERE seq = -1",
    ]


def truncate(n: int) -> list[str]:
    return [f"DELETE FROM audit_event WHERE seq > {n - 2}"]


def truncate_one(n: int) -> list[str]:
    return [f"DELETE FROM audit_event WHERE seq = {n}"]


def delete_first(n: int) -> list[str]:
    return ["DELETE FROM audit_event WHERE seq = 1"]


def non_ascii_hash(n: int) -> list[str]:
    return [f"UPDATE audit_event SET hash = 'Gwŷn' || substr(hash, 5) WHERE seq = {n - 3}"]


def non_ascii_last_hash(n: int) -> list[str]:
    return [f"UPDATE audit_event SET hash = 'Gwŷn' || substr(hash, 5) WHERE seq = {n}"]


TAMPERING: dict[str, tuple[Callable[[int], list[str]], str]] = {
    "edit-details": (edit_details, "has been altered"),
    "edit-action": (edit_action, "has been altered"),
    "edit-user": (edit_user, "has been altered"),
    "edit-time": (edit_time, "has been altered"),
    "delete-middle": (delete_middle, "is missing"),
    "delete-first": (delete_first, "is missing"),
    "reorder": (reorder, "altered"),
    "truncate": (truncate, "removed"),
    "truncate-one": (truncate_one, "removed"),
    "non-ascii-hash": (non_ascii_hash, "does not follow"),
    "non-ascii-last-hash": (non_ascii_last_hash, "has been altered"),
}


def test_fresh_vault_verifies(new_vault: Callable[..., tuple[Vault, OpenVault, str]]) -> None:
    _, ov, _ = new_vault()
    report = ov.verify()
    assert report.ok, report.problems
    assert report.facts["audit_events"] == 2
    assert report.facts["cipher_version"].startswith("4")
    assert report.facts["journal_mode"] == "wal"


def test_template_vault_verifies(opened: OpenVault) -> None:
    report = opened.verify()
    assert report.ok, report.problems
    n = VIEWS + 4  # created, sign-in, views, sign-out, sign-in
    assert seqs(opened) == list(range(1, n + 1))
    assert audit.read_head(opened.vault.head_path) == (n, _hash(opened, n))


def _hash(ov: OpenVault, seq: int) -> str:
    with ov.reading() as s:
        ev = s.get(AuditEvent, seq)
        assert ev is not None
        return ev.hash


@pytest.mark.parametrize("case", list(TAMPERING))
def test_tampering_while_open_is_detected(
    opened: OpenVault, folder: Path, template: Template, case: str
) -> None:
    make_sql, expected = TAMPERING[case]
    n = seqs(opened)[-1]
    raw(folder, template.dek, *make_sql(n))
    report = opened.verify()
    assert not report.ok
    assert any(expected in p for p in report.problems), report.problems
    assert all(p.startswith("audit trail: ") for p in report.problems), report.problems


@pytest.mark.parametrize("case", list(TAMPERING))
def test_tampering_while_closed_survives_the_next_sign_in(
    folder: Path, template: Template, case: str
) -> None:
    """The sign-in event appended at unlock must not hide what was done while the vault was shut."""
    make_sql, _expected = TAMPERING[case]
    n = VIEWS + 3
    raw(folder, template.dek, *make_sql(n))
    ov = Vault(folder).unlock(NAME, PASS)
    try:
        report = ov.verify()
        assert not report.ok, f"{case}: the sign-in event covered the tampering"
        # and it stays visible however many events follow
        for _ in range(3):
            with ov.unit() as s:
                ov.audit(s, "case.viewed")
        assert not ov.verify().ok
    finally:
        ov.close()
    again = Vault(folder).unlock(NAME, PASS)
    try:
        assert not again.verify().ok
    finally:
        again.close()


def test_a_forged_hash_without_the_audit_key_is_detected(
    opened: OpenVault, folder: Path, template: Template
) -> None:
    """Recomputing the chain needs the HMAC key: a plain SHA-256 (or a wrong key) does not do."""
    target = seqs(opened)[-1] - 3
    with opened.reading() as s:
        ev = s.get(AuditEvent, target)
        assert ev is not None
        body = json.dumps(
            [ev.seq, ev.at, ev.user_id, ev.action, ev.entity, ev.entity_id, {"n": 99}]
        )
        prev = ev.prev_hash
    forged = hmac.new(b"\0" * 32, (prev + body).encode(), hashlib.sha256).hexdigest()
    raw(
        folder, template.dek,
        f"UPDATE audit_event SET details = '{json.dumps({'n': 99})}', hash = '{forged}' WHERE seq = {target}",
    )  # fmt: skip
    report = opened.verify()
    assert not report.ok
    assert any(f"event {target} has been altered" in p for p in report.problems)


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (None, "missing"),
        (b"not json", "damaged"),
        (b'{"seq": 3, "hash": "' + b"0" * 64 + b'"}', "does not match"),
    ],
    ids=["deleted", "garbage", "wrong-hash"],
)
def test_head_file_problems(opened: OpenVault, head: bytes | None, expected: str) -> None:
    path = opened.vault.head_path
    if head is None:
        path.unlink()
    else:
        path.write_bytes(head)
    report = opened.verify()
    assert not report.ok
    assert any(expected in p for p in report.problems), report.problems


def test_head_one_step_behind_after_a_crash_is_not_tampering(opened: OpenVault) -> None:
    """A crash between commit and writing audit.head leaves the head behind: the chain is fine."""
    n = seqs(opened)[-1]
    audit.write_head(opened.vault.head_path, n - 1, _hash(opened, n - 1))
    assert opened.verify().ok
    with opened.unit() as s:
        opened.audit(s, "case.viewed")
    assert seqs(opened)[-1] == n + 1
    assert opened.verify().ok


def test_each_event_names_the_one_before(opened: OpenVault) -> None:
    with opened.reading() as s:
        links = list(
            s.execute(select(AuditEvent.prev_hash, AuditEvent.hash).order_by(AuditEvent.seq))
        )
    assert links[0].prev_hash == audit.GENESIS
    for before, after in zip(links, links[1:], strict=False):
        assert after.prev_hash == before.hash
    assert len({link.hash for link in links}) == len(links)
