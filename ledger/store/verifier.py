"""Ed25519 signature checks in a helper process, on another core than the one that decodes,
authorizes and stores.

Threads cannot do this overlap in CPython: a worker thread returning from PyNaCl's C code
queues for the GIL behind a thread busy in Python (up to the 5 ms switch interval for each
signature). A process has its own GIL. It is started only for large ingests (sync, import),
holds no state but its pipes, and ends when this process ends however it ends (a kill -9
too): its request pipe reports end-of-file.

The helper's own side is ledger/store/signature_helper.py, small so that it starts
quickly (it is started with `-S`, its path set here). A frozen bundle (PyInstaller) has no
interpreter to start: there the helper is the bundle's own program, started with
`HELPER_FLAG` (packaging/lattice_desktop.py answers it before loading anything else).
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Sequence
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Literal

import _cffi_backend
import nacl

from ledger.store.signature_helper import READY as READY  # (its users here: one place)
from ledger.store.signature_helper import pack_chunk
from ledger.store.signature_helper import signature_ok as signature_ok

log = logging.getLogger(__name__)

AHEAD = 8
"""Chunks handed to the helper and not yet answered, at most: enough to keep it busy while
this process commits a batch or decodes the next sync batch (it hands chunks over only
between such steps; with 4, the trace showed the helper idle while a sync batch was
decoded); the rest wait here, and this process checks them itself when it would otherwise
wait (so the two cores share the work as they can)."""
AHEAD_AT_ONCE = 2
"""The same, at most, for a batch this process takes in at once (a changes file, not a sync
batch decoded while the one before is stored): it checks the chunks left here when it
would wait, so more are left to share. With `AHEAD` the helper held all that was left and
this process waited on it (`bench/ingest_rate.py`: 0.75 of raw verify, 0.90 with 2)."""
PIPE_BYTES = 1 << 20
"""What the request pipe is asked to hold (Linux lets any process raise a pipe this far), so
that handing `AHEAD` chunks over never waits: a write into a full pipe stalled this process
until the helper had checked all but the last two chunks, which undid the overlap."""
SMALL_PIPE = 16 * 1024
"""The capacity assumed where it cannot be read (the smallest a platform starts with)."""
HELPER_CODE = "from ledger.store.signature_helper import serve; serve()"
HELPER_FLAG = "--lattice-signature-helper"
"""The one argument that makes a frozen bundle's program the helper."""
MAX_STARTS = 3
"""Helpers started in one process's life; after that, signatures are checked here."""


class Ticket:
    """One chunk to check; `verdicts` is set once it was checked (by the helper or here).
    The times (`time.monotonic`) say when it was queued, sent and checked, for tracing."""

    __slots__ = (
        "ahead",
        "bytes",
        "checked_at",
        "messages",
        "queued_at",
        "sent_at",
        "state",
        "verdicts",
    )

    def __init__(self, messages: list[bytes], ahead: int) -> None:
        self.messages = messages
        self.ahead = ahead
        """It is handed over only while the helper holds fewer chunks than this."""
        self.verdicts: list[bool] | None = None
        self.state: Literal["queued", "sent", "here", "done"] = "queued"
        self.bytes = 0
        self.queued_at = time.monotonic()
        self.sent_at = self.checked_at = 0.0


