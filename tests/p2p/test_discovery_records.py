"""The TXT record and blinded tags, without a network."""

from __future__ import annotations

import os

from hypothesis import given
from hypothesis import strategies as st

from ledger.ids import GroupId
from p2p.discovery import (
    MAX_TAGS,
    PeerFound,
    blind_tag,
    encode_txt,
    multiaddrs_for,
    parse_txt,
    shared_groups,
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
