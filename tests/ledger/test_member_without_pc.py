"""A member with no PC of their own: their key is made and kept on this PC only once
their membership is written; every refusal leaves neither behind."""

from __future__ import annotations

import pytest

from ledger.savings import membership_actions as actions
from ledger.store.errors import LatticeError
from ledger.store.ids import GroupId
from ledger.store.keyring import Keyring
from ledger.store.persons import Signer
from ledger.store.store import Store


def test_the_new_member_signs_with_their_own_pin(
    store: Store, group: GroupId, people: dict[str, Signer]
) -> None:
    keyring = Keyring(store.db)
    change = actions.add_member_without_pc(
        store, keyring, people["Amina"], group, name=" Zuhura ", passphrase="2468",
        roles=["member"], date="2024-02-01",
    )  # fmt: skip
    person = change.body["person"].hex()
    member = store.state(group).membership.members[person]
    assert (member.name, member.roles) == ("Zuhura", {"member"})
    assert [p.name for p in keyring.list() if p.id == person] == ["Zuhura"]
    assert keyring.unlock(person, "2468").person == person
    with pytest.raises(LatticeError):
        keyring.unlock(person, "1357")


@pytest.mark.parametrize(
    ("who", "name", "pin", "roles", "reason"),
    [
        ("Amina", "Zuhura", "12", ["member"], "a passphrase or PIN needs at least 4 characters"),
        ("Amina", "  ", "2468", ["member"], "a person needs a name"),
        ("Amina", "Zuhura", "2468", ["chief"], "'chief' is not a role"),
        ("Bosco", "Zuhura", "2468", ["member"], "Bosco is not council"),
    ],
)
def test_a_refusal_keeps_no_key_and_no_member(
    store: Store,
    group: GroupId,
    people: dict[str, Signer],
    who: str,
    name: str,
    pin: str,
    roles: list[str],
    reason: str,
) -> None:
    keyring = Keyring(store.db)
    keys, before = keyring.list(), store.state(group).digest()
    with pytest.raises(LatticeError, match=reason):
        actions.add_member_without_pc(
            store, keyring, people[who], group, name=name, passphrase=pin, roles=roles
        )
    assert keyring.list() == keys
    assert store.state(group).digest() == before
