"""Key slots: the random data key (DEK) wrapped once per way of unlocking.

The file ``vault.keys`` beside the database is JSON. Each slot wraps the same 32-byte DEK with
AES-256-GCM under a key-encryption key (KEK):

* ``passphrase`` — one per account; KEK = Argon2id(passphrase, salt, params).
* ``recovery`` — one per vault; KEK = Argon2id(recovery code, salt, params).
* ``device`` — optional, per account; KEK is a random key held in the OS keychain.

Every slot's header (type, account hash, KDF parameters and salt) is bound to the ciphertext as
associated data, so a changed parameter makes the unwrap fail. A checksum over the file tells
accidental damage or editing apart from a wrong passphrase. No account name is stored in clear:
a slot carries a salted hash of the sign-in name.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from db.errors import KeySlotsDamaged, WeakKdfParameters, WrongPassphrase
from db.fsutil import atomic_write

FORMAT = "dsl-desktop.keys"
FORMAT_VERSION = 1
DEK_BYTES = 32
WRAPPED_BYTES = DEK_BYTES + 16  # AES-GCM adds a 16-byte tag
MAX_FILE_BYTES = 1024 * 1024  # a key file with a hundred accounts is under 100 KB
MAX_SLOTS = 1000


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. ``memory_kib`` in KiB."""

    memory_kib: int = 65536
    iterations: int = 3
    lanes: int = 4

    # OWASP Password Storage Cheat Sheet: equivalent Argon2id minimum configurations (m KiB, t).
    OWASP_FLOOR: tuple[tuple[int, int], ...] = (
        (47104, 1),
        (19456, 2),
        (12288, 3),
        (9216, 4),
        (7168, 5),
    )

    # Upper bounds on what a key file may ask for: a slot beyond them is refused at once and
    # never run (Argon2id with t=100000 or m=64 GiB would hang the app or exhaust memory).
    MAX_MEMORY_KIB: ClassVar[int] = 1024 * 1024  # 1 GiB
    MAX_ITERATIONS: ClassVar[int] = 32
    MAX_LANES: ClassVar[int] = 64
    MAX_COST_KIB: ClassVar[int] = 4 * 1024 * 1024  # memory x iterations: about 20 times the default

    def check_bounds(self) -> None:
        if not (
            1 <= self.lanes <= self.MAX_LANES
            and 1 <= self.iterations <= self.MAX_ITERATIONS
            and 8 * self.lanes <= self.memory_kib <= self.MAX_MEMORY_KIB
            and self.memory_kib * self.iterations <= self.MAX_COST_KIB
        ):
            raise KeySlotsDamaged(
                f"A key slot asks for Argon2id settings beyond what DSL Desktop will run "
                f"(m={self.memory_kib} KiB, t={self.iterations}, p={self.lanes}; at most "
                f"{self.MAX_MEMORY_KIB // 1024} MiB, t={self.MAX_ITERATIONS}, "
                f"p={self.MAX_LANES}): the key file has been damaged or tampered with."
            )

    def check(self) -> None:
        if self.lanes < 1 or not any(
            self.memory_kib >= m and self.iterations >= t for m, t in self.OWASP_FLOOR
        ):
            raise WeakKdfParameters(
                f"Argon2id settings m={self.memory_kib} KiB, t={self.iterations}, p={self.lanes} "
                "are below the accepted minimum (for example 19 MiB with t=2)."
            )
        self.check_bounds()

    def as_dict(self) -> dict[str, int]:
        return {"m": self.memory_kib, "t": self.iterations, "p": self.lanes}


DEFAULT_KDF = KdfParams()


def derive_kek(secret: str, salt: bytes, params: KdfParams) -> bytes:
    params.check()
    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(secret.encode("utf-8"))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any, max_bytes: int = 256) -> bytes:
    if not isinstance(text, str):
        raise KeySlotsDamaged("The key file has a field of the wrong type.")
    if len(text) > (max_bytes + 2) // 3 * 4:
        raise KeySlotsDamaged("The key file has a field far larger than any key: it is damaged.")
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise KeySlotsDamaged("The key file has a damaged field.") from exc


def _canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


# Recovery codes: 160 random bits as 32 base32 characters in groups of four.
_RECOVERY_BYTES = 20


