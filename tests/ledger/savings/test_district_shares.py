"""Districts' shares of a goal, rounded so that the shown shares add up to 100 %
(largest remainders, integers only), each within one unit of its exact share."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ledger.savings.districts import shares_of

money = st.integers(0, 10**15)


@given(st.lists(money, min_size=1, max_size=30), st.sampled_from([100, 1000, 10_000]))
def test_shares_of_the_whole_add_up_exactly(parts: list[int], scale: int) -> None:
    whole = sum(parts)
    if whole == 0:
        parts, whole = [*parts, 1], whole + 1
    shares = shares_of(parts, whole, scale)
    assert sum(shares) == scale
    for part, share in zip(parts, shares, strict=True):
        assert abs(share - Fraction(part * scale, whole)) < 1  # rounded down or up
        assert share >= 0


@given(
    st.lists(st.integers(-(10**12), 10**12), min_size=1, max_size=30),
    st.integers(1, 10**13),
)
def test_any_parts_add_up_to_their_rounded_share(parts: list[int], whole: int) -> None:
    """Money from no member in the goal's fund, or a district's withdrawals: the shares
    still add up to the parts' own share, rounded."""
    shares = shares_of(parts, whole)
    exact = Fraction(sum(parts) * 1000, whole)
    assert abs(sum(shares) - exact) <= Fraction(1, 2)
    for part, share in zip(parts, shares, strict=True):
        assert abs(share - Fraction(part * 1000, whole)) < 1
    for one, other in zip(parts, shares, strict=True):
        for two, theirs in zip(parts, shares, strict=True):
            if one > two:
                assert other >= theirs  # more money never shows a smaller share


def test_rounding_down_alone_would_not_add_up() -> None:
    assert [p * 1000 // 3 for p in (1, 1, 1)] == [333, 333, 333]
    assert shares_of([1, 1, 1], 3) == [334, 333, 333]  # ties: the earlier district
    assert shares_of([2, 1, 1, 1, 1, 1], 7) == [285, 143, 143, 143, 143, 143]  # remainders
    assert shares_of([0, 5], 5) == [0, 1000]


def test_a_whole_of_nothing_has_no_shares() -> None:
    with pytest.raises(ValueError, match="not positive"):
        shares_of([0, 0], 0)
