"""In-memory byte pipes posing as libp2p streams, for sync sessions in one process (the
tests of tests/p2p, and bench/serve_mesh.py, which counts instructions and so imports no
libp2p)."""

from __future__ import annotations

import trio


class Pipe:
    """One direction of an in-memory byte pipe holding at most `capacity` bytes: a write
    waits while it is full, as a write on a stream whose window is used up does."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.buffer = bytearray()
        self.changed = trio.Event()

    async def put(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            room = self.capacity - len(self.buffer)
            if room <= 0:
                await self._wait()
                continue
            self.buffer += view[:room]
            view = view[room:]
            self._wake()

    async def get(self, n: int) -> bytes:
        while not self.buffer:
            await self._wait()
        out = bytes(self.buffer[:n])
        del self.buffer[:n]
        self._wake()
        return out

    async def _wait(self) -> None:
        await self.changed.wait()

    def _wake(self) -> None:
        self.changed.set()
        self.changed = trio.Event()


class PipeStream:
    def __init__(self, inbound: Pipe, outbound: Pipe) -> None:
        self.inbound, self.outbound = inbound, outbound

    async def read(self, n: int | None = None) -> bytes:
        return await self.inbound.get(n or 65536)

    async def write(self, data: bytes) -> None:
        await self.outbound.put(data)

    async def close(self) -> None:
        pass

    async def reset(self) -> None:
        pass
