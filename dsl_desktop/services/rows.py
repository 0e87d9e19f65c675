"""One stored row by its id, or the :class:`NotFound` that says which record is missing.

Every service that opens a record by id goes through :func:`fetch`, so a stale screen or a
wrong id is always the same error, worded for the record asked for.
"""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from db.models import Concern, Person
from dsl_desktop.services.people import NotFound

__all__ = ["concern_row", "fetch", "person_of"]

Row = TypeVar("Row")


def fetch(s: Session, model: type[Row], key: object, missing: str) -> Row:
    """The ``model`` row whose primary key is ``key``; NotFound(``missing``) if there is none."""
    row = s.get(model, key)
    if row is None:
        raise NotFound(missing)
    return row


def concern_row(s: Session, concern_id: int) -> Concern:
    return fetch(s, Concern, concern_id, "That concern is not on record.")


def person_of(s: Session, c: Concern) -> Person:
    """The person a concern is about (missing only if the store was damaged)."""
    return fetch(
        s, Person, c.person_id, "The person this concern is about is missing from the store."
    )
