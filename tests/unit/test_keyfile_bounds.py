"""Everything read from vault.keys is bounded: hostile Argon2id settings are refused at once
(never run), huge fields give a message (never a MemoryError). Real key files and vaults."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from db.errors import KeySlotsDamaged, VaultError
from db.keyslots import KeyFile, _canonical
from db.vault import KEYS_FILE, OpenVault, Vault

NAME = "Anna Khan"
PASS = "heron lantern copper 42 meadow"

NewVault = Callable[..., tuple[Vault, OpenVault, str]]


def _rewrite(path: Path, change: Callable[[dict[str, Any]], None]) -> None:
    """Edit the key file and give it a valid checksum again, as an attacker could."""
    doc = json.loads(path.read_text())
    change(doc)
    body = {k: v for k, v in doc.items() if k != "checksum"}
    doc["checksum"] = hashlib.sha256(_canonical(body)).hexdigest()
    path.write_text(json.dumps(doc))


@pytest.fixture
def shut(new_vault: NewVault) -> Path:
    vault, ov, _ = new_vault(sign_in_name=NAME, passphrase=PASS)
    ov.close()
    return vault.data_dir


def _every_slot_kdf(**values: int) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        for slot in doc["slots"]:
            if "kdf" in slot:
                slot["kdf"].update(values)

    return change


@pytest.mark.parametrize(
    "values",
    [{"t": 100000}, {"m": 64 * 1024 * 1024}, {"p": 100000}, {"m": 1024 * 1024, "t": 30},
     {"t": 0}, {"m": 10**30}],
    ids=["t-100000", "m-64GiB", "p-100000", "m-times-t", "t-zero", "m-enormous"],
)  # fmt: skip
def test_huge_argon2_settings_are_refused_in_well_under_a_second(
    shut: Path, values: dict[str, int]
) -> None:
    _rewrite(shut / KEYS_FILE, _every_slot_kdf(**values))
    vault = Vault(shut)
    for attempt in (
        lambda: vault.unlock(NAME, PASS),
        lambda: vault.unlock_any(PASS),
        lambda: vault.unlock_with_recovery("AAAA-BBBB-CCCC-DDDD"),
    ):
        started = time.perf_counter()
        with pytest.raises(KeySlotsDamaged) as info:
            attempt()
        assert time.perf_counter() - started < 0.5
        assert "Argon2id" in info.value.message or "damaged" in info.value.message


@pytest.mark.parametrize(
    ("field", "value"),
    [("nonce", "A" * 50_000_000), ("wrapped", "QUFB" * 10_000_000), ("salt", "A" * 8_000_000),
     ("type", "x" * 1000), ("account", ["a"]), ("nonce", "AAAA")],
    ids=["huge-nonce", "huge-wrapped", "huge-salt", "unknown-type", "account-list", "short-nonce"],
)  # fmt: skip
def test_huge_or_wrong_slot_fields_are_a_message(shut: Path, field: str, value: Any) -> None:
    def change(doc: dict[str, Any]) -> None:
        slot = doc["slots"][0]
        if field == "salt":
            slot["kdf"]["salt"] = value
        else:
            slot[field] = value

    _rewrite(shut / KEYS_FILE, change)
    started = time.perf_counter()
    with pytest.raises(VaultError) as info:
        Vault(shut).unlock(NAME, PASS)
    assert time.perf_counter() - started < 1.0
    assert "key" in info.value.message.lower()


def test_a_key_file_of_many_megabytes_is_refused_before_it_is_read(shut: Path) -> None:
    (shut / KEYS_FILE).write_bytes(b"{" + b" " * (20 * 1024 * 1024) + b"}")
    with pytest.raises(KeySlotsDamaged) as info:
        KeyFile.load(shut / KEYS_FILE)
    assert "far larger" in info.value.message


def test_a_key_file_that_is_a_folder_is_a_message(shut: Path) -> None:
    (shut / KEYS_FILE).unlink()
    (shut / KEYS_FILE).mkdir()
    with pytest.raises(VaultError) as info:
        Vault(shut).unlock(NAME, PASS)
    assert "folder" in info.value.message
