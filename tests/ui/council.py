"""A district council at the issue's scale, with real signed records: 8 districts of 80
families (640 members), months of contributions, goals, loans and a district meeting
with the attendance of its families. For view tests, screenshots and
bench/desktop_districts.py (which builds it at full size; the tests at a small one).

`python -m tests.ui.council HOME [FAMILIES]` fills a data folder that `lattice-desktop
--home HOME` opens.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from nacl.signing import SigningKey

from ledger.savings import actions, group_actions
from ledger.savings import membership_actions as core
from ledger.savings.books import books_of
from ledger.savings.district_actions import add_district, appoint_rep
from ledger.store.ids import GroupId, PersonId
from ledger.store.keyring import Keyring
from ledger.store.persons import Signer
from ledger.store.store import Store

PASSPHRASE = "1234"
DISTRICTS = (
    "Oakland", "San Francisco", "Richmond", "Sacramento",
    "Stockton", "Fresno", "San Jose", "Redding",
)  # fmt: skip
SURNAMES = (
    "Saechao", "Saelee", "Saephan", "Saetern", "Saefong", "Saelio", "Saeyang", "Saechin",
    "Saelaw", "Saeteurn",
)  # fmt: skip
GIVEN = (
    "Kao", "Nai", "Muang", "Lai", "Fou", "Chan", "Ay", "Kae", "Sou", "Meuy", "Farm",
    "Yoon", "Seng", "Lo", "Fin", "Kouichoy",
)  # fmt: skip


@dataclass
class Council:
    group: GroupId
    treasurer: Signer
    """Council and elder, founder."""
    elders: list[Signer]
    """Two more elders with keys on this PC (the quorum is 2)."""
    districts: list[str]
    families: dict[str, list[PersonId]] = field(default_factory=dict)
    """District name -> its families (members), in the order added."""
    meetings: dict[str, str] = field(default_factory=dict)
    """District name -> the id of its latest (open) meeting."""
    center: str = ""
    """The community center fund's id."""
    rep: Signer | None = None
    """The first district's first family, its representative, with a key on this PC."""

    def all_families(self) -> list[PersonId]:
        return [p for d in self.districts for p in self.families[d]]


def family_name(index: int) -> str:
    """A distinct household name for each index below 2,560 (two given names, surname)."""
    rest, surname = divmod(index, len(SURNAMES))
    second, given = divmod(rest, len(GIVEN))
    other = (given + second + 1) % len(GIVEN)
    return f"{GIVEN[given]} {GIVEN[other]} {SURNAMES[surname]}"


def populate_council(
    store: Store, *, districts: int = 8, families: int = 80, months: int = 3
) -> Council:
    """The council: `districts` × `families` members, `months` monthly contributions by
    each (all but the last month signed off), two group goals with funds, a goal for one
    family in eight, a loan in each district, and one open meeting per district with the
    attendance of its families."""
    keyring = Keyring(store.db)
    treasurer = keyring.create("Kao Fin Saechao", PASSPHRASE)
    elders = [keyring.create(n, PASSPHRASE) for n in ("Nai Lo Saelee", "Muang Seng Saephan")]
    group = core.create_group(
        store, treasurer, name="Iu Mien Community Council", currency="USD", quorum=2
    ).group
    core.grant_role(store, treasurer, group, treasurer.person, "elder")
    for elder in elders:
        core.add_member(store, treasurer, group, person=elder.person, name=elder.name,
                        roles=["elder"], date="2026-01-01")  # fmt: skip
    actions.set_rules(store, treasurer, group, effective="2026-01-01", share_value="10.00")
    council = Council(group, treasurer, elders, list(DISTRICTS[:districts]))
    center = actions.add_fund(store, treasurer, group, name="Community center", kind="project")
    council.center = center.id
    school = actions.add_fund(store, treasurer, group, name="Scholarship fund", kind="project")
    with store.batch():
        for district in council.districts:
            add_district(store, treasurer, group, name=district)
    council.rep = keyring.create(family_name(0), PASSPHRASE)
    with store.batch():
        number = 0
        for district in council.districts:
            council.families[district] = []
            for _ in range(families):
                person = PersonId(SigningKey.generate().verify_key.encode().hex())
                if number == 0:
                    person = council.rep.person
                core.add_member(store, treasurer, group, person=person,
                                name=family_name(number), roles=["member"],
                                date="2026-01-01", district=district)  # fmt: skip
                council.families[district].append(person)
                number += 1
    appoint_rep(store, treasurer, group, council.rep.person, district=council.districts[0])
    _contributions(store, council, months, center.id, school.id)
    _goals(store, council, center.id, school.id)
    _meetings(store, council, months)
    return council


