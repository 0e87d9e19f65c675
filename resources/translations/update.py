"""Brings the Welsh catalogue up to date: ``make translations`` runs this.

1. ``pyside6-lupdate`` reads every ``ui/**/*.py`` into ``dsl_desktop_cy.ts``. lupdate only sees
   ``self.tr("...")``, ``QCoreApplication.translate("Context", "...")`` and
   ``QT_TRANSLATE_NOOP(...)``; several modules wrap ``translate`` in a one-argument helper
   (``def _tr(text): return QCoreApplication.translate("Records", text)``), so lupdate reads a
   copy of ``ui/`` in which each such ``_tr(`` call is spelt out as the ``translate`` call it
   makes. The copy also holds one generated module, :data:`EXTRA_MODULE`, naming texts that
   reach ``tr()`` at run time from the Qt-free core (referral field labels, the decision
   questions, passphrase advice, the prompts in
   ``resources/prevent/vaf_prompts.json``) and the few Qt texts the app shows (standard
   buttons, the wizard's buttons, the edit menu), since Qt ships no Welsh of its own.
2. Each message gets its Welsh from ``cy_source.json`` (``"messages"``: English -> Welsh;
   ``"by_context"``: context -> English -> Welsh where one English text needs a different
   Welsh in one place). A message without Welsh stays ``type="unfinished"`` and is listed.
3. ``pyside6-lrelease`` compiles the catalogue into ``dsl_desktop_cy.qm`` (kept in the
   repository, so neither ``make install`` nor ``make test`` needs these tools).
4. Texts with a count (``self.tr("%n concern(s)", "", n)``) are numerus messages: their forms
   come from ``"numerus"`` in ``cy_source.json`` (source -> ``{"cy": [...], "en": [...]}``).
   Qt's Welsh has five forms (n = 0, 1, 2-5, 6, any other), English two (1, other). The
   English forms go into ``dsl_desktop_en.ts``/``.qm``, which holds only these messages
   (``lupdate -pluralonly``) and is installed whenever the app is in English.

``--check`` compares what lupdate would write with the committed catalogue and changes nothing.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TS_FILE = HERE / "dsl_desktop_cy.ts"
QM_FILE = HERE / "dsl_desktop_cy.qm"
EN_TS_FILE = HERE / "dsl_desktop_en.ts"
EN_QM_FILE = HERE / "dsl_desktop_en.qm"
FORMS = {"cy": 5, "en": 2}
CATALOGUE = HERE / "cy_source.json"
EXTRA_MODULE = "_translated_elsewhere.py"
LANGUAGE = "cy_GB"

_HELPER_CALL = re.compile(r"(?<![\w.])_tr\(")
_HELPER_DEF = re.compile(r"^\s*def _tr\(", re.MULTILINE)

# Texts Qt itself shows in this app's windows, in Qt's own translation contexts.
QT_MESSAGES: dict[str, tuple[str, ...]] = {
    "QPlatformTheme": (
        "OK", "Save", "Save All", "Open", "&Yes", "Yes to &All", "&No", "N&o to All", "Abort",
        "Retry", "Ignore", "Close", "Cancel", "Discard", "Help", "Apply", "Reset",
        "Restore Defaults", "Don't Save",
    ),
    "QGnomeTheme": ("&OK", "&Save", "&Cancel", "&Close", "Close without Saving"),
    "QWizard": (
        "Go Back", "< &Back", "Continue", "&Next >", "Commit", "Done", "&Finish", "Cancel",
        "&Help", "Help",
    ),
    "QLineEdit": ("&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"),
    "QWidgetTextControl": (
        "&Undo", "&Redo", "Cu&t", "&Copy", "Copy &Link Location", "&Paste", "Delete",
        "Select All",
    ),
    "QMessageBox": ("Show Details...", "Hide Details..."),
}  # fmt: skip


def tool(name: str) -> str:
    """A Qt tool from the virtual environment that runs this script, else from PATH."""
    here = Path(sys.executable).parent / name
    found = here if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: run `make install` first")
    return str(found)


def ui_sources(root: Path = ROOT) -> list[Path]:
    return sorted(p for p in (root / "ui").rglob("*.py") if "__pycache__" not in p.parts)


def helper_context(source: str) -> str | None:
    """The context of a module's ``_tr`` helper, if it is ``translate("Context", text)``."""
    if not _HELPER_DEF.search(source):
        return None
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef) and node.name == "_tr":
            for inner in ast.walk(node):
                if (
                    isinstance(inner, ast.Call)
                    and isinstance(inner.func, ast.Attribute)
                    and inner.func.attr == "translate"
                    and inner.args
                    and isinstance(inner.args[0], ast.Constant)
                    and isinstance(inner.args[0].value, str)
                ):
                    return inner.args[0].value
    return None


