"""docs/savings-cycle.md's worked example, run through the real actions: the page's
figures are the program's."""

from __future__ import annotations

import re
from pathlib import Path

from nacl.signing import SigningKey

from ledger.savings import actions as fa
from ledger.savings import cycle_actions as ca
from ledger.savings import group_actions as ga
from ledger.savings import membership_actions as actions
from ledger.savings.balances import fund_balances
from ledger.savings.money import parse_amount
from ledger.savings.shareout import project
from tests.ledger.savings.conftest import books, confirm

PAGE = Path(__file__).resolve().parents[3] / "docs" / "savings-cycle.md"


def kes(text: str) -> int:
    return parse_amount(text.replace(",", ""), "KES")


def documented() -> tuple[dict[str, list[int]], int, int]:
    """The payout table (name -> shares, savings, part, profit, loan, net), pool, per share."""
    text = PAGE.read_text("utf-8")
    rows = {}
    for name in ("Achieng", "Baraka", "Chebet"):
        cells = re.search(rf"^\| {name} \|(.*)\|$", text, re.M)
        assert cells, name
        shares, *money = (c.strip() for c in cells.group(1).split("|"))
        rows[name] = [int(shares), *(kes(m) for m in money)]
    pool = re.search(r"^Pool: ([\d,.]+) KES", text, re.M)
    per_share = re.search(r"([\d,.]+) KES per share", text)
    assert pool and per_share
    return rows, kes(pool.group(1)), kes(per_share.group(1))


def test_the_worked_example_is_what_lattice_computes(store, people, group) -> None:
    a = people["Amina"]
    names = {}
    for name in ("Achieng", "Baraka", "Chebet"):
        person = SigningKey.generate().verify_key.encode().hex()
        actions.add_member(store, a, group, person=person, name=name, roles=["member"])
        names[person] = name
    who = {n: p for p, n in names.items()}
    ca.open_cycle(store, a, group, start="2025-01-01", end="2025-06-30", cash_unit="5")
    fa.set_rules(store, a, group, effective="2025-01-01", share_value="100")
    social = fa.add_fund(store, a, group, name="Social fund", kind="social").id
    mill = fa.add_fund(store, a, group, name="Maize mill", kind="project").id

    def entry(**kwargs: object) -> None:
        confirm(store, people, group, fa.add_entry(store, a, group, **kwargs).id)  # type: ignore[arg-type]

    for name, count in (("Achieng", 10), ("Baraka", 15), ("Chebet", 5)):
        entry(type="contribution", member=who[name], shares=count, date="2025-01-04")
        entry(type="contribution", member=who[name], amount="50", fund=social, date="2025-01-04")
    entry(type="loan", member=who["Baraka"], amount="1000", date="2025-02-01")
    entry(type="repayment", member=who["Baraka"], amount="600", interest="361",
          date="2025-04-05")  # fmt: skip
    entry(type="fine", member=who["Chebet"], amount="20", date="2025-04-05")
    entry(type="transfer", amount="300", to_fund=mill, date="2025-05-03")
    entry(type="expense", amount="45.50", note="a padlock", date="2025-05-03")
    meeting = ga.open_meeting(store, a, group, date="2025-05-03").id
    ga.close_meeting(store, a, group, meeting, counts={group: "2631"})
    confirm(store, people, group, meeting)

    rows, pool, per_share = documented()
    plan = project(books(store, group))
    assert (plan.pool, plan.cash, plan.loans, plan.savings) == (pool, 263100, 40000, 300000)
    assert plan.value_per_share == per_share
    computed = {
        names[x.member]: [x.shares, x.savings, x.share, x.profit, x.loan, x.net]
        for x in plan.lines
    }
    assert computed == rows
    assert plan.carried == 100

    for name in ("Achieng", "Baraka", "Chebet"):
        confirm(store, people, group, ca.pay_shareout(store, a, group, member=who[name],
                                                      date="2025-06-30").id)  # fmt: skip
    balances = fund_balances(books(store, group))
    assert balances[group].confirmed == 100  # type: ignore[index]
    assert balances[social].confirmed == 15000  # type: ignore[index]
