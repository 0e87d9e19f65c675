"""The Concerns log, chronology, overview, export and audit trail screens, driven with qtbot on
a generated store."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from logdata import ROLE_PASSPHRASE, populate
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from sqlalchemy import select, text

from db.errors import PermissionDenied
from db.keyslots import KdfParams
from db.models import AuditEvent
from db.vault import OpenVault, Vault
from dsl_desktop import demo
from dsl_desktop.domain import Role
from dsl_desktop.services import concerns, log, overview, people
from dsl_desktop.services.accounts import add_account
from dsl_desktop.services.log import NOT_DECIDED, Column, LogFilter
from dsl_desktop.services.setup import seed_catalogues
from ui import tasks
from ui.controller import AppController
from ui.log import common, log_page_specs
from ui.log.audit_page import AuditTrailPage
from ui.log.case_summary import CaseSummaryDialog
from ui.log.chronology import ChronologyDialog
from ui.log.export_dialog import ExportDialog
from ui.log.model import AuditTableModel, ChronologyModel, LogTableModel
from ui.log.overview_page import OverviewPage
from ui.log.page import ConcernsLogPage
from ui.main_window import MainWindow
from ui.pages import PageContext

KDF = KdfParams(19456, 2, 1)
PASSPHRASE = "heron lantern copper 42 meadow"
TODAY = dt.date.today()


@pytest.fixture(autouse=True)
def no_modal_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box would wait for a click that never comes: fail with its text instead."""

    def shown(_parent: Any, error: Any, title: str = "") -> None:
        raise AssertionError(f"error shown to the user: {title}: {error.message}")

    for module in ("ui.log.page", "ui.log.chronology"):
        monkeypatch.setattr(f"{module}.show_vault_error", shown)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[tuple[Vault, OpenVault]]:
    vault = Vault(tmp_path / "vault")
    ov, _code = vault.create(
        school_name="Ysgol Pen y Bryn",
        sign_in_name="dsl",
        display_name="Ms Carys Jenkins",
        passphrase=PASSPHRASE,
        kdf=KDF,
        seed=seed_catalogues,
    )
    populate(ov, people=30, concerns=300, seed=21, today=TODAY)
    log.sync_search_index(ov)  # as an import finishes; the backlog case has its own test
    yield vault, ov
    ov.close()


def _enter(make_controller: Callable[[Vault], AppController], vault: Vault,
           ov: OpenVault) -> MainWindow:  # fmt: skip
    controller = make_controller(vault)
    for spec in log_page_specs():
        controller.register_page(spec)
    return controller.enter(ov)


def _log_page(qtbot: Any, window: MainWindow) -> ConcernsLogPage:
    window.show_page("log")
    page = window.page("log")
    assert isinstance(page, ConcernsLogPage)
    qtbot.waitUntil(lambda: page.log is not None and page.model.rowCount() > 0, timeout=10000)
    qtbot.waitUntil(lambda: not tasks.is_busy())
    return page


def _as(vault: Vault, dsl: OpenVault, role: Role, name: str) -> OpenVault:
    add_account(dsl, sign_in_name=name, display_name=f"Mrs {name.title()}", role=role,
                passphrase=ROLE_PASSPHRASE, kdf=KDF)  # fmt: skip
    return vault.unlock(name, ROLE_PASSPHRASE)


def _ids(model: LogTableModel) -> list[int]:
    return [r.id for r in model.rows]


def _audit(ov: OpenVault, action: str) -> list[AuditEvent]:
    with ov.reading() as s:
        rows = list(s.scalars(select(AuditEvent).where(AuditEvent.action == action)))
        for row in rows:
            s.expunge(row)
        return rows


# ---- pages and roles ----------------------------------------------------------------------------
def test_the_pages_each_role_sees(qtbot: Any, make_controller: Any,
                                  store: tuple[Vault, OpenVault]) -> None:  # fmt: skip
    vault, ov = store
    window = _enter(make_controller, vault, ov)
    assert {"log", "overview", "audit"} <= set(window.page_keys())
    admin = _as(vault, ov, Role.TRAINING_ADMIN, "bursar")
    other = _enter(make_controller, vault, admin)
    assert not {"log", "overview", "audit"} & set(other.page_keys())


