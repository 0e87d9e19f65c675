"""The referral form on screen: the page preview, the wording review, the dialogs that generate,
print, save and record sending, and the decision record dialog. Real widgets, a real vault."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog
from sqlalchemy import select
from uitest_data import DSL_NAME, PASSPHRASE

from db.models import Amendment, AuditEvent
from db.vault import OpenVault, Vault
from dsl_desktop.domain import Outcome, Role
from dsl_desktop.referral_form import ReferralSection
from dsl_desktop.services import accounts, drafts
from dsl_desktop.services import referrals as rs
from tests.referral_cases import DETAILS, make_case
from ui.main_window import MainWindow
from ui.pages import PageContext
from ui.referral import DecisionRecordDialog, PdfPreview, ReferralDialog, ReferralReviewPanel
from ui.referral import output as output_module
from ui.referral.preview import print_pdf, render_pages

REVIEWER = "rjones"
REVIEWER_PASSPHRASE = "granite osprey window 77"


# ---- helpers ------------------------------------------------------------------------------------
def dark_pixels(image: QImage, threshold: int = 100) -> int:
    """How many pixels are darker than ``threshold`` (0 black .. 255 white)."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, per_line = gray.width(), gray.bytesPerLine()
    bits = bytes(gray.constBits())
    rows = b"".join(bits[y * per_line : y * per_line + width] for y in range(gray.height()))
    return sum(rows.count(bytes([value])) for value in range(threshold))


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)


def audit_actions(ov: OpenVault, prefix: str) -> list[str]:
    with ov.reading() as s:
        actions = s.scalars(select(AuditEvent.action).order_by(AuditEvent.seq))
        return [a for a in actions if a.startswith(prefix)]


class Session:
    def __init__(self, vault: Vault, window: MainWindow, controller: Any) -> None:
        self.vault = vault
        self.window = window
        self.controller = controller
        assert window.context is not None
        self.ctx: PageContext = window.context

    @property
    def ov(self) -> OpenVault:
        return self.ctx.vault


def start(vaults: Any, make_controller: Any, sign_in_name: str = DSL_NAME,
          passphrase: str = PASSPHRASE, vault: Vault | None = None) -> Session:  # fmt: skip
    vault = vault or vaults.create()
    controller = make_controller(vault)
    # Only the Home page: these tests are about the referral dialogs, not the other pages.
    controller.pages = [p for p in controller.pages if p.key == "home"]
    window = controller.enter(vault.unlock(sign_in_name, passphrase))
    return Session(vault, window, controller)


