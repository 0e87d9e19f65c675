"""How a page (Home, Concerns, People, Log, Training, Audit...) plugs into the main window.

A page is described once by a :class:`PageSpec` and built afresh for every session: after each
unlock the controller calls ``spec.factory(context)`` for each page the signed-in role may see,
and on lock the whole main window, pages included, is hidden and deleted, so no record stays in
a widget while the vault is locked.

To add a page, append a spec to :func:`default_pages` (or call
``AppController.register_page(spec)`` before ``start()``)::

    from PySide6.QtCore import QT_TRANSLATE_NOOP

    PageSpec(
        key="concerns",
        title=str(QT_TRANSLATE_NOOP("Pages", "Concerns")),  # translated in context "Pages"
        factory=lambda ctx: ConcernsPage(ctx),
        icon="concerns.svg",                             # in resources/icons/
        roles=frozenset({Role.DSL, Role.DEPUTY, Role.REVIEWER}),
        order=20,
    )

Inside the page, ``ctx.vault`` is the open vault to pass to ``dsl_desktop.services`` and
``ctx.user`` who is signed in. To keep unsaved work across a lock, connect
``ctx.window.about_to_lock`` (``Signal(str)`` with the reason: ``"lock"``, ``"auto_lock"`` or
``"sign_out"``) to a slot that saves a draft; it is emitted while the vault is still open. A page
may define ``page_shown()``; it is called each time the page becomes the current one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from db.keyslots import KdfParams
from db.vault import OpenVault, SignedIn
from dsl_desktop.domain import Role

if TYPE_CHECKING:
    from ui.controller import AppController
    from ui.main_window import MainWindow


@dataclass
class PageContext:
    """What a page needs from the session. Valid until the next lock or sign-out."""

    vault: OpenVault
    user: SignedIn
    controller: AppController
    window: MainWindow

    @property
    def role(self) -> Role:
        return Role(self.user.role)

    @property
    def kdf(self) -> KdfParams:
        return self.controller.kdf

    @property
    def active(self) -> bool:
        """False once the session has ended (after a dialog returns, check before going on)."""
        return not self.vault.closed


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    factory: Callable[[PageContext], QWidget]
    icon: str = ""
    roles: frozenset[Role] | None = None
    order: int = 100
    # Built the first time it is shown (or asked for), not at sign-in. Only for pages that add
    # nothing to the rest of the window (menu actions, Home buttons, lock hooks) when built.
    lazy: bool = False

    def visible_to(self, role: str) -> bool:
        return self.roles is None or Role(role) in self.roles


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


__all__ = ["PageContext", "PageSpec", "default_pages"]
