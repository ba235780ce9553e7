"""The helper's own end of its pipes: it frames messages exactly as the parent's
`multiprocessing.connection.Connection` does, and starts without loading what it does not
need (its start-up is paid on every sync)."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import threading
from collections.abc import Iterator
from multiprocessing.connection import Connection

import pytest

from ledger.store import signature_helper, verifier


@pytest.fixture
def pipe() -> Iterator[tuple[int, int]]:
    read_end, write_end = os.pipe()
    yield read_end, write_end
    for fd in (read_end, write_end):
        try:
            os.close(fd)
        except OSError:
            pass


@pytest.mark.parametrize("message", [b"", b"ready", bytes(range(256)) * 300])
def test_messages_cross_between_the_two_framings(message: bytes) -> None:
    to_helper_r, to_helper_w = os.pipe()
    from_helper_r, from_helper_w = os.pipe()
    parent_out = Connection(to_helper_w, readable=False)
    parent_in = Connection(from_helper_r, writable=False)
    try:
        # (the largest message is above a pipe's buffer: both ends must loop)
        sender = threading.Thread(target=parent_out.send_bytes, args=(message,))
        sender.start()
        assert signature_helper.receive_message(to_helper_r) == message
        sender.join()
        echo = threading.Thread(target=signature_helper.send_message, args=(from_helper_w, message))
        echo.start()
        assert parent_in.recv_bytes() == message
        echo.join()
    finally:
        parent_out.close()
        parent_in.close()
        os.close(to_helper_r)
        os.close(from_helper_w)


def test_the_long_length_form_is_read(pipe: tuple[int, int]) -> None:
    """Messages of 2 GiB and more carry -1, then an 8-byte length."""
    read_end, write_end = pipe
    os.write(write_end, struct.pack("!i", -1) + struct.pack("!Q", 5) + b"hello")
    assert signature_helper.receive_message(read_end) == b"hello"


@pytest.mark.parametrize(
    "sent", [b"", b"\0\0", struct.pack("!i", 10) + b"cut", struct.pack("!i", -1) + b"\0"]
)
def test_input_that_ends_early_ends_the_helper(pipe: tuple[int, int], sent: bytes) -> None:
    read_end, write_end = pipe
    os.write(write_end, sent)
    os.close(write_end)
    with pytest.raises(EOFError):
        signature_helper.receive_message(read_end)


def test_the_helper_starts_without_site_or_multiprocessing() -> None:
    """Started as the app starts it, it has what it needs (PyNaCl) and nothing heavier."""
    probe = (
        "import sys; import ledger.store.signature_helper; import nacl.bindings; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('site', 'multiprocessing', 'pickle', 'logging', 'subprocess', 'threading', 'json')))"
    )
    command = verifier.helper_command()
    assert command[:3] == [sys.executable, "-S", "-c"]
    done = subprocess.run(
        [*command[:3], probe],
        env=verifier._helper_environment(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize("messages", [[], [b""], [b"a", b"", b"bc" * 500], [bytes(300)] * 256])
def test_a_chunk_is_its_messages(messages: list[bytes]) -> None:
    assert signature_helper.unpack_chunk(signature_helper.pack_chunk(messages)) == messages


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\0\0",
        struct.pack("!I", 1),  # one message, no length
        struct.pack("!II", 1, 5) + b"abc",  # shorter than it says
        struct.pack("!II", 1, 2) + b"abc",  # longer than it says
        struct.pack("!I", 2**30),  # far more messages than bytes
    ],
)
def test_what_is_not_a_chunk_is_refused(data: bytes) -> None:
    with pytest.raises(ValueError, match="not a chunk of messages"):
        signature_helper.unpack_chunk(data)
