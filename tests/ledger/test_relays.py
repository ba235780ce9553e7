"""The group's relays: a signed, replicated setting that council and elders may change."""

from __future__ import annotations

import pytest

from ledger.savings import membership_actions as actions
from ledger.store.errors import LatticeError, Refused
from ledger.store.ids import GroupId
from ledger.store.invites import InviteCode
from ledger.store.persons import Signer
from ledger.store.relays import (
    MAX_RELAYS,
    add_relay,
    all_relays,
    group_relays,
    relay_address,
    remove_relay,
)
from ledger.store.store import Store
from tests.ledger.conftest import forge

PEER = "12D3KooWGzh3dtd8k5cHo6M4GwD4E8EqUr9jyo4Mo1e1H3aBR7i5"
RELAY = f"/dns4/relay.example.org/tcp/4001/p2p/{PEER}"
RELAY_IP6 = f"/ip6/2001:db8::1/tcp/4001/p2p/{PEER}"


def _relay(n: int) -> str:
    return f"/ip4/203.0.113.{n}/tcp/4001/p2p/{PEER}"


def test_council_adds_and_removes_a_relay(
    store: Store, group: GroupId, people: dict[str, Signer]
) -> None:
    add_relay(store, people["Amina"], group, RELAY)
    add_relay(store, people["Amina"], group, f"  {RELAY_IP6} ")
    assert group_relays(store, group) == (RELAY, RELAY_IP6)
    assert store.state(group).settings.relays == (RELAY, RELAY_IP6)
    remove_relay(store, people["Amina"], group, RELAY)
    assert group_relays(store, group) == (RELAY_IP6,)
    assert all_relays(store) == (RELAY_IP6,)


def test_an_elder_may_change_relays_a_member_may_not(
    store: Store, group: GroupId, people: dict[str, Signer]
) -> None:
    add_relay(store, people["Bosco"], group, RELAY)
    assert group_relays(store, group) == (RELAY,)
    before = store.state(group).digest()
    with pytest.raises(Refused, match="Chiku is not council or elder"):
        add_relay(store, people["Chiku"], group, _relay(1))
    forged = forge(people["Chiku"], store, group, "relay.remove", {"address": RELAY})
    result = store.ingest(forged.raw)
    assert result.status == "rejected"
    assert "not council or elder" in (result.reason or "")
    assert store.state(group).digest() == before


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("relay.example.org:4001", "is not a network address"),
        ("/ip4/1.2.3/tcp/4001/p2p/" + PEER, "is not a network address"),
        ("/ip4/203.0.113.1/tcp/4001", "must end in /p2p/"),
        ("/ip4/203.0.113.1/tcp/4001/p2p/notapeerid", "is not a network address"),
        (f"/ip4/203.0.113.1/tcp/4001/p2p/{PEER}/p2p-circuit/p2p/{PEER}", "must end in /p2p/"),
        (f"/p2p/{PEER}", "starts with the host and port"),
        (f"/ip4/203.0.113.1/p2p/{PEER}", "starts with the host and port"),
        (f"/dns4/{'a' * 300}.org/tcp/4001/p2p/{PEER}", "longer than 300 characters"),
        ("", "is not a network address"),
    ],
)
def test_a_bad_address_is_refused_in_words_and_nothing_is_written(
    store: Store, group: GroupId, people: dict[str, Signer], text: str, words: str
) -> None:
    before = store.state(group).digest()
    with pytest.raises(Refused, match=words):
        add_relay(store, people["Amina"], group, text)
    assert store.state(group).digest() == before
    assert group_relays(store, group) == ()


def test_a_forged_bad_address_is_rejected_on_arrival(
    store: Store, group: GroupId, people: dict[str, Signer]
) -> None:
    for body in (
        {"address": "not an address"},
        {"address": RELAY.replace("/dns4/", "/dns4/ ")},
        {"address": f"/ip4/203.0.113.01/tcp/4001/p2p/{PEER}"},  # not canonical
        {"address": 42},
        {"address": RELAY, "extra": 1},
        {},
    ):
        result = store.ingest(forge(people["Amina"], store, group, "relay.add", body).raw)
        assert result.status == "rejected", body
    assert group_relays(store, group) == ()