class Verifier:
    """The parent's end of one helper process. Thread-safe: chunks may be sent from one
    thread (sync's receiving) while another waits for earlier answers (the store)."""

    def __init__(self) -> None:
        request_out, request_in = os.pipe()
        answer_out, answer_in = os.pipe()
        self._capacity = _widen(request_in)
        try:
            # A fresh interpreter running only `serve`: multiprocessing's spawn would import
            # this program's main module again in the helper, which a script without a
            # main guard would run a second time.
            self._process = subprocess.Popen(
                helper_command(),
                stdin=request_out,
                stdout=answer_in,
                close_fds=True,
                env=_helper_environment(),
            )
        finally:
            os.close(request_out)  # the helper's ends: only it may hold them, so that it
            os.close(answer_in)  # sees end-of-file when this process ends
        self._requests = Connection(request_in, readable=False)
        self._answers = Connection(answer_out, writable=False)
        self._lock = threading.Lock()
        self._settled = threading.Condition(self._lock)
        """Notified whenever a chunk got its verdicts or the answer pipe is free to read."""
        self._reading = False
        """Whether a thread is reading the answer pipe (one reader at a time)."""
        self._queued: deque[Ticket] = deque()
        self._waiting: deque[Ticket] = deque()
        self._in_pipe = 0
        self._ready = False
        self.broken = False

    @property
    def pid(self) -> int:
        return self._process.pid

    def ready(self, timeout: float = 0) -> bool:
        """Whether the helper has started and answers (waiting up to `timeout` seconds)."""
        with self._lock:
            if self._ready or self.broken:
                return self._ready and not self.broken
            try:
                if not self._answers.poll(timeout):
                    return False
                hello = self._answers.recv_bytes()
            except (EOFError, OSError) as exc:
                self._break(f"it did not start ({exc.__class__.__name__})")
                return False
            if hello != READY:
                self._break("it did not start as expected")
                return False
            self._ready = True
            return True

    def submit(self, messages: list[bytes], *, at_once: bool = False) -> Ticket:
        """Queue one chunk for checking (never waits); its verdicts come from `verdicts`.
        `at_once`: its batch is taken in now (`AHEAD_AT_ONCE`)."""
        ticket = Ticket(messages, min(AHEAD, AHEAD_AT_ONCE) if at_once else AHEAD)
        with self._lock:
            self._queued.append(ticket)
            self._pump()
        return ticket

    def verdicts(self, ticket: Ticket) -> list[bool]:
        """The chunk's verdicts, in order. A chunk still queued is checked here; while the
        helper checks this one, this process checks the last queued chunk meanwhile, else
        waits: for the helper's next answer (read outside the lock, so that a submit from
        another thread need not wait), or for the thread that checks or reads it."""
        while True:
            read = False
            with self._lock:
                if ticket.verdicts is not None:
                    self._pump()
                    return ticket.verdicts
                mine: Ticket | None = None
                if ticket.state == "queued":
                    self._queued.remove(ticket)
                    mine = ticket
                elif ticket.state == "sent" and self._queued and not self._has_answer():
                    mine = self._queued.pop()
                elif ticket.state == "sent" and not self._reading:
                    self._reading = read = True
                else:  # another thread checks it here, or reads the answer it is in
                    self._settled.wait()
                    continue
                if mine is not None:
                    mine.state = "here"
            if mine is not None:  # checked without the lock: a submit need not wait
                found = check_here(mine.messages)
                with self._lock:
                    mine.verdicts, mine.state, mine.checked_at = found, "done", time.monotonic()
                    self._settled.notify_all()
            elif read:
                self._read_one(locked=False)

    def answered(self, ticket: Ticket) -> bool:
        """Whether the chunk's verdicts are in, or can be had without waiting for the
        helper (it is still queued here): the answers already arrived are taken in."""
        with self._lock:
            if ticket.verdicts is None and not self._reading:
                self._pump()
            return ticket.verdicts is not None or ticket.state == "queued"

    def _has_answer(self) -> bool:
        try:
            return bool(self._answers.poll(0))
        except (EOFError, OSError):
            return True  # reading it reports the failure

    def _pump(self) -> None:
        """Take in the answers already here, and hand over queued chunks while the helper
        has fewer than the chunk's `ahead` and the pipe has room (so that writing never
        waits)."""
        if self.broken or not self._ready:
            return
        while self._waiting and not self._reading and self._has_answer():
            self._reading = True
            self._read_one(locked=True)
            if self.broken:
                return
        while self._queued and len(self._waiting) < self._queued[0].ahead:
            ticket = self._queued[0]
            data = pack_chunk(ticket.messages)
            size = len(data) + 12  # (the connection's length header)
            if self._waiting and self._in_pipe + size > self._capacity:
                return
            self._queued.popleft()
            try:
                self._requests.send_bytes(data)
            except (OSError, ValueError) as exc:
                self._queued.appendleft(ticket)
                self._break(f"sending failed ({exc})")
                return
            ticket.state, ticket.bytes, ticket.sent_at = "sent", size, time.monotonic()
            self._in_pipe += size
            self._waiting.append(ticket)

    def _read_one(self, *, locked: bool) -> None:
        """Read the helper's answer to the oldest chunk it holds, as the one reader
        (`_reading`, set by the caller); without the lock (`locked` False) it is taken
        only to record the answer."""
        try:
            answer: bytes | BaseException = self._answers.recv_bytes()
        except (EOFError, OSError) as exc:
            answer = exc
        with contextlib.nullcontext() if locked else self._lock:
            self._reading = False
            self._settled.notify_all()
            if isinstance(answer, BaseException):  # (closed meanwhile, too)
                self._break(f"it stopped answering ({answer.__class__.__name__})")
                return
            if not self._waiting:
                return  # broken meanwhile: what it held was checked here
            ticket = self._waiting[0]
            if len(answer) != len(ticket.messages):
                self._break("its answer did not fit the question")
            else:
                self._waiting.popleft()
                self._in_pipe -= ticket.bytes
                ticket.verdicts = [v == 1 for v in answer]
                ticket.state, ticket.checked_at = "done", time.monotonic()

    def _break(self, why: str) -> None:
        """The helper is gone or confused: check what it held here, and use it no more
        (chunks still queued are checked here when asked for)."""
        if not self.broken:
            log.warning("signature helper process %s: %s; checking here instead", self.pid, why)
        self.broken = True
        for ticket in self._waiting:
            ticket.verdicts = check_here(ticket.messages)
            ticket.state, ticket.checked_at = "done", time.monotonic()
        self._waiting.clear()
        self._settled.notify_all()
        self._in_pipe = 0
        self.close()

    def close(self) -> None:
        """End the helper (it sees end-of-file and returns) and wait for it briefly."""
        self.broken = True
        for end in (self._requests, self._answers):
            end.close()
        try:
            self._process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()


