"""Districts on their own LANs behind NATs meet through a relay on a public network.

PCs find their district's PCs by mDNS and reach the other districts only through the
relay; they converge; losing the relay stops nothing on a LAN and the districts catch up
when it is back; the relay keeps no group data and forwards nothing readable; a stranger
can neither reserve a slot on a relay restricted to the group nor reach a PC through it.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest

from ledger.store.reach import DIRECT, LAN, RELAY
from ledger.store.store import Store
from p2p.peer_id import peer_id_of_device
from p2p.peers import PeerBook
from tests.multihost.jsonlines import JsonLines
from tests.multihost.lan import Serving, cli, founded_group, people, vv, wait_converged, write
from tests.multihost.nat import RELAY_ADDRESS, NatLab, _NatHost, missing_nat_requirement

pytestmark = pytest.mark.multihost

RELAY_PORT = 4001
SECRET_NAME = "Kaozeng Saechao"
SECRET_TEXT = f"{SECRET_NAME} paid 4321 into the community center fund"


def device_of(home: Path) -> str:
    store = Store.open(home)
    try:
        return str(store.device_id)
    finally:
        store.close()


def relay_folder_allowing(tmp_path: Path, homes: list[Path]) -> tuple[Path, Path]:
    """The relay's folder (with an empty HOME of its own) and its allow list: the devices
    of the PCs at `homes`."""
    folder = tmp_path / "relay"
    (folder / "home").mkdir(parents=True)
    allow = folder / "allowed"
    allow.write_text("".join(f"{device_of(h)}\n" for h in homes))
    return folder, allow


class Relay:
    """`lattice serve --relay` in the relay's namespace, with an empty HOME of its own."""

    def __init__(self, lab: NatLab, folder: Path, allow: Path) -> None:
        self.folder = folder
        env = {"HOME": str(folder / "home"), "XDG_DATA_HOME": str(folder / "home")}
        self.proc = lab.relay.popen(
            cli(
                "serve", "--relay", "--json", "--identity", str(folder / "relay.key"),
                "--allow", str(allow), "--listen", f"/ip4/{RELAY_ADDRESS}/tcp/{RELAY_PORT}",
            ),
            env=env, log_name=f"relay-{len(lab.processes)}",
        )  # fmt: skip
        self.ready = JsonLines(self.proc).wait(lambda e: "relay" in e, 60, "relay ready")
        self.address = self.ready["addrs"][0]

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait(10)


