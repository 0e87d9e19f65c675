"""The step indicator: NOTICE -> CHECK -> DECIDE -> SHARE, then actions and history."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from dsl_desktop.domain import Outcome, Stage

STEPS = (Stage.NOTICE, Stage.CHECK, Stage.DECIDE, Stage.SHARE)
PAGES = ("notice", "check", "decide", "share", "followup", "history")


def _two_lines(title: str, longest: int = 18) -> str:
    """``title`` broken at the space nearest its middle when it is longer than ``longest``."""
    if len(title) <= longest or " " not in title:
        return title
    middle = len(title) // 2
    spaces = [i for i, c in enumerate(title) if c == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return title[:cut] + "\n" + title[cut + 1 :]


class StepBar(QWidget):
    """NOTICE → CHECK → DECIDE → SHARE, then actions and history.

    Each step says in words whether it is done, current, still to come or not needed, and the
    current one is in bold, so nothing depends on colour. The step being looked at is the one
    pressed in. ``page_requested(key)`` when one is chosen.
    """

    page_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Steps"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        self.states: dict[str, str] = {}
        titles = {
            "notice": self.tr("&1 Notice"),
            "check": self.tr("&2 Check"),
            "decide": self.tr("&3 Decide"),
            "share": self.tr("&4 Share"),
            "followup": self.tr("&5 Actions and reviews"),
            "history": self.tr("&6 History"),
        }
        self.titles = titles
        for n, key in enumerate(PAGES):
            if n == 4:
                spacer = QFrame()
                spacer.setFrameShape(QFrame.Shape.VLine)
                row.addSpacing(8)
                row.addWidget(spacer)
                row.addSpacing(8)
            elif 0 < n < 4:
                arrow = QLabel("\u2192")
                arrow.setAccessibleName("")
                row.addWidget(arrow)
            button = QPushButton(titles[key])
            button.setCheckable(True)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            self.group.addButton(button)
            self.buttons[key] = button
            row.addWidget(button)
            button.clicked.connect(lambda _c=False, k=key: self.page_requested.emit(k))
        row.addStretch(1)

    def set_progress(self, stage: Stage, outcome: Outcome | None, referral_sent: bool) -> None:
        order = {s: n for n, s in enumerate((*STEPS, Stage.REVIEW, Stage.CLOSED))}
        now = order[stage]
        for n, step in enumerate(STEPS):
            key = PAGES[n]
            if (
                step is Stage.SHARE
                and outcome is not None
                and outcome is not Outcome.PREVENT_REFERRAL
            ):
                state = "skipped" if now >= order[Stage.SHARE] else "todo"
            elif step is Stage.SHARE and stage in (Stage.REVIEW, Stage.CLOSED):
                state = (
                    "done" if referral_sent or outcome is Outcome.PREVENT_REFERRAL else "skipped"
                )
            elif n < now:
                state = "done"
            elif step is stage:
                state = "current"
            else:
                state = "todo"
            self._show(key, state)
        self._show("followup", "current" if stage is Stage.REVIEW else "extra")
        self._show("history", "extra")

    def _show(self, key: str, state: str) -> None:
        self.states[key] = state
        button = self.buttons[key]
        title = self.titles[key]
        words = {
            "done": self.tr("done"),
            "current": self.tr("you are here"),
            "todo": self.tr("to come"),
            "skipped": self.tr("not needed"),
            "extra": "",
        }[state]
        mark = {"done": "\u2713 ", "current": "\u25b6 ", "todo": "", "skipped": "\u2013 ",
                "extra": ""}[state]  # fmt: skip
        if not words:
            title = _two_lines(title)  # a long title (Welsh) fits the row on two lines
        button.setText(f"{mark}{title}" + (f"\n{words}" if words else ""))
        font = QFont(button.font())
        font.setBold(state == "current")
        font.setUnderline(False)
        button.setFont(font)
        plain = title.replace("&", "")
        button.setAccessibleName(f"{plain}: {words}" if words else plain)

    def select(self, key: str) -> None:
        self.buttons[key].setChecked(True)

    def state(self, key: str) -> str:
        return self.states.get(key, "")
