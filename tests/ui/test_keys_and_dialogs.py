"""Keys and closing as a desktop user expects: Enter in a field saves the dialog (it never
presses a button the focus passed on the way), and Escape or Cancel asks before throwing away
what was typed, in the person dialog and the set-up wizard."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from test_concern_flow import click, start

from dsl_desktop.services.people import get_person, search_people
from ui import widgets
from ui.people.page import PeoplePage
from ui.shared.recovery import recovery_sheet_html


def _asks(monkeypatch: Any, answers: list[bool]) -> list[bool]:
    """Answer the "discard what you typed?" question with ``answers`` in turn; returns the log."""
    asked: list[bool] = []

    def answer(_parent: Any) -> bool:
        asked.append(True)
        return answers.pop(0)

    monkeypatch.setattr(widgets, "ask_to_discard", answer)
    return asked


def _person_dialog(session: Any) -> Any:
    page = session.window.page("people")
    assert isinstance(page, PeoplePage)
    session.window.show_page("people")
    dialog = page.add_person()
    dialog.show()
    return dialog


def test_enter_in_the_phone_field_saves_the_person(qtbot, vaults, make_controller) -> None:
    session = start(vaults, make_controller)
    dialog = _person_dialog(session)
    dialog.forenames.setText("Gwŷn")
    dialog.surname.setText("Prys")
    # Tab through the address and its "Add another address" button, then type the phone.
    dialog.addresses.first_edit().setPlainText("1 Stryd Fawr\nLlanfair")
    dialog.addresses.add_button.setFocus()
    dialog.phone.setFocus()
    dialog.phone.setText("01234 567890")
    rows_before = len(dialog.addresses.rows)
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)
    assert len(dialog.addresses.rows) == rows_before, "Enter added an address"
    assert not dialog.isVisible()
    found = search_people(session.ov, "Prys")
    assert [(p.forenames, p.surname) for p in found] == [("Gwŷn", "Prys")]
    assert get_person(session.ov, found[0].id).person.phone == "01234 567890"


def test_escape_asks_before_discarding_a_typed_person(
    qtbot, vaults, make_controller, monkeypatch
) -> None:
    session = start(vaults, make_controller)
    asked = _asks(monkeypatch, [False, True])
    dialog = _person_dialog(session)
    dialog.forenames.setText("Zoë")
    qtbot.keyClick(dialog.forenames, Qt.Key.Key_Escape)
    assert asked == [True] and dialog.isVisible()  # "keep editing"
    assert dialog.forenames.text() == "Zoë"
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Cancel))
    assert asked == [True, True] and not dialog.isVisible()  # "discard"
    assert search_people(session.ov, "Zoë") == []


def test_escape_on_an_untouched_person_dialog_just_closes(
    qtbot, vaults, make_controller, monkeypatch
) -> None:
    session = start(vaults, make_controller)
    asked = _asks(monkeypatch, [])
    dialog = _person_dialog(session)
    qtbot.keyClick(dialog.forenames, Qt.Key.Key_Escape)
    assert asked == [] and not dialog.isVisible()


def test_escape_in_the_wizard_asks_before_losing_what_was_typed(
    qtbot, vaults, make_controller, monkeypatch
) -> None:
    controller = make_controller(vaults())
    controller.start()
    wizard = controller.wizard
    assert wizard is not None
    asked = _asks(monkeypatch, [False, True])
    wizard.next()
    wizard.school_page.form.name.setText("Ysgol Gwŷr")
    qtbot.keyClick(wizard.school_page.form.name, Qt.Key.Key_Escape)
    assert asked == [True] and wizard.isVisible()
    assert wizard.school_page.form.name.text() == "Ysgol Gwŷr"
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    assert asked == [True, True] and not wizard.isVisible()


def test_enter_in_a_wizard_field_moves_on(qtbot, vaults, make_controller, monkeypatch) -> None:
    controller = make_controller(vaults())
    controller.start()
    wizard = controller.wizard
    _asks(monkeypatch, [True])
    wizard.next()
    wizard.school_page.form.name.setText("Ysgol Gwŷr")
    qtbot.keyClick(wizard.school_page.form.name, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.contacts_page


def test_a_wizard_left_untouched_closes_without_asking(
    qtbot, vaults, make_controller, monkeypatch
) -> None:
    controller = make_controller(vaults())
    controller.start()
    wizard = controller.wizard
    asked = _asks(monkeypatch, [])
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert asked == [] and not wizard.isVisible()


def test_file_dialogs_start_in_documents_then_the_last_folder(qtbot, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QWidget

    seen: list[str] = []
    chosen = tmp_path / "reports" / "log.pdf"
    chosen.parent.mkdir()

    def fake_save(_parent, _title, start, _filter=""):
        seen.append(start)
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    monkeypatch.setattr(widgets, "_last_folder", None)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert widgets.save_file_name(parent, "Save", "log.pdf") == str(chosen)
    assert seen[0] == str(widgets.documents_folder() / "log.pdf")
    widgets.save_file_name(parent, "Save", "chronology.pdf")
    assert seen[1] == str(chosen.parent / "chronology.pdf")


def test_the_printed_recovery_code_stays_on_one_line(qapp) -> None:
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QPageSize, QTextDocument

    from db.keyslots import new_recovery_code, normalise_recovery_code

    code = new_recovery_code()
    doc = QTextDocument()
    doc.setHtml(recovery_sheet_html("Ysgol Gwŷr", code))
    a4 = QPageSize(QPageSize.PageSizeId.A4).size(QPageSize.Unit.Point)
    doc.setPageSize(QSizeF(a4.width() - 2 * 72, a4.height()))  # an A4 page's printable width
    doc.documentLayout()
    block = doc.begin()
    while block.isValid() and normalise_recovery_code(block.text()) != code.replace("-", ""):
        block = block.next()
    assert block.isValid(), "the code is on the sheet"
    assert block.layout().lineCount() == 1
    assert "-" not in block.text()  # non-breaking hyphens: no line break at a hyphen
