"""Key slots: Argon2id settings and their floor, AES-GCM wrapping bound to the header, the file."""

from __future__ import annotations

import base64
import json
import secrets
from pathlib import Path

import pytest

from db.errors import KeySlotsDamaged, WeakKdfParameters, WrongPassphrase
from db.keyslots import (
    DEFAULT_KDF,
    KdfParams,
    KeyFile,
    derive_kek,
    new_recovery_code,
    normalise_recovery_code,
)
from db.vault import Vault

FAST = KdfParams(19456, 2, 1)


# ---- Argon2id settings ------------------------------------------------------------------------
def test_default_parameters_are_64_mib_t3_p4() -> None:
    assert KdfParams() == DEFAULT_KDF
    assert (DEFAULT_KDF.memory_kib, DEFAULT_KDF.iterations, DEFAULT_KDF.lanes) == (65536, 3, 4)
    assert DEFAULT_KDF.memory_kib * 1024 == 64 * 2**20
    DEFAULT_KDF.check()


def test_a_slot_written_with_the_defaults_records_them(tmp_path: Path) -> None:
    keys = KeyFile.new()
    keys.set_passphrase(
        "acc1", "Anna", "heron lantern copper 42", secrets.token_bytes(32), DEFAULT_KDF
    )
    keys.save(tmp_path / "vault.keys")
    doc = json.loads((tmp_path / "vault.keys").read_text())
    kdf = doc["slots"][0]["kdf"]
    assert (kdf["alg"], kdf["m"], kdf["t"], kdf["p"]) == ("argon2id", 65536, 3, 4)
    assert len(base64.b64decode(kdf["salt"])) == 16


def test_service_defaults_are_the_default_kdf() -> None:
    import inspect

    from db.vault import OpenVault
    from dsl_desktop.services import accounts

    for fn in (Vault.create, OpenVault.set_passphrase, OpenVault.change_passphrase,
               accounts.add_account, accounts.change_passphrase,
               accounts.reset_passphrase_after_recovery):  # fmt: skip
        params = inspect.signature(fn).parameters
        assert params["kdf"].default is DEFAULT_KDF, fn.__qualname__


@pytest.mark.parametrize(
    "params",
    [
        KdfParams(47104, 1, 1),
        KdfParams(19456, 2, 1),
        KdfParams(12288, 3, 1),
        KdfParams(9216, 4, 1),
        KdfParams(7168, 5, 1),
        KdfParams(65536, 3, 4),
        KdfParams(19456, 2, 8),
    ],
)
def test_owasp_floor_and_above_are_accepted(params: KdfParams) -> None:
    params.check()


@pytest.mark.parametrize(
    "params",
    [
        KdfParams(19456, 1, 1),
        KdfParams(19455, 2, 1),
        KdfParams(47103, 1, 1),
        KdfParams(12287, 3, 1),
        KdfParams(9215, 4, 1),
        KdfParams(7167, 5, 1),
        KdfParams(4096, 10, 1),
        KdfParams(65536, 3, 0),
        KdfParams(1024, 1, 1),
    ],
)
def test_below_the_floor_is_refused(params: KdfParams, tmp_path: Path) -> None:
    with pytest.raises(WeakKdfParameters):
        params.check()
    with pytest.raises(WeakKdfParameters):
        derive_kek("heron lantern copper 42", b"s" * 16, params)
    keys = KeyFile.new()
    with pytest.raises(WeakKdfParameters):
        keys.set_passphrase("a", "Anna", "heron lantern copper 42", secrets.token_bytes(32), params)
    assert keys.slots == []
    with pytest.raises(WeakKdfParameters):
        Vault(tmp_path / "v").create(
            school_name="S", sign_in_name="Anna", display_name="Anna",
            passphrase="heron lantern copper 42", kdf=params,
        )  # fmt: skip
    assert not (tmp_path / "v").exists(), "nothing is written for refused settings"


# ---- wrapping -------------------------------------------------------------------------------
def _keyfile() -> tuple[KeyFile, bytes]:
    dek = secrets.token_bytes(32)
    keys = KeyFile.new()
    keys.set_passphrase("acc1", "Anna Khan", "heron lantern copper 42", dek, FAST)
    return keys, dek


def test_unwrap_round_trip_and_name_normalisation() -> None:
    keys, dek = _keyfile()
    assert keys.unwrap_passphrase("Anna Khan", "heron lantern copper 42") == ("acc1", dek)
    assert keys.unwrap_passphrase("  anna   KHAN ", "heron lantern copper 42") == ("acc1", dek)
    assert keys.unwrap_any_passphrase("heron lantern copper 42") == ("acc1", dek)
    with pytest.raises(WrongPassphrase):
        keys.unwrap_passphrase("Anna Khan", "heron lantern copper 43")
    with pytest.raises(WrongPassphrase):
        keys.unwrap_passphrase("Someone Else", "heron lantern copper 42")


