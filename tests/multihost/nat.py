"""District LANs behind NATs and a relay on a "public" network, in network namespaces.

Layout (names made unique per lab):

    public bridge (198.51.100.0/24)
      ├─ relay            198.51.100.2
      ├─ router d0  wan 198.51.100.10   lan 10.60.0.1/24  ── district bridge 0 ── PCs 10.60.0.10…
      ├─ router d1  wan 198.51.100.11   lan 10.61.0.1/24  ── district bridge 1 ── PCs 10.61.0.10…
      └─ …

Each router forwards and masquerades what its LAN sends out of `wan` (iptables), and
forwards nothing in that is not a reply, dropping the rest silently as a home router
does: a PC can reach the relay, never another district's PC, unless both PCs open the
same mapping at once (hole punching; `random_ports` rules that out). mDNS stays on each
district's bridge (routers do not forward multicast).
`close()` kills every process started and deletes every namespace, also after a failure.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
from pathlib import Path
from types import TracebackType

from tests.multihost.netns import REPO, Host, NetnsLab, missing_requirement

PUBLIC = "198.51.100"
RELAY_ADDRESS = f"{PUBLIC}.2"

__all__ = ["REPO", "District", "NatLab", "missing_nat_requirement"]


def missing_nat_requirement() -> str | None:
    reason = missing_requirement()
    if reason is None and shutil.which("iptables") is None:
        reason = "needs the `iptables` command (apt package iptables)"
    return reason


def _ip(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["ip", *args], check=check, capture_output=True, text=True, timeout=20)


def _in(netns: str, *argv: str) -> None:
    subprocess.run(
        ["ip", "netns", "exec", netns, *argv], check=True, capture_output=True, text=True,
        timeout=20,
    )  # fmt: skip


class _NatHost(Host):
    """A namespace of the NAT lab: the same interface as a LAN lab's host."""

    def __init__(self, lab: NatLab, netns: str, address: str, bridge_netns: str, port: str):
        self.lab = lab  # type: ignore[assignment]
        self.index = len(lab.all_hosts)
        self.netns = netns
        self.address = address
        self.bridge_port = port
        self._bridge_netns = bridge_netns

    def link_down(self) -> None:
        _ip("-n", self._bridge_netns, "link", "set", self.bridge_port, "down")

    def link_up(self) -> None:
        _ip("-n", self._bridge_netns, "link", "set", self.bridge_port, "up")


class District:
    def __init__(self, index: int, router: _NatHost, pcs: list[_NatHost]) -> None:
        self.index = index
        self.router = router
        self.pcs = pcs


