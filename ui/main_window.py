"""The main window: navigation on the left, one page at a time on the right.

One main window exists per session. The controller builds it after an unlock, adds the pages
(see ``ui.pages``) and deletes it on lock or sign-out. Pages plug in with :meth:`add_page`;
a page can put a button on the Home page with :meth:`add_quick_action`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from db.vault import SignedIn
from dsl_desktop import __version__
from ui.labels import icon as bundled_icon
from ui.labels import role_label
from ui.shell import PageShell
from ui.widgets import bring_to_front

if TYPE_CHECKING:
    from ui.pages import PageContext


class MainWindow(PageShell):
    """Signals:

    * ``about_to_lock(reason)`` — the session is about to end ("lock", "auto_lock" or
      "sign_out"); the vault is still open, so pages save drafts here.
    * ``page_changed(key)`` — another page became current.
    * ``settings_changed()`` — the settings dialog saved something (school name, contacts...).
    * ``quick_actions_changed()`` — a quick action was added (the Home page redraws them).
    * ``lock_requested()``, ``sign_out_requested()``, ``quit_requested()`` — for the controller.
    """

    page_changed = Signal(str)
    lock_requested = Signal()
    sign_out_requested = Signal()
    quit_requested = Signal()

    def __init__(self, user: SignedIn, school_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.context: PageContext | None = None
        self.quick_actions: list[QAction] = []
        self._pages: dict[str, QWidget] = {}
        # Lazy pages: the placeholder in the stack, and the factory that fills it once.
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._built: dict[str, QWidget] = {}
        self._dismissed = False
        self.setObjectName("MainWindow")
        self.setAccessibleName(self.tr("DSL Desktop"))

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Sections"))
        icon_side = max(22, round(self.nav.fontMetrics().height() * 1.4))
        self.nav.setIconSize(QSize(icon_side, icon_side))
        self.nav.setSpacing(2)
        self.nav.setFixedWidth(190)
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        # a role, not a copied colour: follows the palette when the colour scheme changes
        self.nav.viewport().setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.stack = QStackedWidget()
        self.stack.setAccessibleName(self.tr("Page"))
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._row_changed)

        self._build_menus()
        self._build_help()
        self.user_label = QLabel()
        self.user_label.setAccessibleName(self.tr("Signed-in user"))
        self.statusBar().addPermanentWidget(self.user_label)
        self.set_user(user)
        self.set_school_name(school_name)
        # What the window shows while the vault is locked: no page, no record.
        self.cover = QLabel(self.tr("DSL Desktop is locked. Sign in again to carry on."))
        self.cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cover.setWordWrap(True)
        self.cover.setAccessibleName(self.tr("Locked"))
        self.stack.addWidget(self.cover)
        self._own_actions = set(self.actions()) | set(self.file_menu.actions())
        self.resize(1100, 720)
        self.setMinimumSize(640, 480)

    # ---- menus ----------------------------------------------------------------------------
    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu = file_menu
        self.lock_action = self._action(
            file_menu, self.tr("&Lock"), self.lock_requested.emit, "Ctrl+L"
        )
        self.lock_action.setStatusTip(self.tr("Lock the vault now; sign in again to carry on."))
        self.sign_out_action = self._action(
            file_menu, self.tr("Sign &out"), self.sign_out_requested.emit
        )
        file_menu.addSeparator()
        self.quit_action = self._action(
            file_menu, self.tr("&Quit"), self.quit_requested.emit, QKeySequence.StandardKey.Quit
        )
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.go_menu = bar.addMenu(self.tr("&Go"))
        self.go_menu.triggered.connect(self._go)
        settings_menu = bar.addMenu(self.tr("&Settings"))
        self.settings_action = self._action(
            settings_menu, self.tr("&Settings…"), self.open_settings, "Ctrl+,"
        )
        help_menu = bar.addMenu(self.tr("&Help"))
        self.help_action = self._action(
            help_menu,
            self.tr("&Help contents"),
            self.open_help,
            QKeySequence.StandardKey.HelpContents,
        )
        if self.help_action.shortcut().isEmpty():
            self.help_action.setShortcut(QKeySequence("F1"))
        self.help_action.setStatusTip(self.tr("Help about the screen you are on (F1)."))
        self.urgent_help_action = self._action(
            help_menu, self.tr("&Urgent help…"), self.open_urgent_help
        )
        self.urgent_help_action.setShortcuts([QKeySequence("F12"), QKeySequence("Ctrl+Shift+U")])
        self.urgent_help_action.setStatusTip(
            self.tr("999, the other numbers to call and your local contacts (F12).")
        )
        help_menu.addSeparator()
        self.about_action = self._action(help_menu, self.tr("&About DSL Desktop"), self.about)
        for action in (self.lock_action, self.quit_action, self.settings_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def _build_help(self) -> None:
        """Help and Urgent help: in the Help menu and on a toolbar that cannot be hidden."""
        from ui.help.launcher import HelpLauncher
        from ui.urgent_help import help_icon

        self.help = HelpLauncher(self)
        self.help_action.setIcon(help_icon("help.svg"))
        self.urgent_help_action.setIcon(help_icon("urgent.svg"))
        self.urgent_help_action.setIconText(self.tr("Urgent help"))
        self.help_action.setIconText(self.tr("Help"))
        toolbar = QToolBar(self.tr("Help"))
        toolbar.setObjectName("HelpToolBar")
        toolbar.setAccessibleName(self.tr("Help and urgent help"))
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        toolbar.toggleViewAction().setEnabled(False)
        toolbar.toggleViewAction().setVisible(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        side = max(20, round(toolbar.fontMetrics().height() * 1.3))  # grows with the text
        toolbar.setIconSize(QSize(side, side))
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addAction(self.help_action)
        toolbar.addAction(self.urgent_help_action)
        for action, name in (
            (self.help_action, self.tr("Help (F1)")),
            (self.urgent_help_action, self.tr("Urgent help: 999 and the numbers to call (F12)")),
        ):
            button = toolbar.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(name)
                button.setToolTip(name)
        urgent_button = toolbar.widgetForAction(self.urgent_help_action)
        if urgent_button is not None:
            font = urgent_button.font()
            font.setBold(True)
            urgent_button.setFont(font)
        self.help_toolbar = toolbar
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        for action in (self.help_action, self.urgent_help_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def open_help(self, topic: str | None = None) -> QWidget:
        """The Help window, at the topic for the screen in use unless ``topic`` is given."""
        return self.help.open_help(topic if isinstance(topic, str) and topic else None)

    def open_urgent_help(self) -> QWidget:
        return self.help.open_urgent_help()

    def _rebuild_go_menu(self) -> None:
        self.go_menu.clear()
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            key = str(item.data(Qt.ItemDataRole.UserRole))
            action = QAction(item.icon(), item.text(), self)
            if row < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.setData(key)
            self.go_menu.addAction(action)

    def _go(self, action: QAction) -> None:
        key = action.data()
        if isinstance(key, str):
            self.show_page(key)

    # ---- the pages API --------------------------------------------------------------------
    def add_page(
        self, key: str, title: str, widget: QWidget, icon: QIcon | str | None = None
    ) -> None:
        """Add ``widget`` as a page. ``icon`` is a QIcon or a file name in resources/icons."""
        if key in self._pages:
            raise ValueError(f"a page with the key {key!r} is already there")
        if isinstance(icon, str):
            icon = bundled_icon(icon) if icon else QIcon()
        item = QListWidgetItem(icon or QIcon(), title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setSizeHint(QSize(0, max(36, self.nav.fontMetrics().height() * 2)))
        widget.setAccessibleName(title)
        self._pages[key] = widget
        self.stack.addWidget(widget)
        self.nav.addItem(item)
        self._fit_nav()
        self._rebuild_go_menu()
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)

    def add_lazy_page(
        self, key: str, title: str, factory: Callable[[], QWidget], icon: QIcon | str | None = None
    ) -> None:
        """Add a page that is built by ``factory`` the first time it is shown or asked for."""
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        self.add_page(key, title, holder, icon)
        self._factories[key] = factory

    def _materialise(self, key: str) -> QWidget | None:
        factory = self._factories.pop(key, None)
        if factory is not None:
            holder = self._pages[key]
            widget = factory()
            widget.setAccessibleName(holder.accessibleName())
            layout = holder.layout()
            assert layout is not None
            layout.addWidget(widget)
            self._built[key] = widget
        return self._built.get(key, self._pages.get(key))

    def _fit_nav(self) -> None:
        """Wide enough for the longest section name at the system's text size."""
        metrics = self.nav.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(self.nav.item(r).text()) for r in range(self.nav.count())),
            default=0,
        )
        self.nav.setFixedWidth(max(190, widest + self.nav.iconSize().width() + 40))

    def remove_page(self, key: str) -> None:
        widget = self._pages.pop(key, None)
        self._factories.pop(key, None)
        self._built.pop(key, None)
        if widget is None:
            return
        row = self._row_of(key)
        if row is not None:
            self.nav.takeItem(row)
        self.stack.removeWidget(widget)
        widget.deleteLater()
        self._rebuild_go_menu()

    def show_page(self, key: str) -> bool:
        row = self._row_of(key)
        if row is None:
            return False
        self.nav.setCurrentRow(row)
        return True

    def current_page_key(self) -> str | None:
        item = self.nav.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def page(self, key: str) -> QWidget | None:
        if key not in self._pages:
            return None
        return self._materialise(key)

    def page_keys(self) -> list[str]:
        return [
            str(self.nav.item(r).data(Qt.ItemDataRole.UserRole)) for r in range(self.nav.count())
        ]

    def add_quick_action(
        self, text: str, callback: Callable[[], object], icon: QIcon | str | None = None
    ) -> QAction:
        """Offer ``callback`` as a button on the Home page (e.g. "Record a new concern")."""
        if isinstance(icon, str):
            icon = bundled_icon(icon)
        action = QAction(icon or QIcon(), text, self)
        action.triggered.connect(callback)
        self.quick_actions.append(action)
        self.quick_actions_changed.emit()
        return action

    def _row_of(self, key: str) -> int | None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                return row
        return None

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        key = str(self.nav.item(row).data(Qt.ItemDataRole.UserRole))
        widget = self._materialise(key)
        self.stack.setCurrentWidget(self._pages[key])
        shown = getattr(widget, "page_shown", None)
        if callable(shown):
            shown()
        self.page_changed.emit(key)

    # ---- session details ------------------------------------------------------------------
    def set_school_name(self, name: str) -> None:
        self.school_name = name
        if name:
            self.setWindowTitle(self.tr("%1 — DSL Desktop").replace("%1", name))
        else:
            self.setWindowTitle(self.tr("DSL Desktop"))

    def set_user(self, user: SignedIn) -> None:
        self.user = user
        self.user_label.setText(
            self.tr("Signed in as %1 (%2)")
            .replace("%1", user.display_name)
            .replace("%2", role_label(user.role))
        )

    def open_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        if self.context is None:
            return
        existing = self.findChild(SettingsDialog)
        if existing is not None and existing.isVisible():
            bring_to_front(existing)
            return
        dialog = SettingsDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.settings_changed)
        dialog.open()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About DSL Desktop"),
            self.tr(
                "<p><b>DSL Desktop</b> %1</p>"
                "<p>Safeguarding and Prevent records for a school's Designated Safeguarding "
                "Lead, kept in an encrypted vault on this computer. Nothing is sent over the "
                "internet.</p>"
            ).replace("%1", __version__),
        )

    # ---- locking ----------------------------------------------------------------------------
    def clear_session(self) -> None:
        """On a lock: drop every page (and the records they show), the Home buttons and the menu
        items pages added, and show the locked cover. The window itself stays, so its place on
        the screen and in the taskbar does not change; the next session fills it again."""
        blocked = self.nav.blockSignals(True)
        try:
            for key in list(self._pages):
                self.remove_page(key)
        finally:
            self.nav.blockSignals(blocked)
        for action in self.quick_actions:
            action.deleteLater()
        self.quick_actions = []
        for action in [*self.file_menu.actions(), *self.actions()]:
            if action not in self._own_actions:
                self.file_menu.removeAction(action)
                self.removeAction(action)
                if action.parent() is self:
                    action.deleteLater()
        self.stack.setCurrentWidget(self.cover)
        self.user_label.setText(self.tr("Locked"))
        self.context = None

    def is_locked(self) -> bool:
        return self.stack.currentWidget() is self.cover

    # ---- closing ----------------------------------------------------------------------------
    def dismiss(self) -> None:
        """Hide without it counting as the user quitting (the controller is ending the session)."""
        self._dismissed = True
        self.hide()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if not self._dismissed:
            self.quit_requested.emit()
        super().closeEvent(event)


def translate_page_title(title: str) -> str:
    return QCoreApplication.translate("Pages", title)
