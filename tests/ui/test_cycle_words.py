"""The cycle's refusals reach a Spanish window in Spanish, placeholders filled in."""

from __future__ import annotations

from tests.ledger.conftest import group, people, store  # noqa: F401 (fixtures)
from tests.ledger.savings.cycle_refusals import collect
from tests.ui.test_core_text import spanish  # noqa: F401 (fixture)
from ui.core_text import core_text


def test_every_cycle_refusal_reads_in_spanish(spanish, store, people, group) -> None:  # noqa: F811
    for refusal in collect(store, people, group):
        text = core_text(refusal.error)
        assert refusal.spanish in text, (refusal.name, text)
        assert "{" not in text, (refusal.name, text)
