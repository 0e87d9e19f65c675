"""Constants and helpers shared by the Qt tests (imported by conftest and the tests)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from db.keyslots import KdfParams
from db.vault import Vault
from dsl_desktop.domain import Role
from dsl_desktop.services.accounts import add_account

SCHOOL = "Llanfair Community Primary School"
DSL_NAME = "ahughes"
DSL_DISPLAY = "Mrs Angharad Hughes"
PASSPHRASE = "kettle orchard violet 7"
DEPUTY_NAME = "tpatel"
DEPUTY_PASSPHRASE = "copper meadow lantern 9"


@dataclass
class FakeClock:
    now: float = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class VaultMaker:
    data_dir: Path
    clock: FakeClock
    default_backend: Any
    kdf: KdfParams
    recovery_code: str = ""
    created: list[Vault] = field(default_factory=list)

    def __call__(self, keyring_backend: Any | None = None) -> Vault:
        vault = Vault(
            self.data_dir, clock=self.clock, keyring_backend=keyring_backend or self.default_backend
        )
        self.created.append(vault)
        return vault

    def create(
        self, keyring_backend: Any | None = None, *, deputy: bool = False, seed: Any = None
    ) -> Vault:
        """A vault with the DSL (and optionally a deputy) account, left locked; ``seed`` fills
        it with catalogues (``seed_catalogues``) as set-up does."""
        vault = self(keyring_backend)
        open_vault, self.recovery_code = vault.create(
            school_name=SCHOOL,
            sign_in_name=DSL_NAME,
            display_name=DSL_DISPLAY,
            passphrase=PASSPHRASE,
            kdf=self.kdf,
            school={"urn": "401234", "local_authority": "Isle of Anglesey"},
            seed=seed,
        )
        if deputy:
            add_account(
                open_vault,
                sign_in_name=DEPUTY_NAME,
                display_name="Mr Tariq Patel",
                role=Role.DEPUTY,
                passphrase=DEPUTY_PASSPHRASE,
                kdf=self.kdf,
            )
        open_vault.close("sign_out")
        return vault
