"""The core's refusals and summaries reach the window in its language."""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop import translations
from ledger.savings import inputs
from ledger.savings.inputs import minor
from ledger.store.errors import NotFound, Refused
from ledger.store.ids import ChangeId
from ledger.store.keyring import Keyring
from ledger.store.snapshot import decode_state, encode_state
from ledger.store.state import Voided
from ledger.store.store import Store
from ledger.store.words import CONTEXT, QT_TRANSLATE_NOOP, Words, listing
from tests.ui.demo import Demo
from tests.ui.test_ledger import person, sign
from tests.ui.test_translations import read_ts
from ui.core_text import core_text
from ui.dialogs.entry import AddEntryDialog
from ui.models.activity import ActivityModel, recent_activity
from ui.signing import SigningContext

PLACEHOLDER = re.compile(r"\{(\w+)\}")
LEDGER = Path(__file__).resolve().parents[2] / "ledger"


@functools.cache
def templates() -> frozenset[str]:
    """Every template marked in the core's sources, found the way lupdate finds them."""
    found: set[str] = set()
    for path in LEDGER.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", "")) == "QT_TRANSLATE_NOOP"
                and len(node.args) == 2
                and all(isinstance(a, ast.Constant) for a in node.args)
                and node.args[0].value == CONTEXT  # type: ignore[attr-defined]
            ):
                found.add(node.args[1].value)  # type: ignore[attr-defined]
    return frozenset(found)


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    folder = translations.compile_translations()
    translator = QTranslator()
    assert translator.load(str(folder / "lattice_es.qm"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def missing_or_broken(catalogue: Path) -> list[str]:
    """Core templates without a finished translation keeping the same placeholders."""
    found = read_ts(catalogue)
    wrong = []
    for template in sorted(templates()):
        forms = found.get((CONTEXT, template), [])
        wanted = sorted(PLACEHOLDER.findall(template))
        if not forms or any(sorted(PLACEHOLDER.findall(f)) != wanted for f in forms):
            wrong.append(template)
    return wrong


def test_core_templates_are_found_as_lupdate_finds_them(tmp_path: Path) -> None:
    assert "{what} must be more than zero" in templates()
    assert "contribution" in templates()
    out = tmp_path / "lattice_xx.ts"
    translations.extract(out)
    extracted = {source for (context, source) in read_ts(out) if context == CONTEXT}
    assert extracted == templates()


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_core_template_is_translated_with_its_placeholders(language: str) -> None:
    assert missing_or_broken(translations.source_dir() / f"lattice_{language}.ts") == []


def test_the_check_finds_a_missing_or_broken_translation(tmp_path: Path) -> None:
    text = (translations.source_dir() / "lattice_es.ts").read_text("utf-8")
    broken = text.replace(
        "<translation>{what} debe ser mayor que cero</translation>",
        "<translation>{que} debe ser mayor que cero</translation>",
    ).replace("<translation>aportación</translation>", '<translation type="unfinished"/>')
    assert broken != text
    (tmp_path / "lattice_es.ts").write_text(broken, "utf-8")
    assert missing_or_broken(tmp_path / "lattice_es.ts") == [
        "contribution",
        "{what} must be more than zero",
    ]


def test_english_text_is_unchanged() -> None:
    with pytest.raises(Refused) as refused:
        minor(0, "KES")
    assert str(refused.value) == "the amount must be more than zero"
    assert core_text(refused.value) == "the amount must be more than zero"
    words = refused.value.words
    assert (words.template, words.params["what"]) == ("{what} must be more than zero", "the amount")


def test_words_and_lists_are_translated(spanish: None) -> None:
    with pytest.raises(Refused) as refused:
        minor(0, "KES")
    assert core_text(refused.value) == "el importe debe ser mayor que cero"
    either = listing(
        [QT_TRANSLATE_NOOP("core", "council"), QT_TRANSLATE_NOOP("core", "elder")],
        QT_TRANSLATE_NOOP("core", " or "),
    )
    assert str(either) == "council or elder"
    assert core_text(either) == "consejo o fiscal"
    assert core_text(Words("not a marked text {x}", x=1)) == "not a marked text 1"


@pytest.mark.parametrize(
    ("changes", "groups", "english", "spanish_text"),
    [(1, 1, "(1 change in 1 group)", "(1 cambio en 1 grupo)"),
     (12, 2, "(12 changes in 2 groups)", "(12 cambios en 2 grupos)")],
)  # fmt: skip
def test_counts_take_their_number_in_both_languages(
    qapp: QApplication, changes: int, groups: int, english: str, spanish_text: str
) -> None:
    from ledger.store.backup import CHANGES, GROUPS, STORE_EXISTS
    from ledger.store.words import counted

    refusal = Words(STORE_EXISTS, changes=counted(changes, CHANGES),
                    groups=counted(groups, GROUPS), kept="old")  # fmt: skip
    assert english in str(refusal)
    folder = translations.compile_translations()
    translator = QTranslator()
    assert translator.load(str(folder / "lattice_es.qm"))
    qapp.installTranslator(translator)
    try:
        assert spanish_text in core_text(refusal)
    finally:
        qapp.removeTranslator(translator)


def test_a_reason_kept_in_the_cached_state_is_still_translated(
    demo: tuple[Store, Demo], spanish: None
) -> None:
    """Voided changes' reasons come back from the cached state as the core's words."""
    store, d = demo
    with pytest.raises(NotFound) as refused:
        inputs.raw_id("nope", "fund")
    state = store.state(d.group)
    why = refused.value.words
    state.voided.append(Voided(ChangeId("ab" * 32), d.amina.person, "entry", why, why))
    cached = decode_state(encode_state(state))
    assert cached is not None
    reason = cached.voided[-1].reason
    assert isinstance(reason, Words)
    assert reason == str(refused.value)
    assert core_text(reason) == "«nope» no es un identificador de fondo (64 dígitos hexadecimales)"
    assert core_text("Bosco") == "Bosco"


def test_a_refused_entry_is_explained_in_spanish(
    qtbot: QtBot, demo: tuple[Store, Demo], spanish: None
) -> None:
    store, d = demo
    dialog = AddEntryDialog(
                 signing=SigningContext(
                     store=store,
                     group=d.group,
                     keyring=Keyring(store.db),
                     signers=[person(store, "Amina")],
                 ),
             )
    qtbot.addWidget(dialog)
    dialog.amount.setText("12.505")
    assert dialog.hint.text() == "KES tiene 2 decimales; «12.505» tiene más"
    dialog.type.setCurrentIndex(dialog.type.findData("withdrawal"))
    dialog.fund.setCurrentIndex(dialog.fund.findData(d.social))
    dialog.amount.setText("99999.00")
    count = store.change_count(d.group)
    sign(dialog, "Amina")
    assert dialog.error.text().startswith("Social fund tiene ")
    assert dialog.error.text().endswith(
        "de dinero confirmado (descontados los pagos ya registrados); "
        "este movimiento lo dejaría por debajo de cero"
    )
    assert store.change_count(d.group) == count


def test_the_same_refusal_in_english(qtbot: QtBot, demo: tuple[Store, Demo]) -> None:
    store, d = demo
    dialog = AddEntryDialog(
                 signing=SigningContext(
                     store=store,
                     group=d.group,
                     keyring=Keyring(store.db),
                     signers=[person(store, "Amina")],
                 ),
             )
    qtbot.addWidget(dialog)
    dialog.amount.setText("12.505")
    assert dialog.hint.text() == "KES has 2 decimal places; '12.505' has more"
    dialog.type.setCurrentIndex(dialog.type.findData("withdrawal"))
    dialog.fund.setCurrentIndex(dialog.fund.findData(d.social))
    dialog.amount.setText("99999.00")
    sign(dialog, "Amina")
    assert dialog.error.text().startswith("Social fund holds ")
    assert dialog.error.text().endswith("this would take it below zero")


def test_recent_activity_in_spanish(demo: tuple[Store, Demo], spanish: None) -> None:
    store, d = demo
    model = ActivityModel()
    model.set_rows(recent_activity(store, d.group))
    whats = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert any(w.startswith("registró un movimiento de tipo «aportación» por ") for w in whats)
    assert not any(w.startswith("recorded ") for w in whats)
