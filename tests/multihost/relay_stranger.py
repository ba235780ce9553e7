"""A device no group knows, trying to use a relay restricted to a group: it asks for a
slot and dials a group PC through the relay, and prints one JSON line saying what the
relay let it do.

    python -m tests.multihost.relay_stranger RELAY-ADDRESS TARGET-PEER-ID
"""

from __future__ import annotations

import json
import os
import sys

import trio

from p2p.relay_client import RelayClient
from p2p.transport import Transport, TransportError


async def main(relay: str, target: str) -> None:
    transport = Transport(os.urandom(32))
    client = RelayClient(transport, timeout=10)
    client.set_relays([relay])
    async with transport.run(["/ip4/0.0.0.0/tcp/0"]), trio.open_nursery() as nursery:
        await nursery.start(client.run)
        await trio.sleep(5)  # time for a reservation, were one granted
        reserved = bool(client.reserved)
        try:
            await client.connect(target)
            stream = await transport.open_to(target, [])
            dial = "connected"
            await stream.reset()
        except TransportError as exc:
            dial = f"refused: {exc}"
        print(json.dumps({"reserved": reserved, "dial": dial}), flush=True)
        nursery.cancel_scope.cancel()


if __name__ == "__main__":
    trio.run(main, sys.argv[1], sys.argv[2])