def new_recovery_code() -> str:
    raw = base64.b32encode(secrets.token_bytes(_RECOVERY_BYTES)).decode("ascii")
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def normalise_recovery_code(code: str) -> str:
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    # Characters that people mistype for base32 digits.
    return cleaned.translate(str.maketrans("018", "OIB"))


@dataclass
class Slot:
    kind: str  # "passphrase" | "recovery" | "device"
    account: str | None
    header: dict[str, Any]
    nonce: bytes
    wrapped: bytes

    def to_json(self) -> dict[str, Any]:
        return {**self.header, "nonce": _b64(self.nonce), "wrapped": _b64(self.wrapped)}

    @property
    def kdf(self) -> KdfParams:
        k = self.header.get("kdf")
        if not isinstance(k, dict):
            raise KeySlotsDamaged("A key slot has no key-derivation settings.")
        try:
            values = [k["m"], k["t"], k["p"]]
            if not all(isinstance(v, int) and not isinstance(v, bool) for v in values):
                raise TypeError("not whole numbers")
            params = KdfParams(*values)
        except (KeyError, TypeError, ValueError) as exc:
            raise KeySlotsDamaged("A key slot has damaged key-derivation settings.") from exc
        params.check_bounds()
        return params

    @property
    def salt(self) -> bytes:
        salt = _unb64(self.header.get("kdf", {}).get("salt"), max_bytes=64)
        if len(salt) < 16:
            raise KeySlotsDamaged("A key slot's salt is too short: the key file is damaged.")
        return salt

    def checked_kdf(self) -> KdfParams:
        """The slot's KDF settings; settings below the floor mean the file was tampered with."""
        params = self.kdf
        try:
            params.check()
        except WeakKdfParameters as exc:
            raise KeySlotsDamaged(
                "A key slot asks for weaker settings than DSL Desktop accepts: it has been tampered with."
            ) from exc
        return params


def _slot_from_json(s: Any) -> Slot:
    """One slot of a key file (or of the copy a backup holds), every field checked for type and
    size before use: a damaged or hostile file gives a message, never a MemoryError."""
    if not isinstance(s, dict):
        raise KeySlotsDamaged("A key slot is damaged.")
    kind, account = s["type"], s.get("account")
    if kind not in ("passphrase", "recovery", "device"):
        raise KeySlotsDamaged("A key slot is of an unknown kind.")
    if account is not None and (not isinstance(account, str) or len(account) > 64):
        raise KeySlotsDamaged("A key slot's account is damaged.")
    nonce = _unb64(s["nonce"], max_bytes=12)
    if len(nonce) != 12:
        raise KeySlotsDamaged("A key slot's nonce is damaged.")
    header = {k: v for k, v in s.items() if k not in ("nonce", "wrapped")}
    return Slot(kind, account, header, nonce, _unb64(s["wrapped"], max_bytes=256))