def spell_out_helpers(source: str) -> str:
    """``_tr("x")`` as ``QCoreApplication.translate("Context", "x")``, which lupdate reads."""
    context = helper_context(source)
    if context is None:
        return source
    lines = []
    for line in source.splitlines(keepends=True):
        if not line.lstrip().startswith("def _tr("):
            line = _HELPER_CALL.sub(f"QCoreApplication.translate({context!r}, ", line)
        lines.append(line)
    return "".join(lines)


def core_messages() -> dict[str, list[str]]:
    """Texts from the Qt-free core that the front end passes to ``tr()`` at run time."""
    sys.path.insert(0, str(ROOT))
    try:
        from dsl_desktop import guidance
        from dsl_desktop.passphrase import assess
        from dsl_desktop.referral_fields import FIELDS
        from dsl_desktop.resources import load_json
        from dsl_desktop.training.importer import DELIMITER_NAMES
    finally:
        sys.path.remove(str(ROOT))

    found: dict[str, list[str]] = {}

    def add(context: str, texts: Iterable[str]) -> None:
        bucket = found.setdefault(context, [])
        bucket += [t for t in texts if t and t not in bucket]

    add("ReferralFields", (t for f in FIELDS for t in (f.label, f.help)))
    problems = [p for probe in ("", " a ", "password", "aaaa") for p in assess(probe).problems]
    add("Widgets", problems)
    questions = [t for q in guidance.QUESTIONS for t in (q.text, q.help)]
    prompts = load_json("prevent", "vaf_prompts.json")
    prompt_texts = [prompts["notice"]]
    for dimension in prompts["dimensions"]:
        prompt_texts += [dimension["label"], *dimension["prompts"]]
    # The guidance's cautions and reminder are core messages: their Welsh is in
    # dsl_desktop/pdf/text_cy.py, shown through ui.i18n.core_text.
    add("DecideStep", [*questions, *prompt_texts])
    add("PreviewPage", DELIMITER_NAMES.values())
    return found


def extra_module() -> str:
    """Python source naming the texts lupdate cannot find in ``ui/``, one mark each."""
    lines = [
        '"""Generated by resources/translations/update.py for lupdate; never imported."""',
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
    ]
    groups: dict[str, list[str]] = {k: list(v) for k, v in QT_MESSAGES.items()}
    for context, texts in core_messages().items():
        groups.setdefault(context, [])
        groups[context] += [t for t in texts if t not in groups[context]]
    for context, texts in groups.items():
        lines += [f"QT_TRANSLATE_NOOP({context!r}, {text!r})" for text in texts]
    return "\n".join(lines) + "\n"


def prepare_sources(dest: Path, root: Path = ROOT) -> list[Path]:
    """The copy of ``ui/`` that lupdate reads, with the generated module; returns its files."""
    files = []
    for path in ui_sources(root):
        target = dest / path.relative_to(root)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(spell_out_helpers(path.read_text(encoding="utf-8")), encoding="utf-8")
        files.append(target)
    extra = dest / "ui" / EXTRA_MODULE
    extra.write_text(extra_module(), encoding="utf-8")
    files.append(extra)
    return files


