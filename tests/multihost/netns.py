"""Hosts in Linux network namespaces joined by one bridge, for real mDNS and partitions.

Layout: a namespace holding only the bridge `br0`, and one namespace per host with
`eth0` (10.77.0.<10+i>/24) whose veth peer `v<i>` sits on the bridge. Nothing else is
configured — no default route — so processes inside can reach only 10.77.0.0/24.
Multicast snooping is off on the bridge, so mDNS floods to every port like on a
plain switch. Everything is created with unique names and removed in `close()`, which
also kills every process the lab started.
"""

from __future__ import annotations

import logging
import os
import secrets
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import IO

log = logging.getLogger(__name__)

SUBNET = "10.77.0"
REPO = Path(__file__).resolve().parents[2]


def missing_requirement() -> str | None:
    """Why namespaces cannot be used here, or None when they can."""
    if not sys.platform.startswith("linux"):
        return "network namespaces need Linux"
    if os.geteuid() != 0:
        return "needs root for network namespaces"
    if shutil.which("ip") is None:
        return "needs the `ip` command (apt package iproute2)"
    return None


def _ip(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["ip", *args], check=check, capture_output=True, text=True, timeout=20)


class Host:
    """One peer's namespace: run commands in it, cut and heal its link."""

    def __init__(self, lab: NetnsLab, index: int) -> None:
        self.lab = lab
        self.index = index
        self.netns = f"{lab.prefix}-h{index}"
        self.address = f"{SUBNET}.{10 + index}"
        self.bridge_port = f"v{index}"

    def command(self, argv: Sequence[str]) -> list[str]:
        return ["ip", "netns", "exec", self.netns, *argv]

    def run(self, argv: Sequence[str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self.command(argv), capture_output=True, text=True, timeout=timeout, check=False
        )

    def popen(
        self, argv: Sequence[str], *, env: dict[str, str] | None = None, log_name: str = ""
    ) -> subprocess.Popen[str]:
        """Start a process inside the namespace; its stderr goes to a file in the lab folder."""
        name = log_name or f"h{self.index}-{len(self.lab.processes)}"
        stderr: IO[str] = open(self.lab.workdir / f"{name}.log", "w")
        full_env = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
        proc = subprocess.Popen(
            self.command(argv),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            env=full_env,
            cwd=REPO,
        )
        stderr.close()
        self.lab.processes.append(proc)
        return proc

    def python(self, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
        return self.popen([sys.executable, *args], env=env)

    def link_down(self) -> None:
        """Partition this host: its bridge port goes down (both directions stop)."""
        _ip("-n", self.lab.bridge_netns, "link", "set", self.bridge_port, "down")

    def link_up(self) -> None:
        _ip("-n", self.lab.bridge_netns, "link", "set", self.bridge_port, "up")


class NetnsLab:
    """N hosts on one bridge; a context manager that always cleans up."""

    def __init__(self, count: int, workdir: Path) -> None:
        if not 1 <= count <= 200:
            raise ValueError("between 1 and 200 hosts")
        self.prefix = f"lt{os.getpid()}{secrets.token_hex(2)}"
        self.bridge_netns = f"{self.prefix}-br"
        self.workdir = workdir
        self.hosts = [Host(self, i) for i in range(count)]
        self.processes: list[subprocess.Popen[str]] = []
        self._created: list[str] = []

    def __enter__(self) -> NetnsLab:
        try:
            self._build()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _add_netns(self, name: str) -> None:
        _ip("netns", "add", name)
        self._created.append(name)
        _ip("-n", name, "link", "set", "lo", "up")

    def _build(self) -> None:
        br = self.bridge_netns
        self._add_netns(br)
        _ip("-n", br, "link", "add", "br0", "type", "bridge", "mcast_snooping", "0")
        _ip("-n", br, "link", "set", "br0", "up")
        for host in self.hosts:
            self._add_netns(host.netns)
            _ip(
                "-n", br, "link", "add", host.bridge_port, "type", "veth",
                "peer", "name", "eth0", "netns", host.netns,
            )  # fmt: skip
            _ip("-n", br, "link", "set", host.bridge_port, "master", "br0")
            _ip("-n", br, "link", "set", host.bridge_port, "up")
            _ip("-n", host.netns, "addr", "add", f"{host.address}/24", "dev", "eth0")
            _ip("-n", host.netns, "link", "set", "eth0", "up")
            # Multicast needs a route; without a default route, 224/4 must be explicit.
            _ip("-n", host.netns, "route", "add", "224.0.0.0/4", "dev", "eth0")
        self._wait_for_ipv6_link_local()

    def _wait_for_ipv6_link_local(self, timeout: float = 5.0) -> None:
        """zeroconf binds IPv6 sockets too; give duplicate address detection time to end."""
        deadline = time.monotonic() + timeout
        for host in self.hosts:
            while time.monotonic() < deadline:
                out = _ip("-n", host.netns, "-6", "addr", "show", "dev", "eth0", check=False)
                if "fe80" in out.stdout and "tentative" not in out.stdout:
                    break
                time.sleep(0.1)

    def close(self) -> None:
        for proc in self.processes:
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
        for proc in self.processes:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                log.warning("process %s did not exit", proc.pid)
            if proc.stdout is not None:
                proc.stdout.close()
        self.processes.clear()
        for name in reversed(self._created):
            result = _ip("netns", "del", name, check=False)
            if result.returncode != 0:
                log.warning("could not delete netns %s: %s", name, result.stderr.strip())
        self._created.clear()
