"""A report counts members from their join day: a corrected one (`member.joined`) in place
of the day their add named, or of when the add was signed."""

from __future__ import annotations

import datetime as dt

from ledger.exports.model import Indicators
from ledger.exports.period import Period
from ledger.exports.report import gather_report
from ledger.savings import membership_actions as actions
from ledger.store.ids import GroupId
from ledger.store.persons import Signer
from ledger.store.store import Store


def _indicators(store: Store, group: GroupId, start: str, end: str) -> Indicators:
    period = Period(dt.date.fromisoformat(start), dt.date.fromisoformat(end))
    return gather_report(store.state(group), store.history(group), period).indicators


def test_members_count_from_their_corrected_join_day(
    store: Store, people: dict[str, Signer], group: GroupId
) -> None:
    """Dan was added as joining in March but came in January; Chiku was added today with no
    day said, and her day is set to May 2024. Amina, Bosco and Esther joined (by their
    signed clocks) only now."""
    amina = people["Amina"]
    actions.add_member(store, amina, group, person=people["Dan"].person, name="Dan",
                       roles=["member"], date="2024-03-01")  # fmt: skip
    assert _indicators(store, group, "2024-02-01", "2024-02-29").members_end == 0
    actions.set_join_day(store, amina, group, person=people["Dan"].person, date="2024-01-05")
    actions.set_join_day(store, amina, group, person=people["Chiku"].person, date="2024-05-01")
    february = _indicators(store, group, "2024-02-01", "2024-02-29")
    assert (february.members_start, february.members_end, february.joined) == (1, 1, 0)
    spring = _indicators(store, group, "2024-02-01", "2024-06-30")
    assert (spring.members_start, spring.members_end, spring.joined) == (1, 2, 1)
    december = _indicators(store, group, "2023-12-01", "2023-12-31")
    assert december.members_end == 0
