"""Hear about writes other processes (the CLI, a headless peer) make to the same data folder.

Each committing process sends one empty datagram to every socket in the store's wake
folder (`ledger.store.notify`); this trio task owns one such socket and calls `store.refresh()`
when woken, so their changes appear in the window without polling.
"""

from __future__ import annotations

import logging
import socket
import sys
from pathlib import Path
from typing import Protocol

import trio

from ledger.store import notify

log = logging.getLogger(__name__)

MAX_DATAGRAM = 64


class Refreshable(Protocol):
    def refresh(self) -> object: ...


async def listen_for_writes(store: Refreshable, home: Path) -> None:
    """Refresh `store` whenever another process commits; runs until cancelled."""
    if sys.platform == "win32" or not hasattr(socket, "AF_UNIX"):
        log.info("no unix datagram sockets here; other processes' writes show after restart")
        await trio.sleep_forever()
    sock = notify.listen_socket(home)
    path = Path(sock.getsockname())
    log.debug("listening for other processes' writes on %s", path)
    try:
        while True:
            await trio.lowlevel.wait_readable(sock.fileno())
            if _drain(sock):
                store.refresh()
    finally:
        _close(sock, path)


def _close(sock: socket.socket, path: Path) -> None:
    """Synchronous on purpose: it runs while the task is being cancelled."""
    sock.close()
    path.unlink(missing_ok=True)


def _drain(sock: socket.socket) -> int:
    """Read every pending wake-up: a burst of commits needs one refresh, not one each."""
    count = 0
    while True:
        try:
            sock.recv(MAX_DATAGRAM)
        except BlockingIOError:
            return count
        count += 1
