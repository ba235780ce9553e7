"""Frames come out whole and in order however the stream splits or joins the bytes."""

from __future__ import annotations

import pytest
import trio

from p2p.framing import HEADER, READ_AHEAD, FramedStream, FrameTooLarge, StreamEnded


class Chunked:
    """A byte stream that hands out its bytes in the given pieces, each read at most `n`."""

    def __init__(self, pieces: list[bytes]) -> None:
        self.pieces = pieces
        self.reads: list[int] = []

    async def read(self, n: int | None = None) -> bytes:
        assert n is not None and n > 0
        self.reads.append(n)
        if not self.pieces:
            return b""
        piece = self.pieces.pop(0)
        if len(piece) > n:
            self.pieces.insert(0, piece[n:])
            piece = piece[:n]
        return piece

    async def write(self, data: bytes) -> None:
        raise AssertionError("not written in these tests")

    async def close(self) -> None:
        pass

    async def reset(self) -> None:
        pass


def framed(*payloads: bytes) -> bytes:
    return b"".join(HEADER.pack(len(p)) + p for p in payloads)


def receive_all(stream: Chunked, count: int, max_frame: int = 1 << 20) -> list[bytes]:
    async def main() -> list[bytes]:
        framed_stream = FramedStream(stream, max_frame=max_frame)
        return [await framed_stream.receive(5) for _ in range(count)]

    return trio.run(main)


def test_several_frames_in_one_read_come_out_one_by_one() -> None:
    payloads = [b"first", b"", b"x" * 1000, b"last"]
    stream = Chunked([framed(*payloads)])
    assert receive_all(stream, 4) == payloads
    assert len(stream.reads) == 1  # header and body of all four came in one read


def test_a_frame_split_anywhere_is_put_back_together() -> None:
    payloads = [b"a" * 300, b"b" * (READ_AHEAD + 5000), b"c"]
    data = framed(*payloads)
    pieces = [data[i : i + 7] for i in range(0, 70, 7)] + [data[70:]]  # header bytes split too
    assert receive_all(Chunked(pieces), 3) == payloads


def test_a_stream_that_ends_mid_frame_ends_the_session() -> None:
    data = framed(b"whole", b"cut short")[:-3]
    stream = Chunked([data])

    async def main() -> None:
        framed_stream = FramedStream(stream)
        assert await framed_stream.receive(5) == b"whole"
        with pytest.raises(StreamEnded):
            await framed_stream.receive(5)

    trio.run(main)


def test_a_frame_over_the_cap_is_refused_before_its_body_is_awaited() -> None:
    stream = Chunked([HEADER.pack(10_000)])  # the body never comes
    with pytest.raises(FrameTooLarge):
        receive_all(stream, 1, max_frame=1000)
