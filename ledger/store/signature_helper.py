"""The signature helper process's own side (ledger/store/verifier.py starts it and is the
other end): chunks of signed messages in on standard input, one verdict byte each out.

Every PC that syncs starts one, so its start-up counts: it loads PyNaCl's bindings and the
smallest pieces of the standard library only, without `site` (`python -S`, PyNaCl's
folders on its path). Starting it and ending it took 95 ms of CPU before, 44 ms now (ten
PCs in bench/sync_converge.py start ten). So it frames its pipes itself rather than load
`multiprocessing` (30 ms alone), as the parent's `multiprocessing.connection.Connection`
does: a 4-byte big-endian signed length (-1, then an 8-byte length, from 2 GiB on), then
the bytes (tests/ledger/test_signature_helper.py holds the two ends to it); and a chunk is
its messages' lengths and bytes, not a pickle (`pickle`: 20 ms).
"""

from __future__ import annotations

import os
import signal
import struct
import sys
import time

import nacl.exceptions
from nacl.bindings import crypto_sign_open

READY = b"ready"
"""The helper's first answer: until it came, batches are checked in the parent (no waiting
on its start-up)."""
_LENGTH = struct.Struct("!i")
_LONG_LENGTH = struct.Struct("!Q")
_COUNT = struct.Struct("!I")


def signature_ok(signed: bytes) -> bool:
    """`signed` is signature + context + payload + author key (the last 32 bytes)."""
    try:
        crypto_sign_open(signed[:-32], signed[-32:])
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.ValueError, ValueError):
        return False
    return True


def serve(trace_to: str | None = None) -> None:
    """The helper's loop: it ends when its input closes (the app exited or was killed); a
    Ctrl+C in the terminal is the app's to handle. `trace_to`: a file that gets each chunk's
    times (bench/ingest_rate.py --trace)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    requests, answers = sys.stdin.fileno(), sys.stdout.fileno()
    trace: list[tuple[float, float, float, float]] = []
    try:
        send_message(answers, READY)
    except OSError:
        return
    while True:
        waited = time.monotonic()
        try:
            chunk = unpack_chunk(receive_message(requests))
        except (EOFError, OSError):
            break
        received, cpu = time.monotonic(), time.thread_time()
        verdicts = bytes(signature_ok(m) for m in chunk)
        if trace_to is not None:
            trace.append((waited, received, time.monotonic(), time.thread_time() - cpu))
        try:
            send_message(answers, verdicts)
        except OSError:
            break
    if trace_to is not None:
        import json

        with open(trace_to, "w", encoding="utf-8") as out:
            json.dump(trace, out)


def pack_chunk(messages: list[bytes]) -> bytes:
    """The messages as one: their count, each one's length, then their bytes."""
    lengths = struct.pack(f"!{len(messages)}I", *map(len, messages))
    return _COUNT.pack(len(messages)) + lengths + b"".join(messages)


def unpack_chunk(data: bytes) -> list[bytes]:
    """`pack_chunk`'s messages; ValueError if `data` is not such a chunk."""
    try:
        (count,) = _COUNT.unpack_from(data)
        lengths = struct.unpack_from(f"!{count}I", data, _COUNT.size)
    except struct.error as exc:
        raise ValueError(f"not a chunk of messages ({exc})") from None
    at = _COUNT.size + 4 * count
    messages: list[bytes] = []
    for size in lengths:
        messages.append(data[at : at + size])
        at += size
    if at != len(data):
        raise ValueError("not a chunk of messages (its lengths do not add up)")
    return messages


def send_message(fd: int, data: bytes) -> None:
    size = len(data)
    header = (
        _LENGTH.pack(size) if size <= 0x7FFFFFFF else _LENGTH.pack(-1) + _LONG_LENGTH.pack(size)
    )
    view = memoryview(header + data)
    while view:
        view = view[os.write(fd, view) :]


def receive_message(fd: int) -> bytes:
    """The next message; EOFError when the input ended (between messages or within one)."""
    (size,) = _LENGTH.unpack(_read_exactly(fd, _LENGTH.size))
    if size == -1:
        (size,) = _LONG_LENGTH.unpack(_read_exactly(fd, _LONG_LENGTH.size))
    return _read_exactly(fd, size)


def _read_exactly(fd: int, size: int) -> bytes:
    parts: list[bytes] = []
    left = size
    while left:
        part = os.read(fd, min(left, 1 << 20))
        if not part:
            raise EOFError
        parts.append(part)
        left -= len(part)
    return b"".join(parts)
