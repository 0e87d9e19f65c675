"""Shared fixtures: a fast key-derivation setting, a temporary data folder, keychains."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from db.keyslots import KdfParams

# The smallest Argon2id setting the vault accepts (OWASP's floor): keeps tests quick.
FAST_KDF = KdfParams(19456, 2, 1)


class _TestOnlyPriority:
    """Priority 1 on an instance; unusable on the class, so keyring's own discovery never
    picks the in-memory backend as the default for other tests."""

    def __get__(self, instance: Any, owner: type) -> float:
        if instance is None:
            raise RuntimeError("the in-memory keyring is for tests only")
        return 1.0


class MemoryKeyring(KeyringBackend):
    """A keychain that keeps its entries in a dict."""

    priority = _TestOnlyPriority()  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("no such entry")


@pytest.fixture
def fast_kdf() -> KdfParams:
    return FAST_KDF


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A folder for a vault; it does not exist yet (the vault creates it)."""
    return tmp_path / "data"


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """An in-memory keychain, also installed as keyring's default for the test."""
    import keyring

    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> fail.Keyring:
    """keyring's "no backend" keychain, as on a headless Linux machine."""
    return fail.Keyring()
