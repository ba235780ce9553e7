"""The meeting in one sitting: every row checked first, then all entries or none."""

from __future__ import annotations

import pytest
from nacl.signing import SigningKey

from ledger.savings import actions as fa
from ledger.savings import group_actions, sitting
from ledger.savings import membership_actions as ma
from ledger.savings.signoff import MAX_TARGETS
from ledger.savings.sitting import SittingRow
from ledger.savings.sitting_csv import read_rows
from ledger.store.errors import NotFound, Refused
from ledger.store.ids import GroupId
from ledger.store.persons import Signer
from ledger.store.store import Store
from tests.ledger.savings.conftest import books, confirm, deposit


def refused(store: Store, group: GroupId, call: object, /, *args: object, **kw: object) -> str:
    before = store.change_count(group)
    with pytest.raises((Refused, NotFound)) as caught:
        call(*args, **kw)  # type: ignore[operator]
    assert store.change_count(group) == before, "a refusal must write nothing"
    return str(caught.value)


@pytest.fixture
def meeting(store: Store, people: dict[str, Signer], group: GroupId, dan: Signer) -> str:
    """Shares of 50.00 (1 to 5 a meeting), social fund 10.00, fine late 20.00; Chiku owes a
    loan of 100.00 at 10 % flat taken a month before the meeting of 2024-03-02."""
    amina = people["Amina"]
    fa.add_fund(store, amina, group, name="Social", kind="social")
    fa.set_rules(store, amina, group, effective="2024-01-01", share_value="50", min_shares=1,
                 max_shares=5, social_fund="10", fines={"late": "20"},
                 interest_bp=1000)  # fmt: skip
    deposit(store, people, group, 100_000, date="2024-01-10")
    loan = fa.add_entry(store, amina, group, type="loan", member=people["Chiku"].person,
                        amount="100", date="2024-02-02", term=2).id  # fmt: skip
    confirm(store, people, group, loan)
    return group_actions.open_meeting(store, amina, group, date="2024-03-02").id


def test_a_whole_meeting_in_one_batch(store, people, group, meeting) -> None:
    rows = [
        SittingRow("Chiku", shares=2, social="10", repayment="60", fines=("late",), line=2),
        SittingRow("dan", shares=5, social="10", line=3),
    ]
    b = books(store, group)
    total = sitting.totals(b, "2024-03-02", rows, "KES")
    assert (total.shares, total.savings, total.social, total.repayment, total.fines) == (
        7, 35_000, 2_000, 6_000, 2_000
    )  # fmt: skip
    assert (total.entries, total.money) == (6, 45_000)
    written = sitting.record_meeting(store, people["Amina"], group, meeting, rows)
    assert len(written) == 6
    b = books(store, group)
    repayment = b.entries[written[2].id]  # type: ignore[index]
    assert (repayment.amount, repayment.interest) == (5_000, 1_000)  # 10 % of 100.00 first
    assert all(b.entries[c.id].meeting == meeting for c in written)  # type: ignore[index]
    fa.sign_off(store, people["Bosco"], group, [meeting])
    fa.sign_off(store, people["Esther"], group, [meeting])
    b = books(store, group)
    assert all(b.is_confirmed(b.entries[c.id]) for c in written)  # type: ignore[index]


def test_a_bad_row_records_nothing(store, people, group, meeting) -> None:
    amina = people["Amina"]
    good = SittingRow("Chiku", shares=2, social="10", line=2)
    assert refused(store, group, sitting.record_meeting, store, amina, group, meeting,
                   [good, SittingRow("Zawadi", shares=1, line=3)]) == (
        "line 3, member: no member of this group is called 'Zawadi'"
    )  # fmt: skip
    # the books refuse the second row after the first was written: all is rolled back
    assert refused(store, group, sitting.record_meeting, store, amina, group, meeting,
                   [good, SittingRow("Dan", shares=6, line=3)]) == (
        "line 3, shares: a member buys at most 5 shares per meeting by the rules in force on "
        "2024-03-02"
    )  # fmt: skip
    assert refused(store, group, sitting.record_meeting, store, amina, group, meeting,
                   [good, SittingRow("Dan", social="10.001", line=3)]) == (
        "line 3, social fund: KES has 2 decimal places; '10.001' has more"
    )  # fmt: skip
    assert refused(store, group, sitting.record_meeting, store, amina, group, meeting,
                   [good, SittingRow("Dan", fines=("snoring",), line=3)]) == (
        "line 3, fines: the fine schedule has no fine 'snoring' and the member owes none"
    )  # fmt: skip
    assert refused(store, group, sitting.record_meeting, store, amina, group, meeting,
                   [good, SittingRow("chiku", shares=1, line=3)]) == (
        "line 3, member: the member is on line 2 already"
    )  # fmt: skip
    assert refused(store, group, sitting.record_meeting, store, amina, group, meeting, []) == (
        "no rows to record"
    )
    assert not [e for e in books(store, group).entries.values() if e.meeting == meeting]
    # and the store is still usable after the rollback
    assert len(sitting.record_meeting(store, amina, group, meeting, [good])) == 2