def run_lupdate(
    ts_file: Path, root: Path = ROOT, *, language: str = LANGUAGE, plural_only: bool = False
) -> None:
    """Extract every message into ``ts_file`` (merged with what it holds; vanished ones go)."""
    with tempfile.TemporaryDirectory(prefix="dsl-lupdate-") as work:
        files = prepare_sources(Path(work), root)
        listing = Path(work) / "sources.lst"
        listing.write_text("\n".join(str(f) for f in files) + "\n", encoding="utf-8")
        subprocess.run(
            [
                tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                *(["-pluralonly"] if plural_only else []),
                "-target-language", language, f"@{listing}", "-ts", str(ts_file),
            ],
            check=True,
        )  # fmt: skip


def messages(ts_file: Path) -> Iterator[tuple[str, ET.Element]]:
    """(context, <message>) for every message in a .ts file."""
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def source_pairs(ts_file: Path) -> set[tuple[str, str]]:
    return {(ctx, m.findtext("source") or "") for ctx, m in messages(ts_file)}


def load_catalogue(path: Path = CATALOGUE) -> dict[str, object]:
    data: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return data


def forms_for(catalogue: Mapping[str, object], source: str, language: str) -> list[str] | None:
    """The numerus forms of a counted text in ``language`` ("cy" or "en"), if all are given."""
    numerus = catalogue.get("numerus", {})
    assert isinstance(numerus, dict)
    entry = numerus.get(source, {})
    forms = entry.get(language) if isinstance(entry, dict) else None
    if not isinstance(forms, list) or len(forms) != FORMS[language] or not all(forms):
        return None
    return [str(f) for f in forms]


def welsh_for(catalogue: Mapping[str, object], context: str, source: str) -> str | None:
    if "%n" in source:
        forms = forms_for(catalogue, source, "cy")
        if forms is not None:
            return " | ".join(forms)
    by_context = catalogue.get("by_context", {})
    assert isinstance(by_context, dict)
    specific = by_context.get(context, {})
    if source in specific:
        return str(specific[source])
    general = catalogue.get("messages", {})
    assert isinstance(general, dict)
    found = general.get(source)
    return None if found is None else str(found)


def fill(
    ts_file: Path, catalogue: Mapping[str, object], language: str = "cy"
) -> list[tuple[str, str]]:
    """Write the catalogue's Welsh (or, for ``"en"``, the English numerus forms) into
    ``ts_file``; returns the messages still without it."""
    tree = ET.parse(ts_file)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            if message.get("numerus") == "yes":
                forms = forms_for(catalogue, source, language)
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in forms or [""] * FORMS[language]:
                    ET.SubElement(translation, "numerusform").text = form or None
                if forms:
                    translation.attrib.pop("type", None)
                else:
                    translation.set("type", "unfinished")
                    missing.append((name, source))
                continue
            welsh = welsh_for(catalogue, name, source)
            if welsh:
                translation.text = welsh
                translation.attrib.pop("type", None)
            else:
                translation.text = None
                translation.set("type", "unfinished")
                missing.append((name, source))
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_file.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return missing


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report new or vanished texts only")
    args = parser.parse_args(argv)
    if args.check:
        with tempfile.TemporaryDirectory() as work:
            fresh = Path(work) / TS_FILE.name
            run_lupdate(fresh)
            now, committed = source_pairs(fresh), source_pairs(TS_FILE)
        for context, source in sorted(now - committed):
            print(f"new: [{context}] {source}")
        for context, source in sorted(committed - now):
            print(f"vanished: [{context}] {source}")
        return 1 if now != committed else 0
    run_lupdate(TS_FILE)
    catalogue = load_catalogue()
    missing = fill(TS_FILE, catalogue)
    run_lrelease(TS_FILE, QM_FILE)
    run_lupdate(EN_TS_FILE, language="en_GB", plural_only=True)
    missing += [(c, f"(English forms) {t}") for c, t in fill(EN_TS_FILE, catalogue, "en")]
    run_lrelease(EN_TS_FILE, EN_QM_FILE)
    total = sum(1 for _ in messages(TS_FILE))
    print(f"{TS_FILE.name}: {total} messages, {total - len(missing)} in Welsh")
    for context, source in missing:
        print(f"  no Welsh yet: [{context}] {source}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
