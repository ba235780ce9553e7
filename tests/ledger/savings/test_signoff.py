"""Sign-off: a quorum of distinct elders confirms; the recorder does not count by default."""

from __future__ import annotations

import pytest

from ledger.savings import actions as fa
from ledger.savings import group_actions as ga
from ledger.savings import membership_actions as actions
from ledger.store.errors import NotFound, Refused
from tests.ledger.conftest import forge
from tests.ledger.savings.conftest import books, deposit


def _signoff_body(*entries: str) -> dict[str, object]:
    return {"entries": [bytes.fromhex(e) for e in entries]}


def test_same_elder_twice_counts_once(store, people, group) -> None:
    entry = deposit(store, people, group, 100, confirmed=False)
    fa.sign_off(store, people["Bosco"], group, [entry])
    with pytest.raises(Refused, match="already signed by Bosco"):
        fa.sign_off(store, people["Bosco"], group, [entry])
    # written anyway (another PC, a bypassed check): still one signer
    store.ingest(forge(people["Bosco"], store, group, "signoff", _signoff_body(entry)).raw)
    b = books(store, group)
    assert b.counting_signers(b.entries[entry]) == {people["Bosco"].person}
    assert not b.is_confirmed(entry)


def test_recorder_does_not_count_unless_the_group_says_so(store, people, group) -> None:
    a = people["Amina"]
    actions.grant_role(store, a, group, a.person, "elder")
    entry = deposit(store, people, group, 100, confirmed=False)
    with pytest.raises(Refused, match="would not count"):
        fa.sign_off(store, a, group, [entry])
    store.ingest(forge(a, store, group, "signoff", _signoff_body(entry)).raw)
    fa.sign_off(store, people["Bosco"], group, [entry])
    b = books(store, group)
    assert not b.is_confirmed(entry)
    actions.change_settings(store, a, group, recorder_counts=True)
    assert b.is_confirmed(entry)


def test_lowering_the_quorum_confirms_raising_it_does_not_unconfirm(store, people, group) -> None:
    a = people["Amina"]
    one = deposit(store, people, group, 100, confirmed=False)
    two = deposit(store, people, group, 100)
    fa.sign_off(store, people["Bosco"], group, [one])
    b = books(store, group)
    assert not b.is_confirmed(one)
    actions.change_settings(store, a, group, quorum=1)
    assert b.is_confirmed(one)
    # the available money follows at once, before any other finance change
    fa.add_entry(
        store, a, group, type="withdrawal", member=people["Chiku"].person, amount=200
    )
    actions.change_settings(store, a, group, quorum=3)
    b = books(store, group)
    assert b.is_confirmed(one) and b.is_confirmed(two)


def test_only_elders_sign(store, people, group) -> None:
    entry = deposit(store, people, group, 100, confirmed=False)
    with pytest.raises(Refused, match="not an elder"):
        fa.sign_off(store, people["Chiku"], group, [entry])
    result = store.ingest(forge(people["Chiku"], store, group, "signoff", _signoff_body(entry)).raw)
    assert result.status == "rejected"
    assert "not elder" in (result.reason or "")


def test_unknown_targets(store, people, group) -> None:
    with pytest.raises(NotFound):
        fa.sign_off(store, people["Bosco"], group, ["ab" * 32])
    change = forge(people["Bosco"], store, group, "signoff", _signoff_body("ab" * 32))
    store.ingest(change.raw)
    assert store.state(group).voided[-1].change == change.id


def test_a_meeting_batch_in_one_change(store, people, group) -> None:
    a, chiku = people["Amina"], people["Chiku"].person
    meeting = ga.open_meeting(store, a, group, date="2024-05-04").id
    entries = [
        fa.add_entry(store, a, group, type="contribution", member=chiku, amount=100 + i,
                     meeting=meeting).id
        for i in range(5)
    ]  # fmt: skip
    outside = deposit(store, people, group, 7, confirmed=False)
    before = store.change_count(group)
    fa.sign_off(store, people["Bosco"], group, [meeting])
    fa.sign_off(store, people["Esther"], group, [meeting])
    assert store.change_count(group) == before + 2
    b = books(store, group)
    assert all(b.is_confirmed(e) for e in entries)
    assert not b.is_confirmed(outside)


def test_a_batch_skips_what_was_voided(store, people, group) -> None:
    """An elder's batch stands for the entries that stand, even if one was voided meanwhile."""
    good = deposit(store, people, group, 100, confirmed=False)
    overdraw = forge(people["Amina"], store, group, "entry.add", {
        "type": "withdrawal", "fund": bytes.fromhex(group), "amount": 10**6,
        "member": bytes.fromhex(people["Chiku"].person), "date": "2024-01-01",
    })  # fmt: skip
    store.ingest(overdraw.raw)
    change = forge(people["Bosco"], store, group, "signoff", _signoff_body(good, overdraw.id))
    store.ingest(change.raw)
    assert change.id not in {v.change for v in store.state(group).voided}
    assert people["Bosco"].person in books(store, group).entries[good].signers  # type: ignore[index]


def test_funds_and_meetings_are_council_business(store, people, group) -> None:
    with pytest.raises(Refused, match="not council"):
        fa.add_fund(store, people["Chiku"], group, name="Mine", kind="project")
    with pytest.raises(Refused, match="not council"):
        ga.open_meeting(store, people["Bosco"], group, date="2024-01-01")


def test_what_a_sign_off_signs_reads_in_its_number() -> None:
    from ledger.savings.signoff import describe

    assert describe({"entries": [b"a"]}) == "signed off 1 entry"
    assert describe({"entries": [b"a", b"b"], "minutes": [b"m"], "counts": [b"c"],
                     "cycles": [b"x", b"y"]}) == (
        "signed off 2 entries, the minutes of 1 meeting, 1 cash count, the close of 2 cycles"
    )  # fmt: skip
