"""The Training page and its tabs (staff register, import, recording, matrix, courses, export)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from dsl_desktop.domain import Role
from ui.pages import PageContext, PageSpec

TRAINING_ROLES = frozenset({Role.DSL, Role.DEPUTY, Role.REVIEWER, Role.TRAINING_ADMIN})


def _training(ctx: PageContext) -> QWidget:
    from ui.training.page import TrainingPage

    return TrainingPage(ctx)


def training_page_spec() -> PageSpec:
    return PageSpec(
        "training",
        str(QT_TRANSLATE_NOOP("Pages", "Training")),
        _training,
        "training.svg",
        roles=TRAINING_ROLES,
        order=60,
    )


__all__ = ["TRAINING_ROLES", "training_page_spec"]
