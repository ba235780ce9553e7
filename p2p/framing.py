"""Length-prefixed frames on a byte stream, with a size cap and timeouts.

A frame is a 4-byte big-endian length followed by that many bytes. The cap is checked
before the frame is read, so a peer announcing a huge frame costs us little. Reads ask
for up to `READ_AHEAD` bytes at once and keep what follows the frame for the next: every
read of a libp2p stream also sends the peer a window update, so reading a frame's header
and body separately doubled those.
"""

from __future__ import annotations

import logging
import struct
from typing import Protocol

import trio

log = logging.getLogger(__name__)

HEADER = struct.Struct(">I")
DEFAULT_MAX_FRAME = 1024 * 1024
DEFAULT_READ_TIMEOUT = 30.0
DEFAULT_WRITE_TIMEOUT = 30.0
READ_AHEAD = 64 * 1024


class ByteStream(Protocol):
    """What we need from a libp2p stream (or a test double)."""

    async def read(self, n: int | None = None) -> bytes: ...

    async def write(self, data: bytes) -> None: ...

    async def close(self) -> None: ...

    async def reset(self) -> None: ...


class FrameError(Exception):
    """The stream cannot deliver a well-formed frame; the session must end."""


class FrameTooLarge(FrameError):
    """The peer announced (or we tried to send) a frame above the cap."""


class FrameTimeout(FrameError):
    """Nothing complete arrived (or could be sent) in time."""


class StreamEnded(FrameError):
    """The peer closed or reset the stream."""


class FramedStream:
    """Whole messages over a stream; sends are serialised so several tasks may send."""

    def __init__(
        self,
        stream: ByteStream,
        *,
        max_frame: int = DEFAULT_MAX_FRAME,
        read_timeout: float = DEFAULT_READ_TIMEOUT,
        write_timeout: float = DEFAULT_WRITE_TIMEOUT,
    ) -> None:
        self._stream = stream
        self.max_frame = max_frame
        self.read_timeout = read_timeout
        self.write_timeout = write_timeout
        self._send_lock = trio.Lock()
        self.bytes_sent = 0
        self.bytes_received = 0
        self._ahead = bytearray()
        """Bytes read past the last frame returned."""

    async def send(self, payload: bytes) -> None:
        if len(payload) > self.max_frame:
            raise FrameTooLarge(f"refusing to send {len(payload)} bytes (cap {self.max_frame})")
        data = HEADER.pack(len(payload)) + payload
        async with self._send_lock:
            with trio.move_on_after(self.write_timeout) as scope:
                try:
                    await self._stream.write(data)
                except Exception as exc:
                    raise StreamEnded(f"write failed: {exc.__class__.__name__}") from exc
            if scope.cancelled_caught:
                raise FrameTimeout(f"could not send within {self.write_timeout:.0f} s")
        self.bytes_sent += len(data)

    async def receive(self, limit: float | None = None) -> bytes:
        """The next frame; `limit` seconds (default: the read timeout) bound the whole frame."""
        if limit is None:
            limit = self.read_timeout
        with trio.move_on_after(limit) as scope:
            header = await self._read_exactly(HEADER.size)
            (size,) = HEADER.unpack(header)
            if size > self.max_frame:
                raise FrameTooLarge(f"peer announced a {size}-byte frame (cap {self.max_frame})")
            payload = await self._read_exactly(size) if size else b""
            self.bytes_received += HEADER.size + size
            return payload
        assert scope.cancelled_caught
        raise FrameTimeout(f"no complete message within {limit:.0f} s")

    async def _read_exactly(self, n: int) -> bytes:
        while len(self._ahead) < n:
            try:
                chunk = await self._stream.read(max(n - len(self._ahead), READ_AHEAD))
            except Exception as exc:
                raise StreamEnded(f"read failed: {exc.__class__.__name__}") from exc
            if not chunk:
                raise StreamEnded("stream closed by peer")
            self._ahead += chunk
        out = bytes(self._ahead[:n])
        del self._ahead[:n]
        return out

    async def aclose(self) -> None:
        """Close our side politely; never raises, since the peer may already be gone."""
        try:
            with trio.move_on_after(2):
                await self._stream.close()
        except Exception as exc:
            log.debug("closing stream: %s", exc)

    async def reset(self) -> None:
        """Abort the stream (used when the peer misbehaves)."""
        try:
            with trio.move_on_after(2):
                await self._stream.reset()
        except Exception as exc:
            log.debug("resetting stream: %s", exc)
