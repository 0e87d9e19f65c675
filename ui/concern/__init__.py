"""The guided concern flow: the Concerns page, a new concern (Notice) and the case view with its
steps NOTICE -> CHECK -> DECIDE -> SHARE, actions and reviews, and the history."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from dsl_desktop.domain import Role
from ui.pages import PageContext, PageSpec

CONCERN_ROLES = frozenset({Role.DSL, Role.DEPUTY, Role.REVIEWER})


def _concerns(ctx: PageContext) -> QWidget:
    from ui.concern.page import ConcernsPage

    return ConcernsPage(ctx)


def concerns_page_spec() -> PageSpec:
    return PageSpec(
        "concerns",
        str(QT_TRANSLATE_NOOP("Pages", "Concerns")),
        _concerns,
        "concerns.svg",
        roles=CONCERN_ROLES,
        order=10,
    )


__all__ = ["CONCERN_ROLES", "concerns_page_spec"]
