"""Hypothesis: loans recorded through the core split every repayment, and stand on any day,
exactly as the independent model says; the fine schedule merges as the model says."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ledger.savings import actions as fa
from ledger.savings import loans
from ledger.savings import membership_actions as core
from ledger.savings.books import books_of
from ledger.savings.rules import RulesBook, RulesVersion
from ledger.store.ids import ChangeId, PersonId
from ledger.store.persons import create_person
from ledger.store.store import Store
from tests.ledger.savings.loan_model import LoanModel, schedule_in_force

PEOPLE = {n: create_person(n, "pw")[1] for n in ("Amina", "Bosco", "Chiku")}

day_offsets = st.integers(0, 75)
payments = st.lists(st.tuples(day_offsets, st.integers(1, 100)), max_size=6)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    principal=st.integers(1, 5_000_000),
    rate_bp=st.sampled_from([0, 100, 333, 500, 1000, 2500]),
    declining=st.booleans(),
    term=st.integers(1, 6),
    start=st.integers(0, 365),
    paid=payments,
    look=day_offsets,
)
def test_loans_follow_the_model(
    principal: int,
    rate_bp: int,
    declining: bool,
    term: int,
    start: int,
    paid: list[tuple[int, int]],
    look: int,
) -> None:
    amina, bosco, chiku = PEOPLE["Amina"], PEOPLE["Bosco"], PEOPLE["Chiku"]
    lent = (dt.date(2023, 12, 31) + dt.timedelta(days=start)).isoformat()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "home")
        group = core.create_group(store, amina, name="G", currency="KES", quorum=1).group
        core.add_member(store, amina, group, person=bosco.person, name="Bosco", roles=["elder"])
        core.add_member(store, amina, group, person=chiku.person, name="Chiku", roles=["member"])
        fa.set_rules(store, amina, group, effective="2023-01-01", interest_bp=rate_bp,
                     interest_method="declining" if declining else "flat")  # fmt: skip
        saved = fa.add_entry(store, amina, group, type="contribution", member=chiku.person,
                             amount=principal, date="2023-06-01").id  # fmt: skip
        fa.sign_off(store, bosco, group, [saved])
        loan = fa.add_entry(store, amina, group, type="loan", member=chiku.person,
                            amount=principal, date=lent, term=term).id  # fmt: skip
        model = LoanModel(principal, lent, rate_bp, declining, term)
        day = lent
        for gap, percent in paid:
            day = (dt.date.fromisoformat(day) + dt.timedelta(days=gap)).isoformat()
            owed = model.outstanding() + model.interest_due(day)
            if owed <= 0:
                break
            total = max(1, owed * percent // 100)
            expected = model.pay(day, total)
            entry = fa.add_entry(store, amina, group, type="repayment", member=chiku.person,
                                 amount=total, date=day).id  # fmt: skip
            e = books_of(store.state(group)).entries[entry]  # type: ignore[index]
            assert (e.amount, e.interest) == expected
        when = (dt.date.fromisoformat(day) + dt.timedelta(days=look)).isoformat()
        found = loans.loan_on(books_of(store.state(group)), loan, when)  # type: ignore[arg-type]
        assert found is not None
        assert found.outstanding == model.outstanding()
        assert found.interest_due == model.interest_due(when)
        assert found.arrears == model.arrears(when)
        store.close()


fine_versions = st.lists(
    st.tuples(
        st.sampled_from(["2024-01-01", "2024-02-01", "2024-03-01"]),
        st.dictionaries(
            st.sampled_from(["late", "absent", "phone"]), st.integers(0, 5000), min_size=1
        ),
    ),
    max_size=6,
)


@given(versions=fine_versions, day=st.sampled_from(["2023-12-31", "2024-01-15", "2024-02-01",
                                                     "2024-04-01"]))  # fmt: skip
def test_the_fine_schedule_follows_the_model(
    versions: list[tuple[str, dict[str, int]]], day: str
) -> None:
    book = RulesBook()
    for n, (effective, fines) in enumerate(versions):
        book.versions.append(
            RulesVersion(ChangeId(f"{n:064x}"), effective, PersonId("a" * 64), {"fines": fines})
        )
    assert book.in_force(day).fines == schedule_in_force(versions, day)
