"""The optional device slot's key, kept in the OS keychain through ``keyring``.

Three states are told apart: available (with the backend named), unavailable (no backend, with
the reason) and failing (the backend refused). There is never a plaintext fallback.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from db.errors import KeychainUnavailable

SERVICE = "DSL Desktop"


@dataclass(frozen=True)
class KeychainStatus:
    available: bool
    backend: str
    reason: str = ""


def _backend() -> Any:
    import keyring

    return keyring.get_keyring()


def _name(backend: Any) -> str:
    cls = type(backend)
    return f"{cls.__module__.removeprefix('keyring.backends.')}.{cls.__name__}"


def status(backend: Any | None = None) -> KeychainStatus:
    try:
        kr = backend if backend is not None else _backend()
    except Exception as exc:  # a broken keyring install must not stop sign-in
        return KeychainStatus(False, "none", f"The keychain could not be loaded ({exc}).")
    name = _name(kr)
    priority = getattr(kr, "priority", 0)
    try:
        priority = float(priority)
    except (TypeError, ValueError):
        priority = 1.0
    if name.startswith("fail.") or name.startswith("null.") or priority <= 0:
        return KeychainStatus(
            False,
            name,
            "No system keychain is available on this computer, so DSL Desktop cannot remember "
            "you here. Sign in with your passphrase.",
        )
    return KeychainStatus(True, name)


def store(entry: str, key: bytes, backend: Any | None = None) -> None:
    try:
        kr = backend if backend is not None else _backend()
        kr.set_password(SERVICE, entry, key.hex())
    except Exception as exc:  # locked, refused, or no backend: a message, not a traceback
        raise KeychainUnavailable(
            "The system keychain refused to keep the key ({kind}).", kind=type(exc).__name__
        ) from exc


def fetch(entry: str, backend: Any | None = None) -> bytes | None:
    try:
        kr = backend if backend is not None else _backend()
        value = kr.get_password(SERVICE, entry)
    except Exception as exc:
        raise KeychainUnavailable(
            "The system keychain could not be read ({kind}).", kind=type(exc).__name__
        ) from exc
    if not value:
        return None
    try:
        key = bytes.fromhex(value)
    except ValueError:
        return None
    return key if len(key) == 32 else None


def delete(entry: str, backend: Any | None = None) -> None:
    kr = backend if backend is not None else _backend()
    try:
        kr.delete_password(SERVICE, entry)
    except Exception:  # already gone: forgetting is idempotent
        return
