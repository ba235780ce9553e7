"""Every refusal of the cycle, share-out, expense and date rules, produced on one group.

`collect` walks a cycle and returns each refusal the core raised, with the English and
Spanish words it must carry; the English test is in test_cycle.py, the Spanish one in
tests/ui/test_cycle_words.py (it needs Qt's translator).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from ledger.savings import actions as fa
from ledger.savings import cycle_actions as ca
from ledger.savings import membership_actions as actions
from ledger.store.errors import LatticeError
from ledger.store.ids import GroupId
from ledger.store.persons import Signer
from ledger.store.store import Store
from tests.ledger.savings.conftest import confirm, deposit


@dataclass(frozen=True)
class Refusal:
    name: str
    error: LatticeError
    english: str
    spanish: str


def _refused(action: Callable[[], object]) -> LatticeError:
    try:
        action()
    except LatticeError as exc:
        return exc
    raise AssertionError("the action was accepted")


def collect(store: Store, people: dict[str, Signer], group: GroupId) -> list[Refusal]:
    """A cycle of Chiku and Dan (quorum 2: Bosco and Esther), refused at every turn."""
    a, chiku, dan = people["Amina"], people["Chiku"].person, people["Dan"].person
    actions.add_member(store, a, group, person=dan, name="Dan", roles=["member"])
    out: list[Refusal] = []

    def add(name: str, action: Callable[[], object], english: str, spanish: str) -> None:
        out.append(Refusal(name, _refused(action), english, spanish))

    add(
        "no cycle yet",
        lambda: ca.pay_shareout(store, a, group, member=chiku, date="2025-03-01"),
        "has started no cycle",
        "no ha iniciado ningún ciclo",
    )
    add(
        "cycle without end",
        lambda: ca.open_cycle(store, a, group, start="2025-01-01"),
        "planned end or its number of meetings",
        "fin previsto del ciclo",
    )
    ca.open_cycle(store, a, group, start="2025-01-01", end="2025-06-30", meetings=26)
    fa.set_rules(store, a, group, effective="2025-01-01", share_value="100")
    tomorrow2 = (dt.date.today() + dt.timedelta(days=2)).isoformat()
    add(
        "future date",
        lambda: deposit(store, people, group, 500, date=tomorrow2),
        "is in the future",
        "está en el futuro",
    )
    for member, shares in ((chiku, 3), (dan, 1)):
        entry = fa.add_entry(
            store, a, group, type="contribution", member=member, shares=shares, date="2025-01-10"
        ).id
        confirm(store, people, group, entry)
    add(
        "typed share-out",
        lambda: fa.add_entry(
            store, a, group, type="shareout", member=chiku, amount=100, date="2025-06-30"
        ),
        "computed, not typed",
        "se calcula, no se escribe",
    )
    add(
        "expense of a member",
        lambda: fa.add_entry(
            store, a, group, type="expense", member=chiku, amount=100, note="lock"
        ),
        "the group's, not a member's",
        "es del grupo, no de un miembro",
    )
    add(
        "expense without a note",
        lambda: fa.add_entry(store, a, group, type="expense", amount=100, date="2025-02-01"),
        "what the expense was for",
        "para qué fue el gasto",
    )
    actions.suspend_member(store, a, group, dan)
    add(
        "suspended buys shares",
        lambda: fa.add_entry(
            store, a, group, type="contribution", member=dan, shares=1, date="2025-02-01"
        ),
        "is suspended",
        "está suspendido",
    )
    add(
        "suspended borrows",
        lambda: fa.add_entry(
            store, a, group, type="loan", member=dan, amount=100, date="2025-02-01"
        ),
        "not buy shares, save or borrow",
        "no comprar acciones, ahorrar ni pedir préstamos",
    )
    actions.reinstate_member(store, a, group, dan)
    fa.set_rules(store, a, group, effective="2025-01-01", fines={"late": "20"})
    charge = fa.add_entry(
        store, a, group, type="charge", member=dan, fine="late", date="2025-02-01"
    ).id
    confirm(store, people, group, charge)
    add(
        "close before the share-out",
        lambda: ca.close_cycle(store, a, group, end="2025-06-30"),
        "the share-out comes first: 2 members",
        "primero el reparto: a 2 miembros",
    )
    add(
        "payout outside the cycle",
        lambda: ca.pay_shareout(store, a, group, member=chiku, date="2025-07-02"),
        "dated in its cycle, from 2025-01-01 to 2025-06-30",
        "del 2025-01-01 al 2025-06-30",
    )
    add(
        "payout while a fine is owed",
        lambda: ca.pay_shareout(store, a, group, member=dan, date="2025-06-30"),
        "in fines: they pay these before their share-out",
        "de multas: los paga antes de su reparto",
    )
    fine = fa.add_entry(store, a, group, type="fine", member=dan, charge=charge, date="2025-06-30")
    confirm(store, people, group, fine.id)
    for member in (chiku, dan):
        paid = ca.pay_shareout(store, a, group, member=member, date="2025-06-30").id
        confirm(store, people, group, paid)
    add(
        "second payout",
        lambda: ca.pay_shareout(store, a, group, member=chiku, date="2025-06-30"),
        "already paid their share-out in this cycle",
        "ya se le pagó su reparto",
    )
    close = ca.close_cycle(store, a, group, end="2025-06-30").id
    add(
        "second close",
        lambda: ca.close_cycle(store, a, group, end="2025-06-30"),
        "is already recorded: the elders sign it off",
        "ya está registrado",
    )
    for elder in ("Bosco", "Esther"):
        fa.sign_off(store, people[elder], group, [close])
    add(
        "close of a closed cycle",
        lambda: ca.close_cycle(store, a, group, end="2025-06-30"),
        "is already closed",
        "ya está cerrado",
    )
    add(
        "entry in a closed cycle",
        lambda: deposit(store, people, group, 500, date="2025-03-01"),
        "is closed: no entries dated 2025-03-01",
        "está cerrado: no se admiten movimientos con fecha 2025-03-01",
    )
    add(
        "new cycle inside the closed one",
        lambda: ca.open_cycle(store, a, group, start="2025-06-01", end="2025-12-31"),
        "starts after the last one closed (2025-06-30)",
        "empieza después del último cerrado (2025-06-30)",
    )
    return out
