"""The People page and the person search: accent-free searching, each person's concerns,
adding and changing a person (changes keep the old value), and a reviewer's view."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from sqlalchemy import select
from test_concern_flow import (
    REVIEWER,
    REVIEWER_PASSPHRASE,
    a_person,
    add_reviewer,
    click,
    concern_at,
    start,
)

from db.models import Amendment
from dsl_desktop.domain import PersonType
from dsl_desktop.services.people import get_person
from ui.people.page import PeoplePage


def people_page(session) -> PeoplePage:
    page = session.window.page("people")
    assert isinstance(page, PeoplePage)
    session.window.show_page("people")
    return page


def test_searching_sian_finds_sian_with_the_accent(qtbot, vaults, make_controller) -> None:
    session = start(vaults, make_controller)
    sian = a_person(session.ov, "Siân", "Lloyd")
    a_person(session.ov, "Gwŷn", "Prys")
    oneill = a_person(session.ov, "Aoife", "O'Neill")
    page = people_page(session)
    assert page.model.rowCount() == 3 and page.count.text() == "3 people shown"
    qtbot.keyClicks(page.search, "sian")
    assert page.model.rowCount() == 1 and page.model.ids == [sian]
    assert page.model.rows[0][0] == "Siân Lloyd" and page.count.text() == "1 person shown"
    page.search.clear()
    qtbot.keyClicks(page.search, "oneill")
    assert page.model.ids == [oneill]
    page.search.setText("nobody like this")
    assert page.model.rowCount() == 0 and page.empty.isVisibleTo(page)
    assert "Nobody matches" in page.empty.text()

    # The same search when recording a concern.
    form = session.page.open_new()
    qtbot.keyClicks(form.person.search, "sian")
    assert form.person.model.ids == [sian]
    assert form.person.model.rows[0][0].startswith("Siân Lloyd \u2014 Pupil, Year 9")
    assert form.person.hint.text().startswith("1 person found")


def test_a_person_shows_their_concerns_and_opens_one(qtbot, vaults, make_controller) -> None:
    session = start(vaults, make_controller)
    person = a_person(session.ov, "Siân", "Lloyd")
    concern_id = concern_at(session.ov, person_id=person)
    page = people_page(session)
    assert "Choose a person" in page.details_box.findChildren(type(page.empty))[0].text()
    page.table.selectRow(0)
    assert page.current is not None and page.current.person.id == person
    assert page.concerns_model.rowCount() == 1 and page.concerns_model.rows[0][2] == "Decide"
    click(qtbot, page.open_button)
    assert session.window.current_page_key() == "concerns"
    case = session.page.case
    assert case is not None and case.concern_id == concern_id and case.current_key == "decide"
    # Activating the row (Return or double-click) opens it too.
    session.page.show_list()
    page = people_page(session)
    page.table.selectRow(0)
    page.concerns.activated.emit(page.concerns_model.index(0, 0))
    assert session.window.current_page_key() == "concerns" and session.page.case is not None
    assert isinstance(page.concerns_model.index(0, 0), QModelIndex)


def test_adding_and_changing_a_person(qtbot, vaults, make_controller) -> None:
    session = start(vaults, make_controller)
    page = people_page(session)
    assert "Nobody is on record yet" in page.empty.text()
    dialog = page.add_person()
    dialog.forenames.setText("Kateřina")
    dialog.email.setText("not an email")
    dialog.date_of_birth.setText("3rd May")
    click(qtbot, dialog.save_button)
    assert "Type the date of birth as dd/mm/yyyy." in dialog.banner.message()
    dialog.date_of_birth.setText("03/05/2012")
    click(qtbot, dialog.save_button)
    assert "Enter the person's surname." in dialog.banner.message()
    assert "The email address does not look right." in dialog.banner.message()
    assert dialog.problems.fields["email"][1].isVisibleTo(dialog)
    dialog.surname.setText("Nováková")
    dialog.email.clear()
    dialog.person_type.setCurrentIndex(dialog.person_type.findData(PersonType.PUPIL.value))
    dialog.addresses.rows[0].edit.setPlainText("4 Old Road")
    click(qtbot, dialog.addresses.add_button)
    dialog.addresses.rows[1].edit.setPlainText("12 Heol y Bont")
    dialog.addresses.rows[1].current.setChecked(True)
    dialog.send.setPlainText("Dyslexia")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    assert page.model.rows[0][0] == "Kateřina Nováková"
    assert page.current is not None
    person = page.current.person
    assert person.current_address == "12 Heol y Bont" and len(person.addresses) == 2

    edit = page.edit_person()
    assert edit is not None and edit.surname.text() == "Nováková"
    assert edit.addresses.rows[1].current.isChecked()
    edit.school_or_occupation.setText("Year 10")
    edit.reason.setText("Moved up a year")
    click(qtbot, edit.save_button)
    assert get_person(session.ov, person.id).person.school_or_occupation == "Year 10"
    with session.ov.reading() as s:
        change = s.execute(
            select(
                Amendment.field, Amendment.old_value, Amendment.new_value, Amendment.reason
            ).where(Amendment.entity == "person")
        ).one()
    assert tuple(change) == ("school_or_occupation", "", "Year 10", "Moved up a year")


def test_a_reviewer_can_read_people_but_not_add_or_change(qtbot, vaults, make_controller) -> None:
    dsl = start(vaults, make_controller)
    a_person(dsl.ov, "Siân", "Lloyd")
    add_reviewer(dsl)
    dsl.controller.lock()
    session = start(vaults, make_controller, REVIEWER, REVIEWER_PASSPHRASE, vault=dsl.vault,
                    controller=dsl.controller)  # fmt: skip
    page = people_page(session)
    assert not page.add_button.isVisibleTo(page)
    page.table.selectRow(0)
    assert page.current is not None and not page.edit_button.isVisibleTo(page)


def test_the_list_models_behave(qtmodeltester, vaults, make_controller) -> None:
    session = start(vaults, make_controller)
    concern_at(session.ov)
    a_person(session.ov, "Siân", "Lloyd")
    page = people_page(session)
    qtmodeltester.check(page.model)
    session.window.show_page("concerns")
    qtmodeltester.check(session.page.model)
    assert session.page.model.rowCount() == 1 and session.page.open_button.isEnabled()
