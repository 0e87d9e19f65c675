"""Pieces shared by the concern screens: translated labels, date fields, yes/no answers, form
state for drafts, debounced draft saving and showing problems beside the fields."""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db.errors import KnownError
from dsl_desktop.domain import (
    Answer,
    InformationKind,
    Outcome,
    PersonType,
    ReferralOutcome,
    Role,
    Stage,
    Validation,
)
from dsl_desktop.services import drafts
from dsl_desktop.services.people import InvalidInput
from dsl_desktop.workflow import StageRuleError
from ui.dates import date_format, show_date, show_datetime, time_format
from ui.widgets import MessageBanner, wrapping_check

DRAFT_DELAY_MS = 500
"""How long after the last keystroke a draft is saved."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("Concerns", text)


# ---- labels -------------------------------------------------------------------------------
def stage_label(stage: Stage | str) -> str:
    labels = {
        Stage.NOTICE: _tr("Notice"),
        Stage.CHECK: _tr("Check"),
        Stage.DECIDE: _tr("Decide"),
        Stage.SHARE: _tr("Share"),
        Stage.REVIEW: _tr("Review"),
        Stage.CLOSED: _tr("Closed"),
    }
    try:
        return labels[Stage(stage)]
    except ValueError:
        return str(stage)


def outcome_label(outcome: Outcome | str | None) -> str:
    if not outcome:
        return _tr("Not decided yet")
    labels = {
        Outcome.NO_FURTHER_ACTION: _tr("No further action"),
        Outcome.MONITOR: _tr("Monitor, with a review date"),
        Outcome.IN_SCHOOL_SUPPORT: _tr("Support in school"),
        Outcome.EARLY_HELP_OR_SOCIAL_CARE: _tr("Early help or children's social care"),
        Outcome.PREVENT_REFERRAL: _tr("Prevent referral"),
        Outcome.EMERGENCY: _tr("Emergency (999)"),
    }
    try:
        return labels[Outcome(outcome)]
    except ValueError:
        return str(outcome)


def outcome_help(outcome: Outcome) -> str:
    texts = {
        Outcome.NO_FURTHER_ACTION: _tr(
            "Nothing more is needed. Write down why: the reasons for not referring are kept."
        ),
        Outcome.MONITOR: _tr(
            "Keep a watchful eye, record anything new and look again on a set date."
        ),
        Outcome.IN_SCHOOL_SUPPORT: _tr("Pastoral or other support inside school."),
        Outcome.EARLY_HELP_OR_SOCIAL_CARE: _tr(
            "Another safeguarding route: early help, children's social care or mental health."
        ),
        Outcome.PREVENT_REFERRAL: _tr(
            "Share the concern with the police Prevent team using the national referral form."
        ),
        Outcome.EMERGENCY: _tr("Someone is at immediate risk: 999 was or must be called."),
    }
    return texts[outcome]


def referral_outcome_label(outcome: ReferralOutcome | str | None) -> str:
    if not outcome:
        return _tr("Not recorded yet")
    labels = {
        ReferralOutcome.NO_FURTHER_ACTION: _tr("No further action"),
        ReferralOutcome.SIGNPOSTED: _tr("Signposted to other services"),
        ReferralOutcome.PREVENT_CASE_MANAGEMENT: _tr("Prevent Case Management (police)"),
        ReferralOutcome.CHANNEL: _tr("Channel panel"),
        ReferralOutcome.UNKNOWN: _tr("Not known (no feedback yet)"),
    }
    try:
        return labels[ReferralOutcome(outcome)]
    except ValueError:
        return str(outcome)


def kind_label(kind: InformationKind | str) -> str:
    labels = {
        InformationKind.OBSERVED: _tr("Observed"),
        InformationKind.ASSERTION: _tr("Assertion"),
        InformationKind.ASSUMPTION: _tr("Assumption"),
    }
    try:
        return labels[InformationKind(kind)]
    except ValueError:
        return str(kind)


def kind_help(kind: InformationKind) -> str:
    texts = {
        InformationKind.OBSERVED: _tr(
            "Seen or heard first hand by the person recording it, or shown by a document."
        ),
        InformationKind.ASSERTION: _tr(
            "Told as fact, not checked: someone states it, but nobody has confirmed it yet "
            "(\u201ca pupil says she is in a group chat with extremists\u201d)."
        ),
        InformationKind.ASSUMPTION: _tr(
            "Believed without evidence (\u201che must be watching propaganda\u201d). "
            "Write it down so it can be tested, not acted on."
        ),
    }
    return texts[kind]


def kind_words(kind: InformationKind | str) -> str:
    """The course's short words for a kind: what it is, in a few words."""
    words = {
        InformationKind.OBSERVED: _tr("seen or heard first hand"),
        InformationKind.ASSERTION: _tr("told as fact, not checked"),
        InformationKind.ASSUMPTION: _tr("believed without evidence"),
    }
    try:
        return words[InformationKind(kind)]
    except ValueError:
        return ""


