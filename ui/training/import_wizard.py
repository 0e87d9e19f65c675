"""The staff list import, step by step: choose a file, check how its columns are read, see what
would change (a dry run that changes nothing), then import."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from db.errors import KnownError
from dsl_desktop.services import training
from dsl_desktop.services.training import ImportRejected, ImportReport
from dsl_desktop.training.importer import (
    MAX_FILE_BYTES,
    ImportPlan,
    ImportResult,
    PlanAction,
    PlannedRow,
    StaffField,
)
from ui.errors import error_text
from ui.operations import Operation, into_banner
from ui.pages import PageContext
from ui.training.common import field_label, uk_date
from ui.widgets import MessageBanner, caption, heading, remember_folder, start_folder

PREVIEW_ROWS = 8


def raw_rows(data: bytes, result: ImportResult, limit: int = PREVIEW_ROWS) -> list[list[str]]:
    """The first data rows after the header, cell by cell, for the preview table."""
    if not result.delimiter or result.header_line is None:
        return []
    codec = result.encoding or "utf-8"
    text = data.decode(codec, errors="replace")
    if codec == "utf-8-sig" or text.startswith("\ufeff"):
        text = text.lstrip("\ufeff")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=result.delimiter)
    rows: list[list[str]] = []
    try:
        for cells in reader:
            if reader.line_num <= result.header_line:
                continue
            if not any(c.strip() for c in cells):
                continue
            rows.append(cells)
            if len(rows) >= limit:
                break
    except csv.Error:
        pass  # the importer reports the damaged row itself; the preview just stops
    return rows


class ImportWizard(QWizard):
    """``imported(report)`` is emitted once the staff list has been imported."""

    imported = Signal(object)

    FILE, PREVIEW, REPORT, DONE = range(4)

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data = b""
        self.path = ""
        self.mapping: dict[StaffField, int] | None = None
        self.parsed: ImportResult | None = None
        self.plan: ImportPlan | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import a staff list"))
        self.setAccessibleName(self.tr("Import a staff list"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.preview_page = PreviewPage(self)
        self.report_page = ReportPage(self)
        self.done_page = DonePage(self)
        self.setPage(self.FILE, self.file_page)
        self.setPage(self.PREVIEW, self.preview_page)
        self.setPage(self.REPORT, self.report_page)
        self.setPage(self.DONE, self.done_page)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.resize(860, 620)

    def run_preview(self, mapping: dict[StaffField, int] | None) -> str:
        """Read the file again with these columns. Returns a problem to show, or ""."""
        try:
            result, plan = training.preview_import(self.ctx.vault, self.data, mapping)
        except KnownError as exc:
            return error_text(exc).message
        self.mapping = mapping
        self.parsed, self.plan = result, plan
        if not result.ok:
            return " ".join(str(e) for e in result.errors)
        return ""


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Choose the staff list"))
        self.setSubTitle(
            self.tr(
                "Export the staff list from the school's system (SIMS, Bromcom, Arbor, "
                "Excel...) as a CSV file. Nothing is changed until the last step."
            )
        )
        layout = QVBoxLayout(self)
        self.banner = MessageBanner()
        layout.addWidget(self.banner)
        row = QHBoxLayout()
        label = QLabel(self.tr("&File:"))
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Staff list file"))
        self.path.setPlaceholderText(self.tr("staff.csv"))
        label.setBuddy(self.path)
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setAccessibleName(self.tr("Choose the staff list file"))
        row.addWidget(label)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout.addLayout(row)
        layout.addWidget(
            caption(
                self.tr(
                    "People already on the register are matched by email address or staff "
                    "code, so importing this term's list again updates them rather than adding "
                    "them twice. Nobody is removed: people missing from the file stay on the "
                    "register."
                )
            )
        )
        layout.addStretch(1)
        self.path.textChanged.connect(self.completeChanged)
        self.browse.clicked.connect(self.choose)

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the staff list"),
            self.path.text() or str(start_folder()),
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        remember_folder(path)
        if path:
            self.path.setText(path)

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:  # noqa: N802
        self.banner.clear()
        path = Path(self.path.text().strip())
        try:
            with path.open("rb") as fh:
                data = fh.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            self.banner.show_message(
                self.tr("The file could not be opened (%1).").replace(
                    "%1", exc.strerror or type(exc).__name__
                ),
                self.tr("Check the name and that the file is not open in another program."),
            )
            return False
        self.wiz.data = data
        self.wiz.path = str(path)
        problem = self.wiz.run_preview(None)
        if problem:
            self.banner.show_message(problem, self.tr("Choose the staff list exported as CSV."))
            return False
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Check the columns"))
        self.setSubTitle(
            self.tr(
                "Each detail is read from the column chosen here. Change a choice if a column "
                "was guessed wrongly; the choices are remembered for next time."
            )
        )
        layout = QVBoxLayout(self)
        self.banner = MessageBanner()
        layout.addWidget(self.banner)
        self.about = caption("")
        layout.addWidget(self.about)

        box = QGroupBox(self.tr("Columns"))
        grid = QGridLayout(box)
        self.combos: dict[StaffField, QComboBox] = {}
        for i, fld in enumerate(StaffField):
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Column for %1").replace("%1", field_label(fld)))
            label = QLabel(self.tr("%1:").replace("%1", field_label(fld)))
            label.setBuddy(combo)
            grid.addWidget(label, i // 2, (i % 2) * 2)
            grid.addWidget(combo, i // 2, (i % 2) * 2 + 1)
            combo.activated.connect(self._mapping_changed)
            self.combos[fld] = combo
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        layout.addWidget(box)

        layout.addWidget(QLabel(self.tr("The first rows of the file:")))
        self.table = QTableWidget()
        self.table.setAccessibleName(self.tr("First rows of the file"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        self.warnings = caption("")
        self.warnings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.warnings)

    def initializePage(self) -> None:  # noqa: N802
        self.show_result()

    def show_result(self) -> None:
        result = self.wiz.parsed
        if result is None:
            return
        headers = result.headers
        for fld, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), -1)
            for index, header in enumerate(headers):
                combo.addItem(
                    self.tr("Column %1: %2").replace("%1", str(index + 1)).replace("%2", header),
                    index,
                )
            chosen = result.mapping.get(fld)
            combo.setCurrentIndex(0 if chosen is None else chosen + 1)
            combo.blockSignals(False)
        n = len(result.rows) + len(result.rejected)
        self.about.setText(
            self.tr("%1: read as %2, %3-separated, with the column names on line %4; %5 rows.")
            .replace("%1", Path(self.wiz.path).name)
            .replace("%2", result.encoding_label)
            .replace("%3", self.tr(result.delimiter_label))
            .replace("%4", str(result.header_line or ""))
            .replace("%5", str(n))
        )
        rows = raw_rows(self.wiz.data, result)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(list(headers))
        for r, cells in enumerate(rows):
            for c in range(len(headers)):
                item = QTableWidgetItem(cells[c] if c < len(cells) else "")
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.warnings.setText("\n".join(str(w) for w in result.warnings))
        if result.errors:
            self.banner.show_message(" ".join(str(e) for e in result.errors))
        else:
            self.banner.clear()

    def chosen_mapping(self) -> dict[StaffField, int]:
        mapping: dict[StaffField, int] = {}
        for fld, combo in self.combos.items():
            index = combo.currentData()
            if isinstance(index, int) and index >= 0:
                mapping[fld] = index
        return mapping

    def _mapping_changed(self) -> None:
        problem = self.wiz.run_preview(self.chosen_mapping())
        self.show_result()
        if problem:
            self.banner.show_message(problem)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.wiz.parsed is not None and self.wiz.parsed.ok


class ReportPage(QWizardPage):
    COLUMNS = 4

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self._applying: Operation[ImportReport] | None = None  # the import, while it runs
        self._applied = False  # it is done: the next validatePage lets the wizard move on
        self.setTitle(self.tr("What the import will do"))
        self.setSubTitle(self.tr("Nothing has been changed yet. Check the list, then import."))
        self.setCommitPage(True)
        layout = QVBoxLayout(self)
        self.banner = MessageBanner()
        layout.addWidget(self.banner)
        self.counts = heading("", 1)
        self.counts.setAccessibleName(self.tr("Import summary"))
        layout.addWidget(self.counts)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setAccessibleName(self.tr("Rows of the file and what happens to each"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("What happens"), self.tr("Who"), self.tr("Details")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        layout.addWidget(self.table, 1)
        self.skip = QCheckBox(self.tr("Import the valid rows and &skip the rejected ones"))
        self.skip.setAccessibleName(self.tr("Skip the rejected rows"))
        layout.addWidget(self.skip)
        self.skip_note = caption("")
        layout.addWidget(self.skip_note)
        self.skip.toggled.connect(self.completeChanged)

    def action_label(self, action: PlanAction) -> str:
        return {
            PlanAction.CREATED: self.tr("Add"),
            PlanAction.UPDATED: self.tr("Update"),
            PlanAction.UNCHANGED: self.tr("No change"),
            PlanAction.REJECTED: self.tr("Rejected"),
        }[action]

    def rejected_name(self, line: int) -> str:
        """The name as written on a rejected line, so the person can be found in the file."""
        result = self.wiz.parsed
        if result is None:
            return ""
        for rejected in result.rejected:
            if rejected.line == line:
                parts = []
                for fld in (StaffField.FORENAME, StaffField.SURNAME):
                    index = result.mapping.get(fld)
                    if index is not None and index < len(rejected.cells):
                        parts.append(rejected.cells[index].strip())
                return " ".join(p for p in parts if p)
        return ""

    def details(self, row: PlannedRow) -> str:
        if row.action is PlanAction.REJECTED:
            return row.reason[:1].upper() + row.reason[1:]
        if row.action is PlanAction.UPDATED:
            parts = []
            for change in row.changes:
                old = uk_date(change.old) if not isinstance(change.old, str) else change.old
                new = uk_date(change.new) if not isinstance(change.new, str) else change.new
                parts.append(
                    self.tr("%1: “%2” → “%3”")
                    .replace("%1", field_label(change.field))
                    .replace("%2", old)
                    .replace("%3", new)
                )
            return "; ".join(parts)
        if row.action is PlanAction.CREATED and row.staff is not None:
            return row.staff.job_title
        return ""

    def initializePage(self) -> None:  # noqa: N802
        self.banner.clear()
        plan = self.wiz.plan
        if plan is None:
            return
        self.counts.setText(
            self.tr("%1 to add, %2 to update, %3 unchanged, %4 rejected")
            .replace("%1", str(len(plan.created)))
            .replace("%2", str(len(plan.updated)))
            .replace("%3", str(len(plan.unchanged)))
            .replace("%4", str(len(plan.rejected)))
        )
        self.table.setRowCount(len(plan.rows))
        for r, row in enumerate(plan.rows):
            person = row.staff or row.matched
            if person is not None:
                who = f"{person.forename} {person.surname}".strip()
            else:
                who = self.rejected_name(row.line)
            values = [str(row.line), self.action_label(row.action), who, self.details(row)]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if row.action is PlanAction.REJECTED:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        rejected = len(plan.rejected)
        self.skip.setChecked(False)
        self.skip.setEnabled(rejected > 0)
        if rejected:
            self.skip_note.setText(
                self.tr(
                    "Because %1 rows are rejected, nothing will be imported unless you tick the "
                    "box above. You can also correct the file and start again."
                ).replace("%1", str(rejected))
            )
        else:
            self.skip_note.setText("")

    def isComplete(self) -> bool:  # noqa: N802
        plan = self.wiz.plan
        if plan is None:
            return False
        valid = len(plan.rows) - len(plan.rejected)
        if valid == 0:
            return False
        return not plan.rejected or self.skip.isChecked()

    def validatePage(self) -> bool:  # noqa: N802
        # The import runs as an operation; when it is done it moves the wizard on itself.
        if self._applied:
            self._applied = False
            return True
        if self._applying is not None:
            return False  # already importing
        self.banner.clear()
        wiz = self.wiz
        vault, data, mapping, skip = wiz.ctx.vault, wiz.data, wiz.mapping, self.skip.isChecked()
        self._applying = (
            Operation(
                self,
                lambda _token: training.apply_import(vault, data, mapping, skip_invalid=skip),
                message=self.tr("Importing the staff list…"),
            )
            .success(self._imported)
            .failure(self._not_imported)
            .finished(self._import_over)
            .run_in_background()
        )
        return False

    def _import_over(self) -> None:
        self._applying = None

    def _not_imported(self, exc: BaseException) -> None:
        if isinstance(exc, ImportRejected):
            self.wiz.plan = exc.plan
            self.initializePage()
        into_banner(self.banner, self)(exc)

    def _imported(self, report: ImportReport) -> None:
        wiz = self.wiz
        wiz.report = report
        wiz.imported.emit(report)
        self._applied = True
        wiz.next()


class DonePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Imported"))
        layout = QVBoxLayout(self)
        self.summary = heading("", 1)
        self.summary.setAccessibleName(self.tr("What was imported"))
        layout.addWidget(self.summary)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802
        report = self.wiz.report
        if report is None:
            return
        plan = report.plan
        self.summary.setText(
            self.tr("%1 added, %2 updated, %3 unchanged, %4 skipped")
            .replace("%1", str(len(plan.created)))
            .replace("%2", str(len(plan.updated)))
            .replace("%3", str(len(plan.unchanged)))
            .replace("%4", str(len(plan.rejected)))
        )
        self.note.setText(
            self.tr(
                "New staff were given the role types their job titles suggest. Check them on "
                "the Register tab: the role types decide which training each person needs."
            )
        )
