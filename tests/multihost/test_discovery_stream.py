"""Two namespaces find each other by real mDNS and talk over an authenticated stream."""

from __future__ import annotations

import os
import signal
from collections.abc import Callable

import pytest

from tests.multihost.jsonlines import JsonLines
from tests.multihost.netns import NetnsLab

pytestmark = pytest.mark.multihost

GROUP = "ab" * 32
OTHER_GROUP = "cd" * 32


def start_probe(lab: NetnsLab, index: int, *groups: str) -> JsonLines:
    args = ["-m", "tests.multihost.probe", "--seed", os.urandom(32).hex()]
    for g in groups:
        args += ["--group", g]
    return JsonLines(lab.hosts[index].python(*args))


def test_two_hosts_discover_each_other_and_open_a_stream(
    netns_lab: Callable[[int], NetnsLab],
) -> None:
    lab = netns_lab(3)
    a = start_probe(lab, 0, GROUP)
    b = start_probe(lab, 1, GROUP, OTHER_GROUP)
    stranger = start_probe(lab, 2, "ef" * 32)
    ready_a = a.wait_event("ready", 20)
    ready_b = b.wait_event("ready", 20)
    ready_s = stranger.wait_event("ready", 20)

    found = b.wait_event("found", 20, peer=ready_a["peer"])
    assert found["common"] == [GROUP]
    assert found["addrs"] == [f"/ip4/{lab.hosts[0].address}/tcp/{ready_a['port']}"]
    # The stranger sees both peers, but none of their (blinded) groups.
    assert stranger.wait_event("found", 20, peer=ready_a["peer"])["common"] == []

    reply = a.wait_event("stream", 20, peer=ready_b["peer"])
    assert reply["device"] == ready_b["device"]
    assert reply["reply"] == f"hello from {ready_a['peer']}".upper()
    served = b.wait_event("served", 20, peer=ready_a["peer"])
    assert served["device"] == ready_a["device"]
    assert not any(e.get("peer") == ready_s["peer"] for e in a.seen if e["event"] == "served")

    # A clean stop says goodbye: the others drop the peer well before any TTL expiry.
    a.proc.send_signal(signal.SIGTERM)
    a.wait_event("stopped", 15)
    b.wait_event("lost", 10, peer=ready_a["peer"])
    stranger.wait_event("lost", 10, peer=ready_a["peer"])