# ---- the models ---------------------------------------------------------------------------------
def test_the_models_pass_qt_model_tests(qtmodeltester: Any, store: tuple[Vault, OpenVault]) -> None:
    _, ov = store
    model = LogTableModel()
    qtmodeltester.check(model)
    model.set_log(log.load_log(ov))
    qtmodeltester.check(model)
    model.set_filter(LogFilter(text="seen", stages=frozenset({"review"})))
    qtmodeltester.check(model)
    model.sort(Column.PERSON, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)
    person = model.rows[0].person_id
    from dsl_desktop.services.chronology import person_chronology

    qtmodeltester.check(ChronologyModel(list(person_chronology(ov, person).entries)))
    for row in model.rows[:5]:
        concerns.case_view(ov, row.id)  # events for the trail
    audit = AuditTableModel(ov)
    audit.PAGE = 3
    audit.reload()
    assert audit.canFetchMore() and audit.rowCount() == 3 and audit.total > 6
    audit.fetchMore()
    assert audit.rowCount() == 6
    qtmodeltester.check(audit)  # fetches the rest, page by page
    assert audit.rowCount() == audit.total and not audit.canFetchMore()
    assert [e.seq for e in audit.entries] == sorted((e.seq for e in audit.entries), reverse=True)


# ---- the log page -------------------------------------------------------------------------------
def test_rows_counts_and_sorting_by_clicking_headers(
    qtbot: Any, make_controller: Any, store: tuple[Vault, OpenVault]
) -> None:
    vault, ov = store
    window = _enter(make_controller, vault, ov)
    window.resize(1400, 800)
    window.show()
    page = _log_page(qtbot, window)
    assert page.model.rowCount() == 300
    assert "300" in page.counts.text() and "open" in page.counts.text()
    service = log.load_log(ov)
    header = page.table.horizontalHeader()
    for column in Column:
        for _click in range(2):
            x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
            qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                             pos=QPoint(x, header.height() // 2))  # fmt: skip
            descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
            assert page.model.sort_column is column
            assert _ids(page.model) == [
                r.id for r in service.query(LogFilter(), column, descending).rows
            ]


FILTER_CASES: list[tuple[str, Any, LogFilter]] = [
    ("status", "closed", LogFilter(statuses=frozenset({"closed"}))),
    ("stage", "review", LogFilter(stages=frozenset({"review"}))),
    ("category", "islamist", LogFilter(categories=frozenset({"islamist"}))),
    ("outcome", "prevent_referral", LogFilter(outcomes=frozenset({"prevent_referral"}))),
    ("outcome", NOT_DECIDED, LogFilter(outcomes=frozenset({NOT_DECIDED}))),
]


@pytest.mark.parametrize(("combo", "code", "expected"), FILTER_CASES)
def test_each_filter_combo(
    qtbot: Any, make_controller: Any, store: tuple[Vault, OpenVault],
    combo: str, code: Any, expected: LogFilter,
) -> None:  # fmt: skip
    vault, ov = store
    page = _log_page(qtbot, _enter(make_controller, vault, ov))
    box: QComboBox = getattr(page, combo)
    box.setCurrentIndex(box.findData(code))
    want = [r.id for r in log.load_log(ov).query(expected).rows]
    assert 0 < len(want) < 300
    assert _ids(page.model) == want
    assert page.counts.text().startswith("Showing")
    page.clear_button.click()
    assert page.model.rowCount() == 300 and box.currentIndex() == 0


def test_dates_and_overdue_reviews(qtbot: Any, make_controller: Any,
                                   store: tuple[Vault, OpenVault]) -> None:  # fmt: skip
    vault, ov = store
    page = _log_page(qtbot, _enter(make_controller, vault, ov))
    service = log.load_log(ov)
    start, end = TODAY - dt.timedelta(days=400), TODAY - dt.timedelta(days=100)
    page.date_from.set_value(start)
    page.date_to.set_value(end)
    expected = service.query(LogFilter(date_from=start, date_to=end)).rows
    assert _ids(page.model) == [r.id for r in expected] and 0 < len(expected) < 300
    page.date_from.set_value(None)
    assert _ids(page.model) == [r.id for r in service.query(LogFilter(date_to=end)).rows]
    page.clear_filters()
    qtbot.mouseClick(page.overdue, Qt.MouseButton.LeftButton)
    overdue = service.query(LogFilter(overdue_only=True)).rows
    assert _ids(page.model) == [r.id for r in overdue] and overdue
    review = page.model.index(0, Column.NEXT_REVIEW)
    assert "(overdue)" in page.model.data(review)
    assert page.model.data(review, Qt.ItemDataRole.FontRole).bold()


def test_search_waits_for_typing_to_pause_and_ignores_accents(
    qtbot: Any, make_controller: Any, store: tuple[Vault, OpenVault]
) -> None:
    vault, ov = store
    window = _enter(make_controller, vault, ov)
    window.show()
    page = _log_page(qtbot, window)
    page.search.setFocus()
    qtbot.keyClicks(page.search, "sian")
    assert page.search_timer.isActive() and page.model.rowCount() == 300
    qtbot.waitUntil(lambda: page.model.rowCount() < 300, timeout=3000)
    assert page.model.rows and all(r.forenames == "Siân" for r in page.model.rows)
    page.search.setText("Siân")  # non-ASCII text is set, not typed
    qtbot.waitUntil(lambda: not page.search_timer.isActive())
    assert all(r.forenames == "Siân" for r in page.model.rows)
    first = page.model.rows[0]
    page.search.setText(first.reference)
    page.search.returnPressed.emit()
    assert _ids(page.model) == [first.id]
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 300)


