"""The concerns log, chronologies, the manager's overview and the audit trail."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from dsl_desktop.domain import Role
from ui.pages import PageContext, PageSpec

LOG_ROLES = frozenset({Role.DSL, Role.DEPUTY, Role.REVIEWER})


def _log(ctx: PageContext) -> QWidget:
    from ui.log.page import ConcernsLogPage

    return ConcernsLogPage(ctx)


def _overview(ctx: PageContext) -> QWidget:
    from ui.log.overview_page import OverviewPage

    return OverviewPage(ctx)


def _audit(ctx: PageContext) -> QWidget:
    from ui.log.audit_page import AuditTrailPage

    return AuditTrailPage(ctx)


def log_page_specs() -> list[PageSpec]:
    """The Concerns log, Overview and Audit trail pages (DSL, deputies and reviewers)."""
    return [
        PageSpec("log", str(QT_TRANSLATE_NOOP("Pages", "Concerns log")), _log, "log.svg",
                 roles=LOG_ROLES, order=20),
        PageSpec("overview", str(QT_TRANSLATE_NOOP("Pages", "Overview")), _overview, "overview.svg",
                 roles=LOG_ROLES, order=70),
        PageSpec("audit", str(QT_TRANSLATE_NOOP("Pages", "Audit trail")), _audit, "audit.svg",
                 roles=LOG_ROLES, order=90),
    ]  # fmt: skip


__all__ = ["LOG_ROLES", "log_page_specs"]
