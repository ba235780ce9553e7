"""Peers in separate network namespaces find each other by mDNS alone and converge."""

from __future__ import annotations

import signal
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from nacl.signing import SigningKey

from ledger.savings import membership_actions as actions
from ledger.store.ids import GroupId, WriterId
from ledger.store.persons import Signer
from ledger.store.store import Store
from tests.multihost.jsonlines import JsonLines
from tests.multihost.netns import NetnsLab

pytestmark = pytest.mark.multihost


class Peer:
    def __init__(self, lab: NetnsLab, index: int, home: Path, invites: tuple[str, ...] = ()):
        self.home = home
        args = ["-m", "tests.multihost.node", "--home", str(home)]
        for code in invites:
            args += ["--invite", code]
        self.out = JsonLines(lab.hosts[index].python(*args))
        self.ready = self.out.wait_event("ready", 30)

    def store(self) -> Store:
        """The data folder opened from outside, as the CLI would while `serve` runs."""
        return Store.open(self.home)


def vv(home: Path, group: GroupId) -> dict[WriterId, int]:
    store = Store.open(home)
    try:
        return dict(store.version_vector(group)) if group in store.group_ids() else {}
    finally:
        store.close()


def wait_converged(homes: list[Path], group: GroupId, timeout: float, writers: int) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        vectors = [vv(h, group) for h in homes]
        if all(v == vectors[0] for v in vectors) and len(vectors[0]) >= writers:
            return
        time.sleep(0.2)
    raise AssertionError(f"no convergence: {vectors}")


def write(home: Path, signer: Signer, group: GroupId, text: str) -> None:
    store = Store.open(home)
    try:
        actions.edit_document(store, signer, group, "goal:0000aaaa", text)
    finally:
        store.close()


def join(home: Path, signer: Signer, group: GroupId, code: str, timeout: float = 30) -> None:
    from ledger.store.invites import InviteCode

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        store = Store.open(home)
        try:
            if group in store.group_ids():
                actions.join_group(store, signer, group, InviteCode.parse(code), name=signer.name)
                return
        finally:
            store.close()
        time.sleep(0.2)
    raise AssertionError(f"{home.name} never fetched the group")


def test_three_peers_converge_partition_heals_and_stranger_learns_nothing(
    netns_lab: Callable[[int], NetnsLab], tmp_path: Path
) -> None:
    lab = netns_lab(4)
    people = [Signer(n, SigningKey.generate()) for n in ("Amina", "Bosco", "Chiku")]
    homes = [tmp_path / n for n in ("a", "b", "c", "stranger")]
    founder = Store.open(homes[0])
    group = actions.create_group(founder, people[0], name="Umoja", currency="KES").group
    codes = [
        actions.create_invite(founder, people[0], group, role="member")[0].text() for _ in range(2)
    ]
    founder.close()

    a = Peer(lab, 0, homes[0])
    b = Peer(lab, 1, homes[1], (codes[0],))
    c = Peer(lab, 2, homes[2], (codes[1],))
    stranger = Peer(lab, 3, homes[3])
    join(homes[1], people[1], group, codes[0])
    join(homes[2], people[2], group, codes[1])
    for i, person in enumerate(people):
        write(homes[i], person, group, f"written on PC {i}")
    wait_converged(homes[:3], group, 30, writers=3)

    # C is cut off; everyone keeps writing; the link heals; all converge.
    lab.hosts[2].link_down()
    write(homes[0], people[0], group, "A while C is away")
    write(homes[2], people[2], group, "C while away")
    time.sleep(1)
    assert vv(homes[0], group) != vv(homes[2], group)
    lab.hosts[2].link_up()
    wait_converged(homes[:3], group, 60, writers=3)

    # The stranger saw the others on the LAN but holds nothing of the group.
    assert vv(homes[3], group) == {}
    assert not any(e["event"] == "ChangesReceived" for e in stranger.out.seen)
    for peer in (a, b, c):
        peer.out.proc.send_signal(signal.SIGTERM)
        peer.out.wait_event("stopped", 15)