def test_ctrl_f_goes_to_the_search_box(qtbot: Any, make_controller: Any,
                                       store: tuple[Vault, OpenVault]) -> None:  # fmt: skip
    vault, ov = store
    window = _enter(make_controller, vault, ov)
    window.show()
    qtbot.waitExposed(window)
    page = _log_page(qtbot, window)
    page.table.setFocus()
    window.activateWindow()
    qtbot.waitUntil(lambda: page.table.hasFocus())
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()


def test_opening_a_concern_reads_it_through_the_audited_service(
    qtbot: Any, make_controller: Any, store: tuple[Vault, OpenVault]
) -> None:
    vault, ov = store
    window = _enter(make_controller, vault, ov)
    window.show()
    page = _log_page(qtbot, window)
    row = page.model.rows[2]
    index = page.model.index(2, Column.PERSON)
    rect = page.table.visualRect(index)
    # a double-click as a mouse makes it: press and release, then the second press
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = _dialog(CaseSummaryDialog)
    assert dialog.case.id == row.id
    assert row.reference in dialog.windowTitle()
    dialog.reject()
    viewed = [e for e in _audit(ov, "concern.viewed") if e.entity_id == str(row.id)]
    assert len(viewed) == 1
    # Enter opens the current row too
    page.table.setCurrentIndex(page.model.index(4, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    opened = _dialog(CaseSummaryDialog)
    assert opened.case.id == page.model.rows[4].id
    opened.reject()


def _dialog(kind: type) -> Any:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert len(found) == 1, found
    return found[0]


def test_a_reviewer_reads_but_changes_nothing(
    qtbot: Any, make_controller: Any, store: tuple[Vault, OpenVault]
) -> None:
    vault, ov = store
    reviewer = _as(vault, ov, Role.REVIEWER, "governor")
    page = _log_page(qtbot, _enter(make_controller, vault, reviewer))
    assert page.export_button is None
    page.table.selectRow(0)
    row = page.model.rows[0]
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(CaseSummaryDialog)
    events = [e for e in _audit(ov, "concern.viewed") if e.entity_id == str(row.id)]
    assert [e.user_id for e in events] == [reviewer.user.user_id]  # type: ignore[union-attr]
    editable = [
        w for w in dialog.findChildren(QWidget)
        if (isinstance(w, QLineEdit | QPlainTextEdit | QAbstractSpinBox) and not w.isReadOnly())
        or (isinstance(w, QTextEdit) and not w.isReadOnly())
    ]  # fmt: skip
    assert editable == []
    dialog.reject()
    with pytest.raises(PermissionDenied):
        concerns.amend(reviewer, "concern", row.id, "location", "elsewhere", "Trying")
    with pytest.raises(PermissionDenied):
        concerns.move_to(reviewer, row.id, concerns.Stage.CLOSED)


class CasePage(QWidget):
    """A page that shows a case itself, as the case screen does: the log must hand over to it."""

    opened: list[int] = []

    def __init__(self, ctx: PageContext) -> None:
        super().__init__()
        self.ctx = ctx

    def open_case(self, concern_id: int) -> None:
        concerns.case_view(self.ctx.vault, concern_id)
        CasePage.opened.append(concern_id)


def test_a_case_screen_gets_the_concern_when_there_is_one(
    qtbot: Any, make_controller: Any, store: tuple[Vault, OpenVault]
) -> None:
    from ui.pages import PageSpec

    vault, ov = store
    controller = make_controller(vault)
    for spec in (*log_page_specs(), PageSpec("case", "Case", CasePage, order=30)):
        controller.register_page(spec)
    window = controller.enter(ov)
    page = _log_page(qtbot, window)
    CasePage.opened = []
    page.table.selectRow(1)
    page.open_selected()
    assert CasePage.opened == [page.model.rows[1].id]
    assert window.current_page_key() == "case"
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, CaseSummaryDialog) and w.isVisible()]  # fmt: skip


