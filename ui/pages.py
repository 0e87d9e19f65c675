"""How a page (Home, Concerns, People, Log, Training, Audit...) plugs into the main window.

A page is described once by a :class:`PageSpec` and built afresh for every session: after each
unlock the controller calls ``spec.factory(context)`` for each page the signed-in role may see,
and on lock the whole main window, pages included, is hidden and deleted, so no record stays in
a widget while the vault is locked.

To add a page, append a spec to :func:`ui.page_list.default_pages` (or call
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

This module is what every page imports; the list of pages (``ui.page_list``) is imported by the
controller alone. A page talks to the window and session around it only through the narrow
interface in ``ui.shell`` (``ctx.window`` is a :class:`~ui.shell.PageShell`, ``ctx.controller`` a
:class:`~ui.shell.SessionHost`).

Inside the page, ``ctx.vault`` is the open vault to pass to ``dsl_desktop.services`` and
``ctx.user`` who is signed in. To keep unsaved work across a lock, connect
``ctx.window.about_to_lock`` (``Signal(str)`` with the reason: ``"lock"``, ``"auto_lock"`` or
``"sign_out"``) to a slot that saves a draft; it is emitted while the vault is still open. A page
may define ``page_shown()``; it is called each time the page becomes the current one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from db.keyslots import KdfParams
from db.vault import OpenVault, SignedIn
from dsl_desktop.domain import Role
from ui.shell import PageShell, SessionHost


@dataclass
class PageContext:
    """What a page needs from the session. Valid until the next lock or sign-out."""

    vault: OpenVault
    user: SignedIn
    controller: SessionHost
    window: PageShell

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


__all__ = ["PageContext", "PageSpec"]