def test_districts_behind_nats_converge_through_a_relay(tmp_path: Path) -> None:
    reason = missing_nat_requirement()
    if reason is not None:
        pytest.skip(reason)
    # NATs that map ports at random: hole punching cannot work, the relay must carry it all.
    with NatLab(districts=3, pcs=2, workdir=tmp_path, random_ports=True) as lab:
        pcs = [pc for d in lab.districts for pc in d.pcs]
        homes = [tmp_path / f"pc-d{i // 2}-{i % 2}" for i in range(len(pcs))]
        signers = people(*(f"Council {i}" for i in range(len(pcs))))
        group = founded_group(homes, signers)
        for home, signer in zip(homes, signers, strict=True):
            write(home, signer, group, f"offline at {home.name}")
        relay_folder, allow = relay_folder_allowing(tmp_path, homes)

        capture = relay_folder / "relay.pcap"
        tcpdump = lab.relay.popen(
            ["tcpdump", "-i", "eth0", "-U", "-s", "0", "-w", str(capture), "tcp"],
            log_name="tcpdump",
        )
        relay = Relay(lab, relay_folder, allow)
        serving = [
            Serving(pc, home, "--via-relay", relay.address)
            for pc, home in zip(pcs, homes, strict=True)
        ]
        wait_converged(homes, group, timeout=180, writers=len(homes))

        # Each PC reached its district's PC on the LAN and the others through the relay.
        me = PeerBook(homes[0]).peers
        neighbour = peer_id_of_device(device_of(homes[1]))
        afar = peer_id_of_device(device_of(homes[2]))
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not (
            me.get(neighbour) and me[neighbour].path and me.get(afar) and me[afar].path
        ):
            time.sleep(0.5)
            me = PeerBook(homes[0]).peers
        assert me[neighbour].path == LAN
        assert me[afar].path == RELAY and me[afar].relay == relay.address

        # A stranger in district 2 gets no slot and cannot reach a group PC.
        probe = JsonLines(
            lab.districts[2].pcs[0].python(
                "-m", "tests.multihost.relay_stranger", relay.address, neighbour
            )
        )
        verdict = probe.wait(lambda e: "reserved" in e, 60, "stranger's attempt")
        assert verdict["reserved"] is False
        assert verdict["dial"].startswith("refused")

        # The relay goes away: district 0's LAN still syncs; district 1 cannot hear of it.
        relay.kill()
        write(homes[0], signers[0], group, SECRET_TEXT)
        wait_converged(homes[:2], group, timeout=60, writers=len(homes))
        assert vv(homes[2], group) != vv(homes[0], group)

        # It comes back (same key, same address): every district catches up.
        relay = Relay(lab, relay_folder, allow)
        wait_converged(homes, group, timeout=180, writers=len(homes))
        for node in serving:
            assert node.stop() == 0
        relay.kill()
        time.sleep(1)
        tcpdump.terminate()
        tcpdump.wait(10)

        # The relay wrote nothing but its key, and forwarded nothing readable.
        assert sorted(p.name for p in relay_folder.iterdir()) == [
            "allowed", "home", "relay.key", "relay.pcap"
        ]  # fmt: skip
        assert list((relay_folder / "home").iterdir()) == []
        seen = capture.read_bytes()
        assert len(seen) > 20_000, "the capture holds the relayed sync traffic"
        for secret in (SECRET_NAME, "4321", "Umoja", "community center", "amount"):
            assert secret.encode() not in seen, f"{secret!r} crossed the relay in clear"