def test_the_case_screen_opens_concerns_from_the_log(
    qtbot: Any, make_controller: Any, store: tuple[Vault, OpenVault]
) -> None:
    from ui.concern import concerns_page_spec

    vault, ov = store
    controller = make_controller(vault)
    for spec in (*log_page_specs(), concerns_page_spec()):
        controller.register_page(spec)
    window = controller.enter(ov)
    page = _log_page(qtbot, window)
    row = page.model.rows[3]
    page.table.selectRow(3)
    page.open_selected()
    assert window.current_page_key() == "concerns"
    viewed = [e for e in _audit(ov, "concern.viewed") if e.entity_id == str(row.id)]
    assert len(viewed) == 1


# ---- chronology and export ----------------------------------------------------------------------
def test_chronology_and_save_as_pdf(
    qtbot: Any, make_controller: Any, store: tuple[Vault, OpenVault], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    vault, ov = store
    page = _log_page(qtbot, _enter(make_controller, vault, ov))
    page.table.selectRow(0)
    row = page.model.rows[0]
    qtbot.mouseClick(page.chronology_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(ChronologyDialog)
    assert dialog.chronology.person.id == row.person_id
    references = {
        dialog.model.data(dialog.model.index(r, 1)) for r in range(dialog.model.rowCount())
    }
    assert row.reference in references
    target = tmp_path / "chronology"
    monkeypatch.setattr(common, "ask_save_path", lambda *_a: target)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "chronology.pdf"
    qtbot.waitUntil(lambda: dialog.saved_to == saved, timeout=30_000)  # written on a worker
    assert saved.exists()
    assert row.person.split()[0] in PdfReader(saved).pages[0].extract_text()
    assert "Saved the chronology" in dialog.banner.message()
    assert _audit(ov, "person.chronology_viewed") and _audit(ov, "person.chronology_exported")
    monkeypatch.setattr(common, "ask_save_path", lambda *_a: None)  # cancelled: nothing happens
    assert dialog.save_pdf() is None
    dialog.reject()


@pytest.mark.parametrize("fmt", ["csv", "pdf"])
def test_export_from_the_log(
    qtbot: Any, make_controller: Any, store: tuple[Vault, OpenVault], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, fmt: str,
) -> None:  # fmt: skip
    vault, ov = store
    page = _log_page(qtbot, _enter(make_controller, vault, ov))
    assert page.export_button is not None
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(ExportDialog)
    assert dialog.anonymised.isChecked()
    (dialog.pdf if fmt == "pdf" else dialog.csv).setChecked(True)
    asked: list[str] = []

    def choose(_parent: Any, _title: str, suggested: Path, file_filter: str) -> Path:
        asked.append(file_filter)
        return tmp_path / f"out.{fmt}"

    monkeypatch.setattr(common, "ask_save_path", choose)
    dialog.buttons.accepted.emit()
    written = tmp_path / f"out.{fmt}"
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)  # written on a worker
    assert written.exists() and asked and f"*.{fmt}" in asked[0]
    assert "Exported 300 concerns" in page.banner.message()
    exported = _audit(ov, "log.exported")
    assert exported and exported[-1].details["format"] == fmt
    assert exported[-1].details["anonymised"] is True


def test_export_refuses_a_backwards_period(
    qtbot: Any, make_controller: Any, store: tuple[Vault, OpenVault],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    vault, ov = store
    page = _log_page(qtbot, _enter(make_controller, vault, ov))
    dialog = page.open_export()
    dialog.date_from.set_value(dt.date(2025, 5, 1))
    dialog.date_to.set_value(dt.date(2025, 1, 1))
    monkeypatch.setattr(common, "ask_save_path", lambda *_a: pytest.fail("no file asked for"))
    assert dialog.export() is None
    assert "before its start" in dialog.banner.message()
    dialog.reject()


# ---- reloading ----------------------------------------------------------------------------------
def test_the_log_reloads_when_records_change(
    qtbot: Any, make_controller: Any, store: tuple[Vault, OpenVault]
) -> None:
    vault, ov = store
    window = _enter(make_controller, vault, ov)
    page = _log_page(qtbot, window)
    loaded = page.log
    window.show_page("home")
    window.show_page("log")
    assert page.log is loaded, "nothing changed: no reload"
    person = people.add_person(ov, people.PersonInput(forenames="Tesni", surname="Hopkin")).id
    concerns.create_concern(
        ov,
        concerns.NoticeInput(
            person_id=person, noticed_by="Mr Rees", immediate_danger=False,
            noticed_at=dt.datetime.now().replace(microsecond=0) - dt.timedelta(minutes=5),
            account="A new concern about a pterodactyl drawing.",
        ),
    )  # fmt: skip
    window.show_page("home")
    window.show_page("log")
    assert page.log is not loaded and page.model.rowCount() == 301
    page.search.setText("pterodactyl")
    page.apply_filter()
    assert [r.person for r in page.model.rows] == ["Tesni Hopkin"]


def test_a_bulk_import_backlog_is_indexed_after_the_first_rows(
    qtbot: Any, make_controller: Any, store: tuple[Vault, OpenVault]
) -> None:
    vault, ov = store
    populate(ov, people=3, concerns=20, seed=22)
    assert log.pending_index_count(ov) == 20
    page = _log_page(qtbot, _enter(make_controller, vault, ov))
    qtbot.waitUntil(lambda: log.pending_index_count(ov) == 0, timeout=5000)
    qtbot.waitUntil(lambda: not page.banner.message())  # told on the UI thread once it is done


# ---- overview and audit -------------------------------------------------------------------------
def test_the_overview(qtbot: Any, make_controller: Any, store: tuple[Vault, OpenVault]) -> None:
    vault, ov = store
    window = _enter(make_controller, vault, ov)
    window.show_page("overview")
    page = window.page("overview")
    assert isinstance(page, OverviewPage)
    figures = overview.overview(ov)
    assert page.tile_concerns.value.text() == f"{figures.concerns:,}"
    assert page.tile_overdue.value.text() == f"{figures.overdue_now:,}"
    assert sum(n for _l, n in page.months.values) == figures.concerns
    assert len(page.months.values) == 12
    assert {n for _l, n in page.categories.values} == {s.count for s in figures.by_category}
    assert page.outcomes.accessibleDescription()
    page.period.setCurrentIndex(3)  # everything recorded
    assert page.tile_concerns.value.text() == "300"
    assert sum(n for _l, n in page.months.values) == 300
    page.period.setCurrentIndex(4)  # dates I choose
    assert page.date_from.isEnabled()
    page.date_from.setDate(common.to_qdate(TODAY - dt.timedelta(days=30)))
    page.date_to.setDate(common.to_qdate(TODAY))
    expected = overview.overview(ov, TODAY - dt.timedelta(days=30), TODAY)
    assert page.tile_concerns.value.text() == f"{expected.concerns:,}"
    page.resize(1100, 1600)
    assert not page.grab().isNull()


def _verified(qtbot: Any, page: AuditTrailPage) -> Any:
    """Verify runs as an operation on a worker thread: wait for its result."""
    operation = page.verify()
    assert operation is not None
    qtbot.waitUntil(lambda: operation.done, timeout=30_000)
    assert operation.value is not None and page.last_check is operation.value
    return operation.value


def test_the_audit_trail_filters_and_verifies(
    qtbot: Any, make_controller: Any, store: tuple[Vault, OpenVault]
) -> None:
    vault, ov = store
    window = _enter(make_controller, vault, ov)
    row = log.load_log(ov).rows[0]
    concerns.case_view(ov, row.id)
    window.show_page("audit")
    page = window.page("audit")
    assert isinstance(page, AuditTrailPage)
    with ov.reading() as s:
        total = s.scalar(text("SELECT count(*) FROM audit_event"))
    assert page.model.total == total and str(total) in page.count.text()
    page.action.setCurrentIndex(page.action.findData("concern.viewed"))
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 3)) == "Concern opened"
    assert page.model.data(page.model.index(0, 4)) == f"Concern {row.id}"
    page.action.setCurrentIndex(0)
    page.user.setCurrentIndex(page.user.findData(ov.user.user_id))  # type: ignore[union-attr]
    assert page.model.total == total
    page.date_from.set_value(TODAY + dt.timedelta(days=1))
    assert page.model.rowCount() == 0
    page.date_from.set_value(None)

    check = _verified(qtbot, page)
    assert check.ok
    assert "intact" in page.result.message()
    with ov.unit() as s:
        s.execute(text("UPDATE audit_event SET details = '{\"x\": 1}' WHERE seq = 2"))
    check = _verified(qtbot, page)
    assert not check.ok
    assert "found problems" in page.result.message() and "event 2" in page.result.message()


