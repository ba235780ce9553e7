"""A small savings group with real signed records, for view tests and screenshots.

`python -m tests.ui.demo HOME` fills a data folder that `lattice-desktop --home HOME
--screenshot FILE --view NAME` can photograph.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from ledger import actions as core
from ledger.finance import actions, group_actions
from ledger.finance.books import FundId, books_of
from ledger.ids import GroupId
from ledger.keyring import Keyring
from ledger.persons import Signer
from ledger.store import Store

PASSPHRASE = "1234"


@dataclass
class Demo:
    group: GroupId
    amina: Signer
    """Founder: council and elder."""
    baraka: Signer
    """Elder."""
    chausiku: Signer
    """A member (a family)."""
    daudi: Signer
    """Elder."""
    social: FundId
    meeting: str


def populate(store: Store) -> Demo:
    keyring = Keyring(store.db)
    amina = keyring.create("Amina", PASSPHRASE)
    baraka = keyring.create("Baraka", PASSPHRASE)
    chausiku = keyring.create("Chausiku", PASSPHRASE)
    daudi = keyring.create("Daudi", PASSPHRASE)
    group = core.create_group(store, amina, name="Umoja Savings", currency="KES", quorum=2).group
    core.grant_role(store, amina, group, amina.person, "elder")
    core.add_member(store, amina, group, person=baraka.person, name="Baraka", roles=["elder"])
    core.add_member(store, amina, group, person=chausiku.person, name="Chausiku", roles=["member"])
    core.add_member(store, amina, group, person=daudi.person, name="Daudi", roles=["elder"])
    actions.set_rules(store, amina, group, effective="2026-01-01", share_value="50.00")
    social = FundId(actions.add_fund(store, amina, group, name="Social fund", kind="social").id)
    school = actions.add_fund(store, amina, group, name="School roof", kind="project").id
    for month in range(1, 7):
        for who in (amina, baraka, chausiku):
            actions.add_entry(
                store,
                amina,
                group,
                type="contribution",
                member=who.person,
                amount=f"{200 + 50 * month}.00",
                date=f"2026-{month:02d}-05",
            )
        actions.add_entry(
            store,
            amina,
            group,
            type="contribution",
            member=chausiku.person,
            fund=social,
            amount="20.00",
            date=f"2026-{month:02d}-05",
        )
    actions.add_entry(
        store,
        amina,
        group,
        type="contribution",
        member=baraka.person,
        fund=school,
        amount="1500.00",
        date="2026-06-06",
    )
    recorded = [e.id for e in books_of(store.state(group)).entries.values()]
    confirmable = recorded[:16] + recorded[24:]  # four months and the school roof
    actions.sign_off(store, baraka, group, confirmable)
    actions.sign_off(store, daudi, group, confirmable)
    actions.add_entry(
        store,
        amina,
        group,
        type="loan",
        member=chausiku.person,
        amount="800.00",
        date="2026-06-10",
        note="seeds for the long rains",
    )
    goal = group_actions.add_goal(
        store,
        chausiku,
        group,
        title="A new school roof",
        target="6000.00",
        fund=school,
        due="2026-12-31",
    ).id
    group_actions.update_goal(store, amina, group, goal, status="active")
    group_actions.add_goal(
        store, chausiku, group, title="Solar lamps for every home", target="12000.00"
    )
    meeting = group_actions.open_meeting(
        store,
        amina,
        group,
        date="2026-07-05",
        place="Community hall",
        agenda=["Savings", "Loan requests", "School roof"],
    ).id
    group_actions.write_minutes(
        store, amina, group, meeting, "Opened at 10:00. All members present.\n"
    )
    return Demo(group, amina, baraka, chausiku, daudi, social, meeting)


if __name__ == "__main__":
    home = Path(sys.argv[1])
    opened = Store.open(home)
    try:
        populate(opened)
    finally:
        opened.close()
