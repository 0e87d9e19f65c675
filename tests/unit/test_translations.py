"""The Welsh catalogue: every text in ui/ reaches tr(), the catalogue is complete and current.

* No user-facing literal in ``ui/`` bypasses ``tr()`` / ``translate()`` (an AST scan of the
  calls that put text on screen).
* ``dsl_desktop_cy.ts`` holds every message lupdate finds (``update.py --check`` in a test), each
  with a finished Welsh translation keeping the English's placeholders, markup and mnemonic,
  and the committed ``.qm`` is what lrelease makes of it.
* Loaded into a ``QTranslator``, the ``.qm`` turns known English into Welsh.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from keyring.backends import fail
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
TS_FILE = TRANSLATIONS / "dsl_desktop_cy.ts"
QM_FILE = TRANSLATIONS / "dsl_desktop_cy.qm"


def _update_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_update", TRANSLATIONS / "update.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


update = _update_module()

# --- every user-facing literal goes through tr() ------------------------------------------------

# Calls that put their text on screen, and which positional arguments hold the text (None: all).
TEXT_CALLS: dict[str, tuple[int, ...] | None] = {
    # Qt setters
    "setText": (0,), "setWindowTitle": (0,), "setToolTip": (0,), "setStatusTip": (0,),
    "setWhatsThis": (0,), "setPlaceholderText": (0,), "setAccessibleName": (0,),
    "setAccessibleDescription": (0,), "setTitle": (0,), "setSubTitle": (0,),
    "setHeaderLabels": (0,), "setHorizontalHeaderLabels": (0,), "setVerticalHeaderLabels": (0,),
    "setTabText": (1,), "setTabToolTip": (1,), "setItemText": (1,), "setButtonText": (1,),
    "setSuffix": (0,), "setPrefix": (0,), "setSpecialValueText": (0,), "setLabelText": (0,),
    "setInformativeText": (0,), "setDetailedText": (0,), "setHtml": (0,), "setMarkdown": (0,),
    "setNameFilter": (0,), "setCheckBoxText": (0,), "setFinalPage": (), "showMessage": (0,),
    "addTab": (1, 2), "insertTab": (2, 3), "addItem": (0,), "insertItem": (1,),
    "addItems": (0,), "addAction": (0, 1), "addMenu": (0, 1), "addRow": (0,),
    "addButton": (0,), "setSectionText": (0,),
    # Qt widgets and items built with their text
    "QLabel": (0,), "QPushButton": (0, 1), "QCheckBox": (0,), "QRadioButton": (0,),
    "QGroupBox": (0,), "QAction": (0, 1), "QToolButton": (), "QCommandLinkButton": (0, 1),
    "QMenu": (0,), "QTableWidgetItem": (0,), "QTreeWidgetItem": (0,), "QListWidgetItem": (0,),
    "QStandardItem": (0,),
    # the app's own helpers that show text (ui/widgets.py, ui/shared/ ...)
    "heading": (0,), "caption": (0,), "show_message": (0, 1), "show_lines": (0, 1),
    "show_problem": (0,), "bold_label": (0,), "value_label": (1,), "line_edit": (0, 1),
    "text_edit": (0,), "Collapsible": (0,), "DateTimeEdit": (0,), "OptionalDateEdit": (0,),
    "counted": (1, 2), "set_messages": (0,), "question": (1,), "show_vault_error": (2,),
}  # fmt: skip
TEXT_KEYWORDS = {"text", "title", "toolTip", "placeholder", "accessible_name", "message", "advice"}
MESSAGE_BOXES = {"information", "warning", "question", "critical", "about"}


# Literals that are not words to translate: separators, file patterns, technical codes.
ALLOWED_LITERALS = {
    "XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX",  # the shape of a recovery code
    "<br>",
}

# In ui/log/, which another developer is finishing: still to wrap in tr() there (see the report
# that came with the Welsh catalogue). Remove entries as they are fixed; add none.
KNOWN_IN_LOG: set[tuple[str, str]] = set()

_WORD = re.compile(r"[A-Za-z]{2,}")


def _literal_parts(node: ast.AST) -> Iterator[str]:
    """The literal text an expression puts on screen as it is, without a translation call."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.JoinedStr):
        for value in node.values:
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                yield value.value
    elif isinstance(node, ast.BinOp):
        yield from _literal_parts(node.left)
        yield from _literal_parts(node.right)
    elif isinstance(node, ast.IfExp):
        yield from _literal_parts(node.body)
        yield from _literal_parts(node.orelse)
    elif isinstance(node, ast.List | ast.Tuple):
        for element in node.elts:
            yield from _literal_parts(element)
    elif (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("format", "replace", "join", "strip", "upper", "lower")
    ):
        # "Hello %1".replace(...) is still an untranslated "Hello"; the arguments are values.
        yield from _literal_parts(node.func.value)