def test_listing_is_bounded_and_repeats_refused(
    store: Store, group: GroupId, people: dict[str, Signer]
) -> None:
    for n in range(MAX_RELAYS):
        add_relay(store, people["Amina"], group, _relay(n))
    with pytest.raises(Refused, match="already listed"):
        add_relay(store, people["Amina"], group, _relay(0))
    with pytest.raises(Refused, match=f"lists {MAX_RELAYS} relays already"):
        add_relay(store, people["Amina"], group, RELAY)
    with pytest.raises(Refused, match="not listed"):
        remove_relay(store, people["Amina"], group, RELAY)
    # A forged ninth is stored (it is signed by a council member) but void: no effect.
    change = forge(people["Amina"], store, group, "relay.add", {"address": RELAY})
    store.ingest(change.raw)
    assert len(group_relays(store, group)) == MAX_RELAYS
    assert any(v.change == change.id for v in store.state(group).voided)


def test_relays_replicate_and_converge(
    store: Store, make_store: object, group: GroupId, people: dict[str, Signer]
) -> None:
    add_relay(store, people["Amina"], group, RELAY)
    add_relay(store, people["Bosco"], group, _relay(1))
    other = make_store()  # type: ignore[operator]
    other.ingest_many(store.raw_changes(group), source="test")
    assert other.state(group).settings.relays == (RELAY, _relay(1))
    assert other.state(group).digest() == store.state(group).digest()


def test_digest_of_a_group_without_relays_is_unchanged(store: Store, group: GroupId) -> None:
    """A PC without this feature computes the same digest for a group that lists none."""
    settings = store.state(group).plain()["settings"]
    assert settings == ["Umoja", "KES", 2, False]


def test_relay_address_is_canonical() -> None:
    assert relay_address(f" /ip6/2001:0db8::0001/tcp/4001/p2p/{PEER} ") == RELAY_IP6


def test_invite_carries_the_group_relays(
    store: Store, group: GroupId, people: dict[str, Signer]
) -> None:
    add_relay(store, people["Amina"], group, RELAY)
    pc = f"/ip4/192.168.1.20/tcp/4001/p2p/{PEER}"
    code, _ = actions.create_invite(store, people["Amina"], group, role="member", address=pc)
    assert code.relays == (RELAY,)
    parsed = InviteCode.parse(code.text())
    assert parsed == code
    # Without an address there is no PC to reach through the relays: none are carried.
    bare, _ = actions.create_invite(store, people["Amina"], group, role="member")
    assert bare.relays == () and "," not in bare.text()


def test_old_invite_codes_still_parse() -> None:
    old = "LAT-CPG4-U4VT-OP7J-BAJJ@/ip4/1.2.3.4/tcp/1/p2p/" + PEER
    parsed = InviteCode.parse(old)
    assert parsed.address == "/ip4/1.2.3.4/tcp/1/p2p/" + PEER
    assert parsed.relays == ()
    assert InviteCode.parse("lat-cpg4-u4vt-op7j-bajj").address is None


@pytest.mark.parametrize(
    ("tail", "words"),
    [
        (",/ip4/1.2.3.4/tcp/1", "carries a bad relay"),
        (",hello", "carries a bad relay"),
        ("".join(f",{_relay(n)}" for n in range(MAX_RELAYS + 1)), "more than 8 relays"),
    ],
)
def test_an_invite_with_a_bad_relay_is_refused_in_words(tail: str, words: str) -> None:
    with pytest.raises(LatticeError, match=words):
        InviteCode.parse(f"LAT-CPG4-U4VT-OP7J-BAJJ@/ip4/1.2.3.4/tcp/1/p2p/{PEER}{tail}")


def test_relays_survive_the_snapshot(
    store: Store, group: GroupId, people: dict[str, Signer]
) -> None:
    from ledger.store.snapshot import decode_state, encode_state

    add_relay(store, people["Amina"], group, RELAY)
    state = store.state(group)
    restored = decode_state(encode_state(state))
    assert restored is not None
    assert restored.settings.relays == (RELAY,)
    assert restored.digest() == state.digest()


def test_two_councils_adding_relays_at_once_both_keep_theirs(
    store: Store, make_store: object, group: GroupId, people: dict[str, Signer]
) -> None:
    """Each PC adds a relay without having seen the other's: once they exchange changes,
    both list both, in the same order (replay order), and their states agree."""
    actions.grant_role(store, people["Amina"], group, people["Bosco"].person, "council")
    other = make_store()  # type: ignore[operator]
    other.ingest_many(store.raw_changes(group), source="test")
    actions.link_device(other, people["Bosco"], group)
    store.ingest_many(other.raw_changes(group), source="test")
    add_relay(store, people["Amina"], group, RELAY)
    add_relay(other, people["Bosco"], group, _relay(9))
    store.ingest_many(other.raw_changes(group), source="test")
    other.ingest_many(store.raw_changes(group), source="test")
    mine, theirs = group_relays(store, group), group_relays(other, group)
    assert set(mine) == {RELAY, _relay(9)} and mine == theirs
    assert store.state(group).digest() == other.state(group).digest()
