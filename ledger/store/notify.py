"""Waking other processes that share a data folder, after a commit.

A process that wants to hear of others' writes binds a unix datagram socket in
`<home>/wake/`; a writer sends one empty datagram to each (best effort). The listener
then calls `Store.refresh()`. Nothing polls.
"""

from __future__ import annotations

import contextlib
import os
import socket
from pathlib import Path


def wake_folder(home: Path) -> Path:
    return home / "wake"


def listen_socket(home: Path) -> socket.socket:
    """A non-blocking datagram socket that receives a wake-up for every commit by others."""
    folder = wake_folder(home)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{os.getpid()}-{id(folder):x}.sock"
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    sock.setblocking(False)
    return sock


def listeners(home: Path) -> int:
    """How many live processes listen on this data folder (the window, `lattice serve`)."""
    folder = wake_folder(home)
    if not folder.is_dir():
        return 0
    live = 0
    sender = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sender.setblocking(False)
    try:
        for path in folder.glob("*.sock"):
            try:
                sender.sendto(b"", str(path))
            except BlockingIOError:
                pass  # alive, its queue full
            except OSError:
                continue  # left behind by a process that is gone
            live += 1
    finally:
        sender.close()
    return live


def wake_others(home: Path) -> None:
    folder = wake_folder(home)
    if not folder.is_dir():
        return
    sender = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sender.setblocking(False)
    try:
        for path in folder.glob("*.sock"):
            try:
                sender.sendto(b"", str(path))
            except BlockingIOError:
                pass  # its queue is full: it will refresh anyway
            except (ConnectionRefusedError, FileNotFoundError):
                with contextlib.suppress(OSError):
                    path.unlink()  # left behind by a process that is gone
            except OSError:
                pass
    finally:
        sender.close()