@pytest.mark.parametrize(
    ("field", "value"),
    [("t", 3), ("m", 20000), ("p", 2), ("salt", base64.b64encode(b"x" * 16).decode())],
)
def test_every_header_field_is_bound_to_the_ciphertext(field: str, value: object) -> None:
    keys, _ = _keyfile()
    keys.slots[0].header["kdf"][field] = value
    with pytest.raises(WrongPassphrase):
        keys.unwrap_passphrase("Anna Khan", "heron lantern copper 42")


def test_slot_header_account_is_bound() -> None:
    keys, _ = _keyfile()
    keys.slots[0].header["account"] = "acc2"
    with pytest.raises(WrongPassphrase):
        keys.unwrap_passphrase("Anna Khan", "heron lantern copper 42")


def test_a_slot_moved_to_another_vault_does_not_open(tmp_path: Path) -> None:
    keys, _ = _keyfile()
    keys.vault_id = "another-vault"
    with pytest.raises(WrongPassphrase):
        keys.unwrap_passphrase("Anna Khan", "heron lantern copper 42")


def test_the_file_holds_no_names_and_no_keys(tmp_path: Path) -> None:
    keys, dek = _keyfile()
    path = tmp_path / "vault.keys"
    keys.save(path)
    data = path.read_bytes()
    for secret in (b"Anna", b"anna", b"heron", dek, dek.hex().encode(), base64.b64encode(dek)):
        assert secret not in data
    assert [p.name for p in tmp_path.iterdir()] == ["vault.keys"], "no temporary file is left"


def test_file_round_trip_and_checksum(tmp_path: Path) -> None:
    keys, dek = _keyfile()
    code = keys.set_recovery(dek, FAST)
    path = tmp_path / "vault.keys"
    keys.save(path)
    again = KeyFile.load(path)
    assert again.unwrap_passphrase("Anna Khan", "heron lantern copper 42")[1] == dek
    assert again.unwrap_recovery(code) == dek
    doc = json.loads(path.read_text())
    doc["slots"][0]["kdf"]["t"] = 3
    path.write_text(json.dumps(doc))
    with pytest.raises(KeySlotsDamaged):
        KeyFile.load(path)


def test_set_passphrase_rewrites_only_that_slot() -> None:
    keys, dek = _keyfile()
    keys.set_passphrase("acc2", "Ben", "kestrel harbour violet 7", dek, FAST)
    code = keys.set_recovery(dek, FAST)
    others = [s.to_json() for s in keys.slots if s.account != "acc1"]
    keys.set_passphrase("acc1", "Anna Khan", "a completely new phrase 9", dek, FAST)
    assert [s.to_json() for s in keys.slots if s.account != "acc1"] == others
    assert sum(1 for s in keys.slots if s.account == "acc1") == 1
    assert keys.unwrap_passphrase("Anna Khan", "a completely new phrase 9")[1] == dek
    assert keys.unwrap_recovery(code) == dek
    with pytest.raises(WrongPassphrase):
        keys.unwrap_passphrase("Anna Khan", "heron lantern copper 42")


# ---- recovery codes ----------------------------------------------------------------------------
def test_recovery_code_has_at_least_128_bits() -> None:
    code = new_recovery_code()
    raw = code.replace("-", "")
    assert len(raw) * 5 >= 128  # base32: 5 bits a character
    assert all(len(g) == 4 for g in code.split("-"))
    assert base64.b32decode(raw)
    assert len({new_recovery_code() for _ in range(50)}) == 50


def test_recovery_code_forgiving_input() -> None:
    code = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"
    norm = normalise_recovery_code(code)
    assert normalise_recovery_code(code.lower()) == norm
    assert normalise_recovery_code(code.replace("-", " ")) == norm
    assert normalise_recovery_code("  " + code.lower().replace("-", "  ") + "\n") == norm
    # 0/1/8 typed for O/I/B
    assert normalise_recovery_code("0ABC-1DEF-8GHI") == normalise_recovery_code("OABC-IDEF-BGHI")


def test_recovery_unwrap_accepts_lower_case_and_spaces() -> None:
    keys, dek = _keyfile()
    code = keys.set_recovery(dek, FAST)
    assert keys.unwrap_recovery(code) == dek
    assert keys.unwrap_recovery(code.lower().replace("-", " ")) == dek
    with pytest.raises(WrongPassphrase):
        keys.unwrap_recovery(code[:-1] + ("A" if code[-1] != "A" else "B"))