def activate(qtbot: Any, window: Any) -> None:
    """Make ``window`` the active window, so that its keyboard shortcuts apply."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


class FakePrintDialog:
    """Stands in for the modal print dialog: 'prints' to a PDF file and says OK."""

    DialogCode = QPrintDialog.DialogCode
    target: Path = Path()
    seen: list[QPrinter] = []

    def __init__(self, printer: QPrinter, parent: Any = None) -> None:
        self.printer = printer

    def setWindowTitle(self, title: str) -> None:  # noqa: N802 (Qt's name)
        self.title = title

    def setMinMax(self, low: int, high: int) -> None:  # noqa: N802
        self.range = (low, high)

    def setOption(self, *args: Any) -> None:  # noqa: N802
        pass

    def exec(self) -> QPrintDialog.DialogCode:
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(FakePrintDialog.target))
        FakePrintDialog.seen.append(self.printer)
        return QPrintDialog.DialogCode.Accepted


@pytest.fixture
def fake_printer(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    FakePrintDialog.target = tmp_path / "printed.pdf"
    FakePrintDialog.seen = []
    monkeypatch.setattr(output_module, "QPrintDialog", FakePrintDialog)
    return FakePrintDialog.target


@pytest.fixture
def save_to(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    chosen = tmp_path / "chosen"  # no .pdf: the app adds it
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(chosen), ""))
    )
    return chosen.with_name("chosen.pdf")


# ---- the preview ---------------------------------------------------------------------------------
def test_preview_shows_pages_and_zooms(qtbot, vaults, make_controller) -> None:
    session = start(vaults, make_controller)
    case = make_case(session.ov)
    data = rs.referral_pdf(session.ov, rs.generate_referral(session.ov, case.concern_id))
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.resize(900, 700)
    preview.show()
    qtbot.waitExposed(preview)
    assert preview.page_count() == 0 and preview.page_count_label.text() == "No document"
    assert not preview.zoom_in_button.isEnabled()

    preview.set_pdf(data)
    pages = len(PdfReader(io.BytesIO(data)).pages)  # the form's length is the core's to set
    assert pages >= 3
    assert preview.page_count() == pages and preview.page_count_label.text() == f"{pages} pages"
    first = preview.page_image(0)
    assert dark_pixels(first) > 5000  # text, rules and headings were drawn
    blank = QImage(first.size(), QImage.Format.Format_RGB32)
    blank.fill(Qt.GlobalColor.white)
    assert dark_pixels(blank) == 0
    # Fitted to the width: the page fills the view, less the margins.
    room = preview.scroll_area.viewport().width()
    assert room * 0.8 < preview.page_label(0).width() <= room

    preview.set_zoom(1.0)
    assert not preview.fit_width_enabled() and preview.zoom_label.text() == "100%"
    width_100 = preview.page_label(0).width()
    assert abs(width_100 - 595.3 * preview.logicalDpiX() / 72) < 2
    with qtbot.waitSignal(preview.zoom_changed):
        qtbot.mouseClick(preview.zoom_in_button, Qt.MouseButton.LeftButton)
    assert preview.zoom() == pytest.approx(1.1) and preview.page_label(0).width() > width_100
    preview.zoom_out()
    preview.zoom_out()
    assert preview.zoom() == pytest.approx(0.9) and preview.zoom_label.text() == "90%"
    for _ in range(20):
        preview.zoom_out()
    assert preview.zoom() == pytest.approx(0.25) and not preview.zoom_out_button.isEnabled()
    qtbot.mouseClick(preview.fit_button, Qt.MouseButton.LeftButton)
    assert preview.fit_width_enabled()
    assert preview.page_label(0).width() > width_100 * 0.8
    assert preview.page_label(pages - 1).accessibleName() == f"Page {pages} of {pages}"


def test_rendered_page_matches_pdfium_and_is_upright(qtbot, vaults, make_controller) -> None:
    session = start(vaults, make_controller)
    case = make_case(session.ov)
    data = rs.decision_record_pdf(session.ov, case.concern_id)
    (image,) = list(render_pages(data, 72, [0]))
    assert abs(image.width() - 595.3) < 1 and abs(image.height() - 841.9) < 1  # A4 at 72 dpi
    # The OFFICIAL-SENSITIVE marking is at the top of the page, not the bottom half only.
    top = image.copy(0, 0, image.width(), 60)
    assert dark_pixels(top) > 50
    document = pdfium.PdfDocument(data)
    try:
        assert len(document) == 2
    finally:
        document.close()


# ---- the review panel ------------------------------------------------------------------------------
def test_review_panel_marks_changes_and_resets(qtbot, vaults, make_controller) -> None:
    session = start(vaults, make_controller)
    case = make_case(session.ov)
    drafts_text = rs.draft_sections(session.ov, case.concern_id)
    panel = ReferralReviewPanel()
    qtbot.addWidget(panel)
    panel.resize(800, 900)
    panel.show()
    panel.set_sections(drafts_text)
    assert (
        panel.edited() == {}
        and panel.text(ReferralSection.PERSON) == drafts_text[ReferralSection.PERSON]
    )
    assert panel.summary.text().startswith("No section changed")
    worries = panel.editors[ReferralSection.WORRIES]
    assert worries.marker.text() == "" and not worries.reset_button.isEnabled()

    with qtbot.waitSignal(panel.changed):
        panel.set_text(ReferralSection.WORRIES, "Gwŷn is being drawn in, Siân fears; Zoë agrees.")
    assert panel.is_changed(ReferralSection.WORRIES)
    assert worries.marker.text().startswith("✎ Changed")
    assert worries.reset_button.isEnabled()
    assert panel.summary.text() == "1 section in your own words: What we are worried about"

    editor = panel.editor(ReferralSection.OTHER)
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " Also on Discord.")
    # In the order the form prints them: what worries us belongs to the concerns, before
    # the other information.
    assert panel.changed_sections() == [ReferralSection.WORRIES, ReferralSection.OTHER]
    assert panel.edited()[ReferralSection.OTHER].endswith("Also on Discord.")
    assert panel.summary.text().startswith("2 sections in your own words")

    qtbot.mouseClick(worries.reset_button, Qt.MouseButton.LeftButton)
    assert not panel.is_changed(ReferralSection.WORRIES)
    assert panel.text(ReferralSection.WORRIES) == drafts_text[ReferralSection.WORRIES]
    # Trailing spaces or line ends alone are not a change.
    panel.set_text(ReferralSection.NEEDS, drafts_text[ReferralSection.NEEDS] + "  \n")
    assert not panel.is_changed(ReferralSection.NEEDS)
    panel.set_text(ReferralSection.REFERRER, "")
    assert panel.editors[ReferralSection.REFERRER].marker.text().startswith("Empty")
    panel.reset_all()
    assert panel.edited() == {} and panel.text(ReferralSection.REFERRER)
    # The headings carry mnemonics and lead to their text boxes.
    assert panel.editors[ReferralSection.CONCERN].heading.buddy() is panel.editor(
        ReferralSection.CONCERN
    )
    assert panel.editor(ReferralSection.CONCERN).accessibleName() == "The concern"


# ---- the referral dialog ---------------------------------------------------------------------------
def test_generate_preview_print_save_and_record_sending(
    qtbot, vaults, make_controller, fake_printer: Path, save_to: Path
) -> None:
    session = start(vaults, make_controller)
    case = make_case(session.ov)
    dialog = ReferralDialog(session.ctx, case.concern_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.stack.currentIndex() == ReferralDialog.REVIEW_PAGE
    assert dialog.title_label.text() == "Prevent referral for Gwŷn Siân Prys (C-2026-0001)"
    assert not dialog.show_latest_button.isVisible()
    mine = "We fear adults online are drawing Gwŷn in; Kateřina shares the worry."
    dialog.review.set_text(ReferralSection.WORRIES, mine)

    # The case leaves some questions open: the dialog lists them and lets the DSL go on.
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    assert dialog.unanswered_panel.isVisible()
    assert dialog.stack.currentIndex() == ReferralDialog.REVIEW_PAGE
    assert "\u2022 " in dialog.unanswered_list.text()
    with qtbot.waitSignal(dialog.generated) as generated:
        qtbot.mouseClick(dialog.go_on_button, Qt.MouseButton.LeftButton)
    referral_id = generated.args[0]
    assert dialog.stack.currentIndex() == ReferralDialog.DOCUMENT_PAGE
    pages = len(PdfReader(io.BytesIO(dialog.document_actions.data)).pages)
    assert dialog.preview.page_count() == pages >= 3
    assert dark_pixels(dialog.preview.page_image(0)) > 5000
    assert "In your own words: What we are worried about." in dialog.form_status.text()
    with session.ov.reading() as s:
        fields = list(s.scalars(select(Amendment.field)))
    assert fields == ["wording.worries"]
    stored = rs.referral_pdf(session.ov, referral_id)
    assert mine in pdf_text(stored)

    # Print: the patched dialog sends the pages to a PDF file.
    qtbot.mouseClick(dialog.document_actions.print_button, Qt.MouseButton.LeftButton)
    assert dialog.document_actions.status.text() == f"Sent to the printer ({pages} pages)."
    printed = PdfReader(str(fake_printer))
    assert len(printed.pages) == pages

    def first_page(source: Any) -> QImage:
        document = pdfium.PdfDocument(source)
        try:
            page = document[0]
            bitmap = page.render(scale=0.5, prefer_bgrx=True)
            image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGB32).copy()  # fmt: skip
            bitmap.close()
            page.close()
        finally:
            document.close()
        return image

    # The printed page carries the form, not a blank sheet (printing rasterises and scales it
    # to the printable area, so it carries less ink than the PDF drawn at the same size).
    ink = dark_pixels(first_page(stored))
    assert ink > 1000 and dark_pixels(first_page(str(fake_printer))) > ink * 0.3
    assert FakePrintDialog.seen[0].docName() == "Prevent referral C-2026-0001"

    # Save with Ctrl+S: the exact stored form, with ".pdf" added to the chosen name.
    activate(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert save_to.read_bytes() == stored
    assert dialog.document_actions.status.text() == f"Saved to {save_to}"
    assert audit_actions(session.ov, "referral.") == [
        "referral.section_edited", "referral.generated", "referral.printed", "referral.saved"
    ]  # fmt: skip

    # Record sending.
    assert dialog.sent_to.text() == "prevent@police.example.uk"  # the school's local contact
    sent_at = dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(hours=2)
    from PySide6.QtCore import QDateTime

    dialog.sent_at.setDateTime(QDateTime(sent_at))
    dialog.sent_how.setCurrentText("Secure email")
    dialog.police_reference.setText("NWP/0042/26")
    with qtbot.waitSignal(dialog.sent) as sent:
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert sent.args == [referral_id]
    assert not dialog.banner.isVisible()
    assert dialog.sent_summary.text() == (
        f"Sent on {sent_at:%d/%m/%Y %H:%M} to prevent@police.example.uk, by Secure email. "
        "Police reference: NWP/0042/26."
    )
    assert not dialog.record_button.isVisible() and not dialog.new_version_button.isVisible()
    latest = rs.referral_overview(session.ov, case.concern_id).latest
    assert (
        latest is not None
        and latest.sent_at == sent_at
        and latest.police_reference == "NWP/0042/26"
    )


def test_a_new_version_starts_from_the_last_wording(qtbot, vaults, make_controller) -> None:
    session = start(vaults, make_controller)
    case = make_case(session.ov)
    first = rs.generate_referral(session.ov, case.concern_id, {ReferralSection.OTHER: "Mine."})
    dialog = ReferralDialog(session.ctx, case.concern_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.stack.currentIndex() == ReferralDialog.DOCUMENT_PAGE
    assert dialog.referral_id == first and dialog.new_version_button.isVisible()
    qtbot.mouseClick(dialog.new_version_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == ReferralDialog.REVIEW_PAGE
    assert dialog.review.edited() == {ReferralSection.OTHER: "Mine."}
    assert dialog.show_latest_button.isVisible()
    qtbot.mouseClick(dialog.show_latest_button, Qt.MouseButton.LeftButton)
    assert (
        dialog.stack.currentIndex() == ReferralDialog.DOCUMENT_PAGE and dialog.referral_id == first
    )


def test_unfinished_wording_survives_a_lock(qtbot, vaults, make_controller) -> None:
    session = start(vaults, make_controller)
    case = make_case(session.ov)
    dialog = ReferralDialog(session.ctx, case.concern_id)
    qtbot.addWidget(dialog)
    dialog.show()
    text = "Gwŷn has told Zoë he wants to travel; we are very worried."
    dialog.review.set_text(ReferralSection.WORRIES, text)
    qtbot.waitUntil(
        lambda: drafts.load_draft(session.ov, dialog.draft_key) is not None, timeout=3000
    )
    dialog.review.set_text(ReferralSection.CHECKS, "Checked with Siân.")  # not yet saved
    session.controller.lock()
    assert not dialog.isVisible() and session.ov.closed

    again = start(vaults, make_controller, vault=session.vault)
    reopened = ReferralDialog(again.ctx, case.concern_id)
    qtbot.addWidget(reopened)
    reopened.show()
    assert reopened.review.edited() == {
        ReferralSection.CHECKS: "Checked with Siân.",
        ReferralSection.WORRIES: text,
    }
    assert reopened.banner.message().startswith("Your unfinished wording was kept")
    with qtbot.waitSignal(reopened.generated):
        qtbot.mouseClick(reopened.generate_button, Qt.MouseButton.LeftButton)
        if reopened.unanswered_panel.isVisible():
            qtbot.mouseClick(reopened.go_on_button, Qt.MouseButton.LeftButton)
    assert drafts.load_draft(again.ov, reopened.draft_key) is None


def test_a_concern_decided_otherwise_gets_a_clear_message(qtbot, vaults, make_controller) -> None:
    session = start(vaults, make_controller)
    case = make_case(session.ov, outcome=Outcome.NO_FURTHER_ACTION)
    dialog = ReferralDialog(session.ctx, case.concern_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.banner.message().startswith("This concern's decision is not a Prevent referral.")
    assert not dialog.stack.isVisible()
    assert audit_actions(session.ov, "referral.") == []


def test_a_reviewer_reads_and_prints_but_changes_nothing(
    qtbot, vaults, make_controller, fake_printer: Path
) -> None:
    dsl = start(vaults, make_controller)
    case = make_case(dsl.ov)
    rs.generate_referral(dsl.ov, case.concern_id)
    accounts.add_account(
        dsl.ov, sign_in_name=REVIEWER, display_name="Mr Rhodri Jones", role=Role.REVIEWER,
        passphrase=REVIEWER_PASSPHRASE, kdf=dsl.controller.kdf,
    )  # fmt: skip
    dsl.controller.lock()
    reviewer = start(vaults, make_controller, REVIEWER, REVIEWER_PASSPHRASE, vault=dsl.vault)
    dialog = ReferralDialog(reviewer.ctx, case.concern_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.stack.currentIndex() == ReferralDialog.DOCUMENT_PAGE
    assert dialog.preview.page_count() == len(
        PdfReader(io.BytesIO(dialog.document_actions.data)).pages
    )
    assert not dialog.new_version_button.isVisible()
    assert not dialog.record_button.isVisible() and not dialog.sent_to.isVisible()
    assert dialog.sent_summary.text() == "Not recorded as sent."
    qtbot.mouseClick(dialog.document_actions.print_button, Qt.MouseButton.LeftButton)
    assert fake_printer.exists()
    assert audit_actions(reviewer.ov, "referral.printed") == ["referral.printed"]


# ---- the decision record dialog ----------------------------------------------------------------------
def test_decision_record_dialog_for_no_further_action(
    qtbot, vaults, make_controller, fake_printer: Path, save_to: Path
) -> None:
    session = start(vaults, make_controller)
    case = make_case(session.ov, outcome=Outcome.NO_FURTHER_ACTION)
    dialog = DecisionRecordDialog(session.ctx, case.concern_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Decision record — C-2026-0001"
    assert dialog.preview.page_count() == 2
    assert dark_pixels(dialog.preview.page_image(1)) > 2000
    activate(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(PdfReader(str(fake_printer)).pages) == 2
    qtbot.mouseClick(dialog.document_actions.save_button, Qt.MouseButton.LeftButton)
    text = pdf_text(save_to.read_bytes())
    assert "No further action" in text and "Gwŷn Siân" in text
    assert audit_actions(session.ov, "decision_record.") == [
        "decision_record.generated", "decision_record.printed", "decision_record.saved"
    ]  # fmt: skip


def test_save_failure_is_shown_in_the_dialog(
    qtbot, vaults, make_controller, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    session = start(vaults, make_controller)
    case = make_case(session.ov, outcome=Outcome.NO_FURTHER_ACTION)
    dialog = DecisionRecordDialog(session.ctx, case.concern_id)
    qtbot.addWidget(dialog)
    dialog.show()
    missing = tmp_path / "no such folder" / "record.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(missing), ""))
    )
    qtbot.mouseClick(dialog.document_actions.save_button, Qt.MouseButton.LeftButton)
    assert dialog.banner.message().startswith(f"The folder {missing.parent} does not exist")
    assert audit_actions(session.ov, "decision_record.saved") == []


def test_details_keys_reach_the_dialog(qtbot, vaults, make_controller) -> None:
    """The wording under review comes from the case's referral details."""
    session = start(vaults, make_controller)
    case = make_case(session.ov)
    dialog = ReferralDialog(session.ctx, case.concern_id)
    qtbot.addWidget(dialog)
    assert DETAILS["online_activity"] in dialog.review.text(ReferralSection.CONCERN)
    assert "Telegram: @dragonfire09" in dialog.review.text(ReferralSection.OTHER)


