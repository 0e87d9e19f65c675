"""Recording training: one completion with its certificate, or a whole-staff session at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from db.errors import KnownError
from db.fsutil import atomic_write
from db.outputs import check_output_path
from dsl_desktop.services import training
from dsl_desktop.services.attachments import MAX_ATTACHMENT_BYTES, read_attachment
from dsl_desktop.services.people import fold
from dsl_desktop.services.training import (
    CertificateFile,
    CourseEntry,
    StaffEntry,
    TrainingRecordEntry,
)
from ui.errors import error_text
from ui.pages import PageContext
from ui.shared.builders import add_form_rows, banner_column, push_button
from ui.shared.layouts import ColumnFitter
from ui.training.common import CompletionDateEdit, uk_date
from ui.widgets import caption, open_file_name, save_file_name

CERTIFICATE_FILTER = "*.pdf *.png *.jpg *.jpeg *.gif *.tif *.tiff *.bmp *.webp *.heic"


def _person_text(person: StaffEntry) -> str:
    text = f"{person.surname}, {person.forename}"
    return f"{text} \u2013 {person.job_title}" if person.job_title else text


def _fill_courses(combo: QComboBox, courses: list[CourseEntry]) -> None:
    current = combo.currentData()
    combo.clear()
    for course in courses:
        if course.active:
            combo.addItem(course.title, course.id)
    index = combo.findData(current)
    if index >= 0:
        combo.setCurrentIndex(index)


class SingleRecord(QGroupBox):
    """One person, one course: with the certificate file kept inside the vault."""

    recorded = Signal()

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("One person"), parent)
        self.ctx = ctx
        self.certificate: CertificateFile | None = None
        self.staff: list[StaffEntry] = []
        layout, self.banner = banner_column(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.person = QComboBox()
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person.setAccessibleName(self.tr("Member of staff"))
        completer = self.person.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.course = QComboBox()
        self.course.setAccessibleName(self.tr("Course"))
        self.completed = CompletionDateEdit(self.tr("Date completed"))
        cert_row = QHBoxLayout()
        self.certificate_name = QLineEdit()
        self.certificate_name.setReadOnly(True)
        self.certificate_name.setPlaceholderText(self.tr("No file chosen"))
        self.certificate_name.setAccessibleName(self.tr("Certificate file"))
        self.choose_button = push_button(
            self.tr("C&hoose…"), self.tr("Choose the certificate file")
        )
        self.clear_button = push_button(
            self.tr("Cl&ear"), self.tr("Remove the chosen certificate file")
        )
        cert_row.addWidget(self.certificate_name, 1)
        cert_row.addWidget(self.choose_button)
        cert_row.addWidget(self.clear_button)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        rows = (
            (self.tr("&Person:"), self.person),
            (self.tr("&Course:"), self.course),
            (self.tr("Completed &on:"), self.completed),
        )
        for text, widget in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        cert_label = QLabel(self.tr("Cer&tificate:"))
        cert_label.setBuddy(self.choose_button)
        form.addRow(cert_label, cert_row)
        notes_label = QLabel(self.tr("&Notes:"))
        notes_label.setBuddy(self.notes)
        form.addRow(notes_label, self.notes)
        layout.addLayout(form)
        layout.addWidget(
            caption(
                self.tr(
                    "The certificate (a PDF, or a photo or scan of it) is kept inside the "
                    "encrypted vault. The Home Office site keeps certificates only briefly."
                )
            )
        )
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        self.save_button = push_button(self.tr("&Record"), self.tr("Record this training"))
        save_row.addWidget(self.save_button)
        layout.addLayout(save_row)

        self.history_title = QLabel(self.tr("Training on record"))
        layout.addWidget(self.history_title)
        self.history = QTableWidget(0, 5)
        self.history.setAccessibleName(self.tr("Training on record for this person"))
        self.history.setHorizontalHeaderLabels(
            [self.tr("Course"), self.tr("Completed"), self.tr("Certificate"), self.tr("Notes"),
             self.tr("Recorded by")]
        )  # fmt: skip
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.verticalHeader().hide()
        self.history_columns = ColumnFitter(self.history, give_way=((3,), (0, 2)))
        layout.addWidget(self.history, 1)
        history_buttons = QHBoxLayout()
        history_buttons.addStretch(1)
        self.save_cert_button = push_button(
            self.tr("Sa&ve certificate as…"), self.tr("Save a copy of the certificate")
        )
        self.add_cert_button = push_button(
            self.tr("A&dd certificate…"), self.tr("Add a certificate to the selected record")
        )
        self.remove_button = push_button(
            self.tr("Re&move record…"), self.tr("Remove the selected training record")
        )
        for button in (self.save_cert_button, self.add_cert_button):
            history_buttons.addWidget(button)
        layout.addLayout(history_buttons)
        remove_row = QHBoxLayout()  # a row of its own: the pane stays narrow in Welsh too
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        layout.addLayout(remove_row)
        self.records: list[TrainingRecordEntry] = []

        self.choose_button.clicked.connect(self.choose_certificate)
        self.clear_button.clicked.connect(self.clear_certificate)
        self.save_button.clicked.connect(self.save)
        self.person.currentIndexChanged.connect(self.show_history)
        self.history.itemSelectionChanged.connect(self._history_selection)
        self.save_cert_button.clicked.connect(self.save_certificate_copy)
        self.add_cert_button.clicked.connect(self.add_certificate)
        self.remove_button.clicked.connect(self.remove_record)
        self._history_selection()
        self.clear_certificate()

    def set_data(self, staff: list[StaffEntry], courses: list[CourseEntry]) -> None:
        current = self.person.currentData()
        self.staff = staff
        self.person.blockSignals(True)
        self.person.clear()
        for person in staff:
            self.person.addItem(_person_text(person), person.id)
        index = self.person.findData(current)
        self.person.setCurrentIndex(index if index >= 0 else (0 if staff else -1))
        self.person.blockSignals(False)
        _fill_courses(self.course, courses)
        self.show_history()

    def choose_person(self, staff_id: int) -> bool:
        index = self.person.findData(staff_id)
        if index >= 0:
            self.person.setCurrentIndex(index)
        return index >= 0

    def staff_id(self) -> int | None:
        value = self.person.currentData()
        if not isinstance(value, int):
            return None
        # The box is editable: trust the choice only while its text still names that person.
        if self.person.currentText() != self.person.itemText(self.person.currentIndex()):
            return None
        return value

    # ---- certificate file --------------------------------------------------------------------
    def choose_certificate(self) -> None:
        path = open_file_name(
            self,
            self.tr("Choose the certificate"),
            self.tr("PDF or picture (%1);;All files (*)").replace("%1", CERTIFICATE_FILTER),
        )
        if not path:
            return
        self.banner.clear()
        file = Path(path)
        try:
            size = file.stat().st_size
            if size > MAX_ATTACHMENT_BYTES:
                self.banner.show_message(
                    self.tr("“%1” is too large to keep (%2 MB at most).")
                    .replace("%1", file.name)
                    .replace("%2", str(MAX_ATTACHMENT_BYTES // (1024 * 1024)))
                )
                return
            content = file.read_bytes()
        except OSError as exc:
            self.banner.show_message(
                self.tr("“%1” could not be read (%2).")
                .replace("%1", file.name)
                .replace("%2", exc.strerror or type(exc).__name__)
            )
            return
        if training.certificate_media_type(content) is None:
            self.banner.show_message(
                self.tr("“%1” is not a PDF or a picture.").replace("%1", file.name),
                self.tr("Keep the certificate as a PDF, or a photo or scan of it."),
            )
            return
        self.certificate = CertificateFile(file.name, content)
        self.certificate_name.setText(file.name)
        self.clear_button.setEnabled(True)

    def clear_certificate(self) -> None:
        self.certificate = None
        self.certificate_name.clear()
        self.clear_button.setEnabled(False)

    # ---- saving --------------------------------------------------------------------------------
    def save(self) -> None:
        self.banner.clear()
        staff_id = self.staff_id()
        course_id = self.course.currentData()
        if staff_id is None:
            self.banner.show_message(self.tr("Choose the member of staff from the list."))
            return
        if not isinstance(course_id, int):
            self.banner.show_message(self.tr("Choose the course."))
            return
        try:
            entry = training.record_training(
                self.ctx.vault,
                staff_id,
                course_id,
                self.completed.value(),
                notes=self.notes.toPlainText(),
                certificate=self.certificate,
            )
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return
        who = self.person.currentText()
        message = self.tr("Recorded %1 on %2 for %3.").replace("%1", entry.course_title)
        message = message.replace("%2", uk_date(entry.completed_on)).replace("%3", who)
        if entry.certificate_id is not None:
            message += " " + self.tr("The certificate is kept in the vault.")
        self.banner.show_message(message, error=False)
        self.notes.clear()
        self.clear_certificate()
        self.show_history()
        self.recorded.emit()

    # ---- one person's history ------------------------------------------------------------
    def show_history(self) -> None:
        self.history.setRowCount(0)
        self.records = []
        staff_id = self.person.currentData()
        if not isinstance(staff_id, int) or not self.ctx.active:
            self._history_selection()
            return
        try:
            self.records = training.records_for_staff(self.ctx.vault, staff_id)
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return
        self.history.setRowCount(len(self.records))
        for r, record in enumerate(self.records):
            values = [
                record.course_title, uk_date(record.completed_on), record.certificate_name,
                record.notes.replace("\n", " "), record.recorded_by,
            ]  # fmt: skip
            for c, value in enumerate(values):
                self.history.setItem(r, c, QTableWidgetItem(value))
        self.history_columns.fit()
        self._history_selection()

    def selected_record(self) -> TrainingRecordEntry | None:
        rows = self.history.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.records):
            return None
        return self.records[rows[0].row()]

    def _history_selection(self) -> None:
        record = self.selected_record()
        self.save_cert_button.setEnabled(record is not None and record.certificate_id is not None)
        self.add_cert_button.setEnabled(record is not None)
        self.remove_button.setEnabled(record is not None)

    def save_certificate_copy(self) -> None:
        record = self.selected_record()
        if record is None or record.certificate_id is None:
            return
        path = save_file_name(
            self, self.tr("Save a copy of the certificate"), record.certificate_name
        )
        if not path:
            return
        try:
            check_output_path(path, self.ctx.vault.vault.data_dir)
            _info, content = read_attachment(self.ctx.vault, record.certificate_id)
            atomic_write(Path(path), content)
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return
        except OSError as exc:
            self.banner.show_message(
                self.tr("The copy could not be saved (%1).").replace(
                    "%1", exc.strerror or type(exc).__name__
                )
            )
            return
        self.banner.show_message(
            self.tr("Saved a copy to %1. It is not encrypted there: delete it when done.").replace(
                "%1", path
            ),
            error=False,
        )

    def add_certificate(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        self.choose_certificate()
        if self.certificate is None:
            return
        try:
            training.add_certificate(self.ctx.vault, record.id, self.certificate)
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return
        finally:
            self.clear_certificate()
        self.banner.show_message(self.tr("The certificate is kept in the vault."), error=False)
        self.show_history()

    def remove_record(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove this record?"),
            self.tr(
                "Remove %1 on %2 from this person's training, with its certificate? Only do "
                "this for a record entered by mistake."
            )
            .replace("%1", record.course_title)
            .replace("%2", uk_date(record.completed_on)),
        )
        if answer != QMessageBox.StandardButton.Yes or not self.ctx.active:
            return
        try:
            training.remove_training_record(self.ctx.vault, record.id)
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return
        self.banner.show_message(self.tr("The record was removed."), error=False)
        self.show_history()
        self.recorded.emit()


class SessionRecord(QGroupBox):
    """One course on one date for everyone who attended (an INSET session, say)."""

    recorded = Signal()

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("A whole-staff session"), parent)
        self.ctx = ctx
        layout, self.banner = banner_column(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.course = QComboBox()
        self.course.setAccessibleName(self.tr("Session course"))
        self.completed = CompletionDateEdit(self.tr("Session date"))
        self.notes = QLineEdit()
        self.notes.setAccessibleName(self.tr("Session notes"))
        self.notes.setPlaceholderText(self.tr("for example: INSET day, delivered by the DSL"))
        add_form_rows(
            form,
            (self.tr("Co&urse:"), self.course),
            (self.tr("D&ate:"), self.completed),
            (self.tr("No&tes:"), self.notes),
        )
        layout.addLayout(form)
        filter_row = QHBoxLayout()
        filter_label = QLabel(self.tr("&Find:"))
        self.filter = QLineEdit()
        self.filter.setAccessibleName(self.tr("Find staff in the list"))
        self.filter.setClearButtonEnabled(True)
        filter_label.setBuddy(self.filter)
        self.tick_all = push_button(self.tr("Tick all &shown"), self.tr("Tick everyone shown"))
        self.untick_all = push_button(self.tr("U&ntick all"), self.tr("Untick everyone"))
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self.filter, 1)
        layout.addLayout(filter_row)
        tick_row = QHBoxLayout()
        tick_row.addStretch(1)
        tick_row.addWidget(self.tick_all)
        tick_row.addWidget(self.untick_all)
        layout.addLayout(tick_row)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Staff who attended"))
        # Long job titles wrap within the list's width rather than scroll it sideways; each
        # name's full text is also its tooltip.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        layout.addWidget(self.list, 1)
        bottom = QHBoxLayout()
        self.count = caption("")
        bottom.addWidget(self.count, 1)
        self.save_button = push_button(
            self.tr("Record for &ticked staff"), self.tr("Record the session for the ticked staff")
        )
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)
        self.filter.textChanged.connect(self._filter)
        self.tick_all.clicked.connect(lambda: self._tick(True))
        self.untick_all.clicked.connect(lambda: self._tick(False))
        self.list.itemChanged.connect(self._update_count)
        self.save_button.clicked.connect(self.save)
        self._update_count()

    def set_data(self, staff: list[StaffEntry], courses: list[CourseEntry]) -> None:
        ticked = set(self.ticked())
        self.list.blockSignals(True)
        self.list.clear()
        for person in staff:
            item = QListWidgetItem(_person_text(person))
            item.setToolTip(_person_text(person))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, fold(_person_text(person)))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if person.id in ticked else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)
        self.list.blockSignals(False)
        _fill_courses(self.course, courses)
        self._filter(self.filter.text())
        self._update_count()

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def ticked(self) -> list[int]:
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        for item in self._items():
            haystack = str(item.data(Qt.ItemDataRole.UserRole + 1))
            item.setHidden(not all(w in haystack for w in words))

    def _tick(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        self.list.blockSignals(True)
        for item in self._items():
            if not on or not item.isHidden():
                item.setCheckState(state)
        self.list.blockSignals(False)
        self._update_count()

    def _update_count(self) -> None:
        n = len(self.ticked())
        self.count.setText(self.tr("%1 ticked").replace("%1", str(n)))
        self.save_button.setEnabled(n > 0)

    def save(self) -> None:
        self.banner.clear()
        course_id = self.course.currentData()
        if not isinstance(course_id, int):
            self.banner.show_message(self.tr("Choose the course."))
            return
        try:
            result = training.record_session(
                self.ctx.vault, course_id, self.completed.value(), self.ticked(),
                notes=self.notes.text(),
            )  # fmt: skip
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return
        message = self.tr("Recorded %1 for %n person(s).", "", len(result.recorded)).replace(
            "%1", self.course.currentText()
        )
        if result.already_recorded:
            message += " " + self.tr("%1 already had it on record for that date.").replace(
                "%1", str(len(result.already_recorded))
            )
        self.banner.show_message(message, error=False)
        self._tick(False)
        self.notes.clear()
        self.recorded.emit()


class RecordTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout, self.banner = banner_column(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.single = SingleRecord(ctx)
        self.session = SessionRecord(ctx)
        splitter.addWidget(self.single)
        splitter.addWidget(self.session)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self.single.recorded.connect(self.changed)
        self.session.recorded.connect(self.changed)

    def refresh(self) -> None:
        if not self.ctx.active:
            return
        try:
            staff = training.list_staff(self.ctx.vault)
            courses = training.list_courses(self.ctx.vault, include_inactive=False)
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))
            return
        self.banner.clear()
        self.single.set_data(staff, courses)
        self.session.set_data(staff, courses)
