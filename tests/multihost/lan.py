"""Helpers for LAN tests: groups set up offline, `lattice serve` in a namespace, convergence.

Everything here runs in the test process (outside the namespaces) except what is
started through `Host.popen`; stores are opened from outside exactly as the CLI would
open them while `serve` runs.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from ledger.savings import membership_actions as actions
from ledger.store.change import MAX_DEPS, Change, decode_change, sign_change
from ledger.store.history import GroupHistory
from ledger.store.ids import DeviceId, GroupId, WriterId, writer_id
from ledger.store.persons import Signer, create_person
from ledger.store.storage import DB_NAME
from ledger.store.store import Store
from tests.multihost.jsonlines import JsonLines
from tests.multihost.netns import Host

PASSPHRASE = "pw"


def people(*names: str) -> list[Signer]:
    return [create_person(name, PASSPHRASE)[1] for name in names]


def founded_group(homes: list[Path], signers: list[Signer]) -> GroupId:
    """A group founded on `homes[0]` by `signers[0]`; each other signer is a council member
    whose own PC (`homes[i]`) holds the group and is linked to it — set up offline."""
    founder = Store.open(homes[0])
    try:
        group = actions.create_group(founder, signers[0], name="Umoja", currency="KES").group
        for signer in signers[1:]:
            actions.add_member(
                founder, signer=signers[0], group=group, person=signer.person, name=signer.name,
                roles=["council", "elder"],
            )  # fmt: skip
        for home, signer in zip(homes[1:], signers[1:], strict=True):
            store = Store.open(home)
            try:
                store.ingest_many(founder.raw_changes(group))
                actions.link_device(store, signer, group, f"{signer.name}'s PC")
                founder.ingest_many(store.raw_changes(group))
            finally:
                store.close()
        for home in homes[1:]:
            store = Store.open(home)
            try:
                store.ingest_many(founder.raw_changes(group))
            finally:
                store.close()
    finally:
        founder.close()
    return group


def contributions(home: Path, group: GroupId, signers: list[Signer], count: int) -> list[bytes]:
    """`count` valid `entry.add` contributions written on `home`'s device, round-robin by
    `signers` (council members), each citing the one before; signed fast, not stored."""
    store = Store.open(home)
    try:
        device = DeviceId(store.device_id)
        history = GroupHistory(group)
        for raw in store.raw_changes(group):
            history.add(decode_change(raw, verify=False))
    finally:
        store.close()
    heads = history.latest_heads(MAX_DEPS)
    clock = int(time.time() * 1000)
    out: list[bytes] = []
    for i in range(count):
        signer = signers[i % len(signers)]
        last = history.last_of(writer_id(signer.person, device))
        change: Change = sign_change(
            signer, group=group, device=device, seq=1 if last is None else last.seq + 1,
            prev=None if last is None else last.id, deps=heads, clock=clock + i,
            kind="entry.add",
            body={
                "type": "contribution",
                "fund": bytes.fromhex(group),
                "member": bytes.fromhex(signers[(i + 1) % len(signers)].person),
                "amount": 100 * (1 + i % 50),
                "date": f"2026-{1 + i % 12:02d}-15",
            },
        )  # fmt: skip
        history.add(change)
        heads = (change.id,)
        out.append(change.raw)
    return out


def store_offline(home: Path, raws: list[bytes], batch: int = 1000) -> None:
    store = Store.open(home)
    try:
        for i in range(0, len(raws), batch):
            results = store.ingest_many(raws[i : i + batch], source="test setup")
            bad = [r for r in results if r.status != "accepted"]
            assert not bad, bad[0]
    finally:
        store.close()


def write(home: Path, signer: Signer, group: GroupId, text: str) -> None:
    store = Store.open(home)
    try:
        actions.edit_document(store, signer, group, "goal:0000aaaa", text)
    finally:
        store.close()


def vv(home: Path, group: GroupId) -> dict[WriterId, int]:
    store = Store.open(home)
    try:
        return dict(store.version_vector(group)) if group in store.group_ids() else {}
    finally:
        store.close()


def change_count(home: Path) -> int:
    """Changes stored in a data folder, read straight from SQLite (cheap, for polling)."""
    db = home / DB_NAME
    if not db.exists():
        return 0
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
    try:
        return int(conn.execute("SELECT count(*) FROM change_log").fetchone()[0])
    except sqlite3.OperationalError:
        return 0
    finally:
        conn.close()


def wait_converged(
    homes: list[Path], group: GroupId, timeout: float, writers: int = 1
) -> dict[WriterId, int]:
    """Poll until every home holds the same version vector (with at least `writers`)."""
    deadline = time.monotonic() + timeout
    vectors: list[dict[WriterId, int]] = []
    while time.monotonic() < deadline:
        vectors = [vv(h, group) for h in homes]
        if all(v == vectors[0] for v in vectors) and len(vectors[0]) >= writers:
            return vectors[0]
        time.sleep(0.5)
    sizes = [sum(v.values()) for v in vectors]
    raise AssertionError(f"no convergence within {timeout:.0f} s: changes per peer {sizes}")


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "desktop.cli", *args]


class Serving:
    """`lattice serve --json` running in a host's namespace."""

    def __init__(self, host: Host, home: Path, *extra: str, ready_timeout: float = 60) -> None:
        self.host = host
        self.home = home
        self.proc = host.popen(
            cli("serve", "--home", str(home), "--json", *extra), log_name=f"serve-{home.name}"
        )
        self.out = JsonLines(self.proc)
        self.ready = self.out.wait(lambda e: "peer" in e, ready_timeout, f"{home.name} ready")

    def stop(self, timeout: float = 20) -> int:
        """SIGTERM, as a service manager would; the exit code (0 when it stopped cleanly)."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            raise AssertionError(f"serve on {self.home.name} ignored SIGTERM") from None

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)