def helper_command() -> list[str]:
    """How to start the helper: this interpreter running `serve`, or in a frozen bundle
    the bundle's program (it has no interpreter of its own to offer)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, HELPER_FLAG]
    return [sys.executable, "-S", "-c", HELPER_CODE]


def _widen(fd: int) -> int:
    """The request pipe's capacity, raised to `PIPE_BYTES` where the platform allows."""
    try:
        import fcntl

        with contextlib.suppress(OSError):
            fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, PIPE_BYTES)
        return int(fcntl.fcntl(fd, fcntl.F_GETPIPE_SZ))
    except (ImportError, AttributeError, OSError):
        return SMALL_PIPE


def _helper_environment() -> dict[str, str]:
    """This environment, with this copy of `ledger` (a script may have put it on its own
    path only) and the folders PyNaCl and its cffi came from first on the helper's import
    path: started without `site` (`-S`), it would not find them otherwise."""
    folders = [
        str(Path(__file__).resolve().parents[2]),
        str(Path(nacl.__file__).resolve().parents[1]),
        str(Path(_cffi_backend.__file__).resolve().parent),
    ]
    path = os.environ.get("PYTHONPATH")
    if path:
        folders.append(path)
    return {**os.environ, "PYTHONPATH": os.pathsep.join(dict.fromkeys(folders))}


_helper: Verifier | None = None
_starts = 0
_start_lock = threading.Lock()


def ready_helper() -> Verifier | None:
    """The helper if it is ready to take work now; else None (it is started if need be,
    and the caller checks signatures itself meanwhile)."""
    found = helper()
    return found if found is not None and found.ready() else None


def helper() -> Verifier | None:
    """The helper, started now if need be; None once starting it failed or it broke
    `MAX_STARTS` times (the caller then checks signatures itself)."""
    global _helper, _starts
    with _start_lock:
        if _helper is not None and not _helper.broken:
            return _helper
        if _starts >= MAX_STARTS:
            return None
        _starts += 1
        try:
            _helper = Verifier()
        except Exception as exc:  # e.g. no way to start processes in a sandbox
            log.warning("could not start the signature helper process: %s", exc)
            _starts = MAX_STARTS
            _helper = None
        return _helper


def _forget_after_fork() -> None:
    """A forked child must not talk over its parent's pipes (the answers would be mixed up):
    it drops its copies of them, and starts its own helper when it needs one."""
    global _helper, _starts, _start_lock
    _start_lock = threading.Lock()  # it may have been held, by a thread the child lacks
    if _helper is not None:
        for end in (_helper._requests, _helper._answers):
            with contextlib.suppress(OSError):
                end.close()
        _helper.broken = True
    _helper, _starts = None, 0


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_after_fork)


@atexit.register
def stop_helper() -> None:
    """End the helper if one runs (at exit; a killed app's helper ends by itself)."""
    global _helper
    with _start_lock:
        if _helper is not None:
            _helper.close()
            _helper = None


def check_here(messages: Sequence[bytes]) -> list[bool]:
    return [signature_ok(m) for m in messages]
