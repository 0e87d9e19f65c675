"""The Training page driven as a user would: the import wizard, recording a completion with its
certificate, the matrix, and what a reviewer may do."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWizard

from db.keyslots import KdfParams
from db.vault import OpenVault, Vault
from dsl_desktop.domain import Role, RoleType, TrainingStatus
from dsl_desktop.services import accounts
from dsl_desktop.services import training as tr
from dsl_desktop.services.attachments import read_attachment
from dsl_desktop.services.setup import seed_catalogues
from dsl_desktop.training.importer import StaffField
from ui import operations
from ui.page_list import default_pages
from ui.training import training_page_spec
from ui.training.import_wizard import ImportWizard
from ui.training.models import STATUS_ROLE, MatrixFilterProxy, MatrixModel, StaffTableModel
from ui.training.page import TrainingPage

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "staff"
PDF = b"%PDF-1.4\n% a certificate\n%%EOF\n"
REVIEWER = ("gwen reviewer", "saffron quartz otter 31")


def click(qtbot: Any, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.fixture
def seeded(data_dir: Path, fast_kdf: KdfParams) -> tuple[Vault, OpenVault]:
    vault = Vault(data_dir)
    opened, _ = vault.create(
        school_name="Ysgol y Llan",
        sign_in_name="ahughes",
        display_name="Mrs Angharad Hughes",
        passphrase="kettle orchard violet 7",
        kdf=fast_kdf,
        seed=seed_catalogues,
    )
    return vault, opened


def training_page(make_controller: Any, vault: Vault, opened: OpenVault) -> TrainingPage:
    controller = make_controller(vault)
    controller.register_page(training_page_spec())
    window = controller.enter(opened)
    assert window.show_page("training")
    page = window.page("training")
    assert isinstance(page, TrainingPage)
    return page


def test_the_import_wizard_on_a_fixture_file(
    qtbot: Any, make_controller: Any, seeded: tuple[Vault, OpenVault]
) -> None:
    vault, opened = seeded
    tr.apply_import(opened, (FIXTURES / "sims_staff_export.csv").read_bytes())
    page = training_page(make_controller, vault, opened)
    assert page.import_tab is not None
    page.tabs.setCurrentWidget(page.import_tab)
    wizard = page.import_tab.open_wizard()
    assert isinstance(wizard, ImportWizard)
    qtbot.waitExposed(wizard)

    # Choosing the file: the dialog is patched, a real file is read.
    wizard.file_page.path.setText(str(FIXTURES / "nowhere.csv"))
    wizard.next()
    assert wizard.currentId() == ImportWizard.FILE
    assert "could not be opened" in wizard.file_page.banner.message()
    wizard.file_page.path.clear()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.file_page.path.setText(str(FIXTURES / "bromcom_staff.csv"))
    wizard.next()
    assert wizard.currentId() == ImportWizard.PREVIEW

    preview = wizard.preview_page
    assert "UTF-8" in preview.about.text() and "3 rows" in preview.about.text()
    assert preview.combos[StaffField.FORENAME].currentText() == "Column 3: First Name"
    assert (
        preview.combos[StaffField.PREFERRED_NAME].currentText() == "Column 6: Preferred First Name"
    )
    assert preview.table.rowCount() == 3 and preview.table.item(0, 2).text() == "James"
    # A wrong choice is shown at once; choosing "not in the file" for the surname stops the wizard.
    surname = preview.combos[StaffField.SURNAME]
    surname.setCurrentIndex(0)
    surname.activated.emit(0)
    assert "surname" in preview.banner.message()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    surname.setCurrentIndex(surname.findData(4))
    surname.activated.emit(surname.currentIndex())
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    # Ignore the preferred name column this time.
    preferred = preview.combos[StaffField.PREFERRED_NAME]
    preferred.setCurrentIndex(0)
    preferred.activated.emit(0)
    wizard.next()

    report = wizard.report_page
    assert wizard.currentId() == ImportWizard.REPORT
    assert report.counts.text() == "2 to add, 1 to update, 0 unchanged, 0 rejected"
    rows = [
        [report.table.item(r, c).text() for c in range(4)] for r in range(report.table.rowCount())
    ]
    assert rows[0][:3] == ["2", "Add", "James Bond"]
    assert rows[2][:3] == ["4", "Update", "Alison Brown"] and "Middle name" in rows[2][3]
    assert tr.list_staff(opened, search="Bond") == []  # nothing changed yet
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    with qtbot.waitSignal(wizard.imported):
        wizard.next()
    assert wizard.currentId() == ImportWizard.DONE
    assert wizard.done_page.summary.text() == "2 added, 1 updated, 0 unchanged, 0 skipped"
    wizard.accept()

    [bond] = tr.list_staff(opened, search="Bond")
    assert bond.preferred_name == ""  # the column was left out
    assert tr.remembered_mapping(opened)["surname"] == "Last Name"
    assert "preferred_name" not in tr.remembered_mapping(opened)
    assert "Imported the staff list" in page.import_tab.banner.message()
    page.tabs.setCurrentWidget(page.register)
    assert page.register.proxy.rowCount() == 12


def test_a_file_with_a_bad_row_imports_only_when_told(
    qtbot: Any, make_controller: Any, seeded: tuple[Vault, OpenVault], tmp_path: Path
) -> None:
    vault, opened = seeded
    upload = tmp_path / "staff.csv"
    upload.write_text("Forename,Surname,Email\nGwŷn,Llywelyn,g@example.org\n,Nobody,n@example.org\n",
                      encoding="utf-8")  # fmt: skip
    page = training_page(make_controller, vault, opened)
    assert page.import_tab is not None
    monkey_path = str(upload)
    wizard = page.import_tab.open_wizard()
    wizard.file_page.path.setText(monkey_path)
    wizard.next()
    wizard.next()
    report = wizard.report_page
    assert report.counts.text() == "1 to add, 0 to update, 0 unchanged, 1 rejected"
    assert report.table.item(1, 3).text() == "Missing forename"
    assert report.table.item(1, 2).text() == "Nobody"
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert not commit.isEnabled()
    report.skip.setChecked(True)
    assert commit.isEnabled()
    wizard.next()  # the import runs as an operation, then the wizard moves on
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.DONE, timeout=30_000)
    assert wizard.done_page.summary.text() == "1 added, 0 updated, 0 unchanged, 1 skipped"
    assert [p.forename for p in tr.list_staff(opened)] == ["Gwŷn"]
    wizard.accept()


def test_recording_a_completion_with_a_certificate(
    qtbot: Any,
    make_controller: Any,
    seeded: tuple[Vault, OpenVault],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault, opened = seeded
    tr.apply_import(opened, (FIXTURES / "sims_staff_export.csv").read_bytes())
    siân = next(p for p in tr.list_staff(opened) if p.surname == "O'Brien")
    page = training_page(make_controller, vault, opened)
    assert page.record is not None
    page.tabs.setCurrentWidget(page.record)
    single = page.record.single
    assert single.choose_person(siân.id)
    single.course.setCurrentIndex(single.course.findText("Prevent awareness (e-learning)"))
    single.completed.setDate(QDate(2025, 11, 3))

    not_a_certificate = tmp_path / "notes.docx"
    not_a_certificate.write_bytes(b"PK\x03\x04 a word document")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(not_a_certificate), "")
    )
    click(qtbot, single.choose_button)
    assert "not a PDF or a picture" in single.banner.message()
    assert single.certificate is None

    certificate = tmp_path / "Siân certificate.pdf"
    certificate.write_bytes(PDF)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(certificate), ""))
    click(qtbot, single.choose_button)
    assert single.certificate_name.text() == "Siân certificate.pdf"
    single.notes.setPlainText("Home Office e-learning, certificate printed")
    click(qtbot, single.save_button)
    assert "Recorded Prevent awareness (e-learning) on 03/11/2025" in single.banner.message()

    [record] = tr.records_for_staff(opened, siân.id)
    assert record.completed_on == dt.date(2025, 11, 3)
    assert record.certificate_name == "Siân certificate.pdf"
    assert record.recorded_by == "Mrs Angharad Hughes"
    assert record.certificate_id is not None
    assert read_attachment(opened, record.certificate_id)[1] == PDF
    assert single.history.rowCount() == 1
    assert single.history.item(0, 2).text() == "Siân certificate.pdf"
    assert single.certificate is None and single.certificate_name.text() == ""

    # The same course on the same date again is refused, and nothing is lost from the form.
    single.notes.setPlainText("again")
    click(qtbot, single.save_button)
    assert "already recorded" in single.banner.message()
    assert single.notes.toPlainText() == "again"
    assert len(tr.records_for_staff(opened, siân.id)) == 1

    # Saving a copy of the certificate, then removing the record entered by mistake.
    single.history.selectRow(0)
    copy = tmp_path / "copy.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    click(qtbot, single.save_cert_button)
    assert copy.read_bytes() == PDF
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    click(qtbot, single.remove_button)
    assert tr.records_for_staff(opened, siân.id) == []


def test_a_whole_staff_session(
    qtbot: Any, make_controller: Any, seeded: tuple[Vault, OpenVault]
) -> None:
    vault, opened = seeded
    tr.apply_import(opened, (FIXTURES / "sims_staff_export.csv").read_bytes())
    page = training_page(make_controller, vault, opened)
    assert page.record is not None
    page.tabs.setCurrentWidget(page.record)
    session = page.record.session
    session.course.setCurrentIndex(session.course.findText("Safeguarding induction"))
    session.completed.setDate(QDate(2025, 9, 1))
    assert not session.save_button.isEnabled()
    session.filter.setText("teacher")
    click(qtbot, session.tick_all)
    assert session.count.text() == "2 ticked"  # the Teacher and the Headteacher
    session.filter.setText("teaching")
    click(qtbot, session.tick_all)
    session.filter.clear()
    assert session.count.text() == "3 ticked"
    click(qtbot, session.save_button)
    assert "for 3 people" in session.banner.message()
    assert session.count.text() == "0 ticked"
    counts = {p.surname: len(tr.records_for_staff(opened, p.id)) for p in tr.list_staff(opened)}
    assert sum(counts.values()) == 3
    assert counts["O'Brien"] == counts["Jones"] == counts["Nkemelu-Smith"] == 1
    # Ticking the same people again for the same session says they already have it.
    session.filter.setText("teacher")
    click(qtbot, session.tick_all)
    session.completed.setDate(QDate(2025, 9, 1))
    click(qtbot, session.save_button)
    assert "for 0 people" in session.banner.message()
    assert "2 already had it" in session.banner.message()


def test_the_matrix_shows_statuses_in_words_and_filters(
    qtbot: Any, make_controller: Any, seeded: tuple[Vault, OpenVault], qtmodeltester: Any
) -> None:
    vault, opened = seeded
    tr.apply_import(opened, (FIXTURES / "sims_staff_export.csv").read_bytes())
    staff = {p.surname: p for p in tr.list_staff(opened)}
    courses = {c.code: c.id for c in tr.list_courses(opened)}
    today = dt.date.today()
    tr.record_training(opened, staff["Chen"].id, courses["prevent_awareness"], today)
    tr.record_training(opened, staff["White"].id, courses["prevent_awareness"],
                       today - dt.timedelta(days=365 * 4))  # fmt: skip
    page = training_page(make_controller, vault, opened)
    page.tabs.setCurrentWidget(page.matrix)
    matrix = page.matrix
    model = matrix.model
    qtmodeltester.check(model)
    assert model.rowCount() == 10

    column = next(
        c for c in range(model.columnCount()) if model.course_code(c) == "prevent_awareness"
    )

    def cell(surname: str) -> tuple[str, TrainingStatus]:
        row = next(r for r in range(model.rowCount()) if model.rows[r].staff.surname == surname)
        index = model.index(row, column)
        return index.data(), index.data(STATUS_ROLE)

    assert cell("Chen") == ("\u2713 In date", TrainingStatus.COMPLIANT)
    assert cell("White") == ("\u2717 Overdue", TrainingStatus.OVERDUE)
    assert cell("Ahmed") == ("\u2717 Never done", TrainingStatus.NEVER_DONE)
    header = model.headerData(column, Qt.Orientation.Horizontal)
    assert "Prevent awareness" in header
    assert "in date" in matrix.chart.accessibleDescription()
    assert "of 10 current staff are fully in date" in matrix.summary.text()

    # Selecting a cell explains it.
    proxy_index = matrix.proxy.mapFromSource(model.index(0, column))
    matrix.table.setCurrentIndex(proxy_index)
    assert matrix.cell_note.text().startswith(model.rows[0].staff.full_name)

    # Filters: by role type and by status.
    # (the volunteer is an Alerter, like all paid and unpaid staff; nobody is Essential only)
    matrix.role_filter.setCurrentIndex(matrix.role_filter.findData(RoleType.ESSENTIAL.value))
    assert matrix.proxy.rowCount() == 0
    matrix.role_filter.setCurrentIndex(matrix.role_filter.findData(RoleType.DSL.value))
    assert matrix.proxy.rowCount() == 1
    matrix.role_filter.setCurrentIndex(0)
    matrix.status_filter.setCurrentIndex(
        matrix.status_filter.findData(MatrixFilterProxy.ALL_IN_DATE)
    )
    assert matrix.proxy.rowCount() == 0  # nobody has everything done yet
    matrix.status_filter.setCurrentIndex(
        matrix.status_filter.findData(MatrixFilterProxy.OUT_OF_DATE)
    )
    assert matrix.proxy.rowCount() == 10
    matrix.search.setText("chen")
    assert matrix.proxy.rowCount() == 1

    # Recording training elsewhere on the page shows in the matrix when it is next shown.
    tr.record_session(opened, courses["safeguarding_induction"], today,
                      [p.id for p in staff.values()])  # fmt: skip
    page.page_shown()
    chen_row = next(r for r in range(model.rowCount()) if model.rows[r].staff.surname == "Chen")
    induction = next(
        c for c in range(model.columnCount()) if model.course_code(c) == "safeguarding_induction"
    )
    assert model.index(chen_row, induction).data() == "\u2713 In date"


def test_the_register_model_search_leavers_and_dialog(
    qtbot: Any,
    make_controller: Any,
    seeded: tuple[Vault, OpenVault],
    qtmodeltester: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault, opened = seeded
    tr.apply_import(opened, (FIXTURES / "sims_staff_export.csv").read_bytes())
    page = training_page(make_controller, vault, opened)
    register = page.register
    qtmodeltester.check(register.model)
    assert isinstance(register.model, StaffTableModel)
    assert register.proxy.rowCount() == 10
    register.search.setText("gwyn")  # accents folded: finds Gwŷn
    assert register.proxy.rowCount() == 1
    register.search.clear()

    from ui.training.register import LeaverDialog, StaffDialog

    def fill_and_save(dialog: StaffDialog) -> int:
        dialog.forename.setText("Siôn")
        dialog.surname.setText("Ap Dafydd")
        dialog.job_title.setText("Deputy designated safeguarding lead")
        dialog.start_date.setText("1/9/2024")
        dialog.suggest()
        assert dialog.role_boxes[RoleType.DEPUTY_DSL].isChecked()
        dialog.save()
        return StaffDialog.DialogCode.Accepted.value if dialog.saved else 0

    monkeypatch.setattr(StaffDialog, "exec", fill_and_save)
    click(qtbot, register.add_button)
    [sion] = tr.list_staff(opened, search="Ap Dafydd")
    assert sion.forename == "Siôn" and sion.start_date == dt.date(2024, 9, 1)
    assert RoleType.DEPUTY_DSL in sion.role_types
    assert register.selected() == sion
    assert "added to the register" in register.banner.message()

    monkeypatch.setattr(LeaverDialog, "exec", lambda self: LeaverDialog.DialogCode.Accepted.value)
    click(qtbot, register.left_button)
    assert tr.list_staff(opened, search="Ap Dafydd") == []
    assert [p.id for p in tr.list_staff(opened, search="Ap Dafydd", include_leavers=True)] == [
        sion.id
    ]
    assert register.show_leavers.isChecked()  # shown, so the change can be seen

    # A date that is not a date is explained in the dialog, and nothing is saved.
    dialog = StaffDialog(page.ctx, None, page)
    dialog.forename.setText("Ann")
    dialog.surname.setText("Lee")
    dialog.start_date.setText("31/02/2024")
    dialog.save()
    assert "February 2024 has 29 days" in dialog.banner.message()
    assert tr.list_staff(opened, search="Ann Lee") == []
    dialog.reject()


def test_a_reviewer_sees_training_read_only(
    qtbot: Any, make_controller: Any, seeded: tuple[Vault, OpenVault], fast_kdf: KdfParams
) -> None:
    vault, opened = seeded
    tr.apply_import(opened, (FIXTURES / "sims_staff_export.csv").read_bytes())
    accounts.add_account(
        opened, sign_in_name=REVIEWER[0], display_name="Gwen (governor)", role=Role.REVIEWER,
        passphrase=REVIEWER[1], kdf=fast_kdf,
    )  # fmt: skip
    opened.close("sign_out")
    reviewer = Vault(vault.data_dir).unlock(*REVIEWER)
    page = training_page(make_controller, vault, reviewer)
    titles = [page.tabs.tabText(i).replace("&", "") for i in range(page.tabs.count())]
    assert titles == ["Register", "Matrix", "Courses and requirements"]
    assert page.import_tab is None and page.record is None and page.export is None
    assert not page.register.add_button.isVisibleTo(page)
    assert not page.register.edit_button.isVisibleTo(page)
    assert not page.courses.add_course.isVisibleTo(page)
    assert page.register.proxy.rowCount() == 10
    page.tabs.setCurrentWidget(page.matrix)
    assert page.matrix.model.rowCount() == 10
    page.tabs.setCurrentWidget(page.courses)
    assert page.courses.course_table.rowCount() >= 10


def test_export_saves_csv_and_pdf(
    qtbot: Any,
    make_controller: Any,
    seeded: tuple[Vault, OpenVault],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault, opened = seeded
    tr.apply_import(opened, (FIXTURES / "sims_staff_export.csv").read_bytes())
    page = training_page(make_controller, vault, opened)
    assert page.export is not None
    page.tabs.setCurrentWidget(page.export)
    target = tmp_path / "report"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    def finished(operation: Any) -> Any:  # the report is written by an operation
        assert operation is not None
        qtbot.waitUntil(lambda: operation.done, timeout=30_000)
        return operation

    assert finished(page.export.export("pdf")).value is not None
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    assert "for 10 staff" in page.export.banner.message()
    click(qtbot, page.export.csv_button)
    qtbot.waitUntil(lambda: (tmp_path / "report.csv").exists() and not operations.is_busy())
    assert "Gwŷn" in (tmp_path / "report.csv").read_text("utf-8-sig")
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "no" / "x.csv"), "")
    )
    assert finished(page.export.export("csv")).error is not None
    assert "does not exist" in page.export.banner.message()
    own = vault.data_dir / "vault.keys"
    (tmp_path / "matrix.csv").symlink_to(own)
    kept = own.read_bytes()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "matrix.csv"), "")
    )
    assert finished(page.export.export("csv")).error is not None
    assert "one of the vault's own files" in page.export.banner.message()
    assert own.read_bytes() == kept


def test_the_training_page_is_in_the_app(
    qtbot: Any, make_controller: Any, seeded: tuple[Vault, OpenVault]
) -> None:
    vault, opened = seeded
    tr.apply_import(opened, (FIXTURES / "sims_staff_export.csv").read_bytes())
    spec = next(p for p in default_pages() if p.key == "training")
    assert spec.roles == frozenset(Role)
    controller = make_controller(vault)
    controller.register_page(spec)
    window = controller.enter(opened)
    assert "training" in window.page_keys()
    assert "Training" in [a.text() for a in window.go_menu.actions()]
    page = window.page("training")
    assert isinstance(page, TrainingPage)
    # At sign-in the DSL sees on the Home page how many people are out of date.
    assert "10 people have training overdue or never done." in page.summary.text()
    [action] = window.quick_actions
    assert action.text() == "Staff training: 10 out of date, 0 due this month"
    window.show_page("home")
    action.trigger()
    assert window.current_page_key() == "training"
    for model in (page.register.model, page.matrix.model):
        assert isinstance(model, StaffTableModel | MatrixModel)