class NatLab:
    """`districts` LANs of `pcs` PCs each, behind NATs, and one relay host."""

    def __init__(
        self, districts: int, pcs: int, workdir: Path, *, random_ports: bool = False
    ) -> None:
        if not 1 <= districts <= 8 or not 1 <= pcs <= 20:
            raise ValueError("1 to 8 districts of 1 to 20 PCs")
        self.prefix = f"nt{os.getpid() % 100000}{secrets.token_hex(2)}"
        self.workdir = workdir
        self.processes: list[subprocess.Popen[str]] = []
        self.all_hosts: list[_NatHost] = []
        self._created: list[str] = []
        self._joined: list[str] = []
        self._shape = (districts, pcs)
        self.random_ports = random_ports
        """Map each connection to a random outside port (as carrier-grade and many
        corporate NATs do): nobody can predict a PC's outside address, so hole punching
        cannot work and PCs in different districts meet only through the relay."""
        self.public_netns = f"{self.prefix}-pub"
        self.relay = self._host("relay", RELAY_ADDRESS, self.public_netns, "vrelay")
        self.districts: list[District] = []

    def _host(self, name: str, address: str, bridge_netns: str, port: str) -> _NatHost:
        host = _NatHost(self, f"{self.prefix}-{name}", address, bridge_netns, port)
        self.all_hosts.append(host)
        return host

    def __enter__(self) -> NatLab:
        try:
            self._build()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:  # fmt: skip
        self.close()

    def _add_netns(self, name: str) -> None:
        _ip("netns", "add", name)
        self._created.append(name)
        _ip("-n", name, "link", "set", "lo", "up")

    def _bridge(self, netns: str) -> None:
        self._add_netns(netns)
        _ip("-n", netns, "link", "add", "br0", "type", "bridge", "mcast_snooping", "0")
        _ip("-n", netns, "link", "set", "br0", "up")

    def _plug(self, host_netns: str, ifname: str, bridge_netns: str, port: str, cidr: str) -> None:
        _ip("-n", bridge_netns, "link", "add", port, "type", "veth",
            "peer", "name", ifname, "netns", host_netns)  # fmt: skip
        _ip("-n", bridge_netns, "link", "set", port, "master", "br0")
        _ip("-n", bridge_netns, "link", "set", port, "up")
        _ip("-n", host_netns, "addr", "add", cidr, "dev", ifname)
        _ip("-n", host_netns, "link", "set", ifname, "up")

    def _build(self) -> None:
        self._bridge(self.public_netns)
        self._add_netns(self.relay.netns)
        self._plug(self.relay.netns, "eth0", self.public_netns, "vrelay", f"{RELAY_ADDRESS}/24")
        count, per = self._shape
        for d in range(count):
            lan = f"10.{60 + d}.0"
            router = self._host(f"r{d}", f"{PUBLIC}.{10 + d}", self.public_netns, f"vr{d}")
            self._add_netns(router.netns)
            self._plug(router.netns, "wan", self.public_netns, f"vr{d}", f"{router.address}/24")
            bridge = f"{self.prefix}-b{d}"
            self._bridge(bridge)
            self._plug(router.netns, "lan", bridge, "vgw", f"{lan}.1/24")
            _in(router.netns, "sysctl", "-q", "-w", "net.ipv4.ip_forward=1")
            nat = ["iptables", "-w", "5"]
            _in(router.netns, *nat, "-t", "nat", "-A", "POSTROUTING", "-o", "wan",
                "-j", "MASQUERADE", *(["--random-fully"] if self.random_ports else []))  # fmt: skip
            _in(router.netns, *nat, "-A", "FORWARD", "-i", "wan", "-m", "conntrack",
                "--ctstate", "ESTABLISHED,RELATED", "-j", "ACCEPT")  # fmt: skip
            _in(router.netns, *nat, "-A", "FORWARD", "-i", "wan", "-j", "DROP")
            # Like a home router: unsolicited packets to the router itself are dropped,
            # not answered with a reset.
            _in(router.netns, *nat, "-A", "INPUT", "-i", "wan", "-m", "conntrack",
                "--ctstate", "ESTABLISHED,RELATED", "-j", "ACCEPT")  # fmt: skip
            _in(router.netns, *nat, "-A", "INPUT", "-i", "wan", "-j", "DROP")
            pcs = []
            for i in range(per):
                pc = self._host(f"d{d}p{i}", f"{lan}.{10 + i}", bridge, f"v{i}")
                self._add_netns(pc.netns)
                self._plug(pc.netns, "eth0", bridge, f"v{i}", f"{pc.address}/24")
                _ip("-n", pc.netns, "route", "add", "default", "via", f"{lan}.1")
                _ip("-n", pc.netns, "route", "add", "224.0.0.0/4", "dev", "eth0")
                pcs.append(pc)
            self.districts.append(District(d, router, pcs))
        NetnsLab._wait_for_ipv6_link_local(self, timeout=5.0)  # type: ignore[arg-type]

    def join_lan(self, pc: _NatHost, district: District, address: str) -> None:
        """Plug `pc` also into `district`'s LAN (a second network card, `eth1`), as when
        a PC from elsewhere is brought into that office: mDNS can now reach it there."""
        port = f"vj{len(self._joined)}"
        self._joined.append(port)
        self._plug(pc.netns, "eth1", f"{self.prefix}-b{district.index}", port, f"{address}/24")

    @property
    def hosts(self) -> list[_NatHost]:
        """Every PC, district by district (what `_wait_for_ipv6_link_local` checks)."""
        return [pc for district in self.districts for pc in district.pcs]

    def close(self) -> None:
        NetnsLab.close(self)  # type: ignore[arg-type]
