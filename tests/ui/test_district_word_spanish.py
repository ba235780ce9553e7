"""In Spanish a group's word for its districts may be feminine ("aldea") or masculine
("distrito"): every core text that names it reads right for both, because the Spanish
templates put no article or adjective with it."""

from __future__ import annotations

import ast
import functools
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from ledger.store.kinds import describe
from ledger.store.words import CONTEXT, Words
from tests.ui.test_core_text import spanish  # noqa: F401 (fixture)
from ui.core_text import core_text

LEDGER = Path(__file__).resolve().parents[2] / "ledger"
WORDS = ("aldea", "distrito")
GENDERED = (
    r"\b(el|la|los|las|del|al|un|una|ningún|ninguna|este|esta|otro|otra|propio|propia|"
    r"nuevo|nueva|mismo|misma|retirado|retirada|llamado|llamada|que|cual)\b"
)


def _binds_the_word(value: ast.expr) -> bool:
    """`WORD` (the kinds' group word) or `....district_word()`."""
    if isinstance(value, ast.Name):
        return value.id == "WORD"
    return (
        isinstance(value, ast.Call)
        and isinstance(value.func, ast.Attribute)
        and value.func.attr == "district_word"
    )


@functools.cache
def word_templates() -> dict[str, frozenset[str]]:
    """Each core template given the group's word for districts: template -> placeholders
    that hold the word (found in the core's sources, so a new one is checked too)."""
    found: dict[str, set[str]] = {}
    for path in LEDGER.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            first = node.args[0]
            if not (
                isinstance(first, ast.Call)
                and getattr(first.func, "id", "") == "QT_TRANSLATE_NOOP"
                and isinstance(first.args[1], ast.Constant)
            ):
                continue
            held = {k.arg for k in node.keywords if k.arg and _binds_the_word(k.value)}
            if held:
                found.setdefault(str(first.args[1].value), set()).update(held)  # type: ignore[arg-type]
    return {template: frozenset(keys) for template, keys in found.items()}


def test_the_templates_with_the_word_are_found() -> None:
    found = word_templates()
    assert found["added the {word} {name}"] == {"word"}
    assert found["the group already has a {district} called {name}"] == {"district"}
    assert "{name} is in {district} already" not in found  # a district's name, not the word
    assert len(found) >= 12


@pytest.mark.parametrize("word", WORDS)
def test_no_article_or_adjective_goes_with_the_word(spanish: None, word: str) -> None:  # noqa: F811
    for template, keys in word_templates().items():
        translated = QCoreApplication.translate(CONTEXT, template)
        assert translated != template, template  # translated at all
        params = {k: (word if k in keys else "Norte") for k in re.findall(r"\{(\w+)\}", template)}
        text = core_text(Words(template, **params))
        before = re.search(GENDERED + rf"\s+{word}\b", text)
        after = re.search(rf"\b{word}\s+(Norte\s+)?" + GENDERED, text)
        assert before is None and after is None, text


def test_descriptions_read_right_for_both_words(spanish: None) -> None:  # noqa: F811
    body = {"name": "San Juan", "district": bytes.fromhex("ab" * 32)}
    said = {w: core_text(describe("district.add", body, word=w)) for w in WORDS}
    assert said == {"aldea": "añadió San Juan (aldea)", "distrito": "añadió San Juan (distrito)"}
    moved = {"person": bytes.fromhex("cd" * 32), "district": bytes.fromhex("ab" * 32)}
    assert core_text(describe("member.move", moved, word="aldea")) == (
        "pasó al miembro cdcdcdcd a abababab (aldea)"
    )
    # the default word is the core's own, translated
    assert core_text(describe("district.add", body, word=None)) == "añadió San Juan (distrito)"


def test_a_refusal_names_a_feminine_word_rightly(spanish: None) -> None:  # noqa: F811
    taken = Words("the group already has a {district} called {name}", district="aldea",
                  name="Norte")  # fmt: skip
    assert core_text(taken) == "aldea Norte: ya existe en el grupo"


def test_the_invite_dialogs_label_reads_right(spanish: None) -> None:  # noqa: F811
    label = QCoreApplication.translate("InviteDialog", "%1 the new member joins")
    assert label.replace("%1", "Aldea") == "Aldea del nuevo miembro"
