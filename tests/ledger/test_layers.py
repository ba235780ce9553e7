"""The store knows its domain only by registration (ledger/store/parts.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ledger.savings import snapshot_part
from ledger.savings.money import Amount
from ledger.store import kinds, parts
from ledger.store.errors import DecodeError
from ledger.store.words import Words

ROOT = Path(__file__).resolve().parents[2]


def test_importing_every_store_module_loads_nothing_of_the_domain() -> None:
    """Import-linter sees import statements; this also catches a module loaded by name."""
    code = (
        "import importlib, pkgutil, sys, ledger.store\n"
        "for m in pkgutil.iter_modules(ledger.store.__path__):\n"
        "    importlib.import_module('ledger.store.' + m.name)\n"
        "above = ('ledger.savings', 'ledger.exports')\n"
        "print(sorted(m for m in sys.modules if m.startswith(above)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_the_savings_domain_registers_its_books_and_amounts() -> None:
    from ledger.store import catalog

    catalog.load()
    part = parts.state_part()
    assert part is not None and part.kind.__name__ == "Books"
    assert catalog.books_factory() is part.kind
    assert any(v.kind is Amount for v in parts.value_types())


def test_a_second_domain_part_is_refused() -> None:
    class Other:
        pass

    snapshot_part.register()
    other = parts.StatePart(Other, (Other,), lambda o, f: f, lambda o, s: None)
    with pytest.raises(ValueError, match="registered already"):
        parts.register_part(other)
    snapshot_part.register()  # the same part again is no change


@pytest.mark.parametrize("bad", [[1], [1.5, "KES"], ["1", "KES"], [1, 5], "1 KES", None])
def test_a_cached_amount_of_the_wrong_shape_is_refused(bad: object) -> None:
    with pytest.raises(DecodeError):
        snapshot_part.AMOUNT.decode(bad)


def test_a_cached_amount_reads_back() -> None:
    amount = Amount(1250, "KES")
    back = snapshot_part.AMOUNT.decode(snapshot_part.AMOUNT.encode(amount))
    assert back == 1250 and isinstance(back, Amount) and back.currency == "KES"


def test_the_group_currency_binds_amounts_in_texts_without_the_store_knowing_money() -> None:
    text = Words("paid {amount} for {what}", amount=Amount(1250), what=Words("{n} shares", n=2))
    bound = kinds.in_currency(text, "KES")
    assert isinstance(bound, Words)
    assert bound.params["amount"].currency == "KES"
    assert bound.params["what"] == text.params["what"]
