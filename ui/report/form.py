"""The staff report form: immediate danger first, then what Notice asks, sealed to the school.

Nothing typed here is written to this computer in the clear: there is no draft, no settings
entry, no log of content. The only file written is the sealed report (to the school's drop
folder, or where the member of staff saves it for an email), and once it is sealed the form is
emptied and shows the receipt code.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateTimeEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dsl_desktop.intake.envelope import REPORT_SUFFIX, SealedReport, seal
from dsl_desktop.intake.keyfile import IntakeKey, IntakeKeyError
from dsl_desktop.intake.locate import FoundKey, load_key_file
from dsl_desktop.intake.report import ReportInvalid, StaffReport
from ui.errors import error_text
from ui.shared.builders import ask, button_row, push_button, scroll_body
from ui.widgets import shade


def _wrapped(text: str = "", *, rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


def _bigger(label: QLabel, delta: float, bold: bool = True) -> QLabel:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() + delta)
    font.setBold(bold)
    label.setFont(font)
    return label


class Notice(QFrame):
    """A boxed sentence inside the window (not a pop-up), for the 999 message and problems.

    Like ``ui.widgets.MessageBanner``, kept separate because ``ui.widgets`` imports the vault's
    services (SQLAlchemy and all), which the staff form must not load to start quickly."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        shade(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        self.title = _bigger(_wrapped(), 1)
        self.body = _wrapped()
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        self.hide()

    def show_text(self, title: str, body: str = "") -> None:
        self.title.setText(title)
        self.body.setText(body)
        self.body.setVisible(bool(body))
        self.setAccessibleName(title)
        self.setAccessibleDescription(body)
        self.show()

    def text(self) -> str:
        return "" if self.isHidden() else f"{self.title.text()} {self.body.text()}".strip()


