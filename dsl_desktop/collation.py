"""Alphabetical order for people's names and labels: the Unicode Collation Algorithm.

Python's own string order puts every accented letter after "z" ("Óg" after "Zak", "Łukasz"
after "Williams", "Ŵyn" last). The Unicode Collation Algorithm, from ``pyuca`` (a small,
pure-Python implementation of UTS #10 with the DUCET table, no native code to build), sorts
"Ó" with "O", "Ł" with "L" and "Ŵ" with "W", case and accents counting only to break ties:
right for Welsh, Irish, Polish and English names alike. Every sorted list and report in the
core uses :func:`sort_key`; the screens use ``QCollator`` for the same order.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from pyuca import Collator

__all__ = ["label_key", "name_key", "sort_key", "sorted_by"]

T = TypeVar("T")
Key = tuple[int, ...]


@functools.cache
def _collator() -> Collator:
    from pyuca import Collator

    return Collator()  # reads the DUCET table once (about a quarter of a second)


@functools.lru_cache(maxsize=1 << 16)
def sort_key(text: str) -> Key:
    """The collation key of ``text`` (names repeat, so keys are cached)."""
    return tuple(_collator().sort_key(unicodedata.normalize("NFC", text or "")))


def name_key(surname: str, forenames: str = "", tie: object = None) -> tuple[Key, Key, str]:
    """Key for "surname, then forenames" order; ``tie`` (e.g. a staff code) keeps it stable."""
    return sort_key(surname), sort_key(forenames), "" if tie is None else str(tie)


def sorted_by(items: Iterable[T], text: Callable[[T], str]) -> list[T]:
    """``items`` in collation order of ``text(item)``."""
    return sorted(items, key=lambda item: sort_key(text(item)))


def label_key(text: str) -> tuple[str, str]:
    """Key for short catalogue labels (types of concern in a filter list): accents and case
    only break ties, as in the full algorithm, without reading its table on the sign-in path."""
    plain = unicodedata.normalize("NFKD", text or "")
    base = "".join(c for c in plain if not unicodedata.combining(c)).casefold()
    return base.translate(_UNDECOMPOSED), unicodedata.normalize("NFC", text or "")


_UNDECOMPOSED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"})
