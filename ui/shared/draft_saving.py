"""Keeping unsaved work: the state of a form as a draft, and saving it shortly after the last
keystroke and before the vault locks."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any, cast

from PySide6.QtCore import QDateTime, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from db.errors import KnownError
from dsl_desktop.domain import (
    Role,
)
from dsl_desktop.services import drafts
from ui.operations import unless_busy
from ui.shared.choices import CheckList, Choice

DRAFT_DELAY_MS = 500
"""How long after the last keystroke a draft is saved."""


def can_keep_drafts(role: Role | str) -> bool:
    return Role(role) in (Role.DSL, Role.DEPUTY)


class FormState(QObject):
    """Named widgets whose values make up a draft: read them all, put them all back."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, QWidget] = {}
        self.extra_get: dict[str, Callable[[], Any]] = {}
        self.extra_set: dict[str, Callable[[Any], None]] = {}

    def add(self, name: str, widget: QWidget) -> QWidget:
        self.fields[name] = widget
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.textChanged.connect(self.changed)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self.changed)
            if widget.isEditable():
                widget.editTextChanged.connect(self.changed)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(self.changed)
        elif isinstance(widget, QDateTimeEdit):
            widget.dateTimeChanged.connect(self.changed)
        elif isinstance(widget, Choice | CheckList):
            widget.changed.connect(self.changed)
        else:
            raise TypeError(f"no draft support for {type(widget).__name__}")
        return widget

    def add_value(
        self, name: str, getter: Callable[[], Any], setter: Callable[[Any], None]
    ) -> None:
        """A value kept outside a widget (the chosen person, say); call ``changed`` yourself."""
        self.extra_get[name] = getter
        self.extra_set[name] = setter

    def state(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, w in self.fields.items():
            if isinstance(w, QLineEdit):
                out[name] = w.text()
            elif isinstance(w, QPlainTextEdit):
                out[name] = w.toPlainText()
            elif isinstance(w, QComboBox):
                data = w.currentData()
                out[name] = (
                    data if isinstance(data, str) and not w.isEditable() else w.currentText()
                )
            elif isinstance(w, QCheckBox):
                out[name] = w.isChecked()
            elif isinstance(w, QDateTimeEdit):
                moment = cast(dt.datetime, w.dateTime().toPython())
                out[name] = moment.replace(second=0, microsecond=0).isoformat()
            elif isinstance(w, Choice | CheckList):
                out[name] = w.value()
        for name, getter in self.extra_get.items():
            out[name] = getter()
        return out

    def restore(self, state: Mapping[str, Any]) -> None:
        for name, value in state.items():
            w = self.fields.get(name)
            if w is None:
                setter = self.extra_set.get(name)
                if setter is not None:
                    setter(value)
                continue
            if isinstance(w, QLineEdit) and isinstance(value, str):
                w.setText(value)
            elif isinstance(w, QPlainTextEdit) and isinstance(value, str):
                w.setPlainText(value)
            elif isinstance(w, QComboBox) and isinstance(value, str):
                index = w.findData(value)
                if index < 0 and w.isEditable():
                    w.setEditText(value)
                elif index < 0:
                    index = w.findText(value)
                if index >= 0:
                    w.setCurrentIndex(index)
            elif isinstance(w, QCheckBox) and isinstance(value, bool):
                w.setChecked(value)
            elif isinstance(w, QDateTimeEdit) and isinstance(value, str):
                with contextlib.suppress(ValueError):
                    w.setDateTime(QDateTime(dt.datetime.fromisoformat(value)))  # type: ignore[call-overload]
            elif isinstance(w, Choice):
                w.set_value(value if isinstance(value, str) else None)
            elif isinstance(w, CheckList) and isinstance(value, list):
                w.set_value(str(v) for v in value)


class DraftKeeper(QObject):
    """Saves a form's state as a draft a moment after each change, and at once before a lock.

    ``ctx.window.about_to_lock`` is emitted while the vault is still open, so nothing typed is
    lost to an auto-lock; a crash loses at most the last half second.
    """

    saved = Signal()

    def __init__(self, ctx: Any, key: str, state: FormState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.key = key
        self.form = state
        self.enabled = can_keep_drafts(ctx.role)
        self.dirty = False
        self._quiet = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DRAFT_DELAY_MS)
        self.timer.timeout.connect(unless_busy(self.timer, self.flush))  # waits for operations
        state.changed.connect(self._changed)
        ctx.window.about_to_lock.connect(self._locking)

    def _changed(self) -> None:
        if self._quiet or not self.enabled:
            return
        self.dirty = True
        self.timer.start()

    def _locking(self, _reason: str) -> None:
        self.flush()

    def flush(self) -> None:
        """Save now if anything changed since the last save."""
        self.timer.stop()
        if not self.dirty or not self.enabled or not self.ctx.active:
            return
        try:
            drafts.save_draft(self.ctx.vault, self.key, self.form.state())
        except KnownError:
            return
        self.dirty = False
        self.saved.emit()

    def load(self) -> dict[str, Any] | None:
        if not self.enabled or not self.ctx.active:
            return None
        try:
            return drafts.load_draft(self.ctx.vault, self.key)
        except KnownError:
            return None

    def restore(self) -> bool:
        """Put a saved draft back into the form; True if there was one."""
        data = self.load()
        if not data:
            return False
        self._quiet = True
        try:
            self.form.restore(data)
        finally:
            self._quiet = False
        return True

    def discard(self) -> None:
        self.timer.stop()
        self.dirty = False
        if not self.enabled or not self.ctx.active:
            return
        with contextlib.suppress(KnownError):
            drafts.discard_draft(self.ctx.vault, self.key)

    def quietly(self, work: Callable[[], object]) -> None:
        """Change the form without it counting as typing (loading a record, clearing)."""
        self._quiet = True
        try:
            work()
        finally:
            self._quiet = False
