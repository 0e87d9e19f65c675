"""Reviewing the wording of each section of the referral form before it is generated."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dsl_desktop.pdf.referral import PRINT_ORDER
from dsl_desktop.referral_form import ReferralSection
from ui.widgets import caption


def _same(a: str, b: str) -> bool:
    """Equal apart from line endings and spaces at the ends of lines or of the text."""

    def norm(text: str) -> str:
        lines = text.replace("\r\n", "\n").replace("\r", "\n").strip().split("\n")
        return "\n".join(line.rstrip() for line in lines)

    return norm(a) == norm(b)


class SectionEditor(QFrame):
    """One section: its heading, its wording, a marker once changed and a way back."""

    changed = Signal()

    def __init__(self, section: ReferralSection, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.title = title.replace("&", "")
        self.generated = ""
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        top = QHBoxLayout()
        self.heading = QLabel(title)
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() + 1)
        self.heading.setFont(font)
        top.addWidget(self.heading)
        self.marker = QLabel()
        self.marker.setAccessibleName(self.tr("Changed"))
        marker_font = QFont(self.marker.font())
        marker_font.setItalic(True)
        self.marker.setFont(marker_font)
        self.marker.setForegroundRole(QPalette.ColorRole.Highlight)
        top.addWidget(self.marker, 1)
        self.reset_button = QPushButton(self.tr("Reset to generated"))
        self.reset_button.setAccessibleName(
            self.tr("Reset “%1” to the generated wording").replace("%1", self.title)
        )
        self.reset_button.setToolTip(self.tr("Go back to the wording made from the case record"))
        top.addWidget(self.reset_button)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setAccessibleName(
            self.tr("Copy “%1” as plain text").replace("%1", self.title)
        )
        self.copy_button.setToolTip(
            self.tr("Copy this section's text, to paste into an online referral form")
        )
        top.addWidget(self.copy_button)
        layout.addLayout(top)
        self.copied_note = QLabel()
        self.copied_note.setAccessibleName(self.tr("Copied"))
        self.copied_note.hide()
        layout.addWidget(self.copied_note)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName(self.title)
        self.heading.setBuddy(self.edit)
        layout.addWidget(self.edit)
        self.edit.textChanged.connect(self._text_changed)
        self.reset_button.clicked.connect(self.reset)
        self.copy_button.clicked.connect(self.copy)
        self._show_state()

    def printed_text(self) -> str:
        """What will be printed for this section: the DSL's wording, else the generated one."""
        text = self.text()
        return text if text.strip() else self.generated

    def copy(self) -> str:
        """Put the section's text on the clipboard (line endings as typed); returns it."""
        text = self.printed_text().strip("\n")
        QApplication.clipboard().setText(text)
        self.copied_note.setText(
            self.tr("Copied “%1” to the clipboard: paste it into the matching box of the "
                    "online form.").replace("%1", self.title)
        )  # fmt: skip
        self.copied_note.show()
        return text

    def set_generated(self, text: str, wording: str | None = None) -> None:
        """The wording made from the case; ``wording`` (the DSL's own) is shown instead if given."""
        self.generated = text
        self.edit.setPlainText(text if wording is None else wording)
        # Tall enough for the whole section, so the page scrolls rather than each box.
        lines = max(4, min(40, self.edit.document().blockCount() + 1))
        self.edit.setMinimumHeight(self.edit.fontMetrics().lineSpacing() * lines + 14)
        self._show_state()

    def text(self) -> str:
        return self.edit.toPlainText()

    def is_changed(self) -> bool:
        return not _same(self.text(), self.generated) and bool(self.text().strip())

    def reset(self) -> None:
        self.edit.setPlainText(self.generated)
        self.edit.setFocus()

    def _text_changed(self) -> None:
        self._show_state()
        self.changed.emit()

    def _show_state(self) -> None:
        changed = self.is_changed()
        if changed:
            self.marker.setText(
                self.tr("✎ Changed — your wording will be printed in place of the generated text")
            )
        elif not self.text().strip() and self.generated.strip():
            self.marker.setText(self.tr("Empty — the generated wording will be printed"))
        else:
            self.marker.clear()
        self.setBackgroundRole(
            QPalette.ColorRole.AlternateBase if changed else QPalette.ColorRole.Window
        )
        self.edit.setAccessibleDescription(self.marker.text())
        self.reset_button.setEnabled(not _same(self.text(), self.generated))


