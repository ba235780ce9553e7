"""Start-up hygiene of `lattice serve` on a real host (a network namespace):
no traceback on a host without IPv6; no listening socket before a group is held."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from ledger.store.store import Store
from tests.multihost.lan import Serving, founded_group, people
from tests.multihost.netns import NetnsLab

pytestmark = [pytest.mark.multihost, pytest.mark.timeout(300)]


def listening_ports(lab: NetnsLab, pid: int) -> list[str]:
    out = lab.hosts[0].run(["ss", "-Hltnp"]).stdout
    return [line.split()[3] for line in out.splitlines() if f"pid={pid}," in line]


def test_no_traceback_on_a_host_without_ipv6(
    netns_lab: Callable[[int], NetnsLab], tmp_path: Path
) -> None:
    lab = netns_lab(1)
    for scope in ("default", "eth0"):  # loopback keeps ::1, as on such hosts
        done = lab.hosts[0].run(["sysctl", "-w", f"net.ipv6.conf.{scope}.disable_ipv6=1"])
        assert done.returncode == 0, done.stderr
    addresses = lab.hosts[0].run(["ip", "-6", "addr"]).stdout
    assert "::1/128" in addresses, addresses
    assert addresses.count("inet6") == 1, addresses
    home = tmp_path / "a"
    founded_group([home], people("Amina"))  # holding a group, it announces on mDNS
    serving = Serving(lab.hosts[0], home)
    time.sleep(5)  # zeroconf has probed, announced and sent queries meanwhile
    assert serving.stop() == 0
    log = (lab.workdir / "serve-a.log").read_text()
    assert "Traceback" not in log, log
    assert "unreachable" not in log, log


def test_no_listening_socket_before_this_pc_holds_a_group(
    netns_lab: Callable[[int], NetnsLab], tmp_path: Path
) -> None:
    lab = netns_lab(1)
    home = tmp_path / "a"
    Store.open(home).close()  # a data folder with no group in it
    serving = Serving(lab.hosts[0], home)
    assert serving.ready["addrs"] == []
    time.sleep(2)
    assert listening_ports(lab, serving.proc.pid) == []
    assert serving.stop() == 0