def validation_choice_label(kind: InformationKind | str | None, validation: Validation) -> str:
    """How far a piece of information was checked, in words that fit its kind.

    An unchecked assertion stays "not checked" and an assumption without evidence stays "no
    evidence", so the answer beside the kind can never say the opposite of it.
    """
    if validation is Validation.CORROBORATED:
        return _tr("Corroborated: another person or record confirms it")
    if validation is Validation.CONTRADICTED:
        return _tr("Contradicted: another person or record says otherwise")
    try:
        known = InformationKind(kind) if kind else None
    except ValueError:
        known = None
    if known is InformationKind.ASSERTION:
        return _tr("Not checked yet, so it stays an assertion")
    if known is InformationKind.ASSUMPTION:
        return _tr("No evidence yet, so it stays an assumption")
    return _tr("Not checked against another source yet")


def standing_label(
    kind: InformationKind | str, validation: Validation | str | None, corroborated_by: str = ""
) -> str:
    """One line that says what a piece of information is and how far it was checked.

    A corroborated assertion reads as corroborated (by whom or what), never as an unchecked
    assertion beside a "corroborated" mark.
    """
    try:
        checked = Validation(validation) if validation else Validation.UNCORROBORATED
    except ValueError:
        checked = Validation.UNCORROBORATED
    by = corroborated_by.strip()
    try:
        known = InformationKind(kind)
    except ValueError:
        return str(kind)
    if checked is Validation.CORROBORATED:
        if known is InformationKind.OBSERVED:
            text = (
                _tr("Observed, and corroborated by %1") if by else _tr("Observed, and corroborated")
            )
        elif known is InformationKind.ASSERTION:
            text = (
                _tr("Corroborated: told as fact, then confirmed by %1")
                if by
                else _tr("Corroborated: told as fact, then confirmed")
            )
        else:
            text = (
                _tr("Corroborated: first only believed, now backed by %1")
                if by
                else _tr("Corroborated: first only believed, now backed by evidence")
            )
        return text.replace("%1", by)
    if checked is Validation.CONTRADICTED:
        text = _tr("Contradicted by %1 (it was %2)") if by else _tr("Contradicted (it was %2)")
        return text.replace("%1", by).replace("%2", kind_label(known).lower())
    if known is InformationKind.OBSERVED:
        return _tr("Observed")
    return f"{kind_label(known)} \u2014 {kind_words(known)}"


def validation_label(validation: Validation | str) -> str:
    labels = {
        Validation.CORROBORATED: _tr("Corroborated"),
        Validation.UNCORROBORATED: _tr("Not yet corroborated"),
        Validation.CONTRADICTED: _tr("Contradicted"),
    }
    try:
        return labels[Validation(validation)]
    except ValueError:
        return str(validation)


def answer_label(answer: Answer | str | None) -> str:
    labels = {Answer.YES: _tr("Yes"), Answer.NO: _tr("No"), Answer.UNCLEAR: _tr("Not clear yet")}
    if answer is None or answer == "":
        return _tr("Not answered")
    try:
        return labels[Answer(answer)]
    except ValueError:
        return str(answer)


