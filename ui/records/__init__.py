"""The Backups & records page: backups and restore, retention review, transfers (DSL, deputy)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from dsl_desktop.domain import Role
from ui.pages import PageContext, PageSpec

RECORDS_ROLES = frozenset({Role.DSL, Role.DEPUTY})


def _records(ctx: PageContext) -> QWidget:
    from ui.records.page import RecordsPage

    return RecordsPage(ctx)


def records_page_spec() -> PageSpec:
    return PageSpec(
        "records",
        str(QT_TRANSLATE_NOOP("Pages", "Backups & records")),
        _records,
        "records.svg",
        roles=RECORDS_ROLES,
        order=90,
    )


__all__ = ["RECORDS_ROLES", "records_page_spec"]
