"""The Help window: a searchable list of topics beside the text of the chosen one."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.help import topics
from ui.widgets import caption, name_buttons


class HelpWindow(QDialog):
    """Topics on the left (filtered by the search box), the chosen topic on the right.

    ``show_topic(key)`` opens a topic, optionally at an anchor (``"notice-check-share#check"``).
    Links between topics are followed inside the window; ``urgent_help_requested()`` comes from
    the Urgent help button.
    """

    urgent_help_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, language: str | None = None) -> None:
        super().__init__(parent)
        self.language = language or topics.help_language()
        self.current_key = ""
        self.setWindowTitle(self.tr("Help — DSL Desktop"))
        self.setAccessibleName(self.tr("Help"))
        self.setWindowModality(Qt.WindowModality.NonModal)
        layout = QVBoxLayout(self)

        search_row = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("words to look for"))
        self.search_edit.setAccessibleName(self.tr("Search the help"))
        self.search_edit.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search_edit)
        search_row.addWidget(search_label)
        search_row.addWidget(self.search_edit, 1)
        layout.addLayout(search_row)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.topic_list = QListWidget()
        self.topic_list.setAccessibleName(self.tr("Help topics"))
        self.topic_list.setWordWrap(True)
        self.topic_list.setSpacing(2)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Help text"))
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._link)
        # relative sizes only, so the text follows the system's font size
        self.browser.document().setDefaultStyleSheet(
            "h1 { font-size: x-large; } h2 { font-size: large; margin-top: 14px; }"
        )
        self.splitter.addWidget(self.topic_list)
        self.splitter.addWidget(self.browser)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)
        self.matches = caption("")
        self.matches.setAccessibleName(self.tr("Search results"))
        layout.addWidget(self.matches)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.urgent_button = QPushButton(self.tr("&Urgent help…"))
        self.urgent_button.setAccessibleName(self.tr("Urgent help: 999 and the numbers to call"))
        buttons.addButton(self.urgent_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.urgent_button.clicked.connect(self.urgent_help_requested)
        buttons.rejected.connect(self.reject)
        name_buttons(buttons)
        layout.addWidget(buttons)

        self.search_edit.textChanged.connect(self._filter)
        self.search_edit.returnPressed.connect(self._next_match)
        self.topic_list.currentItemChanged.connect(self._chosen)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self._focus_search)

        self._fill(list(topics.TOPICS))
        char = self.fontMetrics().averageCharWidth()
        self.topic_list.setMinimumWidth(char * 24)
        self.splitter.setSizes([char * 30, char * 70])
        self.resize(QSize(char * 150, self.fontMetrics().lineSpacing() * 40))
        self.show_topic(topics.DEFAULT_TOPIC)

    # ---- topics --------------------------------------------------------------------------------
    def topic_keys(self) -> list[str]:
        """The keys of the topics listed (all of them, or those matching the search)."""
        return [
            str(self.topic_list.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.topic_list.count())
        ]

    def _fill(self, shown: list[topics.Topic]) -> None:
        self.topic_list.blockSignals(True)
        self.topic_list.clear()
        for t in shown:
            item = QListWidgetItem(t.title)
            item.setData(Qt.ItemDataRole.UserRole, t.key)
            self.topic_list.addItem(item)
        self.topic_list.blockSignals(False)

    def show_topic(self, key: str) -> bool:
        """Show ``key`` (``topic`` or ``topic#anchor``); False if there is no such topic."""
        bare, _, anchor = key.partition("#")
        try:
            topics.topic(bare)
        except KeyError:
            return False
        if bare not in self.topic_keys():
            self.search_edit.blockSignals(True)
            self.search_edit.clear()
            self.search_edit.blockSignals(False)
            self._fill(list(topics.TOPICS))
            self.matches.clear()
        if bare != self.current_key:
            self.current_key = bare
            path = topics.topic_path(bare, self.language)
            self.browser.setSearchPaths([str(path.parent)])
            self.browser.setHtml(path.read_text(encoding="utf-8"))
        row = self.topic_keys().index(bare)
        self.topic_list.blockSignals(True)
        self.topic_list.setCurrentRow(row)
        self.topic_list.blockSignals(False)
        if anchor:
            self.browser.scrollToAnchor(anchor)
        else:
            self.browser.verticalScrollBar().setValue(0)
        self._highlight()
        return True

    def _chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self.show_topic(str(item.data(Qt.ItemDataRole.UserRole)))

    def _link(self, url: QUrl) -> None:
        target = url.toString()
        if url.scheme() in ("", "file", "qrc") or target.startswith("#"):
            name = url.fileName() or self.current_key
            key = name.removesuffix(".html")
            anchor = url.fragment()
            self.show_topic(f"{key}#{anchor}" if anchor else key)

    # ---- search --------------------------------------------------------------------------------
    def _focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _filter(self, text: str) -> None:
        found = topics.search(text, self.language)
        self._fill(found)
        if not text.strip():
            self.matches.clear()
        elif not found:
            self.matches.setText(self.tr("No topic mentions “%1”.").replace("%1", text.strip()))
        elif len(found) == 1:
            self.matches.setText(self.tr("1 topic mentions “%1”.").replace("%1", text.strip()))
        else:
            self.matches.setText(
                self.tr("%1 topics mention “%2”.")
                .replace("%1", str(len(found)))
                .replace("%2", text.strip())
            )
        if found:
            keys = [t.key for t in found]
            self.show_topic(self.current_key if self.current_key in keys else keys[0])
        else:
            self._highlight()

    def _words(self) -> list[str]:
        return self.search_edit.text().split()

    def _highlight(self) -> None:
        """Mark every place the search words appear in the topic (in the selection colours)."""
        selections: list[QTextEdit.ExtraSelection] = []
        doc = self.browser.document()
        fmt = QTextCharFormat()
        palette = self.browser.palette()
        fmt.setBackground(palette.highlight())
        fmt.setForeground(palette.highlightedText())
        for word in self._words():
            cursor = QTextCursor(doc)
            while True:
                cursor = doc.find(word, cursor)
                if cursor.isNull():
                    break
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = fmt
                selections.append(selection)
        self.browser.setExtraSelections(selections)
        if selections:
            first = QTextCursor(selections[0].cursor)
            first.clearSelection()
            self.browser.setTextCursor(first)
            self.browser.ensureCursorVisible()

    def _next_match(self) -> None:
        words = self._words()
        if not words:
            return
        if not self.browser.find(words[0]):
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
            self.browser.find(words[0], QTextDocument.FindFlag(0))


__all__ = ["HelpWindow"]
