"""One pycrdt-websocket peer for bench/peers/compare.py, speaking JSON lines on stdout.

    python pycrdt_peer.py server RECORDS.jsonl PORT
        builds one Y document whose map holds every record (one map entry per record, each
        its own transaction; the fields a line names in "bytes" as bytes), serves it with
        pycrdt-websocket's WebsocketServer on PORT, prints {"event": "loaded"}, serves
        until killed.
    python pycrdt_peer.py client ws://HOST:PORT COUNT
        prints {"event": "loaded"}, waits for SIGUSR1 (so only the network part is timed),
        syncs through pycrdt's Provider and prints {"event": "synced"} once it holds COUNT;
        runs until killed.

The websocket itself is trio-websocket (already installed with py-libp2p) behind the
small `Channel` interface pycrdt asks for; pycrdt-websocket runs on trio through anyio.
"""

from __future__ import annotations

import json
import signal
import sys
import time
from functools import partial
from pathlib import Path
from typing import Any

import trio
from pycrdt import Doc, Map, Provider
from pycrdt.websocket import WebsocketServer, YRoom
from trio_websocket import (
    ConnectionClosed,
    WebSocketConnection,
    WebSocketRequest,
    open_websocket_url,
    serve_websocket,
)

ROOM = "/records"
MAX_MESSAGE = 1 << 28
"""A first sync sends the whole document in one message (~20 MB at 100k records);
trio-websocket's default cap (1 MiB) would close the connection at 10k."""


def emit(event: str, **fields: object) -> None:
    print(json.dumps({"event": event, "t": time.time(), **fields}), flush=True)


class Channel:
    """pycrdt's `Channel` (bytes in, bytes out, a path naming the room) over trio-websocket."""

    def __init__(
        self, websocket: WebSocketConnection, path: str, on_close: trio.Event | None = None
    ) -> None:
        self._websocket = websocket
        self._path = path
        self.closed = False
        self.on_close = on_close

    @property
    def path(self) -> str:
        return self._path

    def __aiter__(self) -> Channel:
        return self

    async def __anext__(self) -> bytes:
        try:
            return await self.recv()
        except ConnectionClosed:
            self.closed = True
            if self.on_close is not None:
                self.on_close.set()
            raise StopAsyncIteration from None

    async def send(self, message: bytes) -> None:
        await self._websocket.send_message(message)

    async def recv(self) -> bytes:
        message = await self._websocket.get_message()
        return message if isinstance(message, bytes) else message.encode()


async def server(records: Path, port: int) -> None:
    doc: Doc[Any] = Doc()
    entries = doc.get("records", type=Map)
    count = 0
    with records.open() as lines:
        for line in lines:
            item = json.loads(line)
            record = item["record"]
            for field in item["bytes"]:
                record[field] = bytes.fromhex(record[field])
            with doc.transaction():
                entries[item["key"]] = Map(record)
            count += 1
    websockets = WebsocketServer(auto_clean_rooms=False)
    websockets.rooms[ROOM] = YRoom(ydoc=doc)

    async def handle(request: WebSocketRequest) -> None:
        websocket = await request.accept()
        await websockets.serve(Channel(websocket, request.path))

    async with websockets, trio.open_nursery() as nursery:
        await nursery.start(
            partial(serve_websocket, max_message_size=MAX_MESSAGE), handle, "0.0.0.0", port, None
        )
        emit("loaded", records=count)


async def client(address: str, count: int) -> None:
    with trio.open_signal_receiver(signal.SIGUSR1) as go:
        emit("loaded")
        async for _ in go:
            break
    doc: Doc[Any] = Doc()
    entries = doc.get("records", type=Map)
    arrived = [trio.Event()]
    entries.observe(lambda _: arrived[0].set())  # called as updates are applied
    websocket_url = open_websocket_url(address + ROOM, max_message_size=MAX_MESSAGE)
    async with websocket_url as websocket, trio.open_nursery() as nursery:
        channel = Channel(websocket, ROOM)
        provider = Provider(doc, channel)
        await nursery.start(provider.start)
        while True:
            arrived[0] = trio.Event()
            channel.on_close = arrived[0]
            if len(entries) >= count:
                break
            if channel.closed:
                raise SystemExit(f"the server closed the connection at {len(entries)} of {count}")
            await arrived[0].wait()
        emit("synced", records=len(entries))
        await trio.sleep_forever()  # the driver reads this process's CPU time, then stops it


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[0] == "server":
        trio.run(server, Path(argv[1]), int(argv[2]))
    elif len(argv) == 3 and argv[0] == "client":
        trio.run(client, argv[1], int(argv[2]))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
