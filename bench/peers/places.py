"""Where the comparison's two peers run: two hosts of a fresh network namespace lab (root;
wire bytes from the bridge's IP counters), or plain loopback (no root; no byte figure)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Protocol

from bench.sync_common import tree_cpu_seconds, wire_bytes
from tests.multihost.netns import REPO, NetnsLab, missing_requirement


class Place(Protocol):
    address: str

    def popen(self, argv: Sequence[str]) -> subprocess.Popen[str]: ...


class Loopback:
    """A 'host' that is this machine's loopback: processes run here, stderr to a log file."""

    address = "127.0.0.1"

    def __init__(self, workdir: Path, name: str) -> None:
        self.workdir = workdir
        self.name = name
        self.processes: list[subprocess.Popen[str]] = []

    def popen(self, argv: Sequence[str]) -> subprocess.Popen[str]:
        log: IO[str] = open(self.workdir / f"{self.name}-{len(self.processes)}.log", "w")
        proc = subprocess.Popen(
            list(argv), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=log,
            text=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
        )  # fmt: skip
        log.close()
        self.processes.append(proc)
        return proc

    def close(self) -> None:
        for proc in self.processes:
            if proc.poll() is None:
                proc.kill()
            proc.wait(10)
            if proc.stdout is not None:
                proc.stdout.close()


class Pair:
    """Two places (server side, client side) and a way to read the bytes sent between them."""

    def __init__(self, server: Place, client: Place, lab: NetnsLab | None) -> None:
        self.server = server
        self.client = client
        self.lab = lab

    def wire_bytes(self) -> int | None:
        """Bytes sent on both hosts' links so far (None on loopback: nothing isolates them)."""
        return None if self.lab is None else wire_bytes(self.lab)

    def free_port(self) -> int:
        """A TCP port the server side may listen on (any fixed one in a fresh namespace)."""
        if self.lab is not None:
            return 4001
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            return int(probe.getsockname()[1])


def cpu_seconds(*pids: int) -> float:
    """CPU time (user + system) the processes `pids` and their child processes have used
    so far: a Lattice peer's signature checks run in a helper process, node's and
    pycrdt's work in their own; each system is counted whole."""
    return tree_cpu_seconds(pids)


def in_namespaces() -> bool:
    return missing_requirement() is None


@contextmanager
def two_peers(workdir: Path) -> Iterator[Pair]:
    """Two fresh hosts for one round: namespaces when root, else loopback."""
    if in_namespaces():
        with NetnsLab(2, workdir) as lab:
            yield Pair(_NetnsPlace(lab, 0), _NetnsPlace(lab, 1), lab)
        return
    server, client = Loopback(workdir, "server"), Loopback(workdir, "client")
    try:
        yield Pair(server, client, None)
    finally:
        client.close()
        server.close()


class _NetnsPlace:
    def __init__(self, lab: NetnsLab, index: int) -> None:
        self.host = lab.hosts[index]
        self.address = self.host.address

    def popen(self, argv: Sequence[str]) -> subprocess.Popen[str]:
        return self.host.popen(argv)


def python(*args: str) -> list[str]:
    return [sys.executable, *args]
