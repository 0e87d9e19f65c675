"""The "N new staff reports" notice on Home, and importing them.

While the vault is unlocked the drop folder the school chose is watched (``QFileSystemWatcher``,
and a look every two minutes, since a network share does not always report changes) and
counted once when the notice is built, which is at every unlock; counting only lists the
folder, it opens nothing. Importing is :func:`dsl_desktop.intake.service.import_reports`.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout

from db.errors import KnownError
from dsl_desktop.domain import Role
from dsl_desktop.intake import service
from ui.errors import error_text
from ui.pages import PageContext
from ui.shared.builders import push_button
from ui.widgets import shade

IMPORTERS = (Role.DSL, Role.DEPUTY)
POLL_MS = 120_000


class StaffReportsNotice(QFrame):
    """Hidden unless reports wait in the drop folder, or an import has just been made."""

    def __init__(self, ctx: PageContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.folder: Path | None = None
        self.summary: service.ImportSummary | None = None
        shade(self)
        self.setAccessibleName(self.tr("Staff reports"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        row = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        font = self.count_label.font()
        font.setBold(True)
        self.count_label.setFont(font)
        row.addWidget(self.count_label, 1)
        self.import_button = push_button(
            self.tr("&Import staff reports"), self.tr("Import staff reports")
        )
        self.import_button.clicked.connect(self.import_now)
        row.addWidget(self.import_button)
        layout.addLayout(row)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.result_label.linkActivated.connect(self._open_link)
        self.result_label.hide()
        layout.addWidget(self.result_label)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._folder_changed)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.recount)
        # Change notices do not always arrive from a network share: look again now and then.
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.recount)
        self.hide()
        if ctx.role in IMPORTERS:
            ctx.window.settings_changed.connect(self.watch)
            self.watch()

    # ---- watching -----------------------------------------------------------------------------
    def watch(self) -> None:
        """Watch the folder the school chose (again, after Settings changed it) and count."""
        if not self.ctx.active:
            return
        try:
            self.folder = service.drop_folder(self.ctx.vault)
        except KnownError:
            self.folder = None
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        if self.folder is not None and self.folder.is_dir():
            self.watcher.addPath(str(self.folder))
            self._poll.start()
        else:
            self._poll.stop()
        self.recount()

    def _folder_changed(self, _path: str) -> None:
        self._debounce.start()  # a copy arrives as several changes: count once it settles

    def pending(self) -> int:
        return len(service.pending_reports(self.folder))

    def recount(self) -> None:
        if not self.ctx.active:
            return
        n = self.pending()
        if n:
            text = (
                self.tr("1 new staff report is waiting to be imported.")
                if n == 1
                else self.tr("%1 new staff reports are waiting to be imported.").replace(
                    "%1", str(n)
                )
            )
            self.count_label.setText(text)
            self.import_button.show()
            self.show()
        else:
            self.import_button.hide()
            self.count_label.setText(self.tr("No staff reports are waiting."))
            self.setVisible(self.result_label.isVisible())

    # ---- importing ----------------------------------------------------------------------------
    def import_now(self) -> service.ImportSummary | None:
        if self.folder is None or not self.ctx.active:
            return None
        try:
            summary = service.import_reports(self.ctx.vault, self.folder)
        except KnownError as exc:
            self.result_label.setText(html.escape(error_text(exc).message))
            self.result_label.show()
            return None
        self.summary = summary
        self.result_label.setText(self._describe(summary))
        self.result_label.show()
        self.recount()
        return summary

    def _describe(self, summary: service.ImportSummary) -> str:
        def e(text: str) -> str:
            return html.escape(text, quote=False)

        lines = [
            e(
                self.tr("Imported %1, already imported %2, refused %3.")
                .replace("%1", str(len(summary.imported)))
                .replace("%2", str(len(summary.already)))
                .replace("%3", str(len(summary.refused)))
            )
        ]
        for item in summary.imported:
            lines.append(
                self.tr("Report from %1, receipt code %2: recorded at Notice as %3.")
                .replace("%1", e(item.reporter))
                .replace("%2", f"<b>{e(item.receipt)}</b>")
                .replace("%3", f'<a href="concern:{item.concern_id}">{e(item.reference)}</a>')
            )
        for path, reason in summary.refused:
            lines.append(
                e(
                    self.tr("Not imported: %1 (%2). It was left in the folder.")
                    .replace("%1", path.name)
                    .replace("%2", reason)
                )
            )
        for path in summary.not_removed:
            lines.append(
                e(
                    self.tr("%1 was imported but could not be removed from the folder.").replace(
                        "%1", path.name
                    )
                )
            )
        return "<br>".join(lines)

    def _open_link(self, link: str) -> None:
        if not link.startswith("concern:"):
            return
        page = self.ctx.window.page("concerns")
        opener = getattr(page, "open_case", None)
        if callable(opener):
            self.ctx.window.show_page("concerns")
            opener(int(link.split(":", 1)[1]))