def person_type_label(kind: PersonType | str) -> str:
    labels = {
        PersonType.PUPIL: _tr("Pupil"),
        PersonType.STAFF: _tr("Member of staff"),
        PersonType.PARENT_CARER: _tr("Parent or carer"),
        PersonType.OTHER: _tr("Someone else"),
    }
    try:
        return labels[PersonType(kind)]
    except ValueError:
        return str(kind)


def referral_field_label(label: str) -> str:
    """A label from ``dsl_desktop.referral_fields`` (translated in its own context)."""
    return QCoreApplication.translate("ReferralFields", label)


def counted(n: int, one: str, many: str) -> str:
    """``one`` or ``many`` (both already translated, with ``%1`` for the number)."""
    return (one if n == 1 else many).replace("%1", str(n))


def can_keep_drafts(role: Role | str) -> bool:
    return Role(role) in (Role.DSL, Role.DEPUTY)


# ---- dates --------------------------------------------------------------------------------
def fmt_datetime(value: dt.datetime | None) -> str:
    return show_datetime(value)


def fmt_date(value: dt.date | None) -> str:
    return show_date(value)


_DATE_PATTERNS = (
    re.compile(r"^(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})$"),
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})$"),
)


def parse_date(text: str) -> dt.date | None:
    """A date typed as dd/mm/yyyy (or yyyy-mm-dd); None when empty; ValueError when not a date."""
    text = text.strip()
    if not text:
        return None
    for pattern in _DATE_PATTERNS:
        match = pattern.match(text)
        if match:
            return dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
    raise ValueError(text)


def now_minute() -> dt.datetime:
    return dt.datetime.now().replace(second=0, microsecond=0)


class DateTimeEdit(QDateTimeEdit):
    """A date and time, with a calendar, to the minute. Starts at the current time."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(f"{date_format()} {time_format()}")
        self.setAccessibleName(accessible_name)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.set_value(now_minute())

    def value(self) -> dt.datetime:
        return self.dateTime().toPython().replace(second=0, microsecond=0)  # type: ignore[no-any-return]

    def set_value(self, value: dt.datetime) -> None:
        self.setDateTime(QDateTime(value.replace(second=0, microsecond=0)))


class OptionalDateEdit(QLineEdit):
    """A date typed as dd/mm/yyyy that may be left empty."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(_tr("dd/mm/yyyy"))
        self.setAccessibleName(accessible_name)
        self.setMaxLength(20)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00/00/00000") + 40)

    def value(self) -> dt.date | None:
        """The date, or None when empty. ValueError when the text is not a date."""
        return parse_date(self.text())

    def set_value(self, value: dt.date | None) -> None:
        self.setText(fmt_date(value))