def test_rows_from_a_csv_file() -> None:
    text = (
        "Member;Shares;Social;Repayment;Fines\n"
        "Chiku;2;10;60;late\n"
        "\n"
        "Dan;5;10;;late absent\n"
    )
    rows = read_rows(text)
    assert rows == [
        SittingRow("Chiku", 2, "10", "60", ("late",), line=2),
        SittingRow("Dan", 5, "10", None, ("late", "absent"), line=4),
    ]
    assert read_rows("member,shares\nChiku,3\n") == [SittingRow("Chiku", 3, line=2)]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "the file has no header line naming its columns"),
        (
            "member,savings\nChiku,3\n",
            "line 1: the columns are member and any of shares, social fund, repayment, "
            "fines, each once",
        ),
        ("shares\n3\n", "line 1: the columns are member and any of shares, social fund, "
                        "repayment, fines, each once"),
        ("member,shares\nChiku,two\n", "line 2, shares: a whole number of shares"),
        ("member,shares\nChiku,1,2\n", "line 2: 3 cells, more than the columns"),
        ("member,shares\n,2\n", "line 2, member: say whose row this is"),
        ('member,shares\n"Chiku,2\n', "line 2: not a CSV line (unexpected end of data)"),
    ],
)
def test_a_bad_csv_names_its_line_and_column(text: str, reason: str) -> None:
    with pytest.raises(Refused) as caught:
        read_rows(text)
    assert str(caught.value) == reason


def test_a_csv_too_large_is_not_read() -> None:
    with pytest.raises(Refused, match="larger than"):
        read_rows("member\n" + "x" * 1_000_001)
    with pytest.raises(Refused, match="line 10002: more than 10000 rows"):
        read_rows("member\n" + "Chiku\n" * 10_001)


def test_more_rows_than_members_are_refused(store, people, group, meeting) -> None:
    rows = [SittingRow(f"F{n}", shares=1, line=n) for n in range(10)]
    assert refused(store, group, sitting.plan, store, group, meeting, rows) == (
        "10 rows, but the group has 5 members: one row each at most"
    )


def test_a_whole_council_sheet_of_640_families_and_its_officers(
    store, people, group, meeting, monkeypatch
) -> None:
    """Every member gets a row at a whole-group meeting: 640 families and the officers
    (treasurer, elders, ...) are more than 640 rows; all are recorded, or none."""
    families = [SigningKey.generate().verify_key.encode().hex() for _ in range(640)]
    with store.batch():
        for number, person in enumerate(families):
            ma.add_member(store, people["Amina"], group, person=person,
                          name=f"Family {number}", roles=["member"])  # fmt: skip
    everyone = list(books(store, group).membership.members)  # type: ignore[union-attr]
    assert len(everyone) == 645
    text = "member,shares,social,fines\n" + "".join(f"{p},1,10,late late\n" for p in everyone)
    rows = read_rows(text)
    assert len(rows) == 645
    bad = [*rows[:-1], SittingRow(rows[-1].member, shares=1, fines=("sleeping",), line=646)]
    assert "line 646, fines" in refused(
        store, group, sitting.record_meeting, store, people["Amina"], group, meeting, bad
    )
    add_entry = sitting.actions.add_entry

    def last_one_fails(*args: object, **kw: object) -> object:
        if kw["member"] == rows[-1].member and kw["type"] == "contribution" and "fund" in kw:
            raise Refused("the disk is full")
        return add_entry(*args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(sitting.actions, "add_entry", last_one_fails)
    assert "line 646, social fund: the disk is full" in refused(
        store, group, sitting.record_meeting, store, people["Amina"], group, meeting, rows
    )
    monkeypatch.undo()
    written = sitting.record_meeting(store, people["Amina"], group, meeting, rows)
    assert len(written) == 4 * 645  # more entries than one sign-off change may name
    b = books(store, group)
    at_meeting = [e for e in b.entries.values() if e.meeting == meeting]
    assert {e.member for e in at_meeting} == set(everyone)
    assert sum(e.amount for e in at_meeting) == 645 * (5_000 + 1_000 + 2 * 2_000)
    for elder in ("Bosco", "Esther"):
        signed = fa.sign_off(store, people[elder], group, [meeting])
        assert len(signed) == 2  # each within the limit peers enforce, in one transaction
        assert all(len(c.body["entries"]) <= MAX_TARGETS for c in signed)
    b = books(store, group)
    assert all(b.is_confirmed(b.entries[e.id]) for e in at_meeting)
