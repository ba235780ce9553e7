"""Amounts as people type them: where a dot groups thousands ('1.000' is a thousand in
Spanish), digits past the currency's places are refused, never read as a fraction."""

from __future__ import annotations

import pytest

from ledger.savings.money import parse_amount
from ledger.store.errors import Refused


@pytest.mark.parametrize(
    ("text", "currency", "minor"),
    [("12.50", "KES", 1250), ("12.5", "KES", 1250), ("12", "KES", 1200), ("1000", "UGX", 1000)],
)
def test_amounts_within_the_currency_places(text: str, currency: str, minor: int) -> None:
    assert parse_amount(text, currency) == minor


@pytest.mark.parametrize(
    ("text", "currency"), [("1.000", "UGX"), ("1.0", "RWF"), ("12.500", "KES"), ("3.000", "KES")]
)
def test_digits_past_the_places_are_refused_even_zeros(text: str, currency: str) -> None:
    with pytest.raises(Refused, match="decimal places"):
        parse_amount(text, currency)
