"""The words of the error family have Welsh: every message and advice a known error is raised
with in ``db/`` and ``dsl_desktop/`` is in the one catalogue of the core's words
(``dsl_desktop.pdf.text_cy.WELSH``), as a template whose values come as parameters.

The messages are found in the source, as ``_()`` labels are for the PDFs: every call of a class
of the family (``KnownError`` and its subclasses, wherever they are defined) with a string as its
message or advice, and every ``advice = "..."`` of such a class.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

from db.errors import DiskFull, KnownError, NotFound, UnlockThrottled
from dsl_desktop.pdf.text_cy import WELSH
from dsl_desktop.services.people import InvalidInput

ROOT = Path(__file__).resolve().parents[2]
ALIASES = {"NotAllowed", "NotSignedIn", "_VaultPermissionDenied"}
"""Other names the family's classes are imported under."""
WRAPPERS = {"fetch": 3, "_require_stage": 2, "_editable": 1, "_save_answers": 3}
"""Helpers that raise a family error with one of their arguments (by position) as its message,
or as the words of what was tried that the message puts in (``doing``)."""


def _constants(tree: ast.Module) -> dict[str, str]:
    """A module's top-level string constants, for messages passed by name."""
    return {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
        for target in node.targets
        if isinstance(target, ast.Name)
    }


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    return node.attr if isinstance(node, ast.Attribute) else None


@cache
def _sources() -> dict[str, ast.Module]:
    return {
        path.relative_to(ROOT).as_posix(): ast.parse(path.read_text(encoding="utf-8"))
        for folder in ("db", "dsl_desktop")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if "migrations" not in path.parts
    }


def _family() -> set[str]:
    """The names of KnownError and every class that derives from it, however deep."""
    classes = [n for tree in _sources().values() for n in ast.walk(tree)
               if isinstance(n, ast.ClassDef)]  # fmt: skip
    family = {"KnownError"} | ALIASES
    grew = True
    while grew:
        grew = False
        for cls in classes:
            if cls.name not in family and any(_name(b) in family for b in cls.bases):
                family.add(cls.name)
                grew = True
    return family


@cache
def error_texts() -> tuple[dict[str, str], list[str]]:
    """Every message and advice given to the family as a string (with where), and the places
    that give one as an f-string (which no catalogue can hold)."""
    family = _family()
    found: dict[str, str] = {}
    formatted: list[str] = []
    for where, tree in _sources().items():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and node.name in family:
                for call in ast.walk(node):  # what the class gives its base: super().__init__(...)
                    if (
                        isinstance(call, ast.Call)
                        and isinstance(call.func, ast.Attribute)
                        and call.func.attr == "__init__"
                        and isinstance(call.func.value, ast.Call)
                        and _name(call.func.value.func) == "super"
                        and call.args
                        and isinstance(call.args[0], ast.Constant)
                        and isinstance(call.args[0].value, str)
                    ):
                        for arg in call.args[:2]:
                            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                                found.setdefault(arg.value, f"{where}:{call.lineno}")
                for item in node.body:
                    if (
                        isinstance(item, ast.Assign)
                        and any(_name(t) == "advice" for t in item.targets)
                        and isinstance(item.value, ast.Constant)
                        and isinstance(item.value.value, str)
                    ):
                        found.setdefault(item.value.value, where)
            elif isinstance(node, ast.Call) and _name(node.func) in WRAPPERS:
                position = WRAPPERS[_name(node.func) or ""]
                if len(node.args) > position:
                    arg = node.args[position]
                    text = _constants(tree).get(arg.id) if isinstance(arg, ast.Name) else None
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        text = arg.value
                    if text:
                        found.setdefault(text, f"{where}:{node.lineno}")
            elif isinstance(node, ast.Call) and _name(node.func) in family:
                for arg in node.args[:2]:
                    named = _constants(tree).get(arg.id) if isinstance(arg, ast.Name) else None
                    if named:
                        found.setdefault(named, f"{where}:{node.lineno}")
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value:
                        found.setdefault(arg.value, f"{where}:{node.lineno}")
                    elif isinstance(arg, ast.JoinedStr):
                        formatted.append(f"{where}:{node.lineno}")
    return found, formatted


def test_the_search_finds_the_family() -> None:
    found, _ = error_texts()
    assert "The vault is in use by another program." in found  # db/engine.py's table
    assert "The date of receipt cannot be in the future." in found  # InvalidInput in a service
    assert NotFound.advice in found and DiskFull.advice in found  # class advice
    assert len(found) > 200


def test_every_error_has_welsh() -> None:
    found, _ = error_texts()
    missing = [f"{where}: {text!r}" for text, where in found.items() if not WELSH.get(text)]
    assert not missing, "add these to dsl_desktop/pdf/text_cy_errors.py:\n" + "\n".join(missing)


def test_db_gives_its_values_as_parameters() -> None:
    """An f-string message is one English sentence per value: db/ gives templates and values."""
    _, formatted = error_texts()
    assert not [where for where in formatted if where.startswith("db/")]


def test_an_error_carries_its_template_and_values() -> None:
    error = DiskFull("The disk is full, so {where} could not be written.", where="Siân.pdf")
    assert str(error) == error.message == "The disk is full, so Siân.pdf could not be written."
    assert error.key == "The disk is full, so {where} could not be written."
    assert dict(error.params) == {"where": "Siân.pdf"}
    assert error.advice == DiskFull.advice
    with pytest.raises(TypeError):
        error.params["where"] = "other"  # type: ignore[index]
    waited = UnlockThrottled(3.2)
    assert waited.key in WELSH and dict(waited.params) == {"seconds": 4}
    assert "Wait 4 seconds" in waited.message
    plain = KnownError("Braces {like these} stay as they are.")
    assert plain.message == plain.key == "Braces {like these} stay as they are."


def test_invalid_input_from_one_sentence_is_a_template_too() -> None:
    error = InvalidInput("Keep between 1 and {most} automatic backups.", most=30)
    assert error.message == "Keep between 1 and 30 automatic backups."
    assert error.key in WELSH
    assert [p.message for p in error.problems] == [error.message]
    assert error.advice == InvalidInput.advice