def test_print_honours_a_page_range(qtbot, vaults, make_controller, tmp_path: Path) -> None:
    session = start(vaults, make_controller)
    case = make_case(session.ov)
    data = rs.referral_pdf(session.ov, rs.generate_referral(session.ov, case.concern_id))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "pages-2-3.pdf"))
    printer.setFromTo(2, 3)
    assert print_pdf(data, printer) == 2
    assert len(PdfReader(str(tmp_path / "pages-2-3.pdf")).pages) == 2


def test_documents_follow_the_app_language(qtbot, vaults, make_controller, save_to: Path) -> None:
    """In the Welsh app the decision record is printed in Welsh and English."""
    from PySide6.QtWidgets import QApplication

    from ui import i18n

    session = start(vaults, make_controller)
    case = make_case(session.ov, outcome=Outcome.NO_FURTHER_ACTION)
    app = QApplication.instance()
    assert app is not None
    assert i18n.install(app, "cy")
    try:
        dialog = DecisionRecordDialog(session.ctx, case.concern_id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.mouseClick(dialog.document_actions.save_button, Qt.MouseButton.LeftButton)
        text = pdf_text(save_to.read_bytes())
    finally:
        i18n.install(app, "en")
    assert "Y person" in text and "The person" in text
    assert PdfReader(str(save_to)).trailer["/Root"]["/Lang"] == "cy-GB"


def test_save_as_never_writes_over_the_vaults_own_files(
    qtbot, vaults, make_controller, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    session = start(vaults, make_controller)
    case = make_case(session.ov, outcome=Outcome.NO_FURTHER_ACTION)
    dialog = DecisionRecordDialog(session.ctx, case.concern_id)
    qtbot.addWidget(dialog)
    dialog.show()
    data_dir = session.vault.data_dir
    link = tmp_path / "record.pdf"
    link.symlink_to(data_dir / "vault.db")  # the same file under an innocent name
    kept = (data_dir / "vault.db").read_bytes()
    for chosen in (data_dir / "vault.keys", data_dir / "audit.head", link):
        before = chosen.read_bytes()
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", staticmethod(lambda *a, c=chosen, **k: (str(c), ""))
        )
        qtbot.mouseClick(dialog.document_actions.save_button, Qt.MouseButton.LeftButton)
        assert "one of the vault's own files" in dialog.banner.message()
        assert chosen.read_bytes() == before
    assert (data_dir / "vault.db").read_bytes()[:4096] == kept[:4096]
    assert audit_actions(session.ov, "decision_record.saved") == []
