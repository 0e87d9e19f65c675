"""Small pieces every screen uses: headings, captions, the message banner, wrapping tick boxes,
dialog buttons and keys, and the file dialogs that remember their folder."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QStandardPaths,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QMouseEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStyle,
    QWidget,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Widgets", text)


def heading(text: str, size_delta: int = 4, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() + size_delta)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def caption(text: str, parent: QWidget | None = None) -> QLabel:
    """Smaller explanatory text under a field or a group."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    font = QFont(label.font())
    font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
    label.setFont(font)
    return label


def shade(
    frame: QFrame, shape: QFrame.Shape = QFrame.Shape.StyledPanel, line_width: int = 1
) -> QFrame:
    """Sets ``frame`` apart from the page: outlined, on the palette's alternate background (a
    role, so it follows light, dark and high-contrast schemes)."""
    frame.setFrameShape(shape)
    if line_width != 1:
        frame.setLineWidth(line_width)
    frame.setAutoFillBackground(True)
    frame.setBackgroundRole(QPalette.ColorRole.AlternateBase)
    return frame


class MessageBanner(QFrame):
    """A boxed message with an icon: errors and notes shown inside a window, not as pop-ups."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        shade(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        self.icon = QLabel()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.icon)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.text, 1)
        self.setAccessibleName(_tr("Message"))
        self.hide()

    def show_message(self, message: str, advice: str = "", *, error: bool = True) -> None:
        icon = (
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if error
            else QStyle.StandardPixmap.SP_MessageBoxInformation
        )
        self.icon.setPixmap(self.style().standardIcon(icon).pixmap(24, 24))
        body = f"<b>{html.escape(message)}</b>"
        if advice:
            body += f"<br>{html.escape(advice)}"
        self.text.setText(body)
        self.setAccessibleDescription(f"{message} {advice}".strip())
        self.show()
        QTimer.singleShot(0, self, self._make_room)

    def _make_room(self) -> None:
        """Grow a small window (a dialog, the unlock window) so the message pushes the lines
        below it down instead of being squeezed over the line above."""
        top = self.window()
        layout = top.layout() if top is not None else None
        if top is None or layout is None or isinstance(top, QMainWindow) or not top.isVisible():
            return
        layout.activate()
        width = top.width()
        needed = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        if needed > top.height():
            top.resize(width, needed)

    def message(self) -> str:
        """The message shown (empty when none is): what a screen reader would announce."""
        return "" if self.isHidden() else self.accessibleDescription()

    def clear(self) -> None:
        self.text.clear()
        self.setAccessibleDescription("")
        self.hide()


def bring_to_front(window: QWidget) -> None:
    """Show, raise and activate a top-level window (raising means nothing offscreen)."""
    window.show()
    if QGuiApplication.platformName() != "offscreen":
        window.raise_()
    window.activateWindow()


def name_buttons(buttons: QDialogButtonBox) -> None:
    """Give a button box's standard buttons accessible names from their (translated) text."""
    for button in buttons.buttons():
        if not button.accessibleName():
            button.setAccessibleName(button.text().replace("&", ""))


def grow_fields(widget: QWidget) -> None:
    """Let every form in ``widget`` give its fields the full width (a wrapped label that is not
    told to grow keeps its narrow size hint and is cut to one line)."""
    for form in widget.findChildren(QFormLayout):
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    if isinstance(widget.layout(), QFormLayout):
        widget.layout().setFieldGrowthPolicy(  # type: ignore[union-attr]
            QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow
        )


class _ToggleLabel(QLabel):
    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.box = box
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
        self.setSizePolicy(policy)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() == Qt.MouseButton.LeftButton and self.box.isEnabled():
            self.box.toggle()
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mouseReleaseEvent(event)


def wrapping_check(text: str) -> tuple[QCheckBox, QWidget]:
    """A tick box whose long text wraps onto more lines instead of being cut. Returns the box
    (its accessible name is the text) and the row to put in a layout; clicking the text ticks."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    box = QCheckBox()
    box.setAccessibleName(text)
    label = _ToggleLabel(text, box)
    layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(label, 1)
    return box, row


# ---- keys and closing, as a desktop user expects ---------------------------------------------
def enter_accepts(dialog: QWidget) -> None:
    """Enter in a field presses the dialog's default button (Save, OK), never a button the
    focus happened to pass on the way (a push button in a dialog becomes the default when it is
    tabbed through unless told not to)."""
    for button in dialog.findChildren(QPushButton):
        if not button.isDefault():
            button.setAutoDefault(False)


def ask_to_discard(parent: QWidget) -> bool:
    """Ask before throwing away what was typed; True to discard. Escape keeps editing."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Discard what you typed?"))
    box.setText(_tr("What you typed here has not been saved."))
    box.setInformativeText(_tr("Discard it, or go back and keep editing?"))
    discard = box.addButton(_tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(_tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard


# ---- where file dialogs start -----------------------------------------------------------------
_last_folder: Path | None = None


def documents_folder() -> Path:
    """The user's Documents folder (their home folder where there is none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def start_folder() -> Path:
    """Where a file dialog opens: the folder last used in this session, else Documents."""
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    return documents_folder()


def remember_folder(path: str | Path) -> None:
    """Note the folder of a file just chosen, for the next file dialog."""
    global _last_folder
    if path:
        chosen = Path(path)
        _last_folder = chosen if chosen.is_dir() else chosen.parent


def save_file_name(parent: QWidget, title: str, name: str, file_filter: str = "") -> str:
    """Ask where to save ``name``, starting in :func:`start_folder`; "" when cancelled."""
    path, _selected = QFileDialog.getSaveFileName(
        parent, title, str(start_folder() / name), file_filter
    )
    remember_folder(path)
    return path


def open_file_name(parent: QWidget, title: str, file_filter: str = "") -> str:
    """Ask for a file to open, starting in :func:`start_folder`; "" when cancelled."""
    path, _selected = QFileDialog.getOpenFileName(parent, title, str(start_folder()), file_filter)
    remember_folder(path)
    return path
