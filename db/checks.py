"""Checks the vault makes before it stores text or opens a file."""

from __future__ import annotations

from pathlib import Path

from db.errors import DatabaseDamaged, VaultError

#: The longest name (a school's, an account's, a person's) the vault keeps.
MAX_NAME_CHARS = 200


def check_text(text: str, what: str, limit: int = MAX_NAME_CHARS) -> str:
    """``text`` if it can be stored: real Unicode (no lone surrogates, which is what bytes that
    are not UTF-8 become on a command line) and at most ``limit`` characters."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise VaultError(
            "{what} is not valid text: it has bytes that are not UTF-8.",
            "Type it again, or save the file as UTF-8.",
            what=what,
        ) from exc
    if len(text) > limit:
        raise VaultError(
            "{what} is too long ({count:,} characters; at most {limit}).",
            "Shorten it.",
            what=what,
            count=len(text),
            limit=limit,
        )
    return text


def check_not_damaged(path: Path) -> None:
    """Raise DatabaseDamaged if ``path`` is clearly not an encrypted database (too short)."""
    if path.exists() and path.stat().st_size < 512:
        raise DatabaseDamaged("The database file is too short to be a vault: it is damaged.")
