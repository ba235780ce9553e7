"""Stopping cleanly on SIGTERM (a service manager, `kill`, logging out): the trio side
is cancelled, so every task's own cleanup runs as on a normal close — the sync
service removes its running marker, the store caches its state."""

from __future__ import annotations

import logging
import signal
from collections.abc import Callable
from typing import Any

import trio

log = logging.getLogger(__name__)


async def stop_on_terminate(
    stop: Callable[[], None], *, task_status: Any = trio.TASK_STATUS_IGNORED
) -> None:
    """Call `stop` (from trio, in the main thread) when the process is asked to end."""
    with trio.open_signal_receiver(signal.SIGTERM) as signals:
        task_status.started()
        async for _ in signals:
            log.info("stopping on SIGTERM")
            stop()
            return