def _call_name(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    if isinstance(node.func, ast.Name):
        return node.func.id
    return None


def untranslated_literals(path: Path) -> Iterator[tuple[int, str]]:
    """(line, text) for each literal with words that reaches the screen without tr()."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        candidates: list[ast.AST] = []
        if (
            name in MESSAGE_BOXES
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "QMessageBox"
        ):
            candidates = list(node.args[1:3])
        elif name in TEXT_CALLS:
            positions = TEXT_CALLS[name]
            candidates = [
                arg for i, arg in enumerate(node.args) if positions is None or i in positions
            ]
            candidates += [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS]
        for candidate in candidates:
            for text in _literal_parts(candidate):
                if _WORD.search(text) and text.strip() not in ALLOWED_LITERALS:
                    yield node.lineno, text


def _findings() -> list[tuple[str, int, str]]:
    found = []
    for path in update.ui_sources():
        rel = path.relative_to(ROOT).as_posix()
        found += [(rel, line, text) for line, text in untranslated_literals(path)]
    return found


def test_every_user_facing_literal_goes_through_tr() -> None:
    found = [
        f"{rel}:{line}: {text!r}"
        for rel, line, text in _findings()
        if (rel, text) not in KNOWN_IN_LOG
    ]
    assert not found, "wrap these in self.tr() / QCoreApplication.translate():\n" + "\n".join(found)


def test_the_scan_catches_a_plain_literal(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "label = QLabel('Hello there')\n"
        "label.setText(self.tr('Fine'))\n"
        "button.setToolTip(f'Open {name}')\n"
        "box.addItem(self.tr('Off'), 'off')\n"
        "QMessageBox.warning(self, 'Oops', self.tr('Fine'))\n"
        "label.setText('Hello %1'.replace('%1', name))\n"
        "row.addRow('', widget)\n",
        encoding="utf-8",
    )
    found = sorted(text for _line, text in untranslated_literals(sample))
    assert found == sorted(["Hello there", "Open ", "Oops", "Hello %1"])


def _string(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def tr_calls(path: Path) -> Iterator[tuple[int, str, str]]:
    """(line, context, text) of each translation call with literal text, f-strings included.

    ``self.tr`` takes the enclosing class as its context, ``_tr`` its module's helper context;
    ``other.tr`` (another object's class) cannot be told from the source and is left out.
    """
    source = path.read_text(encoding="utf-8")
    helper = update.helper_context(source)

    def visit(node: ast.AST, cls: str | None) -> Iterator[tuple[int, str, str]]:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else cls
            if isinstance(child, ast.Call) and child.args:
                func, first = child.func, _string(child.args[0])
                name = _call_name(child)
                found: tuple[str | None, str | None] = (None, None)
                if name == "tr" and isinstance(func, ast.Attribute):
                    if isinstance(func.value, ast.Name) and func.value.id == "self":
                        found = (cls, first)
                elif name in ("translate", "QT_TRANSLATE_NOOP") and len(child.args) > 1:
                    found = (first, _string(child.args[1]))
                elif name == "_tr" and helper is not None:
                    found = (helper, first)
                context, text = found
                if context is not None and text is not None:
                    yield child.lineno, context, text
            yield from visit(child, inner)

    yield from visit(ast.parse(source), None)


def test_tr_calls_are_found_in_f_strings_too(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "class Panel:\n"
        "    def show(self):\n"
        "        return f\"<b>{self.tr('because:')}</b>\" + self.model.tr('skipped')\n",
        encoding="utf-8",
    )
    assert [(context, text) for _line, context, text in tr_calls(sample)] == [("Panel", "because:")]


def test_every_translated_literal_reaches_the_catalogue() -> None:
    """lupdate misses tr() inside an f-string; such a text would never be translated."""
    pairs = update.source_pairs(TS_FILE)
    missing = [
        f"{path.relative_to(ROOT).as_posix()}:{line}: [{context}] {text!r}"
        for path in update.ui_sources()
        for line, context, text in tr_calls(path)
        if (context, text) not in pairs
    ]
    assert not missing, (
        "not in the catalogue (move tr() out of the f-string, then `make translations`):\n"
        + "\n".join(missing)
    )


# --- the catalogue -----------------------------------------------------------------------------


def _messages() -> list[tuple[str, str, str | None, str | None]]:
    """(context, source, translation, type) for every message in the committed .ts."""
    found = []
    for context, message in update.messages(TS_FILE):
        translation = message.find("translation")
        assert translation is not None
        text = translation.text
        if message.get("numerus") == "yes":  # counted text: every form must be there
            forms = [f.text or "" for f in translation.iter("numerusform")]
            text = forms[0] if forms and all(f.strip() for f in forms) else None
        found.append((context, message.findtext("source") or "", text, translation.get("type")))
    return found


def test_catalogue_is_current_with_the_source() -> None:
    """Fails when lupdate would find texts the committed .ts lacks: run `make translations`."""
    result = subprocess.run(
        [sys.executable, str(TRANSLATIONS / "update.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, (
        "resources/translations/dsl_desktop_cy.ts is out of date; run `make translations` "
        "and translate what is new:\n" + result.stdout + result.stderr
    )


def test_every_message_has_a_finished_welsh_translation() -> None:
    unfinished = [
        f"[{context}] {source}"
        for context, source, translation, kind in _messages()
        if kind is not None or not (translation or "").strip()
    ]
    assert not unfinished, "no Welsh yet:\n" + "\n".join(unfinished)


def test_catalogue_json_covers_every_message() -> None:
    catalogue = json.loads((TRANSLATIONS / "cy_source.json").read_text(encoding="utf-8"))
    missing = [
        f"[{context}] {source}"
        for context, source, _translation, _kind in _messages()
        if not update.welsh_for(catalogue, context, source)
    ]
    assert not missing, "cy_source.json has no Welsh for:\n" + "\n".join(missing)


_PLACEHOLDER = re.compile(r"%\d|\{[A-Za-z_][A-Za-z_0-9]*\}")
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^>]*>")
_MNEMONIC = re.compile(r"&(?!&)(?=[^\s&;#])")
_ENTITY = re.compile(r"&(?:[A-Za-z]+|#\d+);")


def mnemonics(text: str) -> int:
    return len(_MNEMONIC.findall(_ENTITY.sub("", text)))


def test_placeholders_markup_and_mnemonics_survive_translation() -> None:
    problems = []
    for context, source, translation, _kind in _messages():
        welsh = translation or ""
        label = f"[{context}] {source!r} -> {welsh!r}"
        if Counter(_PLACEHOLDER.findall(source)) != Counter(_PLACEHOLDER.findall(welsh)):
            problems.append("placeholders differ: " + label)
        if Counter(t.lower() for t in _TAG.findall(source)) != Counter(
            t.lower() for t in _TAG.findall(welsh)
        ):
            problems.append("HTML tags differ: " + label)
        if mnemonics(source) != mnemonics(welsh):
            problems.append("mnemonic (&) differs: " + label)
        if source.endswith("…") != welsh.endswith("…"):
            problems.append("ellipsis differs: " + label)
    assert not problems, "\n".join(problems)


def test_committed_qm_is_compiled_from_the_committed_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    update.run_lrelease(TS_FILE, fresh)
    assert fresh.read_bytes() == QM_FILE.read_bytes(), "run `make translations` to rebuild the .qm"


# --- the compiled catalogue at run time -------------------------------------------------------


@pytest.fixture
def welsh(qapp: QApplication) -> Iterator[None]:
    """The Welsh catalogue installed (pytest-qt's QApplication, which the UI tests share)."""
    from ui import i18n

    assert i18n.install(qapp, i18n.WELSH)
    try:
        yield
    finally:
        i18n.install(qapp, i18n.ENGLISH)


@pytest.mark.usefixtures("welsh")
def test_qm_translates_known_texts() -> None:
    from PySide6.QtCore import QCoreApplication

    tr = QCoreApplication.translate
    assert tr("Roles", "Designated Safeguarding Lead") == "Arweinydd Dynodedig Diogelu"
    assert tr("Pages", "Concerns") == "Pryderon"
    assert tr("QPlatformTheme", "Cancel") == "Canslo"
    assert tr("ReferralFields", "Mental health") == "Iechyd meddwl"
    # a text lupdate finds only through a module's _tr() helper
    assert tr("Widgets", "Not set") == "Heb ei osod"
    # an unknown text stays as it is
    assert tr("Pages", "No such text") == "No such text"


@pytest.mark.usefixtures("welsh")
def test_counted_texts_take_the_welsh_forms() -> None:
    from PySide6.QtCore import QCoreApplication

    for n in (0, 1, 2, 6, 11, 1234):
        text = QCoreApplication.translate("Worklist", "%n review(s) overdue", "", n)
        assert text == f"{n} adolygiad yn hwyr"


def test_counted_texts_take_the_english_forms(qapp: QApplication) -> None:
    from PySide6.QtCore import QCoreApplication

    from ui import i18n

    i18n.install(qapp, i18n.ENGLISH)
    tr = QCoreApplication.translate
    assert tr("Worklist", "%n review(s) overdue", "", 1) == "1 review overdue"
    assert tr("Worklist", "%n review(s) overdue", "", 2) == "2 reviews overdue"
    assert tr("Worklist", "%n review(s) overdue", "", 0) == "0 reviews overdue"
    assert tr("Worklist", "and %n more", "", 1) == "and 1 more"
    assert tr("Worklist", "%n open concern(s)", "", 1) == "1 open concern"


def test_english_plural_catalogue_is_compiled_from_its_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    update.run_lrelease(update.EN_TS_FILE, fresh)
    assert fresh.read_bytes() == update.EN_QM_FILE.read_bytes()


@pytest.mark.usefixtures("welsh")
def test_qt_own_buttons_are_welsh_too() -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QWizard

    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    assert sorted(button.text() for button in box.buttons()) == ["Cadw", "Canslo"]
    wizard = QWizard()
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "&Nesaf >"


# --- choosing the language ---------------------------------------------------------------------


def test_system_choice_follows_the_computer() -> None:
    from ui import i18n

    welsh = QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom)
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    assert i18n.resolve("system", welsh) == "cy"
    assert i18n.resolve("system", english) == "en"
    assert i18n.resolve("cy", english) == "cy"
    assert i18n.resolve("en", welsh) == "en"


def test_choice_is_kept_in_qsettings(tmp_path: Path) -> None:
    from ui import i18n

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert i18n.chosen(settings) == "system"
    i18n.store(settings, "cy")
    assert settings.value("ui/language") == "cy"
    assert i18n.chosen(settings) == "cy"
    settings.setValue("ui/language", "fr")
    assert i18n.chosen(settings) == "system"
    with pytest.raises(ValueError):
        i18n.store(settings, "fr")


def test_install_chosen_language_and_back(qapp: QApplication, tmp_path: Path) -> None:
    from PySide6.QtCore import QCoreApplication

    from ui import i18n

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    i18n.store(settings, "cy")
    before = QLocale().name()
    try:
        assert i18n.install_chosen(qapp, settings) == "cy"
        assert i18n.current_language() == "cy"
        assert QCoreApplication.translate("Pages", "Home") == "Hafan"
        assert QLocale().language() == QLocale.Language.Welsh
    finally:
        i18n.install(qapp, i18n.ENGLISH)
    assert i18n.current_language() == "en"
    assert QCoreApplication.translate("Pages", "Home") == "Home"
    assert QLocale().name() == before


def test_note_about_the_next_start_can_be_given_in_the_other_language() -> None:
    from ui import i18n

    source = "The new language is used from the next time DSL Desktop starts."
    assert i18n.translate_in("cy", "SettingsDialog", source).startswith("Defnyddir yr iaith")
    assert i18n.translate_in("en", "SettingsDialog", source) == source


def test_settings_dialog_offers_the_language_for_next_start(
    qtbot: QtBot, new_vault: Callable[..., tuple[Any, Any, str]], tmp_path: Path
) -> None:
    from types import SimpleNamespace

    from ui import i18n
    from ui.pages import PageContext
    from ui.settings_dialog import SettingsDialog

    _vault, ov, _code = new_vault(keyring_backend=fail.Keyring())
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    controller = SimpleNamespace(settings=settings)
    ctx = PageContext(vault=ov, user=ov.user, controller=controller, window=None)  # type: ignore[arg-type]
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == [
        "system",
        "en",
        "cy",
    ]
    assert dialog.language.currentData() == "system"
    assert not dialog.language_note.isVisibleTo(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("cy"))
    assert dialog.language_note.isVisibleTo(dialog)
    assert "next time" in dialog.language_note.text()
    assert "Defnyddir yr iaith newydd" in dialog.language_note.text()
    dialog.save()
    assert i18n.chosen(settings) == "cy"
