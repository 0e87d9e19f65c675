"""Issue 13 on screen: the course's words for kinds, the Copy buttons and plain text of the
referral form. Real widgets, a real vault, the real clipboard."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from uitest_data import DSL_NAME, PASSPHRASE

from db.vault import Vault
from dsl_desktop.domain import InformationKind, Validation
from dsl_desktop.referral_form import ReferralSection
from dsl_desktop.services import referrals as rs
from tests.referral_cases import make_case
from ui.concern.common import standing_label, validation_choice_label
from ui.main_window import MainWindow
from ui.pages import PageContext
from ui.referral import ReferralDialog


def start(vaults: Any, make_controller: Any, vault: Vault | None = None) -> PageContext:
    vault = vault or vaults.create()
    controller = make_controller(vault)
    window: MainWindow = controller.enter(vault.unlock(DSL_NAME, PASSPHRASE))
    assert window.context is not None
    return window.context


# ---- the course's words ------------------------------------------------------------------------
@pytest.mark.parametrize("kind", list(InformationKind))
@pytest.mark.parametrize("validation", list(Validation))
def test_standing_never_contradicts_the_kind(qapp, kind, validation) -> None:
    text = standing_label(kind, validation, "Mrs Siân Lloyd")
    choice = validation_choice_label(kind, validation)
    if validation is Validation.CORROBORATED:
        # A corroborated piece reads as corroborated, by whom, never as "not checked".
        assert "orroborated" in text and "Siân Lloyd" in text
        assert "not checked" not in text and "without evidence" not in text
    elif validation is Validation.CONTRADICTED:
        assert text.startswith("Contradicted by Mrs Siân Lloyd")
    else:
        assert "orroborated" not in text
        if kind is InformationKind.ASSERTION:
            assert text == "Assertion \u2014 told as fact, not checked"
            assert "stays an assertion" in choice
        elif kind is InformationKind.ASSUMPTION:
            assert text == "Assumption \u2014 believed without evidence"
            assert "stays an assumption" in choice
        else:
            assert text == "Observed"


# ---- Copy, per section, and the whole form as plain text ---------------------------------------
def test_a_sections_copy_button_puts_its_text_on_the_clipboard(
    qtbot, vaults, make_controller, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = start(vaults, make_controller)
    case = make_case(ctx.vault)
    dialog = ReferralDialog(ctx, case.concern_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    clipboard = QApplication.clipboard()
    clipboard.setText("something else")

    concern = dialog.review.editors[ReferralSection.CONCERN]
    generated = rs.draft_sections(ctx.vault, case.concern_id)[ReferralSection.CONCERN]
    qtbot.mouseClick(concern.copy_button, Qt.MouseButton.LeftButton)
    assert clipboard.text() == generated.strip("\n")
    assert "Gwŷn" in clipboard.text() and "\u201cthey all deserve" in clipboard.text()
    assert concern.copied_note.isVisible()
    assert concern.copy_button.accessibleName() == "Copy “The concern” as plain text"

    # The DSL's own wording is what is copied, since it is what will be printed.
    mine = "Zoë told the DSL; Kateřina O'Neill confirmed it.\nSecond line."
    dialog.review.set_text(ReferralSection.WORRIES, mine)
    qtbot.mouseClick(
        dialog.review.editors[ReferralSection.WORRIES].copy_button, Qt.MouseButton.LeftButton
    )
    assert clipboard.text() == mine

    # Copy all: every section under its heading, in the form's order.
    qtbot.mouseClick(dialog.review_copy_all_button, Qt.MouseButton.LeftButton)
    whole = clipboard.text()
    headings = [e.title for e in dialog.review.editors.values()]
    positions = [whole.index(f"{h}\n{'=' * len(h)}\n") for h in headings]
    assert positions == sorted(positions) and mine in whole
    assert "plain text" in dialog.banner.message()

    # After generating, the stored form is copied; saving as text writes UTF-8.
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == ReferralDialog.DOCUMENT_PAGE
    qtbot.mouseClick(dialog.copy_all_button, Qt.MouseButton.LeftButton)
    assert mine in clipboard.text() and "Gwŷn" in clipboard.text()
    target = tmp_path / "referral"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    qtbot.mouseClick(dialog.save_text_button, Qt.MouseButton.LeftButton)
    saved = target.with_name("referral.txt").read_text(encoding="utf-8")
    assert saved == clipboard.text()
    # A file inside the vault's own folder is refused, and nothing is written there.
    inside = ctx.vault.vault.data_dir / "vault.db"
    before = inside.read_bytes()[:64]
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(inside), ""))
    )
    qtbot.mouseClick(dialog.save_text_button, Qt.MouseButton.LeftButton)
    assert "inside the vault" in dialog.banner.message()
    assert not (ctx.vault.vault.data_dir / "vault.db.txt").exists()
    assert inside.read_bytes()[:64] == before