# ---- choices ------------------------------------------------------------------------------
class Choice(QWidget):
    """A set of radio buttons for one answer (yes / no / not clear...); nothing chosen at first.

    Tab reaches the group, the arrow keys move between the answers and Space chooses one.
    """

    changed = Signal()

    def __init__(
        self,
        options: Sequence[tuple[str, str]],
        accessible_name: str,
        parent: QWidget | None = None,
        *,
        vertical: bool = False,
    ) -> None:
        super().__init__(parent)
        layout: QVBoxLayout | QHBoxLayout = QVBoxLayout(self) if vertical else QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        self.rows: dict[str, QHBoxLayout] = {}
        self.setAccessibleName(accessible_name)
        for code, text in options:
            button = QRadioButton(text)
            button.setAccessibleName(f"{accessible_name}: {text.replace('&', '')}")
            self.group.addButton(button)
            self.buttons[code] = button
            if vertical:
                row = QHBoxLayout()
                row.setContentsMargins(0, 0, 0, 0)
                row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
                layout.addLayout(row)
                self.rows[code] = row
            else:
                layout.addWidget(button)
        if not vertical:
            layout.addStretch(1)
        self.group.buttonToggled.connect(self._toggled)

    def _toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self.changed.emit()

    def value(self) -> str | None:
        for code, button in self.buttons.items():
            if button.isChecked():
                return code
        return None

    def set_value(self, code: str | None) -> None:
        if code in self.buttons:
            self.buttons[code].setChecked(True)
            return
        self.group.setExclusive(False)
        for button in self.buttons.values():
            button.setChecked(False)
        self.group.setExclusive(True)
        self.changed.emit()

    def first_button(self) -> QRadioButton:
        return next(iter(self.buttons.values()))

    def add_help(self, code: str, text: str) -> QLabel:
        """A short explanation beside one answer (the button describes itself with it too)."""
        label = QLabel("\u2014 " + text)
        label.setWordWrap(True)  # reflows with large system text instead of widening the form
        label.setToolTip(text)
        font = QFont(label.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        label.setFont(font)
        row = self.rows.get(code)
        if row is not None:
            row.addWidget(label, 1, Qt.AlignmentFlag.AlignVCenter)
        self.buttons[code].setAccessibleDescription(text)
        return label


def answer_options() -> list[tuple[str, str]]:
    return [
        (Answer.YES.value, _tr("Yes")),
        (Answer.NO.value, _tr("No")),
        (Answer.UNCLEAR.value, _tr("Not clear yet")),
    ]


LONG_CHECK = 60
"""Tick boxes with longer text than this wrap it (information items quoted in full)."""


class CheckList(QWidget):
    """Check boxes grouped under headings; the value is the list of ticked codes, in order."""

    changed = Signal()

    def __init__(
        self, accessible_name: str, parent: QWidget | None = None, *, columns: int = 1
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.columns = max(1, columns)
        self.layout_ = QGridLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        self.holders: list[QWidget] = []
        self._arranged = 0

    def set_items(self, groups: Sequence[tuple[str, Sequence[tuple[str, str]]]]) -> None:
        """``groups``: (heading, [(code, label)...]); a blank heading adds the boxes ungrouped."""
        while self.layout_.count():
            item = self.layout_.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.boxes = {}
        self.holders = []
        self._arranged = 0
        for title, items in groups:
            holder: QWidget
            if title:
                holder = QGroupBox(title)
                holder.setAccessibleName(title)
            else:
                holder = QWidget()
            column = QVBoxLayout(holder)
            if not title:
                column.setContentsMargins(0, 0, 0, 0)
            for code, label in items:
                if len(label) > LONG_CHECK:
                    box, row = wrapping_check(label)
                    column.addWidget(row)
                else:
                    box = QCheckBox(label)
                    box.setAccessibleName(label)
                    column.addWidget(box)
                box.toggled.connect(self.changed)
                self.boxes[code] = box
            column.addStretch(1)
            self.holders.append(holder)
        self._arrange(self.columns if self.width() >= self._needed() else 1)

    def _needed(self) -> int:
        """The width the groups need side by side (``columns`` of them)."""
        if self.columns == 1 or not self.holders:
            return 0
        widths = [0] * self.columns
        for n, holder in enumerate(self.holders):
            column = n % self.columns
            widths[column] = max(widths[column], holder.sizeHint().width())
        return sum(widths) + self.layout_.horizontalSpacing() * (self.columns - 1)

    def _arrange(self, columns: int) -> None:
        """Put the groups in ``columns`` columns (one when the room is too narrow for more)."""
        if columns == self._arranged:
            return
        self._arranged = columns
        for holder in self.holders:
            self.layout_.removeWidget(holder)
        for n, holder in enumerate(self.holders):
            self.layout_.addWidget(holder, n // columns, n % columns)
        self.updateGeometry()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        wanted = self.columns if event.size().width() >= self._needed() else 1
        if wanted != self._arranged:
            QTimer.singleShot(0, self, lambda: self._arrange(wanted))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        hint = super().minimumSizeHint()
        narrowest = max((h.minimumSizeHint().width() for h in self.holders), default=0)
        return QSize(narrowest, hint.height())

    def value(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_value(self, codes: Iterable[str]) -> None:
        wanted = set(codes)
        for code, box in self.boxes.items():
            box.setChecked(code in wanted)


class Collapsible(QWidget):
    """A heading that shows or hides what is under it (Space or Return on the heading)."""

    def __init__(self, title: str, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.toggle = QToolButton()
        self.toggle.setText(title)
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.toggle.setAccessibleName(title.replace("&", ""))
        self.toggle.setAutoRaise(True)
        font = QFont(self.toggle.font())
        font.setBold(True)
        self.toggle.setFont(font)
        layout.addWidget(self.toggle)
        self.content = content
        layout.addWidget(content)
        content.setVisible(False)
        self.toggle.toggled.connect(self.set_open)

    def set_open(self, opened: bool) -> None:
        if self.toggle.isChecked() != opened:
            self.toggle.setChecked(opened)
            return
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if opened else Qt.ArrowType.RightArrow)
        self.toggle.setAccessibleDescription(_tr("Open") if opened else _tr("Closed"))
        self.content.setVisible(opened)

    def is_open(self) -> bool:
        return self.toggle.isChecked()


def text_edit(accessible_name: str, lines: int = 4) -> QPlainTextEdit:
    """A multi-line box where Tab moves on (Ctrl+Tab types nothing either: keyboard users move)."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setAccessibleName(accessible_name)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return edit


def line_edit(accessible_name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(accessible_name)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def value_label(text: str = "", accessible_name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setTextFormat(Qt.TextFormat.PlainText)
    # Expanding, so a form gives it the full width (a wrapped label's own width hint is narrow).
    policy = label.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
    label.setSizePolicy(policy)
    if accessible_name:
        label.setAccessibleName(accessible_name)
    return label


def bold_label(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def submit_shortcut(parent: QWidget, slot: Callable[[], object]) -> list[QShortcut]:
    """Ctrl+Return (and Ctrl+Enter on the keypad) runs ``slot`` while focus is in ``parent``."""
    shortcuts = []
    for key in ("Ctrl+Return", "Ctrl+Enter"):
        shortcut = QShortcut(QKeySequence(key), parent)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        shortcuts.append(shortcut)
    return shortcuts


def escape(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


# ---- form state, for drafts ---------------------------------------------------------------


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
                out[name] = w.dateTime().toPython().replace(second=0, microsecond=0).isoformat()
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
                    w.setDateTime(QDateTime(dt.datetime.fromisoformat(value)))
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
        self.timer.timeout.connect(self.flush)
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


# ---- problems beside the fields -------------------------------------------------------------
class Banner(MessageBanner):
    """The step's message area; can show a list of problems, one per line."""

    def show_lines(self, message: str, lines: Sequence[str], *, error: bool = True) -> None:
        self.show_message(message, " ".join(lines), error=error)
        body = f"<b>{html.escape(message)}</b>"
        if lines:
            body += "<br>" + "<br>".join("\u2022 " + html.escape(line) for line in lines)
        self.text.setText(body)


class ErrorLabel(QLabel):
    """The message under a field that needs putting right (marked with a sign, not colour)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        font = QFont(self.font())
        font.setBold(True)
        self.setFont(font)
        self.hide()

    def show_problem(self, message: str) -> None:
        self.setText("\u26a0 " + message)
        self.show()

    def clear_problem(self) -> None:
        self.clear()
        self.hide()


def field_box(widget: QWidget, error: ErrorLabel) -> QWidget:
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    column.addWidget(error)
    policy = widget.sizePolicy()
    box.setSizePolicy(policy.horizontalPolicy(), policy.verticalPolicy())
    return box


class Problems:
    """Shows what stops a step: a summary in the banner, and each problem under its field.

    Fields are matched on the problem codes the services use (``account_missing`` goes under
    the field called ``account``); ``aliases`` maps other codes to a field.
    """

    def __init__(self, banner: Banner) -> None:
        self.banner = banner
        self.fields: dict[str, tuple[QWidget, ErrorLabel]] = {}
        self.aliases: dict[str, str] = {}

    def row(
        self,
        form: QFormLayout,
        text: str,
        widget: QWidget,
        name: str,
        *,
        buddy: QWidget | None = None,
    ) -> QLabel:
        """Add ``widget`` to ``form`` under a label with a mnemonic, with room for a problem."""
        error = ErrorLabel()
        label = QLabel(text)
        label.setBuddy(buddy or widget)
        form.addRow(label, field_box(widget, error))
        self.fields[name] = (buddy or widget, error)
        return label

    def bind(self, name: str, widget: QWidget, error: ErrorLabel) -> None:
        self.fields[name] = (widget, error)

    def _field_for(self, code: str) -> str | None:
        if code in self.aliases:
            return self.aliases[code]
        best = ""
        for name in self.fields:
            if (code == name or code.startswith(name + "_")) and len(name) > len(best):
                best = name
        return best or None

    def clear(self) -> None:
        self.banner.clear()
        for widget, error in self.fields.values():
            error.clear_problem()
            widget.setAccessibleDescription("")

    def show(self, exc: BaseException, heading: str = "") -> None:
        """Show a refused save: InvalidInput problems, StageRuleError reasons or a KnownError."""
        self.clear()
        if isinstance(exc, InvalidInput):
            self.show_list([(p.code, p.message) for p in exc.problems], heading)
        elif isinstance(exc, StageRuleError):
            self.show_list([(r.code, r.message) for r in exc.reasons], heading or _tr(
                "This step cannot be taken yet:"
            ))  # fmt: skip
        elif isinstance(exc, KnownError):
            self.banner.show_message(exc.message, exc.advice)
        else:
            raise exc

    def show_list(self, problems: Sequence[tuple[str, str]], heading: str = "") -> None:
        self.clear()
        first: QWidget | None = None
        for code, message in problems:
            name = self._field_for(code)
            if name is None:
                continue
            widget, error = self.fields[name]
            error.show_problem(message)
            widget.setAccessibleDescription(message)
            if first is None and widget.isVisibleTo(widget.window()):
                first = widget
        summary = heading or (
            _tr("Please put this right:") if len(problems) == 1 else _tr("Please put these right:")
        )
        self.banner.show_lines(summary, [m for _, m in problems])
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def message(self) -> str:
        return self.banner.message()


def section_frame() -> QFrame:
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    return frame


class AddForm(QGroupBox):
    """A small form that adds one record to a concern, with its own draft and problems.

    Subclasses add their fields to ``self.form`` (through ``self.problems.row`` so problems show
    beside them), register them in ``self.state``, call :meth:`finish`, and implement
    :meth:`save` (which calls a service and may raise ``KnownError``).
    """

    added = Signal()

    def __init__(
        self, ctx: Any, title: str, draft_key: str, button_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        self.ctx = ctx
        self.setAccessibleName(title.replace("&", ""))
        column = QVBoxLayout(self)
        self.banner = Banner()
        column.addWidget(self.banner)
        self.problems = Problems(self.banner)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        column.addLayout(self.form)
        self.state = FormState(self)
        self.drafts = DraftKeeper(ctx, draft_key, self.state, self)
        self.button = QPushButton(button_text)
        self.button.setAccessibleName(button_text.replace("&", ""))
        self.button.setToolTip(_tr("Save (Ctrl+Return)"))
        self._blank: dict[str, Any] = {}
        self._column = column
        submit_shortcut(self, self.submit)

    def finish(self) -> None:
        row = QHBoxLayout()
        self.restored_note = QLabel()
        self.restored_note.setWordWrap(True)
        row.addWidget(self.restored_note, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        self._column.addLayout(row)
        self.button.clicked.connect(self.submit)
        self._blank = self.state.state()
        if self.drafts.restore():
            self.restored_note.setText(_tr("What you were typing last time has been put back."))

    def save(self) -> None:
        raise NotImplementedError

    def submit(self) -> None:
        if not self.ctx.active or not self.isEnabled():
            return
        self.problems.clear()
        try:
            self.save()
        except (KnownError, StageRuleError) as exc:
            self.problems.show(exc)
            return
        self.drafts.discard()
        self.drafts.quietly(lambda: self.state.restore(self._blank))
        self.restored_note.setText("")
        self.added.emit()
