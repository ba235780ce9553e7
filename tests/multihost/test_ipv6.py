"""Over IPv6: `lattice serve` listens on IPv6 too (same port) where the host has a routable
IPv6 address, and a PC syncs with it over IPv6 alone; where a host has none, nothing is
tried and nothing is logged as a traceback."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.multihost.lan import Serving, cli, founded_group, people, vv, write
from tests.multihost.netns import NetnsLab

pytestmark = [pytest.mark.multihost, pytest.mark.timeout(300)]


def _add_ipv6(lab: NetnsLab) -> list[str]:
    """A unique local IPv6 address for each host (no duplicate-address wait)."""
    found = []
    for host in lab.hosts:
        address = f"fd77::{10 + host.index}"
        subprocess.run(
            host.command(["ip", "-6", "addr", "add", f"{address}/64", "dev", "eth0", "nodad"]),
            check=True, capture_output=True, timeout=20,
        )  # fmt: skip
        found.append(address)
    return found


def test_a_pc_syncs_over_ipv6_alone(netns_lab: Callable[[int], NetnsLab], tmp_path: Path) -> None:
    lab = netns_lab(2)
    v6 = _add_ipv6(lab)
    homes = [tmp_path / "a", tmp_path / "b"]
    signers = people("Amina", "Bosco")
    group = founded_group(homes, signers)
    write(homes[0], signers[0], group, "written in Oakland")
    serving = Serving(lab.hosts[0], homes[0])
    try:
        addrs = serving.ready["addrs"]
        over_v6 = [a for a in addrs if a.startswith(f"/ip6/{v6[0]}/tcp/")]
        assert over_v6, addrs
        assert any(a.startswith("/ip4/") for a in addrs), addrs
        done = lab.hosts[1].run(
            cli("sync", "--peer", over_v6[0], "--home", str(homes[1]), "--json", "--timeout", "90"),
            timeout=150,
        )
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["groups"] == [group]
        assert vv(homes[1], group) == vv(homes[0], group)
    finally:
        assert serving.stop() == 0
    log = (lab.workdir / "serve-a.log").read_text()
    assert "Traceback" not in log, log


def test_no_ipv6_no_attempt_and_no_traceback(
    netns_lab: Callable[[int], NetnsLab], tmp_path: Path
) -> None:
    """The lab's hosts have only link-local IPv6: serve listens on IPv4 alone, quietly."""
    lab = netns_lab(1)
    homes = [tmp_path / "a"]
    group = founded_group(homes, people("Amina"))
    assert group
    serving = Serving(lab.hosts[0], homes[0])
    try:
        addrs = serving.ready["addrs"]
        assert addrs and all(a.startswith("/ip4/") for a in addrs), addrs
    finally:
        assert serving.stop() == 0
    log = (lab.workdir / "serve-a.log").read_text()
    assert "Traceback" not in log and "Network is unreachable" not in log, log