# ---- 50,000 concerns ----------------------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.timing
def test_first_rows_of_50000_concerns_within_a_second_of_unlocking(
    qtbot: Any, make_controller: Any, tmp_path: Path
) -> None:
    vault = Vault(tmp_path / "large")
    ov, _ = vault.create(school_name="Ysgol Fawr", sign_in_name="dsl", display_name="DSL",
                         passphrase=PASSPHRASE, kdf=KDF, seed=seed_catalogues)  # fmt: skip
    demo.generate(ov, concerns=50_000, seed=2)
    log.sync_search_index(ov)
    ov.close()
    controller = make_controller(vault)
    for spec in log_page_specs():
        controller.register_page(spec)
    started = time.perf_counter()
    opened = vault.unlock("dsl", PASSPHRASE)
    window = controller.enter(opened)
    window.show_page("log")
    page = window.page("log")
    assert isinstance(page, ConcernsLogPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    took = time.perf_counter() - started
    print(f"\n[log ui] unlock to the first of 50,000 rows on screen: {took * 1000:.0f} ms")
    assert page.model.rowCount() == 50_000
    assert took < 1.0
    started = time.perf_counter()
    page.search.setText("sian")
    page.apply_filter()
    print(f"[log ui] a search through the page: {(time.perf_counter() - started) * 1000:.0f} ms")
