"""With the UI in Welsh, the vault's and the domain's errors are said in Welsh: the wrong
passphrase, a vault held by another program, a record not found, a date in the future. Each is a
real error from the real core, shown by the app's own screens (the unlock window, the Add person
dialog, the message box), and no English sentence of it is left on screen."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from test_concern_flow import click, start
from test_errors_by_cause import _add_person
from uitest_data import DSL_NAME

from db.errors import KnownError, NotFound, WrongPassphrase
from dsl_desktop.services import records
from dsl_desktop.services.people import InvalidInput
from tests.unit.test_error_family import write_lock_held
from tests.unit.test_translations import welsh as welsh  # the Welsh catalogue installed
from ui import i18n
from ui.errors import error_text, show_vault_error
from ui.unlock_window import UnlockWindow


def _no_english(shown: str, error: KnownError) -> None:
    assert error.message not in shown
    assert not error.advice or error.advice not in shown


def test_a_wrong_passphrase_is_said_in_welsh(
    qtbot: Any, vaults: Any, make_controller: Any, welsh: None
) -> None:
    controller = make_controller(vaults.create())
    controller.start()
    window = controller.unlock_window
    assert isinstance(window, UnlockWindow)
    window.account_combo.setCurrentText(DSL_NAME)
    window.passphrase_edit.setText("not the passphrase at all")
    click(qtbot, window.unlock_button)
    assert controller.main_window is None
    shown = window.banner.message()
    assert "Nid yw'r enw mewngofnodi na'r cyfrinymadrodd yn gywir." in shown
    assert "Gwiriwch y cyfrif a rhowch gynnig arall arni, neu defnyddiwch y cod adfer." in shown
    _no_english(shown, WrongPassphrase("The sign-in name or passphrase is not right."))


@pytest.mark.qt_no_exception_capture
def test_a_vault_held_by_another_program_is_said_in_welsh(
    qtbot: Any, vaults: Any, make_controller: Any, monkeypatch: Any, welsh: None
) -> None:
    session = start(vaults, make_controller)
    with write_lock_held(session.ov, monkeypatch, 50):
        dialog = _add_person(qtbot, session)
    assert dialog.isVisible()  # nothing typed is lost
    shown = dialog.banner.message()
    assert "Mae'r gladdgell yn cael ei defnyddio gan raglen arall." in shown
    assert "Caewch unrhyw gopi arall o DSL Desktop" in shown
    assert "The vault is in use by another program." not in shown
    assert "Close any other copy" not in shown


def _shown_in_a_message_box(monkeypatch: Any, error: KnownError) -> str:
    """The text of the app's message box for ``error`` (its modal loop replaced)."""
    shown: list[str] = []

    def note(box: QMessageBox) -> int:
        shown.append(f"{box.text()} {box.informativeText()}")
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", note)
    show_vault_error(None, error)
    assert len(shown) == 1
    return shown[0]


def test_not_found_and_a_future_date_are_said_in_welsh(
    vaults: Any, make_controller: Any, monkeypatch: Any, welsh: None
) -> None:
    session = start(vaults, make_controller)
    with pytest.raises(NotFound) as missing:
        records.confirm_receipt(session.ov, 987_654, dt.date.today())
    shown = _shown_in_a_message_box(monkeypatch, missing.value)
    assert "Ni chafwyd y trosglwyddiad hwnnw." in shown
    assert "Efallai ei fod wedi'i ddileu eisoes." in shown
    _no_english(shown, missing.value)

    with pytest.raises(InvalidInput) as future:
        records.confirm_receipt(session.ov, 1, dt.date.today() + dt.timedelta(days=1))
    shown = _shown_in_a_message_box(monkeypatch, future.value)
    assert "Ni all y dyddiad derbyn fod yn y dyfodol." in shown
    assert "Cywirwch y manylion sydd wedi'u hamlygu a chadw eto." in shown
    _no_english(shown, future.value)


def test_values_are_put_into_the_welsh_and_english_stays_english(
    qapp: QApplication, welsh: None
) -> None:
    error = InvalidInput("Keep between 1 and {most} automatic backups.", most=30)
    assert error_text(error).message == "Cadwch rhwng 1 a 30 o gopïau wrth gefn awtomatig."
    assert i18n.install(qapp, i18n.ENGLISH)  # the same error on an English screen
    assert error_text(error) == (error.message, error.advice)


def test_a_step_refused_at_the_concerns_stage_is_said_in_welsh_with_what_was_tried(
    qapp: QApplication, welsh: None
) -> None:
    from dsl_desktop.services.concerns.base import CLOSED_REFUSAL, WrongStage

    closed = WrongStage(CLOSED_REFUSAL, reference="C-2026-0007", doing="record a decision")
    assert error_text(closed).message == (
        "Mae pryder C-2026-0007 ar gau, felly nid oes modd cofnodi penderfyniad. Cofnodwch "
        "wybodaeth newydd fel pryder newydd am yr un person."
    )
    early = WrongStage(
        "You can {doing} at the {where} stage; concern {reference} is at {stage}.",
        doing="add information",
        where="Notice or Check",
        reference="C-2026-0007",
        stage="Share",
    )
    assert error_text(early).message == (
        "Mae modd ychwanegu gwybodaeth ar y cam Sylwi neu Wirio; mae pryder C-2026-0007 ar y "
        "cam Rhannu."
    )
