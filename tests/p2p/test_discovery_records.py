"""The TXT record and blinded tags, without a network."""

from __future__ import annotations

import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ledger.store.ids import GroupId
from p2p.discovery import (
    MAX_TAGS,
    PeerFound,
    blind_tag,
    encode_txt,
    group_tag_key,
    multiaddrs_for,
    parse_txt,
    shared_groups,
    zeroconf_interfaces,
)

PEER = "12D3KooWHgwwUrtg1pSDdR6EbAVuT23RnEdcQms5y8o9D2K9ibXd"
groups_st = st.lists(
    st.binary(min_size=32, max_size=32).map(lambda b: GroupId(b.hex())), max_size=40
)


def as_wire(txt: dict[str, str]) -> dict[bytes, bytes | None]:
    return {k.encode(): v.encode() for k, v in txt.items()}


@given(groups_st, st.binary(min_size=16, max_size=16))
def test_members_recognise_their_groups_and_nothing_else(
    groups: list[GroupId], nonce: bytes
) -> None:
    txt = encode_txt(PEER, nonce, groups)
    assert all(len(k) + 1 + len(v) <= 255 for k, v in txt.items())
    parsed = parse_txt(as_wire(txt))
    assert parsed is not None
    peer, version, nonce_hex, tags = parsed
    found = PeerFound(peer, (), tags, nonce_hex, version)
    assert sorted(shared_groups(found, groups)) == sorted(set(groups))
    outsider = GroupId(os.urandom(32).hex())
    assert shared_groups(found, [outsider]) == []


def test_tags_reveal_nothing_stable() -> None:
    group = GroupId("ab" * 32)
    one, two = os.urandom(16), os.urandom(16)
    assert blind_tag(group, one) != blind_tag(group, two)
    assert group[:16] not in encode_txt(PEER, one, [group])["t"]


def test_malformed_records_are_ignored() -> None:
    good = as_wire(encode_txt(PEER, os.urandom(16), [GroupId("ab" * 32)]))
    assert parse_txt(good) is not None
    for key, bad in [
        (b"peer", b""),
        (b"peer", b"x" * 65),
        (b"peer", b"../etc"),
        (b"v", b"one"),
        (b"n", b"zz" * 16),
        (b"t", b"abc"),
        (b"t", b"\xff" * 16),
    ]:
        assert parse_txt({**good, key: bad}) is None, key
    too_many = ",".join(os.urandom(8).hex() for _ in range(MAX_TAGS + 1))
    assert parse_txt({**good, b"t": too_many.encode()}) is None


def test_only_dialable_addresses_are_offered() -> None:
    addrs = multiaddrs_for(
        ["10.77.0.11", "127.0.0.1", "fe80::1%2", "fd00::5", "0.0.0.0", "nonsense"], 4001
    )
    assert addrs == ("/ip4/10.77.0.11/tcp/4001", "/ip6/fd00::5/tcp/4001")


@given(st.integers(min_value=0, max_value=56), st.binary(min_size=16, max_size=16))
def test_the_record_does_not_say_how_many_groups_a_pc_holds(count: int, nonce: bytes) -> None:
    keys = [os.urandom(32).hex() for _ in range(count)]
    parsed = parse_txt(as_wire(encode_txt(PEER, nonce, keys)))
    assert parsed is not None
    tags = parsed[3]
    assert len(tags) == max(14, -(-count // 14) * 14)  # 0 to 14 groups all look alike
    found = PeerFound(PEER, (), tags, nonce.hex(), "1")
    assert shared_groups(found, keys) == keys


def test_a_group_id_alone_does_not_confirm_a_pcs_tag() -> None:
    """Tags are keyed by the genesis change's bytes, not by the group id (its hash)."""
    import hashlib

    genesis = os.urandom(200)
    group = GroupId(hashlib.sha256(genesis).hexdigest())
    key = group_tag_key(genesis)
    nonce = os.urandom(16)
    parsed = parse_txt(as_wire(encode_txt(PEER, nonce, [key])))
    assert parsed is not None
    found = PeerFound(PEER, (), parsed[3], nonce.hex(), "1")
    assert shared_groups(found, [key]) == [key]
    assert shared_groups(found, [group]) == []
    assert group not in key and key != group


def test_no_ipv6_means_zeroconf_uses_ipv4_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """zeroconf's own "all interfaces" opens IPv6 on loopback (`::1`), which logged a
    traceback on every send on a host without IPv6."""
    import ifaddr
    from zeroconf import IPVersion

    def adapter(name: str, index: int, *ips: str | tuple[str, int, int]) -> ifaddr.Adapter:
        return ifaddr.Adapter(name, name, [ifaddr.IP(ip, 8, name) for ip in ips], index=index)

    lo = adapter("lo", 1, "127.0.0.1", ("::1", 0, 0))
    eth_v4 = adapter("eth0", 2, "10.77.0.11")
    eth_v6 = adapter("eth0", 2, "10.77.0.11", ("fe80::1", 0, 2))
    monkeypatch.setattr(ifaddr, "get_adapters", lambda: [lo, eth_v4])
    assert zeroconf_interfaces() == (["127.0.0.1", "10.77.0.11"], IPVersion.V4Only)
    monkeypatch.setattr(ifaddr, "get_adapters", lambda: [lo, eth_v6])
    assert zeroconf_interfaces() == (["127.0.0.1", "10.77.0.11", 2], IPVersion.All)
    assert zeroconf_interfaces("eth0") == (["10.77.0.11", 2], IPVersion.All)
    monkeypatch.setattr(ifaddr, "get_adapters", lambda: [lo])
    assert zeroconf_interfaces("eth9") == (["0.0.0.0"], IPVersion.V4Only)


def test_address_change_returns_only_when_the_addresses_change(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """mDNS is reopened on this: a LAN joined while running must be noticed, and an
    unchanged host must not restart discovery."""
    import trio

    from p2p import discovery

    reads = iter([["10.61.0.10"], ["10.61.0.10"], ["10.61.0.10"], ["10.60.0.20", "10.61.0.10"]])
    calls: list[str | None] = []

    def fake(interface: str | None = None) -> list[str]:
        calls.append(interface)
        return next(reads)

    monkeypatch.setattr(discovery, "local_addresses", fake)

    async def main() -> None:
        with trio.fail_after(10):
            await discovery.address_change("eth0", 0.001)

    trio.run(main)
    assert calls == ["eth0"] * 4  # returned at the first read that differed, not before
