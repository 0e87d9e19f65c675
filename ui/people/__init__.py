"""People a concern can be about: the People page, the search used when recording a concern,
and the dialog that adds a person or changes their details."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from dsl_desktop.domain import Role
from ui.pages import PageContext, PageSpec

PEOPLE_ROLES = frozenset({Role.DSL, Role.DEPUTY, Role.REVIEWER})


def _people(ctx: PageContext) -> QWidget:
    from ui.people.page import PeoplePage

    return PeoplePage(ctx)


def people_page_spec() -> PageSpec:
    return PageSpec(
        "people",
        str(QT_TRANSLATE_NOOP("Pages", "People")),
        _people,
        "people.svg",
        roles=PEOPLE_ROLES,
        order=30,
    )


__all__ = ["PEOPLE_ROLES", "people_page_spec"]
