"""What every service uses: the clock, the role check by action, and text as it is stored."""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy.orm import Session

from db.errors import PermissionDenied as NotSignedIn
from db.vault import OpenVault, SignedIn
from dsl_desktop.domain import Role
from dsl_desktop.workflow import Action, require

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

__all__ = [
    "added",
    "allow",
    "clean_name",
    "clean_text",
    "copied",
    "fold",
    "now",
    "signed_in",
]

View = TypeVar("View", bound="DataclassInstance")


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


def added(vault: OpenVault, s: Session, row: Any, event: str, details: Mapping[str, Any]) -> int:
    """Store the new ``row`` and audit it as ``event`` in the same transaction; the row's id.
    The audit event names the row by its table."""
    s.add(row)
    s.flush()
    vault.audit(s, event, entity=row.__tablename__, entity_id=row.id, details=dict(details))
    return int(row.id)


def copied(view: type[View], source: object, **given: Any) -> View:
    """A ``view`` dataclass built from ``source`` (a stored row, usually): the fields named in
    ``given`` take those values, every other field the attribute of ``source`` of its name."""
    taken = {
        f.name: getattr(source, f.name) for f in dataclasses.fields(view) if f.name not in given
    }
    return view(**taken, **given)


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