class KeyFile:
    """The in-memory form of ``vault.keys``."""

    def __init__(self, vault_id: str, name_salt: bytes, slots: list[Slot]) -> None:
        self.vault_id = vault_id
        self.name_salt = name_salt
        self.slots = slots

    # ---- creation and persistence -------------------------------------------------------
    @classmethod
    def new(cls) -> KeyFile:
        return cls(str(uuid.uuid4()), secrets.token_bytes(16), [])

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise KeySlotsDamaged(
                    f"The key file is {path.stat().st_size // 1024} KB, far larger than any key "
                    "file: it has been damaged or replaced."
                )
            raw = path.read_bytes()
        except FileNotFoundError:
            raise
        except IsADirectoryError as exc:
            raise KeySlotsDamaged(f"The key file ({path}) is a folder, not a file.") from exc
        try:
            doc = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise KeySlotsDamaged("The key file is not readable: it has been damaged.") from exc
        return cls.from_doc(doc)

    @classmethod
    def from_doc(cls, doc: Any) -> KeyFile:
        """A key file from its parsed JSON (``vault.keys``, or the copy inside a backup)."""
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise KeySlotsDamaged("The key file is not a DSL Desktop key file.")
        if doc.get("version") != FORMAT_VERSION:
            raise KeySlotsDamaged("The key file was written by an unknown version.")
        body = {k: v for k, v in doc.items() if k != "checksum"}
        if doc.get("checksum") != hashlib.sha256(_canonical(body)).hexdigest():
            raise KeySlotsDamaged("The key file has been changed or damaged: its checksum fails.")
        try:
            if not isinstance(doc["slots"], list) or len(doc["slots"]) > MAX_SLOTS:
                raise KeySlotsDamaged("The key file's list of slots is damaged.")
            slots = [_slot_from_json(s) for s in doc["slots"]]
            vault_id = doc["vault_id"]
            if not isinstance(vault_id, str) or not 0 < len(vault_id) <= 64:
                raise KeySlotsDamaged("The key file's vault id is damaged.")
            return cls(vault_id, _unb64(doc["name_salt"], max_bytes=64), slots)
        except (KeyError, TypeError, AttributeError) as exc:
            raise KeySlotsDamaged("The key file is missing required fields.") from exc

    def to_bytes(self) -> bytes:
        body: dict[str, Any] = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "name_salt": _b64(self.name_salt),
            "slots": [s.to_json() for s in self.slots],
        }
        body["checksum"] = hashlib.sha256(_canonical(body)).hexdigest()
        return json.dumps(body, indent=1, sort_keys=True).encode("utf-8")

    def save(self, path: Path) -> None:
        atomic_write(path, self.to_bytes())

    # ---- helpers ---------------------------------------------------------------------------
    def name_hash(self, sign_in_name: str) -> str:
        norm = " ".join(sign_in_name.split()).casefold()
        return hashlib.sha256(self.name_salt + norm.encode("utf-8")).hexdigest()

    def _aad(self, header: dict[str, Any]) -> bytes:
        return _canonical({"format": FORMAT, "vault_id": self.vault_id, "slot": header})

    def _wrap(self, header: dict[str, Any], kek: bytes, dek: bytes) -> Slot:
        nonce = os.urandom(12)
        wrapped = AESGCM(kek).encrypt(nonce, dek, self._aad(header))
        return Slot(str(header["type"]), header.get("account"), header, nonce, wrapped)

    def _unwrap(self, slot: Slot, kek: bytes) -> bytes:
        try:
            dek = AESGCM(kek).decrypt(slot.nonce, slot.wrapped, self._aad(slot.header))
        except InvalidTag as exc:
            raise WrongPassphrase("The sign-in name or passphrase is not right.") from exc
        if len(dek) != DEK_BYTES:
            raise KeySlotsDamaged("A key slot holds a key of the wrong size.")
        return dek

    def _replace(self, kind: str, account: str | None, new: Slot) -> None:
        self.slots = [s for s in self.slots if not (s.kind == kind and s.account == account)]
        self.slots.append(new)

    # ---- passphrase slots ---------------------------------------------------------------
    def set_passphrase(
        self, account: str, sign_in_name: str, passphrase: str, dek: bytes, params: KdfParams
    ) -> None:
        params.check()
        salt = os.urandom(16)
        header = {
            "type": "passphrase",
            "account": account,
            "name": self.name_hash(sign_in_name),
            "kdf": {"alg": "argon2id", **params.as_dict(), "salt": _b64(salt)},
        }
        self._replace(
            "passphrase", account, self._wrap(header, derive_kek(passphrase, salt, params), dek)
        )

    def passphrase_slot(self, sign_in_name: str) -> Slot | None:
        h = self.name_hash(sign_in_name)
        for s in self.slots:
            if s.kind == "passphrase" and s.header.get("name") == h:
                return s
        return None

    def account_for(self, sign_in_name: str) -> str | None:
        slot = self.passphrase_slot(sign_in_name)
        return slot.account if slot else None

    def unwrap_passphrase(self, sign_in_name: str, passphrase: str) -> tuple[str, bytes]:
        slot = self.passphrase_slot(sign_in_name)
        if slot is None:
            # Spend the same effort as a real attempt so a name cannot be probed by timing.
            derive_kek(passphrase, b"\0" * 16, DEFAULT_KDF)
            raise WrongPassphrase("The sign-in name or passphrase is not right.")
        params = slot.checked_kdf()
        kek = derive_kek(passphrase, slot.salt, params)
        assert slot.account is not None
        return slot.account, self._unwrap(slot, kek)

    def unwrap_any_passphrase(self, passphrase: str) -> tuple[str, bytes]:
        """Try the passphrase against every account's slot (for the command line)."""
        damage: KeySlotsDamaged | None = None
        for slot in self.slots:
            if slot.kind != "passphrase" or slot.account is None:
                continue
            try:
                params = slot.checked_kdf()
                return slot.account, self._unwrap(slot, derive_kek(passphrase, slot.salt, params))
            except WrongPassphrase:
                continue
            except KeySlotsDamaged as exc:  # one damaged slot must not stop the others
                damage = damage or exc
        if damage is not None:
            raise damage
        raise WrongPassphrase("That passphrase does not open this vault.")

    def remove_account(self, account: str) -> None:
        self.slots = [s for s in self.slots if s.account != account]

    # ---- checks -----------------------------------------------------------------------------
    def problems(self, active_accounts: set[str]) -> list[str]:
        """What is wrong with the slots' structure (for ``verify``): every active account needs
        one sound passphrase slot, and the vault one sound recovery slot. Secrets cannot be
        tried without the passphrases, so this checks what can be checked without them."""
        found: list[str] = []
        recovery = [s for s in self.slots if s.kind == "recovery"]
        if not recovery:
            found.append(
                "the recovery slot is missing, so the recovery code no longer opens the vault: "
                "make a new recovery code (Settings, Passphrase and recovery)"
            )
        elif len(recovery) > 1:
            found.append("there is more than one recovery slot")
        for slot in self.slots:
            what = "the recovery slot" if slot.kind == "recovery" else f"a {slot.kind} slot"
            try:
                if slot.kind in ("passphrase", "recovery"):
                    slot.checked_kdf()
                    _ = slot.salt
                if len(slot.wrapped) != WRAPPED_BYTES:
                    raise KeySlotsDamaged("its wrapped key has the wrong size")
                if slot.kind != "recovery" and slot.account not in active_accounts:
                    found.append(f"{what} belongs to an account that is not active")
            except KeySlotsDamaged as exc:
                found.append(f"{what} is damaged ({exc.message.rstrip('.')})")
        for account in sorted(active_accounts):
            n = sum(1 for s in self.slots if s.kind == "passphrase" and s.account == account)
            if n != 1:
                found.append(
                    f"an active account has {n} passphrase slots (it must have exactly one)"
                )
        return found

    # ---- recovery slot ---------------------------------------------------------------------
    def set_recovery(self, dek: bytes, params: KdfParams) -> str:
        code = new_recovery_code()
        salt = os.urandom(16)
        header = {
            "type": "recovery",
            "kdf": {"alg": "argon2id", **params.as_dict(), "salt": _b64(salt)},
        }
        kek = derive_kek(normalise_recovery_code(code), salt, params)
        self._replace("recovery", None, self._wrap(header, kek, dek))
        return code

    def unwrap_recovery(self, code: str) -> bytes:
        slot = next((s for s in self.slots if s.kind == "recovery"), None)
        if slot is None:
            raise KeySlotsDamaged("The key file has no recovery slot.")
        kek = derive_kek(normalise_recovery_code(code), slot.salt, slot.checked_kdf())
        try:
            return self._unwrap(slot, kek)
        except WrongPassphrase as exc:
            raise WrongPassphrase("That recovery code is not right.") from exc

    # ---- device slots (OS keychain) ------------------------------------------------------
    def keychain_entry(self, account: str) -> str:
        return f"{self.vault_id}/{account}"

    def set_device(self, account: str, device_key: bytes, dek: bytes) -> None:
        header = {"type": "device", "account": account}
        self._replace("device", account, self._wrap(header, device_key, dek))

    def has_device(self, account: str) -> bool:
        return any(s.kind == "device" and s.account == account for s in self.slots)

    def device_accounts(self) -> list[str]:
        return [s.account for s in self.slots if s.kind == "device" and s.account]

    def unwrap_device(self, account: str, device_key: bytes) -> bytes:
        slot = next((s for s in self.slots if s.kind == "device" and s.account == account), None)
        if slot is None:
            raise WrongPassphrase("This computer is not remembered for that account.")
        try:
            return self._unwrap(slot, device_key)
        except WrongPassphrase as exc:
            raise WrongPassphrase(
                "The key kept on this computer no longer matches. Sign in with your passphrase."
            ) from exc

    def remove_device(self, account: str) -> None:
        self.slots = [s for s in self.slots if not (s.kind == "device" and s.account == account)]