class StaffReportWindow(QWidget):
    """Report a safeguarding concern. ``found`` is the school's intake key (or why there is none)."""

    sealed = Signal(str)
    """The receipt code of a report just sealed and written."""

    def __init__(self, found: FoundKey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key: IntakeKey | None = found.key
        self.key_problem = found.problem
        self.last: SealedReport | None = None
        self.last_path: Path | None = None
        self._report_id: str | None = None
        self.setWindowTitle(self.tr("Report a safeguarding concern"))
        self.setAccessibleName(self.tr("Report a safeguarding concern"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        self.stack.addWidget(self._form_page())
        self.stack.addWidget(self._receipt_page())
        self._show_key()
        self._danger_answered()
        self.resize(760, 700)

    # ---- the form --------------------------------------------------------------------------
    def _form_page(self) -> QWidget:
        scroll = QScrollArea()
        layout = scroll_body(scroll, margins=(24, 20, 24, 20), spacing=12)
        layout.addWidget(_bigger(_wrapped(self.tr("Report a safeguarding concern")), 6))
        self.intro = _wrapped()
        layout.addWidget(self.intro)
        self.key_notice = Notice()
        layout.addWidget(self.key_notice)
        self.key_button = push_button(
            self.tr("Use an intake &key file…"), self.tr("Use an intake key file")
        )
        self.key_button.clicked.connect(self.choose_key)
        layout.addLayout(button_row(self.key_button))

        self.danger_box = QGroupBox(self.tr("First: is anyone in immediate danger?"))
        self.danger_box.setAccessibleName(self.tr("Is anyone in immediate danger?"))
        danger_layout = QVBoxLayout(self.danger_box)
        danger_layout.addWidget(
            _wrapped(
                self.tr(
                    "Immediate danger means someone could be hurt now or very soon: a threat "
                    "of violence, a weapon, someone about to harm themselves or others, or "
                    "about to travel to a conflict zone."
                )
            )
        )
        row = QHBoxLayout()
        self.danger_yes = QRadioButton(self.tr("&Yes, someone is in danger now"))
        self.danger_no = QRadioButton(self.tr("&No"))
        self.danger_group = QButtonGroup(self)
        for button in (self.danger_yes, self.danger_no):
            self.danger_group.addButton(button)
            row.addWidget(button)
            button.toggled.connect(self._danger_answered)
        row.addStretch(1)
        danger_layout.addLayout(row)
        self.call_999 = Notice()
        danger_layout.addWidget(self.call_999)
        layout.addWidget(self.danger_box)

        self.details_box = QGroupBox(self.tr("What happened"))
        form = QFormLayout(self.details_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.reporter = self._line(self.tr("Your name"))
        self.reporter_role = self._line(self.tr("Your role"))
        self.reporter_role.setPlaceholderText(self.tr("For example: teaching assistant, cook"))
        self.person = self._line(self.tr("Who the concern is about"))
        self.person.setPlaceholderText(self.tr("Their name, and class or year if a pupil"))
        self.noticed_at = QDateTimeEdit(QDateTime.currentDateTime())
        self.noticed_at.setCalendarPopup(True)
        self.noticed_at.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.noticed_at.setMaximumDateTime(QDateTime.currentDateTime().addSecs(300))
        self.noticed_at.setAccessibleName(self.tr("When it happened"))
        self.where = self._line(self.tr("Where it happened"))
        self.account = self._text(self.tr("What you saw or heard"))
        self.account.setPlaceholderText(
            self.tr(
                "Write down exactly what was said, in the person's own words, and what you "
                "saw. Keep to the facts; if you add an opinion, say that it is one."
            )
        )
        self.account.setMinimumHeight(120)
        self.present = self._text(self.tr("Who else was there"))
        self.present.setMaximumHeight(70)
        self.action_taken = self._text(self.tr("What you have done so far"))
        self.action_taken.setMaximumHeight(70)
        form.addRow(self._label(self.tr("Your &name *"), self.reporter), self.reporter)
        form.addRow(self._label(self.tr("Your &role"), self.reporter_role), self.reporter_role)
        form.addRow(self._label(self.tr("&Who is it about? *"), self.person), self.person)
        form.addRow(self._label(self.tr("Wh&en?"), self.noticed_at), self.noticed_at)
        form.addRow(self._label(self.tr("W&here?"), self.where), self.where)
        form.addRow(
            self._label(self.tr("What did you &see or hear? *"), self.account), self.account
        )
        form.addRow(self._label(self.tr("Who else was &there?"), self.present), self.present)
        form.addRow(
            self._label(self.tr("What have you &done so far?"), self.action_taken),
            self.action_taken,
        )
        layout.addWidget(self.details_box)
        layout.addWidget(_wrapped(self.tr("* must be filled in")))

        layout.addStretch(1)
        # The problem and the buttons stay in view below the scrolling form.
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(0)
        page_layout.addWidget(scroll, 1)
        footer = QFrame()
        footer.setFrameShape(QFrame.Shape.NoFrame)
        footer_layout = QVBoxLayout(footer)
        footer_layout.setContentsMargins(24, 8, 24, 12)
        page_layout.addWidget(footer)
        self.problem = Notice()
        footer_layout.addWidget(self.problem)
        self.send_button = QPushButton(self.tr("Seal and send to the DS&L"))
        self.send_button.setDefault(True)
        self.send_button.setAccessibleName(self.tr("Seal and send to the DSL"))
        self.send_button.clicked.connect(self.send)
        self.save_button = push_button(
            self.tr("Seal and save &as…"), self.tr("Seal and save as a file for email")
        )
        self.save_button.setToolTip(
            self.tr("Save the sealed report as a file to attach to an email to the DSL")
        )
        self.save_button.clicked.connect(self.save_as)
        footer_layout.addLayout(button_row(self.send_button, self.save_button))
        return page

    def _line(self, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(accessible)
        edit.setMaxLength(300)
        return edit

    def _text(self, accessible: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setAccessibleName(accessible)
        edit.setTabChangesFocus(True)
        return edit

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _receipt_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(14)
        layout.addWidget(_bigger(_wrapped(self.tr("Your report has been sealed")), 6))
        self.receipt_intro = _wrapped()
        layout.addWidget(self.receipt_intro)
        self.receipt_label = _bigger(QLabel(), 14)
        self.receipt_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.receipt_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.receipt_label.setAccessibleName(self.tr("Receipt code"))
        layout.addWidget(self.receipt_label)
        self.receipt_where = _wrapped()
        self.receipt_where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.receipt_where)
        layout.addWidget(
            _wrapped(
                self.tr(
                    "Nothing you typed is kept on this computer: the form has been emptied. "
                    "Only the school's DSL can open the sealed report. If you remember "
                    "something more, or the situation changes, make another report or speak "
                    "to the DSL."
                )
            )
        )
        self.another_button = push_button(
            self.tr("Report &another concern"), self.tr("Report another concern")
        )
        self.another_button.clicked.connect(self.start_again)
        self.close_button = push_button(self.tr("&Close"), self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        layout.addLayout(button_row(self.another_button, self.close_button))
        layout.addStretch(1)
        return page

    # ---- the key ---------------------------------------------------------------------------
    def _show_key(self) -> None:
        key = self.key
        if key is None:
            self.intro.setText(
                self.tr(
                    "Use this form to pass a safeguarding concern to your school's Designated "
                    "Safeguarding Lead (DSL)."
                )
            )
            body = self.tr(
                "Ask your DSL, or the school's IT support, to install the school's intake key "
                "(a file called school.dslintake) on this computer. Until then, tell the DSL "
                "in person or use the school's paper form."
            )
            if self.key_problem:
                body = self.key_problem + " " + body
            self.key_notice.show_text(
                self.tr("This computer is not set up to send reports to a school yet."), body
            )
        else:
            self.key_notice.hide()
            self.intro.setText(
                self.tr(
                    "What you write here is sealed on this computer so that only the DSL of "
                    "%1 can read it. Nothing is kept on this computer."
                ).replace("%1", key.school)
            )
        self.key_button.setVisible(key is None)
        self._danger_answered()

    def choose_key(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("The school's intake key"), "",
            self.tr("Intake key (*.dslintake)"),
        )  # fmt: skip
        if path:
            self.use_key_file(Path(path))

    def use_key_file(self, path: Path) -> None:
        try:
            self.key, self.key_problem = load_key_file(path), ""
        except IntakeKeyError as exc:
            self.key, self.key_problem = None, str(exc)
        self._show_key()

    def drop_folder(self) -> Path | None:
        if self.key is None or not self.key.drop_folder:
            return None
        return Path(self.key.drop_folder)

    # ---- answering -------------------------------------------------------------------------
    def _danger_answered(self) -> None:
        answered = self.danger_yes.isChecked() or self.danger_no.isChecked()
        has_key = self.key is not None
        self.danger_box.setEnabled(has_key)
        self.details_box.setEnabled(has_key and answered)
        folder = self.drop_folder()
        self.send_button.setEnabled(has_key and answered and folder is not None)
        self.save_button.setEnabled(has_key and answered)
        if has_key and folder is None:
            self.send_button.setToolTip(
                self.tr("The school has not named a folder for reports: use Seal and save as.")
            )
        if self.danger_yes.isChecked():
            self.call_999.show_text(
                self.tr("Call 999 now."),
                self.tr(
                    "Phone the police or an ambulance on 999 before anything else, then tell "
                    "the DSL in person straight away. When everyone is safe, come back and "
                    "finish this report."
                ),
            )
        else:
            self.call_999.hide()

    def report(self) -> StaffReport:
        danger = (
            True if self.danger_yes.isChecked() else False if self.danger_no.isChecked() else None
        )
        return StaffReport.from_json(
            {
                "reporter": self.reporter.text(),
                "reporter_role": self.reporter_role.text(),
                "person": self.person.text(),
                "noticed_at": self.noticed_at.dateTime().toPython().isoformat(timespec="minutes"),  # type: ignore[attr-defined]
                "where": self.where.text(),
                "account": self.account.toPlainText(),
                "present": self.present.toPlainText(),
                "immediate_danger": danger,
                "action_taken": self.action_taken.toPlainText(),
            }
        )

    def _missing(self) -> list[str]:
        missing = []
        if not self.reporter.text().strip():
            missing.append(self.tr("your name"))
        if not self.person.text().strip():
            missing.append(self.tr("who the concern is about"))
        if not self.account.toPlainText().strip():
            missing.append(self.tr("what you saw or heard"))
        return missing

    def _sealed(self) -> SealedReport | None:
        if self.key is None:
            return None
        if not (self.danger_yes.isChecked() or self.danger_no.isChecked()):
            self.problem.show_text(self.tr("First answer: is anyone in immediate danger?"))
            return None
        missing = self._missing()
        if missing:
            self.problem.show_text(self.tr("Please fill in %1.").replace("%1", ", ".join(missing)))
            return None
        try:
            report = self.report()
        except ReportInvalid:
            self.problem.show_text(self.tr("Part of the report is too long to send."))
            return None
        if self._report_id is None:
            import secrets

            self._report_id = secrets.token_hex(16)
        return seal(self.key, report, report_id=self._report_id)

    def _write(self, sealed: SealedReport, target: Path) -> bool:
        from db.errors import KnownError
        from db.fsutil import atomic_write

        try:
            atomic_write(target, sealed.data)
        except KnownError as exc:
            self.problem.show_text(
                self.tr("The report could not be written to %1.").replace("%1", str(target.parent)),
                error_text(exc).message
                + " "
                + self.tr("Try Seal and save as, or tell the DSL in person."),
            )
            return False
        return True

    def send(self) -> None:
        folder = self.drop_folder()
        sealed = self._sealed()
        if sealed is None or folder is None:
            return
        if not folder.is_dir():
            self.problem.show_text(
                self.tr("The school's folder for reports cannot be reached: %1").replace(
                    "%1", str(folder)
                ),
                self.tr(
                    "Check that you are connected to the school network, or use Seal and save "
                    "as and email the file to the DSL."
                ),
            )
            return
        target = folder / sealed.file_name
        if self._write(sealed, target):
            self._done(sealed, target, sent=True)

    def save_as(self) -> None:
        sealed = self._sealed()
        if sealed is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the sealed report"), sealed.file_name,
            self.tr("Sealed report (*%1)").replace("%1", REPORT_SUFFIX),
        )  # fmt: skip
        if not path:
            return
        target = Path(path)
        if target.suffix != REPORT_SUFFIX:
            target = target.with_name(target.name + REPORT_SUFFIX)
        if self._write(sealed, target):
            self._done(sealed, target, sent=False)

    def _done(self, sealed: SealedReport, target: Path, *, sent: bool) -> None:
        self.last, self.last_path = sealed, target
        self._clear_fields()
        self.problem.hide()
        self.receipt_label.setText(sealed.receipt)
        if sent:
            intro = self.tr(
                "It is in the school's folder for reports, and the DSL will see it the next "
                "time they open DSL Desktop. Your receipt code is:"
            )
        else:
            intro = self.tr(
                "Attach the saved file to an email to the DSL, then delete it. Your receipt "
                "code is:"
            )
        self.receipt_intro.setText(intro)
        self.receipt_where.setText(
            self.tr("Written to %1. Write the code down: the DSL sees the same code.").replace(
                "%1", str(target)
            )
        )
        self.stack.setCurrentIndex(1)
        self.sealed.emit(sealed.receipt)

    def _clear_fields(self) -> None:
        for line in (self.reporter, self.reporter_role, self.person, self.where):
            line.clear()
        for text in (self.account, self.present, self.action_taken):
            text.clear()
        self.danger_group.setExclusive(False)
        self.danger_yes.setChecked(False)
        self.danger_no.setChecked(False)
        self.danger_group.setExclusive(True)
        self.noticed_at.setDateTime(QDateTime.currentDateTime())
        self._danger_answered()

    def start_again(self) -> None:
        self._report_id = None
        self.stack.setCurrentIndex(0)
        self.danger_yes.setFocus()

    def has_unsent_text(self) -> bool:
        return self.stack.currentIndex() == 0 and any(
            (
                self.reporter.text().strip(), self.person.text().strip(),
                self.account.toPlainText().strip(), self.present.toPlainText().strip(),
                self.action_taken.toPlainText().strip(), self.where.text().strip(),
            )
        )  # fmt: skip

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self.has_unsent_text() and not ask(
            self,
            self.tr("Close without sending?"),
            self.tr(
                "Your report has not been sent. Nothing is kept on this computer, so what "
                "you typed will be lost."
            ),
            QMessageBox.StandardButton.Close,
            QMessageBox.StandardButton.Cancel,
        ):
            event.ignore()
            return
        self._clear_fields()
        event.accept()
