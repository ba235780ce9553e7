"""Goals: members propose, the council activates; status history; progress from a fund."""

from __future__ import annotations

import pytest

from ledger.savings import actions as fa
from ledger.savings import group_actions as ga
from ledger.savings.goals import progress
from ledger.store.errors import NotFound, Refused
from tests.ledger.conftest import forge
from tests.ledger.savings.conftest import books, deposit


def test_member_proposes_council_activates(store, people, group) -> None:
    chiku = people["Chiku"]
    goal = ga.add_goal(
        store, chiku, group, title="School fees", target="3000", due="2024-12-31",
        family=chiku.person, description="For the twins", date="2024-01-10",
    ).id  # fmt: skip
    b = books(store, group)
    assert b.goals[goal].status == "proposed"  # type: ignore[index]
    assert store.state(group).document_text(f"goal:{goal}") == "For the twins"
    with pytest.raises(Refused, match="only the council"):
        ga.update_goal(store, chiku, group, goal, status="active")
    result = store.ingest(
        forge(chiku, store, group, "goal.update",
              {"goal": bytes.fromhex(goal), "date": "2024-01-11", "status": "active"}).raw
    )  # fmt: skip
    assert result.status == "rejected"
    ga.update_goal(store, people["Amina"], group, goal, status="active", date="2024-02-01")
    ga.update_goal(store, people["Amina"], group, goal, status="achieved", date="2024-11-01",
                   note="paid")  # fmt: skip
    history = [(h.status, h.date) for h in b.goals[goal].history]  # type: ignore[index]
    assert history == [("proposed", "2024-01-10"), ("active", "2024-02-01"),
                       ("achieved", "2024-11-01")]  # fmt: skip
    with pytest.raises(Refused, match="cannot become dropped"):
        ga.update_goal(store, people["Amina"], group, goal, status="dropped")


def test_family_goals_are_for_ones_own_family(store, people, group, dan) -> None:
    with pytest.raises(Refused, match="own family"):
        ga.add_goal(store, people["Chiku"], group, title="x", family=dan.person)
    goal = ga.add_goal(store, dan, group, title="Roof", family=dan.person).id
    with pytest.raises(Refused, match="goal's own family"):
        ga.update_goal(store, people["Chiku"], group, goal, title="Mine now")
    ga.update_goal(store, dan, group, goal, status="dropped")
    assert books(store, group).goals[goal].status == "dropped"  # type: ignore[index]


def test_progress_is_the_confirmed_balance_of_the_linked_fund(store, people, group) -> None:
    a = people["Amina"]
    fund = fa.add_fund(store, a, group, name="Borehole", kind="project").id
    goal = ga.add_goal(store, a, group, title="Borehole", target="100", fund=fund).id
    deposit(store, people, group, 2500, fund=fund)
    deposit(store, people, group, 1000, fund=fund, confirmed=False)
    b = books(store, group)
    assert progress(b, b.goals[goal]) == 2500  # type: ignore[index]
    with pytest.raises(NotFound, match="no fund"):
        ga.update_goal(store, a, group, goal, fund="ab" * 32)
