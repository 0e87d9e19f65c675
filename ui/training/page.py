"""The Training page: the staff register, imports, recording training, the matrix, courses and
the report, as tabs. What each role sees follows ``workflow.can``; the services refuse anyway."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from db.errors import KnownError
from dsl_desktop.services import training
from dsl_desktop.services.training import ImportReport
from dsl_desktop.training.importer import StaffField
from dsl_desktop.workflow import Action, can
from ui.errors import error_text
from ui.pages import PageContext
from ui.shared.builders import banner_column, push_button
from ui.training.common import field_label
from ui.training.courses import CoursesTab
from ui.training.export import ExportTab
from ui.training.import_wizard import ImportWizard
from ui.training.matrix import MatrixTab
from ui.training.record import RecordTab
from ui.training.register import RegisterTab
from ui.widgets import caption, heading


class ImportTab(QWidget):
    """Explains the import and opens the wizard."""

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.wizard: ImportWizard | None = None
        self.on_imported: Any = None
        layout, self.banner = banner_column(self)
        intro = QLabel(
            self.tr(
                "Bring the register up to date from the school's information system. Export "
                "the staff list as CSV from SIMS, Bromcom, Arbor or Excel, then import it here. "
                "You see what would change before anything is saved; if any row has a problem, "
                "nothing is imported unless you choose to skip it."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.start = push_button(self.tr("&Import a staff list…"), self.tr("Import a staff list"))
        layout.addWidget(self.start)
        self.remembered = caption("")
        layout.addWidget(self.remembered)
        layout.addStretch(1)
        self.start.clicked.connect(self.open_wizard)

    def refresh(self) -> None:
        if not self.ctx.active:
            return
        try:
            saved = training.remembered_mapping(self.ctx.vault)
        except KnownError:
            saved = {}
        parts = []
        for fld in StaffField:
            header = saved.get(fld.value)
            if header:
                parts.append(
                    self.tr("%1 from \u201c%2\u201d")
                    .replace("%1", field_label(fld))
                    .replace("%2", header)
                )
        self.remembered.setText(
            self.tr("Columns used last time: %1").replace("%1", "; ".join(parts)) if parts else ""
        )

    def open_wizard(self) -> ImportWizard:
        wizard = ImportWizard(self.ctx, self)
        wizard.imported.connect(self._imported)
        self.wizard = wizard
        wizard.open()
        return wizard

    def _imported(self, report: ImportReport) -> None:
        self.banner.show_message(
            self.tr("Imported the staff list: %1.").replace("%1", report.summary_line()),
            error=False,
        )
        self.refresh()
        if callable(self.on_imported):
            self.on_imported()


class TrainingPage(QWidget):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        role = ctx.role
        self.can_manage = can(role, Action.MANAGE_TRAINING)
        self.can_export = can(role, Action.EXPORT_TRAINING)
        self.summary_text = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(heading(self.tr("Staff training"), 6))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Training that needs attention"))
        layout.addWidget(self.summary)
        if not self.can_manage:
            layout.addWidget(caption(self.tr("You can read the training records; changes are "
                                             "made by the DSL or the training administrator.")))  # fmt: skip
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Training sections"))
        layout.addWidget(self.tabs, 1)

        self.register = RegisterTab(ctx, self.can_manage)
        self.matrix = MatrixTab(ctx)
        self.courses = CoursesTab(ctx, self.can_manage)
        self.import_tab: ImportTab | None = None
        self.record: RecordTab | None = None
        self.export: ExportTab | None = None
        self.tabs.addTab(self.register, self.tr("&Register"))
        if self.can_manage:
            self.import_tab = ImportTab(ctx)
            self.import_tab.on_imported = self._changed
            self.tabs.addTab(self.import_tab, self.tr("I&mport"))
            self.record = RecordTab(ctx)
            self.tabs.addTab(self.record, self.tr("Record &training"))
        self.tabs.addTab(self.matrix, self.tr("M&atrix"))
        self.tabs.addTab(self.courses, self.tr("&Courses and requirements"))
        if self.can_export:
            self.export = ExportTab(ctx)
            self.tabs.addTab(self.export, self.tr("E&xport"))
        for tab in (self.register, self.record, self.courses):
            if tab is not None:
                tab.changed.connect(self._changed)
        # Only the summary is read at sign-in (Home shows it); the tabs load when the page is
        # first shown, so signing in does not wait for the register and the matrix.
        self._stale: set[QWidget] = {
            tab
            for tab in (self.tabs.widget(i) for i in range(self.tabs.count()))
            if tab is not None
        }
        self.refresh_summary()
        self.tabs.currentChanged.connect(self._tab_changed)
        self._offer_on_home()

    def _offer_on_home(self) -> None:
        """At sign-in, those who keep the training see on the Home page what needs doing."""
        if not self.can_manage or not self.summary_text:
            return
        window = self.ctx.window
        window.add_quick_action(
            self.tr("Staff training: %1").replace("%1", self.summary_text),
            lambda: window.show_page("training"),
            "training.svg",
        )

    def _changed(self) -> None:
        """Something was saved: every tab reloads when it is next shown."""
        tabs = (self.tabs.widget(i) for i in range(self.tabs.count()))
        self._stale = {tab for tab in tabs if tab is not None}
        self.refresh_summary()
        self._tab_changed()

    def _tab_changed(self) -> None:
        current = self.tabs.currentWidget()
        if current in self._stale:
            self._stale.discard(current)
            refresh = getattr(current, "refresh", None)
            if callable(refresh):
                refresh()

    def page_shown(self) -> None:
        self._changed()

    def refresh_summary(self) -> None:
        self.summary_text = ""
        if not self.ctx.active:
            return
        try:
            summary = training.sign_in_summary(self.ctx.vault)
        except KnownError as exc:
            self.summary.setText(error_text(exc).message)
            return
        if not summary.anything:
            try:
                has_staff = bool(training.list_staff(self.ctx.vault))
            except KnownError:
                has_staff = True
            if not has_staff:
                self.summary.setText(
                    self.tr(
                        "No staff are on the register yet. Add them on the Register tab, or "
                        "import the school's staff list on the Import tab."
                    )
                    if self.can_manage
                    else self.tr("No staff are on the register yet.")
                )
                return
            self.summary.setText(self.tr("Everyone's training is in date for this month."))
            return
        self.summary_text = (
            self.tr("%1 out of date, %2 due this month")
            .replace("%1", str(summary.people_out_of_date))
            .replace("%2", str(summary.people_due_this_month))
        )
        parts = []
        if summary.people_out_of_date:
            parts.append(
                self.tr(
                    "%n person(s) with training overdue or never done.",
                    "",
                    summary.people_out_of_date,
                )
            )
        if summary.people_due_this_month:
            parts.append(
                self.tr(
                    "%n person(s) with training due before the end of this month.",
                    "",
                    summary.people_due_this_month,
                )
            )
        self.summary.setText(" ".join(parts))
