"""Shared fixtures for the unit tests: fast vaults in tmp_path and an in-memory keychain."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # `pytest` (not `python -m pytest`) does not add the checkout
    sys.path.insert(0, str(ROOT))

from keyring.backend import KeyringBackend  # noqa: E402

from db.keyslots import KdfParams  # noqa: E402
from db.vault import OpenVault, Vault  # noqa: E402

# The OWASP floor (19 MiB, t=2, p=1): the cheapest settings the store accepts, for speed.
FAST_KDF = KdfParams(19456, 2, 1)

DSL_NAME = "Anna Khan"
DSL_PASSPHRASE = "heron lantern copper 42 meadow"
SCHOOL = "Brook Lane Primary"


class MemoryKeyring(KeyringBackend):
    """A keychain that lives in a dict: passed explicitly as ``Vault(keyring_backend=...)``."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if (service, username) not in self.entries:
            raise PasswordDeleteError("not found")
        del self.entries[(service, username)]


# keyring registers every backend class it sees for auto-detection; this one must only ever be
# used when a test hands it over, never picked up by keyring.get_keyring() in another test.
KeyringBackend._classes.discard(MemoryKeyring)


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def fast_kdf() -> KdfParams:
    return FAST_KDF


@pytest.fixture
def new_vault(tmp_path: Path) -> Iterator[Callable[..., tuple[Vault, OpenVault, str]]]:
    """Create a vault (fast KDF) in tmp_path; returns (Vault, OpenVault, recovery code).

    Every vault still open at the end of the test is closed.
    """
    opened: list[OpenVault] = []
    counter = iter(range(1000))

    def make(
        folder: Path | None = None,
        *,
        sign_in_name: str = DSL_NAME,
        passphrase: str = DSL_PASSPHRASE,
        school_name: str = SCHOOL,
        display_name: str = "Anna Khan (DSL)",
        **kwargs: Any,
    ) -> tuple[Vault, OpenVault, str]:
        folder = folder or tmp_path / f"vault{next(counter)}"
        vault = Vault(
            folder, **{k: kwargs.pop(k) for k in ("clock", "keyring_backend") if k in kwargs}
        )
        ov, code = vault.create(
            school_name=school_name,
            sign_in_name=sign_in_name,
            display_name=display_name,
            passphrase=passphrase,
            kdf=kwargs.pop("kdf", FAST_KDF),
            **kwargs,
        )
        opened.append(ov)
        return vault, ov, code

    yield make
    for ov in opened:
        ov.close()


@pytest.fixture
def closing() -> Iterator[Callable[[OpenVault], OpenVault]]:
    """Register an OpenVault to be closed at the end of the test (even if it fails)."""
    opened: list[OpenVault] = []

    def register(ov: OpenVault) -> OpenVault:
        opened.append(ov)
        return ov

    yield register
    for ov in opened:
        ov.close()
