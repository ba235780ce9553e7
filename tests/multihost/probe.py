"""A minimal peer for multi-host tests: announce, discover, open one stream per peer.

Prints one JSON object per line on stdout: `ready`, `found`, `lost`, `stream` (we opened
a stream and got the echo), `served` (a peer opened a stream to us). Runs until killed;
SIGTERM stops it cleanly, so the goodbye is sent.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys

import trio

from ledger.store.ids import GroupId
from p2p.discovery import Discovery, PeerFound, PeerLost, shared_groups
from p2p.framing import FrameError
from p2p.transport import PeerStream, Transport, TransportError


def emit(event: str, **fields: object) -> None:
    print(json.dumps({"event": event, **fields}), flush=True)


async def main(seed: bytes, groups: list[GroupId]) -> None:
    transport = Transport(seed)

    async def echo(stream: PeerStream) -> None:
        msg = await stream.receive()
        emit("served", peer=stream.peer_id, device=stream.device, msg=msg.decode())
        await stream.send(msg.upper())

    transport.set_handler(echo)

    async def greet(found: PeerFound) -> None:
        try:
            stream = await transport.open_to(found.peer_id, found.addrs)
            await stream.send(b"hello from " + transport.peer_id.encode())
            reply = await stream.receive(limit=10)
            emit("stream", peer=stream.peer_id, device=stream.device, reply=reply.decode())
            await stream.aclose()
        except (TransportError, FrameError) as exc:
            emit("stream-failed", peer=found.peer_id, reason=str(exc))

    async with transport.run(["/ip4/0.0.0.0/tcp/0"]):
        port = transport.listen_ports()[0]
        discovery = Discovery(transport.peer_id, port, groups)
        async with discovery.running(), trio.open_nursery() as nursery:
            emit("ready", peer=transport.peer_id, device=transport.device_id, port=port)
            with trio.open_signal_receiver(signal.SIGTERM) as signals:

                async def stop_on_signal() -> None:
                    async for _ in signals:
                        nursery.cancel_scope.cancel()

                nursery.start_soon(stop_on_signal)
                greeted: set[str] = set()
                async for event in discovery.events:
                    if isinstance(event, PeerLost):
                        emit("lost", peer=event.peer_id)
                        continue
                    common = shared_groups(event, groups)
                    emit("found", peer=event.peer_id, addrs=list(event.addrs), common=common)
                    if common and event.peer_id not in greeted:
                        greeted.add(event.peer_id)
                        nursery.start_soon(greet, event)
    emit("stopped")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", required=True)
    parser.add_argument("--group", action="append", default=[])
    args = parser.parse_args()
    trio.run(main, bytes.fromhex(args.seed), [GroupId(g) for g in args.group])
    sys.exit(0)
