"""Loans: the constitution's interest is charged, repayments pay interest first, the
schedule, due date and arrears follow; the cap and 'one loan at a time' hold.

The worked numbers are those of docs/savings-cycle.md (Loans): 1,000.00 KES lent on
5 February 2024 for 3 months at 5 % a month, repaid 100.00, 400.00 and the rest.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ledger.savings import actions as fa
from ledger.savings import loans
from ledger.savings.balances import member_positions
from ledger.savings.money import to_text
from ledger.store.errors import NotFound, Refused
from ledger.store.ids import GroupId
from ledger.store.persons import Signer
from ledger.store.store import Store
from tests.ledger.conftest import forge
from tests.ledger.savings.conftest import books, confirm, deposit, voided_reasons

LENT = "2024-02-05"
DOC = Path(__file__).resolve().parents[3] / "docs" / "savings-cycle.md"


def doc_table(after: str) -> list[tuple[str, ...]]:
    """The rows of the first table after the line starting with `after` in the doc."""
    lines = DOC.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(after))
    rows = []
    for line in lines[start + 1 :]:
        if rows and not line.startswith("|"):
            break
        if line.startswith("| 20"):
            rows.append(tuple(cell.strip() for cell in line.strip("|").split("|")))
        elif line.startswith("|"):
            rows.append(())
    return [r for r in rows if r]


def table_of(store: Store, group: GroupId, loan: str, repayments: list[str]) -> list[tuple]:
    """The worked example's rows as the books give them: day, paid, interest, principal,
    still owed after the repayment."""
    b = books(store, group)
    owed = b.entries[loan].amount  # type: ignore[index]
    rows = []
    for entry_id in repayments:
        e = b.entries[entry_id]  # type: ignore[index]
        owed -= e.amount
        rows.append(
            (e.date, *(to_text(x, "KES") for x in (e.total, e.interest, e.amount, owed)))
        )
    return rows


def refused(store: Store, group: GroupId, match: str, call: object, /, **kw: object) -> str:
    before = store.change_count(group)
    with pytest.raises((Refused, NotFound), match=match) as caught:
        call(**kw)  # type: ignore[operator]
    assert store.change_count(group) == before, "a refusal must write nothing"
    return str(caught.value)


def setup(store: Store, people: dict[str, Signer], group: GroupId, method: str) -> str:
    """Chiku saved 10,000.00; 5 % a month by `method`; a loan of 1,000.00 for 3 months."""
    fa.set_rules(store, people["Amina"], group, effective="2024-01-01", interest_bp=500,
                 interest_method=method, loan_multiple_pct=300)  # fmt: skip
    deposit(store, people, group, 1_000_000, date="2024-01-10")
    loan = fa.add_entry(store, people["Amina"], group, type="loan", member=people["Chiku"].person,
                        amount="1000", date=LENT, term=3).id  # fmt: skip
    confirm(store, people, group, loan)
    return loan


def repay(store: Store, people: dict[str, Signer], group: GroupId, amount: str, day: str) -> str:
    entry = fa.add_entry(store, people["Amina"], group, type="repayment",
                         member=people["Chiku"].person, amount=amount, date=day).id  # fmt: skip
    confirm(store, people, group, entry)
    return entry


def split_of(store: Store, group: GroupId, entry: str) -> tuple[int, int]:
    e = books(store, group).entries[entry]  # type: ignore[index]
    return e.amount, e.interest


def test_add_months_keeps_the_day_or_takes_the_months_last() -> None:
    assert loans.add_months("2024-01-31", 1) == "2024-02-29"
    assert loans.add_months("2024-11-30", 3) == "2025-02-28"
    assert loans.add_months("2024-02-05", 0) == "2024-02-05"
    assert loans.charge_of(59_750, 500) == 2988  # 29.875 rounds half up


def test_flat_interest_worked_example(store, people, group) -> None:
    loan = setup(store, people, group, "flat")
    e = books(store, group).entries[loan]  # type: ignore[index]
    assert (e.term, e.rate_bp, e.method) == (3, 500, "flat")
    first = repay(store, people, group, "100", "2024-02-12")
    assert split_of(store, group, first) == (5_000, 5_000)  # month 1's 50.00 first
    second = repay(store, people, group, "400", "2024-03-12")
    assert split_of(store, group, second) == (35_000, 5_000)  # month 2 began on 5 March

    late = loans.loan_on(books(store, group), loan, "2024-05-06")  # type: ignore[arg-type]
    assert late is not None
    assert late.due_date == "2024-05-05"
    assert [(i.due, i.principal, i.interest) for i in late.schedule()] == [
        ("2024-03-05", 33_333, 5_000),
        ("2024-04-05", 33_333, 5_000),
        ("2024-05-05", 33_334, 5_000),
    ]
    assert [c.day for c in late.charges] == ["2024-02-05", "2024-03-05", "2024-04-05", "2024-05-05"]
    assert (late.outstanding, late.interest_due) == (60_000, 10_000)
    assert (late.arrears_principal, late.arrears_interest, late.arrears) == (60_000, 5_000, 65_000)
    assert late.late_since == "2024-04-05"

    last = repay(store, people, group, "700", "2024-05-06")
    assert split_of(store, group, last) == (60_000, 10_000)
    assert table_of(store, group, loan, [first, second, last]) == doc_table("Flat (")
    done = loans.loan_on(books(store, group), loan, "2025-01-01")  # type: ignore[arg-type]
    assert done is not None
    assert (done.outstanding, done.interest_due, done.arrears, done.late_since) == (0, 0, 0, None)
    assert done.interest_paid == 20_000
    position = member_positions(books(store, group))[people["Chiku"].person]
    assert (position["loan"].confirmed, position["interest"].confirmed) == (0, 20_000)


def test_declining_interest_worked_example(store, people, group) -> None:
    loan = setup(store, people, group, "declining")
    first = repay(store, people, group, "100", "2024-02-12")
    assert split_of(store, group, first) == (5_000, 5_000)
    second = repay(store, people, group, "400", "2024-03-12")
    assert split_of(store, group, second) == (35_250, 4_750)  # 5 % of 950.00
    late = loans.loan_on(books(store, group), loan, "2024-05-06")  # type: ignore[arg-type]
    assert late is not None
    assert [i.interest for i in late.schedule()] == [5_000, 3_333, 1_667]
    assert late.interest_due == 2 * 2_988  # 5 % of 597.50, twice
    last = repay(store, people, group, "657.26", "2024-05-06")
    assert split_of(store, group, last) == (59_750, 5_976)
    assert table_of(store, group, loan, [first, second, last]) == doc_table("Declining (")


def test_a_loan_repaid_the_day_it_was_taken_costs_nothing(store, people, group) -> None:
    setup(store, people, group, "flat")
    entry = repay(store, people, group, "1000", LENT)
    assert split_of(store, group, entry) == (100_000, 0)


def test_a_repayment_names_its_loan_and_the_oldest_is_repaid_first(store, people, group) -> None:
    first = setup(store, people, group, "flat")
    second = fa.add_entry(store, people["Amina"], group, type="loan", member=people["Chiku"].person,
                          amount="200", date="2024-02-06", term=1).id  # fmt: skip
    confirm(store, people, group, second)
    entry = repay(store, people, group, "50", "2024-02-07")
    assert books(store, group).entries[entry].loan == first  # type: ignore[index]
    named = fa.add_entry(store, people["Amina"], group, type="repayment",
                         member=people["Chiku"].person, amount="30", date="2024-02-07",
                         loan=second).id  # fmt: skip
    assert split_of(store, group, named) == (2_000, 1_000)  # 5 % of 200.00 first


def test_loan_refusals(store, people, group) -> None:
    setup(store, people, group, "flat")
    chiku = people["Chiku"].person
    amina = people["Amina"]
    add = fa.add_entry
    kw = {"store": store, "signer": amina, "group": group, "member": chiku}
    assert refused(store, group, "term", add, type="loan", amount="10", date="2024-02-06", **kw) \
        == "a loan needs its term in months"  # fmt: skip
    assert refused(store, group, "term", add, type="loan", amount="10", term=0, **kw) \
        == "a loan's term is 1 to 120 months"  # fmt: skip
    assert refused(store, group, "interest due", add, type="repayment", amount="100",
                   interest="1", date="2024-02-12", **kw) == (
        "a repayment pays the interest due (50.00 KES) first, then principal (51.00 KES here)"
    )  # fmt: skip
    assert refused(store, group, "owes", add, type="repayment", amount="1100",
                   date="2024-02-12", **kw) == (
        "the member owes 1000.00 KES in loan principal; this repays 1050.00 KES"
    )  # fmt: skip
    assert refused(store, group, "after this", add, type="repayment", amount="10",
                   date="2024-02-01", **kw) == (
        "the loan was taken on 2024-02-05, after this repayment"
    )  # fmt: skip
    assert refused(store, group, "only a loan", add, type="repayment", amount="10", term=2, **kw) \
        == "only a loan has a term"  # fmt: skip
    fa.set_rules(store, amina, group, effective="2024-03-01", one_loan=True)
    assert refused(store, group, "repays a loan before", add, type="loan", amount="10",
                   date="2024-03-02", term=1, **kw) == (
        "a member repays a loan before taking another by the rules in force on 2024-03-02; "
        "they owe 1000.00 KES"
    )  # fmt: skip
    fa.set_rules(store, amina, group, effective="2024-02-15", loan_multiple_pct=50)
    assert refused(store, group, "limited", add, type="loan", amount="4500", date="2024-02-20",
                   term=1, **kw) == (
        "loans are limited to 50 % of the member's confirmed savings (5000.00 KES) by the rules "
        "in force on 2024-02-20; the member already owes 1000.00 KES"
    )  # fmt: skip


def test_replay_voids_a_loan_at_another_rate_or_a_wrong_split(store, people, group) -> None:
    loan = setup(store, people, group, "flat")
    chiku = bytes.fromhex(people["Chiku"].person)
    fund = bytes.fromhex(group)
    cheap = {"type": "loan", "fund": fund, "amount": 1000, "date": "2024-02-06",
             "member": chiku, "term": 2, "interest_bp": 100, "interest_method": "flat"}  # fmt: skip
    store.ingest(forge(people["Amina"], store, group, "entry.add", cheap).raw)
    assert voided_reasons(store, group)[-1] == (
        "a loan is charged 5 % per month, on the amount lent, "
        "by the rules in force on 2024-02-06"
    )
    no_interest = {"type": "repayment", "fund": fund, "amount": 10_000, "date": "2024-02-12",
                   "member": chiku, "loan": bytes.fromhex(loan)}  # fmt: skip
    store.ingest(forge(people["Amina"], store, group, "entry.add", no_interest).raw)
    assert voided_reasons(store, group)[-1].startswith("a repayment pays the interest due")


def test_a_reversed_repayment_is_owed_again(store, people, group) -> None:
    loan = setup(store, people, group, "flat")
    entry = repay(store, people, group, "100", "2024-02-12")
    fa.reverse_entry(store, people["Amina"], group, entry, date="2024-02-12")
    now = loans.loan_on(books(store, group), loan, "2024-02-13")  # type: ignore[arg-type]
    assert now is not None
    assert (now.outstanding, now.interest_due) == (100_000, 5_000)


def test_percent_is_written_without_floats() -> None:
    assert [loans.percent(x) for x in (500, 250, 1000, 5, 0)] == [
        "5 %", "2.5 %", "10 %", "0.05 %", "0 %"
    ]  # fmt: skip
