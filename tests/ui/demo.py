"""A small savings group with real signed records, for view tests and screenshots.

`python -m tests.ui.demo HOME` fills a data folder that `lattice-desktop --home HOME
--screenshot FILE --view NAME` can photograph.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from nacl.signing import SigningKey

from ledger.savings import actions, group_actions
from ledger.savings import membership_actions as core
from ledger.savings.books import FundId, books_of
from ledger.store.ids import GroupId
from ledger.store.keyring import Keyring
from ledger.store.persons import Signer
from ledger.store.store import Store

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


CROWD = (
    "Esther Wanjiku Kamau", "Joseph Otieno", "Grace Achieng Odhiambo", "Peter Mwangi",
    "Mercy Chebet", "John Kiprotich Langat", "Faith Njeri", "Samuel Ouma", "Ruth Akinyi",
    "David Kariuki Gitau", "Lucy Wambui", "Daniel Kiptoo", "Agnes Nyambura Mwangi",
    "Moses Onyango", "Beatrice Jelagat", "Paul Mutua", "Rose Atieno", "James Kamau Njoroge",
    "Mary Wairimu", "Stephen Omondi", "Catherine Mumbua Musyoka",
)  # fmt: skip
"""Members without keys on this PC, for a group of 25 as the screen-size tests want."""


def populate(store: Store, *, crowd: int = 0) -> Demo:
    """The demo group; `crowd` more members (up to 21) make it a group of 4 + crowd."""
    keyring = Keyring(store.db)
    amina = keyring.create("Amina", PASSPHRASE)
    baraka = keyring.create("Baraka", PASSPHRASE)
    chausiku = keyring.create("Chausiku", PASSPHRASE)
    daudi = keyring.create("Daudi", PASSPHRASE)
    group = core.create_group(store, amina, name="Umoja Savings", currency="KES", quorum=2).group
    core.grant_role(store, amina, group, amina.person, "elder")
    for who, role, day in ((baraka, "elder", "2025-01-02"), (chausiku, "member", "2025-01-02"),
                           (daudi, "elder", "2025-03-01")):  # fmt: skip
        core.add_member(store, amina, group, person=who.person, name=who.name, roles=[role],
                        date=day)  # fmt: skip
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
    if crowd:
        _add_crowd(store, amina, group, meeting, crowd)
    return Demo(group, amina, baraka, chausiku, daudi, social, meeting)


def _add_crowd(store: Store, amina: Signer, group: GroupId, meeting: str, count: int) -> None:
    """More members, their attendance at the open meeting, a fine and a decision."""
    people = []
    for n, name in enumerate(CROWD[:count]):
        person = SigningKey.generate().verify_key.encode().hex()
        core.add_member(store, amina, group, person=person, name=name, roles=["member"],
                        date=f"2026-06-{1 + n:02d}")  # fmt: skip
        people.append(person)
    marks = ("present", "present", "present", "absent", "excused")
    attendance = {p: marks[i % len(marks)] for i, p in enumerate(people)}
    group_actions.record_attendance(store, amina, group, meeting, attendance)
    actions.set_rules(
        store, amina, group, effective="2026-07-01", fines={"Late for the meeting": "50.00"}
    )
    actions.add_entry(
        store, amina, group, type="fine", member=people[0], amount="50.00",
        fine="Late for the meeting", date="2026-07-05", meeting=meeting,
    )  # fmt: skip
    group_actions.record_decision(
        store, amina, group, meeting, motion="Lend to Esther for seeds", votes_for=18,
        votes_against=2, abstain=1,
    )  # fmt: skip


if __name__ == "__main__":
    home = Path(sys.argv[1])
    opened = Store.open(home)
    try:
        populate(opened, crowd=int(sys.argv[2]) if len(sys.argv) > 2 else 0)
    finally:
        opened.close()