class ReferralReviewPanel(QWidget):
    """Every section of the referral form as editable text, generated from the case.

    ``edited()`` gives the sections whose wording the DSL has changed (to pass to
    ``referrals.generate_referral``).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Referral wording"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = caption(
            self.tr(
                "Each section below was written from the case record. Read it through and "
                "change the wording where it helps the reader; what you change is printed in "
                "place of the generated text, and the change is kept on the case record. "
                "To change the facts themselves, correct the case record instead."
            )
        )
        layout.addWidget(intro)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Changed sections"))
        layout.addWidget(self.summary)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        self.sections_layout = QVBoxLayout(inner)
        self.sections_layout.setContentsMargins(0, 0, 6, 0)
        self.editors: dict[ReferralSection, SectionEditor] = {}
        for section, title in self.section_titles().items():
            editor = SectionEditor(section, title)
            editor.changed.connect(self._changed)
            self.sections_layout.addWidget(editor)
            self.editors[section] = editor
        self.sections_layout.addStretch(1)
        self.scroll_area.setWidget(inner)
        layout.addWidget(self.scroll_area, 1)
        self._update_summary()

    def section_titles(self) -> dict[ReferralSection, str]:
        """Headings with mnemonics, in the order the form prints them (``PRINT_ORDER``: the
        National Prevent Referral Form's)."""
        titles = {
            ReferralSection.PERSON: self.tr("&About the person"),
            ReferralSection.CONCERN: self.tr("The &concern"),
            ReferralSection.INFORMATION: self.tr("&Information and where it came from"),
            ReferralSection.NEEDS: self.tr("Complex &needs and vulnerabilities"),
            ReferralSection.OTHER: self.tr("&Other information"),
            ReferralSection.CHECKS: self.tr("Chec&ks already made"),
            ReferralSection.WORRIES: self.tr("What we are &worried about"),
            ReferralSection.REFERRER: self.tr("&Referrer"),
        }
        return {section: titles[section] for section in PRINT_ORDER}

    def set_sections(
        self,
        generated: Mapping[ReferralSection, str],
        wording: Mapping[ReferralSection, str] | None = None,
    ) -> None:
        """Show the generated wording, with the DSL's own ``wording`` for some sections."""
        mine = wording or {}
        for section, editor in self.editors.items():
            editor.blockSignals(True)
            editor.set_generated(generated.get(section, ""), mine.get(section))
            editor.blockSignals(False)
        self._changed()
        self.scroll_area.verticalScrollBar().setValue(0)

    def editor(self, section: ReferralSection) -> QPlainTextEdit:
        return self.editors[section].edit

    def text(self, section: ReferralSection) -> str:
        return self.editors[section].text()

    def set_text(self, section: ReferralSection, text: str) -> None:
        self.editors[section].edit.setPlainText(text)

    def is_changed(self, section: ReferralSection) -> bool:
        return self.editors[section].is_changed()

    def changed_sections(self) -> list[ReferralSection]:
        return [s for s, editor in self.editors.items() if editor.is_changed()]

    def edited(self) -> dict[ReferralSection, str]:
        return {s: self.editors[s].text() for s in self.changed_sections()}

    def reset(self, section: ReferralSection) -> None:
        self.editors[section].reset()

    def reset_all(self) -> None:
        for editor in self.editors.values():
            if editor.is_changed() or not editor.text().strip():
                editor.reset()

    def focus_first(self) -> None:
        next(iter(self.editors.values())).edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _changed(self) -> None:
        for editor in self.editors.values():
            editor.copied_note.hide()
        self._update_summary()
        self.changed.emit()

    def _update_summary(self) -> None:
        changed = self.changed_sections()
        if not changed:
            self.summary.setText(self.tr("No section changed: the generated wording will be used."))
        else:
            titles = ", ".join(self.editors[s].title for s in changed)
            if len(changed) == 1:
                text = self.tr("1 section in your own words: %1")
            else:
                text = self.tr("%n sections in your own words: %1").replace("%n", str(len(changed)))
            self.summary.setText(text.replace("%1", titles))