def _contributions(store: Store, council: Council, months: int, center: str, school: str) -> None:
    treasurer, group = council.treasurer, council.group
    with store.batch():
        for month in range(1, months + 1):
            day = f"2026-{month:02d}-05"
            for number, (place, person) in enumerate(_by_district(council)):
                # districts differ: some save more, some give more to the center
                actions.add_entry(store, treasurer, group, type="contribution", member=person,
                                  shares=1 + (number * 7 + month + place) % 5,
                                  date=day)  # fmt: skip
                if (number + month) % (2 + place % 4) == 0:
                    actions.add_entry(store, treasurer, group, type="contribution",
                                      member=person, fund=center, date=day,
                                      amount=f"{25 * (1 + number % 8)}.00")  # fmt: skip
                if number % 10 == month % 10:
                    actions.add_entry(store, treasurer, group, type="contribution",
                                      member=person, fund=school, date=day,
                                      amount="15.00")  # fmt: skip
    last = f"2026-{months:02d}"
    books = books_of(store.state(group))
    done = [e.id for e in books.entries.values() if not e.date.startswith(last)]
    for elder in council.elders:
        for start in range(0, len(done), 2000):
            actions.sign_off(store, elder, group, done[start : start + 2000])


def _by_district(council: Council) -> list[tuple[int, PersonId]]:
    """(district's place, family) for every family."""
    return [(i, p) for i, d in enumerate(council.districts) for p in council.families[d]]


def _goals(store: Store, council: Council, center: str, school: str) -> None:
    treasurer, group = council.treasurer, council.group
    with store.batch():
        for title, target, fund in (
            ("A community center for every district", "500000.00", center),
            ("Scholarships for the district's students", "40000.00", school),
        ):
            goal = group_actions.add_goal(store, treasurer, group, title=title, target=target,
                                          fund=fund, due="2027-12-31").id  # fmt: skip
            group_actions.update_goal(store, treasurer, group, goal, status="active")
        for number, person in enumerate(council.all_families()):
            if number % 8 == 3:
                group_actions.add_goal(store, treasurer, group, family=person,
                                       title="School fees for the children",
                                       target=f"{300 + 50 * (number % 5)}.00")  # fmt: skip


def _meetings(store: Store, council: Council, months: int) -> None:
    """One open meeting per district on the last month's day, each family's attendance."""
    treasurer, group = council.treasurer, council.group
    marks = ("present", "present", "present", "present", "late", "absent", "excused")
    with store.batch():
        for district in council.districts:
            meeting = group_actions.open_meeting(
                store, treasurer, group, date=f"2026-{months:02d}-05",
                place=f"{district} community hall", agenda=["Savings", "Community center"],
                district=district,
            ).id  # fmt: skip
            attendance: dict[str, str | tuple[str, str]] = {
                p: marks[i % len(marks)] for i, p in enumerate(council.families[district])
            }
            group_actions.record_attendance(store, treasurer, group, meeting, attendance)
            council.meetings[district] = meeting
            first = council.families[district][0]
            # within what a small council's savings hold (the bench's tiny run)
            loan = min(400, 10 * len(council.families[district]))
            actions.add_entry(store, treasurer, group, type="loan", member=first,
                              amount=f"{loan}.00", date=f"2026-{months:02d}-05",
                              meeting=meeting)  # fmt: skip


if __name__ == "__main__":
    home = Path(sys.argv[1])
    opened = Store.open(home)
    try:
        populate_council(opened, families=int(sys.argv[2]) if len(sys.argv) > 2 else 80)
    finally:
        opened.close()
