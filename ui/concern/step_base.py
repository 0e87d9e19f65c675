"""What every step of a concern on the case page starts with: the concern it shows, the view
of it last loaded, and a column headed by the step's name and what the step is for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from dsl_desktop.services import concerns as cs
from ui.shared.builders import add_intro
from ui.shared.forms import AddForm

if TYPE_CHECKING:
    from ui.pages import PageContext


class CaseStep(QWidget):
    """``changed()`` after the step saved something (the case page reloads the concern)."""

    changed = Signal()

    def __init__(self, ctx: PageContext, concern_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.concern_id = concern_id
        self.view: cs.CaseView | None = None

    def start_column(self, title: str, text: str) -> QVBoxLayout:
        """The step's own column: its heading and the caption saying what it is for."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        add_intro(layout, title, text)
        return layout

    def add_stage_note(self, layout: QVBoxLayout) -> None:
        """``self.stage_note``: why the step can or cannot be taken now."""
        self.stage_note = QLabel()
        self.stage_note.setWordWrap(True)
        layout.addWidget(self.stage_note)


class ConcernForm(AddForm):
    """An :class:`AddForm` that adds to one concern; its draft is kept under ``DRAFT``."""

    DRAFT = ""

    def __init__(
        self,
        ctx: PageContext,
        concern_id: int,
        title: str,
        button_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, title, f"concern:{concern_id}:{self.DRAFT}", button_text, parent)
        self.concern_id = concern_id
