"""A Lattice PC's libp2p side (p2p.transport: its device key, noise + yamux over TCP, the
sync protocol) that reaches another PC only through a Circuit Relay v2 relay, using
py-libp2p's circuit_v2 client (reservation; dial via /p2p-circuit). JSON lines on stdout.

    python -m tests.interop.relay_peer listen RELAY-ADDRESS
        reserves a slot on the relay, prints {"event": "reserved", "peer": ...}, then
        answers each sync stream by echoing one frame, printing {"event": "answered",
        "device": <the caller's device id as noise proved it>}.
    python -m tests.interop.relay_peer dial RELAY-ADDRESS PEER-ID
        dials PEER-ID through the relay, sends one frame on a sync stream, prints
        {"event": "echoed", "device": <the answerer's device id>, "path": ...}, or
        {"event": "failed", "error": ...} when the relay would not connect them.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time

import multiaddr
import trio
from libp2p.peer.id import ID
from libp2p.peer.peerinfo import info_from_p2p_addr
from libp2p.relay.circuit_v2.config import RelayConfig, RelayRole
from libp2p.relay.circuit_v2.protocol import PROTOCOL_ID as HOP_PROTOCOL
from libp2p.relay.circuit_v2.protocol import CircuitV2Protocol
from libp2p.relay.circuit_v2.transport import CircuitV2Transport
from libp2p.tools.anyio_service import background_trio_service

from p2p.transport import SYNC_PROTOCOL, PeerStream, Transport

STEP_TIMEOUT = 30.0
GREETING = b"hello through the relay"


def emit(event: str, **fields: object) -> None:
    print(json.dumps({"event": event, "t": time.time(), **fields}), flush=True)


async def answer(stream: PeerStream) -> None:
    frame = await stream.receive()
    await stream.send(frame)
    emit("answered", device=stream.device, frame=frame.decode())


async def main(role: str, relay: str, target: str | None) -> None:
    lattice = Transport(os.urandom(32))
    lattice.set_handler(answer)
    host = lattice.host
    relay_info = info_from_p2p_addr(multiaddr.Multiaddr(relay))
    circuit = CircuitV2Protocol(host, allow_hop=False)
    config = RelayConfig(roles=RelayRole.STOP | RelayRole.CLIENT)
    async with lattice.run(["/ip4/0.0.0.0/tcp/0"]), background_trio_service(circuit):
        client = CircuitV2Transport(host, circuit, config)
        with trio.fail_after(STEP_TIMEOUT):
            await host.connect(relay_info)
        emit("connected", peer=lattice.peer_id, device=lattice.device_id)
        async with trio.open_nursery() as nursery:
            if role == "listen":
                with trio.fail_after(STEP_TIMEOUT):
                    stream = await host.new_stream(relay_info.peer_id, [HOP_PROTOCOL])
                    reserved = await client.reserve(stream, relay_info.peer_id, nursery)
                if not reserved:
                    emit("refused", relay=str(relay_info.peer_id))
                    raise SystemExit(1)
                emit("reserved", peer=lattice.peer_id, device=lattice.device_id)
                await trio.sleep_forever()
            assert target is not None
            address = multiaddr.Multiaddr(f"{relay}/p2p-circuit/p2p/{target}")
            with trio.fail_after(STEP_TIMEOUT):
                try:
                    conn = await client.dial(address)
                except Exception as exc:
                    emit("failed", error=f"{type(exc).__name__}: {exc}")
                    raise SystemExit(1) from None
                raw = await host.new_stream(ID.from_base58(target), [SYNC_PROTOCOL])
                stream = PeerStream(raw, max_frame=1024, read_timeout=STEP_TIMEOUT)
                await stream.send(GREETING)
                echo = await stream.receive()
            emit(
                "echoed", device=stream.device, frame=echo.decode(),
                path=[str(a) for a in conn.get_transport_addresses()],
            )  # fmt: skip
            nursery.cancel_scope.cancel()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, stream=sys.stderr)
    args = sys.argv[1:]
    if len(args) == 2 and args[0] == "listen":
        trio.run(main, "listen", args[1], None)
    elif len(args) == 3 and args[0] == "dial":
        trio.run(main, "dial", args[1], args[2])
    else:
        sys.exit(__doc__)
