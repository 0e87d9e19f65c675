"""Fictional demonstration data: people, concerns at every stage and outcome, staff and training.

Everything is made up. Names mix the backgrounds found in schools in England and Wales; accounts,
sources and rationales are invented examples written for training and testing the app.

The same seed gives the same data: every choice comes from ``random.Random(seed)`` and every
date from fixed base dates, never from the clock. Rows go in with bulk Core inserts inside one
transaction (no ORM object per row, one audit event for the whole batch), so 50,000 concerns
take seconds. When the store already holds records, new rows follow the highest existing ids and
concern references continue each year's numbering."""

from __future__ import annotations

from dsl_desktop.demo.generator import generate
from dsl_desktop.demo.vocabulary import (
    DAY_ENDS,
    DAY_STARTS,
    DEMO_DISPLAY_NAME,
    DEMO_EMAIL,
    DEMO_PHONE,
    DEMO_SCHOOL,
    DEMO_SIGN_IN,
    END,
    ITEMS,
    SOURCES,
    DemoCounts,
    people_for,
    year_group_on,
)

#: What the rest of the app and the tests use: ``generate`` and the fixed facts of the
#: fictional school (its name, sign-in, contact details and the period the records cover).
__all__ = [
    "DAY_ENDS",
    "DAY_STARTS",
    "DEMO_DISPLAY_NAME",
    "DEMO_EMAIL",
    "DEMO_PHONE",
    "DEMO_SCHOOL",
    "DEMO_SIGN_IN",
    "DemoCounts",
    "END",
    "ITEMS",
    "SOURCES",
    "generate",
    "people_for",
    "year_group_on",
]
