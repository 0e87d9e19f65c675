"""What every service uses: the clock, the role check by action, and text as it is stored."""

from __future__ import annotations

import datetime as dt
import unicodedata

from db.errors import PermissionDenied as NotSignedIn
from db.vault import OpenVault, SignedIn
from dsl_desktop.domain import Role
from dsl_desktop.workflow import Action, require

__all__ = ["allow", "clean_name", "clean_text", "fold", "now", "signed_in"]


def now() -> dt.datetime:
    """The local time to the second, as every timestamp in the store is kept."""
    return dt.datetime.now().replace(microsecond=0)


def signed_in(vault: OpenVault) -> SignedIn:
    if vault.user is None:
        raise NotSignedIn("Nobody is signed in.")
    return vault.user


def allow(vault: OpenVault, action: Action) -> SignedIn:
    """The signed-in user, if their role may take ``action`` (else PermissionDenied)."""
    me = signed_in(vault)
    require(Role(me.role), action)
    return me


def clean_text(value: str) -> str:
    """Text as stored: Unicode NFC (so "Siân" typed two ways is one spelling), ends trimmed."""
    return unicodedata.normalize("NFC", value).strip()


def clean_name(value: str) -> str:
    return " ".join(clean_text(value).split())


_FOLD_EXTRA = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i"}
)


def fold(text: str) -> str:
    """Lower-case, accent-free, punctuation-free form for matching ("O'Néill" -> "oneill")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD_EXTRA))
    out: list[str] = []
    for ch in decomposed:
        if unicodedata.combining(ch):
            continue
        if ch.isalnum():
            out.append(ch)
        elif ch.isspace() or ch in "-‐‑–":
            out.append(" ")
        # apostrophes, dots and other marks vanish: "O'Neill" and "ONeill" match
    return " ".join("".join(out).split())
