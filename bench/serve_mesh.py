"""Three PCs in one process, each holding `--size` entries of its own, fully meshed by
in-memory streams (three sync sessions) until all hold them all: the sending path
(`p2p/serving.py`) and each session's chatter, for an instruction count of the process,
which the machine's load does not move:

    valgrind --tool=callgrind --callgrind-out-file=F .venv/bin/python bench/serve_mesh.py

`LATTICE_SERVE_PCS` sets how many PCs (3 unless said; at most 10), `LATTICE_SERVE_STAGGER`
the seconds between one pair's session and the next's (0 unless said). The stores are built
once (in `LATTICE_BENCH_CACHE` or the temp folder) and copied for each run. Prints the
messages each PC received, by type; asserts convergence.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections import Counter
from itertools import combinations
from pathlib import Path

import trio

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._args import bench_args, machine_load
from bench._fixtures import signed_history
from ledger.savings import membership_actions as actions
from ledger.store.ids import DeviceId, GroupId
from ledger.store.persons import Signer, create_person
from ledger.store.store import Store
from p2p.framing import FramedStream
from p2p.group_commit import GroupCommitter
from p2p.guard import PeerGuard
from p2p.session_state import PackedBatches, SessionEnded
from p2p.sync import SessionConfig, SyncSession
from tests.p2p.pipes import Pipe, PipeStream

NAMES = tuple("abcdefghij"[: int(os.environ.get("LATTICE_SERVE_PCS", "3"))])
STAGGER = float(os.environ.get("LATTICE_SERVE_STAGGER", "0"))
"""Seconds between one pair's session and the next's, as PCs dialling each other do."""
CACHE = Path(os.environ.get("LATTICE_BENCH_CACHE") or tempfile.gettempdir()) / "lattice-serve-mesh"


def prepared(each: int) -> tuple[Path, GroupId]:
    """A data folder per PC, of one group, each PC with `each` entries the others lack."""
    base = CACHE / f"{len(NAMES)}x{each}"
    if (base / "done").exists():
        return base, GroupId((base / "done").read_text())
    shutil.rmtree(base, ignore_errors=True)
    base.mkdir(parents=True)
    signers: list[Signer] = [create_person(n, "pw")[1] for n in NAMES]
    stores = [Store.open(base / n) for n in NAMES]
    first = stores[0]
    group = actions.create_group(first, signers[0], name="Mesh", currency="KES", quorum=1).group
    for signer in signers[1:]:
        actions.add_member(
            first, signers[0], group, person=signer.person, name=signer.name, roles=["council"]
        )
    for store, signer in zip(stores[1:], signers[1:], strict=True):
        store.ingest_many(first.raw_changes(group))
        actions.link_device(store, signer, group)
        first.ingest_many(store.raw_changes(group))
    for store in stores[1:]:
        store.ingest_many(first.raw_changes(group))
    for store, signer in zip(stores, signers, strict=True):
        results = store.ingest_many(signed_history(store, group, [signer], each), source="bench")
        assert all(r.status == "accepted" for r in results)
    for store in stores:
        store.close()
    (base / "done").write_text(group)
    return base, group


class Counting(FramedStream):
    """One end of a pipe, posing as a stream from the device `peer`, that counts the
    messages it receives by type."""

    def __init__(self, stream: PipeStream, peer: Store, seen: Counter[str]) -> None:
        super().__init__(stream, write_timeout=60)
        self.device = DeviceId(peer.device_id)
        self.peer_id = f"pc-{peer.device_id[:12]}"
        self.seen = seen

    async def receive(self, limit: float | None = None) -> bytes:
        frame = await super().receive(limit)
        # Every message is a CBOR map whose first key is "t": its type's name follows.
        size = frame[3] - 0x60
        self.seen[frame[4 : 4 + size].decode()] += 1
        return frame


class PC:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.packed = PackedBatches()
        self.committer = GroupCommitter(store)
        self.sessions: dict[DeviceId, SyncSession] = {}
        self.seen: Counter[str] = Counter()

    def feeders(self, group: GroupId) -> list[DeviceId]:
        return [d for d, s in self.sessions.items() if group in s.wanted]

    def feeders_changed(self) -> None:
        for session in self.sessions.values():
            for group in list(session.wanted):
                session.feeders_changed(group)

    async def run(self, end: Counting, ended: list[str]) -> None:
        session = SyncSession(
            self.store,
            end,
            my_device=self.store.device_id,
            guard=PeerGuard(),
            emit=lambda event: None,
            config=SessionConfig(idle_timeout=600, ping_interval=600),
            feeders=self.feeders,
            on_wanting=self.feeders_changed,
            packed=self.packed,
            committer=self.committer,
        )
        self.sessions[end.device] = session
        try:
            await session.run()
        except SessionEnded as exc:
            ended.append(str(exc))


def main() -> None:
    args = bench_args(__doc__, size=1_000, rounds=1, what="changes written on each PC")
    source, group = prepared(args.size)
    for _ in range(args.rounds):
        with tempfile.TemporaryDirectory() as tmp:
            for name in NAMES:
                shutil.copytree(source / name, Path(tmp) / name)
            pcs = [PC(Store.open(Path(tmp) / name)) for name in NAMES]
            try:
                trio.run(mesh, pcs, group, args.size)
                vvs = [pc.store.version_vector(group) for pc in pcs]
                assert all(vv == vvs[0] for vv in vvs), "not converged"
                count = pcs[0].store.change_count(group)
                print(f"converged: {count} changes on each PC ({machine_load()})")
                for name, pc in zip(NAMES, pcs, strict=True):
                    print(f"  {name} received {dict(sorted(pc.seen.items()))}")
            finally:
                for pc in pcs:
                    pc.store.close()


async def mesh(pcs: list[PC], group: GroupId, each: int) -> None:
    """Every two PCs in a session, until each holds every PC's changes."""
    ended: list[str] = []
    full = pcs[0].store.change_count(group) + (len(pcs) - 1) * each
    async with trio.open_nursery() as nursery:
        for x, y in combinations(pcs, 2):
            to_x, to_y = Pipe(256 * 1024), Pipe(256 * 1024)
            nursery.start_soon(x.run, Counting(PipeStream(to_x, to_y), y.store, x.seen), ended)
            nursery.start_soon(y.run, Counting(PipeStream(to_y, to_x), x.store, y.seen), ended)
            await trio.sleep(STAGGER)
        while True:
            await trio.sleep(0.25)
            assert not ended, ended
            counts = [pc.store.change_count(group) for pc in pcs]
            busy = any(s._ingesting for pc in pcs for s in pc.sessions.values())
            if counts == [full] * len(pcs) and not busy:
                break
        await trio.sleep(2.0)  # the last acks, haves and receipts (RECEIPT_DELAY)
        nursery.cancel_scope.cancel()


if __name__ == "__main__":
    main()
