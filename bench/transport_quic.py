"""Two-peer sync over TCP (noise + yamux, the default) and over QUIC (py-libp2p's, TLS 1.3),
on this PC's loopback: one PC holds `--size` changes the other lacks; the time from
dialling to both sides in sync, and the bytes the fetching side read. Prints medians
and how many rounds failed; asserts nothing.

    .venv/bin/python bench/transport_quic.py [--size N] [--rounds R] [--ipv6]

Each round starts from the same two data folders (copied afresh), TCP and QUIC in turn.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import trio

from bench._args import machine_load
from bench._fixtures import founded_group, people, signed_history
from bench.sync_common import median
from ledger.savings import membership_actions as actions
from ledger.store.ids import GroupId
from ledger.store.store import Store
from p2p.events import PeerInSync, SyncEvent
from p2p.guard import PeerGuard
from p2p.sync import SessionEnded, SyncSession
from p2p.transport import PeerStream, Transport

LISTEN = {
    ("tcp", False): "/ip4/127.0.0.1/tcp/0",
    ("quic", False): "/ip4/127.0.0.1/udp/0/quic-v1",
    ("tcp", True): "/ip6/::1/tcp/0",
    ("quic", True): "/ip6/::1/udp/0/quic-v1",
}
TIMEOUT = 120.0


def prepare(folder: Path, size: int) -> GroupId:
    """`a` holds the group and `size` contributions; `b` only the group's start, with its
    own device linked (so `a` serves it the rest)."""
    signers = people(2)
    a, group = founded_group(folder / "a", signers)
    b = Store.open(folder / "b")
    try:
        b.ingest_many(a.raw_changes(group), source="setup")
        actions.link_device(b, signers[1], group)
        a.ingest_many(b.raw_changes(group), source="setup")
        a.ingest_many(signed_history(a, group, signers, size), source="setup")
    finally:
        a.close()
        b.close()
    return group


async def one_sync(a_home: Path, b_home: Path, transport: str, ipv6: bool) -> tuple[float, int]:
    """Seconds from dialling until `b` is in sync with `a`, and the bytes `b` read."""
    a_store, b_store = Store.open(a_home), Store.open(b_home)
    quic = transport == "quic"
    ta = Transport(a_store.device_seed(), quic=quic)
    tb = Transport(b_store.device_seed(), quic=quic)
    in_sync = trio.Event()

    async def session(store: Store, stream: PeerStream, emit: object) -> None:
        with trio.move_on_after(TIMEOUT):
            try:
                await SyncSession(
                    store, stream, my_device=store.device_id, guard=PeerGuard(), emit=emit,  # type: ignore[arg-type]
                ).run()
            except SessionEnded:
                pass

    def b_heard(event: SyncEvent) -> None:
        if isinstance(event, PeerInSync) and event.received:
            in_sync.set()

    async def accept(stream: PeerStream) -> None:
        await session(a_store, stream, lambda event: None)

    ta.set_handler(accept)
    try:
        async with ta.run([LISTEN[transport, ipv6]]), tb.run(()), trio.open_nursery() as nursery:
            start = time.perf_counter()
            stream = await tb.open(f"{ta.listen_addrs()[0]}/p2p/{ta.peer_id}")
            nursery.start_soon(session, b_store, stream, b_heard)
            with trio.fail_after(TIMEOUT):
                await in_sync.wait()
            seconds = time.perf_counter() - start
            read = stream.bytes_received
            nursery.cancel_scope.cancel()
    finally:
        a_store.close()
        b_store.close()
    return seconds, read


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").strip().splitlines()[0])
    parser.add_argument("--size", type=int, default=2000, help="changes to fetch (2,000)")
    parser.add_argument("--rounds", type=int, default=5, help="default 5")
    parser.add_argument("--ipv6", action="store_true", help="over ::1 instead of 127.0.0.1")
    args = parser.parse_args()
    print(machine_load())
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        group = prepare(folder / "template", args.size)
        results: dict[str, list[tuple[float, int]]] = {"tcp": [], "quic": []}
        failures: dict[str, list[str]] = {"tcp": [], "quic": []}
        for n in range(args.rounds):
            for transport in results:
                run = folder / f"{transport}-{n}"
                shutil.copytree(folder / "template", run)
                try:
                    results[transport].append(
                        trio.run(one_sync, run / "a", run / "b", transport, args.ipv6)
                    )
                except Exception as exc:  # a failed round is a figure too
                    failures[transport].append(f"{type(exc).__name__}: {exc}"[:200])
                shutil.rmtree(run, ignore_errors=True)
    print(f"group {group[:12]}, {args.size} changes fetched, {args.rounds} rounds, "
          f"over {'IPv6 ::1' if args.ipv6 else 'IPv4 127.0.0.1'}")  # fmt: skip
    for transport, done in results.items():
        failed = failures[transport]
        if done:
            seconds = median([s for s, _ in done])
            read = median([float(b) for _, b in done])
            print(f"{transport:4}  sync median {seconds:.2f} s, {read / 1e6:.2f} MB read, "
                  f"{len(failed)} of {args.rounds} rounds failed")  # fmt: skip
        else:
            print(f"{transport:4}  every round failed")
        for reason in dict.fromkeys(failed):
            print(f"      failed: {reason}")


if __name__ == "__main__":
    main()