def wait_for_path(home: Path, peer: str, path: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        known = PeerBook(home).peers.get(peer)
        if known is not None and known.path == path and known.state != "disconnected":
            return
        time.sleep(0.5)
    known = PeerBook(home).peers.get(peer)
    raise AssertionError(f"path to {peer[:12]} is {known and known.path!r}, not {path!r}")


def test_a_hole_punched_connection_replaces_the_relayed_one(tmp_path: Path) -> None:
    """Both NATs drop unsolicited packets and keep ports, so DCUtR's simultaneous open
    through them works; the session moves to the direct connection and outlives the relay."""
    reason = missing_nat_requirement()
    if reason is not None:
        pytest.skip(reason)
    with NatLab(districts=2, pcs=1, workdir=tmp_path) as lab:
        homes = [tmp_path / "oakland", tmp_path / "richmond"]
        signers = people("Nai", "Fou")
        group = founded_group(homes, signers)
        relay_folder, allow = relay_folder_allowing(tmp_path, homes)
        relay = Relay(lab, relay_folder, allow)
        serving = [
            Serving(pc, home, "--via-relay", relay.address)
            for pc, home in zip(lab.hosts, homes, strict=True)
        ]
        other = peer_id_of_device(device_of(homes[1]))
        wait_for_path(homes[0], other, DIRECT, timeout=120)

        relay.kill()  # the direct connection does not need it
        write(homes[0], signers[0], group, "sent straight across the internet")
        wait_converged(homes, group, timeout=60, writers=2)
        for node in serving:
            assert node.stop() == 0


def test_a_lan_that_appears_replaces_the_relayed_session(tmp_path: Path) -> None:
    """Two PCs sync through the relay only; then one is plugged into the other's LAN:
    mDNS finds it there, the relayed session gives way to a LAN one, and sync goes on."""
    reason = missing_nat_requirement()
    if reason is not None:
        pytest.skip(reason)
    with NatLab(districts=2, pcs=1, workdir=tmp_path, random_ports=True) as lab:
        homes = [tmp_path / "oakland", tmp_path / "richmond"]
        signers = people("Nai", "Fou")
        group = founded_group(homes, signers)
        relay_folder, allow = relay_folder_allowing(tmp_path, homes)
        relay = Relay(lab, relay_folder, allow)
        serving = [
            Serving(pc, home, "--via-relay", relay.address)
            for pc, home in zip(lab.hosts, homes, strict=True)
        ]
        other = peer_id_of_device(device_of(homes[1]))
        wait_for_path(homes[0], other, RELAY, timeout=60)
        write(homes[0], signers[0], group, "sent through the relay")
        wait_converged(homes, group, timeout=60, writers=2)

        lab.join_lan(lab.districts[1].pcs[0], lab.districts[0], "10.60.0.20")
        wait_for_path(homes[0], other, LAN, timeout=60)
        wait_for_path(homes[1], peer_id_of_device(device_of(homes[0])), LAN, timeout=30)

        relay.kill()  # what crosses now goes over the LAN
        write(homes[1], signers[1], group, "sent across the office LAN")
        wait_converged(homes, group, timeout=60, writers=2)
        for node in serving:
            assert node.stop() == 0


def firewall_tcp_between(pc: _NatHost, other: _NatHost) -> None:
    """Drop TCP between two PCs of one LAN (both ways, IPv4 and link-local IPv6), as a
    host firewall does; mDNS (UDP multicast) and the way out to the relay still work."""
    rules = [
        ["iptables", "-w", "5", "-A", "INPUT", "-p", "tcp", "-s", other.address, "-j", "DROP"],
        ["iptables", "-w", "5", "-A", "OUTPUT", "-p", "tcp", "-d", other.address, "-j", "DROP"],
        ["ip6tables", "-w", "5", "-A", "INPUT", "-p", "tcp", "-s", "fe80::/10", "-j", "DROP"],
        ["ip6tables", "-w", "5", "-A", "OUTPUT", "-p", "tcp", "-d", "fe80::/10", "-j", "DROP"],
    ]
    for rule in rules:
        subprocess.run(
            ["ip", "netns", "exec", pc.netns, *rule], check=True, capture_output=True, timeout=20
        )


def test_a_lan_that_tcp_cannot_cross_leaves_the_neighbour_on_the_relay(tmp_path: Path) -> None:
    """mDNS shows the neighbour on the LAN but a firewall drops TCP to it: the relayed
    session is tried on the LAN once, then stays on the relay and carries the sync."""
    reason = missing_nat_requirement()
    if reason is None and shutil.which("ip6tables") is None:
        reason = "needs the `ip6tables` command (apt package iptables)"
    if reason is not None:
        pytest.skip(reason)
    with NatLab(districts=1, pcs=2, workdir=tmp_path) as lab:
        pcs = lab.districts[0].pcs
        homes = [tmp_path / "oakland", tmp_path / "alameda"]
        signers = people("Nai", "Fou")
        group = founded_group(homes, signers)
        write(homes[1], signers[1], group, "written at alameda")
        firewall_tcp_between(pcs[0], pcs[1])
        relay_folder, allow = relay_folder_allowing(tmp_path, homes)
        relay = Relay(lab, relay_folder, allow)
        serving = [
            Serving(pc, home, "--via-relay", relay.address)
            for pc, home in zip(pcs, homes, strict=True)
        ]
        neighbour = peer_id_of_device(device_of(homes[1]))
        wait_converged(homes, group, timeout=120, writers=2)
        wait_for_path(homes[0], neighbour, RELAY, timeout=60)
        assert neighbour in PeerBook(homes[0]).discovered, "mDNS saw the neighbour"

        write(homes[0], signers[0], group, "sent through the relay past the firewall")
        wait_converged(homes, group, timeout=60, writers=2)
        wait_for_path(homes[0], neighbour, RELAY, timeout=10)
        for node in serving:
            assert node.stop() == 0
        relay.kill()
