"""Every activity line is the core's words: translated in Spanish, and every amount in
the group's currency with the reader's grouping (never "minor units")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ledger.savings import actions, group_actions, inputs
from ledger.savings.money import Amount
from ledger.store.kinds import describe
from ledger.store.store import Store
from ledger.store.words import Words
from tests.ui.demo import Demo
from tests.ui.test_core_text import spanish  # noqa: F401  (a fixture)
from ui.core_text import core_text
from ui.models.activity import recent_activity

MONEY_FIELDS = ("amount", "target", "share_value", "social_fund", "fines")


def _amounts(words: object) -> Iterator[Amount]:
    if isinstance(words, Amount):
        yield words
    elif isinstance(words, Words):
        for value in words.params.values():
            yield from _amounts(value)


@pytest.fixture
def busy(demo: tuple[Store, Demo]) -> tuple[Store, Demo]:
    """The demo group with every kind of finance change the window shows as activity."""
    store, d = demo
    group_actions.record_attendance(
        store, d.amina, d.group, d.meeting, {d.baraka.person: "present"}
    )
    group_actions.record_decision(
        store, d.amina, d.group, d.meeting, motion="Buy seeds", votes_for=3, votes_against=0
    )
    actions.set_rules(
        store, d.amina, d.group, effective="2026-07-01", share_value="12500.00",
        fines={"late": "2.00"},
    )  # fmt: skip
    goal = next(iter(inputs.books_for(store, d.group).goals))
    group_actions.update_goal(store, d.amina, d.group, goal, status="dropped")
    return store, d


def test_every_change_reads_as_the_cores_words_with_amounts_in_the_currency(
    busy: tuple[Store, Demo],
) -> None:
    store, d = busy
    changes = store.recent_changes(d.group, 500)
    kinds = {c.kind for c in changes}
    assert {"entry.add", "goal.add", "goal.update", "rules.set", "meeting.open",
            "meeting.decide", "fund.add", "signoff"} <= kinds  # fmt: skip
    with_money = 0
    for change in changes:
        text = describe(change.kind, change.body, "KES")
        assert isinstance(text, Words), (change.kind, text)
        shown = core_text(text)
        assert "minor units" not in shown, shown
        if any(field in change.body for field in MONEY_FIELDS):
            amounts = list(_amounts(text))
            assert amounts, (change.kind, shown)
            assert all(a.currency == "KES" for a in amounts)
            assert "KES" in shown, shown
            with_money += 1
    assert with_money >= 20
    rules = next(c for c in changes if c.kind == "rules.set" and "fines" in c.body)
    assert "12,500.00 KES" in core_text(describe(rules.kind, rules.body, "KES"))


def test_recent_activity_shows_amounts_with_grouping(busy: tuple[Store, Demo]) -> None:
    store, d = busy
    lines = [core_text(r.what) for r in recent_activity(store, d.group, limit=500)]
    assert any("1,500.00 KES" in line for line in lines), lines
    assert not any("minor units" in line for line in lines)


def test_every_activity_line_is_spanish(
    busy: tuple[Store, Demo],
    spanish: None,  # noqa: F811
) -> None:
    store, d = busy
    for row in recent_activity(store, d.group, limit=500):
        english, shown = str(row.what), core_text(row.what)
        assert shown != english, english
    goal = next(c for c in store.recent_changes(d.group, 500) if c.kind == "goal.add")
    assert core_text(describe(goal.kind, goal.body, "KES")).startswith("propuso la meta")


def test_no_change_is_described_with_an_f_string() -> None:
    """Descriptions are `Words` templates (translatable, amounts in the currency): an
    f-string in a describe function or a lambda would stay English for every reader."""
    import ast
    from pathlib import Path

    found = []
    for path in (Path(__file__).resolve().parents[2] / "ledger").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Lambda) and isinstance(node.body, ast.JoinedStr):
                found.append(f"{path.name}:{node.lineno}")
            if isinstance(node, ast.FunctionDef) and node.name.startswith("describe"):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Return) and isinstance(inner.value, ast.JoinedStr):
                        found.append(f"{path.name}:{inner.lineno}")
    assert not found, found
