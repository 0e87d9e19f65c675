"""Recovery keeps working: verify checks every slot (the recovery slot too), and a used
recovery code is replaced. Real SQLCipher vaults and key files."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from db.errors import WrongPassphrase
from db.keyslots import KdfParams, _canonical
from db.vault import KEYS_FILE, OpenVault, Vault
from dsl_desktop.domain import Role
from dsl_desktop.services import accounts

NAME = "Anna Khan"
PASS = "heron lantern copper 42 meadow"
NEW = "granite willow saffron 3"
FAST = KdfParams(19456, 2, 1)

NewVault = Callable[..., tuple[Vault, OpenVault, str]]


def _rewrite(path: Path, change: Callable[[dict[str, Any]], None]) -> None:
    doc = json.loads(path.read_text())
    change(doc)
    body = {k: v for k, v in doc.items() if k != "checksum"}
    doc["checksum"] = hashlib.sha256(_canonical(body)).hexdigest()
    path.write_text(json.dumps(doc))


def test_a_used_recovery_code_is_replaced(new_vault: NewVault) -> None:
    vault, ov, code = new_vault(sign_in_name=NAME, passphrase=PASS)
    ov.close()
    rec = Vault(vault.data_dir).unlock_with_recovery(code)
    try:
        recovery = accounts.recover_account(rec, NAME, NEW, kdf=FAST)
        assert recovery.signed_in.sign_in_name == NAME
        assert recovery.recovery_code != code
        assert rec.verify().ok
    finally:
        rec.close()
    with pytest.raises(WrongPassphrase):
        Vault(vault.data_dir).unlock_with_recovery(code)
    Vault(vault.data_dir).unlock_with_recovery(recovery.recovery_code).close()
    Vault(vault.data_dir).unlock(NAME, NEW).close()


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d.update(slots=[s for s in d["slots"] if s["type"] != "recovery"]),
         "recovery slot is missing"),
        (lambda d: [s["kdf"].update(t=0) for s in d["slots"] if s["type"] == "recovery"],
         "recovery slot is damaged"),
        (lambda d: [s.update(wrapped=s["wrapped"][:8]) for s in d["slots"] if s["type"] == "recovery"],
         "recovery slot is damaged"),
        (lambda d: d["slots"].append(dict(next(s for s in d["slots"] if s["type"] == "recovery"))),
         "more than one recovery slot"),
    ],
    ids=["removed", "bad-kdf", "short-key", "two"],
)  # fmt: skip
def test_verify_checks_the_recovery_slot(
    new_vault: NewVault, change: Callable[[dict[str, Any]], None], expected: str
) -> None:
    vault, ov, _ = new_vault(sign_in_name=NAME, passphrase=PASS)
    assert ov.verify().ok
    _rewrite(vault.keys_path, change)
    report = ov.verify()
    assert not report.ok
    assert any(expected in p for p in report.problems), report.problems


def test_verify_finds_an_active_account_without_a_slot_and_a_slot_without_an_account(
    new_vault: NewVault,
) -> None:
    vault, ov, _ = new_vault(sign_in_name=NAME, passphrase=PASS)
    deputy = accounts.add_account(
        ov, sign_in_name="Gwŷn Evans", display_name="Gwŷn", role=Role.DEPUTY, passphrase=NEW,
        kdf=FAST,
    )  # fmt: skip
    assert ov.verify().ok
    original = vault.keys_path.read_bytes()
    _rewrite(vault.keys_path, lambda d: d.update(
        slots=[s for s in d["slots"] if s.get("account") != deputy.account]))  # fmt: skip
    assert any("1 passphrase slots" in p or "0 passphrase slots" in p for p in ov.verify().problems)
    vault.keys_path.write_bytes(original)
    with ov.unit() as s:
        from db.models import User

        user = s.get(User, deputy.user_id)
        assert user is not None
        user.active = False
    assert any("not active" in p for p in ov.verify().problems)


def test_one_damaged_passphrase_slot_does_not_stop_another_account(new_vault: NewVault) -> None:
    vault, ov, _ = new_vault(sign_in_name=NAME, passphrase=PASS)
    deputy = accounts.add_account(
        ov, sign_in_name="Zoë O'Neill", display_name="Zoë", role=Role.DEPUTY, passphrase=NEW,
        kdf=FAST,
    )  # fmt: skip
    ov.close()
    _rewrite(vault.data_dir / KEYS_FILE, lambda d: [
        s["kdf"].update(t=100000) for s in d["slots"]
        if s["type"] == "passphrase" and s["account"] != deputy.account])  # fmt: skip
    opened = Vault(vault.data_dir).unlock_any(NEW)
    try:
        assert opened.user is not None and opened.user.account == deputy.account
        assert any("passphrase slot is damaged" in p for p in opened.verify().problems)
    finally:
        opened.close()
