"""The list of the app's pages, in navigation order. Imported by the controller alone: pages import
:mod:`ui.pages` (what a page is), never this list."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from ui.pages import PageContext, PageSpec


def _home(ctx: PageContext) -> QWidget:
    from ui.home_page import HomePage

    return HomePage(ctx)


def _training_spec() -> PageSpec:
    from ui.training import training_page_spec

    return training_page_spec()


def _log_specs() -> list[PageSpec]:
    from ui.log import log_page_specs

    return log_page_specs()


def _records_spec() -> PageSpec:
    from ui.records import records_page_spec

    return records_page_spec()


def _concern_specs() -> list[PageSpec]:
    from ui.concern import concerns_page_spec
    from ui.people import people_page_spec

    return [concerns_page_spec(), people_page_spec()]


def default_pages() -> list[PageSpec]:
    """Every page of the app, in navigation order. Other pages are added here."""
    pages: list[PageSpec] = [
        PageSpec("home", str(QT_TRANSLATE_NOOP("Pages", "Home")), _home, "home.svg", order=0),
        _training_spec(),
        *_log_specs(),
        _records_spec(),
        *_concern_specs(),
    ]
    # These pages only show data: building them when first opened keeps sign-in quick.
    lazy = {"people", "log", "overview", "audit"}
    return [replace(p, lazy=True) if p.key in lazy else p for p in pages]


__all__ = ["default_pages"]
