"""Key slots: the random data key (DEK) reached once per way of unlocking.

The file ``vault.keys`` beside the database is JSON. Each slot is unlocked by a key-encryption
key (KEK), and every slot's header (type, account hash, KDF parameters and salt, public keys) is
bound to its ciphertext as associated data, so a changed parameter makes the unwrap fail:

* ``passphrase`` — one per account; KEK = Argon2id(passphrase, salt, params).
* ``recovery`` — one per vault; KEK = Argon2id(recovery code, salt, params).
* ``device`` — optional, per account; KEK is a random key held in the OS keychain.

Version 2 slots (written since key rotation came in) do not wrap the data key itself. The KEK
unwraps a random 32-byte *slot secret*; from it come an X25519 key pair, whose public half is in
the slot header, and (for an account) the Ed25519 key that signs the account's audit events,
whose public half is in the header too (``sign``). The data key is *sealed* to the X25519 public
key (ephemeral X25519, HKDF-SHA256, AES-256-GCM; the ``envelope``). So a new data key can be
sealed to every slot without anyone's passphrase, and a removed account's old slot, or an old
copy of this file, only ever reaches the old data key. A device slot wraps the account's slot
secret, which opens the sealed key in the account's passphrase slot.

Version 1 slots (AES-GCM of the data key under the KEK) are still read; each is turned into
version 2 the next time it is unlocked. A checksum over the file tells accidental damage or
editing apart from a wrong passphrase. No account name is stored in clear: a slot carries a
salted hash of the sign-in name. ``generation`` changes whenever the data key is replaced.
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
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from db.errors import KeySlotsDamaged, WeakKdfParameters, WrongPassphrase
from db.fsutil import atomic_write

FORMAT = "dsl-desktop.keys"
FORMAT_VERSION = 2  # 2: version 2 slots (sealed data key, account secret) and "generation"
READABLE_VERSIONS = (1, 2)
SLOT_V2 = 2
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
                "A key slot asks for Argon2id settings beyond what DSL Desktop will run "
                "(m={memory_kib} KiB, t={iterations}, p={lanes}; at most {most_mib} MiB, "
                "t={max_iterations}, p={max_lanes}): the key file has been damaged or tampered "
                "with.",
                memory_kib=self.memory_kib,
                iterations=self.iterations,
                lanes=self.lanes,
                most_mib=self.MAX_MEMORY_KIB // 1024,
                max_iterations=self.MAX_ITERATIONS,
                max_lanes=self.MAX_LANES,
            )

    def check(self) -> None:
        if self.lanes < 1 or not any(
            self.memory_kib >= m and self.iterations >= t for m, t in self.OWASP_FLOOR
        ):
            raise WeakKdfParameters(
                "Argon2id settings m={memory_kib} KiB, t={iterations}, p={lanes} are below the "
                "accepted minimum (for example 19 MiB with t=2).",
                memory_kib=self.memory_kib,
                iterations=self.iterations,
                lanes=self.lanes,
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


def unb64(text: Any, max_bytes: int = 256) -> bytes:
    """A base64 field of a key file (or a backup's header) as bytes; KeySlotsDamaged if not."""
    if not isinstance(text, str):
        raise KeySlotsDamaged("The key file has a field of the wrong type.")
    if len(text) > (max_bytes + 2) // 3 * 4:
        raise KeySlotsDamaged("The key file has a field far larger than any key: it is damaged.")
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise KeySlotsDamaged("The key file has a damaged field.") from exc


def _key_sized(key: bytes) -> bytes:
    """A data key just unwrapped from a slot, if it has a data key's size."""
    if len(key) != DEK_BYTES:
        raise KeySlotsDamaged("A key slot holds a key of the wrong size.")
    return key


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
    #: Version 2 passphrase and recovery slots: the data key sealed to the slot's public key
    #: (``epk``, ``nonce``, ``wrapped``), replaceable without the slot's secret.
    envelope: dict[str, bytes] | None = None

    def to_json(self) -> dict[str, Any]:
        doc = {**self.header, "nonce": _b64(self.nonce), "wrapped": _b64(self.wrapped)}
        if self.envelope is not None:
            doc["envelope"] = {k: _b64(v) for k, v in self.envelope.items()}
        return doc

    @property
    def v2(self) -> bool:
        return self.header.get("v") == SLOT_V2

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
        salt = unb64(self.header.get("kdf", {}).get("salt"), max_bytes=64)
        if len(salt) < 16:
            raise KeySlotsDamaged("A key slot's salt is too short: the key file is damaged.")
        return salt

    @property
    def public(self) -> bytes:
        """A version 2 slot's X25519 public key (the data key is sealed to it)."""
        raw = unb64(self.header.get("public"), max_bytes=32)
        if len(raw) != 32:
            raise KeySlotsDamaged("A key slot's public key is damaged.")
        return raw

    @property
    def signing_public(self) -> str | None:
        """The Ed25519 public key (hex) this account signs its audit events with."""
        value = self.header.get("sign")
        return value if isinstance(value, str) and len(value) == 64 else None

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
    nonce = unb64(s["nonce"], max_bytes=12)
    if len(nonce) != 12:
        raise KeySlotsDamaged("A key slot's nonce is damaged.")
    envelope = None
    if "envelope" in s:
        env = s["envelope"]
        if not isinstance(env, dict) or set(env) != {"epk", "nonce", "wrapped"}:
            raise KeySlotsDamaged("A key slot's sealed key is damaged.")
        envelope = {k: unb64(env[k], max_bytes=64) for k in ("epk", "nonce", "wrapped")}
        if len(envelope["epk"]) != 32 or len(envelope["nonce"]) != 12:
            raise KeySlotsDamaged("A key slot's sealed key is damaged.")
    header = {k: v for k, v in s.items() if k not in ("nonce", "wrapped", "envelope")}
    return Slot(kind, account, header, nonce, unb64(s["wrapped"], max_bytes=256), envelope)


def _hkdf(secret: bytes, info: bytes, salt: bytes | None = None) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(secret)


@dataclass(frozen=True)
class SlotSecret:
    """The 32 random bytes a version 2 slot wraps (an account's, or the recovery code's).

    From it come an X25519 key pair, to which the data key is sealed (so the data key can be
    replaced for every slot without anyone's passphrase), and, for an account, the Ed25519 key
    that signs its audit events (only its passphrase, or its device key, unlocks it).
    """

    raw: bytes

    @classmethod
    def new(cls) -> SlotSecret:
        return cls(secrets.token_bytes(32))

    @property
    def exchange_key(self) -> X25519PrivateKey:
        return X25519PrivateKey.from_private_bytes(_hkdf(self.raw, b"dsl-desktop slot x25519"))

    @property
    def public(self) -> bytes:
        return self.exchange_key.public_key().public_bytes_raw()

    @property
    def signing_key(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(_hkdf(self.raw, b"dsl-desktop audit ed25519"))

    @property
    def signing_public(self) -> str:
        return self.signing_key.public_key().public_bytes_raw().hex()


@dataclass(frozen=True)
class Unlocked:
    """What a slot gave: the data key, whose slot, and (version 2) the slot's secret."""

    account: str | None
    dek: bytes
    secret: SlotSecret | None
    slot: Slot
    kek: bytes


class KeyFile:
    """The in-memory form of ``vault.keys``."""

    def __init__(
        self, vault_id: str, name_salt: bytes, slots: list[Slot], generation: str = ""
    ) -> None:
        self.vault_id = vault_id
        self.name_salt = name_salt
        self.slots = slots
        #: Changes each time the data key is replaced (key rotation); "" before the first.
        self.generation = generation

    # ---- creation and persistence -------------------------------------------------------
    @classmethod
    def new(cls) -> KeyFile:
        return cls(str(uuid.uuid4()), secrets.token_bytes(16), [], str(uuid.uuid4()))

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise KeySlotsDamaged(
                    "The key file is {size_kb} KB, far larger than any key file: it has been damaged "
                    "or replaced.",
                    size_kb=path.stat().st_size // 1024,
                )
            raw = path.read_bytes()
        except FileNotFoundError:
            raise
        except IsADirectoryError as exc:
            raise KeySlotsDamaged(
                "The key file ({path}) is a folder, not a file.", path=path
            ) from exc
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
        if doc.get("version") not in READABLE_VERSIONS:
            raise KeySlotsDamaged("The key file was written by an unknown version.")
        body = {k: v for k, v in doc.items() if k != "checksum"}
        if doc.get("checksum") != hashlib.sha256(_canonical(body)).hexdigest():
            raise KeySlotsDamaged("The key file has been changed or damaged: its checksum fails.")
        try:
            if not isinstance(doc["slots"], list) or len(doc["slots"]) > MAX_SLOTS:
                raise KeySlotsDamaged("The key file's list of slots is damaged.")
            slots = [_slot_from_json(s) for s in doc["slots"]]
            vault_id, generation = doc["vault_id"], doc.get("generation", "")
            if not isinstance(vault_id, str) or not 0 < len(vault_id) <= 64:
                raise KeySlotsDamaged("The key file's vault id is damaged.")
            if not isinstance(generation, str) or len(generation) > 64:
                raise KeySlotsDamaged("The key file's key generation is damaged.")
            return cls(vault_id, unb64(doc["name_salt"], max_bytes=64), slots, generation)
        except (KeyError, TypeError, AttributeError) as exc:
            raise KeySlotsDamaged("The key file is missing required fields.") from exc

    def to_bytes(self) -> bytes:
        body: dict[str, Any] = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "generation": self.generation,
            "name_salt": _b64(self.name_salt),
            "slots": [s.to_json() for s in self.slots],
        }
        body["checksum"] = hashlib.sha256(_canonical(body)).hexdigest()
        return json.dumps(body, indent=1, sort_keys=True).encode("utf-8")

    def save(self, path: Path) -> None:
        atomic_write(path, self.to_bytes())

    def copy(self) -> KeyFile:
        return KeyFile.from_doc(json.loads(self.to_bytes()))

    # ---- helpers ---------------------------------------------------------------------------
    def name_hash(self, sign_in_name: str) -> str:
        norm = " ".join(sign_in_name.split()).casefold()
        return hashlib.sha256(self.name_salt + norm.encode("utf-8")).hexdigest()

    def _aad(self, header: dict[str, Any]) -> bytes:
        return _canonical({"format": FORMAT, "vault_id": self.vault_id, "slot": header})

    def _wrap(self, header: dict[str, Any], kek: bytes, payload: bytes) -> Slot:
        nonce = os.urandom(12)
        wrapped = AESGCM(kek).encrypt(nonce, payload, self._aad(header))
        return Slot(str(header["type"]), header.get("account"), header, nonce, wrapped)

    def _unwrap_payload(self, slot: Slot, kek: bytes) -> bytes:
        try:
            payload = AESGCM(kek).decrypt(slot.nonce, slot.wrapped, self._aad(slot.header))
        except InvalidTag as exc:
            raise WrongPassphrase("The sign-in name or passphrase is not right.") from exc
        return _key_sized(payload)

    def _seal(self, slot: Slot, dek: bytes) -> None:
        """Seal ``dek`` to the slot's public key (ephemeral X25519, HKDF, AES-256-GCM)."""
        ephemeral = X25519PrivateKey.generate()
        epk = ephemeral.public_key().public_bytes_raw()
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(slot.public))
        key = _hkdf(shared, b"dsl-desktop sealed data key", salt=epk + slot.public)
        nonce = os.urandom(12)
        sealed = AESGCM(key).encrypt(nonce, dek, self._aad(slot.header) + epk)
        slot.envelope = {"epk": epk, "nonce": nonce, "wrapped": sealed}

    def _open_sealed(self, slot: Slot, secret: SlotSecret) -> bytes:
        env = slot.envelope
        if env is None or slot.public != secret.public:
            raise KeySlotsDamaged("A key slot has lost its sealed data key: it is damaged.")
        shared = secret.exchange_key.exchange(X25519PublicKey.from_public_bytes(env["epk"]))
        key = _hkdf(shared, b"dsl-desktop sealed data key", salt=env["epk"] + slot.public)
        try:
            dek = AESGCM(key).decrypt(
                env["nonce"], env["wrapped"], self._aad(slot.header) + env["epk"]
            )
        except InvalidTag as exc:
            raise KeySlotsDamaged("A key slot's sealed data key is damaged.") from exc
        return _key_sized(dek)

    def _open(self, slot: Slot, kek: bytes) -> Unlocked:
        """Unwrap one passphrase or recovery slot with its key-encryption key."""
        payload = self._unwrap_payload(slot, kek)
        if not slot.v2:  # version 1: the slot wraps the data key itself
            return Unlocked(slot.account, payload, None, slot, kek)
        secret = SlotSecret(payload)
        return Unlocked(slot.account, self._open_sealed(slot, secret), secret, slot, kek)

    def _unwrap(self, slot: Slot, kek: bytes) -> bytes:
        return self._open(slot, kek).dek

    def _replace(self, kind: str, account: str | None, new: Slot) -> None:
        self.slots = [s for s in self.slots if not (s.kind == kind and s.account == account)]
        self.slots.append(new)

    def _new_v2(self, header: dict[str, Any], kek: bytes, secret: SlotSecret, dek: bytes) -> Slot:
        header = {**header, "v": SLOT_V2, "public": _b64(secret.public)}
        slot = self._wrap(header, kek, secret.raw)
        self._seal(slot, dek)
        return slot

    # ---- passphrase slots ---------------------------------------------------------------
    def set_passphrase(
        self,
        account: str,
        sign_in_name: str,
        passphrase: str,
        dek: bytes,
        params: KdfParams,
        secret: SlotSecret | None = None,
    ) -> SlotSecret:
        """Write the account's passphrase slot. Passing its current ``secret`` keeps its audit
        signing key (a passphrase change); without one the account gets a new key."""
        params.check()
        salt = os.urandom(16)
        secret = secret or SlotSecret.new()
        header = {
            "type": "passphrase",
            "account": account,
            "name": self.name_hash(sign_in_name),
            "kdf": {"alg": "argon2id", **params.as_dict(), "salt": _b64(salt)},
            "sign": secret.signing_public,
        }
        kek = derive_kek(passphrase, salt, params)
        self._replace("passphrase", account, self._new_v2(header, kek, secret, dek))
        return secret

    def upgrade(self, unlocked: Unlocked) -> Unlocked:
        """Turn a version 1 slot just unwrapped into version 2 (same salt and settings, so the
        same passphrase or code), giving the account a signing key. Save the file afterwards."""
        old = unlocked.slot
        if old.v2:
            return unlocked
        secret = SlotSecret.new()
        header = dict(old.header)
        if old.kind == "passphrase":
            header["sign"] = secret.signing_public
        slot = self._new_v2(header, unlocked.kek, secret, unlocked.dek)
        self.slots = [slot if s is old else s for s in self.slots]
        return Unlocked(unlocked.account, unlocked.dek, secret, slot, unlocked.kek)

    def passphrase_slot(self, sign_in_name: str) -> Slot | None:
        h = self.name_hash(sign_in_name)
        for s in self.slots:
            if s.kind == "passphrase" and s.header.get("name") == h:
                return s
        return None

    def account_slot(self, account: str) -> Slot | None:
        return next(
            (s for s in self.slots if s.kind == "passphrase" and s.account == account), None
        )

    def account_for(self, sign_in_name: str) -> str | None:
        slot = self.passphrase_slot(sign_in_name)
        return slot.account if slot else None

    def open_passphrase(self, sign_in_name: str, passphrase: str) -> Unlocked:
        slot = self.passphrase_slot(sign_in_name)
        if slot is None:
            # Spend the same effort as a real attempt so a name cannot be probed by timing.
            derive_kek(passphrase, b"\0" * 16, DEFAULT_KDF)
            raise WrongPassphrase("The sign-in name or passphrase is not right.")
        params = slot.checked_kdf()
        return self._open(slot, derive_kek(passphrase, slot.salt, params))

    def unwrap_passphrase(self, sign_in_name: str, passphrase: str) -> tuple[str, bytes]:
        unlocked = self.open_passphrase(sign_in_name, passphrase)
        assert unlocked.account is not None
        return unlocked.account, unlocked.dek

    def open_any_passphrase(self, passphrase: str) -> Unlocked:
        """Try the passphrase against every account's slot (for the command line)."""
        damage: KeySlotsDamaged | None = None
        for slot in self.slots:
            if slot.kind != "passphrase" or slot.account is None:
                continue
            try:
                params = slot.checked_kdf()
                return self._open(slot, derive_kek(passphrase, slot.salt, params))
            except WrongPassphrase:
                continue
            except KeySlotsDamaged as exc:  # one damaged slot must not stop the others
                damage = damage or exc
        if damage is not None:
            raise damage
        raise WrongPassphrase("That passphrase does not open this vault.")

    def unwrap_any_passphrase(self, passphrase: str) -> tuple[str, bytes]:
        unlocked = self.open_any_passphrase(passphrase)
        assert unlocked.account is not None
        return unlocked.account, unlocked.dek

    def remove_account(self, account: str) -> None:
        self.slots = [s for s in self.slots if s.account != account]

    # ---- replacing the data key -------------------------------------------------------------
    def not_resealable(self) -> list[Slot]:
        """Version 1 passphrase and recovery slots: they wrap the data key itself, so a new
        data key cannot reach them without their passphrase or code."""
        return [s for s in self.slots if s.kind in ("passphrase", "recovery") and not s.v2]

    def resealed(self, new_dek: bytes) -> KeyFile:
        """A copy of this file for a new data key: every version 2 slot gets the new key sealed
        to its public key (no passphrase needed); device slots wrap the account's secret, not
        the data key, and stay as they are; version 1 device slots are dropped."""
        copy = self.copy()
        copy.generation = str(uuid.uuid4())
        kept: list[Slot] = []
        for slot in copy.slots:
            if slot.kind == "device":
                if slot.v2:
                    kept.append(slot)
            elif slot.v2:
                copy._seal(slot, new_dek)
                kept.append(slot)
        copy.slots = kept
        return copy

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
                if slot.v2 and slot.kind != "device":
                    _ = slot.public
                    if slot.envelope is None or len(slot.envelope["wrapped"]) != WRAPPED_BYTES:
                        raise KeySlotsDamaged("its sealed data key is missing or damaged")
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
        params.check()
        code = new_recovery_code()
        salt = os.urandom(16)
        header = {
            "type": "recovery",
            "kdf": {"alg": "argon2id", **params.as_dict(), "salt": _b64(salt)},
        }
        kek = derive_kek(normalise_recovery_code(code), salt, params)
        self._replace("recovery", None, self._new_v2(header, kek, SlotSecret.new(), dek))
        return code

    def open_recovery(self, code: str) -> Unlocked:
        slot = next((s for s in self.slots if s.kind == "recovery"), None)
        if slot is None:
            raise KeySlotsDamaged("The key file has no recovery slot.")
        kek = derive_kek(normalise_recovery_code(code), slot.salt, slot.checked_kdf())
        try:
            return self._open(slot, kek)
        except WrongPassphrase as exc:
            raise WrongPassphrase("That recovery code is not right.") from exc

    def unwrap_recovery(self, code: str) -> bytes:
        return self.open_recovery(code).dek

    # ---- device slots (OS keychain) ------------------------------------------------------
    def keychain_entry(self, account: str) -> str:
        return f"{self.vault_id}/{account}"

    def set_device(self, account: str, device_key: bytes, secret: SlotSecret) -> None:
        """The device key (in the OS keychain) wraps the account's slot secret, which opens the
        data key sealed in the account's passphrase slot: a new data key needs no new device
        slot, and signing works after a remembered sign-in too."""
        header = {"type": "device", "account": account, "v": SLOT_V2}
        self._replace("device", account, self._wrap(header, device_key, secret.raw))

    def has_device(self, account: str) -> bool:
        return any(s.kind == "device" and s.account == account for s in self.slots)

    def device_accounts(self) -> list[str]:
        return [s.account for s in self.slots if s.kind == "device" and s.account]

    def open_device(self, account: str, device_key: bytes) -> Unlocked:
        slot = next((s for s in self.slots if s.kind == "device" and s.account == account), None)
        if slot is None:
            raise WrongPassphrase("This computer is not remembered for that account.")
        try:
            payload = self._unwrap_payload(slot, device_key)
        except WrongPassphrase as exc:
            raise WrongPassphrase(
                "The key kept on this computer no longer matches. Sign in with your passphrase."
            ) from exc
        if not slot.v2:
            return Unlocked(account, payload, None, slot, device_key)
        secret = SlotSecret(payload)
        owner = self.account_slot(account)
        if owner is None:
            raise WrongPassphrase("That account has no passphrase slot. Ask the DSL.")
        return Unlocked(account, self._open_sealed(owner, secret), secret, slot, device_key)

    def unwrap_device(self, account: str, device_key: bytes) -> bytes:
        return self.open_device(account, device_key).dek

    def remove_device(self, account: str) -> None:
        self.slots = [s for s in self.slots if not (s.kind == "device" and s.account == account)]
