"""A scene for attacks on `lattice serve`: the server on host 0, a stranger attacking
from host 1 (tests/multihost/attacker.py), an honest member's PC on host 2 that runs
`lattice sync` against the server. Used by test_hostile_peers.py and
bench/hostile_peers.py, which time the honest sync with and without each attack.
"""

from __future__ import annotations

import json
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from ledger.store.ids import GroupId
from ledger.store.persons import Signer
from ledger.store.storage import DB_NAME
from tests.multihost.jsonlines import JsonLines
from tests.multihost.lan import (
    Serving,
    cli,
    contributions,
    founded_group,
    people,
    store_offline,
    vv,
    write,
)
from tests.multihost.netns import Host, NetnsLab

ATTACKS: dict[str, tuple[str, ...]] = {
    "churn": ("churn", "--count", "400", "--at-once", "8"),
    "hold": ("hold", "--count", "150", "--seconds", "15"),
    "slowloris": ("slowloris", "--count", "200", "--seconds", "20"),
}
"""Each attack's arguments to attacker.py (the full size the tests assert on)."""


def rss_bytes(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise ValueError(f"no VmRSS for process {pid}")


def store_bytes(home: Path) -> int:
    """The database with its write-ahead log (what a flood would swell)."""
    return sum(p.stat().st_size for p in home.glob(f"{DB_NAME}*") if p.is_file())


class PeakMemory:
    """Samples a process's resident memory in a thread until stopped."""

    def __init__(self, pid: int, every: float = 0.2) -> None:
        self.pid = pid
        self.peak = rss_bytes(pid)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(every,), daemon=True)
        self._thread.start()

    def _run(self, every: float) -> None:
        while not self._stop.wait(every):
            try:
                self.peak = max(self.peak, rss_bytes(self.pid))
            except (OSError, ValueError):
                return

    def stop(self) -> int:
        self._stop.set()
        self._thread.join(5)
        return self.peak


@dataclass
class AttackOutcome:
    report: dict[str, int]
    """What the attacker saw (attacker.py's line for its mode)."""
    honest_seconds: list[float]
    """Honest syncs completed while the attack ran."""
    peak_rss: int
    seconds: float


@dataclass
class Scene:
    lab: NetnsLab
    homes: list[Path]
    signers: list[Signer]
    group: GroupId
    server: Serving
    address: str
    notes: int = field(default=0)

    @classmethod
    def build(cls, lab: NetnsLab, base: Path, changes: int = 300) -> Scene:
        """Host 0 serves a group of `changes` contributions; host 2's PC is a member."""
        homes = [base / "server", base / "attacker", base / "honest"]
        signers = people("Amina", "Chiku")
        group = founded_group([homes[0], homes[2]], signers)
        store_offline(homes[0], contributions(homes[0], group, signers, changes))
        server = _VerboseServing(lab.hosts[0], homes[0])
        address = next(a for a in server.ready["addrs"] if f"/{lab.hosts[0].address}/" in a)
        return cls(lab, homes, signers, group, server, address)

    def honest_sync(self, timeout: float = 120) -> float:
        """A new note on the server, then `lattice sync` from the honest PC: seconds taken.
        Raises AssertionError if it fails or leaves the two PCs apart."""
        self.notes += 1
        write(self.homes[0], self.signers[0], self.group, f"note {self.notes}")
        started = time.monotonic()
        done = self.lab.hosts[2].run(
            cli("sync", "--peer", self.address, "--home", str(self.homes[2]), "--json",
                "--timeout", str(timeout)),
            timeout=timeout + 30,
        )  # fmt: skip
        seconds = time.monotonic() - started
        assert done.returncode == 0, done.stdout + done.stderr
        assert vv(self.homes[2], self.group) == vv(self.homes[0], self.group)
        return seconds

    def attack(self, name: str, *args: str, syncs: int = 1) -> AttackOutcome:
        """Run one attack from host 1; meanwhile `syncs` honest syncs, one after another."""
        memory = PeakMemory(self.server.proc.pid)
        started = time.monotonic()
        spec = args or ATTACKS[name]
        attacker = self.lab.hosts[1].python(
            "-m", "tests.multihost.attacker", spec[0], self.address, *spec[1:]
        )
        honest: list[float] = []
        try:
            time.sleep(2.0)  # let the attack get going
            for _ in range(syncs):
                honest.append(self.honest_sync())
            out, _ = attacker.communicate(timeout=600)
        finally:
            if attacker.poll() is None:
                attacker.kill()
            peak = memory.stop()
        assert attacker.returncode == 0, (out, self.log_tail())
        reports = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
        report = next(r for r in reports if r.get("mode") != "done")
        return AttackOutcome(report, honest, peak, time.monotonic() - started)

    def log_tail(self, chars: int = 4000) -> str:
        return (self.lab.workdir / "serve-server.log").read_text()[-chars:]

    def log(self) -> str:
        return (self.lab.workdir / "serve-server.log").read_text()

    def stop(self) -> None:
        assert self.server.stop() == 0


class _VerboseServing(Serving):
    """`lattice --verbose serve`: the log says whom the server refused and cut off."""

    def __init__(self, host: Host, home: Path) -> None:
        self.host = host
        self.home = home
        self.proc = host.popen(
            cli("--verbose", "serve", "--home", str(home), "--json"),
            log_name=f"serve-{home.name}",
        )
        self.out = JsonLines(self.proc)
        self.ready = self.out.wait(lambda e: "peer" in e, 60, f"{home.name} ready")


def quiet_check(home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cli("check", "--home", str(home), "--json"), capture_output=True, text=True,
        timeout=120, check=False,
    )  # fmt: skip
